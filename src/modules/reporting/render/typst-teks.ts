/**
 * Escaping for the Typst source the PDF renderer writes. Every piece of text from the report model enters
 * the source as a Typst string literal in code mode, never as markup, so no character of it can become
 * syntax (`#set`, `*bold*`, `$x$`, `<label>`, `@ref`, `//` comments …) and it prints exactly as stored.
 */

const ESCAPE: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/**
 * A Typst string literal (`"…"`) holding `teks` verbatim: why: it is the one safe way to put user text
 * into the generated source, whatever characters it holds.
 */
export function stringTypst(teks: string): string {
  let hasil = '"';
  for (const ch of teks) {
    const pengganti = ESCAPE[ch];
    if (pengganti !== undefined) {
      hasil += pengganti;
      continue;
    }
    const kode = ch.codePointAt(0) ?? 0;
    // Other control characters (and the line/paragraph separators) go in as \u{…} so the source stays
    // one readable line per string and the compiler never sees a raw control character.
    if (kode < 0x20 || kode === 0x7f || kode === 0x2028 || kode === 0x2029) {
      hasil += `\\u{${kode.toString(16)}}`;
      continue;
    }
    hasil += ch;
  }
  return `${hasil}"`;
}

/**
 * A Typst length in millimetres with at most two decimals; why: page sizes and spacing come from numbers
 * in the model and must never carry exponent notation or NaN into the source.
 */
export function mmTypst(mm: number): string {
  if (!Number.isFinite(mm)) throw new Error(`Ukuran tidak sah: ${mm}`);
  return `${Math.round(mm * 100) / 100}mm`;
}
