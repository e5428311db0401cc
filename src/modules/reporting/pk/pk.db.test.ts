import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import { type BlokTabel, type BlokTandaTangan, teksPolos } from "../model.ts";
import { susunPk } from "../pk.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const uji = (pemdaId: number) => ({ pemdaId, opdId: null, pelaku: "uji" });

describe("susunPk on the Malili 2024 demo", () => {
  it("prints the form with both parties and the lampiran of Table 2.1 as signed", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const dok = await susunPk(trx, uji(pemdaId), opdId, 2024, { kertas: "f4" });
      expect(dok).toMatchObject({ jenis: "pk", kertas: "f4", draf: false, sampul: null });

      const paragraf = dok.isi.flatMap((x) => (x.jenis === "paragraf" ? [teksPolos(x.teks)] : []));
      const judul = dok.isi.flatMap((x) => (x.jenis === "judul" ? [x.teks] : []));
      expect(judul).toEqual(["PERJANJIAN KINERJA TAHUN 2024", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"]);
      expect(paragraf).toContain("KECAMATAN MALILI");
      expect(paragraf).toContain("Nama : NASIR, SP., M.Si");
      expect(paragraf).toContain("Nama : (nama Bupati)");
      expect(paragraf.join(" ")).toContain("PIHAK PERTAMA berjanji akan mewujudkan target kinerja");
      expect(paragraf.join(" ")).toContain("PIHAK KEDUA akan memberikan supervisi");

      const ttd = dok.isi.filter((x): x is BlokTandaTangan => x.jenis === "tandatangan");
      expect(ttd).toHaveLength(2);
      expect(ttd[0]).toEqual({
        jenis: "tandatangan",
        tempat: "Malili",
        tanggal: null,
        penandatangan: [
          { jabatan: "BUPATI LUWU TIMUR", nama: "(nama Bupati)", nip: null },
          { jabatan: "CAMAT MALILI", nama: "NASIR, SP., M.Si", nip: "198111162010011015" },
        ],
      });

      const tabel = dok.isi.filter((x): x is BlokTabel => x.jenis === "tabel");
      expect(tabel.map((t) => t.nomor)).toEqual(["Tabel 1", "Tabel 2"]);
      const [sasaran, program] = tabel.map((t) => t.baris.map((r) => r.sel.map((s) => s.teks)));
      expect(sasaran).toEqual([
        [
          "1.",
          "Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
          "Indeks Kepuasan Masyarakat (IKM)",
          "93,05 Nilai",
        ],
        [
          "2.",
          "Meningkatnya Capaian Kinerja dan Keuangan Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
          "Nilai LAKIP",
          "66 Nilai",
        ],
      ]);
      expect(program).toEqual([
        ["1.", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "4.002.116.211", "APBD"],
        ["2.", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "4.271.900", "APBD"],
        ["3.", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "336.840.350", "APBD"],
        ["4.", "Program Koordinasi Ketentraman dan Ketertiban Umum", "14.088.150", "APBD"],
        ["5.", "Program Penyelenggaraan Urusan Pemerintahan Umum", "62.445.839", "APBD"],
        ["6.", "Program Pembinaan dan Pengawasan Pemerintahan Desa", "20.666.500", "APBD"],
        ["Jumlah", "4.440.428.950", ""],
      ]);
      expect(tabel[1]?.kepala[0]?.map((k) => k.teks)).toContain("Anggaran (Rp)");
    }));

  it("refuses a tier that has no PK, by name", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      await expect(
        susunPk(trx, uji(pemdaId), opdId, 2024, { kertas: "a4", tingkat: "eselon_iv" }),
      ).rejects.toThrow("Perjanjian Kinerja eselon IV Kecamatan Malili tahun 2024 belum ada");
      await expect(susunPk(trx, uji(pemdaId), opdId, 2023, { kertas: "a4" })).rejects.toThrow(
        "tahun 2023 belum ada",
      );
    }));
});
