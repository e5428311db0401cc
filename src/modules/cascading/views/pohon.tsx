import { raw } from "hono/html";
import type { LevelPohon } from "../../../platform/db/schema.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { DiagramPohon } from "../diagram-pohon.ts";
import type { PohonKinerjaOpd } from "../pohon.model.ts";
import { GAYA_POHON, GarisPohon } from "./garis-pohon.tsx";
import { kamusLabelPohon } from "./label-pohon.ts";
import { tautanPohon } from "./tautan-pohon.ts";

/** The tree page's words in both languages. */
export const kamusPohon = buatKamus(
  {
    judul: "Pohon Kinerja",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    periode: "Periode {awal}–{akhir}. Target yang ditampilkan: tahun {tahun}.",
    kosong:
      "Belum ada pohon kinerja untuk tahun ini. Langkah terpandu PermenPANRB 89/2021 menuntun penyusunannya dari sasaran Renstra sampai pekerjaan yang mewujudkannya.",
    tanpaRenstra:
      "Belum ada Renstra yang meliputi tahun {tahun}; pohon kinerja disusun dari sasaran Renstra.",
    mulai: "Susun dengan langkah terpandu",
    lanjut: "Langkah terpandu (lima langkah PermenPANRB 89/2021)",
    garis: "Garis besar pohon",
    diagram: "Diagram",
    perbesar: "Ukuran diagram",
    pas: "Sesuai layar",
    lipat: "Tampilkan sampai",
    semua: "Semua level",
    unduhSvg: "Unduh diagram (SVG)",
    cetak: "Versi cetak A3 (PDF)",
    dokumen: "Dokumen pohon kinerja dan matriks cascading",
    word: "Word",
    html: "HTML",
    rhk: "Rencana hasil kerja (RHK) pegawai",
    csf: "Faktor kunci keberhasilan",
    tautanLain: "Tautan",
  },
  {
    judul: "Performance tree",
    tahun: "Year",
    tampilkan: "Show",
    periode: "Period {awal}–{akhir}. Targets shown: year {tahun}.",
    kosong:
      "No performance tree for this year yet. The guided steps of PermenPANRB 89/2021 lead from a Renstra goal down to the jobs that deliver it.",
    tanpaRenstra: "No Renstra covers {tahun}; the performance tree is built from the Renstra's goals.",
    mulai: "Build it with the guided steps",
    lanjut: "Guided steps (the five steps of PermenPANRB 89/2021)",
    garis: "Tree outline",
    diagram: "Diagram",
    perbesar: "Diagram size",
    pas: "Fit the screen",
    lipat: "Show down to",
    semua: "All levels",
    unduhSvg: "Download the diagram (SVG)",
    cetak: "A3 print version (PDF)",
    dokumen: "Performance tree and cascading matrix document",
    word: "Word",
    html: "HTML",
    rhk: "Employees' work results (RHK)",
    csf: "Critical success factors",
    tautanLain: "Links",
  },
);

/** The zoom steps offered (percent of the drawing's natural size). */
export const SKALA_DIAGRAM = [50, 75, 100, 150, 200] as const;
/** The levels the diagram may be collapsed below. */
export const LEVEL_LIPAT: readonly LevelPohon[] = ["strategis", "taktis", "operasional"];

function isi(teks: string, nilai: Record<string, string | number>): string {
  return teks.replace(/\{(\w+)\}/g, (_m, k: string) => String(nilai[k] ?? ""));
}

/** GET /opd/:kode/pohon-kinerja: the outline, the diagram with zoom and collapse, the documents and links. */
export function HalamanPohon(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  tahun: number;
  pohon: PohonKinerjaOpd | null;
  diagram: DiagramPohon | null;
  skala: number | null;
  sampai: LevelPohon | null;
  bolehUbah: boolean;
  pesan: string | null;
}) {
  const { k, opd, tahun, pohon, diagram } = props;
  const t = kamusPohon(k.bahasa);
  const l = kamusLabelPohon(k.bahasa);
  const dasar = TAUTAN.pohonKinerja(opd.kode);
  const tautan = tautanPohon(opd.kode, tahun);
  const kueri = (ubah: { skala?: number | null; sampai?: LevelPohon | null }) => {
    const p = new URLSearchParams({ tahun: String(tahun) });
    const skala = ubah.skala === undefined ? props.skala : ubah.skala;
    const sampai = ubah.sampai === undefined ? props.sampai : ubah.sampai;
    if (skala !== null) p.set("skala", String(skala));
    if (sampai !== null) p.set("sampai", sampai);
    return `${dasar}?${p.toString()}#diagram`;
  };
  const dokumen = `/api/v1/opd/${opd.kode}/dokumen/pohon-kinerja/${tahun}`;
  const adaSimpul = pohon?.akar.some((s) => s.opdId !== null || s.anak.length > 0) === true;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={dasar}>
      <style>{raw(GAYA_POHON)}</style>
      <h1>{`${t.judul} · ${opd.nama}`}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <form method="get" action={dasar} class="filter">
        <div class="bidang">
          <label for="f-tahun">{t.tahun}</label>
          <input id="f-tahun" name="tahun" value={String(tahun)} inputmode="numeric" />
        </div>
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      {pohon === null ? (
        <p>{isi(t.tanpaRenstra, { tahun })}</p>
      ) : (
        <p>{isi(t.periode, { awal: pohon.tahunAwal, akhir: pohon.tahunAkhir, tahun })}</p>
      )}
      <nav aria-label={t.tautanLain}>
        <ul class="tautan-baris">
          {props.bolehUbah && (
            <li>
              <a href={tautan.langkah(1)}>{adaSimpul ? t.lanjut : t.mulai}</a>
            </li>
          )}
          <li>
            <a href={`${dasar}/rhk?tahun=${tahun}`}>{t.rhk}</a>
          </li>
          <li>
            {t.dokumen}: <a href={`${dokumen}.pdf`}>PDF</a> · <a href={`${dokumen}.docx`}>{t.word}</a> ·{" "}
            <a href={`${dokumen}.html`}>{t.html}</a>
          </li>
        </ul>
      </nav>
      {pohon !== null && !adaSimpul && <p>{t.kosong}</p>}
      {pohon !== null && adaSimpul && (
        <>
          <section aria-labelledby="judul-garis">
            <h2 id="judul-garis">{t.garis}</h2>
            <GarisPohon
              akar={pohon.akar}
              tahun={tahun}
              bahasa={k.bahasa}
              tautan={(id) => tautan.simpul(id)}
            />
            {pohon.faktorKeberhasilan.length > 0 && (
              <>
                <h3>{t.csf}</h3>
                <ol>
                  {pohon.faktorKeberhasilan.map((f) => (
                    <li>{f.uraian}</li>
                  ))}
                </ol>
              </>
            )}
          </section>
          {diagram && (
            <section aria-labelledby="judul-diagram" id="diagram">
              <h2 id="judul-diagram">{t.diagram}</h2>
              <p>
                {t.perbesar}:{" "}
                <a href={kueri({ skala: null })} aria-current={props.skala === null ? "true" : undefined}>
                  {t.pas}
                </a>
                {SKALA_DIAGRAM.map((s) => (
                  <>
                    {" · "}
                    <a href={kueri({ skala: s })} aria-current={props.skala === s ? "true" : undefined}>
                      {`${s}%`}
                    </a>
                  </>
                ))}
              </p>
              <p>
                {t.lipat}:{" "}
                <a href={kueri({ sampai: null })} aria-current={props.sampai === null ? "true" : undefined}>
                  {t.semua}
                </a>
                {LEVEL_LIPAT.map((lv) => (
                  <>
                    {" · "}
                    <a href={kueri({ sampai: lv })} aria-current={props.sampai === lv ? "true" : undefined}>
                      {l[lv]}
                    </a>
                  </>
                ))}
              </p>
              <div class="diagram-pohon">
                <div
                  style={
                    props.skala === null
                      ? undefined
                      : `width:${Math.round((diagram.lebar * props.skala) / 100)}px`
                  }
                >
                  {raw(diagram.svg)}
                </div>
              </div>
              <ul class="tautan-baris">
                <li>
                  <a href={tautan.svg()} download>
                    {t.unduhSvg}
                  </a>
                </li>
                <li>
                  <a href={`${dokumen}.pdf?kertas=a3`}>{t.cetak}</a>
                </li>
              </ul>
            </section>
          )}
        </>
      )}
    </TataAplikasi>
  );
}
