import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import { idRealisasi } from "./uji-alur.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const app = aplikasiUji(trx);
  const kasi = await sesiUji(trx, {
    peran: "kepala_seksi",
    opdKode: "malili",
    unitKode: "seksi-pemerintahan",
  });
  const camat = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
  const ikm = await idRealisasi(trx, "S1.I1", 2024);
  return { pemdaId, opdId, app, kasi, camat, ikm, jalur: `/opd/malili/alur/realisasi_indikator/${ikm}` };
}

const status = async (trx: Db, id: number) =>
  (
    await trx
      .selectFrom("realisasi_indikator")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow()
  ).status;

describe("workflow routes", () => {
  it("moves a realisation by form posts and answers refusals as the screen or the API expects", () =>
    dalamRollback(b, async (trx) => {
      const { app, kasi, camat, ikm, jalur } = await siapkan(trx);
      const ajukan = await minta(app, kasi, "POST", jalur, {
        isian: { langkah: "ajukan", komentar: "Lengkap", lanjut: "/opd/malili/realisasi?tahun=2024" },
      });
      expect(ajukan.status).toBe(303);
      const ke = new URL(ajukan.headers.get("location") ?? "", "http://x");
      expect(ke.pathname).toBe("/opd/malili/realisasi");
      expect(ke.searchParams.get("tahun")).toBe("2024");
      expect(ke.searchParams.get("pesan")).toContain("diajukan");
      expect(await status(trx, ikm)).toBe("diajukan");

      // the same step again: back to the screen with the message, nothing changed
      const lagi = await minta(app, kasi, "POST", jalur, {
        isian: { langkah: "ajukan", lanjut: "/opd/malili/realisasi" },
      });
      expect(lagi.status).toBe(303);
      expect(new URL(lagi.headers.get("location") ?? "", "http://x").searchParams.get("galat")).toBe(
        "Realisasi ini berstatus diajukan; langkah 'ajukan' tidak tersedia",
      );
      const json409 = await minta(app, kasi, "POST", jalur, { isian: { langkah: "ajukan" }, json: true });
      expect(json409.status).toBe(409);
      expect(await json409.json()).toEqual({
        galat: "Realisasi ini berstatus diajukan; langkah 'ajukan' tidak tersedia",
      });
      const tanpaKomentar = await minta(app, camat, "POST", jalur, {
        isian: { langkah: "kembalikan" },
        json: true,
      });
      expect(tanpaKomentar.status).toBe(400);
      // a role without the right: 403 on the API and on the page
      const kasiVerifikasi = await minta(app, kasi, "POST", jalur, {
        isian: { langkah: "verifikasi" },
        json: true,
      });
      expect(kasiVerifikasi.status).toBe(403);
      expect(((await kasiVerifikasi.json()) as { galat: string }).galat).toContain("Peran Anda");
      expect((await minta(app, kasi, "POST", jalur, { isian: { langkah: "verifikasi" } })).status).toBe(403);
      expect(await status(trx, ikm)).toBe("diajukan");

      const verif = await minta(app, camat, "POST", jalur, {
        isian: { langkah: "verifikasi", komentar: "Cocok dengan rekap", lanjut: "//contoh.com/x" },
      });
      expect(verif.headers.get("location")?.startsWith("/?pesan=")).toBe(true);
      await minta(app, camat, "POST", jalur, { isian: { langkah: "setujui" } });
      expect(await status(trx, ikm)).toBe("disetujui");

      const halaman = await minta(app, camat, "GET", jalur);
      expect(halaman.status).toBe(200);
      const html = await halaman.text();
      expect(html).toContain("Cocok dengan rekap");
      expect(html).toContain("Lengkap");
      expect(html).toContain('class="status status-disetujui"');
      expect(html).toContain(`action="/opd/malili/revisi/realisasi_indikator/${ikm}"`);
    }));

  it("opens a revision by post: a short reason is refused with 400, a proper one reopens the row", () =>
    dalamRollback(b, async (trx) => {
      const { app, kasi, camat, ikm, jalur } = await siapkan(trx);
      await minta(app, kasi, "POST", jalur, { isian: { langkah: "ajukan" } });
      await minta(app, camat, "POST", jalur, { isian: { langkah: "verifikasi" } });
      await minta(app, camat, "POST", jalur, { isian: { langkah: "setujui" } });
      const revisi = `/opd/malili/revisi/realisasi_indikator/${ikm}`;
      const pendek = await minta(app, camat, "POST", revisi, { isian: { alasan: "typo" }, json: true });
      expect(pendek.status).toBe(400);
      expect(((await pendek.json()) as { galat: string }).galat).toContain("paling sedikit 10 karakter");
      expect(await trx.selectFrom("revisi").select("id").execute()).toEqual([]);
      const kasiRevisi = await minta(app, kasi, "POST", revisi, {
        isian: { alasan: "Nilai survei salah ketik" },
      });
      expect(kasiRevisi.status).toBe(403);
      const ok = await minta(app, camat, "POST", revisi, {
        isian: { alasan: "Nilai survei salah ketik", lanjut: jalur },
      });
      expect(ok.status).toBe(303);
      expect(ok.headers.get("location")).toContain(`${jalur}?pesan=`);
      const baris = await trx
        .selectFrom("realisasi_indikator")
        .select(["status", "revisi"])
        .where("id", "=", ikm)
        .executeTakeFirstOrThrow();
      expect(baris).toEqual({ status: "draf", revisi: 1 });
    }));

  it("refuses a person of another OPD on the page and on the posts", () =>
    dalamRollback(b, async (trx) => {
      const { app, ikm, jalur } = await siapkan(trx);
      const burau = await sesiUji(trx, { peran: "pimpinan", opdKode: "burau" });
      expect((await minta(app, burau, "GET", jalur)).status).toBe(403);
      expect((await minta(app, burau, "POST", jalur, { isian: { langkah: "ajukan" } })).status).toBe(403);
      expect(
        (
          await minta(app, burau, "POST", `/opd/malili/revisi/realisasi_indikator/${ikm}`, {
            isian: { alasan: "x".repeat(20) },
          })
        ).status,
      ).toBe(403);
      // through their own OPD's address the malili row is simply not there
      expect(
        (
          await minta(app, burau, "POST", `/opd/burau/alur/realisasi_indikator/${ikm}`, {
            isian: { langkah: "ajukan" },
            json: true,
          })
        ).status,
      ).toBe(404);
      expect(await status(trx, ikm)).toBe("draf");
    }));

  it("lets only admin pemda manage schedules, with the message beside the field and the input kept", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      expect((await minta(app, perencana, "GET", "/admin/jadwal")).status).toBe(403);
      const isian = {
        jenisData: "realisasi",
        tahun: "2026",
        periode: "triwulan-4",
        dibukaPada: "2026-10-01T08:00",
        ditutupPada: "2026-09-01T08:00",
      };
      expect((await minta(app, perencana, "POST", "/admin/jadwal", { isian })).status).toBe(403);
      const salah = await minta(app, admin, "POST", "/admin/jadwal", { isian });
      expect(salah.status).toBe(400);
      const html = await salah.text();
      expect(html).toContain("Waktu ditutup harus sesudah waktu dibuka");
      expect(html).toContain('value="2026-09-01T08:00"');
      expect(await trx.selectFrom("jadwal_input").select("id").execute()).toEqual([]);

      const ok = await minta(app, admin, "POST", "/admin/jadwal", {
        isian: { ...isian, ditutupPada: "2027-01-10T23:59" },
      });
      expect(ok.status).toBe(303);
      const j = await trx.selectFrom("jadwal_input").selectAll().executeTakeFirstOrThrow();
      expect(j).toMatchObject({
        jenis_data: "realisasi",
        tahun: 2026,
        periode_jenis: "triwulan",
        periode_ke: 4,
        dibuka_pada: new Date("2026-10-01T00:00:00Z"),
        ditutup_pada: new Date("2027-01-10T15:59:00Z"),
      });
      const daftar = await (await minta(app, admin, "GET", "/admin/jadwal")).text();
      expect(daftar).toContain("10 Januari 2027 pukul 23.59 WITA");
      const ubah = await (await minta(app, admin, "GET", `/admin/jadwal?ubah=${j.id}`)).text();
      expect(ubah).toContain('value="2027-01-10T23:59"');
      expect((await minta(app, admin, "POST", `/admin/jadwal/${j.id}/hapus`)).status).toBe(303);
      expect(await trx.selectFrom("jadwal_input").select("id").execute()).toEqual([]);
    }));

  it("shows the audit log with before → after to admin and evaluator only", () =>
    dalamRollback(b, async (trx) => {
      const { app, pemdaId, opdId } = await siapkan(trx);
      const ikm = await trx
        .selectFrom("indikator")
        .select("id")
        .where("kode", "=", "S1.I1")
        .executeTakeFirstOrThrow();
      await catatRealisasi(
        trx,
        { pemdaId, opdId, pelaku: "kasi.uji" },
        { indikatorId: ikm.id, tahun: 2024, periode: { jenis: "tahun", ke: 1 }, nilai: "93.6" },
      );
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      expect((await minta(app, perencana, "GET", "/audit")).status).toBe(403);
      expect((await minta(app, evaluator, "GET", "/audit")).status).toBe(200);

      const res = await minta(app, admin, "GET", "/audit?tabel=realisasi_indikator&pelaku=kasi");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("<del>93.06</del> → <ins>93.6</ins>");
      expect(html).toContain("kasi.uji");
      // only the changed keys are shown
      expect(html).not.toContain("<code>indikator_id</code>");

      const lain = await (await minta(app, admin, "GET", "/audit?tabel=jadwal_input")).text();
      expect(lain).not.toContain("93.06");
      const salah = await minta(app, admin, "GET", "/audit?dari=2024-13-40");
      expect(salah.status).toBe(400);
      expect(await salah.text()).toContain("Tanggal awal tidak sah");
    }));
});
