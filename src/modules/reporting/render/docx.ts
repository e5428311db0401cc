import { Document, type FileChild, type ISectionOptions, Packer } from "docx";
import type { Blok, Dokumen } from "../model.ts";
import { blokDaftarOtomatis } from "./docx-daftar.ts";
import { blokGambar } from "./docx-gambar.ts";
import { gayaDokumen, penomoranDokumen } from "./docx-gaya.ts";
import { sectionIsi, sectionSampul } from "./docx-halaman.ts";
import { blokTabel } from "./docx-tabel.ts";
import { blokTandaTangan } from "./docx-tandatangan.ts";
import { paragrafDaftar, paragrafIsi, paragrafJudul } from "./docx-teks.ts";
import { halaman } from "./docx-ukuran.ts";

/** Splits the body into sections: portrait by default, each `lanskap` table in a landscape section of its own. */
function sectionsIsi(dok: Dokumen): ISectionOptions[] {
  const potret = halaman(dok.kertas, false);
  const lanskap = halaman(dok.kertas, true);
  const sections: ISectionOptions[] = [];
  let isi: FileChild[] = [];
  let halamanBaru = false;
  let daftarKe = 0;
  // where the latest heading starts in `isi`, while only paragraphs have followed it
  let awalPengantar: number | null = null;

  const tutup = (anak: FileChild[], h = potret) => {
    if (anak.length > 0) sections.push(sectionIsi(dok, h, anak, sections.length === 0));
  };

  const keWord = (b: Blok): FileChild[] => {
    switch (b.jenis) {
      case "judul":
        return [paragrafJudul(b, halamanBaru)];
      case "paragraf":
        return [paragrafIsi(b, halamanBaru)];
      case "daftar":
        daftarKe += 1;
        return paragrafDaftar(b, daftarKe, halamanBaru);
      case "tabel":
        return blokTabel(b, potret.lebarTeks, halamanBaru);
      case "grafik":
      case "bagan":
      case "gambar":
        return blokGambar(b, potret, halamanBaru);
      case "tandatangan":
        return blokTandaTangan(b, potret.lebarTeks, halamanBaru);
      case "daftar_isi":
      case "daftar_tabel":
      case "daftar_grafik":
        return blokDaftarOtomatis(b, halamanBaru);
      case "halaman_baru":
        return [];
    }
  };

  for (const b of dok.isi) {
    if (b.jenis === "halaman_baru") {
      halamanBaru = isi.length > 0;
      continue;
    }
    if (b.jenis === "tabel" && b.lanskap) {
      // the section break already starts a new page; the heading and lead-in text that introduce the table
      // go onto the sideways page with it instead of being stranded on a page of their own
      const pengantar = awalPengantar === null ? [] : isi.splice(awalPengantar);
      tutup(isi);
      tutup([...pengantar, ...blokTabel(b, lanskap.lebarTeks, false)], lanskap);
      isi = [];
      awalPengantar = null;
      halamanBaru = false;
      continue;
    }
    if (b.jenis === "gambar" && b.lanskap) {
      const pengantar = awalPengantar === null ? [] : isi.splice(awalPengantar);
      tutup(isi);
      tutup([...pengantar, ...blokGambar(b, lanskap, false)], lanskap);
      isi = [];
      awalPengantar = null;
      halamanBaru = false;
      continue;
    }
    if (b.jenis === "judul") awalPengantar = isi.length;
    else if (b.jenis !== "paragraf") awalPengantar = null;
    isi.push(...keWord(b));
    halamanBaru = false;
  }
  tutup(isi);
  return sections;
}

/**
 * The report as an editable Word document: real heading styles and a TOC field, native tables, charts as PNG, the
 * running header and page numbers, and a DRAF watermark on drafts. Returns the .docx bytes.
 */
export async function renderDocx(dok: Dokumen): Promise<Uint8Array> {
  const sampul = dok.sampul === null ? [] : [sectionSampul(dok, dok.sampul, halaman(dok.kertas, false))];
  const document = new Document({
    title: dok.judul,
    subject: dok.kepalaHalaman,
    creator: "Terukur",
    description: dok.draf ? "DRAF" : undefined,
    styles: gayaDokumen(),
    numbering: penomoranDokumen(),
    features: { updateFields: true },
    // Word fills the page numbers of the TOC when it refreshes the fields on open; docx's own estimate
    // (docx/layout) costs ~7 s on the 44-page Malili LKjIP, so it is left to Word.
    sections: [...sampul, ...sectionsIsi(dok)],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
