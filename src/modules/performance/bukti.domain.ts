/**
 * Rules for evidence files (bukti dukung) attached to a realisation: the size limit, the kinds of file
 * accepted, recognised by their content rather than their name, and the name a download is offered under.
 * Pure: no I/O, so every rule is table-tested.
 */

/** The largest evidence file accepted (10 MB); a scanned letter or a photographed attendance list fits. */
export const UKURAN_BUKTI_MAKS = 10 * 1024 * 1024;

/** Longest file name kept for the download header, so a pasted title cannot bloat every response. */
export const PANJANG_NAMA_MAKS = 120;

/** A kind of file accepted as evidence: its MIME type and the extension a download gets. */
export type JenisBukti = { mime: string; ekstensi: string; label: string };

/** The accepted kinds, the only ones a browser is told to open. */
export const JENIS_BUKTI = {
  pdf: { mime: "application/pdf", ekstensi: "pdf", label: "PDF" },
  png: { mime: "image/png", ekstensi: "png", label: "PNG" },
  jpeg: { mime: "image/jpeg", ekstensi: "jpg", label: "JPEG" },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ekstensi: "docx",
    label: "Word (.docx)",
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ekstensi: "xlsx",
    label: "Excel (.xlsx)",
  },
} as const satisfies Record<string, JenisBukti>;

/** What the upload form tells the browser's file picker (a hint only: the content decides). */
export const TERIMA_BUKTI = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_LOKAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_AKHIR = 0x06054b50;
const ZIP_PUSAT = 0x02014b50;

function diawali(isi: Uint8Array, tanda: readonly number[]): boolean {
  return isi.length >= tanda.length && tanda.every((b, i) => isi[i] === b);
}

function u16(isi: Uint8Array, i: number): number {
  return (isi[i] ?? 0) | ((isi[i + 1] ?? 0) << 8);
}

function u32(isi: Uint8Array, i: number): number {
  return (u16(isi, i) | (u16(isi, i + 2) << 16)) >>> 0;
}

/**
 * The names of the entries of a zip archive, read from its central directory (at the end of the file),
 * or null when the archive is damaged. Why: a .docx and a .xlsx are both zip files; only the entries
 * (word/… or xl/…) tell them apart, and a zip of anything else must not pass as an Office document.
 */
export function namaEntriZip(isi: Uint8Array): string[] | null {
  const awalCari = Math.max(0, isi.length - 22 - 0xffff);
  let akhir = -1;
  for (let i = isi.length - 22; i >= awalCari; i--) {
    if (u32(isi, i) === ZIP_AKHIR) {
      akhir = i;
      break;
    }
  }
  if (akhir < 0) return null;
  const jumlah = u16(isi, akhir + 10);
  let posisi = u32(isi, akhir + 16);
  const nama: string[] = [];
  const pengurai = new TextDecoder("utf-8", { fatal: false });
  for (let n = 0; n < jumlah; n++) {
    if (posisi + 46 > isi.length || u32(isi, posisi) !== ZIP_PUSAT) return null;
    const panjangNama = u16(isi, posisi + 28);
    const panjangEkstra = u16(isi, posisi + 30);
    const panjangKomentar = u16(isi, posisi + 32);
    if (posisi + 46 + panjangNama > isi.length) return null;
    nama.push(pengurai.decode(isi.subarray(posisi + 46, posisi + 46 + panjangNama)));
    posisi += 46 + panjangNama + panjangEkstra + panjangKomentar;
  }
  return nama;
}

/**
 * The kind of a file from its first bytes (and, for zip files, its entries), or null when it is not one
 * Terukur accepts. Why: a name can say ".pdf" over anything; the stored type must be what the file is.
 */
export function kenaliJenisBukti(isi: Uint8Array): JenisBukti | null {
  if (diawali(isi, PDF)) return JENIS_BUKTI.pdf;
  if (diawali(isi, PNG)) return JENIS_BUKTI.png;
  if (diawali(isi, JPEG)) return JENIS_BUKTI.jpeg;
  if (diawali(isi, ZIP_LOKAL)) {
    const entri = namaEntriZip(isi);
    if (!entri?.includes("[Content_Types].xml")) return null;
    if (entri.some((e) => e.startsWith("word/"))) return JENIS_BUKTI.docx;
    if (entri.some((e) => e.startsWith("xl/"))) return JENIS_BUKTI.xlsx;
  }
  return null;
}

/**
 * A file name safe to put in a Content-Disposition header and to show: no folder part, no quotes, no
 * control or reserved characters, at most PANJANG_NAMA_MAKS characters, and the extension of the kind the
 * content really is (a PNG sent as "foto.pdf" is offered back as "foto.png").
 */
export function bersihkanNamaBerkas(nama: string, jenis: JenisBukti): string {
  const tanpaFolder = nama.split(/[/\\]/).pop() ?? "";
  const bersih = tanpaFolder
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"'`<>:;*?|%]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const titik = bersih.lastIndexOf(".");
  const dasar = (titik >= 0 ? bersih.slice(0, titik) : bersih).replace(/^[.\s]+/, "").trim() || "bukti";
  const akhiran = `.${jenis.ekstensi}`;
  return `${[...dasar].slice(0, PANJANG_NAMA_MAKS - akhiran.length).join("")}${akhiran}`;
}

/** The outcome of checking an uploaded file: what to store, or the message for the person. */
export type HasilPeriksaBukti = { ok: true; jenis: JenisBukti; nama: string } | { ok: false; pesan: string };

function megabita(byte: number): string {
  return (byte / (1024 * 1024)).toLocaleString("id-ID", { maximumFractionDigits: 1 });
}

/** Checks an uploaded evidence file: not empty, within the size limit, and of an accepted kind by content. */
export function periksaBukti(nama: string, isi: Uint8Array): HasilPeriksaBukti {
  if (isi.length === 0) return { ok: false, pesan: "Berkas bukti kosong; pilih berkas yang berisi" };
  if (isi.length > UKURAN_BUKTI_MAKS) return tolakUkuran(isi.length);
  const jenis = kenaliJenisBukti(isi);
  if (!jenis) {
    return {
      ok: false,
      pesan:
        "Jenis berkas tidak diterima. Unggah PDF, gambar PNG/JPEG, atau dokumen Word/Excel (.docx, .xlsx)",
    };
  }
  return { ok: true, jenis, nama: bersihkanNamaBerkas(nama, jenis) };
}

/** The refusal of a file over the limit, also used when the request announces its size before sending it. */
export function tolakUkuran(ukuran: number): { ok: false; pesan: string } {
  return {
    ok: false,
    pesan: `Berkas terlalu besar (${megabita(ukuran)} MB); ukuran paling besar ${megabita(UKURAN_BUKTI_MAKS)} MB`,
  };
}

/** Where the bytes of a file with this SHA-256 are kept: identical content shares one key, so it is stored once. */
export function kunciSimpanBukti(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError(`SHA-256 tidak sah: ${sha256}`);
  return `bukti/${sha256.slice(0, 2)}/${sha256}`;
}

/**
 * The Content-Disposition of a download: always an attachment (never rendered inline in the page's
 * origin), an ASCII name for old clients and the exact name in RFC 5987 form for the rest.
 */
export function headerUnduhan(nama: string): string {
  const ascii = nama.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nama)}`;
}

/** "1,2 MB", "340 KB": a file size as people read it. */
export function labelUkuran(byte: number): string {
  if (byte >= 1024 * 1024) return `${megabita(byte)} MB`;
  return `${Math.max(1, Math.round(byte / 1024)).toLocaleString("id-ID")} KB`;
}
