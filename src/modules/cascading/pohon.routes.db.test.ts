import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { type Burau, KODE_BURAU, siapkanBurau, TAHUN_BURAU } from "./fixture-pohon-uji.ts";

/**
 * The tree screens over HTTP (issue 9 item 2): the five guided steps build a tree for Burau, the PK is proposed
 * from it and applied, the editor refuses cycles and another OPD's budget, and each role gets what it may.
 */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const DASAR = "/opd/burau/pohon-kinerja";
const Q = `tahun=${TAHUN_BURAU}`;

type Uji = { app: Hono<EnvAplikasi>; sesi: SesiUji; burau: Burau; trx: Db };

async function siapkan(trx: Db): Promise<Uji> {
  await muatDataset(trx, malili2024);
  const burau = await siapkanBurau(trx);
  const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
  return { app: aplikasiUji(trx), sesi, burau, trx };
}

function peringatan(html: string): string[] {
  return [...html.matchAll(/role="alert">([^<]*)</g)].map((m) => m[1] ?? "");
}

async function jumlahSimpul(db: Db, opdId: number): Promise<number> {
  const r = await db
    .selectFrom("pohon_kinerja")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("opd_id", "=", opdId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function simpulDengan(db: Db, kondisi: string) {
  return db.selectFrom("pohon_kinerja").selectAll().where("kondisi", "=", kondisi).executeTakeFirstOrThrow();
}

async function pos(u: Uji, jalur: string, isian: Record<string, string>, sesi: SesiUji = u.sesi) {
  return minta(u.app, sesi, "POST", jalur, { isian });
}

/** Steps 1–3 through the forms: outcome S1 under the pemda node, one CSF, one tactical and one operational node. */
async function bangunKerangka(u: Uji) {
  const r1 = await pos(u, `${DASAR}/langkah/1?${Q}`, {
    sasaranId: String(u.burau.sasaranId),
    indukId: String(u.burau.pemdaSimpulId),
    kondisi: "",
    unitKerjaId: String(u.burau.unitCamatId),
  });
  expect(r1.status).toBe(303);
  const strategis = await simpulDengan(u.trx, "Meningkatnya kualitas pelayanan administrasi kecamatan");
  expect(r1.headers.get("location")).toBe(
    `${DASAR}/langkah/2?${Q}&simpul=${strategis.id}&pesan=${encodeURIComponent("Outcome tersimpan; lanjutkan dengan faktor kunci keberhasilannya")}`,
  );
  const qs = `${Q}&simpul=${strategis.id}`;
  expect(
    (await pos(u, `${DASAR}/langkah/2?${qs}`, { uraian: "Dokumen perencanaan tersusun tepat waktu" })).status,
  ).toBe(303);
  const csf = await u.trx
    .selectFrom("faktor_keberhasilan")
    .selectAll()
    .where("pohon_id", "=", strategis.id)
    .executeTakeFirstOrThrow();
  expect(
    (
      await pos(u, `${DASAR}/langkah/3?${qs}`, {
        indukId: String(strategis.id),
        level: "taktis",
        faktorKeberhasilanId: String(csf.id),
        kondisi: "Meningkatnya kualitas perencanaan dan evaluasi kinerja kecamatan",
        unitKerjaId: String(u.burau.unitCamatId),
      })
    ).status,
  ).toBe(303);
  const taktis = await simpulDengan(
    u.trx,
    "Meningkatnya kualitas perencanaan dan evaluasi kinerja kecamatan",
  );
  expect(
    (
      await pos(u, `${DASAR}/langkah/3?${qs}`, {
        indukId: String(taktis.id),
        level: "operasional",
        faktorKeberhasilanId: String(csf.id),
        kondisi: "Tersusunnya dokumen perencanaan kecamatan",
        unitKerjaId: String(u.burau.unitSeksiId),
      })
    ).status,
  ).toBe(303);
  const operasional = await simpulDengan(u.trx, "Tersusunnya dokumen perencanaan kecamatan");
  return { strategis, taktis, operasional, csf, qs };
}

describe("the guided flow builds a tree and proposes the PK", () => {
  it("five steps through plain forms, then the PK proposal applied and the SVG downloaded", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const awal = await (await minta(u.app, u.sesi, "GET", `${DASAR}?${Q}`)).text();
      expect(awal).toContain("Susun dengan langkah terpandu");
      const { strategis, taktis, operasional, csf, qs } = await bangunKerangka(u);
      expect(strategis).toMatchObject({
        induk_id: u.burau.pemdaSimpulId,
        level: "strategis",
        jenis_hasil: "outcome",
        sasaran_id: u.burau.sasaranId,
        unit_kerja_id: u.burau.unitCamatId,
        tahun_awal: 2025,
        tahun_akhir: 2029,
      });
      expect(taktis).toMatchObject({
        induk_id: strategis.id,
        level: "taktis",
        faktor_keberhasilan_id: csf.id,
      });
      expect(operasional).toMatchObject({
        induk_id: taktis.id,
        level: "operasional",
        jenis_hasil: "output",
        unit_kerja_id: u.burau.unitSeksiId,
      });

      // step 4: the strategic node takes the Renstra indicator (its name comes from the Renstra), the
      // operational node its own
      expect(
        (
          await pos(u, `${DASAR}/langkah/4?${qs}`, {
            simpulId: String(strategis.id),
            indikatorId: String(u.burau.indikatorId),
            nama: "",
            satuan: "",
            target: "85",
          })
        ).status,
      ).toBe(303);
      expect(
        (
          await pos(u, `${DASAR}/langkah/4?${qs}`, {
            simpulId: String(operasional.id),
            indikatorId: "",
            nama: "Jumlah dokumen perencanaan yang tersusun",
            satuan: "dokumen",
            target: "3",
          })
        ).status,
      ).toBe(303);
      const indikator = await trx
        .selectFrom("pohon_kinerja_indikator as i")
        .innerJoin("pohon_kinerja_target as t", "t.pohon_indikator_id", "i.id")
        .select(["i.pohon_id", "i.indikator_id", "i.nama", "i.satuan", "t.tahun", "t.target"])
        .where("i.pohon_id", "in", [strategis.id, operasional.id])
        .orderBy("i.id")
        .execute();
      expect(indikator).toEqual([
        {
          pohon_id: strategis.id,
          indikator_id: u.burau.indikatorId,
          nama: "Persentase layanan administrasi selesai tepat waktu",
          satuan: "%",
          tahun: 2025,
          target: "85",
        },
        {
          pohon_id: operasional.id,
          indikator_id: null,
          nama: "Jumlah dokumen perencanaan yang tersusun",
          satuan: "dokumen",
          tahun: 2025,
          target: "3",
        },
      ]);

      // step 5: funding and the PK proposal
      for (const [simpul, kode] of [
        [strategis.id, KODE_BURAU.program],
        [taktis.id, KODE_BURAU.program],
        [operasional.id, KODE_BURAU.sub],
      ] as const) {
        const r = await pos(u, `${DASAR}/langkah/5/anggaran?${qs}`, { simpulId: String(simpul), kode });
        expect(r.status).toBe(303);
      }
      const langkah5 = await (await minta(u.app, u.sesi, "GET", `${DASAR}/langkah/5?${qs}`)).text();
      expect(langkah5).toContain("Langkah 5 dari 5");
      expect(langkah5).toContain(`href="${DASAR}/usulan-pk/${u.burau.pkId}?${Q}"`);

      const usulan = await (
        await minta(u.app, u.sesi, "GET", `${DASAR}/usulan-pk/${u.burau.pkId}?${Q}`)
      ).text();
      expect(usulan).toMatch(
        /<tr class="baru"><td>Meningkatnya kualitas pelayanan administrasi kecamatan<\/td><td>IK1<\/td><td>Persentase layanan administrasi selesai tepat waktu<\/td><td>85 %<\/td><td>—<\/td><td>Baru \(belum ada di PK\)<\/td><\/tr>/,
      );
      expect(usulan).toContain("Terapkan usulan ke Perjanjian Kinerja");
      const terap = await pos(u, `${DASAR}/usulan-pk/${u.burau.pkId}`, {});
      expect(terap.status).toBe(303);
      const pkIndikator = await trx
        .selectFrom("pk_indikator")
        .select(["indikator_id", "target"])
        .where("pk_id", "=", u.burau.pkId)
        .execute();
      expect(pkIndikator).toEqual([{ indikator_id: u.burau.indikatorId, target: "85" }]);
      const pkProgram = await trx
        .selectFrom("pk_program")
        .select("kode")
        .where("pk_id", "=", u.burau.pkId)
        .execute();
      expect(pkProgram).toEqual([{ kode: "7.01.01" }]);
      const sesudah = await (
        await minta(u.app, u.sesi, "GET", `${DASAR}/usulan-pk/${u.burau.pkId}?${Q}`)
      ).text();
      expect(sesudah).toContain("PK sudah sama dengan pohon kinerja.");
      expect(sesudah).not.toContain("Terapkan usulan");

      // the tree page: outline with every part, the diagram inline, the SVG download
      const pohon = await (await minta(u.app, u.sesi, "GET", `${DASAR}?${Q}&skala=150`)).text();
      expect(pohon).toContain("Periode 2025–2029. Target yang ditampilkan: tahun 2025.");
      expect(pohon).toContain("Persentase layanan administrasi selesai tepat waktu: target 2025 85 %");
      expect(pohon).toContain("Jumlah dokumen perencanaan yang tersusun: target 2025 3 dokumen");
      expect(pohon).toContain("7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah");
      expect(pohon).toContain("<dd>Dokumen perencanaan tersusun tepat waktu</dd>");
      expect(pohon).toContain("<dd>Seksi Pemerintahan</dd>");
      expect(pohon).toMatch(/<details open="" class="simpul-pohon" id="garis-\d+">/);
      expect(pohon).toContain("<svg");
      expect(pohon).toMatch(/<div style="width:\d+px"><svg/);
      const svg = await minta(u.app, u.sesi, "GET", `${DASAR}/diagram.svg?${Q}`);
      expect(svg.status).toBe(200);
      expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      const isiSvg = await svg.text();
      expect(isiSvg).toContain("Pohon Kinerja Kecamatan Burau Tahun 2025");
      expect(isiSvg).toContain("Tersusunnya dokumen perencanaan kecamatan");
    }));

  it("is resumable: each step reads where the flow stands from the database", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const { strategis } = await bangunKerangka(u);
      // a new session, no ?simpul=: step 3 opens on the outcome already saved, with its nodes
      const lain = await sesiUji(trx, {
        peran: "perencana",
        opdKode: "burau",
        namaPengguna: "perencana2.burau",
      });
      const html = await (await minta(u.app, lain, "GET", `${DASAR}/langkah/3?${Q}`)).text();
      expect(html).toContain("Langkah 3 dari 5");
      expect(html).toContain("Tersusunnya dokumen perencanaan kecamatan");
      expect(html).toContain(`href="${DASAR}/langkah/2?${Q}&amp;simpul=${strategis.id}" rel="prev"`);
      expect(html).toContain(`href="${DASAR}/langkah/4?${Q}&amp;simpul=${strategis.id}" rel="next"`);
    }));
});

describe("refusals at the field, nothing written", () => {
  it("step 1 without a sasaran, step 3 without a condition", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const r = await pos(u, `${DASAR}/langkah/1?${Q}`, { sasaranId: "", indukId: "", kondisi: "" });
      expect(r.status).toBe(400);
      const html = await r.text();
      expect(html).toMatch(
        /<small class="galat" id="f-sasaranId-galat" role="alert">Pilih sasaran Renstra yang akan dijabarkan<\/small>/,
      );
      expect(await jumlahSimpul(trx, u.burau.opdId)).toBe(0);
      const { qs, strategis } = await bangunKerangka(u);
      const sebelum = await jumlahSimpul(trx, u.burau.opdId);
      const r3 = await pos(u, `${DASAR}/langkah/3?${qs}`, {
        indukId: String(strategis.id),
        level: "taktis",
        kondisi: "   ",
      });
      expect(r3.status).toBe(400);
      expect(peringatan(await r3.text())).toEqual(["Kondisi wajib diisi"]);
      expect(await jumlahSimpul(trx, u.burau.opdId)).toBe(sebelum);
    }));

  it("a cycle: a node moved under its own descendant", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const { operasional } = await bangunKerangka(u);
      const anak = await pos(u, `${DASAR}/simpul/${operasional.id}/anak?${Q}`, {
        level: "operasional",
        jenisHasil: "output",
        kondisi: "Tersusunnya Renja kecamatan",
      });
      expect(anak.status).toBe(303);
      const cucu = await simpulDengan(trx, "Tersusunnya Renja kecamatan");
      expect(anak.headers.get("location")).toBe(
        `${DASAR}/simpul/${cucu.id}?${Q}&pesan=${encodeURIComponent("Simpul baru tersimpan")}`,
      );
      const r = await pos(u, `${DASAR}/simpul/${operasional.id}/pindah?${Q}`, { indukId: String(cucu.id) });
      expect(r.status).toBe(400);
      const html = await r.text();
      expect(html).toContain(
        '<small class="galat" id="f-indukId-galat" role="alert">Simpul tidak dapat ditempatkan di bawah dirinya sendiri atau di bawah turunannya (pohon kinerja tidak boleh berputar)</small>',
      );
      expect((await simpulDengan(trx, "Tersusunnya dokumen perencanaan kecamatan")).induk_id).toBe(
        operasional.induk_id,
      );
    }));

  it("another OPD's program without crosscutting; a node with children is not deleted", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const { taktis } = await bangunKerangka(u);
      const r = await pos(u, `${DASAR}/simpul/${taktis.id}/anggaran?${Q}`, {
        opdKode: "malili",
        kode: "",
        kodeLain: "7.01.01",
      });
      expect(r.status).toBe(400);
      expect(peringatan(await r.text())).toEqual([
        "Kode 7.01.01 milik Kecamatan Malili; tambahkan Malili sebagai pendukung (crosscutting) terlebih dulu",
      ]);
      const tautan = await trx
        .selectFrom("pohon_kinerja_anggaran")
        .select("id")
        .where("pohon_id", "=", taktis.id)
        .execute();
      expect(tautan).toEqual([]);
      const h = await pos(u, `${DASAR}/simpul/${taktis.id}/hapus?${Q}`, {});
      expect([400, 409]).toContain(h.status);
      expect(peringatan(await h.text())).toHaveLength(1);
      expect(await jumlahSimpul(trx, u.burau.opdId)).toBe(3);
    }));

  it("unknown steps, nodes of another OPD and malformed ids are not found", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const { strategis } = await bangunKerangka(u);
      expect((await minta(u.app, u.sesi, "GET", `${DASAR}/langkah/6`)).status).toBe(404);
      expect((await minta(u.app, u.sesi, "GET", `${DASAR}/simpul/abc`)).status).toBe(404);
      const malili = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      // Burau's node asked for through Malili's address
      expect(
        (await minta(u.app, malili, "GET", `/opd/malili/pohon-kinerja/simpul/${strategis.id}?${Q}`)).status,
      ).toBe(404);
    }));
});

describe("roles", () => {
  it("readers read, only the OPD's perencana writes, checked before the form", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      const { strategis } = await bangunKerangka(u);
      const sebelum = await jumlahSimpul(trx, u.burau.opdId);
      for (const peran of ["pimpinan", "kepala_seksi"] as const) {
        const s = await sesiUji(trx, {
          peran,
          opdKode: "burau",
          unitKode: peran === "kepala_seksi" ? "seksi-pemerintahan" : undefined,
        });
        const lihat = await minta(u.app, s, "GET", `${DASAR}?${Q}`);
        expect(lihat.status).toBe(200);
        expect(await lihat.text()).not.toContain("Susun dengan langkah terpandu");
        const simpul = await (await minta(u.app, s, "GET", `${DASAR}/simpul/${strategis.id}?${Q}`)).text();
        expect(simpul).not.toContain("Ubah simpul");
        expect(
          (await minta(u.app, s, "POST", `${DASAR}/langkah/2?${Q}`, { isian: { uraian: "x" } })).status,
        ).toBe(403);
        expect(
          (await minta(u.app, s, "POST", `${DASAR}/simpul/${strategis.id}/hapus?${Q}`, { isian: {} })).status,
        ).toBe(403);
        expect(
          (await minta(u.app, s, "POST", `${DASAR}/usulan-pk/${u.burau.pkId}`, { isian: {} })).status,
        ).toBe(403);
      }
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      expect((await minta(u.app, evaluator, "GET", `${DASAR}/langkah/1?${Q}`)).status).toBe(200);
      expect((await minta(u.app, evaluator, "GET", `${DASAR}/usulan-pk/${u.burau.pkId}`)).status).toBe(200);
      const malili = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      expect((await minta(u.app, malili, "GET", `${DASAR}?${Q}`)).status).toBe(403);
      expect((await minta(u.app, malili, "GET", `${DASAR}/diagram.svg?${Q}`)).status).toBe(403);
      expect(
        (await minta(u.app, malili, "POST", `${DASAR}/langkah/1?${Q}`, { isian: { sasaranId: "1" } })).status,
      ).toBe(403);
      expect((await minta(u.app, null, "GET", `${DASAR}?${Q}`)).status).not.toBe(200);
      expect(await jumlahSimpul(trx, u.burau.opdId)).toBe(sebelum);
    }));

  it("English catalogue", () =>
    dalamRollback(b, async (trx) => {
      const u = await siapkan(trx);
      await bangunKerangka(u);
      const en = await sesiUji(trx, {
        peran: "perencana",
        opdKode: "burau",
        namaPengguna: "en.burau",
        bahasa: "en",
      });
      const html = await (await minta(u.app, en, "GET", `${DASAR}/langkah/2?${Q}`)).text();
      expect(html).toContain("Step 2 of 5");
      expect(html).toContain("Critical success factors");
      const pohon = await (await minta(u.app, en, "GET", `${DASAR}?${Q}`)).text();
      expect(pohon).toContain("Tree outline");
      expect(pohon).toContain("Programme goal (tactical)");
    }));
});
