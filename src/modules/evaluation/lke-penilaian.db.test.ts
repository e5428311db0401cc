import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { dalamTransaksi } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { bacaPaketLke } from "./lke-paket.ts";
import {
  ajukanPenilaianMandiri,
  bacaPenilaianLke,
  finalkanPenilaianLke,
  mulaiPenilaianLke,
  riwayatPenilaianLke,
  simpanJawabanLke,
} from "./lke-penilaian.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** Every criterion answered `dasar`, except the ones given. */
async function semua(dasar: string, kecuali: Record<string, string>) {
  const paket = await bacaPaketLke();
  return [...paket.kriteriaPerKode.keys()].map((kode) => ({
    kode,
    jawaban: kecuali[kode] ?? dasar,
    catatan: null,
  }));
}

async function siapkan(trx: Transaction<DB>) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const opd: Cakupan = { pemdaId, opdId, pelaku: "perencana.uji" };
  const evaluator: Cakupan = { pemdaId, opdId: null, pelaku: "evaluator.uji" };
  return { pemdaId, opdId, opd, evaluator };
}

async function hitungBaris(trx: Transaction<DB>) {
  const [j, a, p] = await Promise.all([
    trx
      .selectFrom("lke_jawaban")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    trx
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    trx.selectFrom("lke_penilaian").select(["id", "status"]).orderBy("id").execute(),
  ]);
  return { jawaban: Number(j.n), audit: Number(a.n), penilaian: p };
}

// Hand-worked (decisions.md "LKE AKIP"): evaluator all B (70 %) except 1.a.1 AA, 1.b.1 A, 4.c.5 E.
// 1.a: (100 + 5×70)/6 = 75 % × 6/100 = 4,50 · 1.b: (90 + 10×70)/11 = 71,8181… % × 9/100 = 6,4636… → 6,46
// 4.c: (4×70 + 0)/5 = 56 % × 12,5/100 = 7,00 · every other sub-komponen 70 % of its weight
// komponen 1 = 4,5 + 6,4636… + 10,5 = 21,4636… → 21,46 · 2 = 21,00 · 3 = 10,50 · 4 = 3,5 + 5,25 + 7 = 15,75
// total = 21,4636… + 21 + 10,5 + 15,75 = 68,7136… → 68,71, predikat B (Baik: > 60)
const KECUALI_EVALUATOR = { "1.a.1": "AA", "1.b.1": "A", "4.c.5": "E" };
// Self-assessment all BB (80 %) except 2.c.1 D (30 %): 2.c = (9×80 + 30)/10 = 75 % × 15/100 = 11,25;
// komponen 2 = 4,8 + 7,2 + 11,25 = 23,25; total = 80 − 0,75 = 79,25, predikat BB (Sangat Baik: > 70)
const KECUALI_MANDIRI = { "2.c.1": "D" };

describe("LKE assessment service", () => {
  it("reads the demo's submitted self-assessment of Malili 2024 with its totals and automatic evidence", () =>
    dalamRollback(b, async (trx) => {
      const { opdId, evaluator } = await siapkan(trx);
      const p = await bacaPenilaianLke(trx, evaluator, opdId, 2024);
      expect(p?.status).toBe("evaluasi");
      expect(p?.paket.id).toBe("permenpanrb-88-2021-pemda");
      expect(p?.jawaban.size).toBe(80);
      expect(p?.jawaban.get("1.a.3")).toMatchObject({
        mandiri: "BB",
        catatanMandiri: "Renstra Kecamatan Malili 2021–2026 telah ditetapkan.",
        evaluator: null,
      });
      // hand-worked in seeds: 4,90 + 6,0545… + 9,9375 = 20,89 · total 65,7682… → 65,77 B
      expect(p?.hasilMandiri?.komponen.map((k) => k.nilai)).toEqual(["20.89", "19.15", "9.89", "15.83"]);
      expect(p?.hasilMandiri?.nilaiAkhir).toBe("65.77");
      expect(p?.hasilMandiri?.predikat).toEqual({ huruf: "B", sebutan: "Baik" });
      expect(p?.hasilEvaluator).toBeNull();
      expect(p?.jawaban.get("1.a.3")?.bukti).toEqual([
        {
          jenis: "otomatis",
          uraian: "Renstra 2021–2026 tersedia di Terukur",
          tautan: "/opd/malili/renstra",
          terpenuhi: true,
        },
      ]);
      expect(p?.jawaban.get("4.c.1")?.bukti[0]).toMatchObject({
        jenis: "otomatis",
        tautan: "/opd/malili/rekomendasi",
        terpenuhi: false,
      });
      expect(await bacaPenilaianLke(trx, evaluator, opdId, 2023)).toBeNull();
    }));

  it("scores both sides exactly from a small mixed answer set", () =>
    dalamRollback(b, async (trx) => {
      const { opdId, opd, evaluator } = await siapkan(trx);
      await mulaiPenilaianLke(trx, opd, "perencana", opdId, 2025);
      await simpanJawabanLke(
        trx,
        opd,
        "perencana",
        opdId,
        2025,
        "mandiri",
        await semua("BB", KECUALI_MANDIRI),
      );
      let p = await bacaPenilaianLke(trx, opd, opdId, 2025, { buktiOtomatis: false });
      expect(p?.hasilMandiri?.komponen.map((k) => k.nilai)).toEqual(["24.00", "23.25", "12.00", "20.00"]);
      expect(p?.hasilMandiri?.komponen[1]?.subKomponen[2]).toMatchObject({
        kode: "2.c",
        rataRataPersen: "75.00",
        nilai: "11.25",
      });
      expect(p?.hasilMandiri?.nilaiAkhir).toBe("79.25");
      expect(p?.hasilMandiri?.predikat).toEqual({ huruf: "BB", sebutan: "Sangat Baik" });
      await ajukanPenilaianMandiri(trx, opd, "perencana", opdId, 2025);
      const daftar = await semua("B", KECUALI_EVALUATOR);
      // half of the evaluator's answers: no total yet
      await simpanJawabanLke(trx, evaluator, "evaluator", opdId, 2025, "evaluator", daftar.slice(0, 40));
      p = await bacaPenilaianLke(trx, opd, opdId, 2025, { buktiOtomatis: false });
      expect(p?.hasilEvaluator).toBeNull();
      await simpanJawabanLke(trx, evaluator, "evaluator", opdId, 2025, "evaluator", daftar.slice(40));
      p = await bacaPenilaianLke(trx, opd, opdId, 2025, { buktiOtomatis: false });
      const h = p?.hasilEvaluator;
      expect(h?.komponen.map((k) => k.nilai)).toEqual(["21.46", "21.00", "10.50", "15.75"]);
      expect(h?.komponen[0]?.subKomponen.map((s) => [s.kode, s.rataRataPersen, s.nilai])).toEqual([
        ["1.a", "75.00", "4.50"],
        ["1.b", "71.82", "6.46"],
        ["1.c", "70.00", "10.50"],
      ]);
      expect(h?.komponen[3]?.subKomponen[2]).toMatchObject({ rataRataPersen: "56.00", nilai: "7.00" });
      expect(h?.nilaiAkhir).toBe("68.71");
      expect(h?.predikat).toEqual({ huruf: "B", sebutan: "Baik" });
      // the self-assessment is still there, unchanged, beside it
      expect(p?.hasilMandiri?.nilaiAkhir).toBe("79.25");
    }));

  it("refuses bad answers, naming the criterion, and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { opdId, opd, evaluator } = await siapkan(trx);
      await mulaiPenilaianLke(trx, opd, "perencana", opdId, 2025);
      const sebelum = await hitungBaris(trx);
      const kasus: [Parameters<typeof simpanJawabanLke>, string][] = [
        [
          [
            trx,
            opd,
            "perencana",
            opdId,
            2025,
            "mandiri",
            [
              { kode: "1.a.1", jawaban: "A", catatan: null },
              { kode: "9.z.9", jawaban: "A", catatan: null },
            ],
          ],
          "Kriteria 9.z.9 tidak ada di paket permenpanrb-88-2021-pemda.",
        ],
        [
          [
            trx,
            opd,
            "perencana",
            opdId,
            2025,
            "mandiri",
            [
              { kode: "1.a.1", jawaban: "A", catatan: null },
              { kode: "1.a.2", jawaban: "F", catatan: null },
            ],
          ],
          'Jawaban kriteria 1.a.2 "F" harus salah satu dari AA, A, BB, B, CC, C, D, E.',
        ],
        [
          [
            trx,
            opd,
            "perencana",
            opdId,
            2025,
            "mandiri",
            [
              { kode: "1.a.1", jawaban: "A", catatan: null },
              { kode: "1.a.1", jawaban: "B", catatan: null },
            ],
          ],
          "Kriteria 1.a.1 dikirim lebih dari sekali.",
        ],
        [
          [trx, opd, "perencana", opdId, 2025, "evaluator", [{ kode: "1.a.1", jawaban: "A", catatan: null }]],
          "Jawaban evaluator kriteria 1.a.1 hanya dapat diisi oleh evaluator.",
        ],
        [
          [
            trx,
            opd,
            "kepala_seksi",
            opdId,
            2025,
            "mandiri",
            [{ kode: "1.a.1", jawaban: "A", catatan: null }],
          ],
          "Penilaian mandiri kriteria 1.a.1 hanya dapat diisi oleh perencana atau pimpinan perangkat daerah.",
        ],
        [
          [
            trx,
            evaluator,
            "evaluator",
            opdId,
            2025,
            "evaluator",
            [{ kode: "1.a.1", jawaban: "A", catatan: null }],
          ],
          "Penilaian evaluator tahun 2025 belum dibuka; buka penilaian evaluator dahulu sebelum mengisi kriteria 1.a.1",
        ],
        [
          [trx, opd, "perencana", opdId, 2030, "mandiri", [{ kode: "1.a.1", jawaban: "A", catatan: null }]],
          "Penilaian LKE tahun 2030 belum dimulai",
        ],
      ];
      for (const [argumen, pesan] of kasus) {
        await expect(simpanJawabanLke(...argumen)).rejects.toThrow(pesan);
      }
      // the OPD's side after submission (the demo 2024 is submitted)
      await expect(
        simpanJawabanLke(trx, opd, "perencana", opdId, 2024, "mandiri", [
          { kode: "2.a.1", jawaban: "A", catatan: null },
        ]),
      ).rejects.toThrow(
        "Penilaian mandiri tahun 2024 sudah diajukan; kriteria 2.a.1 tidak dapat diubah lagi oleh perangkat daerah",
      );
      await expect(mulaiPenilaianLke(trx, opd, "perencana", opdId, 2025)).rejects.toThrow(
        "Penilaian LKE tahun 2025 sudah dimulai untuk perangkat daerah ini",
      );
      await expect(mulaiPenilaianLke(trx, opd, "kepala_seksi", opdId, 2026)).rejects.toThrow(
        "Penilaian LKE hanya dapat dimulai oleh perencana atau pimpinan perangkat daerah, atau evaluator.",
      );
      await expect(ajukanPenilaianMandiri(trx, opd, "perencana", opdId, 2024)).rejects.toThrow(
        "Penilaian mandiri tahun 2024 sudah diajukan",
      );
      await expect(finalkanPenilaianLke(trx, opd, "perencana", opdId, 2024)).rejects.toThrow(
        "Nilai LKE hanya dapat difinalkan oleh evaluator.",
      );
      await expect(finalkanPenilaianLke(trx, evaluator, "evaluator", opdId, 2025)).rejects.toThrow(
        "Penilaian LKE tahun 2025 masih penilaian mandiri; buka penilaian evaluator dahulu",
      );
      // another OPD's planner cannot touch Malili
      const burau = await trx
        .selectFrom("opd")
        .select("id")
        .where("kode", "=", "burau")
        .executeTakeFirstOrThrow();
      const lain: Cakupan = { pemdaId: opd.pemdaId, opdId: burau.id, pelaku: "perencana.burau" };
      await expect(
        simpanJawabanLke(trx, lain, "perencana", opdId, 2025, "mandiri", [
          { kode: "1.a.1", jawaban: "A", catatan: null },
        ]),
      ).rejects.toThrow("berada di luar cakupan Anda");
      expect(await hitungBaris(trx)).toEqual(sebelum);
    }));

  it("refuses to finalise with missing evaluator answers, listing how many and the first codes", () =>
    dalamRollback(b, async (trx) => {
      const { opdId, evaluator } = await siapkan(trx);
      await simpanJawabanLke(
        trx,
        evaluator,
        "evaluator",
        opdId,
        2024,
        "evaluator",
        (await semua("B", {})).slice(3),
      );
      const sebelum = await hitungBaris(trx);
      await expect(finalkanPenilaianLke(trx, evaluator, "evaluator", opdId, 2024)).rejects.toThrow(
        "3 kriteria belum dijawab evaluator (1.a.1, 1.a.2, 1.a.3); nilai belum dapat difinalkan",
      );
      expect(await hitungBaris(trx)).toEqual(sebelum);
    }));

  it("finalises Malili 2024: evaluasi_hasil and the Nilai LAKIP realisation get the exact score; answers lock", () =>
    dalamRollback(b, async (trx) => {
      const { opdId, evaluator } = await siapkan(trx);
      await simpanJawabanLke(
        trx,
        evaluator,
        "evaluator",
        opdId,
        2024,
        "evaluator",
        await semua("B", KECUALI_EVALUATOR),
      );
      const { hasil, evaluasiId, realisasiIds } = await finalkanPenilaianLke(
        trx,
        evaluator,
        "evaluator",
        opdId,
        2024,
      );
      expect(hasil.nilaiAkhir).toBe("68.71");
      const eh = await trx
        .selectFrom("evaluasi_hasil")
        .selectAll()
        .where("id", "=", evaluasiId)
        .executeTakeFirstOrThrow();
      expect([eh.tahun, Number(eh.nilai)]).toEqual([2024, 68.71]);
      const real = await trx
        .selectFrom("realisasi_indikator as r")
        .innerJoin("indikator as i", "i.id", "r.indikator_id")
        .select(["r.id", "r.nilai", "r.tahun", "r.evaluasi_id", "i.sumber_otomatis", "i.opd_id"])
        .where("r.id", "in", realisasiIds)
        .execute();
      expect(real).toHaveLength(1);
      expect(real[0]).toMatchObject({
        tahun: 2024,
        evaluasi_id: evaluasiId,
        sumber_otomatis: "nilai_lakip",
        opd_id: opdId,
      });
      expect(Number(real[0]?.nilai)).toBe(68.71);
      const p = await bacaPenilaianLke(trx, evaluator, opdId, 2024, { buktiOtomatis: false });
      expect(p).toMatchObject({ status: "final", evaluasiId, difinalkanOleh: "evaluator.uji" });
      const audit = await trx
        .selectFrom("audit_log")
        .select(["tabel", "aksi"])
        .where("tabel", "in", ["lke_penilaian", "evaluasi_hasil"])
        .where("pelaku", "=", "evaluator.uji")
        .execute();
      expect(audit).toEqual(
        expect.arrayContaining([
          { tabel: "evaluasi_hasil", aksi: "buat" },
          { tabel: "lke_penilaian", aksi: "ubah" },
        ]),
      );
      // the service refuses, and the database trigger refuses even a direct change (SQLSTATE TK001)
      await expect(
        simpanJawabanLke(trx, evaluator, "evaluator", opdId, 2024, "evaluator", [
          { kode: "1.a.1", jawaban: "E", catatan: null },
        ]),
      ).rejects.toThrow("Penilaian LKE tahun 2024 sudah final dan terkunci; jawabannya tidak dapat diubah");
      await expect(
        dalamTransaksi(trx, (t) =>
          t
            .updateTable("lke_jawaban")
            .set({ jawaban_evaluator: "E" })
            .where("penilaian_id", "=", p?.id ?? 0)
            .where("kriteria_kode", "=", "1.a.1")
            .execute(),
        ),
      ).rejects.toMatchObject({ code: "TK001" });
      const tetap = await trx
        .selectFrom("lke_jawaban")
        .select("jawaban_evaluator")
        .where("penilaian_id", "=", p?.id ?? 0)
        .where("kriteria_kode", "=", "1.a.1")
        .executeTakeFirstOrThrow();
      expect(tetap.jawaban_evaluator).toBe("AA");
    }));

  it("refuses to finalise a year whose Nilai LAKIP was typed before, and lists earlier years for comparison", () =>
    dalamRollback(b, async (trx) => {
      const { opdId, opd, evaluator } = await siapkan(trx);
      await mulaiPenilaianLke(trx, evaluator, "evaluator", opdId, 2023);
      await ajukanPenilaianMandiri(trx, evaluator, "evaluator", opdId, 2023);
      await simpanJawabanLke(trx, evaluator, "evaluator", opdId, 2023, "evaluator", await semua("B", {}));
      await expect(finalkanPenilaianLke(trx, evaluator, "evaluator", opdId, 2023)).rejects.toThrow(
        "Nilai LAKIP tahun 2023 sudah tercatat (66,00) sebelum penilaian ini; nilai yang sudah tercatat tidak ditimpa",
      );
      const r = await riwayatPenilaianLke(trx, opd, opdId);
      expect(r.map((x) => [x.tahun, x.sumber, x.status, x.nilai, x.predikat?.huruf ?? null])).toEqual([
        [2020, "evaluasi_hasil", null, "42.31", "C"],
        [2021, "evaluasi_hasil", null, "53.28", "CC"],
        [2022, "evaluasi_hasil", null, "66.65", "B"],
        [2023, "lke", "evaluasi", "66", "B"],
        [2024, "lke", "evaluasi", null, null],
      ]);
    }));
});
