/**
 * Turns a report model into Typst source for the PDF renderer: page setup, cover, headings, paragraphs,
 * lists, tables, figures and signature blocks. Pure: charts and organisation charts are only referred to
 * by a virtual file path; the caller draws them and hands the files to the compiler with the source.
 */
import {
  type BarisTabel,
  type Blok,
  type BlokBagan,
  type BlokDaftarOtomatis,
  type BlokGambar,
  type BlokGrafik,
  type BlokJudul,
  type BlokTabel,
  type BlokTandaTangan,
  type Dokumen,
  type Perataan,
  potongan,
  type Sampul,
  type Teks,
  UKURAN_KERTAS,
} from "../model.ts";
import { mmTypst, stringTypst } from "./typst-teks.ts";

/** A chart or organisation chart the source shows from a virtual file, which the caller must supply. */
export type GambarTypst = { jalur: string; blok: BlokGrafik | BlokBagan | BlokGambar };

/** Typst source for one document and the pictures it refers to. */
export type SumberTypst = { sumber: string; gambar: GambarTypst[] };

/** The font family the source asks for; the files are in the repository's fonts/ folder. */
export const KELUARGA_FONTA = "Liberation Sans";

/** Figure kinds: tables, charts and pictures (organisation charts) are listed separately. */
const JENIS_GAMBAR = { grafik: '"grafik"', bagan: '"gambar"' } as const;

const PERATAAN_TYPST: Record<Perataan, string> = {
  kiri: "left",
  tengah: "center",
  kanan: "right",
  rata: "left",
};

/** A number for the source: finite, within bounds, at most three decimals (never "1e+21" or "NaN"). */
function angka(n: number | undefined, min: number, maks: number, bawaan: number): string {
  const nilai = n !== undefined && Number.isFinite(n) ? Math.min(maks, Math.max(min, n)) : bawaan;
  return String(Math.round(nilai * 1000) / 1000);
}

/** A function call whose arguments may be absent or empty lists, without stray commas. */
function panggil(fungsi: string, argumen: (string | null | false | undefined)[], pemisah = ", "): string {
  return `${fungsi}(${argumen.filter((a): a is string => typeof a === "string" && a !== "").join(pemisah)})`;
}

/** Colspan/rowspan argument when the span is more than one cell, never wider than `maks`. */
function rentang(nama: "colspan" | "rowspan", n: number | undefined, maks: number): string | null {
  const cacah = n !== undefined && Number.isFinite(n) ? Math.min(Math.floor(n), maks) : 1;
  return cacah > 1 ? `${nama}: ${cacah}` : null;
}

/** Inline text as one Typst content expression (code mode). */
function teksTypst(t: Teks): string {
  const bagian = potongan(t).map((p) => {
    const s = stringTypst(p.teks);
    if (!p.tebal && !p.miring) return `#${s}`;
    const gaya = [p.tebal ? 'weight: "bold"' : null, p.miring ? 'style: "italic"' : null].filter(Boolean);
    return `#text(${gaya.join(", ")}, ${s})`;
  });
  return `[${bagian.join("")}]`;
}

function pengaturan(dok: Dokumen): string {
  const ukuran = UKURAN_KERTAS[dok.kertas];
  // Over the content, translucent: charts and shaded table rows would hide a mark drawn behind them.
  const tandaDraf = dok.draf
    ? `place(center + horizon, rotate(-55deg, text(size: 150pt, weight: "bold", fill: rgb(120, 120, 120, 22%), "DRAF")))`
    : "none";
  return `#set document(title: ${stringTypst(dok.judul)}, date: none)
#set text(font: ${stringTypst(KELUARGA_FONTA)}, fallback: false, size: 11pt, lang: "id", hyphenate: false)
#set par(leading: 0.7em, spacing: 1.1em)
#set page(
  width: ${mmTypst(ukuran.lebarMm)},
  height: ${mmTypst(ukuran.tinggiMm)},
  margin: (left: 3cm, right: 2.5cm, top: 2.5cm, bottom: 2.5cm),
  header: {
    set text(size: 8.5pt, fill: luma(35%))
    align(right, ${stringTypst(dok.kepalaHalaman)})
    v(-0.55em)
    line(length: 100%, stroke: 0.4pt + luma(60%))
  },
  footer: context align(center, text(size: 9pt, counter(page).display("1"))),
  foreground: ${tandaDraf},
)
#set heading(bookmarked: true)
#show heading: set text(weight: "bold")
#show heading: set block(above: 1.6em, below: 0.9em)
#show heading.where(level: 1): it => {
  pagebreak(weak: true)
  block(width: 100%, sticky: true, above: 0pt, below: 2em, align(center, text(size: 14pt, {
    if it.numbering != none {
      counter(heading).display(it.numbering)
      linebreak()
    }
    it.body
  })))
}
#show heading.where(level: 2): set text(size: 12pt)
#show heading.where(level: 3): set text(size: 11pt)
// Pictures take the full text width, but a tall one (a deep organisation chart) is capped in height so
// it never runs off the page.
#let gambar-pas(jalur) = layout(ruang => {
  let asli = measure(image(jalur))
  if asli.width == 0pt or asli.height * (ruang.width / asli.width) <= 15cm {
    image(jalur, width: 100%)
  } else {
    image(jalur, height: 15cm)
  }
})
#set list(indent: 0.6em, body-indent: 0.6em)
#set enum(indent: 0.6em, body-indent: 0.6em)
#set figure(gap: 0.7em)
#show figure: set block(above: 1.5em, below: 1.5em)
#show figure.where(kind: table): set block(breakable: true)
#show figure.caption: it => block(width: 100%, sticky: true, align(center, text(size: 10pt, weight: "bold", it.body)))
#show table: set text(size: 9pt)
#show table: set par(justify: false, leading: 0.5em)
#set table(stroke: 0.5pt + luma(25%), inset: (x: 4pt, y: 3.5pt))
#show outline.entry.where(level: 1): set block(above: 0.9em)
#show outline.entry.where(level: 1): set text(weight: "bold")
`;
}

function sampulTypst(s: Sampul): string {
  const baris = s.baris.map((b, i) => `text(size: ${i === 0 ? 20 : 16}pt, ${stringTypst(b)})`);
  return `#page(header: none, footer: none, {
  set align(center)
  set text(weight: "bold")
  v(22%)
  ${panggil("stack", ["spacing: 1.1em", ...baris], ",\n    ")}
  v(1fr)
  text(size: 20pt, ${stringTypst(s.tahun)})
  v(12%)
})
#counter(page).update(1)
`;
}

function judulTypst(b: BlokJudul): string {
  const nomor = b.nomor === null ? "none" : `(..n) => ${stringTypst(b.nomor)}`;
  const diDaftarIsi = b.diDaftarIsi !== false;
  return `#heading(level: ${b.tingkat}, numbering: ${nomor}, outlined: ${diDaftarIsi}, ${stringTypst(b.teks)})`;
}

function paragrafTypst(teks: Teks, perataan: Perataan | undefined): string {
  const isi = `par(justify: ${perataan === "rata"}, ${teksTypst(teks)})`;
  if (perataan === "tengah" || perataan === "kanan") return `#align(${PERATAAN_TYPST[perataan]}, ${isi})`;
  return `#${isi}`;
}

function daftarTypst(bernomor: boolean, butir: Teks[]): string {
  const fungsi = bernomor ? `enum.with(numbering: "1.")` : "list";
  return `#(${fungsi})(${butir.map(teksTypst).join(", ")})`;
}

function daftarOtomatisTypst(b: BlokDaftarOtomatis): string {
  const sasaran =
    b.jenis === "daftar_isi"
      ? "heading.where(outlined: true)"
      : b.jenis === "daftar_tabel"
        ? "figure.where(kind: table)"
        : `figure.where(kind: ${JENIS_GAMBAR.grafik}).or(figure.where(kind: ${JENIS_GAMBAR.bagan}))`;
  const kedalaman = b.jenis === "daftar_isi" ? "depth: 3, indent: auto, " : "";
  return `#heading(level: 1, numbering: none, outlined: false, ${stringTypst(b.judul)})
#outline(title: none, ${kedalaman}target: ${sasaran})`;
}

/** The column a body cell starts in, walking the row's colspans. */
function kolomAwal(baris: BarisTabel): number[] {
  const awal: number[] = [];
  let k = 0;
  for (const sel of baris.sel) {
    awal.push(k);
    k += Math.max(1, sel.rentangKolom ?? 1);
  }
  return awal;
}

function tabelTypst(b: BlokTabel): string {
  const lebar = b.kolom.map((k) => `${angka(k.lebar, 0.1, 1000, 1)}fr`);
  const kepala = b.kepala.flatMap((baris) =>
    baris.map((sel) =>
      panggil("table.cell", [
        rentang("colspan", sel.rentangKolom, b.kolom.length),
        rentang("rowspan", sel.rentangBaris, b.kepala.length),
        "align: center + horizon",
        "fill: luma(90%)",
        `text(weight: "bold", ${stringTypst(sel.teks)})`,
      ]),
    ),
  );
  // The row's label cell takes the indent: the first left-aligned column, else the first cell.
  const kolomLabel = Math.max(
    0,
    b.kolom.findIndex((k) => k.perataan === "kiri" || k.perataan === "rata"),
  );
  const badan = b.baris.flatMap((baris) => {
    const awal = kolomAwal(baris);
    const tebalBaris = baris.gaya === "induk" || baris.gaya === "jumlah";
    const isian = baris.gaya === "jumlah" ? "luma(94%)" : baris.gaya === "induk" ? "luma(97%)" : null;
    return baris.sel.map((sel, i) => {
      const kolom = awal[i] ?? 0;
      const perataan = PERATAAN_TYPST[b.kolom[kolom]?.perataan ?? "kiri"];
      const isi = stringTypst(sel.teks);
      return panggil("table.cell", [
        rentang("colspan", sel.rentangKolom, b.kolom.length - kolom),
        `align: ${perataan} + horizon`,
        isian && `fill: ${isian}`,
        baris.inden !== undefined &&
          baris.inden > 0 &&
          kolom === kolomLabel &&
          `inset: (left: ${angka(4 + 10 * baris.inden, 4, 200, 4)}pt, rest: 3.5pt)`,
        tebalBaris || sel.tebal ? `text(weight: "bold", ${isi})` : isi,
      ]);
    });
  });
  const sumber =
    b.sumber === null
      ? ""
      : `\n  block(width: 100%, above: 0.5em, align(left, text(size: 8pt, ${stringTypst(`Sumber: ${b.sumber}`)})))`;
  const tabel = panggil(
    "table",
    [
      `columns: (${lebar.join(", ")}${lebar.length === 1 ? "," : ""})`,
      kepala.length > 0 && panggil("table.header", ["repeat: true", ...kepala], ",\n      "),
      ...badan,
    ],
    ",\n    ",
  );
  const isi = b.hurufKecil
    ? `{ show table: set text(size: 6pt); set table(inset: (x: 1.5pt, y: 2.5pt)); ${tabel} }`
    : tabel;
  return `#figure(kind: table, supplement: none, numbering: none,
  caption: figure.caption(position: top, ${stringTypst(`${b.nomor} ${b.judul}`)}),
  {
  ${isi}${sumber}
  })`;
}

function gambarTypst(b: BlokGrafik | BlokBagan | BlokGambar, jalur: string): string {
  const jenis = b.jenis === "grafik" ? JENIS_GAMBAR.grafik : JENIS_GAMBAR.bagan;
  return `#figure(kind: ${jenis}, supplement: none, numbering: none,
  caption: figure.caption(position: top, ${stringTypst(`${b.nomor} ${b.judul}`)}),
  gambar-pas(${stringTypst(jalur)}))`;
}

function tandaTanganTypst(b: BlokTandaTangan): string {
  const orang = b.penandatangan;
  const tempatTanggal = stringTypst(`${b.tempat}, ${b.tanggal ?? "...................."}`);
  // One signer stands in the right half; two or more share the width. Place and date go above the last.
  const kolom = Math.max(2, orang.length);
  const kosong = Array<string>(kolom - Math.max(1, orang.length)).fill("[]");
  const baris: string[][] = [
    [...kosong, ...orang.slice(1).map(() => "[]"), tempatTanggal],
    [...kosong, ...orang.map((o) => stringTypst(o.jabatan))],
    [...kosong, ...orang.map(() => "v(2.2cm)")],
    [...kosong, ...orang.map((o) => `underline(text(weight: "bold", ${stringTypst(o.nama)}))`)],
  ];
  if (orang.some((o) => o.pangkat))
    baris.push([...kosong, ...orang.map((o) => stringTypst(o.pangkat ?? ""))]);
  if (orang.some((o) => o.nip)) {
    baris.push([...kosong, ...orang.map((o) => stringTypst(o.nip ? `NIP. ${o.nip}` : ""))]);
  }
  const sel = orang.length === 0 ? (baris[0] ?? []) : baris.flat();
  const grid = panggil(
    "grid",
    [`columns: (${Array(kolom).fill("1fr").join(", ")})`, "align: center", "row-gutter: 0.45em", ...sel],
    ",\n  ",
  );
  return `#block(breakable: false, above: 2em, width: 100%, ${grid})`;
}

function blokTypst(b: Blok, gambar: GambarTypst[]): string {
  switch (b.jenis) {
    case "judul":
      return judulTypst(b);
    case "paragraf":
      return paragrafTypst(b.teks, b.perataan);
    case "daftar":
      return daftarTypst(b.bernomor, b.butir);
    case "tabel":
      return tabelTypst(b);
    case "grafik":
    case "bagan":
    case "gambar": {
      const jalur = `/gambar-${gambar.length + 1}.svg`;
      gambar.push({ jalur, blok: b });
      return gambarTypst(b, jalur);
    }
    case "tandatangan":
      return tandaTanganTypst(b);
    case "daftar_isi":
    case "daftar_tabel":
    case "daftar_grafik":
      return daftarOtomatisTypst(b);
    case "halaman_baru":
      return "#pagebreak(weak: true)";
  }
}

/**
 * Typst source for a whole document, with the list of pictures it expects as files; why: the compiler
 * needs text it cannot misread, and pictures must be drawn by the chart module, not here.
 */
export function susunSumberTypst(dok: Dokumen): SumberTypst {
  const gambar: GambarTypst[] = [];
  const bagian = [pengaturan(dok)];
  if (dok.sampul) bagian.push(sampulTypst(dok.sampul));
  // A landscape table gets its own sideways page; the headings just before it go onto that page too,
  // so they are not left alone at the foot of the previous one.
  let judulTertunda: string[] = [];
  for (const blok of dok.isi) {
    if (blok.jenis === "judul") {
      judulTertunda.push(blokTypst(blok, gambar));
      continue;
    }
    const isi = blokTypst(blok, gambar);
    if ((blok.jenis === "tabel" || blok.jenis === "gambar") && blok.lanskap) {
      bagian.push(`#page(flipped: true)[\n${[...judulTertunda, isi].join("\n\n")}\n]`);
    } else {
      bagian.push(...judulTertunda, isi);
    }
    judulTertunda = [];
  }
  bagian.push(...judulTertunda);
  return { sumber: `${bagian.join("\n\n")}\n`, gambar };
}
