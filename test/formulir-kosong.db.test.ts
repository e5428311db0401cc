import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import type { Basisdata } from "../src/platform/db/database.ts";
import type { Db } from "../src/platform/db/transaction.ts";
import { aplikasiUji } from "./setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "./setup/db.ts";
import { minta, type SesiUji, sesiUji } from "./setup/sesi.ts";

/**
 * Issue 4: bad input on every form gets a clear Indonesian message and nothing is written. Every data-entry
 * form of the application is posted empty (and once with nonsense in every field) by the role that may use
 * it: the answer must be a refusal (400/409) whose page carries the message as an alert, and not one row may
 * change anywhere (the audit log, which every write adds to in the same transaction, and the tables).
 */

type Peran = "perencana" | "kepala_seksi" | "pimpinan" | "evaluator" | "admin_pemda";

const FORMULIR: {
  peran: Peran;
  jalur: (i: Record<string, number>) => string;
  kembaliDenganGalat?: true;
  /** the form's only field is free text, which any words may fill: only the empty post must be refused */
  hanyaTeksBebas?: true;
}[] = [
  { peran: "admin_pemda", jalur: () => "/admin/akun" },
  { peran: "admin_pemda", jalur: (i) => `/admin/akun/${i.akun}/sandi` },
  { peran: "admin_pemda", jalur: () => "/admin/jadwal" },
  { peran: "perencana", jalur: () => "/akun/sandi" },
  { peran: "perencana", jalur: () => "/opd/malili/renstra" },
  { peran: "perencana", jalur: (i) => `/opd/malili/renstra/${i.renstra}/tujuan` },
  { peran: "perencana", jalur: (i) => `/opd/malili/renstra/${i.renstra}/sasaran` },
  { peran: "perencana", jalur: (i) => `/opd/malili/renstra/${i.renstra}/indikator` },
  { peran: "perencana", jalur: (i) => `/opd/malili/renstra/indikator/${i.indikator}` },
  { peran: "perencana", jalur: () => "/opd/malili/pk" },
  { peran: "perencana", jalur: (i) => `/opd/malili/pk/${i.pk}/indikator` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pk/${i.pk}/program` },
  { peran: "perencana", jalur: () => "/opd/malili/dpa" },
  { peran: "perencana", jalur: () => "/opd/malili/dpa/program" },
  { peran: "perencana", jalur: () => "/opd/malili/dpa/kegiatan" },
  { peran: "perencana", jalur: () => "/opd/malili/dpa/sub-kegiatan" },
  { peran: "perencana", jalur: (i) => `/opd/malili/dpa/sub/${i.sub}/realisasi` },
  { peran: "perencana", jalur: () => "/opd/malili/narasi" },
  { peran: "perencana", jalur: () => "/opd/malili/pegawai" },
  { peran: "perencana", jalur: () => "/opd/malili/pegawai/anjab" },
  { peran: "perencana", jalur: () => "/opd/malili/impor" },
  { peran: "perencana", jalur: () => "/opd/malili/impor/simpan" },
  { peran: "perencana", jalur: (i) => `/opd/malili/realisasi/${i.indikator}` },
  { peran: "perencana", jalur: (i) => `/opd/malili/realisasi/${i.realisasi}/bukti` },
  {
    peran: "perencana",
    jalur: (i) => `/opd/malili/alur/realisasi_indikator/${i.realisasi}`,
    kembaliDenganGalat: true,
  },
  { peran: "perencana", jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/tindak-lanjut` },
  {
    peran: "pimpinan",
    jalur: (i) => `/opd/malili/revisi/realisasi_indikator/${i.realisasi}`,
    kembaliDenganGalat: true,
  },
  { peran: "evaluator", jalur: () => "/opd/malili/rekomendasi" },
  { peran: "perencana", jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/bukti` },
  { peran: "evaluator", jalur: () => "/opd/malili/lke/mulai" },
  { peran: "evaluator", jalur: () => "/opd/malili/lke/2024/komponen/1" },
  { peran: "evaluator", jalur: () => "/opd/malili/lke/2024/bukti" },
  { peran: "perencana", jalur: () => "/opd/malili/reviu/unggah" },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/rhk" },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/ubah` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/anak` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/pindah` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/anggaran` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/indikator` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/target` },
  { peran: "perencana", jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/dukungan` },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/langkah/1" },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/langkah/2", hanyaTeksBebas: true },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/langkah/3" },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/langkah/4" },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/langkah/5/anggaran" },
  { peran: "perencana", jalur: () => "/opd/malili/pohon-kinerja/langkah/5/pemilik" },
  { peran: "perencana", jalur: () => "/opd/malili/survei/unit" },
  { peran: "perencana", jalur: () => "/opd/malili/survei/jenis" },
  { peran: "perencana", jalur: () => "/opd/malili/survei/periode" },
  { peran: "perencana", jalur: (i) => `/opd/malili/survei/periode/${i.skmPeriode}/kode` },
  { peran: "admin_pemda", jalur: () => "/opd/malili/survei/kuesioner" },
  { peran: "perencana", jalur: () => "/opd/malili/survei/impor" },
  { peran: "perencana", jalur: () => "/opd/malili/survei/impor/simpan" },
];

/** Nonsense of the kinds people type by mistake, in every field a form might have. */
const NGAWUR: Record<string, string> = Object.fromEntries(
  [
    "namaPengguna",
    "nama",
    "peran",
    "sandi",
    "sandiLama",
    "sandiBaru",
    "ulangi",
    "opd",
    "unit",
    "tahun",
    "periode",
    "nilai",
    "target",
    "kode",
    "uraian",
    "satuan",
    "pagu",
    "jenis",
    "isi",
    "nip",
    "tanggal",
    "tenggat",
    "status",
    "langkah",
    "komentar",
    "alasan",
    "dibukaPada",
    "ditutupPada",
    "jenisData",
    "tahunAwal",
    "tahunAkhir",
    "bulan",
  ].map((k) => [k, /sandi|ulangi/i.test(k) ? "pendek" : "  ?? 12,5 juta -1 <b>x</b>"]),
);

async function jumlahBaris(db: Db): Promise<string> {
  const r = await sql<{
    n: string;
  }>`select string_agg(relname || '=' || n_live_tup, ',' order by relname) as n
    from pg_stat_user_tables`.execute(db);
  const audit = await db
    .selectFrom("audit_log")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return `${audit.n}|${r.rows[0]?.n ?? ""}`;
}

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("every data-entry form refuses bad input with a message and writes nothing", () => {
  it("empty and nonsense submissions", async () => {
    await dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const sesi: Record<Peran, SesiUji> = {
        perencana: await sesiUji(trx, { peran: "perencana", opdKode: "malili" }),
        kepala_seksi: await sesiUji(trx, {
          peran: "kepala_seksi",
          opdKode: "malili",
          unitKode: "seksi-pemerintahan",
        }),
        pimpinan: await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" }),
        evaluator: await sesiUji(trx, { peran: "evaluator" }),
        admin_pemda: await sesiUji(trx, { peran: "admin_pemda" }),
      };
      const indikator = await trx
        .selectFrom("indikator")
        .select(["id", "renstra_id"])
        .where("kode", "=", "S2.I1")
        .where("opd_id", "=", opdId)
        .executeTakeFirstOrThrow();
      const realisasi = await trx
        .selectFrom("realisasi_indikator")
        .select("id")
        .where("indikator_id", "=", indikator.id)
        .executeTakeFirstOrThrow();
      const pk = await trx
        .selectFrom("perjanjian_kinerja")
        .select("id")
        .where("opd_id", "=", opdId)
        .where("tahun", "=", 2024)
        .executeTakeFirstOrThrow();
      const sub = await trx
        .selectFrom("dpa_sub_kegiatan")
        .select("id")
        .where("opd_id", "=", opdId)
        .executeTakeFirstOrThrow();
      const rekomendasi = await trx
        .selectFrom("rekomendasi")
        .select("id")
        .where("opd_id", "=", opdId)
        .executeTakeFirstOrThrow();
      const simpul = await trx
        .selectFrom("pohon_kinerja")
        .select("id")
        .where("opd_id", "=", opdId)
        .where("level", "=", "operasional")
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const skmPeriode = await trx
        .selectFrom("skm_periode")
        .select("id")
        .where("opd_id", "=", opdId)
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      const i = {
        skmPeriode: skmPeriode.id,
        simpul: simpul.id,
        akun: sesi.perencana.akunId,
        renstra: indikator.renstra_id,
        indikator: indikator.id,
        realisasi: realisasi.id,
        pk: pk.id,
        sub: sub.id,
        rekomendasi: rekomendasi.id,
      };
      const app = aplikasiUji(trx);
      const salah: string[] = [];
      for (const f of FORMULIR) {
        for (const isian of f.hanyaTeksBebas ? [{}] : [{}, NGAWUR]) {
          const sebelum = await jumlahBaris(trx);
          const res = await minta(app, sesi[f.peran], "POST", f.jalur(i), { isian });
          const html = await res.text();
          const sesudah = await jumlahBaris(trx);
          const jenis = Object.keys(isian).length === 0 ? "kosong" : "ngawur";
          const lokasi = res.headers.get("location") ?? "";
          // the workflow buttons live on other screens: their refusal goes back there with ?galat=, shown on top
          if (res.status === 303 && f.kembaliDenganGalat && lokasi.includes("galat=")) {
            if (sebelum !== (await jumlahBaris(trx)))
              salah.push(`${f.jalur(i)} (${jenis}): ada yang tertulis`);
            continue;
          }
          if (![400, 409].includes(res.status)) salah.push(`${f.jalur(i)} (${jenis}): status ${res.status}`);
          else if (!/role="alert"/.test(html)) {
            salah.push(`${f.jalur(i)} (${jenis}): tanpa pesan`);
            if (process.env.UJI_DEBUG)
              console.log(
                f.jalur(i),
                res.status,
                html
                  .replace(/<[^>]+>/g, " ")
                  .replace(/\s+/g, " ")
                  .slice(0, 900),
              );
          }
          if (sebelum !== sesudah) salah.push(`${f.jalur(i)} (${jenis}): ada yang tertulis`);
        }
      }
      expect(salah).toEqual([]);
    });
  });
});
