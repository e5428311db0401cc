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
  TERUKUR_BERKAS: z
    .enum(["basisdata", "folder", "s3"], { error: "TERUKUR_BERKAS harus basisdata, folder atau s3" })
    .default("basisdata"),
  TERUKUR_S3_ENDPOINT: z
    .string()
    .refine((v) => URL.canParse(v) && /^https?:/.test(v), "TERUKUR_S3_ENDPOINT harus alamat http(s)://")
    .optional(),
  TERUKUR_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "TERUKUR_S3_BUCKET harus nama bucket S3 yang sah")
    .optional(),
  TERUKUR_S3_REGION: z.string().min(1).default("us-east-1"),
  TERUKUR_S3_KUNCI: z.string().min(1, "TERUKUR_S3_KUNCI tidak boleh kosong").optional(),
  TERUKUR_S3_RAHASIA: z.string().min(1, "TERUKUR_S3_RAHASIA tidak boleh kosong").optional(),
  TERUKUR_PROXY: z.enum(["1", "0"], { error: "TERUKUR_PROXY harus 1 atau 0" }).default("0"),
  TERUKUR_ZONA_WAKTU: z
    .string()
    .refine(
      zonaWaktuSah,
      "TERUKUR_ZONA_WAKTU harus zona IANA, mis. Asia/Makassar, Asia/Jakarta, Asia/Jayapura",
    )
    .default("Asia/Makassar"),
  TERUKUR_CADANGAN_FOLDER: z.string().min(1, "TERUKUR_CADANGAN_FOLDER tidak boleh kosong").optional(),
  TERUKUR_CADANGAN_JAM: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "TERUKUR_CADANGAN_JAM harus jam JJ:MM, mis. 01:30")
    .default("01:00"),
  TERUKUR_CADANGAN_SIMPAN: z.coerce
    .number({ error: "TERUKUR_CADANGAN_SIMPAN harus berupa angka (jumlah cadangan)" })
    .int("TERUKUR_CADANGAN_SIMPAN harus bilangan bulat")
    .min(1, "TERUKUR_CADANGAN_SIMPAN harus antara 1 dan 365")
    .max(365, "TERUKUR_CADANGAN_SIMPAN harus antara 1 dan 365")
    .default(14),
});

function zonaWaktuSah(zona: string): boolean {
  try {
    new Intl.DateTimeFormat("id-ID", { timeZone: zona });
    return true;
  } catch {
    return false;
  }
}

/** Every variable Terukur reads; a TERUKUR_* name not listed here is a typo and stops the start. */
export const VARIABEL_DIKENAL: readonly string[] = Object.keys(skemaKonfigurasi.shape);

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
  /** where uploaded files live: in the database (default, shared by every instance), a folder, or S3 */
  berkas:
    | { jenis: "basisdata" }
    | { jenis: "folder"; folder: string }
    | { jenis: "s3"; endpoint: string; bucket: string; region: string; kunci: string; rahasia: string };
  /** behind a reverse proxy that sets X-Forwarded-Proto/For (TERUKUR_PROXY=1): trust those headers */
  proxyTepercaya: boolean;
  /** the pemda's time zone for dates shown and deadlines (WITA for Luwu Timur) */
  zonaWaktu: string;
  /** the daily backup: off when no folder is set */
  cadangan: { folder: string; jam: string; simpan: number } | null;
};

/** Reads and validates the environment; a bad variable stops the start with its name in the message. */
export function bacaKonfigurasi(env: NodeJS.ProcessEnv = process.env): Konfigurasi {
  const tidakDikenal = Object.keys(env).filter(
    (n) => n.startsWith("TERUKUR_") && !VARIABEL_DIKENAL.includes(n) && !VARIABEL_LAIN.includes(n),
  );
  if (tidakDikenal.length > 0) {
    const daftar = tidakDikenal.map((n) => `${n}${saranNama(n)}`).join(", ");
    throw new Error(`Konfigurasi tidak valid: variabel tidak dikenal ${daftar}`);
  }
  const masukan = Object.fromEntries(VARIABEL_DIKENAL.map((n) => [n, env[n] || undefined]));
  const hasil = skemaKonfigurasi.safeParse(masukan);
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
    berkas: pilihBerkas(k),
    proxyTepercaya: k.TERUKUR_PROXY === "1",
    zonaWaktu: k.TERUKUR_ZONA_WAKTU,
    cadangan: k.TERUKUR_CADANGAN_FOLDER
      ? { folder: k.TERUKUR_CADANGAN_FOLDER, jam: k.TERUKUR_CADANGAN_JAM, simpan: k.TERUKUR_CADANGAN_SIMPAN }
      : null,
  };
}

/** TERUKUR_* variables read elsewhere than the server's settings (the CLI's password, test switches). */
const VARIABEL_LAIN: readonly string[] = [
  "TERUKUR_SANDI",
  "TERUKUR_TEST_DATABASE_URL",
  "TERUKUR_PG_DIR",
  "TERUKUR_PG_PORT",
  "TERUKUR_E2E_GAMBAR",
];

/** " (maksud Anda X?)" for a name one or two letters away from a known one, else nothing. */
function saranNama(nama: string): string {
  const dekat = VARIABEL_DIKENAL.filter((v) => v.startsWith("TERUKUR_") && jarakEdit(v, nama) <= 2);
  return dekat.length > 0 ? ` (maksud Anda ${dekat[0]}?)` : "";
}

function jarakEdit(a: string, b: string): number {
  let sebelum: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const kini: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const ganti = (sebelum[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      kini[j] = Math.min((sebelum[j] ?? 0) + 1, (kini[j - 1] ?? 0) + 1, ganti);
    }
    sebelum = kini;
  }
  return sebelum[b.length] ?? 0;
}

type KonfigurasiMentah = z.output<typeof skemaKonfigurasi>;

function pilihBerkas(k: KonfigurasiMentah): Konfigurasi["berkas"] {
  if (k.TERUKUR_BERKAS === "basisdata") return { jenis: "basisdata" };
  if (k.TERUKUR_BERKAS === "folder") return { jenis: "folder", folder: join(k.DATA_DIR, "berkas") };
  const kurang = (
    [
      ["TERUKUR_S3_ENDPOINT", k.TERUKUR_S3_ENDPOINT],
      ["TERUKUR_S3_BUCKET", k.TERUKUR_S3_BUCKET],
      ["TERUKUR_S3_KUNCI", k.TERUKUR_S3_KUNCI],
      ["TERUKUR_S3_RAHASIA", k.TERUKUR_S3_RAHASIA],
    ] as const
  ).filter(([, v]) => !v);
  if (kurang.length > 0) {
    throw new Error(`Konfigurasi tidak valid: TERUKUR_BERKAS=s3 butuh ${kurang.map(([n]) => n).join(", ")}`);
  }
  return {
    jenis: "s3",
    endpoint: k.TERUKUR_S3_ENDPOINT as string,
    bucket: k.TERUKUR_S3_BUCKET as string,
    region: k.TERUKUR_S3_REGION,
    kunci: k.TERUKUR_S3_KUNCI as string,
    rahasia: k.TERUKUR_S3_RAHASIA as string,
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

/** A URL (DATABASE_URL, an S3 endpoint) with its password (user part or ?password=) as ***, safe to print or log. */
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
    baris("TERUKUR_BERKAS", k.berkas.jenis, "tempat berkas unggahan: basisdata, folder atau s3"),
    baris(
      "TERUKUR_S3_ENDPOINT",
      env.TERUKUR_S3_ENDPOINT ? samarkanUrlBasisdata(env.TERUKUR_S3_ENDPOINT) : "(kosong)",
      "alamat layanan S3",
    ),
    baris("TERUKUR_S3_BUCKET", env.TERUKUR_S3_BUCKET || "(kosong)", "bucket S3"),
    baris("TERUKUR_S3_REGION", env.TERUKUR_S3_REGION || "us-east-1", "region S3"),
    baris("TERUKUR_S3_KUNCI", env.TERUKUR_S3_KUNCI ? SAMARAN : "(kosong)", "access key S3"),
    baris("TERUKUR_S3_RAHASIA", env.TERUKUR_S3_RAHASIA ? SAMARAN : "(kosong)", "secret key S3"),
    baris("TERUKUR_PROXY", k.proxyTepercaya ? "1" : "0", "percayai X-Forwarded-Proto/For dari reverse proxy"),
    baris("TERUKUR_ZONA_WAKTU", k.zonaWaktu, "zona waktu tanggal dan tenggat"),
    baris(
      "TERUKUR_CADANGAN_FOLDER",
      k.cadangan?.folder ?? "(kosong: cadangan terjadwal mati)",
      "folder cadangan harian",
    ),
    baris(
      "TERUKUR_CADANGAN_JAM",
      env.TERUKUR_CADANGAN_JAM || "01:00",
      "jam cadangan harian (zona waktu di atas)",
    ),
    baris(
      "TERUKUR_CADANGAN_SIMPAN",
      env.TERUKUR_CADANGAN_SIMPAN || "14",
      "jumlah cadangan harian yang disimpan",
    ),
  ];
}
