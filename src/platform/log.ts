/**
 * Structured logs: one JSON object per line on standard output, so a log collector (journald, Docker,
 * Loki) can filter by field instead of parsing sentences. Issue 8 item 3.
 */

/** How serious a log line is; operators filter on it. */
export type TingkatLog = "info" | "peringatan" | "galat";

/** The fields of one log line besides its time and level; values must already be safe to keep. */
export type IsiLog = Record<string, unknown> & { peristiwa: string };

/** Where log lines go; the HTTP layer and the process start write through this and nothing else. */
export type Log = {
  info(isi: IsiLog): void;
  peringatan(isi: IsiLog): void;
  galat(isi: IsiLog): void;
};

/** A log that writes each line with `tulis` (standard output by default); the clock is injectable for tests. */
export function buatLog(
  tulis: (baris: string) => void = (baris) => {
    process.stdout.write(`${baris}\n`);
  },
  jam: () => Date = () => new Date(),
): Log {
  const catat = (tingkat: TingkatLog) => (isi: IsiLog) => {
    tulis(JSON.stringify({ waktu: jam().toISOString(), tingkat, ...isi }, gantiBigint));
  };
  return { info: catat("info"), peringatan: catat("peringatan"), galat: catat("galat") };
}

/** A log that drops every line: for tests and for TERUKUR_LOG=0. */
export const logSenyap: Log = { info() {}, peringatan() {}, galat() {} };

/** The process log: standard output, or nothing when TERUKUR_LOG=0 (tests keep their output readable). */
export function logProses(env: NodeJS.ProcessEnv = process.env): Log {
  return env.TERUKUR_LOG === "0" ? logSenyap : buatLog();
}

/** An error as log fields: its name, message and stack, which JSON.stringify keeps on the one line. */
export function galatUntukLog(e: unknown): {
  galat: { nama: string; pesan: string; tumpukan: string | null };
} {
  if (e instanceof Error) return { galat: { nama: e.name, pesan: e.message, tumpukan: e.stack ?? null } };
  return { galat: { nama: typeof e, pesan: String(e), tumpukan: null } };
}

function gantiBigint(_kunci: string, nilai: unknown): unknown {
  return typeof nilai === "bigint" ? nilai.toString() : nilai;
}
