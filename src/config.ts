import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { z } from "zod";

const skemaKonfigurasi = z.object({
  PORT: z.coerce
    .number({ error: "PORT harus berupa angka" })
    .int()
    .min(1, "PORT harus antara 1 dan 65535")
    .max(65535, "PORT harus antara 1 dan 65535")
    .default(3000),
  DATA_DIR: z.string().min(1, "DATA_DIR tidak boleh kosong").default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL harus diawali postgres:// atau postgresql://")
    .refine((v) => URL.canParse(v), "DATABASE_URL bukan alamat yang sah")
    .optional(),
  TERUKUR_DEMO: z.enum(["1", "0"], { error: "TERUKUR_DEMO harus 1 atau 0" }).default("1"),
  TERUKUR_PEMDA: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "TERUKUR_PEMDA harus kode pemda, mis. luwu-timur")
    .optional(),
  TERUKUR_LOG: z.enum(["1", "0"], { error: "TERUKUR_LOG harus 1 atau 0" }).default("1"),
  TERUKUR_BATAS_HENTI: z.coerce
    .number({ error: "TERUKUR_BATAS_HENTI harus berupa angka (detik)" })
    .int("TERUKUR_BATAS_HENTI harus bilangan bulat (detik)")
    .min(1, "TERUKUR_BATAS_HENTI harus antara 1 dan 300 detik")
    .max(300, "TERUKUR_BATAS_HENTI harus antara 1 dan 300 detik")
    .default(10),
});

/** The effective settings, read once from the environment so every module sees the same values. */
export type Konfigurasi = {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  muatDemo: boolean;
  kodePemda: string | null;
  /** false silences the JSON log lines (TERUKUR_LOG=0) */
  log: boolean;
  /** how long a stop waits for requests in flight before it cuts them (TERUKUR_BATAS_HENTI, seconds) */
  batasHentiMs: number;
};

/** Reads and validates the environment; a bad variable stops the start with its name in the message. */
export function bacaKonfigurasi(env: NodeJS.ProcessEnv = process.env): Konfigurasi {
  const hasil = skemaKonfigurasi.safeParse({
    PORT: env.PORT || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    DATABASE_URL: env.DATABASE_URL || undefined,
    TERUKUR_DEMO: env.TERUKUR_DEMO || undefined,
    TERUKUR_PEMDA: env.TERUKUR_PEMDA || undefined,
    TERUKUR_LOG: env.TERUKUR_LOG || undefined,
    TERUKUR_BATAS_HENTI: env.TERUKUR_BATAS_HENTI || undefined,
  });
  if (!hasil.success) {
    const pesan = hasil.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Konfigurasi tidak valid: ${pesan}`);
  }
  const k = hasil.data;
  return {
    port: k.PORT,
    dataDir: k.DATA_DIR,
    databaseUrl: k.DATABASE_URL ?? null,
    muatDemo: k.TERUKUR_DEMO === "1",
    kodePemda: k.TERUKUR_PEMDA ?? null,
    log: k.TERUKUR_LOG === "1",
    batasHentiMs: k.TERUKUR_BATAS_HENTI * 1000,
  };
}

/** How long the start waits for the PostgreSQL server to answer before it calls it unreachable. */
export const BATAS_SAMBUNG_MS = 5000;

/**
 * Checks what the values point at, so a bad setting stops the start with one line naming the variable
 * (issue 8 item 4) instead of a stack trace later: the data folder (evidence files, and the embedded
 * database) must be writable, and a DATABASE_URL server must answer and accept us.
 */
export async function periksaSumberDaya(k: Konfigurasi): Promise<void> {
  periksaFolderData(k.dataDir);
  if (k.databaseUrl) await periksaServerBasisdata(k.databaseUrl);
}

function periksaFolderData(folder: string): void {
  if (folder === "memory://") return;
  const uji = join(folder, `.uji-tulis-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(uji, "");
    rmSync(uji, { force: true });
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new Error(`Konfigurasi tidak valid: DATA_DIR: folder ${folder} tidak dapat ditulis (${kode})`);
  }
}

type GalatSambung = Error & { code?: string; address?: string; port?: number; errors?: unknown[] };

/** The cause of a failed connection in a few words, without the URL (it may carry the password). */
export function uraianGalatSambung(e: unknown, url: string): string {
  const luar = e as GalatSambung;
  const g = (luar.errors?.[0] as GalatSambung | undefined) ?? luar;
  const host = new URL(url).hostname;
  if (g.code === "ENOTFOUND" || g.code === "EAI_AGAIN")
    return `nama host ${host} tidak ditemukan (${g.code})`;
  if (g.code && g.address) return `server tidak dapat dihubungi (${g.code} ${g.address}:${g.port ?? ""})`;
  if (g.code === "28P01" || g.code === "28000") return `server menolak masuk (${g.message})`;
  if (g.code === "3D000") return `basis data tidak ada di server (${g.message})`;
  if (/timeout/i.test(g.message))
    return `server tidak menjawab dalam ${BATAS_SAMBUNG_MS / 1000} detik (${host})`;
  return `server tidak dapat dipakai (${g.code ? `${g.code} ` : ""}${g.message})`;
}

async function periksaServerBasisdata(url: string): Promise<void> {
  const klien = new pg.Client({ connectionString: url, connectionTimeoutMillis: BATAS_SAMBUNG_MS });
  klien.on("error", () => {});
  try {
    await klien.connect();
    await klien.query("select 1");
  } catch (e) {
    throw new Error(`Konfigurasi tidak valid: DATABASE_URL: ${uraianGalatSambung(e, url)}`);
  } finally {
    await klien.end().catch(() => {});
  }
}

/** One setting as `terukur konfigurasi` shows it: its variable, the effective value (secrets masked), and where it came from. */
export type PengaturanTampil = {
  variabel: string;
  nilai: string;
  sumber: "lingkungan" | "bawaan";
  arti: string;
};

/** What replaces a secret wherever settings are shown. */
export const SAMARAN = "***";

/** A DATABASE_URL with its password (in the user part or as ?password=) replaced by ***, safe to print or log. */
export function samarkanUrlBasisdata(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = SAMARAN;
  for (const kunci of ["password", "sslpassword"])
    if (u.searchParams.has(kunci)) u.searchParams.set(kunci, SAMARAN);
  return u.toString();
}

/**
 * The effective settings for `terukur konfigurasi` (issue 8 item 4): every variable this code reads, after
 * validation and defaults, with secrets masked. A new setting is added here beside its validation so the
 * command can never forget it.
 */
export function pengaturanEfektif(env: NodeJS.ProcessEnv = process.env): PengaturanTampil[] {
  const k = bacaKonfigurasi(env);
  const sumber = (nama: string) => (env[nama] ? "lingkungan" : "bawaan") as PengaturanTampil["sumber"];
  const baris = (variabel: string, nilai: string, arti: string): PengaturanTampil => ({
    variabel,
    nilai,
    sumber: sumber(variabel),
    arti,
  });
  return [
    baris("PORT", String(k.port), "port HTTP"),
    baris("DATA_DIR", k.dataDir, "folder data (berkas bukti; basis data tertanam bila tanpa DATABASE_URL)"),
    baris(
      "DATABASE_URL",
      k.databaseUrl ? samarkanUrlBasisdata(k.databaseUrl) : "(kosong: basis data tertanam PGlite)",
      "server PostgreSQL",
    ),
    baris("TERUKUR_DEMO", k.muatDemo ? "1" : "0", "memuat demo Malili 2024 ke basis data kosong"),
    baris("TERUKUR_PEMDA", k.kodePemda ?? "(kosong: satu-satunya pemda)", "kode pemda yang dilayani"),
    baris("TERUKUR_LOG", k.log ? "1" : "0", "log JSON per permintaan"),
    baris(
      "TERUKUR_BATAS_HENTI",
      String(k.batasHentiMs / 1000),
      "detik menunggu permintaan berjalan saat berhenti",
    ),
  ];
}
