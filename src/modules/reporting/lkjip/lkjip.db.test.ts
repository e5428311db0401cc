import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import { susunLkjip } from "../lkjip.service.ts";
import { type Blok, type BlokGrafik, type BlokTabel, type Dokumen, teksPolos } from "../model.ts";
import { JUDUL_ANALISIS } from "./bab3a-sasaran.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const tabel = (d: Dokumen) => d.isi.filter((x): x is BlokTabel => x.jenis === "tabel");
const grafik = (d: Dokumen) => d.isi.filter((x): x is BlokGrafik => x.jenis === "grafik");
const teks = (x: Blok): string =>
  x.jenis === "paragraf" ? teksPolos(x.teks) : x.jenis === "judul" ? `${x.nomor ?? ""} ${x.teks}`.trim() : "";
const semuaTeks = (d: Dokumen) => d.isi.map(teks).filter((t) => t !== "");
const sel = (t: BlokTabel) => t.baris.map((r) => r.sel.map((s) => s.teks));
const cari = (d: Dokumen, judul: RegExp) => {
  const t = tabel(d).find((x) => judul.test(x.judul));
  if (!t) throw new Error(`tabel ${judul} tidak ada`);
  return t;
};

async function lkjipMalili(trx: Parameters<Parameters<typeof dalamRollback>[1]>[0], tanggal?: string) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const opsi = tanggal === undefined ? { kertas: "a4" as const } : { kertas: "f4" as const, tanggal };
  return susunLkjip(trx, { pemdaId, opdId: null, pelaku: "uji" }, opdId, 2024, opsi);
}

describe("susunLkjip on the Malili 2024 demo", () => {
  it("has the chapters in order, every table of the reference, and numbered captions", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      expect(d.jenis).toBe("lkjip");
      expect(d.sampul?.baris).toContain("KECAMATAN MALILI");
      expect(d.sampul?.tahun).toBe("2024");
      const bab = d.isi.filter((x) => x.jenis === "judul" && x.tingkat === 1).map(teks);
      expect(bab).toEqual([
        "KATA PENGANTAR",
        "IKHTISAR EKSEKUTIF",
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "LAMPIRAN",
      ]);
      expect(d.isi.map((x) => x.jenis)).toEqual(
        expect.arrayContaining(["daftar_isi", "daftar_tabel", "daftar_grafik"]),
      );

      const nomor = tabel(d).map((t) => `${t.nomor} ${t.judul}`);
      for (const pola of [
        /^Tabel 1\.1 Jumlah ASN Berdasarkan Golongan$/,
        /^Tabel 1\.2 Jumlah ASN Berdasarkan Pendidikan$/,
        /^Tabel 1\.3 Jumlah ASN Berdasarkan Jabatan$/,
        /^Tabel 1\.4 Jumlah Pegawai Berdasarkan Status Kepegawaian$/,
        /^Tabel 2\.1 Perjanjian Kinerja Camat Malili Tahun 2024$/,
        /^Tabel 2\.2 Program, Kegiatan dan Sub Kegiatan DPA Perubahan Tahun 2024$/,
        /^Tabel 2\.3 Indikator Kinerja Utama/,
        /^Tabel 2\.4 Target Kinerja Renstra/,
        /^Tabel 3\.1 Skala Nilai Peringkat Kinerja$/,
        /^Tabel 3\.\d+ Perbandingan Target dan Realisasi Kinerja Sasaran 1 Tahun 2024$/,
        /^Tabel 3\.\d+ Perbandingan Target dan Realisasi Indeks Kepuasan Masyarakat \(IKM\) Tahun 2021–2024$/,
        /^Tabel 3\.\d+ Perbandingan Realisasi Kinerja Sasaran 1 sampai dengan Tahun 2024 terhadap Target Akhir/,
        /^Tabel 3\.\d+ Perbandingan Target dan Realisasi Kinerja Sasaran 2 Tahun 2024$/,
        /^Tabel 3\.\d+ Perbandingan Target dan Realisasi Nilai LAKIP Tahun 2020–2024$/,
        /^Tabel 3\.\d+ Analisis Jabatan dan Kondisi Pegawai Saat Ini$/,
        /^Tabel 3\.\d+ Realisasi Anggaran Tahun 2024$/,
        /^Tabel 3\.\d+ Tindak Lanjut Rekomendasi Hasil Evaluasi Tahun 2023$/,
        /^Tabel L\.1 Perjanjian Kinerja/,
        /^Tabel L\.2 Daftar Temuan Pemeriksaan Konsistensi$/,
      ]) {
        expect(
          nomor.some((n) => pola.test(n)),
          String(pola),
        ).toBe(true);
      }
      // numbering per chapter, in order, without gaps
      for (const bab of ["1", "2", "3", "L"]) {
        const urut = tabel(d)
          .map((t) => t.nomor)
          .filter((n) => n.startsWith(`Tabel ${bab}.`));
        expect(urut).toEqual(urut.map((_, i) => `Tabel ${bab}.${i + 1}`));
      }
      expect(grafik(d).map((g) => g.nomor)).toEqual(["Grafik 3.1", "Grafik 3.2"]);
      const ikm = grafik(d)[0];
      expect(ikm?.kategori).toEqual(["2021", "2022", "2023", "2024"]);
      expect(ikm?.seri.map((s) => [s.nama, s.tipe, s.nilai])).toEqual([
        ["Target", "garis", [92, 92.27, 93, 93.05]],
        ["Realisasi", "garis", [88.05, 93.26, 93.27, 93.06]],
      ]);
      const bagan = d.isi.find((x) => x.jenis === "bagan");
      expect(bagan).toMatchObject({
        nomor: "Gambar 1.1",
        akar: { label: "Camat", keterangan: "NASIR, SP., M.Si" },
      });
      if (bagan?.jenis === "bagan") {
        expect(bagan.akar.anak.map((a) => a.label)).toEqual([
          "Sekretariat",
          "Seksi Pemerintahan",
          "Seksi Pemberdayaan Masyarakat Desa",
          "Seksi Ketentraman dan Ketertiban Umum",
          "Seksi Pelayanan Umum",
        ]);
        expect(bagan.akar.anak[0]?.anak.map((a) => a.label)).toEqual([
          "Subbagian Perencanaan dan Kepegawaian",
          "Subbagian Umum dan Keuangan",
        ]);
      }
    }));

  it("prints the staffing tables, wilayah and staff sentences from the stored rows", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      expect(sel(cari(d, /Berdasarkan Golongan/))).toEqual([
        ["1", "Golongan IV", "1", "1", "-", "-", "2"],
        ["2", "Golongan III", "2", "3", "3", "2", "10"],
        ["3", "Golongan II", "-", "-", "-", "2", "2"],
        ["4", "Golongan I", "-", "-", "-", "-", "-"],
        ["5", "PPPK", "", "", "", "", "1"],
        ["JUMLAH", "3", "4", "3", "4", "15"],
      ]);
      expect(sel(cari(d, /Status Kepegawaian/)).at(-1)).toEqual(["JUMLAH", "29"]);
      const t = semuaTeks(d);
      expect(t).toContain(
        "Kecamatan Malili memiliki luas wilayah 830,379 km² dan terdiri atas 14 (empat belas) desa dan 1 (satu) kelurahan, dengan 52 (lima puluh dua) dusun/lingkungan dan 139 (seratus tiga puluh sembilan) RT.",
      );
      expect(
        t.some((x) => x.startsWith("Jumlah penduduk Kecamatan Malili pada tahun 2024 sebanyak 45.853 jiwa")),
      ).toBe(true);
      expect(t.some((x) => x.includes("15 (lima belas) orang ASN"))).toBe(true);
      const desa = d.isi.find(
        (x) => x.jenis === "daftar" && x.bernomor && teksPolos(x.butir[0] ?? "") === "Kelurahan Malili",
      );
      expect(desa?.jenis === "daftar" ? desa.butir.length : 0).toBe(15);
    }));

  it("reads the IKM and Nilai LAKIP results as stored: 100,01 % Sangat Tinggi, and '-' with a 'belum' sentence", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      const a1 = sel(cari(d, /Kinerja Sasaran 1 Tahun 2024$/));
      expect(a1).toEqual([
        [
          "1",
          "Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
          "Indeks Kepuasan Masyarakat (IKM)",
          "Nilai",
          "93,05",
          "93,06",
          "100,01",
          "Sangat Tinggi",
        ],
      ]);
      const a2 = sel(cari(d, /Kinerja Sasaran 2 Tahun 2024$/))[0];
      expect(a2?.slice(2)).toEqual(["Nilai LAKIP", "Nilai", "66", "-", "-", "-"]);
      const lakip = sel(cari(d, /Realisasi Nilai LAKIP Tahun 2020–2024/));
      expect(lakip.at(-1)).toEqual(["5", "2024", "66", "-", "-", "-"]);
      expect(lakip[0]).toEqual(["1", "2020", "-", "42,31", "-", "-"]);
      const t = semuaTeks(d);
      expect(t).toContain(
        "Realisasi Indeks Kepuasan Masyarakat (IKM) tahun 2024 sebesar 93,06 dari target 93,05, sehingga capaian kinerjanya 100,01 % dengan predikat Sangat Tinggi.",
      );
      expect(t).toContain(
        "Realisasi Nilai LAKIP tahun 2024 belum dapat diukur karena Inspektorat Kabupaten Luwu Timur belum mengeluarkan Laporan Hasil Evaluasi LAKIP Tahun 2024 saat laporan disusun; capaian kinerjanya terhadap target 66 belum dapat dihitung.",
      );
      expect(
        t.some(
          (x) => x.includes("naik 5,21 dari 2021 ke 2022") && x.includes("turun 0,21 dari 2023 ke 2024"),
        ),
      ).toBe(true);
      expect(
        t.some((x) => x.includes("telah mencapai 98,48 % dari target akhir Renstra tahun 2026 sebesar 94,5")),
      ).toBe(true);
      expect(sel(cari(d, /Skala Nilai Peringkat/))).toEqual([
        ["1", "≥ 91", "Sangat Tinggi"],
        ["2", "≥ 76 dan < 91", "Tinggi"],
        ["3", "≥ 66 dan < 76", "Sedang"],
        ["4", "≥ 51 dan < 66", "Rendah"],
        ["5", "< 51", "Sangat Rendah"],
      ]);
      // no capaian anywhere is a made-up 0
      for (const t of tabel(d)) {
        for (const r of sel(t)) expect(r).not.toContain("0,00");
      }
    }));

  it("gives every sasaran the seven analyses a–g in order", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      const t = semuaTeks(d);
      const awal = t.indexOf(
        "Sasaran 1 Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
      );
      const kedua = t.indexOf(
        "Sasaran 2 Meningkatnya Capaian Kinerja dan Keuangan Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
      );
      const akhir = t.indexOf("B. Realisasi Anggaran");
      expect(awal).toBeGreaterThan(0);
      expect(kedua).toBeGreaterThan(awal);
      expect(akhir).toBeGreaterThan(kedua);
      for (const [dari, sampai] of [
        [awal, kedua],
        [kedua, akhir],
      ] as const) {
        const bagian = t.slice(dari, sampai);
        const posisi = JUDUL_ANALISIS.map((j) => bagian.indexOf(j));
        expect(posisi.every((p) => p > 0)).toBe(true);
        expect([...posisi].sort((x, y) => x - y)).toEqual(posisi);
      }
      // stored narratives are placed by sasaran and budget code
      expect(
        t.some((x) => x.startsWith("Musrenbang Kecamatan Malili dilaksanakan pada Bulan Maret 2024")),
      ).toBe(true);
      expect(
        t
          .slice(kedua, akhir)
          .some((x) => x.startsWith("Berdasarkan tabel di atas dapat diketahui bahwa jumlah dan syarat")),
      ).toBe(true);
    }));

  it("rolls the budget up from sub kegiatan: total 4.445.199.950 / 4.286.256.962 / 96,42, never swapped", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      const t38 = cari(d, /^Realisasi Anggaran Tahun 2024$/);
      expect(sel(t38).at(-1)).toEqual(["TOTAL BELANJA", "4.445.199.950", "4.286.256.962", "96,42"]);
      expect(sel(t38).find((r) => r[0] === "7.01.04")).toEqual([
        "7.01.04",
        "Program Koordinasi Ketentraman dan Ketertiban Umum",
        "18.859.150",
        "16.499.520",
        "87,49",
      ]);
      const kalimat =
        "Pagu anggaran Kecamatan Malili tahun 2024 sebesar Rp 4.445.199.950 dengan realisasi sebesar Rp 4.286.256.962, sehingga serapan anggarannya 96,42 %.";
      const t = semuaTeks(d);
      expect(t.filter((x) => x.includes(kalimat)).length).toBe(3); // ikhtisar, Bab III B, Bab IV
      expect(
        t.some((x) => /menggunakan Anggaran Belanja sebesar Rp\.? 4\.445\.199\.950 dari pagu/.test(x)),
      ).toBe(false);
    }));

  it("prints one figure per program everywhere: Tabel 2.2, Tabel 3.8, the sasaran budget tables and sentences", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      const pagu22 = new Map(
        sel(cari(d, /^Program, Kegiatan dan Sub Kegiatan DPA/))
          .filter((r) => /^\d+\.\d{2}\.\d{2}$/.test(r[0] ?? ""))
          .map((r) => [r[0], r[3]]),
      );
      const t38 = sel(cari(d, /^Realisasi Anggaran Tahun 2024$/));
      const per38 = new Map(
        t38.filter((r) => /^\d+\.\d{2}\.\d{2}$/.test(r[0] ?? "")).map((r) => [r[0], [r[2], r[3], r[4]]]),
      );
      expect(pagu22.size).toBe(6);
      expect([...pagu22.keys()].sort()).toEqual([...per38.keys()].sort());
      for (const [kode, pagu] of pagu22) expect(per38.get(kode)?.[0], kode).toBe(pagu);
      // every kegiatan and sub kegiatan too
      const baris22 = new Map(
        sel(cari(d, /^Program, Kegiatan dan Sub Kegiatan DPA/)).map((r) => [r[0], r[3]]),
      );
      for (const r of t38) if (r[0] !== "TOTAL BELANJA") expect(baris22.get(r[0]), r[0]).toBe(r[2]);
      expect(sel(cari(d, /^Program, Kegiatan dan Sub Kegiatan DPA/)).at(-1)).toEqual([
        "JUMLAH",
        "4.445.199.950",
      ]);
      // the per-sasaran tables (analysis f)
      const tabelF = tabel(d).filter((t) =>
        /^Anggaran dan Realisasi Program Pendukung Sasaran/.test(t.judul),
      );
      expect(tabelF.length).toBe(2);
      let pagu = 0n;
      let realisasi = 0n;
      for (const t of tabelF) {
        for (const r of sel(t)) {
          const kode = r[1]?.split(" ")[0];
          if (r[0] === "JUMLAH") continue;
          expect([r[2], r[3], r[4]], kode).toEqual(per38.get(kode));
          pagu += BigInt((r[2] ?? "").replaceAll(".", ""));
          realisasi += BigInt((r[3] ?? "").replaceAll(".", ""));
        }
      }
      expect([pagu, realisasi]).toEqual([4445199950n, 4286256962n]);
      // every rupiah figure in a budget sentence is one of the table's figures
      const angka38 = new Set(t38.flatMap((r) => (r[0] === "TOTAL BELANJA" ? r.slice(1, 3) : r.slice(2, 4))));
      for (const t of tabelF)
        for (const r of sel(t)) if (r[0] === "JUMLAH") for (const v of r.slice(1, 3)) angka38.add(v);
      const kalimat = semuaTeks(d).filter((x) => /^(Pagu anggaran|Program yang mendukung)/.test(x));
      expect(kalimat.length).toBeGreaterThanOrEqual(5);
      for (const k of kalimat) {
        for (const m of k.matchAll(/Rp ([\d.]+)/g))
          expect(angka38.has(m[1] ?? ""), `${m[1]} in ${k}`).toBe(true);
      }
    }));

  it("is a draft with the findings appendix: the PK prints 14.088.150 as signed, the DPA says 18.859.150", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx);
      expect(d.draf).toBe(true);
      const pk = sel(cari(d, /^Perjanjian Kinerja Camat Malili/));
      expect(pk.find((r) => (r[1] ?? "").startsWith("7.01.04"))?.[2]).toBe("14.088.150");
      expect(pk[0]?.slice(2)).toEqual(["Indeks Kepuasan Masyarakat (IKM)", "93,05"]);
      const temuan = cari(d, /^Daftar Temuan Pemeriksaan Konsistensi$/);
      const galat = sel(temuan).filter((r) => r[1] === "Galat");
      expect(galat.map((r) => r.slice(4))).toEqual(
        expect.arrayContaining([
          ["14.088.150", "18.859.150", "-4.771.000"],
          ["14.859.150", "18.859.150", "-4.000.000"],
          ["637.632.100", "637.602.100", "30.000"],
        ]),
      );
      const judulAkhir = d.isi.filter((x) => x.jenis === "judul").at(-1);
      expect(judulAkhir && teks(judulAkhir)).toBe("Lampiran 3. Daftar Temuan Pemeriksaan Konsistensi");
      expect(
        semuaTeks(d).some(
          (x) => x.startsWith("Ringkasan Survei Kepuasan Masyarakat") && x.includes("2024: 93,06"),
        ),
      ).toBe(true);
    }));

  it("follows up the 2023 recommendations and signs with the given date or a blank date line", () =>
    dalamRollback(b, async (trx) => {
      const d = await lkjipMalili(trx, "2025-02-24");
      expect(d.kertas).toBe("f4");
      const rek = sel(cari(d, /^Tindak Lanjut Rekomendasi/));
      expect(rek.length).toBe(14);
      expect(rek[0]?.[3]).toBe("Dalam proses");
      const ttd = d.isi.filter((x) => x.jenis === "tandatangan");
      expect(ttd[0]).toMatchObject({
        tempat: "Malili",
        tanggal: "24 Februari 2025",
        penandatangan: [{ jabatan: "CAMAT MALILI", nama: "NASIR, SP., M.Si", nip: "198111162010011015" }],
      });
      const opd = await trx
        .selectFrom("opd")
        .select(["id", "pemda_id"])
        .where("kode", "=", "malili")
        .executeTakeFirstOrThrow();
      const mulai = performance.now();
      const tanpa = await susunLkjip(
        trx,
        { pemdaId: opd.pemda_id, opdId: null, pelaku: "uji" },
        opd.id,
        2024,
        { kertas: "a4" },
      );
      expect(performance.now() - mulai).toBeLessThan(5000);
      expect(tanpa.isi.find((x) => x.jenis === "tandatangan")).toMatchObject({ tanggal: "…………… 2025" });
    }));
});
