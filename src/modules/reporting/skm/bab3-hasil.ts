/**
 * BAB III HASIL: respondent profile, the results table per unsur (total, NRR, NRR × 25, mutu, rank), the IKM, a
 * bar chart of NRR × 25, results per service type and the trend across periods. Every cell comes from the survey
 * core's HasilPeriode; nothing is recomputed here.
 */
import type { HasilKelompok } from "../../survey/survey.service.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "../lkjip/blok.ts";
import type { Penomor } from "../lkjip/penomor.ts";
import type { BarisTabel, Blok } from "../model.ts";
import { type BahanSkm, namaPeriode, tampilIkm, tampilJumlah, tampilNrr, tampilPorsi } from "./bahan.ts";
import { kalimatIkm } from "./kalimat-skm.ts";

const SUMBER = "Terukur, data respons SKM tersimpan";

function tabelProfil(
  nomor: string,
  judulTabel: string,
  kelompok: readonly HasilKelompok[],
  total: number,
): Blok {
  const isi = kelompok.map((g) =>
    baris([g.nama, tampilJumlah(g.responden), tampilPorsi(g.responden, total)]),
  );
  isi.push(baris(["Jumlah", tampilJumlah(total), tampilPorsi(total, total)], "jumlah"));
  return tabel(
    nomor,
    judulTabel,
    kolom(["kiri", 4], ["kanan", 1.5], ["kanan", 1.5]),
    kepala("Kelompok", "Jumlah Responden", "Persentase"),
    isi,
    SUMBER,
  );
}

/** The respondent profile tables (sex, age band, education, occupation, service type). */
function profil(bahan: BahanSkm, nomor: Penomor): Blok[] {
  const h = bahan.hasil;
  const k = h.perKelompok;
  return [
    judul(2, "3.1", "Profil Responden"),
    paragraf(
      `Jumlah responden ${namaPeriode(h.periode)} adalah ${tampilJumlah(h.responden)} orang, dengan sebaran sebagai berikut.`,
    ),
    tabelProfil(nomor.tabel(), "Responden menurut Jenis Kelamin", k.jenisKelamin, h.responden),
    tabelProfil(nomor.tabel(), "Responden menurut Kelompok Usia", k.usia, h.responden),
    tabelProfil(nomor.tabel(), "Responden menurut Pendidikan", k.pendidikan, h.responden),
    tabelProfil(nomor.tabel(), "Responden menurut Pekerjaan", k.pekerjaan, h.responden),
    tabelProfil(nomor.tabel(), "Responden menurut Jenis Layanan", h.perJenisLayanan, h.responden),
  ];
}

/** The results table, the IKM sentence and the chart. */
function nilaiUnsur(bahan: BahanSkm, nomor: Penomor): Blok[] {
  const h = bahan.hasil;
  const r = h.hasil;
  if (r === null) {
    return [
      judul(2, "3.2", "Nilai per Unsur dan IKM"),
      paragraf(`IKM belum dapat dihitung: ${h.alasanTanpaHasil ?? "belum ada data"}`),
    ];
  }
  const isi: BarisTabel[] = r.perUnsur.map((u, i) =>
    baris([
      String(i + 1),
      `${u.kunci} ${u.nama}`,
      tampilJumlah(u.jumlah),
      tampilJumlah(u.responden),
      tampilNrr(u.nrr),
      tampilIkm(u.konversi),
      `${u.mutu.huruf} (${u.mutu.sebutan})`,
      String(u.peringkat),
    ]),
  );
  isi.push({
    sel: [
      { teks: "Indeks Kepuasan Masyarakat (IKM)", rentangKolom: 5, tebal: true },
      { teks: tampilIkm(r.ikm), tebal: true },
      { teks: `${r.mutu.huruf} (${r.mutu.sebutan})`, tebal: true },
      { teks: "" },
    ],
    gaya: "jumlah",
  });
  return [
    judul(2, "3.2", "Nilai per Unsur dan IKM"),
    tabel(
      nomor.tabel(),
      `Nilai Rata-rata per Unsur dan IKM ${namaPeriode(h.periode)}`,
      kolom(
        ["tengah", 0.6],
        ["kiri", 4],
        ["kanan", 1.3],
        ["kanan", 1.3],
        ["kanan", 1.3],
        ["kanan", 1.3],
        ["kiri", 2],
        ["tengah", 1],
      ),
      kepala(
        "No",
        "Unsur Pelayanan",
        "Jumlah Nilai",
        "Responden Menjawab",
        "NRR",
        "NRR × 25",
        "Mutu",
        "Peringkat",
      ),
      isi,
      `${SUMBER}; peringkat 1 = nilai terendah`,
    ),
    paragraf(kalimatIkm(h.opd.nama, namaPeriode(h.periode), r, h.responden)),
    {
      jenis: "grafik",
      nomor: nomor.grafik(),
      judul: `Nilai Konversi (NRR × 25) per Unsur ${namaPeriode(h.periode)}`,
      kategori: r.perUnsur.map((u) => u.kunci),
      seri: [{ nama: "NRR × 25", tipe: "batang", nilai: r.perUnsur.map((u) => Number(u.konversi)) }],
      judulSumbuY: "Nilai konversi",
      minSumbuY: 0,
    },
  ];
}

/** IKM per service type. */
function perLayanan(bahan: BahanSkm, nomor: Penomor): Blok[] {
  const daftar = bahan.hasil.perJenisLayanan.filter((g) => g.responden > 0);
  if (daftar.length === 0) return [];
  return [
    judul(2, "3.3", "Hasil per Jenis Layanan"),
    tabel(
      nomor.tabel(),
      "IKM per Jenis Layanan",
      kolom(["kiri", 4], ["kanan", 1.5], ["kanan", 1.5], ["kiri", 2]),
      kepala("Jenis Layanan", "Responden", "IKM", "Mutu"),
      daftar.map((g) =>
        baris([
          g.nama,
          tampilJumlah(g.responden),
          g.ikm === null ? "-" : tampilIkm(g.ikm),
          g.mutu === null ? "-" : `${g.mutu.huruf} (${g.mutu.sebutan})`,
        ]),
      ),
      `${SUMBER}; "-" bila ada unsur yang belum dijawab pada kelompok itu`,
    ),
  ];
}

/** The trend table and line, when the OPD has more than one period with a result. */
function tren(bahan: BahanSkm, nomor: Penomor): Blok[] {
  const titik = bahan.tren.filter((t) => t.ikm !== null && t.selesai <= bahan.hasil.periode.selesai);
  if (titik.length < 2) return [];
  return [
    judul(2, "3.4", "Perkembangan IKM antar Periode"),
    tabel(
      nomor.tabel(),
      "Perkembangan IKM antar Periode",
      kolom(["kiri", 3], ["kanan", 1.5], ["kanan", 1.5], ["kiri", 2]),
      kepala("Periode", "Responden", "IKM", "Mutu"),
      titik.map((t) =>
        baris([
          namaPeriode(t),
          tampilJumlah(t.responden),
          tampilIkm(t.ikm ?? "0"),
          t.mutu === null ? "-" : `${t.mutu.huruf} (${t.mutu.sebutan})`,
        ]),
      ),
      SUMBER,
    ),
    {
      jenis: "grafik",
      nomor: nomor.grafik(),
      judul: "Perkembangan IKM antar Periode",
      kategori: titik.map((t) => namaPeriode(t).replace(" Tahun ", " ")),
      seri: [{ nama: "IKM", tipe: "garis", nilai: titik.map((t) => Number(t.ikm)) }],
      judulSumbuY: "IKM",
      minSumbuY: null,
    },
  ];
}

/** The whole of BAB III. */
export function babHasil(bahan: BahanSkm, nomor: Penomor): Blok[] {
  let sub = 0;
  return [
    judul(1, "BAB III", "HASIL SURVEI"),
    ...profil(bahan, nomor),
    ...nilaiUnsur(bahan, nomor),
    ...perLayanan(bahan, nomor),
    ...tren(bahan, nomor),
  ].map((b) => (b.jenis === "judul" && b.tingkat === 2 ? { ...b, nomor: `3.${++sub}` } : b));
}
