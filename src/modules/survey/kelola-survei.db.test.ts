import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { kirimRespons } from "./respons.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const HALAMAN = "/opd/malili/survei";
const UNIT = "loket-pelayanan-malili";

/** The demo as of 1 March 2025: its yearly 2025 survey is bound to the IKM indicator S1.I1 (Renstra 2021–2026). */
async function siapkan(trx: Db) {
  const { opdId } = await muatDataset(trx, malili2024, new Date("2025-03-01T00:00:00Z"));
  const periode = await trx
    .selectFrom("skm_periode")
    .select(["id", "indikator_id"])
    .where("opd_id", "=", opdId)
    .where("tahun", "=", 2025)
    .executeTakeFirstOrThrow();
  const app = aplikasiUji(trx);
  const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
  return { app, opdId, periode, perencana };
}

/** Four respondents: U1 answers 4,3,3,4, U2–U8 4,3,3,3, U9 4,3,2,3 → IKM 81.25 (hand-worked in skm-demo.db.test.ts). */
async function isiRespons(trx: Db) {
  const jawab = (u1: number, tengah: number, u9: number) => ({
    U1: u1,
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`U${i + 2}`, tengah])),
    U9: u9,
  });
  for (const [u1, tengah, u9] of [
    [4, 4, 4],
    [3, 3, 3],
    [3, 3, 2],
    [4, 3, 3],
  ] as const) {
    await kirimRespons(trx, {
      kodeUnit: UNIT,
      tanggal: "2025-04-10",
      sumber: "formulir",
      jawaban: jawab(u1, tengah, u9),
    });
  }
}

async function hitung(
  trx: Db,
  tabel: "skm_unit_layanan" | "skm_jenis_layanan" | "skm_periode" | "skm_kuesioner",
) {
  const { n } = await trx
    .selectFrom(tabel)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

async function kirim(
  app: ReturnType<typeof aplikasiUji>,
  s: SesiUji,
  jalur: string,
  isian: Record<string, string>,
) {
  return minta(app, s, "POST", jalur, { isian });
}

const PERIODE_TW2 = {
  tahun: "2025",
  periodeJenis: "triwulan",
  periodeKe: "2",
  mulai: "2025-04-01",
  selesai: "2025-06-30",
  jumlahPengguna: "1200",
  indikatorKode: "S1.I1",
  kuesionerKode: "permenpanrb-14-2017",
  kodeSekaliPakai: "ya",
};

describe("survey management screen", () => {
  it("lists the demo's unit with its links and its period with the response count, IKM and bound IKU", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      await isiRespons(trx);
      const res = await minta(app, perencana, "GET", HALAMAN);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<a href="/s/${UNIT}">/s/${UNIT}</a>`);
      expect(html).toContain(`href="/s/${UNIT}/poster"`);
      expect(html).toContain(`href="/s/${UNIT}?kiosk=1"`);
      expect(html).toContain('href="/s/hasil/malili"');
      expect(html).toContain("Kartu Tanda Penduduk (KTP)");
      expect(html).toMatch(/<td data-label="Periode">Tahun 2025<br\/?>/);
      expect(html).toContain("2025-01-01 – 2025-12-31");
      expect(html).toContain('<td data-label="Responden">4</td>');
      expect(html).toContain('<td data-label="IKM">81,25</td>');
      expect(html).toContain('<td data-label="Mutu">B (Baik)</td>');
      expect(html).toMatch(/<td data-label="IKU">S1\.I1 /);
      expect(html).toContain('<option value="S1.I1">S1.I1 ');
      expect(html).toContain('action="/opd/malili/survei/unit"');
      expect(gzipSync(html).length).toBeLessThan(60 * 1024);
    }));

  it("shows a kepala seksi the set-up without any form", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const ks = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const res = await minta(app, ks, "GET", HALAMAN);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`/s/${UNIT}/poster`);
      expect(html).not.toContain('action="/opd/malili/survei/');
    }));

  it("adds a unit, a service type and a period that read back exactly", () =>
    dalamRollback(b, async (trx) => {
      const { app, opdId, perencana } = await siapkan(trx);
      const unit = await kirim(app, perencana, `${HALAMAN}/unit`, {
        unitKode: "loket-kedua",
        unitNama: "  Loket Kedua Kantor Camat  ",
      });
      expect(unit.status).toBe(303);
      expect(unit.headers.get("location")).toBe(
        `${HALAMAN}?pesan=${encodeURIComponent("Unit layanan ditambahkan")}#unit`,
      );
      expect(
        await trx
          .selectFrom("skm_unit_layanan")
          .select(["opd_id", "nama", "aktif"])
          .where("kode", "=", "loket-kedua")
          .execute(),
      ).toEqual([{ opd_id: opdId, nama: "Loket Kedua Kantor Camat", aktif: true }]);

      const jenis = await kirim(app, perencana, `${HALAMAN}/jenis`, {
        jenisKode: "akta",
        jenisNama: "Akta Kelahiran",
      });
      expect(jenis.status).toBe(303);
      expect(
        await trx
          .selectFrom("skm_jenis_layanan")
          .select(["opd_id", "nama"])
          .where("kode", "=", "akta")
          .execute(),
      ).toEqual([{ opd_id: opdId, nama: "Akta Kelahiran" }]);

      const periode = await kirim(app, perencana, `${HALAMAN}/periode`, PERIODE_TW2);
      expect(periode.status).toBe(303);
      const baris = await trx
        .selectFrom("skm_periode as p")
        .innerJoin("indikator as i", "i.id", "p.indikator_id")
        .innerJoin("skm_kuesioner as k", "k.id", "p.kuesioner_id")
        .select([
          "p.opd_id",
          "p.mulai",
          "p.selesai",
          "p.jumlah_pengguna",
          "p.kode_sekali_pakai",
          "i.kode as indikator",
          "k.kode as kuesioner",
        ])
        .where("p.tahun", "=", 2025)
        .where("p.periode_jenis", "=", "triwulan")
        .where("p.periode_ke", "=", 2)
        .execute();
      expect(baris).toEqual([
        {
          opd_id: opdId,
          mulai: "2025-04-01",
          selesai: "2025-06-30",
          jumlah_pengguna: 1200,
          kode_sekali_pakai: true,
          indikator: "S1.I1",
          kuesioner: "permenpanrb-14-2017",
        },
      ]);
      const html = await (await minta(app, perencana, "GET", HALAMAN)).text();
      expect(html).toContain("loket-kedua");
      expect(html).toContain("Akta Kelahiran");
      expect(html).toContain("Triwulan II 2025");
    }));

  it("refuses a duplicate unit code with 409, the message at the field and the typed name kept", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const sebelum = await hitung(trx, "skm_unit_layanan");
      const res = await kirim(app, perencana, `${HALAMAN}/unit`, {
        unitKode: UNIT,
        unitNama: "Loket Ganda Baru",
      });
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain(`Unit layanan dengan kode &quot;${UNIT}&quot; sudah ada`);
      expect(html).toContain('value="Loket Ganda Baru"');
      expect(html).toContain('id="f-unitKode-galat"');
      expect(await hitung(trx, "skm_unit_layanan")).toBe(sebelum);
    }));

  it("refuses a period ending before it starts, or bound to an unknown indicator, with 400 and nothing written", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const sebelum = await hitung(trx, "skm_periode");
      const mundur = await kirim(app, perencana, `${HALAMAN}/periode`, {
        ...PERIODE_TW2,
        mulai: "2025-06-30",
        selesai: "2025-04-01",
      });
      expect(mundur.status).toBe(400);
      const html = await mundur.text();
      expect(html).toContain("Tanggal selesai tidak boleh sebelum tanggal mulai");
      expect(html).toContain('id="f-selesai-galat"');
      expect(html).toContain('value="2025-06-30"');
      expect(html).toContain('value="1200"');
      expect(html).toMatch(/<input type="checkbox" name="kodeSekaliPakai" value="ya" checked/);

      const asing = await kirim(app, perencana, `${HALAMAN}/periode`, {
        ...PERIODE_TW2,
        indikatorKode: "X9.I9",
      });
      expect(asing.status).toBe(400);
      const html2 = await asing.text();
      expect(html2).toContain("indikator &quot;X9.I9&quot; tidak ada dalam Renstra 2021–2026");
      expect(html2).toContain('id="f-indikatorKode-galat"');
      expect(await hitung(trx, "skm_periode")).toBe(sebelum);
    }));

  it("makes 20 one-time codes and prints them; a bad number is refused at the field", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      expect((await kirim(app, perencana, `${HALAMAN}/periode`, PERIODE_TW2)).status).toBe(303);
      const { id } = await trx
        .selectFrom("skm_periode")
        .select("id")
        .where("periode_jenis", "=", "triwulan")
        .executeTakeFirstOrThrow();
      const jalur = `${HALAMAN}/periode/${id}/kode`;

      const buruk = await kirim(app, perencana, jalur, { [`jumlah_${id}`]: "0" });
      expect(buruk.status).toBe(400);
      const htmlBuruk = await buruk.text();
      expect(htmlBuruk).toContain("jumlah kode harus bilangan bulat 1 sampai 10000");
      expect(htmlBuruk).toContain(`id="f-jumlah_${id}-galat"`);
      expect(htmlBuruk).toContain(`name="jumlah_${id}" type="number" value="0"`);

      const res = await kirim(app, perencana, jalur, { [`jumlah_${id}`]: "20" });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(
        `${HALAMAN}?pesan=${encodeURIComponent("20 kode sekali pakai dibuat")}#kode`,
      );
      const kode = await trx
        .selectFrom("skm_kode_sekali")
        .select(["kode", "dipakai_pada"])
        .where("periode_id", "=", id)
        .orderBy("id")
        .execute();
      expect(kode).toHaveLength(20);
      expect(
        kode.every((k) => k.dipakai_pada === null && /^[34679ACDEFGHJKMNPQRTUVWXY]{8}$/.test(k.kode)),
      ).toBe(true);

      const cetak = await minta(app, perencana, "GET", jalur);
      expect(cetak.status).toBe(200);
      const html = await cetak.text();
      const tercetak = [...html.matchAll(/<li>([A-Z0-9]{8})<\/li>/g)].map((m) => m[1]);
      expect(tercetak).toEqual(kode.map((k) => k.kode));
      expect(html).toContain("<strong>20</strong>");
      expect(html).toContain("Triwulan II 2025");
    }));

  it("applies the IKM to the bound IKU as its realisation; a period with no response is refused at the top", () =>
    dalamRollback(b, async (trx) => {
      const { app, periode, perencana } = await siapkan(trx);
      await isiRespons(trx);
      const res = await kirim(app, perencana, `${HALAMAN}/periode/${periode.id}/terapkan`, {});
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(
        `${HALAMAN}?pesan=${encodeURIComponent("IKM 81,25 diterapkan sebagai realisasi IKU")}#periode`,
      );
      const real = await trx
        .selectFrom("realisasi_indikator")
        .select(["indikator_id", "tahun", "periode_jenis", "periode_ke", "nilai", "status"])
        .where("skm_periode_id", "=", periode.id)
        .execute();
      expect(real).toHaveLength(1);
      expect(real[0]).toMatchObject({
        indikator_id: periode.indikator_id,
        tahun: 2025,
        periode_jenis: "tahun",
        periode_ke: 1,
        status: "draf",
      });
      expect(Number(real[0]?.nilai)).toBe(81.25);
      const html = await (await minta(app, perencana, "GET", HALAMAN)).text();
      expect(html).toContain('<td data-label="Realisasi IKU">81,25');

      expect((await kirim(app, perencana, `${HALAMAN}/periode`, PERIODE_TW2)).status).toBe(303);
      const tw = await trx
        .selectFrom("skm_periode")
        .select("id")
        .where("periode_jenis", "=", "triwulan")
        .executeTakeFirstOrThrow();
      const tolak = await kirim(app, perencana, `${HALAMAN}/periode/${tw.id}/terapkan`, {});
      expect(tolak.status).toBe(400);
      expect(await tolak.text()).toMatch(
        /<p class="galat-umum" role="alert">Periode survei triwulan II 2025 belum memiliki respons; IKM belum dapat diterapkan ke IKU<\/p>/,
      );
      const semua = await trx
        .selectFrom("realisasi_indikator")
        .select("id")
        .where("skm_periode_id", "is not", null)
        .execute();
      expect(semua).toHaveLength(1);
    }));

  it("lets the admin pemda add a custom questionnaire; weights summing to 0,9 are refused with the reason", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const admin = await sesiUji(trx, { peran: "admin_pemda" });
      const sebelum = await hitung(trx, "skm_kuesioner");
      const unsur09 = "U1; Persyaratan; 0,5\nU2; Waktu Penyelesaian; 0,4";
      const buruk = await kirim(app, admin, `${HALAMAN}/kuesioner`, {
        kqKode: "skm-luwu-timur",
        kqNama: "SKM Luwu Timur",
        kqSumber: "PermenPANRB 14/2017, disesuaikan",
        kqUnsur: unsur09,
      });
      expect(buruk.status).toBe(400);
      const html = await buruk.text();
      expect(html).toContain(
        "Jumlah bobot seluruh unsur harus tepat 1 (PermenPANRB 14/2017); tertulis 9/10.",
      );
      expect(html).toContain('id="f-kqUnsur-galat"');
      expect(html).toContain(`${unsur09}</textarea>`);
      expect(await hitung(trx, "skm_kuesioner")).toBe(sebelum);

      const baik = await kirim(app, admin, `${HALAMAN}/kuesioner`, {
        kqKode: "skm-luwu-timur",
        kqNama: "SKM Luwu Timur",
        kqSumber: "PermenPANRB 14/2017, disesuaikan",
        kqUnsur: "U1; Persyaratan; 0,5\nU2; Waktu Penyelesaian; 1/2; Berapa lama Anda menunggu?",
      });
      expect(baik.status).toBe(303);
      const k = await trx
        .selectFrom("skm_kuesioner")
        .select(["id", "nama", "pemda_id"])
        .where("kode", "=", "skm-luwu-timur")
        .executeTakeFirstOrThrow();
      expect(k.pemda_id).not.toBeNull();
      expect(
        await trx
          .selectFrom("skm_unsur")
          .select(["kunci", "nama", "pertanyaan", "bobot_pembilang", "bobot_penyebut", "label_4"])
          .where("kuesioner_id", "=", k.id)
          .orderBy("urutan")
          .execute(),
      ).toEqual([
        {
          kunci: "U1",
          nama: "Persyaratan",
          pertanyaan: "Bagaimana pendapat Saudara tentang persyaratan pada pelayanan ini?",
          bobot_pembilang: 1,
          bobot_penyebut: 2,
          label_4: "Sangat baik",
        },
        {
          kunci: "U2",
          nama: "Waktu Penyelesaian",
          pertanyaan: "Berapa lama Anda menunggu?",
          bobot_pembilang: 1,
          bobot_penyebut: 2,
          label_4: "Sangat baik",
        },
      ]);
      // the perencana can now choose it for a period
      const html2 = await (await minta(app, perencana, "GET", HALAMAN)).text();
      expect(html2).toContain('<option value="skm-luwu-timur">SKM Luwu Timur (khusus pemda)</option>');
    }));

  it("refuses writes to a kepala seksi, an evaluator, and the perencana of another OPD (page and post)", () =>
    dalamRollback(b, async (trx) => {
      const { app, periode, perencana } = await siapkan(trx);
      await isiRespons(trx);
      const ks = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const ev = await sesiUji(trx, { peran: "evaluator" });
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const unit = await hitung(trx, "skm_unit_layanan");
      const per = await hitung(trx, "skm_periode");
      const kuesioner = await hitung(trx, "skm_kuesioner");
      for (const s of [ks, ev, burau]) {
        expect((await kirim(app, s, `${HALAMAN}/unit`, { unitKode: "loket-x", unitNama: "X" })).status).toBe(
          403,
        );
        expect((await kirim(app, s, `${HALAMAN}/jenis`, { jenisKode: "x", jenisNama: "X" })).status).toBe(
          403,
        );
        expect((await kirim(app, s, `${HALAMAN}/periode`, PERIODE_TW2)).status).toBe(403);
        expect((await kirim(app, s, `${HALAMAN}/periode/${periode.id}/terapkan`, {})).status).toBe(403);
        const kode = await kirim(app, s, `${HALAMAN}/periode/${periode.id}/kode`, {
          [`jumlah_${periode.id}`]: "5",
        });
        expect(kode.status).toBe(403);
        expect((await minta(app, s, "GET", `${HALAMAN}/periode/${periode.id}/kode`)).status).toBe(403);
      }
      expect((await minta(app, burau, "GET", HALAMAN)).status).toBe(403);
      expect((await minta(app, ev, "GET", HALAMAN)).status).toBe(200);
      // custom questionnaires are pemda-wide: not the OPD perencana's to add
      const kq = await kirim(app, perencana, `${HALAMAN}/kuesioner`, {
        kqKode: "kq",
        kqNama: "KQ",
        kqSumber: "S",
        kqUnsur: "U1; Persyaratan; 1",
      });
      expect(kq.status).toBe(403);
      expect(await hitung(trx, "skm_unit_layanan")).toBe(unit);
      expect(await hitung(trx, "skm_periode")).toBe(per);
      expect(await hitung(trx, "skm_kuesioner")).toBe(kuesioner);
      expect(await trx.selectFrom("skm_kode_sekali").select("id").execute()).toEqual([]);
      expect(
        await trx
          .selectFrom("realisasi_indikator")
          .select("id")
          .where("skm_periode_id", "is not", null)
          .execute(),
      ).toEqual([]);
    }));

  it("answers 404 for a period of another OPD named under this OPD's address", () =>
    dalamRollback(b, async (trx) => {
      const { app, periode } = await siapkan(trx);
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await kirim(app, burau, `/opd/burau/survei/periode/${periode.id}/terapkan`, {})).status).toBe(
        404,
      );
      expect((await minta(app, burau, "GET", `/opd/burau/survei/periode/${periode.id}/kode`)).status).toBe(
        404,
      );
    }));
});
