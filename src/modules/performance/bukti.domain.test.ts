import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  bersihkanNamaBerkas,
  headerUnduhan,
  JENIS_BUKTI,
  kenaliJenisBukti,
  kunciSimpanBukti,
  labelUkuran,
  namaEntriZip,
  PANJANG_NAMA_MAKS,
  periksaBukti,
  UKURAN_BUKTI_MAKS,
} from "./bukti.domain.ts";

const teks = (s: string) => new TextEncoder().encode(s);
const bita = (...b: number[]) => new Uint8Array(b);

/** A zip with stored (uncompressed) empty entries, enough to exercise the central directory reader. */
function zipKosong(nama: string[]): Uint8Array {
  const lokal: number[] = [];
  const pusat: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  for (const n of nama) {
    const namaBita = [...teks(n)];
    const offset = lokal.length;
    lokal.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0));
    lokal.push(...u32(0), ...u16(namaBita.length), ...u16(0), ...namaBita);
    pusat.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0));
    pusat.push(...u32(0), ...u32(0), ...u16(namaBita.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    pusat.push(...u32(0), ...u32(offset), ...namaBita);
  }
  const akhir = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(nama.length), ...u16(nama.length)];
  akhir.push(...u32(pusat.length), ...u32(lokal.length), ...u16(0));
  return new Uint8Array([...lokal, ...pusat, ...akhir]);
}

describe("kenaliJenisBukti", () => {
  it.each([
    ["PDF", teks("%PDF-1.7\n%âãÏÓ\n1 0 obj"), JENIS_BUKTI.pdf],
    ["PNG", bita(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), JENIS_BUKTI.png],
    ["JPEG", bita(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), JENIS_BUKTI.jpeg],
    ["docx", zipKosong(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]), JENIS_BUKTI.docx],
    ["xlsx", zipKosong(["[Content_Types].xml", "xl/workbook.xml"]), JENIS_BUKTI.xlsx],
  ])("recognises %s by its content", (_n, isi, jenis) => {
    expect(kenaliJenisBukti(isi)).toEqual(jenis);
  });

  it.each([
    ["plain text", teks("ini hanya teks biasa")],
    ["a Windows program", teks("MZ\x90\x00\x03\x00\x00\x00")],
    ["a zip that is not an Office document", zipKosong(["foto.jpg", "catatan.txt"])],
    ["an OOXML presentation", zipKosong(["[Content_Types].xml", "ppt/presentation.xml"])],
    ["a damaged zip (header only)", bita(0x50, 0x4b, 0x03, 0x04, 1, 2, 3)],
    ["a PDF marker not at the start", teks(" %PDF-1.4")],
    ["half a PNG signature", bita(0x89, 0x50, 0x4e, 0x47)],
    ["nothing", new Uint8Array(0)],
  ])("refuses %s", (_n, isi) => {
    expect(kenaliJenisBukti(isi)).toBeNull();
  });

  it("recognises a real workbook written by exceljs (deflated entries, data descriptors)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Bukti").addRow(["Daftar hadir", 12]);
    const isi = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(namaEntriZip(isi)).toContain("xl/workbook.xml");
    expect(kenaliJenisBukti(isi)).toEqual(JENIS_BUKTI.xlsx);
  });
});

describe("bersihkanNamaBerkas", () => {
  it.each([
    ["laporan.pdf", JENIS_BUKTI.pdf, "laporan.pdf"],
    ["C:\\Users\\seksi\\Daftar Hadir.PDF", JENIS_BUKTI.pdf, "Daftar Hadir.pdf"],
    ["../../etc/passwd", JENIS_BUKTI.pdf, "passwd.pdf"],
    ['foto "rapat"; x=1.pdf', JENIS_BUKTI.png, "foto rapat x=1.png"],
    ["dokumen\r\nSet-Cookie: a.docx", JENIS_BUKTI.docx, "dokumenSet-Cookie a.docx"],
    [".pdf", JENIS_BUKTI.pdf, "bukti.pdf"],
    ["", JENIS_BUKTI.jpeg, "bukti.jpg"],
    ["Notulen Musrenbang Kecamatan.xlsx", JENIS_BUKTI.xlsx, "Notulen Musrenbang Kecamatan.xlsx"],
  ])("%j as %s becomes %j", (nama, jenis, hasil) => {
    expect(bersihkanNamaBerkas(nama, jenis)).toBe(hasil);
  });

  it("keeps at most 120 characters, extension included", () => {
    const nama = bersihkanNamaBerkas(`${"a".repeat(300)}.pdf`, JENIS_BUKTI.pdf);
    expect(nama).toHaveLength(PANJANG_NAMA_MAKS);
    expect(nama.endsWith("a.pdf")).toBe(true);
  });
});

describe("periksaBukti", () => {
  it("accepts a PDF and gives the stored type from the content", () => {
    expect(periksaBukti("bukti.pdf", teks("%PDF-1.4 isi"))).toEqual({
      ok: true,
      jenis: JENIS_BUKTI.pdf,
      nama: "bukti.pdf",
    });
  });

  it("stores a PNG renamed .pdf as image/png under a .png name", () => {
    const hasil = periksaBukti("scan.pdf", bita(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1));
    expect(hasil).toEqual({ ok: true, jenis: JENIS_BUKTI.png, nama: "scan.png" });
  });

  it("refuses an empty file, plain text and a file one byte over 10 MB", () => {
    expect(periksaBukti("a.pdf", new Uint8Array(0))).toEqual({
      ok: false,
      pesan: "Berkas bukti kosong; pilih berkas yang berisi",
    });
    const tekss = periksaBukti("catatan.pdf", teks("bukan pdf"));
    expect(tekss.ok).toBe(false);
    expect(!tekss.ok && tekss.pesan).toMatch(/^Jenis berkas tidak diterima/);
    const besar = new Uint8Array(UKURAN_BUKTI_MAKS + 1);
    besar.set(teks("%PDF-"));
    expect(periksaBukti("besar.pdf", besar)).toEqual({
      ok: false,
      pesan: "Berkas terlalu besar (10 MB); ukuran paling besar 10 MB",
    });
    const pas = new Uint8Array(UKURAN_BUKTI_MAKS);
    pas.set(teks("%PDF-"));
    expect(periksaBukti("pas.pdf", pas).ok).toBe(true);
  });
});

describe("kunciSimpanBukti, headerUnduhan, labelUkuran", () => {
  it("keys by the first two hex digits and the whole hash", () => {
    const sha = "ab".repeat(32);
    expect(kunciSimpanBukti(sha)).toBe(`bukti/ab/${sha}`);
    expect(() => kunciSimpanBukti("../x")).toThrow(RangeError);
  });

  it("offers an attachment with an ASCII fallback and the exact name", () => {
    expect(headerUnduhan("Daftar Hadir.pdf")).toBe(
      `attachment; filename="Daftar Hadir.pdf"; filename*=UTF-8''Daftar%20Hadir.pdf`,
    );
    expect(headerUnduhan("Kéluran.png")).toBe(
      `attachment; filename="K_luran.png"; filename*=UTF-8''K%C3%A9luran.png`,
    );
  });

  it("prints sizes the Indonesian way", () => {
    expect(labelUkuran(500)).toBe("1 KB");
    expect(labelUkuran(350 * 1024)).toBe("350 KB");
    expect(labelUkuran(1.5 * 1024 * 1024)).toBe("1,5 MB");
  });
});
