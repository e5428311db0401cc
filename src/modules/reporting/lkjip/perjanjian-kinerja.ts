/**
 * The Perjanjian Kinerja table of the OPD head as signed (PermenPANRB 53/2014 Lampiran I: sasaran,
 * indikator, target; program and anggaran), used in Bab II and in the appendix. A program budget printed in
 * the PK is shown as signed; where it differs from the DPA a note says so and the findings list it.
 */
import { formatRupiah } from "../../../platform/number-format.ts";
import type { BacaanPk } from "../../planning/planning.read.ts";
import { nilaiBersatuan } from "../kalimat.domain.ts";
import type { Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, kepala, kolom, paragraf, tabel, tampilRupiah } from "./blok.ts";

function namaProgram(bahan: BahanLkjip, kode: string): string {
  return bahan.anggaran?.program.find((p) => p.kode === kode)?.nama ?? kode;
}

function tampilTargetPk(i: BacaanPk["indikator"][number]): string {
  const t = nilaiBersatuan(i.target, i.satuan);
  return i.targetAtas === null || i.targetAtas === i.target
    ? t
    : `${t}–${nilaiBersatuan(i.targetAtas, i.satuan)}`;
}

/** The PK table (both parts in one captioned table) and a note per program whose PK figure differs from the DPA. */
export function blokPerjanjianKinerja(bahan: BahanLkjip, pk: BacaanPk, nomor: string): Blok[] {
  const rows = pk.indikator.map((i, k) =>
    baris([String(k + 1), i.sasaran?.uraian ?? i.tujuan?.uraian ?? "-", i.nama, tampilTargetPk(i)]),
  );
  rows.push(baris(["No", "Program", "Anggaran (Rp)", "Keterangan"], "induk"));
  let jumlah = 0n;
  for (const [k, p] of pk.program.entries()) {
    jumlah += p.anggaran ?? 0n;
    rows.push(
      baris([
        String(k + 1),
        `${p.kode} ${namaProgram(bahan, p.kode)}`,
        tampilRupiah(p.anggaran),
        p.keterangan ?? "",
      ]),
    );
  }
  rows.push({
    gaya: "jumlah",
    sel: [{ teks: "JUMLAH", rentangKolom: 2 }, { teks: tampilRupiah(jumlah) }, { teks: "" }],
  });
  const blok: Blok[] = [
    tabel(
      nomor,
      `Perjanjian Kinerja ${pk.pihakPertama.jabatan} Tahun ${pk.tahun}`,
      kolom(["tengah", 1], ["kiri", 7], ["kiri", 5], ["kanan", 3]),
      kepala("No", "Sasaran Strategis", "Indikator Kinerja", "Target"),
      rows,
      `Perjanjian Kinerja Tahun ${pk.tahun} (DPA ${pk.dpa.jenis === "perubahan" ? "Perubahan" : "Murni"})`,
    ),
  ];
  for (const p of pk.program) {
    if (p.anggaranDinyatakan === null || p.anggaranDpa === null || p.anggaranDinyatakan === p.anggaranDpa)
      continue;
    blok.push(
      paragraf(
        `Catatan: anggaran ${namaProgram(bahan, p.kode)} dalam Perjanjian Kinerja tercantum ${formatRupiah(p.anggaranDinyatakan)} sebagaimana ditandatangani, sedangkan pagunya dalam DPA ${pk.dpa.jenis === "perubahan" ? "Perubahan" : "Murni"} ${formatRupiah(p.anggaranDpa)}; selisih ini tercantum dalam Daftar Temuan Pemeriksaan Konsistensi.`,
      ),
    );
  }
  return blok;
}
