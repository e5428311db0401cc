/**
 * The pohon kinerja as a collapsible outline: one nested <details> per node (no script, readable on a 360-px
 * phone), each with its level, condition, indicators and the year's target, owner, funding, critical success
 * factor and crosscutting support. The tree page and every step of the guided flow show it.
 */
import type { Bahasa } from "../../../platform/i18n/kamus.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import type { SimpulPohon } from "../pohon.model.ts";
import { pemilikSimpul, tampilTargetPohon } from "../tata-letak-pohon.domain.ts";
import { kamusLabelPohon } from "./label-pohon.ts";

const kamus = buatKamus(
  {
    jenisHasil: "Jenis hasil",
    indikator: "Indikator",
    target: "target {tahun}",
    tanpaTarget: "belum ada target {tahun}",
    pemilik: "Pemilik",
    tanpaPemilik: "belum ditetapkan",
    anggaran: "Pendanaan",
    tanpaAnggaran: "belum ditautkan",
    csf: "Faktor kunci keberhasilan",
    dukungan: "Crosscutting",
    ubah: "Buka simpul",
    kosong: "Belum ada simpul.",
  },
  {
    jenisHasil: "Result kind",
    indikator: "Indicators",
    target: "target {tahun}",
    tanpaTarget: "no {tahun} target yet",
    pemilik: "Owner",
    tanpaPemilik: "not assigned",
    anggaran: "Funding",
    tanpaAnggaran: "not linked",
    csf: "Critical success factor",
    dukungan: "Crosscutting",
    ubah: "Open node",
    kosong: "No nodes yet.",
  },
);

/** CSS of the outline and the diagram frame, inlined once per page (the shared stylesheet is not ours). */
export const GAYA_POHON = `
.garis-pohon{list-style:none;padding-left:0;margin:0}
.garis-pohon .garis-pohon{padding-left:.9rem;border-left:2px solid #d6dce4;margin-left:.35rem}
.simpul-pohon{margin:.35rem 0;padding:.35rem .5rem;border:1px solid #d6dce4;border-radius:4px;background:#fff;overflow-wrap:anywhere}
.simpul-pohon>summary{cursor:pointer}
.simpul-pohon .lvl{display:inline-block;font-size:.75rem;font-weight:bold;color:#fff;border-radius:3px;padding:0 .35rem;margin-right:.35rem}
.lvl-strategis_pemda{background:#1f3f66}.lvl-strategis{background:#2e6b9e}.lvl-taktis{background:#2f7d4f}
.lvl-operasional{background:#a35a12}.lvl-individu{background:#5b6472}
.simpul-pohon dl{margin:.3rem 0;display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.1rem .6rem;font-size:.9rem}
.simpul-pohon dd{margin:0}
@media (max-width:480px){.simpul-pohon dl{grid-template-columns:1fr}.simpul-pohon dt{font-weight:bold}}
.simpul-dipilih{outline:3px solid #2e6b9e}
.diagram-pohon{overflow:auto;border:1px solid #d6dce4;max-height:80vh;background:#fff}
.diagram-pohon svg{width:100%;height:auto;display:block}
.tautan-baris{display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:0;list-style:none}
.langkah-daftar{display:flex;flex-wrap:wrap;gap:.3rem;padding:0;list-style:none;counter-reset:l}
.langkah-daftar a,.langkah-daftar span{display:inline-block;padding:.2rem .5rem;border:1px solid #d6dce4;border-radius:3px}
.langkah-daftar [aria-current="step"]{background:#2e6b9e;color:#fff}
tr.beda td{background:#fff4d6}
tr.baru td{background:#e5f4ea}
`;

function isiTeks(teks: string, nilai: Record<string, string | number>): string {
  return teks.replace(/\{(\w+)\}/g, (_m, k: string) => String(nilai[k] ?? ""));
}

function Simpul(props: {
  s: SimpulPohon;
  tahun: number;
  bahasa: Bahasa;
  tautan: ((id: number) => string) | null;
  dipilih: number | null;
}) {
  const { s, tahun } = props;
  const t = kamus(props.bahasa);
  const l = kamusLabelPohon(props.bahasa);
  const pemilik = pemilikSimpul(s);
  return (
    <li>
      <details
        open
        class={s.id === props.dipilih ? "simpul-pohon simpul-dipilih" : "simpul-pohon"}
        id={`garis-${s.id}`}
      >
        <summary>
          <span class={`lvl lvl-${s.level}`}>{l[s.level]}</span>
          <strong>{s.kondisi}</strong>
        </summary>
        <dl>
          <dt>{t.jenisHasil}</dt>
          <dd>{l[s.jenisHasil]}</dd>
          <dt>{t.indikator}</dt>
          <dd>
            {s.indikator.length === 0 ? (
              "—"
            ) : (
              <ul>
                {s.indikator.map((i) => {
                  const nilai = i.target[tahun];
                  return (
                    <li>
                      {i.nama}:{" "}
                      {nilai === undefined
                        ? isiTeks(t.tanpaTarget, { tahun })
                        : `${isiTeks(t.target, { tahun })} ${tampilTargetPohon(nilai, i.satuan)}`}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
          <dt>{t.pemilik}</dt>
          <dd>{pemilik ?? t.tanpaPemilik}</dd>
          {s.level !== "strategis_pemda" && (
            <>
              <dt>{t.anggaran}</dt>
              <dd>
                {s.anggaran.length === 0
                  ? t.tanpaAnggaran
                  : s.anggaran
                      .map(
                        (a) =>
                          `${a.kode}${a.nama ? ` ${a.nama}` : ""}${a.opdId !== s.opdId ? ` (${a.opdKode})` : ""}`,
                      )
                      .join("; ")}
              </dd>
            </>
          )}
          {s.faktorKeberhasilan && (
            <>
              <dt>{t.csf}</dt>
              <dd>{s.faktorKeberhasilan.uraian}</dd>
            </>
          )}
          {s.dukungan.length > 0 && (
            <>
              <dt>{t.dukungan}</dt>
              <dd>
                {s.dukungan
                  .map(
                    (d) =>
                      `${d.opdNama} (${l[d.peran]}${d.porsi ? `, ${tampilTargetPohon(d.porsi, "%")}` : ""})`,
                  )
                  .join("; ")}
              </dd>
            </>
          )}
        </dl>
        {props.tautan && s.opdId !== null && <a href={props.tautan(s.id)}>{t.ubah}</a>}
        {s.anak.length > 0 && (
          <ul class="garis-pohon">
            {s.anak.map((a) => (
              <Simpul
                s={a}
                tahun={tahun}
                bahasa={props.bahasa}
                tautan={props.tautan}
                dipilih={props.dipilih}
              />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}

/** The outline of a list of root nodes; `tautan` gives each OPD node a link to its editor. */
export function GarisPohon(props: {
  akar: readonly SimpulPohon[];
  tahun: number;
  bahasa: Bahasa;
  tautan: ((id: number) => string) | null;
  dipilih?: number | null;
}) {
  if (props.akar.length === 0) return <p>{kamus(props.bahasa).kosong}</p>;
  return (
    <ul class="garis-pohon">
      {props.akar.map((s) => (
        <Simpul
          s={s}
          tahun={props.tahun}
          bahasa={props.bahasa}
          tautan={props.tautan}
          dipilih={props.dipilih ?? null}
        />
      ))}
    </ul>
  );
}

/** Every node of a nested list, depth first, with its depth. */
export function ratakan(akar: readonly SimpulPohon[], dalam = 0): { s: SimpulPohon; dalam: number }[] {
  return akar.flatMap((s) => [{ s, dalam }, ...ratakan(s.anak, dalam + 1)]);
}

/** A node's label in a select: indented by depth, with its level. */
export function labelPilihanSimpul(s: SimpulPohon, dalam: number, bahasa: Bahasa): string {
  const l = kamusLabelPohon(bahasa);
  const kondisi = s.kondisi.length > 90 ? `${s.kondisi.slice(0, 88)}…` : s.kondisi;
  return `${"— ".repeat(dalam)}${l[s.level]}: ${kondisi}`;
}
