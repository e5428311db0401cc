/**
 * The report model as one printable HTML file: no script, the stylesheet inlined so a downloaded copy prints
 * the same as the served one, pictures inline as SVG from platform/charts. Laid out like the PDF (Typst)
 * renderer: the same margins, running header, captions above, chapters on a new page.
 */
import { readFileSync } from "node:fs";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { gambarBlok } from "../../../platform/charts.ts";
import { halamanHtml } from "../../../platform/ui/html-page.ts";
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

const GAYA_LAPORAN = readFileSync(new URL("../../../../public/laporan.css", import.meta.url), "utf8");

/** Page margins in millimetres, the same as the PDF renderer's (left wider for binding). */
const MARGIN = { atas: 25, kanan: 25, bawah: 25, kiri: 30 } as const;

/** A CSS string literal of user text: quotes, backslashes, line ends and "<" (so `</style>` cannot occur) escaped. */
function stringCss(teks: string): string {
  return `"${teks.replace(/[\\"<>\n\r]/g, (c) => `\\${c.codePointAt(0)?.toString(16)} `)}"`;
}

/** The page rules that depend on the document: paper, margins, running header, the cover and landscape pages. */
function gayaHalaman(dok: Dokumen): string {
  const k = UKURAN_KERTAS[dok.kertas];
  // Chromium sizes a fixed element by the first page, so with sideways pages the mark must fit their height
  const adaLanskap =
    dok.draf && dok.isi.some((b) => (b.jenis === "tabel" || b.jenis === "gambar") && b.lanskap === true);
  const margin = `${MARGIN.atas}mm ${MARGIN.kanan}mm ${MARGIN.bawah}mm ${MARGIN.kiri}mm`;
  return `
@page { size: ${k.lebarMm}mm ${k.tinggiMm}mm; margin: ${margin};
  @top-right { content: ${stringCss(dok.kepalaHalaman)}; }
  @bottom-center { content: counter(page); } }
@page sampul { @top-right { content: none; } @bottom-center { content: none; } }
@page lanskap { size: ${k.tinggiMm}mm ${k.lebarMm}mm; }
:root { --lebar-kertas: ${k.lebarMm}mm; --tinggi-isi: ${k.tinggiMm - MARGIN.atas - MARGIN.bawah - 2}mm;
  --margin: ${margin}; --margin-kiri: ${MARGIN.kiri}mm; --margin-kanan: ${MARGIN.kanan}mm; }
${adaLanskap ? `.draf { bottom: auto; height: ${k.lebarMm - MARGIN.atas - MARGIN.bawah}mm; }` : ""}`;
}

/** Anchor ids for headings, tables and pictures, unique in the document, so the generated lists can link to them. */
function buatId(isi: Blok[]): Map<Blok, string> {
  const ids = new Map<Blok, string>();
  const dipakai = new Set<string>();
  for (const b of isi) {
    let dasar: string;
    if (b.jenis === "judul") dasar = `judul-${slug(b.nomor ?? b.teks)}`;
    else if (b.jenis === "tabel" || b.jenis === "grafik" || b.jenis === "bagan" || b.jenis === "gambar")
      dasar = slug(b.nomor);
    else continue;
    let id = dasar === "" ? b.jenis : dasar;
    for (let n = 2; dipakai.has(id); n++) id = `${dasar}-${n}`;
    dipakai.add(id);
    ids.set(b, id);
  }
  return ids;
}

function slug(teks: string): string {
  return teks
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function kelasPerataan(p: Perataan | undefined): string {
  return `rata-${p ?? "kiri"}`;
}

function TeksRun(props: { teks: Teks }) {
  return (
    <>
      {potongan(props.teks).map((p) => {
        let isi: Child = p.teks;
        if (p.miring) isi = <em>{isi}</em>;
        if (p.tebal) isi = <strong>{isi}</strong>;
        return isi;
      })}
    </>
  );
}

function HalamanSampul(props: { sampul: Sampul }) {
  return (
    <section class="sampul">
      <div class="sampul-judul">
        {props.sampul.baris.map((b, i) => (
          <p class={i === 0 ? "sampul-utama" : undefined}>{b}</p>
        ))}
      </div>
      <p class="sampul-tahun">{props.sampul.tahun}</p>
    </section>
  );
}

function Judul(props: { b: BlokJudul; id: string | undefined }) {
  const { b, id } = props;
  const isi = (
    <>
      {b.nomor === null ? null : <span class="nomor">{b.nomor}</span>}
      {b.nomor === null ? null : " "}
      <span class="teks">{b.teks}</span>
    </>
  );
  if (b.tingkat === 1) {
    return (
      <h1 id={id} class={b.nomor === null ? undefined : "bernomor"}>
        {isi}
      </h1>
    );
  }
  if (b.tingkat === 2) return <h2 id={id}>{isi}</h2>;
  return <h3 id={id}>{isi}</h3>;
}

type Entri = { id: string; nomor: string | null; teks: string; tingkat: number };

/** The entries of a generated list, in document order. */
function entriDaftar(jenis: BlokDaftarOtomatis["jenis"], isi: Blok[], ids: Map<Blok, string>): Entri[] {
  const entri: Entri[] = [];
  for (const b of isi) {
    const id = ids.get(b);
    if (id === undefined) continue;
    if (jenis === "daftar_isi" && b.jenis === "judul" && b.diDaftarIsi !== false) {
      entri.push({ id, nomor: b.nomor, teks: b.teks, tingkat: b.tingkat });
    } else if (jenis === "daftar_tabel" && b.jenis === "tabel") {
      entri.push({ id, nomor: b.nomor, teks: b.judul, tingkat: 1 });
    } else if (
      jenis === "daftar_grafik" &&
      (b.jenis === "grafik" || b.jenis === "bagan" || b.jenis === "gambar")
    ) {
      entri.push({ id, nomor: b.nomor, teks: b.judul, tingkat: 1 });
    }
  }
  return entri;
}

function DaftarOtomatis(props: { b: BlokDaftarOtomatis; isi: Blok[]; ids: Map<Blok, string> }) {
  const entri = entriDaftar(props.b.jenis, props.isi, props.ids);
  return (
    <nav class={`daftar-otomatis ${props.b.jenis.replace("_", "-")}`} aria-label={props.b.judul}>
      <h1>{props.b.judul}</h1>
      {entri.length === 0 ? (
        <p class="kosong">(tidak ada)</p>
      ) : (
        <ol>
          {entri.map((e) => (
            <li class={`tingkat-${e.tingkat}`}>
              <a href={`#${e.id}`}>
                {e.nomor === null ? null : <span class="nomor">{e.nomor}</span>}
                {e.nomor === null ? null : " "}
                <span class="teks">{e.teks}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

/** The model column each cell of a body row starts in, walking the row's colspans. */
function kolomAwal(baris: BarisTabel): number[] {
  const awal: number[] = [];
  let k = 0;
  for (const sel of baris.sel) {
    awal.push(k);
    k += Math.max(1, sel.rentangKolom ?? 1);
  }
  return awal;
}

function rentang(n: number | undefined): number | undefined {
  return n !== undefined && n > 1 ? n : undefined;
}

function Tabel(props: { b: BlokTabel; id: string | undefined }) {
  const { b, id } = props;
  const total = b.kolom.reduce((s, k) => s + (Number.isFinite(k.lebar) && k.lebar > 0 ? k.lebar : 1), 0);
  return (
    <div
      class={["blok-tabel", b.lanskap ? "lanskap" : "", b.hurufKecil ? "kecil" : ""]
        .filter(Boolean)
        .join(" ")}
      id={id}
    >
      <table>
        <caption>{`${b.nomor} ${b.judul}`}</caption>
        <colgroup>
          {b.kolom.map((k) => {
            const lebar = Number.isFinite(k.lebar) && k.lebar > 0 ? k.lebar : 1;
            return <col style={`width:${((lebar / total) * 100).toFixed(2)}%`} />;
          })}
        </colgroup>
        <thead>
          {b.kepala.map((baris) => (
            <tr>
              {baris.map((sel) => (
                <th scope="col" colspan={rentang(sel.rentangKolom)} rowspan={rentang(sel.rentangBaris)}>
                  {sel.teks}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {b.baris.map((baris) => {
            const awal = kolomAwal(baris);
            return (
              <tr class={baris.gaya === undefined || baris.gaya === "biasa" ? undefined : baris.gaya}>
                {baris.sel.map((sel, i) => {
                  const kolom = b.kolom[awal[i] ?? 0];
                  const kelas = [kelasPerataan(kolom?.perataan), sel.tebal ? "tebal" : ""].join(" ").trim();
                  const inden =
                    i === 0 && baris.inden
                      ? `padding-left:${(0.35 + baris.inden * 1.2).toFixed(2)}em`
                      : undefined;
                  return (
                    <td class={kelas} colspan={rentang(sel.rentangKolom)} style={inden}>
                      {sel.teks}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {b.sumber === null ? null : <p class="sumber">{`Sumber: ${b.sumber}`}</p>}
    </div>
  );
}

function Gambar(props: { b: BlokGrafik | BlokBagan | BlokGambar; id: string | undefined }) {
  const { b, id } = props;
  const g = gambarBlok(b);
  // the SVG is ours (charts.ts escapes every text it draws), so it is the one thing inserted raw
  return (
    <figure class={`gambar ${b.jenis}${b.jenis === "gambar" && b.lanskap ? " lanskap" : ""}`} id={id}>
      <figcaption>{`${b.nomor} ${b.judul}`}</figcaption>
      <div class="kanvas" style={`max-width:${g.lebar}px`}>
        {raw(g.svg)}
      </div>
    </figure>
  );
}

function TandaTangan(props: { b: BlokTandaTangan }) {
  const { b } = props;
  const n = b.penandatangan.length;
  const tempatTanggal = `${b.tempat}, ${b.tanggal ?? "...................."}`;
  return (
    <div class={n === 1 ? "tandatangan satu" : "tandatangan"} style={n > 2 ? `--kolom:${n}` : undefined}>
      {b.penandatangan.map((p, i) => (
        <div class="ttd">
          <p class="ttd-tempat">{i === n - 1 ? tempatTanggal : ""}</p>
          <p class="ttd-jabatan">{p.jabatan}</p>
          <p class="ttd-nama">
            <span>{p.nama}</span>
          </p>
          <div class="ttd-identitas">
            {p.pangkat ? <p>{p.pangkat}</p> : null}
            {p.nip === null ? null : <p>{`NIP. ${p.nip}`}</p>}
          </div>
        </div>
      ))}
    </div>
  );
}

function BlokHtml(props: { b: Blok; isi: Blok[]; ids: Map<Blok, string> }) {
  const { b, isi, ids } = props;
  switch (b.jenis) {
    case "judul":
      return <Judul b={b} id={ids.get(b)} />;
    case "paragraf":
      return (
        <p class={kelasPerataan(b.perataan)}>
          <TeksRun teks={b.teks} />
        </p>
      );
    case "daftar": {
      const butir = b.butir.map((t) => (
        <li>
          <TeksRun teks={t} />
        </li>
      ));
      return b.bernomor ? <ol class="daftar">{butir}</ol> : <ul class="daftar">{butir}</ul>;
    }
    case "tabel":
      return <Tabel b={b} id={ids.get(b)} />;
    case "grafik":
    case "bagan":
    case "gambar":
      return <Gambar b={b} id={ids.get(b)} />;
    case "tandatangan":
      return <TandaTangan b={b} />;
    case "daftar_isi":
    case "daftar_tabel":
    case "daftar_grafik":
      return <DaftarOtomatis b={b} isi={isi} ids={ids} />;
    case "halaman_baru":
      return <div class="halaman-baru" role="presentation" />;
  }
}

/** The whole document as a printable, self-contained HTML page (the "html" download and the browser preview). */
export async function renderHtml(dok: Dokumen): Promise<string> {
  const ids = buatId(dok.isi);
  const halaman = (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Terukur" />
        <title>{dok.judul}</title>
        <style>{raw(GAYA_LAPORAN + gayaHalaman(dok))}</style>
      </head>
      <body class={`laporan kertas-${dok.kertas}`}>
        {dok.draf ? (
          <div class="draf" aria-hidden="true">
            <span>DRAF</span>
          </div>
        ) : null}
        <main class="kertas">
          {dok.sampul === null ? null : <HalamanSampul sampul={dok.sampul} />}
          {dok.isi.map((b) => (
            <BlokHtml b={b} isi={dok.isi} ids={ids} />
          ))}
        </main>
      </body>
    </html>
  );
  return halamanHtml(halaman);
}
