import type { Context } from "hono";

/** The text fields of a posted form (urlencoded or multipart), files left out; a repeated name keeps its last value. */
export async function isianFormulir(c: Context): Promise<Record<string, string>> {
  const isi = await c.req.parseBody();
  const hasil: Record<string, string> = {};
  for (const [k, v] of Object.entries(isi)) if (typeof v === "string") hasil[k] = v;
  return hasil;
}

/** Every value of a repeated field (checkbox lists, grid rows named `nilai[12]` are read with isianFormulir). */
export async function isianBerulang(c: Context, nama: string): Promise<string[]> {
  const isi = await c.req.parseBody({ all: true });
  const v = isi[nama];
  const daftar = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return daftar.filter((x): x is string => typeof x === "string");
}

/** One uploaded file of a multipart form, or null when none was chosen. */
export async function berkasFormulir(c: Context, nama: string): Promise<File | null> {
  const isi = await c.req.parseBody();
  const v = isi[nama];
  return v instanceof File && v.size > 0 ? v : null;
}
