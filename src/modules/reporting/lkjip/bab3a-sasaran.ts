/**
 * The seven analyses of one sasaran in BAB III A (PermenPANRB 53/2014, regulations.md §2.3 a–g): target vs
 * realisation, the years before (table and chart), the Renstra end target, the national standard, causes
 * and solutions, efficiency of resources, and the supporting programs with their narratives.
 */

import { batasBawahSumbuY } from "../../../platform/charts.ts";
import type { JenisNarasi } from "../../../platform/db/schema.ts";
import { desimal, keNumber } from "../../../platform/decimal.ts";
import { serapan } from "../../budget/anggaran.domain.ts";
import type { ProgramRingkasan } from "../../budget/budget.service.ts";
import type { BarisIku, CapaianTahun } from "../../performance/iku.service.ts";
import type { SasaranRenstra } from "../../planning/planning.read.ts";
import {
  kalimatAnjab,
  kalimatEfisiensi,
  kalimatStandarNasional,
  kalimatTargetAkhir,
  kalimatTren,
  nilaiBersatuan,
} from "../kalimat.domain.ts";
import type { BarisTabel, Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import {
  baris,
  judul,
  kepala,
  kolom,
  label,
  paragraf,
  tabel,
  tampilCapaian,
  tampilHitungan,
  tampilNilai,
  tampilRupiah,
  tampilSerapan,
  tampilTarget,
} from "./blok.ts";
import { kalimatIku } from "./kalimat-iku.ts";
import { narasiAnggaran, narasiSasaran } from "./narasi.ts";
import type { Penomor } from "./penomor.ts";

/** The seven headings of §2.3, in order; the tests and the completeness check look for them. */
export const JUDUL_ANALISIS = [
  "a. Perbandingan antara Target dan Realisasi Kinerja Tahun Ini",
  "b. Perbandingan Realisasi dan Capaian Kinerja Tahun Ini dengan Tahun-Tahun Sebelumnya",
  "c. Perbandingan Realisasi Kinerja sampai dengan Tahun Ini dengan Target Jangka Menengah Renstra",
  "d. Perbandingan Realisasi Kinerja dengan Standar Nasional",
  "e. Analisis Penyebab Keberhasilan/Kegagalan serta Alternatif Solusi",
  "f. Analisis atas Efisiensi Penggunaan Sumber Daya",
  "g. Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan Pencapaian Kinerja",
] as const;

/** What one sasaran's analyses need besides the shared material. */
export type KonteksSasaran = {
  nomor: number;
  sasaran: SasaranRenstra;
  tujuan: string;
  iku: BarisIku[];
  program: ProgramRingkasan[];
  /** whether Table 3.7 (ANJAB) is printed under this sasaran */
  denganAnjab: boolean;
};

function sumber(bahan: BahanLkjip): string {
  return `Pengukuran kinerja ${bahan.opd.nama} Tahun ${bahan.tahun}`;
}

function analisisA(bahan: BahanLkjip, k: KonteksSasaran, n: Penomor): Blok[] {
  const th = bahan.tahun;
  return [
    tabel(
      n.tabel(),
      `Perbandingan Target dan Realisasi Kinerja Sasaran ${k.nomor} Tahun ${th}`,
      kolom(
        ["tengah", 1],
        ["kiri", 5],
        ["kiri", 4],
        ["kiri", 2],
        ["kanan", 2],
        ["kanan", 2],
        ["kanan", 2],
        ["kiri", 2],
      ),
      kepala(
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        `Target ${th}`,
        `Realisasi ${th}`,
        "Capaian (%)",
        "Predikat",
      ),
      k.iku.map((i, x) =>
        baris([
          String(x + 1),
          k.sasaran.uraian,
          i.indikator.nama,
          i.indikator.satuan,
          tampilTarget(i.target, i.targetAtas),
          tampilNilai(i.realisasi),
          tampilCapaian(i.capaian),
          i.predikat ?? "-",
        ]),
      ),
      sumber(bahan),
    ),
    paragraf("Capaian kinerja (%) = realisasi ÷ target × 100 untuk indikator yang makin tinggi makin baik."),
    ...k.iku.map((i) => paragraf(kalimatIku(i, bahan))),
  ];
}

function angkaGrafik(s: string | null): number | null {
  return s === null ? null : keNumber(desimal(s));
}

function analisisB(bahan: BahanLkjip, k: KonteksSasaran, n: Penomor): Blok[] {
  const blok: Blok[] = [];
  for (const i of k.iku) {
    const tahunan: CapaianTahun[] = [...i.riwayat, i];
    const awal = tahunan[0]?.tahun ?? bahan.tahun;
    blok.push(
      tabel(
        n.tabel(),
        `Perbandingan Target dan Realisasi ${i.indikator.nama} Tahun ${awal}–${bahan.tahun}`,
        kolom(["tengah", 1], ["tengah", 2], ["kanan", 2], ["kanan", 2], ["kanan", 2], ["kiri", 3]),
        kepala("No", "Tahun", "Target", "Realisasi", "Capaian (%)", "Predikat"),
        tahunan.map((t, x) =>
          baris([
            String(x + 1),
            String(t.tahun),
            tampilTarget(t.target, t.targetAtas),
            tampilNilai(t.realisasi),
            tampilCapaian(t.capaian),
            t.predikat ?? "-",
          ]),
        ),
        sumber(bahan),
      ),
      {
        jenis: "grafik",
        nomor: n.grafik(),
        judul: `Target dan Realisasi ${i.indikator.nama} Tahun ${awal}–${bahan.tahun}`,
        kategori: tahunan.map((t) => String(t.tahun)),
        seri: [
          { nama: "Target", tipe: "garis", nilai: tahunan.map((t) => angkaGrafik(t.target)) },
          { nama: "Realisasi", tipe: "garis", nilai: tahunan.map((t) => angkaGrafik(t.realisasi)) },
        ],
        judulSumbuY: i.indikator.satuan,
        minSumbuY: batasBawahSumbuY(
          tahunan.flatMap((t) => [angkaGrafik(t.target), angkaGrafik(t.realisasi)]),
        ),
      },
      paragraf(
        kalimatTren({
          indikator: i.indikator.nama,
          satuan: i.indikator.satuan,
          polaritas: i.indikator.polaritas,
          titik: tahunan.map((t) => ({ tahun: t.tahun, realisasi: t.realisasi })),
        }),
      ),
    );
  }
  return blok;
}

function analisisC(bahan: BahanLkjip, k: KonteksSasaran, n: Penomor): Blok[] {
  const th = bahan.tahun;
  const akhir = bahan.pohon.renstra.tahunAkhir;
  return [
    tabel(
      n.tabel(),
      `Perbandingan Realisasi Kinerja Sasaran ${k.nomor} sampai dengan Tahun ${th} terhadap Target Akhir Renstra ${bahan.pohon.renstra.tahunAwal}–${akhir}`,
      kolom(["tengah", 1], ["kiri", 5], ["kanan", 2], ["kanan", 2], ["kanan", 3], ["kanan", 3]),
      kepala(
        "No",
        "Indikator Kinerja",
        `Target ${th}`,
        `Realisasi ${th}`,
        `Target Akhir Renstra ${akhir}`,
        "Capaian terhadap Target Akhir (%)",
      ),
      k.iku.map((i, x) =>
        baris([
          String(x + 1),
          i.indikator.nama,
          tampilTarget(i.target, i.targetAtas),
          tampilNilai(i.realisasi),
          tampilNilai(i.kondisiAkhir.nilai),
          tampilCapaian(i.kondisiAkhir.capaian),
        ]),
      ),
      bahan.pohon.renstra.nama,
    ),
    ...k.iku.map((i) =>
      paragraf(
        kalimatTargetAkhir({
          indikator: i.indikator.nama,
          tahun: th,
          realisasi: i.realisasi,
          kondisiAkhir: i.kondisiAkhir.nilai,
          tahunAkhir: i.kondisiAkhir.tahun,
          capaian: i.kondisiAkhir.capaian,
          satuan: i.indikator.satuan,
        }),
      ),
    ),
  ];
}

function daftarBerlabel(judulDaftar: string, butir: string[]): Blok[] {
  return butir.length === 0 ? [] : [label(judulDaftar), { jenis: "daftar", bernomor: false, butir }];
}

function analisisE(bahan: BahanLkjip, k: KonteksSasaran): Blok[] {
  const ambil = (j: JenisNarasi) => narasiSasaran(bahan.narasi, k.sasaran.kode, j);
  const blok: Blok[] = [
    ...ambil("analisis").map((t) => paragraf(t)),
    ...daftarBerlabel("Faktor pendukung:", ambil("faktor_pendukung")),
    ...daftarBerlabel("Faktor penghambat:", ambil("faktor_penghambat")),
    ...daftarBerlabel("Solusi yang telah dilakukan:", ambil("solusi")),
  ];
  return blok.length > 0
    ? blok
    : [
        paragraf(
          "Analisis penyebab keberhasilan/kegagalan dan alternatif solusi untuk sasaran ini belum dicatat.",
        ),
      ];
}

function tabelAnjab(bahan: BahanLkjip, nomor: string): Blok[] {
  const t = bahan.staf.anjab;
  const rows: BarisTabel[] = t.baris.map((b, x) =>
    baris([
      String(x + 1),
      b.nama,
      tampilHitungan(b.anjabStruktural),
      tampilHitungan(b.anjabPelaksana),
      tampilHitungan(b.struktural),
      tampilHitungan(b.pelaksanaPns),
      tampilHitungan(b.pelaksanaNonPns),
    ]),
  );
  const j = t.jumlah;
  rows.push({
    gaya: "jumlah",
    sel: [
      { teks: "JUMLAH", rentangKolom: 2 },
      ...[j.anjabStruktural, j.anjabPelaksana, j.struktural, j.pelaksanaPns, j.pelaksanaNonPns].map((v) => ({
        teks: tampilHitungan(v),
      })),
    ],
  });
  rows.push({
    gaya: "jumlah",
    sel: [
      { teks: "TOTAL", rentangKolom: 2 },
      { teks: String(t.totalAnjab), rentangKolom: 2 },
      { teks: String(t.totalKondisi), rentangKolom: 3 },
    ],
  });
  return [
    tabel(
      nomor,
      "Analisis Jabatan dan Kondisi Pegawai Saat Ini",
      kolom(["tengah", 1], ["kiri", 6], ["kanan", 2], ["kanan", 2], ["kanan", 2], ["kanan", 2], ["kanan", 2]),
      [
        [
          { teks: "No", rentangBaris: 2 },
          { teks: "Jabatan", rentangBaris: 2 },
          { teks: "Hasil Analisis Jabatan", rentangKolom: 2 },
          { teks: "Kondisi Saat Ini", rentangKolom: 3 },
        ],
        [
          { teks: "Struktural" },
          { teks: "Pelaksana" },
          { teks: "Struktural" },
          { teks: "Pelaksana PNS" },
          { teks: "Pelaksana Non PNS" },
        ],
      ],
      rows,
      "Dokumen ANJAB dan ABK; register pegawai",
    ),
    paragraf(
      kalimatAnjab({
        kebutuhanStruktural: j.anjabStruktural,
        kebutuhanPelaksana: j.anjabPelaksana,
        struktural: j.struktural,
        pelaksanaPns: j.pelaksanaPns,
        pelaksanaNonPns: j.pelaksanaNonPns,
      }),
    ),
  ];
}

function analisisF(bahan: BahanLkjip, k: KonteksSasaran, n: Penomor): Blok[] {
  const blok: Blok[] = [];
  if (k.program.length === 0) {
    blok.push(
      paragraf(
        "Belum ada program DPA yang ditautkan ke sasaran ini, sehingga efisiensi anggarannya belum dapat dianalisis.",
      ),
    );
  } else {
    const pagu = k.program.reduce((a, p) => a + p.pagu, 0n);
    const realisasi = k.program.reduce((a, p) => a + p.realisasi, 0n);
    const total = serapan(realisasi, pagu);
    const rows = k.program.map((p, x) =>
      baris([
        String(x + 1),
        `${p.kode} ${p.nama}`,
        tampilRupiah(p.pagu),
        tampilRupiah(p.realisasi),
        tampilSerapan(p.serapan),
      ]),
    );
    rows.push({
      gaya: "jumlah",
      sel: [
        { teks: "JUMLAH", rentangKolom: 2 },
        { teks: tampilRupiah(pagu) },
        { teks: tampilRupiah(realisasi) },
        { teks: tampilSerapan(total) },
      ],
    });
    blok.push(
      tabel(
        n.tabel(),
        `Anggaran dan Realisasi Program Pendukung Sasaran ${k.nomor} Tahun ${bahan.tahun}`,
        kolom(["tengah", 1], ["kiri", 8], ["kanan", 3], ["kanan", 3], ["kanan", 2]),
        kepala("No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"),
        rows,
        bahan.anggaran === null
          ? null
          : `DPA ${bahan.anggaran.dpa.jenis === "perubahan" ? "Perubahan" : "Murni"} Tahun ${bahan.tahun}`,
      ),
      paragraf(
        kalimatEfisiensi({
          pagu,
          realisasi,
          serapan: total,
          capaian: k.iku.map((i) => ({ indikator: i.indikator.nama, hasil: i.capaian })),
        }),
      ),
    );
  }
  if (k.denganAnjab) blok.push(...tabelAnjab(bahan, n.tabel()));
  blok.push(...narasiSasaran(bahan.narasi, k.sasaran.kode, "efisiensi").map((t) => paragraf(t)));
  return blok;
}

function narasiKode(bahan: BahanLkjip, kode: string): Blok[] {
  const ambil = (j: JenisNarasi) => narasiAnggaran(bahan.narasi, kode, j);
  return [
    ...ambil("uraian_kegiatan").map((t) => paragraf(t)),
    ...daftarBerlabel("Hambatan:", ambil("hambatan")),
    ...daftarBerlabel("Solusi:", ambil("solusi")),
    ...daftarBerlabel("Faktor pendukung:", ambil("faktor_pendukung")),
    ...daftarBerlabel("Faktor penghambat:", ambil("faktor_penghambat")),
  ];
}

const HURUF = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function analisisG(bahan: BahanLkjip, k: KonteksSasaran): Blok[] {
  if (k.program.length === 0) return [paragraf("Belum ada program DPA yang ditautkan ke sasaran ini.")];
  const blok: Blok[] = [paragraf("Program, kegiatan dan sub kegiatan yang mendukung sasaran ini adalah:")];
  k.program.forEach((p, x) => {
    blok.push(label(`${HURUF[x % HURUF.length]}. ${p.nama} (${p.kode})`), ...narasiKode(bahan, p.kode));
    p.kegiatan.forEach((g, y) => {
      blok.push(label(`${y + 1}) ${g.nama} (${g.kode})`), ...narasiKode(bahan, g.kode));
      g.subKegiatan.forEach((s, z) => {
        const target = s.target === null ? "" : `; target keluaran ${nilaiBersatuan(s.target, s.satuan)}`;
        blok.push(
          paragraf(`${HURUF[z % HURUF.length]?.toLowerCase()}. ${s.nama} (${s.kode}${target})`, "kiri"),
        );
        blok.push(...narasiKode(bahan, s.kode));
      });
    });
  });
  return blok;
}

/** The heading of one sasaran and its seven analyses a–g. */
export function analisisSasaran(bahan: BahanLkjip, k: KonteksSasaran, n: Penomor): Blok[] {
  const [a, b, c, d, e, f, g] = JUDUL_ANALISIS;
  const tanpaIku = k.iku.length === 0;
  const bagian: Blok[] = [
    judul(3, `Sasaran ${k.nomor}`, k.sasaran.uraian),
    paragraf(
      tanpaIku
        ? `Sasaran ini merupakan penjabaran tujuan Renstra "${k.tujuan}" dan belum memiliki indikator kinerja utama.`
        : `Sasaran ini merupakan penjabaran tujuan Renstra "${k.tujuan}" dan diukur dengan indikator kinerja utama ${k.iku.map((i) => i.indikator.nama).join(", ")}.`,
    ),
    label(a),
    ...(tanpaIku
      ? [paragraf("Sasaran ini belum memiliki indikator kinerja utama.")]
      : analisisA(bahan, k, n)),
    label(b),
    ...(tanpaIku ? [] : analisisB(bahan, k, n)),
    label(c),
    ...(tanpaIku ? [] : analisisC(bahan, k, n)),
    label(d),
    ...k.iku.map((i) =>
      paragraf(
        kalimatStandarNasional({ indikator: i.indikator.nama, standar: null, satuan: i.indikator.satuan }),
      ),
    ),
    label(e),
    ...analisisE(bahan, k),
    label(f),
    ...analisisF(bahan, k, n),
    label(g),
    ...analisisG(bahan, k),
  ];
  return bagian;
}
