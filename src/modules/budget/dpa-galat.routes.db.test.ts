import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";

/**
 * A refused DPA post always shows its message (issue 4): beside its field when the form is on the page,
 * else on top of the form or the page; a missing or unknown version is bad input (400), not a 404.
 */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** The texts of every alert on the page. */
function peringatan(html: string): string[] {
  return [...html.matchAll(/role="alert">([^<]*)</g)].map((m) => m[1] ?? "");
}

/** Rows of the DPA tables, to show a refusal wrote nothing. */
async function jumlahDpa(db: Db): Promise<string> {
  const n = async (t: "dpa" | "dpa_program" | "dpa_kegiatan" | "dpa_sub_kegiatan") =>
    (
      await db
        .selectFrom(t)
        .select((e) => e.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return [
    await n("dpa"),
    await n("dpa_program"),
    await n("dpa_kegiatan"),
    await n("dpa_sub_kegiatan"),
  ].join();
}

describe("refused DPA posts", () => {
  for (const jalur of ["program", "kegiatan", "sub-kegiatan"]) {
    it(`adding a ${jalur} without a version: 400 with "Versi DPA wajib dipilih", nothing written`, () =>
      dalamRollback(b, async (trx) => {
        await muatDataset(trx, malili2024);
        const app = aplikasiUji(trx);
        const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
        const sebelum = await jumlahDpa(trx);
        for (const dpaId of [undefined, "", "abc", "-3"]) {
          const isian: Record<string, string> = { p_kode: "7.01.01", k_kode: "7.01.01.2.01" };
          if (dpaId !== undefined) isian.dpaId = dpaId;
          const res = await minta(app, s, "POST", `/opd/malili/dpa/${jalur}`, { isian });
          expect(res.status).toBe(400);
          const html = await res.text();
          expect(html).toContain('<p class="galat-umum" role="alert">Versi DPA wajib dipilih</p>');
        }
        const asing = await minta(app, s, "POST", `/opd/malili/dpa/${jalur}`, { isian: { dpaId: "999999" } });
        expect(asing.status).toBe(400);
        expect(peringatan(await asing.text())).toEqual([
          "Versi DPA tidak ditemukan; buka kembali halaman DPA dan pilih versinya",
        ]);
        expect(await jumlahDpa(trx)).toBe(sebelum);
      }));
  }

  it("a refused node on an OPD without any DPA shows its message on top of the page", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const sebelum = await jumlahDpa(trx);
      const res = await minta(app, s, "POST", "/opd/burau/dpa/program", { isian: { p_kode: "7.01.01" } });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).not.toContain('action="/opd/burau/dpa/program"');
      expect(peringatan(html)).toEqual(["Versi DPA wajib dipilih"]);
      expect(await jumlahDpa(trx)).toBe(sebelum);
    }));

  it("recording a version with an unreadable year: the page it was on, the message beside the year", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const sebelum = await jumlahDpa(trx);
      const res = await minta(app, s, "POST", "/opd/malili/dpa?tahun=2025", {
        isian: { tahun: "duaribu", jenis: "murni", nomor: "903/12/2025" },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toMatch(/<h1>[^<]*2025/);
      expect(html).toContain('id="f-tahun-galat" role="alert">Tahun harus angka antara 2000 dan 2200');
      expect(html).toContain('value="903/12/2025"');
      expect(await jumlahDpa(trx)).toBe(sebelum);
    }));

  it("recording a version the year already has: its form is shown again with the message and the input", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      // 2024 has both versions, so its page offers no version form until a refusal brings it back
      const halaman = await (await minta(app, s, "GET", "/opd/malili/dpa?tahun=2024")).text();
      expect(halaman).not.toContain('id="tambah-versi"');
      const sebelum = await jumlahDpa(trx);
      const res = await minta(app, s, "POST", "/opd/malili/dpa", {
        isian: { tahun: "2024", jenis: "murni", nomor: "903/12/2024" },
      });
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('id="f-jenis-galat" role="alert">DPA murni tahun 2024 sudah ada');
      expect(html).toContain('value="903/12/2024"');
      expect(await jumlahDpa(trx)).toBe(sebelum);
    }));
});
