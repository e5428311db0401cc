/**
 * BAB II PERENCANAAN KINERJA (PermenPANRB 53/2014 Anak Lampiran II: "ringkasan/ikhtisar perjanjian kinerja"):
 * the Renstra period with the RPJMD visi and misi, the head's PK (Tabel 2.1), the DPA in force rolled up
 * from its sub kegiatan (Tabel 2.2), the IKU passport and the Renstra targets per year with kondisi akhir, and
 * (2.4, when the OPD has one for the year) the pohon kinerja diagram and matriks cascading (PermenPANRB 89/2021).
 */

import type { IndikatorRenstra } from "../../planning/planning.read.ts";
import { nilaiBersatuan } from "../kalimat.domain.ts";
import type { BarisTabel, Blok } from "../model.ts";
import { blokPohonKinerja } from "../pohon/blok-pohon.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, judul, kepala, kolom, label, paragraf, tabel, tampilRupiah, tampilTarget } from "./blok.ts";
import { penomor } from "./penomor.ts";
import { blokPerjanjianKinerja } from "./perjanjian-kinerja.ts";

function renstra(bahan: BahanLkjip): Blok[] {
  const r = bahan.pohon.renstra;
  const sasaran = bahan.pohon.tujuan.flatMap((t) => t.sasaran);
  const blok: Blok[] = [
    paragraf(
      `${r.nama} menjadi acuan perencanaan kinerja ${bahan.opd.nama} selama periode ${r.tahunAwal}–${r.tahunAkhir}. Renstra tersebut memuat ${bahan.pohon.tujuan.length} tujuan dan ${sasaran.length} sasaran strategis yang dijabarkan setiap tahun dalam Rencana Kerja, DPA dan Perjanjian Kinerja.`,
    ),
  ];
  const rp = bahan.rpjmd;
  if (rp !== null) {
    blok.push(
      label("Visi dan Misi"),
      paragraf(
        `Renstra ${bahan.opd.nama} berpedoman pada visi dan misi Rencana Pembangunan Jangka Menengah Daerah (RPJMD) ${bahan.pemda.nama} Tahun ${rp.tahunAwal}–${rp.tahunAkhir}. Visi tersebut adalah:`,
      ),
      paragraf([{ teks: `“${rp.visi}”`, tebal: true, miring: true }], "tengah"),
      paragraf("Visi tersebut dijabarkan dalam misi sebagai berikut:"),
      { jenis: "daftar", bernomor: true, butir: rp.misi.map((m) => m.uraian) },
    );
  } else {
    blok.push(
      paragraf(
        "Renstra ini belum ditautkan dengan RPJMD, sehingga visi dan misi daerah belum dapat dikutip.",
      ),
    );
  }
  blok.push(label("Tujuan dan Sasaran Strategis"), {
    jenis: "daftar",
    bernomor: true,
    butir: bahan.pohon.tujuan.map(
      (t) =>
        `Tujuan: ${t.uraian}${t.sasaran.length > 0 ? `; sasaran: ${t.sasaran.map((s) => s.uraian).join("; ")}` : ""}`,
    ),
  });
  return blok;
}

function targetKeluaran(target: string | null, satuan: string | null): string {
  return target === null ? "-" : nilaiBersatuan(target, satuan);
}

/** Tabel 2.2: the DPA in force, grouped by the sasaran each program serves, pagu rolled up from sub kegiatan. */
function tabelDpa(bahan: BahanLkjip, nomor: string): Blok[] {
  const a = bahan.anggaran;
  if (a === null) return [paragraf(`Belum ada DPA ${bahan.opd.nama} untuk tahun ${bahan.tahun}.`)];
  const sasaran = bahan.pohon.tujuan.flatMap((t) => t.sasaran);
  const kelompok = [
    ...sasaran.map((s) => ({
      judul: `Sasaran: ${s.uraian}`,
      program: a.program.filter((p) => p.sasaranId === s.id),
    })),
    {
      judul: "Program yang belum ditautkan ke sasaran",
      program: a.program.filter((p) => p.sasaranId === null || !sasaran.some((s) => s.id === p.sasaranId)),
    },
  ].filter((k) => k.program.length > 0);
  const rows: BarisTabel[] = [];
  for (const k of kelompok) {
    rows.push({ gaya: "induk", sel: [{ teks: k.judul, rentangKolom: 4, tebal: true }] });
    for (const p of k.program) {
      rows.push(baris([p.kode, p.nama, targetKeluaran(p.target, p.satuan), tampilRupiah(p.pagu)], "induk"));
      for (const g of p.kegiatan) {
        rows.push(
          baris([g.kode, g.nama, targetKeluaran(g.target, g.satuan), tampilRupiah(g.pagu)], undefined, 1),
        );
        for (const s of g.subKegiatan) {
          rows.push(
            baris([s.kode, s.nama, targetKeluaran(s.target, s.satuan), tampilRupiah(s.pagu)], undefined, 2),
          );
        }
      }
    }
  }
  rows.push({
    gaya: "jumlah",
    sel: [{ teks: "JUMLAH", rentangKolom: 3 }, { teks: tampilRupiah(a.total.pagu) }],
  });
  const jenis = a.dpa.jenis === "perubahan" ? "Perubahan" : "Murni";
  return [
    paragraf(
      `Program, kegiatan dan sub kegiatan yang mendukung sasaran tersebut beserta target keluaran dan pagunya menurut DPA ${jenis} Tahun ${bahan.tahun} adalah sebagai berikut:`,
    ),
    tabel(
      nomor,
      `Program, Kegiatan dan Sub Kegiatan DPA ${jenis} Tahun ${bahan.tahun}`,
      kolom(["tengah", 4.5], ["kiri", 7.5], ["kanan", 3], ["kanan", 3.5]),
      kepala("Kode", "Program/Kegiatan/Sub Kegiatan", "Target", "Pagu (Rp)"),
      rows,
      `DPA ${jenis} Tahun ${bahan.tahun}; pagu program dan kegiatan dijumlahkan dari sub kegiatan`,
    ),
  ];
}

function semuaIndikator(
  bahan: BahanLkjip,
): { ind: IndikatorRenstra; tujuan: string; sasaran: string | null }[] {
  return bahan.pohon.tujuan.flatMap((t) => [
    ...t.indikator.map((ind) => ({ ind, tujuan: t.uraian, sasaran: null })),
    ...t.sasaran.flatMap((s) => s.indikator.map((ind) => ({ ind, tujuan: t.uraian, sasaran: s.uraian }))),
  ]);
}

function tabelPasporIku(bahan: BahanLkjip, nomor: string): Blok {
  const iku = semuaIndikator(bahan).filter((x) => x.ind.iku);
  return tabel(
    nomor,
    `Indikator Kinerja Utama ${bahan.opd.nama} Tahun ${bahan.pohon.renstra.tahunAwal}–${bahan.pohon.renstra.tahunAkhir}`,
    kolom(["tengah", 1], ["kiri", 5], ["kiri", 4], ["kiri", 2], ["kiri", 5], ["kiri", 3], ["kiri", 5]),
    kepala(
      "No",
      "Sasaran",
      "Indikator Kinerja Utama",
      "Satuan",
      "Formulasi Perhitungan",
      "Sumber Data",
      "Penanggung Jawab",
    ),
    iku.map((x, k) =>
      baris([
        String(k + 1),
        x.sasaran ?? x.tujuan,
        x.ind.nama,
        x.ind.satuan,
        x.ind.formula ?? "-",
        x.ind.sumberData ?? "-",
        x.ind.penanggungJawab.teks ?? x.ind.penanggungJawab.unitNama ?? "-",
      ]),
    ),
    bahan.pohon.renstra.nama,
    true,
  );
}

function tabelTargetRenstra(bahan: BahanLkjip, nomor: string): Blok {
  const r = bahan.pohon.renstra;
  const tahun = Array.from({ length: r.tahunAkhir - r.tahunAwal + 1 }, (_, i) => r.tahunAwal + i);
  const rows = semuaIndikator(bahan).map((x, k) =>
    baris([
      String(k + 1),
      x.sasaran === null ? `Tujuan: ${x.tujuan}` : `Sasaran: ${x.sasaran}`,
      `${x.ind.nama}${x.ind.iku ? " (IKU)" : ""}`,
      x.ind.satuan,
      ...tahun.map((th) => {
        const t = x.ind.target.find((g) => g.tahun === th);
        return t === undefined ? "-" : tampilTarget(t.target, t.targetAtas);
      }),
      x.ind.kondisiAkhir === null ? "-" : tampilTarget(x.ind.kondisiAkhir, null),
    ]),
  );
  return tabel(
    nomor,
    `Target Kinerja Renstra ${bahan.opd.nama} Tahun ${r.tahunAwal}–${r.tahunAkhir}`,
    kolom(
      ["tengah", 1],
      ["kiri", 5],
      ["kiri", 4],
      ["kiri", 2],
      ...tahun.map((): ["kanan", number] => ["kanan", 2]),
      ["kanan", 2],
    ),
    [
      [
        { teks: "No", rentangBaris: 2 },
        { teks: "Tujuan/Sasaran", rentangBaris: 2 },
        { teks: "Indikator", rentangBaris: 2 },
        { teks: "Satuan", rentangBaris: 2 },
        { teks: "Target", rentangKolom: tahun.length },
        { teks: "Kondisi Akhir", rentangBaris: 2 },
      ],
      tahun.map((th) => ({ teks: String(th) })),
    ],
    rows,
    r.nama,
    true,
  );
}

/** The whole of BAB II with Tabel 2.1 (PK), 2.2 (DPA), 2.3 (IKU) and 2.4 (Renstra targets). */
export function babPerencanaan(bahan: BahanLkjip): Blok[] {
  const n = penomor("2");
  const r = bahan.pohon.renstra;
  const pk = bahan.pk;
  return [
    judul(1, "BAB II", "PERENCANAAN KINERJA"),
    judul(2, "2.1", `Rencana Strategis Tahun ${r.tahunAwal}–${r.tahunAkhir}`),
    ...renstra(bahan),
    judul(2, "2.2", `Perjanjian Kinerja Tahun ${bahan.tahun}`),
    ...(pk === null
      ? [paragraf(`Perjanjian Kinerja pimpinan ${bahan.opd.nama} tahun ${bahan.tahun} belum dicatat.`)]
      : [
          paragraf(
            `${bahan.opd.nama} telah menetapkan Perjanjian Kinerja Tahun ${bahan.tahun} antara ${pk.pihakPertama.jabatan} dan ${pk.pihakKedua.jabatan}, mengacu pada Renstra ${r.tahunAwal}–${r.tahunAkhir} dan DPA Tahun ${bahan.tahun}, dengan sasaran, indikator, target dan anggaran program sebagai berikut:`,
          ),
          ...blokPerjanjianKinerja(bahan, pk, n.tabel()),
        ]),
    ...tabelDpa(bahan, n.tabel()),
    judul(2, "2.3", "Indikator Kinerja Utama"),
    paragraf(
      "Indikator Kinerja Utama (IKU) adalah ukuran keberhasilan dari tujuan dan sasaran strategis yang digunakan untuk perbaikan kinerja dan peningkatan akuntabilitas kinerja. IKU beserta formulasi, sumber data dan penanggung jawabnya adalah sebagai berikut:",
    ),
    tabelPasporIku(bahan, n.tabel()),
    paragraf(
      "Target setiap indikator per tahun selama periode Renstra dan kondisi akhir yang hendak dicapai adalah:",
    ),
    tabelTargetRenstra(bahan, n.tabel()),
    ...(bahan.pohonKinerja === null
      ? []
      : [
          judul(2, "2.4", "Pohon Kinerja dan Cascading"),
          ...blokPohonKinerja(bahan.pohonKinerja, bahan.tahun, { gambar: n.gambar(), tabel: n.tabel() }),
        ]),
    { jenis: "halaman_baru" },
  ];
}
