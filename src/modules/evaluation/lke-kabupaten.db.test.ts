/**
 * GET /kabupaten/lke over the Malili demo plus two more kecamatan: Malili's 2024 LKE finalised by the evaluator at
 * 71,76 (answers as in reporting/lhe/lhe.db.test.ts), Burau's 2024 score recorded without an LKE at 71,76 too (a
 * tie: both rank 1), Wotu at 60,00 (rank 3, CC: the bounds are exclusive), and the demo's nine other OPDs without a score (no rank). Malili's 2024
 * recommendations: 3, one accepted (33,33 %), one overdue.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { catatHasilEvaluasi } from "./hasil-evaluasi.service.ts";
import { finalkanPenilaianLke, simpanJawabanLke } from "./lke-penilaian.service.ts";
import { tambahRekomendasi } from "./rekomendasi.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const JAWABAN: Record<string, string[]> = {
  "1.a": Array(6).fill("AA"),
  "1.b": ["AA", ...Array(10).fill("BB")],
  "1.c": Array(8).fill("A"),
  "2.a": Array(3).fill("B"),
  "2.b": Array(7).fill("B"),
  "2.c": Array(10).fill("B"),
  "3.a": ["AA", "AA", "A", "A", "BB", "BB"],
  "3.b": Array(9).fill("CC"),
  "3.c": Array(7).fill("BB"),
  "4.a": Array(3).fill("C"),
  "4.b": Array(5).fill("C"),
  "4.c": Array(5).fill("C"),
};

async function idOpd(db: Db, kode: string): Promise<number> {
  return (await db.selectFrom("opd").select("id").where("kode", "=", kode).executeTakeFirstOrThrow()).id;
}

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const c: Cakupan = { pemdaId, opdId: null, pelaku: "evaluator.inspektorat" };
  await simpanJawabanLke(
    trx,
    c,
    "evaluator",
    opdId,
    2024,
    "evaluator",
    Object.entries(JAWABAN).flatMap(([s, j]) =>
      j.map((x, i) => ({ kode: `${s}.${i + 1}`, jawaban: x, catatan: null })),
    ),
  );
  await finalkanPenilaianLke(trx, c, "evaluator", opdId, 2024);
  const dasar = { tahunEvaluasi: 2024, rencanaAksi: null, progres: null, penanggungJawab: null };
  await tambahRekomendasi(trx, c, opdId, {
    ...dasar,
    nomor: 1,
    uraian: "A",
    status: "selesai",
    tenggat: null,
  });
  await tambahRekomendasi(trx, c, opdId, {
    ...dasar,
    nomor: 2,
    uraian: "B",
    status: "proses",
    tenggat: "2020-01-01",
  });
  await tambahRekomendasi(trx, c, opdId, { ...dasar, nomor: 3, uraian: "C", status: "belum", tenggat: null });
  await trx
    .updateTable("rekomendasi")
    .set({ verifikasi: "diterima" })
    .where("opd_id", "=", opdId)
    .where("tahun_evaluasi", "=", 2024)
    .where("nomor", "=", 1)
    .execute();
  const burau = await idOpd(trx, "burau");
  await catatHasilEvaluasi(trx, c, burau, { tahun: 2024, nilai: "71.76", tanggalLhe: null, catatan: null });
  const wotu = await idOpd(trx, "wotu");
  await catatHasilEvaluasi(trx, c, wotu, { tahun: 2024, nilai: "60", tanggalLhe: null, catatan: null });
}

function barisTabel(html: string): string[][] {
  const tbody = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? "";
  return [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((td) =>
      (td[1] ?? "")
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
}

describe("GET /kabupaten/lke", () => {
  it("ranks every OPD by final score (ties share a rank), with status, self-assessment and follow-up", () =>
    dalamRollback(b, async (trx) => {
      await siapkan(trx);
      const app = aplikasiUji(trx);
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const res = await minta(app, evaluator, "GET", "/kabupaten/lke?tahun=2024");
      expect(res.status).toBe(200);
      const html = await res.text();
      const baris = barisTabel(html).map((r) => r.slice(0, 8));
      expect(baris).toHaveLength(12);
      expect(baris.slice(0, 4)).toEqual([
        ["1", "Kecamatan Burau", "Nilai tercatat (tanpa LKE)", "71,76", "BB (Sangat Baik)", "—", "0/0", "0"],
        ["1", "Kecamatan Malili", "Final", "71,76", "BB (Sangat Baik)", "65,77", "1/3 (33,33 %)", "1"],
        [
          "3",
          "Kecamatan Wotu",
          "Nilai tercatat (tanpa LKE)",
          "60,00",
          "CC (Cukup (Memadai))",
          "—",
          "0/0",
          "0",
        ],
        ["—", "Inspektorat Kabupaten Luwu Timur", "Belum dimulai", "—", "—", "—", "0/0", "0"],
      ]);
      expect(baris.slice(4).every((r) => r[0] === "—" && r[2] === "Belum dimulai")).toBe(true);
      expect(html).toContain('href="/api/v1/opd/malili/dokumen/lhe/2024.pdf"');

      // sorted by the self-assessment score, descending: scores first, empty last by name
      const mandiri = barisTabel(
        await (await minta(app, evaluator, "GET", "/kabupaten/lke?tahun=2024&urut=-mandiri")).text(),
      );
      expect(mandiri.slice(0, 3).map((r) => r[1])).toEqual([
        "Kecamatan Malili",
        "Inspektorat Kabupaten Luwu Timur",
        "Kecamatan Angkona",
      ]);

      const csv = await minta(app, evaluator, "GET", "/kabupaten/lke?tahun=2024&format=csv");
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const bait = new Uint8Array(await csv.arrayBuffer());
      expect([...bait.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bait).split("\r\n").slice(0, 3)).toEqual([
        "Peringkat;Kode;Perangkat daerah;Status penilaian;Nilai akhir;Predikat;Nilai mandiri;Rekomendasi;Diterima;% diterima;Melewati tenggat",
        "1;burau;Kecamatan Burau;Nilai tercatat (tanpa LKE);71,76;BB (Sangat Baik);;0;0;;0",
        "1;malili;Kecamatan Malili;Final;71,76;BB (Sangat Baik);65,77;3;1;33,33;1",
      ]);

      // the admin pemda may read it; OPD roles may not
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      expect((await minta(app, admin, "GET", "/kabupaten/lke?tahun=2024")).status).toBe(200);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      expect((await minta(app, perencana, "GET", "/kabupaten/lke")).status).toBe(403);
      expect((await minta(app, evaluator, "GET", "/kabupaten/lke?tahun=20x4")).status).toBe(400);
    }));
});
