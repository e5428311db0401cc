/**
 * LAMPIRAN (PermenPANRB 53/2014 Anak Lampiran II: "1. Perjanjian Kinerja; 2. lain-lain yang dianggap
 * perlu"): the signed PK with its two signature blocks, and the IKM summary when the OPD has the survey IKU.
 */
import { formatAngka, formatTanggal } from "../../../platform/number-format.ts";
import type { Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { judul, paragraf } from "./blok.ts";
import type { Penomor } from "./penomor.ts";
import { blokPerjanjianKinerja } from "./perjanjian-kinerja.ts";

function ringkasanSkm(bahan: BahanLkjip): Blok[] {
  const idIkm = new Set(
    bahan.pohon.tujuan
      .flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)])
      .filter((i) => i.sumberOtomatis === "ikm")
      .map((i) => i.id),
  );
  const ikm = bahan.iku.indikator.find((i) => idIkm.has(i.indikator.id));
  if (ikm === undefined) return [];
  const tahunan = [...ikm.riwayat, ikm].filter((t) => t.realisasi !== null);
  const daftar = tahunan.map((t) => `${t.tahun}: ${formatAngka(t.realisasi ?? "0")}`).join("; ");
  return [
    paragraf(
      `Ringkasan Survei Kepuasan Masyarakat (PermenPANRB Nomor 14 Tahun 2017): nilai ${ikm.indikator.nama} per tahun — ${daftar === "" ? "belum ada realisasi" : daftar}. Laporan SKM lengkap disusun sebagai dokumen tersendiri.`,
    ),
  ];
}

/** The appendix blocks that are always present (the findings appendix is added separately). */
export function lampiran(bahan: BahanLkjip, n: Penomor): { blok: Blok[]; jumlah: number } {
  const blok: Blok[] = [judul(1, null, "LAMPIRAN")];
  let nomor = 0;
  const pk = bahan.pk;
  if (pk !== null) {
    nomor += 1;
    blok.push(
      judul(2, `Lampiran ${nomor}.`, `Perjanjian Kinerja Tahun ${pk.tahun}`),
      ...blokPerjanjianKinerja(bahan, pk, n.tabel()),
      {
        jenis: "tandatangan",
        tempat: pk.tempat,
        tanggal: pk.tanggal === null ? null : formatTanggal(pk.tanggal),
        penandatangan: [
          { jabatan: pk.pihakKedua.jabatan.toUpperCase(), nama: pk.pihakKedua.nama, nip: pk.pihakKedua.nip },
          {
            jabatan: pk.pihakPertama.jabatan.toUpperCase(),
            nama: pk.pihakPertama.nama,
            nip: pk.pihakPertama.nip,
          },
        ],
      },
    );
  }
  const skm = ringkasanSkm(bahan);
  if (skm.length > 0) {
    nomor += 1;
    blok.push(judul(2, `Lampiran ${nomor}.`, "Ringkasan Survei Kepuasan Masyarakat"), ...skm);
  }
  return { blok, jumlah: nomor };
}
