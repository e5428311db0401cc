import { verify } from "@node-rs/argon2";
import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { masuk } from "./masuk.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const KASI = {
  namaPengguna: "kasi.trantib.malili",
  nama: "Kepala Seksi Trantib",
  peran: "kepala_seksi",
  opdKode: "malili",
  unitKode: "seksi-trantib",
  sandi: "jaga-malam-di-malili",
};

const semuaAkun = (trx: Transaction<DB>) =>
  trx.selectFrom("akun").select(["nama_pengguna", "aktif", "sandi_hash"]).orderBy("id").execute();

describe("the admin's accounts screen", () => {
  it("lists the accounts and creates one with exactly what was chosen, audited without the password", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const halaman = await minta(app, admin, "GET", "/admin/akun");
      expect(halaman.status).toBe(200);
      const html = await halaman.text();
      expect(html).toContain("<code>admin-pemda.pemda</code>");
      expect(html).toContain(
        '<option value="seksi-trantib">Kecamatan Malili — Seksi Ketentraman dan Ketertiban Umum</option>',
      );
      expect(html).toContain('<option value="burau">Kecamatan Burau</option>');

      const r = await minta(app, admin, "POST", "/admin/akun", { isian: KASI });
      expect(r.status).toBe(303);
      expect(r.headers.get("location")).toBe(
        `/admin/akun?pesan=${encodeURIComponent("Akun kasi.trantib.malili dibuat")}`,
      );
      const unit = await trx
        .selectFrom("unit_kerja")
        .select("id")
        .where("opd_id", "=", opdId)
        .where("kode", "=", "seksi-trantib")
        .executeTakeFirstOrThrow();
      const a = await trx
        .selectFrom("akun")
        .select(["id", "pemda_id", "opd_id", "unit_kerja_id", "nama", "peran", "aktif", "sandi_hash"])
        .where("nama_pengguna", "=", "kasi.trantib.malili")
        .executeTakeFirstOrThrow();
      expect(a).toMatchObject({
        pemda_id: pemdaId,
        opd_id: opdId,
        unit_kerja_id: unit.id,
        nama: "Kepala Seksi Trantib",
        peran: "kepala_seksi",
        aktif: true,
      });
      expect(await verify(a.sandi_hash, KASI.sandi)).toBe(true);
      const audit = await trx
        .selectFrom("audit_log")
        .select(["pelaku", "akun_id", "aksi", "opd_id", "data"])
        .where("tabel", "=", "akun")
        .where("baris_id", "=", a.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        pelaku: "admin-pemda.pemda",
        akun_id: admin.akunId,
        aksi: "buat",
        opd_id: opdId,
      });
      const teksAudit = JSON.stringify(audit[0]?.data);
      expect(teksAudit).toContain("kasi.trantib.malili");
      expect(teksAudit).not.toContain(KASI.sandi);
      expect(teksAudit).not.toContain("argon2");
      const daftar = await (await minta(app, admin, "GET", r.headers.get("location") ?? "")).text();
      expect(daftar).toContain("Akun kasi.trantib.malili dibuat");
      expect(daftar).toContain("<code>kasi.trantib.malili</code>");
    }));

  it("refuses bad input beside the field, keeps what was typed and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const sebelum = await semuaAkun(trx);
      const auditSebelum = await trx.selectFrom("audit_log").select("id").execute();

      const tanpaUnit = await minta(app, admin, "POST", "/admin/akun", { isian: { ...KASI, unitKode: "" } });
      expect(tanpaUnit.status).toBe(400);
      const html = await tanpaUnit.text();
      expect(html).toMatch(
        /id="f-unitKode-galat" role="alert">Unit kerja wajib dipilih untuk kepala seksi\/subbagian<\/small>/,
      );
      expect(html).toContain('value="kasi.trantib.malili"');
      expect(html).toContain('value="Kepala Seksi Trantib"');
      expect(html).toContain('<option value="kepala_seksi" selected="">');

      const unitLain = await minta(app, admin, "POST", "/admin/akun", {
        isian: { ...KASI, opdKode: "burau" },
      });
      expect(unitLain.status).toBe(400);
      expect(await unitLain.text()).toContain(
        "Unit kerja &quot;seksi-trantib&quot; tidak ditemukan di perangkat daerah ini",
      );

      const adminDenganOpd = await minta(app, admin, "POST", "/admin/akun", {
        isian: { ...KASI, peran: "admin_pemda", unitKode: "" },
      });
      expect(adminDenganOpd.status).toBe(400);
      expect(await adminDenganOpd.text()).toContain(
        "Admin pemda dan evaluator tidak terikat pada satu perangkat daerah",
      );

      const pendek = await minta(app, admin, "POST", "/admin/akun", { isian: { ...KASI, sandi: "pendek" } });
      expect(pendek.status).toBe(400);
      expect(await pendek.text()).toContain("Kata sandi paling sedikit 10 karakter");

      const samaNama = await minta(app, admin, "POST", "/admin/akun", {
        isian: { ...KASI, namaPengguna: "kasi.trantib", sandi: "kasi.trantib" },
      });
      expect(samaNama.status).toBe(400);
      expect(await samaNama.text()).toContain("Kata sandi tidak boleh sama dengan nama pengguna");

      const hurufBesar = await minta(app, admin, "POST", "/admin/akun", {
        isian: { ...KASI, namaPengguna: "Kasi Trantib" },
      });
      expect(hurufBesar.status).toBe(400);
      expect(await hurufBesar.text()).toContain("Nama pengguna hanya boleh huruf kecil");

      const kembar = await minta(app, admin, "POST", "/admin/akun", {
        isian: { ...KASI, namaPengguna: "admin-pemda.pemda", peran: "perencana", unitKode: "" },
      });
      expect(kembar.status).toBe(409);
      expect(await kembar.text()).toContain("Nama pengguna &quot;admin-pemda.pemda&quot; sudah dipakai");

      expect(await semuaAkun(trx)).toEqual(sebelum);
      expect(await trx.selectFrom("audit_log").select("id").execute()).toEqual(auditSebelum);
    }));

  it("refuses every role but admin pemda, on the page and on each post", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const { id } = await trx
        .selectFrom("akun")
        .select("id")
        .where("id", "=", admin.akunId)
        .executeTakeFirstOrThrow();
      const sebelum = await semuaAkun(trx);
      for (const s of [
        await sesiUji(trx, { peran: "perencana", opdKode: "malili" }),
        await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" }),
        await sesiUji(trx, { peran: "evaluator" }),
      ]) {
        expect((await minta(app, s, "GET", "/admin/akun")).status).toBe(403);
        expect((await minta(app, s, "POST", "/admin/akun", { isian: KASI })).status).toBe(403);
        expect(
          (await minta(app, s, "POST", `/admin/akun/${id}/aktif`, { isian: { aktif: "0" } })).status,
        ).toBe(403);
        expect(
          (
            await minta(app, s, "POST", `/admin/akun/${id}/sandi`, {
              isian: { sandiBaru: "sandi-baru-sekali" },
            })
          ).status,
        ).toBe(403);
      }
      const publik = await minta(app, null, "GET", "/admin/akun");
      expect(publik.status).toBe(303);
      expect(publik.headers.get("location")).toBe("/masuk?lanjut=%2Fadmin%2Fakun");
      const sesudah = await semuaAkun(trx);
      expect(sesudah.filter((a) => sebelum.some((x) => x.nama_pengguna === a.nama_pengguna))).toEqual(
        sebelum,
      );
    }));

  it("deactivating an account ends its session at once; it cannot sign in until reactivated", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      expect((await minta(app, kasi, "GET", "/akun")).status).toBe(200);
      const r = await minta(app, admin, "POST", `/admin/akun/${kasi.akunId}/aktif`, {
        isian: { aktif: "0" },
      });
      expect(r.status).toBe(303);
      const a = await trx
        .selectFrom("akun")
        .select("aktif")
        .where("id", "=", kasi.akunId)
        .executeTakeFirstOrThrow();
      expect(a.aktif).toBe(false);
      expect(await trx.selectFrom("sesi").select("id").where("akun_id", "=", kasi.akunId).execute()).toEqual(
        [],
      );
      const lagi = await minta(app, kasi, "GET", "/akun");
      expect(lagi.status).toBe(303);
      expect(lagi.headers.get("location")).toBe("/masuk?lanjut=%2Fakun");
      const ditolak = await masuk(trx, {
        namaPengguna: kasi.namaPengguna,
        sandi: "sandi-uji-rahasia",
        alamat: "uji",
      }).catch((e: Error) => e);
      expect(String(ditolak)).toContain("Akun ini dinonaktifkan; hubungi admin pemda");
      const audit = await trx
        .selectFrom("audit_log")
        .select(["data", "sebelum"])
        .where("tabel", "=", "akun")
        .where("baris_id", "=", kasi.akunId)
        .executeTakeFirstOrThrow();
      expect(audit).toEqual({ data: { aktif: false }, sebelum: { aktif: true } });

      expect(
        (await minta(app, admin, "POST", `/admin/akun/${kasi.akunId}/aktif`, { isian: { aktif: "1" } }))
          .status,
      ).toBe(303);
      const hasil = await masuk(trx, {
        namaPengguna: kasi.namaPengguna,
        sandi: "sandi-uji-rahasia",
        alamat: "uji",
      });
      expect(hasil.akunId).toBe(kasi.akunId);

      const diriSendiri = await minta(app, admin, "POST", `/admin/akun/${admin.akunId}/aktif`, {
        isian: { aktif: "0" },
      });
      expect(diriSendiri.status).toBe(409);
      expect(await diriSendiri.text()).toContain("Anda tidak dapat menonaktifkan akun Anda sendiri");
    }));

  it("resets a password: lifts the lock, ends the sessions, the new one signs in; a short one is refused", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const p = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      await trx
        .updateTable("akun")
        .set({ terkunci_sampai: new Date(Date.now() + 600_000), gagal_berturut: 3 })
        .where("id", "=", p.akunId)
        .execute();
      const sebelum = await trx
        .selectFrom("akun")
        .select("sandi_hash")
        .where("id", "=", p.akunId)
        .executeTakeFirstOrThrow();
      const pendek = await minta(app, admin, "POST", `/admin/akun/${p.akunId}/sandi`, {
        isian: { sandiBaru: "123" },
      });
      expect(pendek.status).toBe(400);
      expect(await pendek.text()).toContain(
        '<p class="galat-umum" role="alert">Kata sandi paling sedikit 10 karakter</p>',
      );
      expect(
        await trx
          .selectFrom("akun")
          .select("sandi_hash")
          .where("id", "=", p.akunId)
          .executeTakeFirstOrThrow(),
      ).toEqual(sebelum);

      const r = await minta(app, admin, "POST", `/admin/akun/${p.akunId}/sandi`, {
        isian: { sandiBaru: "sandi-baru-dari-admin" },
      });
      expect(r.status).toBe(303);
      const a = await trx
        .selectFrom("akun")
        .select(["terkunci_sampai", "gagal_berturut"])
        .where("id", "=", p.akunId)
        .executeTakeFirstOrThrow();
      expect(a).toEqual({ terkunci_sampai: null, gagal_berturut: 0 });
      expect(await trx.selectFrom("sesi").select("id").where("akun_id", "=", p.akunId).execute()).toEqual([]);
      const hasil = await masuk(trx, {
        namaPengguna: p.namaPengguna,
        sandi: "sandi-baru-dari-admin",
        alamat: "uji",
      });
      expect(hasil).toEqual({ akunId: p.akunId, peran: "perencana", opdKode: "malili" });
    }));
});
