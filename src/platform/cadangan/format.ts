import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The backup file (issue 8 item 1): one gzip stream of JSON lines. First a header naming the format, then
 * per table (in foreign-key order) a line with its columns followed by one JSON array per row, every value
 * as PostgreSQL's own text for it (numeric and bigint stay exact strings, timestamps in UTC) and bytea as
 * base64; then the sequences; then the files of a folder store; last the manifest, whose sha256 covers
 * every byte before it. A truncated file has no manifest and a changed one fails the checksum.
 */

/** The name written in the header and the manifest, so another gzip file is recognised as not ours. */
export const FORMAT_CADANGAN = "terukur-cadangan";

/** Bumped when the file layout changes; a reader refuses a version it does not know. */
export const VERSI_FORMAT = 1;

/** First line. */
export type BarisKepala = { t: "kepala"; format: string; versiFormat: number };
/** Opens a table: the rows that follow are arrays in this column order. */
export type BarisTabel = { t: "tabel"; nama: string; kolom: string[]; tipe: string[] };
/** A sequence's position, set again on restore so new ids continue after the restored ones. */
export type BarisUrutan = { t: "urutan"; nama: string; nilai: string; dipanggil: boolean };
/** One file of a folder store (TERUKUR_BERKAS=folder), under its store key. */
export type BarisBerkas = { t: "berkas"; kunci: string; isi: string };

/** The last line: what the backup holds and the checksum of everything before it. */
export type Manifest = {
  t: "manifest";
  format: string;
  versiFormat: number;
  /** every migration the database had run, in order; the last is its schema version */
  migrasi: string[];
  migrasiTerakhir: string | null;
  versiTerukur: string;
  dibuatPada: string;
  basisdata: "pglite" | "postgres";
  jumlahBaris: Record<string, number>;
  jumlahBerkas: number;
  /** sha256 (hex) of the uncompressed bytes of every line before the manifest */
  sha256: string;
};

/** The Terukur version from package.json, recorded in every backup. */
export const VERSI_TERUKUR: string = (
  JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../package.json"), "utf8"),
  ) as { version: string }
).version;

/** A file that is not a whole, unchanged Terukur backup; nothing has been written when this is raised. */
export class CadanganRusak extends Error {}
