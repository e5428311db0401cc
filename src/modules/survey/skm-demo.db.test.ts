import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { daftarRealisasiPeriode } from "../performance/realisasi.service.ts";
import {
  cariPeriodeSkm,
  formulirUnit,
  hasilPeriode,
  type InputRespons,
  kirimRespons,
  terapkanIkmKeIku,
  trenSkm,
} from "./survey.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const jawab = (u1: number, tengah: number, u9: number) => ({
  U1: u1,
  U2: tengah,
  U3: tengah,
  U4: tengah,
  U5: tengah,
  U6: tengah,
  U7: tengah,
  U8: tengah,
  U9: u9,
});

describe("SKM end to end on the Malili demo", () => {
  it("the loader opens a yearly period of the current year, bound to the IKM IKU only inside the Renstra", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024, new Date("2027-03-01T00:00:00Z"));
      const c = { pemdaId, opdId: null, pelaku: "uji" };
      const p = await cariPeriodeSkm(trx, c, opdId, 2027);
      expect(p).toMatchObject({ mulai: "2027-01-01", selesai: "2027-12-31", indikator_id: null });
      const f = await formulirUnit(trx, "loket-pelayanan-malili", "2027-06-01");
      expect(f.unit.nama).toBe("Loket Pelayanan Kantor Camat Malili");
      expect(f.jenisLayanan.map((j) => j.kode)).toEqual([
        "ktp",
        "kk",
        "surat-pindah",
        "surat-rekomendasi",
        "legalisasi",
      ]);
      expect(f.unsur.map((u) => u.kunci)).toEqual(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
      expect(f.unsur[3]?.label).toEqual(["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]);
      expect(f.perluKodeSekali).toBe(false);
      expect((await formulirUnit(trx, "loket-pelayanan-malili", "2028-01-01")).periode).toBeNull();
    }));

  it("responses → hand-checked result → the IKU realisation with the link back, updated on re-apply", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024, new Date("2025-03-01T00:00:00Z"));
      const c = { pemdaId, opdId, pelaku: "uji" };
      const periode = await cariPeriodeSkm(trx, c, opdId, 2025);
      expect(periode.indikator_id).not.toBeNull();
      const dasar = {
        kodeUnit: "loket-pelayanan-malili",
        tanggal: "2025-04-10",
        sumber: "formulir" as const,
      };
      const respons: InputRespons[] = [
        {
          ...dasar,
          jawaban: jawab(4, 4, 4),
          jenisLayananKode: "ktp",
          jenisKelamin: "L",
          usia: 25,
          pendidikan: "SMA",
          pekerjaan: "swasta",
        },
        {
          ...dasar,
          jawaban: jawab(3, 3, 3),
          jenisLayananKode: "kk",
          jenisKelamin: "P",
          usia: 34,
          pendidikan: "D4-S1",
          pekerjaan: "PNS",
        },
        {
          ...dasar,
          jawaban: jawab(3, 3, 2),
          jenisLayananKode: "ktp",
          jenisKelamin: "P",
          usia: 61,
          pendidikan: "SMA",
          pekerjaan: "wirausaha",
          saran: "  Antrean perlu nomor urut  ",
        },
        { ...dasar, jawaban: jawab(4, 3, 3), sumber: "kios" },
      ];
      for (const r of respons) expect((await kirimRespons(trx, r)).periodeId).toBe(periode.id);

      const h = await hasilPeriode(trx, c, periode.id);
      expect(h.responden).toBe(4);
      // U1: 4+3+3+4 = 14 → 3.5; U2–U8: 13 → 3.25; U9: 4+3+2+3 = 12 → 3.0
      // IKM = 25 × (3.5 + 7 × 3.25 + 3) / 9 = 731.25 / 9 = 81.25 → B Baik
      expect(
        h.hasil?.perUnsur.map((u) => [u.kunci, u.jumlah, u.nrr, u.konversi, u.mutu.huruf, u.peringkat]),
      ).toEqual([
        ["U1", "14", "3.5000", "87.50", "B", 9],
        ["U2", "13", "3.2500", "81.25", "B", 2],
        ["U3", "13", "3.2500", "81.25", "B", 3],
        ["U4", "13", "3.2500", "81.25", "B", 4],
        ["U5", "13", "3.2500", "81.25", "B", 5],
        ["U6", "13", "3.2500", "81.25", "B", 6],
        ["U7", "13", "3.2500", "81.25", "B", 7],
        ["U8", "13", "3.2500", "81.25", "B", 8],
        ["U9", "12", "3.0000", "75.00", "C", 1],
      ]);
      expect(h.hasil).toMatchObject({
        ikm: "81.25",
        mutu: { huruf: "B", sebutan: "Baik" },
        terendah: "U9",
        tertinggi: "U1",
      });
      // ktp: R1 + R3 → 25 × (8 × 3.5 + 3) / 9 = 86.11; kk: R2 → 75.00; not given: R4 → 700/9 = 77.78
      expect(h.perJenisLayanan.map((j) => [j.kode, j.responden, j.ikm, j.mutu?.huruf ?? null])).toEqual([
        ["ktp", 2, "86.11", "B"],
        ["kk", 1, "75.00", "C"],
        ["surat-pindah", 0, null, null],
        ["surat-rekomendasi", 0, null, null],
        ["legalisasi", 0, null, null],
        [null, 1, "77.78", "B"],
      ]);
      // P: R2 + R3 → 25 × (8 × 3 + 2.5) / 9 = 73.61
      expect(h.perKelompok.jenisKelamin.map((g) => [g.nama, g.responden, g.ikm])).toEqual([
        ["Laki-laki", 1, "100.00"],
        ["Perempuan", 2, "73.61"],
        ["Tidak diisi", 1, "77.78"],
      ]);
      expect(h.perKelompok.usia.filter((g) => g.responden > 0).map((g) => [g.kode, g.responden])).toEqual([
        ["20-29", 1],
        ["30-39", 1],
        ["60+", 1],
        [null, 1],
      ]);
      expect(h.perKelompok.pendidikan.find((g) => g.kode === "SMA")).toMatchObject({
        responden: 2,
        ikm: "86.11",
      });
      expect(h.sampel).toBeNull();
      expect(h.saran).toEqual(["Antrean perlu nomor urut"]);

      const { realisasiId, ikm } = await terapkanIkmKeIku(trx, c, periode.id);
      expect(ikm).toBe("81.25");
      const baris = await trx
        .selectFrom("realisasi_indikator")
        .selectAll()
        .where("id", "=", realisasiId)
        .executeTakeFirstOrThrow();
      expect(baris).toMatchObject({
        indikator_id: periode.indikator_id,
        tahun: 2025,
        periode_jenis: "tahun",
        periode_ke: 1,
        skm_periode_id: periode.id,
        status: "draf",
      });
      expect(Number(baris.nilai)).toBe(81.25);
      expect(baris.sumber).toMatch(/^SKM tahun 2025 \(4 responden, /);

      // one more respondent answering 1 everywhere: IKM = 25 × (15/5 + 7 × 14/5 + 13/5) / 9 = 630/9 = 70.00 C
      await kirimRespons(trx, { ...dasar, jawaban: jawab(1, 1, 1) });
      const lagi = await terapkanIkmKeIku(trx, c, periode.id);
      expect(lagi).toEqual({ realisasiId, ikm: "70.00" });
      const r = await daftarRealisasiPeriode(trx, c, periode.indikator_id ?? 0);
      expect(r.filter((x) => x.tahun === 2025).map((x) => Number(x.nilai))).toEqual([70]);

      const tren = await trenSkm(trx, c, opdId);
      expect(tren.map((t) => [t.tahun, t.periodeJenis, t.responden, t.ikm, t.mutu?.huruf])).toEqual([
        [2025, "tahun", 5, "70.00", "C"],
      ]);
    }));
});
