/**
 * BAB I PENDAHULUAN (PermenPANRB 53/2014 Anak Lampiran II: "penjelasan umum organisasi … permasalahan
 * utama"): kondisi umum and wilayah from the wilayah rows, staffing Tables 1.1–1.4 from the register, the
 * organisation chart from the unit hierarchy, peran organisasi and isu strategis from narratives.
 */
import {
  BARIS_JABATAN,
  BARIS_STATUS,
  KOLOM_ESELON,
  URUTAN_KELOMPOK_PENDIDIKAN,
  URUTAN_RUANG,
} from "../../staffing/staffing.domain.ts";
import { kalimatPegawai, kalimatWilayah } from "../kalimat.domain.ts";
import type { BarisTabel, Blok, SimpulBagan } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, judul, kolom, label, paragraf, tabel, tampilHitungan } from "./blok.ts";
import { narasiOpd } from "./narasi.ts";
import { type Penomor, penomor } from "./penomor.ts";

const SUMBER_PEGAWAI = "Register pegawai (Sub Bagian Perencanaan dan Kepegawaian)";

function kondisiUmum(bahan: BahanLkjip): Blok[] {
  const kec = bahan.wilayah.find((w) => w.jenis === "kecamatan");
  const desa = bahan.wilayah.filter((w) => w.jenis === "desa" || w.jenis === "kelurahan");
  const blok: Blok[] = [];
  if (kec !== undefined) {
    const penduduk =
      kec.laki_laki !== null && kec.perempuan !== null
        ? {
            tahun: bahan.tahun,
            lakiLaki: kec.laki_laki,
            perempuan: kec.perempuan,
            sumber: kec.sumber_penduduk,
          }
        : null;
    const kalimat = kalimatWilayah({
      nama: kec.nama,
      luasKm2: kec.luas_km2,
      jumlahDesa: desa.filter((d) => d.jenis === "desa").length,
      jumlahKelurahan: desa.filter((d) => d.jenis === "kelurahan").length,
      jumlahDusun: kec.jumlah_dusun,
      jumlahRt: kec.jumlah_rt,
      penduduk,
    });
    const [wilayah, ...lain] = kalimat;
    if (wilayah !== undefined) blok.push(paragraf(wilayah));
    if (desa.length > 0) {
      blok.push(paragraf(`Desa dan kelurahan di wilayah Kecamatan ${kec.nama} adalah:`));
      blok.push({
        jenis: "daftar",
        bernomor: true,
        butir: desa.map((d) => `${d.jenis === "kelurahan" ? "Kelurahan" : "Desa"} ${d.nama}`),
      });
    }
    for (const k of lain) blok.push(paragraf(k));
  }
  for (const t of narasiOpd(bahan.narasi, "gambaran_umum")) blok.push(paragraf(t));
  if (blok.length === 0) blok.push(paragraf("Data wilayah dan gambaran umum belum dicatat."));
  return blok;
}

function tabelGolongan(bahan: BahanLkjip, nomor: string): Blok {
  const t = bahan.staf.golongan;
  const ruang = URUTAN_RUANG.filter((r) => r !== "e" || t.jumlahRuang.e > 0);
  const rows: BarisTabel[] = t.baris.map((b, k) =>
    baris([
      String(k + 1),
      `Golongan ${b.golongan}`,
      ...ruang.map((r) => tampilHitungan(b.ruang[r])),
      tampilHitungan(b.jumlah),
    ]),
  );
  rows.push(baris([String(t.baris.length + 1), "PPPK", ...ruang.map(() => ""), tampilHitungan(t.pppk)]));
  rows.push({
    gaya: "jumlah",
    sel: [
      { teks: "JUMLAH", rentangKolom: 2 },
      ...ruang.map((r) => ({ teks: tampilHitungan(t.jumlahRuang[r]) })),
      { teks: tampilHitungan(t.total) },
    ],
  });
  return tabel(
    nomor,
    "Jumlah ASN Berdasarkan Golongan",
    kolom(["tengah", 1], ["kiri", 4], ...ruang.map((): ["kanan", number] => ["kanan", 1]), ["kanan", 2]),
    [
      [
        { teks: "No", rentangBaris: 2 },
        { teks: "Golongan", rentangBaris: 2 },
        { teks: "Ruang", rentangKolom: ruang.length },
        { teks: "Jumlah", rentangBaris: 2 },
      ],
      ruang.map((r) => ({ teks: r.toUpperCase() })),
    ],
    rows,
    SUMBER_PEGAWAI,
  );
}

function tabelPendidikan(bahan: BahanLkjip, nomor: string): Blok {
  const t = bahan.staf.pendidikan;
  const rows: BarisTabel[] = t.baris.map((b, k) =>
    baris([
      String(k + 1),
      b.golongan === "PPPK" ? "PPPK" : `Golongan ${b.golongan}`,
      ...URUTAN_KELOMPOK_PENDIDIKAN.map((p) => tampilHitungan(b.kolom[p])),
      tampilHitungan(b.jumlah),
    ]),
  );
  rows.push({
    gaya: "jumlah",
    sel: [
      { teks: "JUMLAH", rentangKolom: 2 },
      ...URUTAN_KELOMPOK_PENDIDIKAN.map((p) => ({ teks: tampilHitungan(t.jumlahKolom[p]) })),
      { teks: tampilHitungan(t.total) },
    ],
  });
  return tabel(
    nomor,
    "Jumlah ASN Berdasarkan Pendidikan",
    kolom(["tengah", 1], ["kiri", 4], ["kanan", 1], ["kanan", 1], ["kanan", 1], ["kanan", 1], ["kanan", 2]),
    [
      [
        { teks: "No", rentangBaris: 2 },
        { teks: "Golongan", rentangBaris: 2 },
        { teks: "Jenjang Pendidikan", rentangKolom: URUTAN_KELOMPOK_PENDIDIKAN.length },
        { teks: "Jumlah", rentangBaris: 2 },
      ],
      URUTAN_KELOMPOK_PENDIDIKAN.map((p) => ({ teks: p })),
    ],
    rows,
    SUMBER_PEGAWAI,
  );
}

function tabelJabatan(bahan: BahanLkjip, nomor: string): Blok {
  const t = bahan.staf.jabatan;
  const rows: BarisTabel[] = t.baris.map((b, k) =>
    baris([
      String(k + 1),
      BARIS_JABATAN.find((j) => j.kunci === b.jenisJabatan)?.label ?? b.jenisJabatan,
      ...KOLOM_ESELON.map((e) => tampilHitungan(b.kolom[e.kunci])),
      tampilHitungan(b.jumlah),
    ]),
  );
  rows.push({
    gaya: "jumlah",
    sel: [
      { teks: "JUMLAH", rentangKolom: 2 },
      ...KOLOM_ESELON.map((e) => ({ teks: tampilHitungan(t.jumlahKolom[e.kunci]) })),
      { teks: tampilHitungan(t.total) },
    ],
  });
  return tabel(
    nomor,
    "Jumlah ASN Berdasarkan Jabatan",
    kolom(["tengah", 1], ["kiri", 4], ["kanan", 1], ["kanan", 1], ["kanan", 1], ["kanan", 1], ["kanan", 2]),
    [
      [
        { teks: "No", rentangBaris: 2 },
        { teks: "Jabatan", rentangBaris: 2 },
        { teks: "Eselon", rentangKolom: KOLOM_ESELON.length },
        { teks: "Jumlah", rentangBaris: 2 },
      ],
      KOLOM_ESELON.map((e) => ({ teks: e.label })),
    ],
    rows,
    SUMBER_PEGAWAI,
  );
}

function tabelStatus(bahan: BahanLkjip, nomor: string): Blok {
  const t = bahan.staf.status;
  const rows: BarisTabel[] = t.baris.map((b, k) =>
    baris([
      String(k + 1),
      BARIS_STATUS.find((s) => s.kunci === b.status)?.label ?? b.status,
      tampilHitungan(b.jumlah),
    ]),
  );
  rows.push({
    gaya: "jumlah",
    sel: [{ teks: "JUMLAH", rentangKolom: 2 }, { teks: tampilHitungan(t.total) }],
  });
  return tabel(
    nomor,
    "Jumlah Pegawai Berdasarkan Status Kepegawaian",
    kolom(["tengah", 1], ["kiri", 6], ["kanan", 2]),
    [[{ teks: "No" }, { teks: "Status Kepegawaian" }, { teks: "Jumlah" }]],
    rows,
    SUMBER_PEGAWAI,
  );
}

function dataUmum(bahan: BahanLkjip, n: Penomor): Blok[] {
  const jumlah = (s: string) => bahan.staf.status.baris.find((b) => b.status === s)?.jumlah ?? 0;
  return [
    paragraf(
      kalimatPegawai({
        opd: bahan.opd.nama,
        tanggal: `31 Desember ${bahan.tahun}`,
        jumlah: {
          pns: jumlah("PNS"),
          cpns: jumlah("CPNS"),
          pppk: jumlah("PPPK"),
          ptt: jumlah("PTT"),
          upahJasa: jumlah("UPAH_JASA"),
        },
      }),
    ),
    label("1. Berdasarkan Golongan"),
    tabelGolongan(bahan, n.tabel()),
    label("2. Berdasarkan Pendidikan"),
    tabelPendidikan(bahan, n.tabel()),
    label("3. Berdasarkan Jabatan"),
    tabelJabatan(bahan, n.tabel()),
    label("4. Berdasarkan Status Kepegawaian"),
    tabelStatus(bahan, n.tabel()),
  ];
}

/**
 * The organisation chart from the unit hierarchy: the pimpinan unit is the root, each box names the
 * struktural official heading the unit (highest eselon) or null. Units whose parent is missing hang under
 * the root so none is lost.
 */
export function susunBagan(bahan: BahanLkjip): SimpulBagan | null {
  const akar = bahan.unit.find((u) => u.jenis === "pimpinan") ?? bahan.unit.find((u) => u.indukId === null);
  if (akar === undefined) return null;
  const kepala = (kode: string) => bahan.pejabat.find((p) => p.unitKode === kode)?.nama ?? null;
  const ada = new Set(bahan.unit.map((u) => u.id));
  const anakDari = (id: number) =>
    bahan.unit.filter(
      (u) =>
        u.id !== akar.id &&
        (u.indukId === id || (id === akar.id && (u.indukId === null || !ada.has(u.indukId)))),
    );
  const simpul = (u: (typeof bahan.unit)[number], jejak: Set<number>): SimpulBagan => ({
    label: u.nama,
    keterangan: kepala(u.kode),
    anak: anakDari(u.id)
      .filter((a) => !jejak.has(a.id))
      .map((a) => simpul(a, new Set([...jejak, a.id]))),
  });
  return simpul(akar, new Set([akar.id]));
}

/** The whole of BAB I with its tables (Tabel 1.1–1.4) and the organisation chart (Gambar 1.1). */
export function babPendahuluan(bahan: BahanLkjip): Blok[] {
  const n = penomor("1");
  const bagan = susunBagan(bahan);
  const peran = narasiOpd(bahan.narasi, "peran_organisasi");
  const isu = narasiOpd(bahan.narasi, "isu_strategis");
  return [
    judul(1, "BAB I", "PENDAHULUAN"),
    paragraf(
      `Laporan Kinerja Instansi Pemerintah ${bahan.opd.nama} Tahun ${bahan.tahun} disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, sebagai pertanggungjawaban atas capaian kinerja dan penggunaan anggaran tahun ${bahan.tahun}.`,
    ),
    judul(2, "1.1", "Kondisi Umum"),
    ...kondisiUmum(bahan),
    judul(2, "1.2", "Data Umum Organisasi"),
    ...dataUmum(bahan, n),
    judul(2, "1.3", "Struktur Organisasi"),
    bagan === null
      ? paragraf("Susunan unit kerja belum dicatat.")
      : { jenis: "bagan", nomor: n.gambar(), judul: `Struktur Organisasi ${bahan.opd.nama}`, akar: bagan },
    judul(2, "1.4", "Peran Organisasi"),
    ...(peran.length > 0 ? peran : ["Uraian peran organisasi belum dicatat."]).map((t) => paragraf(t)),
    judul(2, "1.5", "Isu Strategis"),
    ...(isu.length > 0 ? isu : ["Isu strategis belum dicatat."]).map((t) => paragraf(t)),
    { jenis: "halaman_baru" },
  ];
}
