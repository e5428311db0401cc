import { buatAkun } from "../../src/modules/auth/akun.service.ts";
import { hashSandi } from "../../src/modules/auth/sandi.ts";
import type { Peran } from "../../src/platform/db/schema.ts";
import type { Db } from "../../src/platform/db/transaction.ts";

/** The one password of every demo account (printed in the README; never use the demo in production). */
export const SANDI_DEMO = "terukur-demo";

/** One account per role, so every screen of the cycle can be tried from the README. */
export const AKUN_DEMO: readonly {
  namaPengguna: string;
  nama: string;
  peran: Peran;
  opdKode: string | null;
  unitKode: string | null;
}[] = [
  {
    namaPengguna: "admin.lutim",
    nama: "Admin Bagian Organisasi Luwu Timur",
    peran: "admin_pemda",
    opdKode: null,
    unitKode: null,
  },
  {
    namaPengguna: "perencana.malili",
    nama: "Perencana Kecamatan Malili",
    peran: "perencana",
    opdKode: "malili",
    unitKode: null,
  },
  {
    namaPengguna: "kasi.pemerintahan.malili",
    nama: "Kepala Seksi Pemerintahan Malili",
    peran: "kepala_seksi",
    opdKode: "malili",
    unitKode: "seksi-pemerintahan",
  },
  {
    namaPengguna: "camat.malili",
    nama: "Camat Malili",
    peran: "pimpinan",
    opdKode: "malili",
    unitKode: null,
  },
  {
    namaPengguna: "evaluator.inspektorat",
    nama: "Evaluator Inspektorat Luwu Timur",
    peran: "evaluator",
    opdKode: null,
    unitKode: null,
  },
  {
    namaPengguna: "perencana.burau",
    nama: "Perencana Kecamatan Burau",
    peran: "perencana",
    opdKode: "burau",
    unitKode: null,
  },
];

/**
 * Creates the demo accounts in the demo pemda through the ordinary account service (validated and
 * audited like an admin's), hashing the shared password once for all of them.
 */
export async function muatAkunDemo(db: Db, pemdaId: number): Promise<string[]> {
  const sandiHash = await hashSandi(SANDI_DEMO);
  const cakupan = { pemdaId, opdId: null, pelaku: "demo" };
  for (const a of AKUN_DEMO) await buatAkun(db, cakupan, { ...a, sandi: SANDI_DEMO }, { sandiHash });
  return AKUN_DEMO.map((a) => a.namaPengguna);
}
