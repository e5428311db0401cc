import { parseArgs } from "node:util";
import { bacaKonfigurasi, pengaturanEfektif, periksaSumberDaya } from "../config.ts";
import { tabelTeks } from "./text-table.ts";

/**
 * `terukur konfigurasi [--json] [--periksa]`: the effective settings, validated as at start, secrets masked
 * (the DATABASE_URL password shown as ***), each with where it came from; `--periksa` also checks that the
 * data folder is writable and the PostgreSQL server answers. Why: issue 8 item 4 — an operator sees what the
 * server will use before starting it, without printing a password into a terminal or a ticket.
 */
export async function perintahKonfigurasi(
  argumen: string[],
  env: NodeJS.ProcessEnv = process.env,
  cetak: (teks: string) => void = (t) => console.log(t),
): Promise<number> {
  const { values } = parseArgs({
    args: argumen,
    options: { json: { type: "boolean", default: false }, periksa: { type: "boolean", default: false } },
    strict: true,
  });
  const baris = pengaturanEfektif(env);
  if (values.periksa) await periksaSumberDaya(bacaKonfigurasi(env));
  if (values.json) {
    cetak(JSON.stringify(Object.fromEntries(baris.map((b) => [b.variabel, b.nilai])), null, 2));
  } else {
    cetak(
      tabelTeks(
        [{ judul: "Variabel" }, { judul: "Nilai" }, { judul: "Sumber" }, { judul: "Arti", lebarMaks: 48 }],
        baris.map((b) => [b.variabel, b.nilai, b.sumber, b.arti]),
      ),
    );
    if (values.periksa) cetak("Folder data dapat ditulis dan basis data dapat dihubungi.");
  }
  return 0;
}
