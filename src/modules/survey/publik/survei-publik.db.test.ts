import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import type { Db } from "../../../platform/db/transaction.ts";
import { tentukanOpd } from "../../tenancy/tenancy.service.ts";
import { buatKodeSekali, buatPeriodeSkm, buatUnitLayanan } from "../survey.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const TAHUN = new Date().getFullYear();
/** The demo's counter: the loader opens a yearly survey of the current year for it. */
const UNIT = "loket-pelayanan-malili";

/**
 * The Malili demo (a service unit, five service types, a survey open all year). `periode: false` asks for a unit of
 * another OPD with no survey open; `kodeSekali` opens this quarter's survey requiring one-time codes, which wins
 * over the yearly one as the more specific period.
 */
async function siapkan(trx: Db, opsi: { periode?: boolean; kodeSekali?: boolean } = {}) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const c = { pemdaId, opdId: null, pelaku: "uji" };
  const app = aplikasiUji(trx);
  if (opsi.periode === false) {
    const burau = await tentukanOpd(trx, c, "burau");
    await buatUnitLayanan(trx, c, burau.id, { kode: "loket-burau", nama: "Loket Kecamatan Burau" });
    return { app, kode: [] as string[] };
  }
  if (!opsi.kodeSekali) return { app, kode: [] as string[] };
  const bulan = new Date().getMonth();
  const tw = Math.floor(bulan / 3) + 1;
  const akhir = new Date(Date.UTC(TAHUN, tw * 3, 0)).getUTCDate();
  const periodeId = await buatPeriodeSkm(trx, c, opdId, {
    tahun: TAHUN,
    periodeJenis: "triwulan",
    periodeKe: tw,
    mulai: `${TAHUN}-${String(tw * 3 - 2).padStart(2, "0")}-01`,
    selesai: `${TAHUN}-${String(tw * 3).padStart(2, "0")}-${akhir}`,
    kodeSekaliPakai: true,
  });
  return { app, kode: await buatKodeSekali(trx, c, periodeId, 2) };
}

let nomorPerangkat = 0;
/** A fresh device cookie, as a phone gets on its first visit. */
function perangkatBaru(): string {
  nomorPerangkat += 1;
  return `uji${String(nomorPerangkat).padStart(19, "0")}`;
}

const SEMUA_4 = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u_U${i + 1}`, "4"]));

async function kirim(
  app: ReturnType<typeof aplikasiUji>,
  isian: Record<string, string>,
  perangkat: string,
  kueri = "",
): Promise<Response> {
  return await app.request(`/s/${UNIT}${kueri}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: `skm_perangkat=${perangkat}`,
      accept: "text/html",
    },
    body: new URLSearchParams(isian).toString(),
  });
}

async function jumlahRespons(trx: Db): Promise<number> {
  const r = await trx
    .selectFrom("skm_respons")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("the public SKM form GET /s/:kodeUnit", () => {
  it("renders the nine questions with four clickable labels each, the service types, profile and saran, under 30 KB", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const res = await app.request(`/s/${UNIT}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const css = statSync(new URL("../../../../public/survei.css", import.meta.url)).size;
      expect(new TextEncoder().encode(html).length + css).toBeLessThan(30 * 1024);
      expect(html.match(/<link rel="stylesheet" href="([^"]+)"/g)).toEqual([
        '<link rel="stylesheet" href="/public/survei.css"',
      ]);
      expect(html).not.toMatch(/<script|<img/);
      expect(html).toContain("Kecamatan Malili");
      expect(html).toContain("Loket Pelayanan Kantor Camat Malili");
      expect(html.match(/<fieldset class="soal"/g)).toHaveLength(9);
      for (let i = 1; i <= 9; i++) {
        expect(html.match(new RegExp(`<input type="radio" name="u_U${i}" value="[1-4]"`, "g"))).toHaveLength(
          4,
        );
      }
      for (const label of [
        "Sangat sesuai",
        "Gratis",
        "Sangat mahal",
        "Dikelola dengan baik",
        "Sangat baik",
      ]) {
        expect(html).toContain(`<span>${label}</span>`);
      }
      expect(html).toContain('<option value="ktp">Kartu Tanda Penduduk (KTP)</option>');
      expect(html).toMatch(/<textarea id="saran" name="saran" rows="4" maxlength="2000">/);
      expect(html).toContain('name="jenisKelamin"');
      expect(html).not.toContain('name="kodeSekali"');
      expect(html).toContain(`<form method="post" action="/s/${UNIT}"`);
      expect(res.headers.get("set-cookie")).toMatch(
        /^skm_perangkat=[A-Za-z0-9_-]{22};.*HttpOnly.*SameSite=Lax/,
      );
    }));

  it("says the survey is closed when no period is open, and 404s an unknown unit", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx, { periode: false });
      const res = await app.request("/s/loket-burau");
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Survei sedang ditutup");
      const tidakAda = await app.request("/s/tidak-ada");
      expect(tidakAda.status).toBe(404);
      expect(await tidakAda.text()).toContain("tidak ditemukan");
    }));

  it("asks for the one-time code when the period requires one", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx, { kodeSekali: true });
      expect(await (await app.request(`/s/${UNIT}`)).text()).toContain('name="kodeSekali"');
    }));
});

describe("POST /s/:kodeUnit", () => {
  it("stores a valid response with its hashed fingerprint and redirects to the thank-you page", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const res = await kirim(
        app,
        {
          ...SEMUA_4,
          u_U4: "3",
          jenisLayanan: "ktp",
          jenisKelamin: "P",
          usia: "34",
          pendidikan: "SMA",
          pekerjaan: "wirausaha",
          saran: "Antrean sudah rapi.",
        },
        perangkatBaru(),
      );
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`/s/${UNIT}/terima-kasih`);
      const respons = await trx.selectFrom("skm_respons").selectAll().execute();
      expect(respons).toHaveLength(1);
      expect(respons[0]).toMatchObject({
        sumber: "formulir",
        jenis_kelamin: "P",
        usia: 34,
        saran: "Antrean sudah rapi.",
      });
      expect(respons[0]?.sidik).toMatch(/^[0-9a-f]{64}$/);
      expect(respons[0]?.jenis_layanan_id).not.toBeNull();
      const jawaban = await trx.selectFrom("skm_jawaban").select("nilai").execute();
      expect(jawaban.map((j) => j.nilai).sort()).toEqual([3, 4, 4, 4, 4, 4, 4, 4, 4]);
      const terima = await app.request(`/s/${UNIT}/terima-kasih`);
      const html = await terima.text();
      expect(html).toContain("Terima kasih");
      expect(html).toContain('href="/s/hasil/malili"');
      expect(html).not.toContain("http-equiv");
    }));

  for (const [nama, isian, bidang, pesan] of [
    [
      "an answer out of range",
      { ...SEMUA_4, u_U3: "5" },
      "u_U3",
      "Pertanyaan 3: jawaban harus bilangan bulat 1 sampai 4",
    ],
    ["a required unsur left blank", { ...SEMUA_4, u_U5: "" }, "u_U5", "Pertanyaan 5 belum dijawab"],
    ["an oversized saran", { ...SEMUA_4, saran: "a".repeat(2001) }, "saran", "2000 karakter"],
    ["an unknown service type", { ...SEMUA_4, jenisLayanan: "paspor" }, "jenisLayanan", "tidak dikenal"],
  ] as const) {
    it(`refuses ${nama} beside the field, keeps the answers and stores nothing`, () =>
      dalamRollback(b, async (trx) => {
        const { app } = await siapkan(trx);
        const res = await kirim(app, { ...isian, u_U1: "2", usia: "41" }, perangkatBaru());
        expect(res.status).toBe(400);
        const html = await res.text();
        expect(html).toContain("Jawaban belum terkirim");
        expect(html).toMatch(new RegExp(`<p class="galat" id="galat-${bidang}">[^<]*${pesan}`));
        expect(html).toContain('name="u_U1" value="2" checked=""');
        expect(html).toContain('value="41"');
        expect(await jumlahRespons(trx)).toBe(0);
        expect(await trx.selectFrom("skm_jawaban").select("nilai").execute()).toEqual([]);
      }));
  }

  it("refuses a reused one-time code and stores nothing the second time", () =>
    dalamRollback(b, async (trx) => {
      const { app, kode } = await siapkan(trx, { kodeSekali: true });
      const k = kode[0] ?? "";
      expect((await kirim(app, { ...SEMUA_4, kodeSekali: k }, perangkatBaru())).status).toBe(303);
      const ulang = await kirim(app, { ...SEMUA_4, kodeSekali: k.toLowerCase() }, perangkatBaru());
      expect(ulang.status).toBe(400);
      expect(await ulang.text()).toMatch(/<p class="galat" id="galat-kodeSekali">[^<]*sudah dipakai/);
      const tanpa = await kirim(app, SEMUA_4, perangkatBaru());
      expect(tanpa.status).toBe(400);
      expect(await tanpa.text()).toContain('id="galat-kodeSekali"');
      expect(await jumlahRespons(trx)).toBe(1);
    }));

  it("refuses the same device answering again within ten minutes, but lets a refused form be corrected", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const hp = perangkatBaru();
      expect((await kirim(app, { ...SEMUA_4, u_U2: "" }, hp)).status).toBe(400);
      expect((await kirim(app, SEMUA_4, hp)).status).toBe(303);
      const lagi = await kirim(app, SEMUA_4, hp);
      expect(lagi.status).toBe(409);
      expect(await lagi.text()).toContain("sudah kami terima");
      expect(await jumlahRespons(trx)).toBe(1);
    }));

  it("answers a burst over the per-device limit with 429 and stores nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const hp = perangkatBaru();
      for (let i = 0; i < 5; i++) expect((await kirim(app, { u_U1: "4" }, hp)).status).toBe(400);
      const res = await kirim(app, SEMUA_4, hp);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(500);
      expect(await res.text()).toMatch(/tidak disimpan[\s\S]*coba lagi dalam 10 menit/);
      expect(await jumlahRespons(trx)).toBe(0);
      const kunci = await trx.selectFrom("batas_laju").select("kunci").execute();
      expect(kunci.every((k) => /^[0-9a-f]{64}$/.test(k.kunci))).toBe(true);
    }));

  it("answers a burst over the per-address limit with 429 even from fresh devices", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      for (let i = 0; i < 30; i++)
        expect((await kirim(app, { u_U1: "4" }, perangkatBaru())).status).toBe(400);
      expect((await kirim(app, SEMUA_4, perangkatBaru())).status).toBe(429);
      expect(await jumlahRespons(trx)).toBe(0);
    }));

  it("kiosk mode: large type, stored as 'kios', and the thanks return to an empty form after 5 s", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const form = await (await app.request(`/s/${UNIT}?kiosk=1`)).text();
      expect(form).toContain('<body class="kios">');
      expect(form).toContain(`action="/s/${UNIT}?kiosk=1"`);
      const tablet = perangkatBaru();
      for (let i = 0; i < 2; i++) {
        const res = await kirim(app, SEMUA_4, tablet, "?kiosk=1");
        expect(res.status).toBe(303);
        expect(res.headers.get("location")).toBe(`/s/${UNIT}/terima-kasih?kiosk=1`);
      }
      const sumber = await trx.selectFrom("skm_respons").select(["sumber", "sidik"]).execute();
      expect(sumber).toEqual([
        { sumber: "kios", sidik: null },
        { sumber: "kios", sidik: null },
      ]);
      const terima = await (await app.request(`/s/${UNIT}/terima-kasih?kiosk=1`)).text();
      expect(terima).toContain(`<meta http-equiv="refresh" content="5;url=/s/${UNIT}?kiosk=1"/>`);
    }));
});

describe("the QR poster and the public results", () => {
  it("prints the form's absolute address as a QR code and as text on an A4 poster", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const res = await app.request(`http://survei.example.go.id/s/${UNIT}/poster`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("<svg");
      expect(html).toContain(`>http://survei.example.go.id/s/${UNIT}</a>`);
      expect(html).toContain("Kecamatan Malili");
      expect(html).toContain("Pindai kode QR");
    }));

  it("shows the IKM, mutu, unsur values and respondent count, and never a suggestion", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const kosong = await (await app.request("/s/hasil/malili")).text();
      expect(kosong).toContain("Belum ada hasil survei");
      await kirim(app, { ...SEMUA_4, saran: "saran-rahasia-xyz" }, perangkatBaru());
      await kirim(app, { ...SEMUA_4, u_U3: "2", u_U9: "3" }, perangkatBaru());
      const html = await (await app.request("/s/hasil/malili")).text();
      expect(html).toContain('<b id="responden">2</b>');
      // U3: (4+2)/2 = 3 → 75; U9: 3,5 → 87,5; others 100; IKM = (7·4 + 3 + 3,5)/9 × 25 = 95,83
      expect(html).toContain('<b id="ikm">95,83</b>');
      expect(html).toContain("A (Sangat Baik)");
      expect(html).toMatch(/<tr class="terendah"><td>Waktu Penyelesaian/);
      expect(html).toContain("75,00");
      expect(html).toContain("Jumlah pengguna layanan periode ini belum dicatat");
      expect(html).not.toContain("saran-rahasia-xyz");
      expect((await app.request("/s/hasil/tidak-ada")).status).toBe(404);
    }));
});
