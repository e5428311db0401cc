/** A rendered page with its doctype, so browsers use standards mode (hono/jsx does not emit one). */
export async function halamanHtml(isi: { toString(): string | Promise<string> }): Promise<string> {
  return `<!doctype html>${await isi.toString()}`;
}
