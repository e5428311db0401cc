import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { susunLkjip } from "../reporting/lkjip.service.ts";
import { type BlokTabel, type Dokumen, teksPolos } from "../reporting/model.ts";
import { renderDocx } from "../reporting/render/docx.ts";
import { bacaNaskah } from "./baca-naskah.ts";
import type { HasilReviu } from "./naskah.ts";
import { periksaLaporan } from "./periksa-laporan.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function lkjip(trx: Transaction<DB>, sesuaikanPk: boolean): Promise<Dokumen> {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  if (sesuaikanPk) {
    // the demo PK keeps the figure the camat signed (Rp 14.088.150) for 7.01.04; null makes it follow the DPA
    await trx
      .updateTable("pk_program")
      .set({ anggaran: null })
      .where("pemda_id", "=", pemdaId)
      .where("kode", "=", "7.01.04")
      .execute();
  }
  return susunLkjip(trx, { pemdaId, opdId: null, pelaku: "uji" }, opdId, 2024, {
    kertas: "a4",
    tanggal: "2025-02-24",
  });
}

async function reviuDocx(dok: Dokumen): Promise<HasilReviu> {
  return periksaLaporan(await bacaNaskah(await renderDocx(dok), "lkjip-malili-2024.docx"));
}

function tabel(dok: Dokumen, judul: RegExp): BlokTabel {
  const t = dok.isi.find((x): x is BlokTabel => x.jenis === "tabel" && judul.test(x.judul));
  if (t === undefined) throw new Error(`tabel ${judul} tidak ada`);
  return t;
}

const hitung = (h: HasilReviu) =>
  h.temuan.filter((t) => t.jenis === "aritmetika" || t.jenis === "antar_tabel");

describe("review of an LKjIP Terukur generated (DOCX)", () => {
  it("finds no arithmetic or cross-table error when the stored data agree", () =>
    dalamRollback(b, async (trx) => {
      const h = await reviuDocx(await lkjip(trx, true));
      expect(hitung(h)).toEqual([]);
      expect(
        h.temuan.filter((t) => t.jenis === "struktur" || t.jenis === "predikat" || t.jenis === "kata_tren"),
      ).toEqual([]);
      expect(h.terbaca.tabel).toBeGreaterThanOrEqual(20);
    }));

  it("on the demo data reports only the PK budget that the consistency checker also flags", () =>
    dalamRollback(b, async (trx) => {
      const h = await reviuDocx(await lkjip(trx, false));
      expect(hitung(h).map((t) => [t.kode, t.stated, t.computed, t.difference])).toEqual([
        ["pagu_antar_tabel", 18859150, 14088150, 4771000],
        ["pagu_antar_tabel", 4445199950, 4440428950, 4771000],
      ]);
      expect(hitung(h)[0]?.pesan).toContain(
        'Pagu "Program Koordinasi Ketentraman dan Ketertiban Umum" berbeda antar tabel: Rp 14.088.150 (Tabel 2.1',
      );
    }));

  it("finds and locates a changed total, a swapped predikat and a contradicting trend word", () =>
    dalamRollback(b, async (trx) => {
      const dok = await lkjip(trx, true);
      const anggaran = tabel(dok, /^Realisasi Anggaran Tahun 2024$/);
      const total = anggaran.baris.findIndex((r) => r.gaya === "jumlah");
      const selTotal = anggaran.baris[total]?.sel[1];
      if (selTotal === undefined) throw new Error("sel total tidak ada");
      expect(selTotal.teks).toBe("4.445.199.950");
      selTotal.teks = "4.445.299.950";

      const capaian = tabel(dok, /^Perbandingan Target dan Realisasi Kinerja Sasaran 1 Tahun 2024$/);
      const selPredikat = capaian.baris[0]?.sel.at(-1);
      if (selPredikat === undefined) throw new Error("sel predikat tidak ada");
      expect(selPredikat.teks).toBe("Sangat Tinggi");
      selPredikat.teks = "Tinggi";

      const tren = dok.isi.find(
        (x) => x.jenis === "paragraf" && teksPolos(x.teks).includes("naik 5,21 dari 2021 ke 2022"),
      );
      if (tren === undefined || tren.jenis !== "paragraf") throw new Error("kalimat tren tidak ada");
      tren.teks = teksPolos(tren.teks).replace(
        "naik 5,21 dari 2021 ke 2022",
        "menurun 5,21 dari 2021 ke 2022",
      );

      const h = await reviuDocx(dok);
      const judulAnggaran = `${anggaran.nomor} ${anggaran.judul}`;
      expect(
        hitung(h).map((t) => [
          t.kode,
          t.lokasi.tabel,
          t.lokasi.baris,
          t.lokasi.kolom,
          t.stated,
          t.computed,
          t.difference,
        ]),
      ).toEqual([
        ["jumlah_baris_tabel", judulAnggaran, total + 1, "Pagu (Rp)", 4445299950, 4445199950, 100000],
        // the changed total also departs from the DPA table's JUMLAH (Tabel 2.2)
        ["pagu_antar_tabel", judulAnggaran, total + 1, "Pagu (Rp)", 4445299950, 4445199950, 100000],
      ]);
      const predikat = h.temuan.filter((t) => t.jenis === "predikat");
      expect(
        predikat.map((t) => [t.kode, t.lokasi.tabel, t.lokasi.baris, t.lokasi.kolom, t.computed]),
      ).toEqual([
        ["predikat_bertentangan_skala", `${capaian.nomor} ${capaian.judul}`, 1, "Predikat", 100.01],
      ]);
      expect(predikat[0]?.pesan).toContain("seharusnya Sangat Tinggi");
      const kata = h.temuan.filter((t) => t.jenis === "kata_tren");
      expect(kata.map((t) => [t.lokasi.kutipan, t.stated, t.computed, t.difference])).toEqual([
        ["Realisasi Indeks Kepuasan Masyarakat (IKM) menurun 5,21 dari 2021 ke 2022", 93.26, 88.05, 5.21],
      ]);
      expect(kata[0]?.lokasi.bab).toBe("BAB III AKUNTABILITAS KINERJA");
      expect(kata[0]?.lokasi.barisBerkas).toBeGreaterThan(0);
    }));
});
