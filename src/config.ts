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
    .optional(),
  TERUKUR_DEMO: z.enum(["1", "0"], { error: "TERUKUR_DEMO harus 1 atau 0" }).default("1"),
  TERUKUR_PEMDA: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "TERUKUR_PEMDA harus kode pemda, mis. luwu-timur")
    .optional(),
});

/** The effective settings, read once from the environment so every module sees the same values. */
export type Konfigurasi = {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  muatDemo: boolean;
  kodePemda: string | null;
};

/** Reads and validates the environment; a bad variable stops the start with its name in the message. */
export function bacaKonfigurasi(env: NodeJS.ProcessEnv = process.env): Konfigurasi {
  const hasil = skemaKonfigurasi.safeParse({
    PORT: env.PORT || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    DATABASE_URL: env.DATABASE_URL || undefined,
    TERUKUR_DEMO: env.TERUKUR_DEMO || undefined,
    TERUKUR_PEMDA: env.TERUKUR_PEMDA || undefined,
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
  };
}
