import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import { siapkanDuaOpd, siapkanRenstra } from "../planning/fixture-uji.ts";
import {
  buatJenisLayanan,
  buatKodeSekali,
  buatKuesionerKhusus,
  buatPeriodeSkm,
  buatUnitLayanan,
  formulirUnit,
  HURUF_KODE_SEKALI,
  hasilPeriode,
  type InputRespons,
  kirimRespons,
  terapkanIkmKeIku,
  UNSUR_PERMENPANRB_14_2017,
} from "./survey.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function galatDari(janji: Promise<unknown>): Promise<GalatTerukur> {
  const e = await janji.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GalatTerukur);
  return e as GalatTerukur;
}

async function hitung(db: Db) {
  const n = async (t: "skm_respons" | "skm_jawaban") =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((e) => e.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const kodeTerpakai = await db
    .selectFrom("skm_kode_sekali")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("dipakai_pada", "is not", null)
    .executeTakeFirstOrThrow();
  return {
    respons: await n("skm_respons"),
    jawaban: await n("skm_jawaban"),
    kodeTerpakai: Number(kodeTerpakai.n),
  };
}

const SEMUA_3 = { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };

/** Kecamatan A: loket-a, service types, a yearly 2024 period bound to IK1 (100 users); kecamatan B: codes required. */
async function siapkan(trx: Db) {
  const o = await siapkanDuaOpd(trx);
  const { indikatorId } = await siapkanRenstra(trx, o.admin, o.opdId);
  await buatUnitLayanan(trx, o.petugas, o.opdId, { kode: "loket-a", nama: "Loket A" });
  await buatJenisLayanan(trx, o.petugas, o.opdId, { kode: "ktp", nama: "KTP" });
  await buatJenisLayanan(trx, o.petugas, o.opdId, { kode: "kk", nama: "KK" });
  const periodeId = await buatPeriodeSkm(trx, o.petugas, o.opdId, {
    tahun: 2024,
    periodeJenis: "tahun",
    periodeKe: 1,
    mulai: "2024-01-01",
    selesai: "2024-12-31",
    jumlahPengguna: 100,
    indikatorKode: "IK1",
  });
  await buatUnitLayanan(trx, o.petugasLain, o.opdLainId, { kode: "loket-b", nama: "Loket B" });
  const periodeKodeId = await buatPeriodeSkm(trx, o.petugasLain, o.opdLainId, {
    tahun: 2024,
    periodeJenis: "tahun",
    periodeKe: 1,
    mulai: "2024-01-01",
    selesai: "2024-12-31",
    jumlahPengguna: null,
    indikatorKode: null,
    kodeSekaliPakai: true,
  });
  return { ...o, indikatorId, periodeId, periodeKodeId };
}

const dasar: InputRespons = {
  kodeUnit: "loket-a",
  tanggal: "2024-05-02",
  jawaban: SEMUA_3,
  sumber: "formulir",
};

describe("kirimRespons refuses bad input and stores nothing", () => {
  it.each<[string, Partial<InputRespons>, string]>([
    [
      "no period on the date",
      { tanggal: "2023-05-02" },
      "Tidak ada periode survei yang berjalan untuk Loket A pada tanggal 2023-05-02",
    ],
    ["a date that does not exist", { tanggal: "2024-02-30" }, "tanggal: Tanggal tidak ada di kalender"],
    ["an unknown unit", { kodeUnit: "loket-z" }, 'Unit layanan "loket-z" tidak ditemukan'],
    [
      "an answer above 4",
      { jawaban: { ...SEMUA_3, U3: 5 } },
      "jawaban.U3: jawaban harus bilangan bulat 1 sampai 4; tertulis 5",
    ],
    [
      "an answer below 1",
      { jawaban: { ...SEMUA_3, U3: 0 } },
      "jawaban.U3: jawaban harus bilangan bulat 1 sampai 4; tertulis 0",
    ],
    [
      "a fractional answer",
      { jawaban: { ...SEMUA_3, U7: 2.5 } },
      "jawaban.U7: jawaban harus bilangan bulat 1 sampai 4; tertulis 2.5",
    ],
    [
      "a required unsur left blank",
      { jawaban: { ...SEMUA_3, U5: null } },
      "jawaban.U5: unsur Produk Spesifikasi Jenis Pelayanan wajib dijawab",
    ],
    [
      "a required unsur missing",
      { jawaban: { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3 } },
      "jawaban.U9: unsur Penanganan Pengaduan, Saran dan Masukan wajib dijawab",
    ],
    [
      "an unknown unsur key",
      { jawaban: { ...SEMUA_3, U10: 4 } },
      'jawaban.U10: unsur "U10" tidak ada dalam kuesioner ini',
    ],
    ["oversized suggestion text", { saran: "a".repeat(2001) }, "saran: Saran paling panjang 2000 karakter"],
    ["a sex outside the list", { jenisKelamin: "X" as "L" }, "jenisKelamin: Jenis kelamin harus L atau P"],
    ["an age outside 10–120", { usia: 9 }, "usia: Usia harus antara 10 dan 120 tahun"],
    [
      "an education outside the list",
      { pendidikan: "S4" as "SD" },
      "pendidikan: Pendidikan harus salah satu dari SD, SMP, SMA, D1-D3, D4-S1, S2-S3, lainnya",
    ],
    [
      "an occupation outside the list",
      { pekerjaan: "petani" as "PNS" },
      "pekerjaan: Pekerjaan harus salah satu dari PNS, TNI/POLRI, swasta, wirausaha, pelajar/mahasiswa, lainnya",
    ],
    [
      "an unknown service type",
      { jenisLayananKode: "paspor" },
      'jenisLayananKode: jenis layanan "paspor" tidak dikenal di Kecamatan A',
    ],
  ])("%s", (_nama, ubah, pesan) =>
    dalamRollback(b, async (trx) => {
      await siapkan(trx);
      const e = await galatDari(kirimRespons(trx, { ...dasar, ...ubah }));
      expect(e.message).toBe(pesan);
      expect(await hitung(trx)).toEqual({ respons: 0, jawaban: 0, kodeTerpakai: 0 });
    }),
  );

  it("one-time codes: missing, unknown and reused codes are refused; a fresh code is used once", () =>
    dalamRollback(b, async (trx) => {
      const s = await siapkan(trx);
      const kode = await buatKodeSekali(trx, s.petugasLain, s.periodeKodeId, 3);
      expect(kode).toHaveLength(3);
      for (const k of kode) expect(k).toMatch(new RegExp(`^[${HURUF_KODE_SEKALI}]{8}$`));
      const b2 = { ...dasar, kodeUnit: "loket-b" };
      expect((await galatDari(kirimRespons(trx, b2))).message).toBe(
        "kodeSekali: kode sekali pakai dari struk layanan wajib diisi",
      );
      expect((await galatDari(kirimRespons(trx, { ...b2, kodeSekali: "AAAAAAAA" }))).message).toBe(
        "kodeSekali: kode AAAAAAAA tidak dikenal untuk periode survei ini",
      );
      expect(await hitung(trx)).toEqual({ respons: 0, jawaban: 0, kodeTerpakai: 0 });
      const k0 = kode[0] ?? "";
      // typed in lower case with a dash, as people copy a receipt
      const r = await kirimRespons(trx, {
        ...b2,
        kodeSekali: `${k0.slice(0, 4).toLowerCase()}-${k0.slice(4)}`,
      });
      expect(r.periodeId).toBe(s.periodeKodeId);
      expect(await hitung(trx)).toEqual({ respons: 1, jawaban: 9, kodeTerpakai: 1 });
      expect((await galatDari(kirimRespons(trx, { ...b2, kodeSekali: k0 }))).message).toBe(
        `kodeSekali: kode ${k0} sudah dipakai; setiap kode hanya berlaku untuk satu isian`,
      );
      expect(await hitung(trx)).toEqual({ respons: 1, jawaban: 9, kodeTerpakai: 1 });
    }));
});

describe("survey set-up", () => {
  it("refuses a custom questionnaire whose weights do not sum to 1, and accepts one that does", () =>
    dalamRollback(b, async (trx) => {
      const s = await siapkan(trx);
      const unsur = (bobot: string[]) =>
        bobot.map((x, i) => ({
          kunci: `K${i + 1}`,
          nama: `Unsur ${i + 1}`,
          pertanyaan: `Pertanyaan ${i + 1}?`,
          bobot: x,
          label: ["Buruk", "Cukup", "Baik", "Sangat baik"] as [string, string, string, string],
          wajib: i < 2,
        }));
      const e = await galatDari(
        buatKuesionerKhusus(trx, s.admin, {
          kode: "khusus",
          nama: "Khusus",
          sumber: "Uji",
          unsur: unsur(["1/2", "1/4", "1/8"]),
        }),
      );
      expect(e.message).toBe(
        "unsur: Jumlah bobot seluruh unsur harus tepat 1 (PermenPANRB 14/2017); tertulis 7/8.",
      );
      const n = await trx
        .selectFrom("skm_kuesioner")
        .select((x) => x.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(1);

      await buatKuesionerKhusus(trx, s.admin, {
        kode: "khusus",
        nama: "Khusus",
        sumber: "Uji",
        unsur: unsur(["1/2", "1/4", "1/8", "1/8"]),
      });
      const pid = await buatPeriodeSkm(trx, s.petugas, s.opdId, {
        tahun: 2025,
        periodeJenis: "triwulan",
        periodeKe: 1,
        mulai: "2025-01-01",
        selesai: "2025-03-31",
        jumlahPengguna: 10,
        indikatorKode: null,
        kuesionerKode: "khusus",
      });
      const f = await formulirUnit(trx, "loket-a", "2025-02-01");
      expect(f.periode?.id).toBe(pid);
      expect(f.unsur.map((u) => [u.kunci, u.wajib])).toEqual([
        ["K1", true],
        ["K2", true],
        ["K3", false],
        ["K4", false],
      ]);
      expect(
        (await galatDari(kirimRespons(trx, { ...dasar, tanggal: "2025-02-01", jawaban: SEMUA_3 }))).message,
      ).toBe('jawaban.U1: unsur "U1" tidak ada dalam kuesioner ini');
      // optional K3/K4 may stay blank; NRR per unsur uses only the answers given
      await kirimRespons(trx, { ...dasar, tanggal: "2025-02-01", jawaban: { K1: 4, K2: 3, K3: 2, K4: 1 } });
      await kirimRespons(trx, { ...dasar, tanggal: "2025-02-01", jawaban: { K1: 4, K2: 3, K3: null } });
      const h = await hasilPeriode(trx, s.petugas, pid);
      expect(h.hasil?.perUnsur.map((u) => [u.kunci, u.jumlah, u.responden, u.nrr])).toEqual([
        ["K1", "8", 2, "4.0000"],
        ["K2", "6", 2, "3.0000"],
        ["K3", "2", 1, "2.0000"],
        ["K4", "1", 1, "1.0000"],
      ]);
      expect(h.hasil?.ikm).toBe("78.13");
      expect(h.sampel).toEqual({ jumlahPengguna: 10, minimum: 10, cukup: false });
    }));

  it("refuses an IKU outside the Renstra years, an unknown questionnaire, a duplicate period and another OPD", () =>
    dalamRollback(b, async (trx) => {
      const s = await siapkan(trx);
      const periode = {
        tahun: 2027,
        periodeJenis: "tahun" as const,
        periodeKe: 1,
        mulai: "2027-01-01",
        selesai: "2027-12-31",
        indikatorKode: "IK1",
      };
      expect((await galatDari(buatPeriodeSkm(trx, s.petugas, s.opdId, periode))).message).toBe(
        "indikatorKode: tidak ada Renstra perangkat daerah ini yang meliputi tahun 2027",
      );
      expect(
        (
          await galatDari(
            buatPeriodeSkm(trx, s.petugas, s.opdId, { ...periode, indikatorKode: null, kuesionerKode: "x" }),
          )
        ).message,
      ).toBe('kuesionerKode: kuesioner "x" tidak ditemukan');
      expect(
        (
          await galatDari(
            buatPeriodeSkm(trx, s.petugas, s.opdId, {
              ...periode,
              tahun: 2024,
              mulai: "2024-01-01",
              selesai: "2024-12-31",
            }),
          )
        ).message,
      ).toBe("Periode survei tahun 1 tahun 2024 sudah ada");
      expect(
        (await galatDari(buatUnitLayanan(trx, s.petugasLain, s.opdId, { kode: "x", nama: "X" }))).jenis,
      ).toBe("di_luar_cakupan");
      expect(
        (await galatDari(buatUnitLayanan(trx, s.petugas, s.opdId, { kode: "hasil", nama: "Hasil" }))).message,
      ).toBe('kode: "hasil" dipakai oleh alamat halaman survei; pilih kode lain');
      const unitHasil = await trx
        .selectFrom("skm_unit_layanan")
        .select("id")
        .where("kode", "=", "hasil")
        .execute();
      expect(unitHasil).toHaveLength(0);
      expect((await galatDari(hasilPeriode(trx, s.petugasLain, s.periodeId))).message).toBe(
        "Periode survei tidak ditemukan",
      );
      const n = await trx
        .selectFrom("skm_periode")
        .select((x) => x.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(2);
    }));

  it("terapkanIkmKeIku refuses a period without IKU and one without responses", () =>
    dalamRollback(b, async (trx) => {
      const s = await siapkan(trx);
      expect((await galatDari(terapkanIkmKeIku(trx, s.petugasLain, s.periodeKodeId))).message).toBe(
        "Periode survei tahun 2024 belum dikaitkan dengan indikator kinerja utama (IKU)",
      );
      expect((await galatDari(terapkanIkmKeIku(trx, s.petugas, s.periodeId))).message).toBe(
        "Periode survei tahun 2024 belum memiliki respons; IKM belum dapat diterapkan ke IKU",
      );
      const n = await trx
        .selectFrom("realisasi_indikator")
        .select((x) => x.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(0);
    }));
});

describe("catatRealisasi with skmPeriodeId", () => {
  it("refuses a survey period of another OPD as the link", () =>
    dalamRollback(b, async (trx) => {
      const s = await siapkan(trx);
      const e = await galatDari(
        catatRealisasi(trx, s.admin, {
          indikatorId: s.indikatorId,
          tahun: 2024,
          periode: { jenis: "tahun", ke: 1 },
          nilai: "90",
          skmPeriodeId: s.periodeKodeId,
        }),
      );
      expect(e.message).toBe("Periode survei yang dirujuk tidak ditemukan untuk perangkat daerah ini");
      const n = await trx
        .selectFrom("realisasi_indikator")
        .select((x) => x.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(0);
    }));
});

describe("UNSUR_PERMENPANRB_14_2017", () => {
  it("equals the questionnaire migration 0005 seeds (the CSV command computes without a database)", () =>
    dalamRollback(b, async (trx) => {
      const baris = await trx
        .selectFrom("skm_unsur as u")
        .innerJoin("skm_kuesioner as k", "k.id", "u.kuesioner_id")
        .select(["u.kunci", "u.nama", "u.bobot_pembilang", "u.bobot_penyebut"])
        .where("k.kode", "=", "permenpanrb-14-2017")
        .where("k.pemda_id", "is", null)
        .orderBy("u.urutan")
        .execute();
      expect(
        baris.map((u) => ({
          kunci: u.kunci,
          nama: u.nama,
          bobot: { pembilang: u.bobot_pembilang, penyebut: u.bobot_penyebut },
        })),
      ).toEqual(UNSUR_PERMENPANRB_14_2017);
    }));
});
