import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import { catatRealisasiAnggaran } from "../../budget/budget.service.ts";
import { susunEvaluasiTriwulan } from "../evaluasi-triwulan.service.ts";
import type { BlokDaftar, BlokTabel, Dokumen } from "../model.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const uji = (pemdaId: number) => ({ pemdaId, opdId: null, pelaku: "uji" });
const tabel = (d: Dokumen) => d.isi.find((x): x is BlokTabel => x.jenis === "tabel");
const catatan = (d: Dokumen) => d.isi.find((x): x is BlokDaftar => x.jenis === "daftar")?.butir ?? [];
const teks = (t: BlokTabel | undefined) => t?.baris.map((r) => r.sel.map((s) => s.teks)) ?? [];
const cari = (t: BlokTabel | undefined, awal: string) =>
  teks(t).find((r) => r.some((s) => s.startsWith(awal)));
/** columns 5–14 of a body row as [K, Rp] pairs */
const pasangan = (r: string[] | undefined) =>
  Array.from({ length: 10 }, (_, i) => [r?.[4 + 2 * i], r?.[5 + 2 * i]]);

describe("susunEvaluasiTriwulan on the Malili 2024 demo", () => {
  it("triwulan IV: every program row, the yearly Rp realisation, averages and predikat", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const dok = await susunEvaluasiTriwulan(trx, uji(pemdaId), opdId, 2024, 4, { kertas: "a4" });
      expect(dok.jenis).toBe("evaluasi-triwulan");
      const t = tabel(dok);
      expect(t?.lanskap).toBe(true);
      expect(t?.baris.every((r) => r.sel.reduce((a, s) => a + (s.rentangKolom ?? 1), 0) === 25)).toBe(true);

      const program = t?.baris.filter((r) => r.gaya === "induk").map((r) => r.sel[2]?.teks.slice(0, 7));
      expect(program).toEqual(["7.01.02", "7.01.03", "7.01.04", "7.01.05", "7.01.06", "7.01.01"]);

      const ikm = cari(t, "Indeks Kepuasan Masyarakat");
      expect(ikm?.[1]).toBe(
        "Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
      );
      const lakip = pasangan(cari(t, "Nilai LAKIP")).map(([k]) => k);
      expect(lakip.slice(7)).toEqual(["-", "66 Nilai", "91,67"]);
      expect(pasangan(ikm).map(([k]) => k)).toEqual([
        "94,5 Nilai",
        "93,27 Nilai",
        "93,05 Nilai",
        "-",
        "-",
        "-",
        "-",
        "93,06 Nilai",
        "93,06 Nilai",
        "98,48",
      ]);

      const p04 = cari(t, "7.01.04 ");
      expect(pasangan(p04)).toEqual([
        ["-", "-"],
        ["-", "-"],
        ["100 %", "18.859.150"],
        ["-", "-"],
        ["-", "-"],
        ["-", "-"],
        ["-", "-"],
        ["-", "16.499.520"],
        ["-", "-"],
        ["-", "-"],
      ]);

      const jumlah = cari(t, "Jumlah");
      expect(jumlah?.slice(1, 15)).toEqual([
        "",
        "-",
        "",
        "-",
        "",
        "4.445.199.950",
        "",
        "-",
        "",
        "-",
        "",
        "-",
        "",
        "-",
      ]);
      expect(jumlah?.[16]).toBe("4.286.256.962");

      expect(cari(t, "Rata-rata capaian kinerja")).toEqual([
        "Rata-rata capaian kinerja (%)",
        "100,01",
        "92,67",
        "",
        "",
        "95,08",
        "-",
        "",
      ]);
      expect(cari(t, "Predikat kinerja")).toEqual([
        "Predikat kinerja",
        "Sangat Tinggi",
        "Sangat Tinggi",
        "",
        "",
        "Sangat Tinggi",
        "-",
        "",
      ]);
      expect(cari(t, "Faktor pendorong")?.[1]).toContain("sikap petugas");
      expect(cari(t, "Faktor penghambat")?.[1]).toContain("Kurangnya evaluasi kinerja internal");
      expect(cari(t, "Tindak lanjut yang diperlukan dalam triwulan")?.[1]).toBe("-");
      expect(cari(t, "Tindak lanjut yang diperlukan dalam Renja")?.[1]).toContain(
        "perjanjian kinerja Tahun 2025",
      );

      expect(catatan(dok).join("\n")).toContain("tidak dapat dibagi ke dalam triwulan");
      expect(catatan(dok).join("\n")).toContain("kolom 13 memuat nilai terakhir yang tercatat");
      expect(catatan(dok).join("\n")).toContain("Realisasi anggaran tahun 2021, 2022, 2023 belum tercatat");
      expect(dok.isi.at(-1)).toMatchObject({
        jenis: "tandatangan",
        tempat: "Malili",
        penandatangan: [{ jabatan: "CAMAT MALILI", nama: "NASIR, SP., M.Si", nip: "198111162010011015" }],
      });
    }));

  it("triwulan II: yearly figures are not counted yet, III and IV stay empty", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const dok = await susunEvaluasiTriwulan(trx, uji(pemdaId), opdId, 2024, 2, { kertas: "a4" });
      const t = tabel(dok);
      const p02 = pasangan(cari(t, "7.01.02 "));
      expect(p02.slice(3, 8)).toEqual([
        ["-", "-"],
        ["-", "-"],
        ["", ""],
        ["", ""],
        ["-", "-"],
      ]);
      expect(pasangan(cari(t, "Indeks Kepuasan Masyarakat"))[7]).toEqual(["-", ""]);
      expect(catatan(dok)[0]).toBe("Kolom triwulan III, IV dibiarkan kosong karena belum dievaluasi.");
    }));

  it("a quarterly budget realisation fills its quarter", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const c = uji(pemdaId);
      const sub = await trx
        .selectFrom("dpa_sub_kegiatan as s")
        .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
        .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
        .innerJoin("dpa as d", "d.id", "p.dpa_id")
        .select("s.id")
        .where("d.jenis", "=", "perubahan")
        .where("s.kode", "=", "7.01.02.2.04.0001")
        .executeTakeFirstOrThrow();
      await trx.deleteFrom("realisasi_anggaran").where("dpa_sub_kegiatan_id", "=", sub.id).execute();
      await catatRealisasiAnggaran(trx, c, sub.id, {
        periode: { jenis: "triwulan", ke: 1 },
        jumlah: "1000000",
        catatan: null,
      });
      await catatRealisasiAnggaran(trx, c, sub.id, {
        periode: { jenis: "bulan", ke: 5 },
        jumlah: "250000",
        catatan: null,
      });
      const t = tabel(await susunEvaluasiTriwulan(trx, c, opdId, 2024, 3, { kertas: "a4" }));
      expect(
        pasangan(cari(t, "7.01.02 "))
          .slice(3, 8)
          .map(([, rp]) => rp),
      ).toEqual(["1.000.000", "250.000", "-", "", "1.250.000"]);
    }));
});
