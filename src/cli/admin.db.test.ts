import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { malili2024 } from "../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../test/setup/db.ts";
import { jalankanCli } from "../cli.ts";
import { masuk } from "../modules/auth/masuk.service.ts";
import type { Basisdata } from "../platform/db/database.ts";
import { buatAkunCli } from "./admin.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});
afterEach(() => vi.restoreAllMocks());

function tangkapKeluaran() {
  const keluar: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...x: unknown[]) => void keluar.push(x.join(" ")));
  return keluar;
}

const ADMIN = [
  "--nama-pengguna",
  "admin.pertama",
  "--nama",
  "Admin Pertama Luwu Timur",
  "--peran",
  "admin_pemda",
];

describe("terukur admin buat-akun", () => {
  it("creates the first admin of a pemda that has no account yet, who can then sign in", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId } = await muatDataset(trx, malili2024);
      expect(await trx.selectFrom("akun").select("id").execute()).toEqual([]);
      const keluar = tangkapKeluaran();
      const kode = await buatAkunCli(trx, [...ADMIN, "--pemda", "luwu-timur"], {
        env: { TERUKUR_SANDI: "sandi-admin-pertama" },
        tanya: null,
      });
      expect(kode).toBe(0);
      expect(keluar).toEqual(["Akun admin.pertama dibuat"]);
      const akun = await trx
        .selectFrom("akun")
        .select(["id", "pemda_id", "opd_id", "peran", "nama"])
        .execute();
      expect(akun).toEqual([
        {
          id: akun[0]?.id,
          pemda_id: pemdaId,
          opd_id: null,
          peran: "admin_pemda",
          nama: "Admin Pertama Luwu Timur",
        },
      ]);
      const audit = await trx
        .selectFrom("audit_log")
        .select(["pelaku", "aksi"])
        .where("tabel", "=", "akun")
        .execute();
      expect(audit).toEqual([{ pelaku: "cli", aksi: "buat" }]);
      const hasil = await masuk(trx, {
        namaPengguna: "admin.pertama",
        sandi: "sandi-admin-pertama",
        alamat: "uji",
      });
      expect(hasil).toEqual({ akunId: akun[0]?.id, peran: "admin_pemda", opdKode: null });
    }));

  it("asks for the password twice at a terminal and refuses when they differ", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      tangkapKeluaran();
      const jawaban = ["sandi-admin-pertama", "sandi-admin-kedua"];
      const tanya = vi.fn(async () => jawaban.shift() ?? "");
      const galat = await buatAkunCli(trx, ADMIN, { env: {}, tanya }).catch((e: Error) => e.message);
      expect(galat).toBe("Kedua kata sandi tidak sama; akun tidak dibuat");
      expect(tanya).toHaveBeenCalledTimes(2);
      const tanpaTerminal = await buatAkunCli(trx, ADMIN, { env: {}, tanya: null }).catch(
        (e: Error) => e.message,
      );
      expect(tanpaTerminal).toContain("isi variabel lingkungan TERUKUR_SANDI");
      expect(await trx.selectFrom("akun").select("id").execute()).toEqual([]);
    }));

  it("names the option to fix when the account is refused, and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      tangkapKeluaran();
      const sumber = { env: { TERUKUR_SANDI: "sandi-admin-pertama" }, tanya: null };
      const denganOpd = await buatAkunCli(trx, [...ADMIN, "--opd", "malili"], sumber).catch(
        (e: Error) => e.message,
      );
      expect(denganOpd).toBe(
        "--opd: Admin pemda dan evaluator tidak terikat pada satu perangkat daerah; kosongkan pilihan ini",
      );
      const kasiTanpaUnit = await buatAkunCli(
        trx,
        ["--nama-pengguna", "kasi.x", "--nama", "Kasi X", "--peran", "kepala_seksi", "--opd", "malili"],
        sumber,
      ).catch((e: Error) => e.message);
      expect(kasiTanpaUnit).toBe("--unit: Unit kerja wajib dipilih untuk kepala seksi/subbagian");
      const opdAsing = await buatAkunCli(
        trx,
        ["--nama-pengguna", "p.x", "--nama", "P X", "--peran", "perencana", "--opd", "kota-lain"],
        sumber,
      ).catch((e: Error) => e.message);
      expect(opdAsing).toBe('--opd: Perangkat daerah "kota-lain" tidak ada di pemda ini');
      const sandiPendek = await buatAkunCli(trx, ADMIN, {
        env: { TERUKUR_SANDI: "pendek" },
        tanya: null,
      }).catch((e: Error) => e.message);
      expect(sandiPendek).toBe("TERUKUR_SANDI: Kata sandi paling sedikit 10 karakter");
      const pemdaAsing = await buatAkunCli(trx, [...ADMIN, "--pemda", "luwu-utara"], sumber).catch(
        (e: Error) => e.message,
      );
      expect(pemdaAsing).toBe('Pemda "luwu-utara" tidak ditemukan');
      expect(await trx.selectFrom("akun").select("id").execute()).toEqual([]);
    }));

  it("refuses missing options before opening any database", async () => {
    const galat: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...x: unknown[]) => void galat.push(x.join(" ")));
    expect(await jalankanCli(["admin", "buat-akun", "--nama", "X", "--peran", "admin_pemda"])).toBe(1);
    expect(galat).toEqual(["--nama-pengguna wajib diisi, mis. --nama-pengguna admin.lutim"]);
    expect(await jalankanCli(["admin", "hapus-akun"])).toBe(1);
    expect(galat[1]).toBe('Subperintah admin tidak dikenal: hapus-akun; gunakan "admin buat-akun"');
  });
});
