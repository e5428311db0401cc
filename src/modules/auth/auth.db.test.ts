import { createHash } from "node:crypto";
import { verify } from "@node-rs/argon2";
import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { buatAkun } from "./akun.service.ts";
import { tamuUji, tokenSesiDari } from "./uji-bantu.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const SANDI = "kopi-pagi-di-malili";

async function siapkan(trx: Transaction<DB>) {
  const { pemdaId } = await muatDataset(trx, malili2024);
  const admin = { pemdaId, opdId: null, pelaku: "uji" };
  const akunId = await buatAkun(trx, admin, {
    namaPengguna: "perencana.uji",
    nama: "Perencana Uji",
    peran: "perencana",
    opdKode: "malili",
    sandi: SANDI,
  });
  const app = aplikasiUji(trx);
  return { pemdaId, akunId, app };
}

async function masukForm(app: ReturnType<typeof aplikasiUji>, isian: Record<string, string>) {
  const tamu = await tamuUji(app);
  return minta(app, tamu, "POST", "/masuk", { isian });
}

const sesiDari = (r: Response): SesiUji => ({
  cookie: `terukur_sesi=${tokenSesiDari(r)}`,
  csrf: "",
  akunId: 0,
  namaPengguna: "",
});

async function jumlahSesi(trx: Transaction<DB>, akunId: number): Promise<number> {
  const r = await trx
    .selectFrom("sesi")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("akun_id", "=", akunId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The CSRF token of a signed-in page (from the sign-out form of the shell). */
async function csrfHalaman(
  app: ReturnType<typeof aplikasiUji>,
  s: SesiUji,
  jalur = "/akun",
): Promise<string> {
  const html = await (await minta(app, s, "GET", jalur)).text();
  const t = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!t) throw new Error(`no CSRF token on ${jalur}`);
  return t;
}

describe("sign-in", () => {
  it("sets an HttpOnly SameSite cookie whose sha256 is the stored session, and goes to the role's home", () =>
    dalamRollback(b, async (trx) => {
      const { app, akunId } = await siapkan(trx);
      const r = await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI, lanjut: "" });
      expect(r.status).toBe(303);
      expect(r.headers.get("location")).toBe("/opd/malili");
      const setCookie = r.headers.get("set-cookie") ?? "";
      expect(setCookie).toMatch(/terukur_sesi=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
      expect(setCookie).not.toContain("Secure");
      const token = tokenSesiDari(r) ?? "";
      const sesi = await trx.selectFrom("sesi").select(["akun_id", "token_hash"]).execute();
      expect(sesi).toEqual([
        { akun_id: akunId, token_hash: createHash("sha256").update(token).digest("hex") },
      ]);
      const akun = await minta(app, sesiDari(r), "GET", "/akun");
      expect(akun.status).toBe(200);
      expect(await akun.text()).toContain("Perencana Uji");
    }));

  it("follows a same-site return address and ignores one that leaves the site", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const ke = await masukForm(app, {
        namaPengguna: "perencana.uji",
        sandi: SANDI,
        lanjut: "/opd/malili/realisasi",
      });
      expect(ke.headers.get("location")).toBe("/opd/malili/realisasi");
      const luar = await masukForm(app, {
        namaPengguna: "perencana.uji",
        sandi: SANDI,
        lanjut: "//jahat.example/x",
      });
      expect(luar.headers.get("location")).toBe("/opd/malili");
      const form = await (
        await app.request("/masuk?lanjut=%2Fopd%2Fmalili%2Fpk", { headers: { accept: "text/html" } })
      ).text();
      expect(form).toContain('name="lanjut" value="/opd/malili/pk"');
    }));

  it("refuses a wrong password and an unknown name with the same message, keeps the name, opens no session", () =>
    dalamRollback(b, async (trx) => {
      const { app, akunId } = await siapkan(trx);
      const salah = await masukForm(app, { namaPengguna: "perencana.uji", sandi: "bukan-sandinya" });
      expect(salah.status).toBe(400);
      const html = await salah.text();
      expect(html).toContain("Nama pengguna atau kata sandi salah");
      expect(html).toContain('value="perencana.uji"');
      expect(tokenSesiDari(salah)).toBeNull();
      const asing = await masukForm(app, { namaPengguna: "tidak.ada", sandi: SANDI });
      expect(asing.status).toBe(400);
      expect(await asing.text()).toContain("Nama pengguna atau kata sandi salah");
      expect(await trx.selectFrom("sesi").selectAll().execute()).toEqual([]);
      const a = await trx
        .selectFrom("akun")
        .select("gagal_berturut")
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      expect(a.gagal_berturut).toBe(1);
    }));

  it("shows the lock message on the page once five wrong passwords lock the account", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      for (let i = 0; i < 4; i++) {
        expect(
          (await masukForm(app, { namaPengguna: "perencana.uji", sandi: "salah-lagi-lagi" })).status,
        ).toBe(400);
      }
      const kelima = await masukForm(app, { namaPengguna: "perencana.uji", sandi: "salah-lagi-lagi" });
      expect(kelima.status).toBe(429);
      expect(await kelima.text()).toMatch(
        /Akun terkunci sementara karena terlalu banyak percobaan; coba lagi pukul \d\d\.\d\d/,
      );
      const benar = await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI });
      expect(benar.status).toBe(429);
      expect(tokenSesiDari(benar)).toBeNull();
    }));

  it("refuses a sign-in post without the CSRF field", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const tamu = await tamuUji(app);
      const r = await minta(app, tamu, "POST", "/masuk", {
        isian: { namaPengguna: "perencana.uji", sandi: SANDI },
        tanpaCsrf: true,
      });
      expect(r.status).toBe(403);
      expect(await trx.selectFrom("sesi").selectAll().execute()).toEqual([]);
    }));
});

describe("sign-out and my account", () => {
  it("sign-out removes the session and clears the cookie", () =>
    dalamRollback(b, async (trx) => {
      const { app, akunId } = await siapkan(trx);
      const s = sesiDari(await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI }));
      s.csrf = await csrfHalaman(app, s);
      const r = await minta(app, s, "POST", "/keluar");
      expect(r.status).toBe(303);
      expect(r.headers.get("location")).toBe("/");
      expect(r.headers.get("set-cookie")).toMatch(/terukur_sesi=;.*Max-Age=0/);
      expect(await jumlahSesi(trx, akunId)).toBe(0);
      const lagi = await minta(app, s, "GET", "/akun");
      expect(lagi.status).toBe(303);
      expect(lagi.headers.get("location")).toBe("/masuk?lanjut=%2Fakun");
    }));

  it("a password change keeps this session, ends the others, and only the new password signs in", () =>
    dalamRollback(b, async (trx) => {
      const { app, akunId } = await siapkan(trx);
      const ini = sesiDari(await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI }));
      const lain = sesiDari(await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI }));
      ini.csrf = await csrfHalaman(app, ini);
      expect(await jumlahSesi(trx, akunId)).toBe(2);
      const r = await minta(app, ini, "POST", "/akun/sandi", {
        isian: { sandiLama: SANDI, sandiBaru: "teh-sore-di-wotu", ulangiSandi: "teh-sore-di-wotu" },
      });
      expect(r.status).toBe(303);
      expect(r.headers.get("location")).toMatch(/^\/akun\?pesan=/);
      expect(await jumlahSesi(trx, akunId)).toBe(1);
      expect((await minta(app, ini, "GET", "/akun")).status).toBe(200);
      expect((await minta(app, lain, "GET", "/akun")).status).toBe(303);
      expect((await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI })).status).toBe(400);
      expect(
        (await masukForm(app, { namaPengguna: "perencana.uji", sandi: "teh-sore-di-wotu" })).status,
      ).toBe(303);
    }));

  it("refuses a wrong old password or a mismatched repeat beside the field, changing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, akunId } = await siapkan(trx);
      const s = sesiDari(await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI }));
      s.csrf = await csrfHalaman(app, s);
      const sebelum = await trx
        .selectFrom("akun")
        .select("sandi_hash")
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      const beda = await minta(app, s, "POST", "/akun/sandi", {
        isian: { sandiLama: SANDI, sandiBaru: "teh-sore-di-wotu", ulangiSandi: "teh-sore-di-burau" },
      });
      expect(beda.status).toBe(400);
      expect(await beda.text()).toMatch(
        /id="f-ulangiSandi-galat" role="alert">Kedua kata sandi baru tidak sama<\/small>/,
      );
      const lama = await minta(app, s, "POST", "/akun/sandi", {
        isian: {
          sandiLama: "bukan-yang-lama",
          sandiBaru: "teh-sore-di-wotu",
          ulangiSandi: "teh-sore-di-wotu",
        },
      });
      expect(lama.status).toBe(400);
      expect(await lama.text()).toContain("Kata sandi lama salah");
      const sesudah = await trx
        .selectFrom("akun")
        .select("sandi_hash")
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      expect(sesudah.sandi_hash).toBe(sebelum.sandi_hash);
      expect(
        await trx
          .selectFrom("audit_log")
          .selectAll()
          .where("tabel", "=", "akun")
          .where("aksi", "=", "ubah")
          .execute(),
      ).toEqual([]);
    }));

  it("sign-out everywhere ends every session of the account", () =>
    dalamRollback(b, async (trx) => {
      const { app, akunId } = await siapkan(trx);
      const ini = sesiDari(await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI }));
      await masukForm(app, { namaPengguna: "perencana.uji", sandi: SANDI });
      ini.csrf = await csrfHalaman(app, ini);
      expect(await (await minta(app, ini, "GET", "/akun")).text()).toMatch(
        /Sesi aktif \(termasuk perangkat ini\): <strong>2<\/strong>/,
      );
      const r = await minta(app, ini, "POST", "/akun/keluar-semua");
      expect(r.status).toBe(303);
      expect(r.headers.get("location")).toMatch(/^\/masuk\?pesan=/);
      expect(await jumlahSesi(trx, akunId)).toBe(0);
    }));
});

describe("the home address", () => {
  it("sends each role to where its work starts and the public to the portal", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const ke = async (s: SesiUji | null) => {
        const r = await minta(app, s, "GET", "/");
        expect(r.status).toBe(303);
        return r.headers.get("location");
      };
      expect(await ke(null)).toBe("/portal");
      expect(await ke(await sesiUji(trx, { peran: "admin_pemda" }))).toBe("/kabupaten");
      expect(await ke(await sesiUji(trx, { peran: "evaluator" }))).toBe("/kabupaten");
      expect(await ke(await sesiUji(trx, { peran: "perencana", opdKode: "malili" }))).toBe("/opd/malili");
      expect(
        await ke(
          await sesiUji(trx, { peran: "kepala_seksi", opdKode: "malili", unitKode: "seksi-pemerintahan" }),
        ),
      ).toBe("/opd/malili");
      expect(await ke(await sesiUji(trx, { peran: "pimpinan", opdKode: "burau" }))).toBe("/opd/burau");
    }));
});

describe("language", () => {
  it("shows my account in English for an account that chose English", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili", bahasa: "en" });
      const html = await (await minta(app, s, "GET", "/akun")).text();
      expect(html).toContain("<h1>My account</h1>");
      expect(html).toContain("Sign out of every device");
      expect(html).toContain("Agency planner");
    }));
});

describe("argon2id", () => {
  it("stores an argon2id hash that verifies the password", () =>
    dalamRollback(b, async (trx) => {
      const { akunId } = await siapkan(trx);
      const a = await trx
        .selectFrom("akun")
        .select("sandi_hash")
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      expect(a.sandi_hash).toMatch(/^\$argon2id\$/);
      expect(await verify(a.sandi_hash, SANDI)).toBe(true);
    }));
});
