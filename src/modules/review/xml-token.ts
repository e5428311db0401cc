/**
 * A tiny streaming tokenizer for the WordprocessingML a .docx holds: start/end/empty tags with attributes, and
 * text between them. Enough for reading reports (issue 7 item 1) without adding an XML library; it does not
 * validate, and skips declarations, comments and processing instructions.
 */

/** One token: a tag (with its local-qualified name, e.g. "w:p") or decoded text. */
export type TokenXml =
  | { jenis: "buka"; nama: string; atribut: string; kosong: boolean }
  | { jenis: "tutup"; nama: string }
  | { jenis: "teks"; teks: string };

const ENTITAS: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function dekodeEntitas(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (utuh, kode: string) => {
    if (kode.startsWith("#x")) return String.fromCodePoint(Number.parseInt(kode.slice(2), 16));
    if (kode.startsWith("#")) return String.fromCodePoint(Number.parseInt(kode.slice(1), 10));
    return ENTITAS[kode] ?? utuh;
  });
}

/** The value of one attribute in a tag's attribute text, decoded; null when absent. */
export function atributXml(atribut: string, nama: string): string | null {
  const pola = new RegExp(`(?:^|\\s)${nama.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = pola.exec(atribut);
  if (m === null) return null;
  return dekodeEntitas(m[1] ?? m[2] ?? "");
}

/** Walks the XML, calling `lihat` for each token in document order. */
export function jelajahiXml(xml: string, lihat: (t: TokenXml) => void): void {
  const pola = /<(!--[\s\S]*?--|!\[CDATA\[[\s\S]*?\]\]|[?!][^>]*|\/?[^>]*)>|([^<]+)/g;
  for (let m = pola.exec(xml); m !== null; m = pola.exec(xml)) {
    const teks = m[2];
    if (teks !== undefined) {
      lihat({ jenis: "teks", teks: dekodeEntitas(teks) });
      continue;
    }
    const isi = m[1] ?? "";
    if (isi.startsWith("![CDATA[")) {
      lihat({ jenis: "teks", teks: isi.slice(8, -2) });
      continue;
    }
    if (isi.startsWith("!") || isi.startsWith("?")) continue;
    if (isi.startsWith("/")) {
      lihat({ jenis: "tutup", nama: isi.slice(1).trim() });
      continue;
    }
    const kosong = isi.endsWith("/");
    const badan = kosong ? isi.slice(0, -1) : isi;
    const spasi = badan.search(/\s/);
    const nama = spasi < 0 ? badan : badan.slice(0, spasi);
    lihat({ jenis: "buka", nama, atribut: spasi < 0 ? "" : badan.slice(spasi), kosong });
  }
}
