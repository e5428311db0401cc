import { GalatTerukur } from "../../platform/errors.ts";
import { bukaZip, type ZipTerbuka } from "./baca-zip.ts";
import type { BarisMentah, BlokMentah } from "./naskah-mentah.ts";
import { atributXml, jelajahiXml } from "./xml-token.ts";

/**
 * Reads a .docx report (issue 7 item 1): word/document.xml walked in order into paragraphs (with the heading
 * level their style or outline level gives) and tables (rows, cells with gridSpan and vMerge, the text of each
 * cell joined, indentation from w:ind and list levels, header rows Word repeats). Text boxes, deleted and
 * moved-away text are skipped; a table of contents is left out. Paragraph numbers count every w:p, 1-based.
 */

/** Indentation of one level in twips (5 mm, Terukur's own step; hand-written tables use 0.5–1.27 cm). */
const LANGKAH_INDEN = 283;

type Gaya = {
  nama: string;
  tingkat: 1 | 2 | 3 | null;
  keterangan: boolean;
  daftarIsi: boolean;
  induk: string | null;
};

function tolak(pesan: string): GalatTerukur {
  return new GalatTerukur("input_tidak_valid", pesan, "berkas");
}

const dekoder = new TextDecoder("utf-8");

/** The main document part named by the package relationships (word/document.xml in practice). */
function bagianUtama(zip: ZipTerbuka): string {
  const rels = zip.baca("_rels/.rels");
  if (rels !== null) {
    const teks = dekoder.decode(rels);
    for (const m of teks.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (/Type="[^"]*\/officeDocument"/.test(tag)) {
        const target = atributXml(tag.slice(13), "Target");
        if (target !== null && zip.nama.includes(target.replace(/^\//, ""))) return target.replace(/^\//, "");
      }
    }
  }
  if (zip.nama.includes("word/document.xml")) return "word/document.xml";
  if (zip.nama.some((n) => n.startsWith("xl/"))) {
    throw tolak(
      "Berkas ini lembar kerja Excel (.xlsx), bukan laporan Word. Unggah laporan dalam .docx atau .txt.",
    );
  }
  if (zip.nama.some((n) => n.startsWith("ppt/"))) {
    throw tolak(
      "Berkas ini presentasi PowerPoint (.pptx), bukan laporan Word. Unggah laporan dalam .docx atau .txt.",
    );
  }
  if (zip.nama.includes("content.xml")) {
    throw tolak(
      "Berkas ini dokumen OpenDocument (.odt). Buka di LibreOffice atau Word lalu simpan sebagai .docx.",
    );
  }
  throw tolak(
    "Berkas zip ini bukan dokumen Word (.docx): bagian word/document.xml tidak ada. Simpan laporan dari Word sebagai .docx.",
  );
}

/** Heading level, caption and TOC marks of every paragraph style, following basedOn for outline levels. */
function bacaGaya(zip: ZipTerbuka): Map<string, Gaya> {
  const gaya = new Map<string, Gaya>();
  const data = zip.baca("word/styles.xml");
  if (data === null) return gaya;
  let id: string | null = null;
  let saatIni: Gaya | null = null;
  jelajahiXml(dekoder.decode(data), (t) => {
    if (t.jenis === "buka" && t.nama === "w:style") {
      id = atributXml(t.atribut, "w:styleId");
      saatIni = { nama: "", tingkat: null, keterangan: false, daftarIsi: false, induk: null };
      if (id !== null && !t.kosong) gaya.set(id, saatIni);
      return;
    }
    if (saatIni === null || t.jenis !== "buka") return;
    const g: Gaya = saatIni;
    if (t.nama === "w:name") g.nama = atributXml(t.atribut, "w:val") ?? "";
    else if (t.nama === "w:basedOn") g.induk = atributXml(t.atribut, "w:val");
    else if (t.nama === "w:outlineLvl") {
      const n = Number(atributXml(t.atribut, "w:val"));
      if (n >= 0 && n <= 2) g.tingkat = (n + 1) as 1 | 2 | 3;
    }
  });
  for (const [kunci, g] of gaya) {
    const nama = g.nama.toLowerCase();
    const m = /^(?:heading|judul)\s*([1-9])$/.exec(nama) ?? /^(?:Heading|Judul)([1-9])$/.exec(kunci);
    if (m !== null) {
      const n = Number(m[1]);
      g.tingkat = n <= 3 ? (n as 1 | 2 | 3) : 3;
    }
    if (kunci === "JudulTanpaDaftar") g.tingkat = 1;
    g.keterangan = /^(caption|keterangan)/.test(nama) || /^(Caption|Keterangan)/.test(kunci);
    g.daftarIsi = /^(toc\s*\d|table of figures|daftar isi)/.test(nama) || /^TOC\d/i.test(kunci);
  }
  // a style based on a heading style is a heading of that level unless it says otherwise
  for (const g of gaya.values()) {
    let induk = g.induk;
    for (let langkah = 0; g.tingkat === null && induk !== null && langkah < 10; langkah++) {
      const i = gaya.get(induk);
      if (i === undefined) break;
      if (i.tingkat !== null && !/^title|sampul/i.test(g.nama)) g.tingkat = i.tingkat;
      induk = i.induk;
    }
  }
  return gaya;
}

type Paragraf = {
  bagian: string[];
  gaya: string | null;
  ind: number;
  ilvl: number | null;
  outline: number | null;
  nomor: number;
};
type Sel = { teks: string[]; rentang: number; lanjutanVMerge: boolean; inden: number | null };
type Baris = { sel: string[]; kepala: boolean; inden: number | null; nomor: number | null; sebelum: number };

const LEWATI = new Set(["mc:Fallback", "w:txbxContent", "w:moveFrom", "w:del", "w:instrText", "w:delText"]);

/** Reads the raw blocks of a .docx. */
export function bacaDocx(isi: Uint8Array): BlokMentah[] {
  const zip = bukaZip(isi);
  const utama = bagianUtama(zip);
  const gaya = bacaGaya(zip);
  const data = zip.baca(utama);
  if (data === null) throw tolak("Berkas .docx rusak: isi dokumen tidak dapat dibaca.");
  const xml = dekoder.decode(data);
  if (!/<(?:\w+:)?body[\s>]/.test(xml))
    throw tolak(
      "Berkas .docx rusak: isi dokumen tidak dikenali. Buka di Word lalu simpan ulang sebagai .docx.",
    );

  const hasil: BlokMentah[] = [];
  let nomorP = 0;
  let p: Paragraf | null = null;
  let dalamT = false;
  let dalamTabs = false;
  let lewati: string | null = null;
  let kedalamanLewati = 0;
  let kedalamanTabel = 0;
  let baris: Baris[] = [];
  let brs: Baris | null = null;
  let sel: Sel | null = null;
  let awalTabel = 0;
  let setelahTabel = false;

  const tutupParagraf = () => {
    if (p === null) return;
    const teks = p.bagian.join("");
    const g = p.gaya === null ? undefined : gaya.get(p.gaya);
    if (kedalamanTabel > 0) {
      if (sel !== null && teks.trim() !== "") {
        sel.teks.push(teks.replace(/\t/g, " ").trim());
        if (sel.inden === null && /\p{L}/u.test(teks)) {
          sel.inden = Math.round(p.ind / LANGKAH_INDEN) + (p.ilvl === null ? 0 : p.ilvl + 1);
        }
      }
      if (brs !== null && brs.nomor === null) brs.nomor = p.nomor;
    } else if (teks.trim() !== "" && g?.daftarIsi !== true) {
      const tingkatOutline = p.outline !== null && p.outline <= 2 ? ((p.outline + 1) as 1 | 2 | 3) : null;
      hasil.push({
        jenis: "paragraf",
        teks,
        barisBerkas: p.nomor,
        tingkatGaya: tingkatOutline ?? g?.tingkat ?? null,
        gayaKeterangan: g?.keterangan === true,
      });
      setelahTabel = false;
    }
    p = null;
  };

  jelajahiXml(xml, (t) => {
    if (lewati !== null) {
      if (t.jenis === "buka" && t.nama === lewati && !t.kosong) kedalamanLewati++;
      else if (t.jenis === "tutup" && t.nama === lewati && --kedalamanLewati === 0) lewati = null;
      return;
    }
    if (t.jenis === "teks") {
      if (dalamT && p !== null) p.bagian.push(t.teks);
      return;
    }
    if (t.jenis === "tutup") {
      switch (t.nama) {
        case "w:t":
          dalamT = false;
          break;
        case "w:tabs":
          dalamTabs = false;
          break;
        case "w:p":
          tutupParagraf();
          break;
        case "w:tc":
          if (kedalamanTabel === 1 && sel !== null && brs !== null) {
            brs.sel.push(sel.lanjutanVMerge ? "" : sel.teks.join("\n"));
            for (let k = 1; k < sel.rentang; k++) brs.sel.push("");
            if (brs.inden === null && sel.inden !== null) brs.inden = sel.inden;
            sel = null;
          }
          break;
        case "w:tr":
          if (kedalamanTabel === 1 && brs !== null) {
            baris.push(brs);
            brs = null;
          }
          break;
        case "w:tbl":
          kedalamanTabel--;
          if (kedalamanTabel === 0) {
            const barisMentah: BarisMentah[] = baris.map((b) => ({
              sel: [...new Array<string>(b.sebelum).fill(""), ...b.sel],
              inden: b.inden ?? 0,
              barisBerkas: b.nomor,
              ...(b.kepala ? { kepala: true } : {}),
            }));
            hasil.push({
              jenis: "tabel",
              baris: barisMentah,
              barisBerkas: awalTabel,
              bersambung: setelahTabel,
            });
            setelahTabel = true;
            baris = [];
          }
          break;
      }
      return;
    }
    if (LEWATI.has(t.nama)) {
      if (!t.kosong) {
        lewati = t.nama;
        kedalamanLewati = 1;
      }
      return;
    }
    switch (t.nama) {
      case "w:p":
        tutupParagraf();
        nomorP++;
        p = { bagian: [], gaya: null, ind: 0, ilvl: null, outline: null, nomor: nomorP };
        if (t.kosong) {
          if (kedalamanTabel > 0 && brs !== null && brs.nomor === null) brs.nomor = nomorP;
          p = null;
        }
        break;
      case "w:pStyle":
        if (p !== null) p.gaya = atributXml(t.atribut, "w:val");
        break;
      case "w:ind":
        if (p !== null)
          p.ind = Number(atributXml(t.atribut, "w:left") ?? atributXml(t.atribut, "w:start") ?? 0) || 0;
        break;
      case "w:ilvl":
        if (p !== null) p.ilvl = Number(atributXml(t.atribut, "w:val") ?? 0) || 0;
        break;
      case "w:outlineLvl":
        if (p !== null) p.outline = Number(atributXml(t.atribut, "w:val"));
        break;
      case "w:t":
        dalamT = !t.kosong;
        break;
      case "w:tabs":
        dalamTabs = !t.kosong;
        break;
      case "w:tab":
        if (!dalamTabs && p !== null) p.bagian.push("\t");
        break;
      case "w:br":
      case "w:cr":
        if (p !== null) p.bagian.push(" ");
        break;
      case "w:noBreakHyphen":
        if (p !== null) p.bagian.push("-");
        break;
      case "w:tbl":
        tutupParagraf();
        kedalamanTabel++;
        if (kedalamanTabel === 1) awalTabel = nomorP + 1;
        break;
      case "w:tr":
        if (kedalamanTabel === 1) brs = { sel: [], kepala: false, inden: null, nomor: null, sebelum: 0 };
        break;
      case "w:tblHeader": {
        const v = atributXml(t.atribut, "w:val");
        if (kedalamanTabel === 1 && brs !== null && v !== "0" && v !== "false") brs.kepala = true;
        break;
      }
      case "w:gridBefore":
        if (kedalamanTabel === 1 && brs !== null)
          brs.sebelum = Number(atributXml(t.atribut, "w:val") ?? 0) || 0;
        break;
      case "w:tc":
        if (kedalamanTabel === 1) sel = { teks: [], rentang: 1, lanjutanVMerge: false, inden: null };
        break;
      case "w:gridSpan":
        if (kedalamanTabel === 1 && sel !== null)
          sel.rentang = Math.max(1, Number(atributXml(t.atribut, "w:val") ?? 1) || 1);
        break;
      case "w:vMerge": {
        const v = atributXml(t.atribut, "w:val");
        if (kedalamanTabel === 1 && sel !== null && v !== "restart") sel.lanjutanVMerge = true;
        break;
      }
    }
  });
  tutupParagraf();
  return hasil;
}
