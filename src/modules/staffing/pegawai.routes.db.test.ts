import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const HALAMAN = "/opd/malili/pegawai?tahun=2024";
const PEGAWAI = {
  tahun: "2024",
  nama: "Andi Baso, S.Sos",
  nip: "199001012020121001",
  unitKode: "seksi-pemerintahan",
  status: "PNS",
  golongan: "III",
  ruang: "b",
  pendidikan: "S1",
  jabatan: "Analis Pemerintahan",
  jenisJabatan: "pelaksana",
  eselon: "",
};

async function jumlahPegawai(trx: Db): Promise<number> {
  const r = await trx
    .selectFrom("pegawai")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function siapkan(trx: Db) {
  await muatDataset(trx, malili2024);
  return aplikasiUji(trx);
}

describe("staffing screen", () => {
  it("shows the register by unit with NIP and the computed total", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
      const res = await minta(app, s, "GET", HALAMAN);
      expect(res.status).toBe(200);
      const html = await res.text();
      const opd = await trx
        .selectFrom("opd")
        .select("id")
        .where("kode", "=", "malili")
        .executeTakeFirstOrThrow();
      const aktif = await trx
        .selectFrom("pegawai")
        .select(["nama", "nip"])
        .where("opd_id", "=", opd.id)
        .where("aktif", "=", true)
        .execute();
      expect(html).toContain(`<td class="angka" id="total-pegawai">${aktif.length}</td>`);
      const berNip = aktif.find((p) => p.nip !== null);
      expect(berNip).toBeDefined();
      expect(html).toContain(`>${berNip?.nip}</td>`);
      expect(html).not.toContain('action="/opd/malili/pegawai/anjab"');
    }));

  it("adds an employee and sets an ANJAB need, read back from the database", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const res = await minta(app, s, "POST", "/opd/malili/pegawai", { isian: PEGAWAI });
      expect(res.status).toBe(303);
      const row = await trx
        .selectFrom("pegawai as p")
        .innerJoin("unit_kerja as u", "u.id", "p.unit_kerja_id")
        .select([
          "p.nama",
          "p.status",
          "p.golongan",
          "p.ruang",
          "p.pendidikan",
          "p.jabatan",
          "p.eselon",
          "u.kode",
        ])
        .where("p.nip", "=", PEGAWAI.nip)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        nama: "Andi Baso, S.Sos",
        status: "PNS",
        golongan: "III",
        ruang: "b",
        pendidikan: "S1",
        jabatan: "Analis Pemerintahan",
        eselon: null,
        kode: "seksi-pemerintahan",
      });
      const anjab = await minta(app, s, "POST", "/opd/malili/pegawai/anjab", {
        isian: {
          tahun: "2024",
          a_unitKode: "seksi-pemerintahan",
          a_jenisJabatan: "pelaksana",
          a_jumlah: "7",
        },
      });
      expect(anjab.status).toBe(303);
      const kebutuhan = await trx
        .selectFrom("anjab_kebutuhan as a")
        .innerJoin("unit_kerja as u", "u.id", "a.unit_kerja_id")
        .select("a.jumlah")
        .where("u.kode", "=", "seksi-pemerintahan")
        .where("a.tahun", "=", 2024)
        .where("a.jenis_jabatan", "=", "pelaksana")
        .executeTakeFirstOrThrow();
      expect(kebutuhan.jumlah).toBe(7);
      const html = await (await minta(app, s, "GET", HALAMAN)).text();
      expect(html).toContain(">Andi Baso, S.Sos</td>");
    }));

  it("refuses a 17-digit NIP beside the field, keeps what was typed, writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const sebelum = await jumlahPegawai(trx);
      const res = await minta(app, s, "POST", "/opd/malili/pegawai", {
        isian: { ...PEGAWAI, nip: "19900101202012100" },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('id="f-nip-galat" role="alert">NIP harus 18 digit angka');
      expect(html).toContain('value="19900101202012100"');
      expect(html).toContain('value="Andi Baso, S.Sos"');
      expect(await jumlahPegawai(trx)).toBe(sebelum);
    }));

  it("refuses POSTs by a kepala seksi, an evaluator and another OPD's perencana; other OPDs cannot read", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const sebelum = await jumlahPegawai(trx);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      for (const s of [kasi, evaluator, burau]) {
        expect((await minta(app, s, "POST", "/opd/malili/pegawai", { isian: PEGAWAI })).status).toBe(403);
        const anjab = await minta(app, s, "POST", "/opd/malili/pegawai/anjab", {
          isian: {
            tahun: "2024",
            a_unitKode: "seksi-pemerintahan",
            a_jenisJabatan: "pelaksana",
            a_jumlah: "1",
          },
        });
        expect(anjab.status).toBe(403);
      }
      expect((await minta(app, evaluator, "GET", HALAMAN)).status).toBe(200);
      expect((await minta(app, burau, "GET", HALAMAN)).status).toBe(403);
      expect(await jumlahPegawai(trx)).toBe(sebelum);
    }));
});
