import type { GalatFormulir } from "../../../platform/ui/formulir.tsx";
import { Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { type GridRealisasi, KODE_PERIODE_GRID, type KodePeriodeGrid } from "../realisasi-grid.service.ts";
import { ALAMAT_REALISASI, BarisRealisasi, type IsianBaris } from "./realisasi-baris.tsx";
import { teksRealisasi } from "./realisasi-teks.tsx";

/** A refusal to show on one row, with what the person typed there. */
export type GalatBaris = { indikatorId: number; galat: GalatFormulir; isian?: IsianBaris };

function tahunPilihan(grid: GridRealisasi): number[] {
  const awal = grid.renstra ? Math.min(grid.renstra.tahunAwal, grid.tahun) : grid.tahun - 1;
  const akhir = grid.renstra ? Math.max(grid.renstra.tahunAkhir, grid.tahun) : grid.tahun + 1;
  return Array.from({ length: akhir - awal + 1 }, (_, i) => awal + i);
}

/**
 * The realisation grid of one OPD for a year and period: period and year switchers (plain links), then one
 * table per responsible unit, "tanpa unit" last. Notices from a redirect (?pesan=, ?galat=) sit on top.
 */
export function HalamanRealisasi(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  grid: GridRealisasi;
  kodePeriode: KodePeriodeGrid;
  pesan?: string | null;
  galatAtas?: string | null;
  galatBaris?: GalatBaris;
}) {
  const { k, grid, opd } = props;
  const t = teksRealisasi(k.bahasa);
  const judul = `${t.judul} ${grid.tahun} · ${t[props.kodePeriode === "tahun" ? "tahunan" : props.kodePeriode]}`;
  return (
    <TataAplikasi k={k} judul={judul} opd={opd} aktif={TAUTAN.realisasi(opd.kode)}>
      <h1>{judul}</h1>
      <p class="petunjuk">{t.pengantar}</p>
      <Pemberitahuan pesan={props.pesan} />
      {props.galatAtas && (
        <p class="galat-umum" role="alert">
          {props.galatAtas}
        </p>
      )}
      <nav class="baris-aksi realisasi-pilih" aria-label={t.periode}>
        <span>{t.periode}:</span>
        {KODE_PERIODE_GRID.map((kp) => (
          <a
            href={ALAMAT_REALISASI.grid(opd.kode, grid.tahun, kp)}
            aria-current={kp === props.kodePeriode ? "page" : undefined}
          >
            {t[kp === "tahun" ? "tahunan" : kp]}
          </a>
        ))}
      </nav>
      <nav class="baris-aksi realisasi-pilih" aria-label={t.tahun}>
        <span>{t.tahun}:</span>
        {tahunPilihan(grid).map((th) => (
          <a
            href={ALAMAT_REALISASI.grid(opd.kode, th, props.kodePeriode)}
            aria-current={th === grid.tahun ? "page" : undefined}
          >
            {String(th)}
          </a>
        ))}
      </nav>
      {!grid.renstra && <p>{t.tanpaRenstra}</p>}
      {grid.renstra && grid.kelompok.length === 0 && <p>{t.tanpaIndikator}</p>}
      {grid.kelompok.map((kel) => (
        <section class="realisasi-kelompok">
          <h2>{kel.unit?.nama ?? t.tanpaUnit}</h2>
          <table class="susun grid-isian realisasi-grid">
            <thead>
              <tr>
                <th scope="col">{t.kode}</th>
                <th scope="col">{t.indikator}</th>
                <th scope="col">{t.satuan}</th>
                <th scope="col">{t.target}</th>
                <th scope="col">{t.realisasi}</th>
                <th scope="col">{t.sumberCatatan}</th>
                <th scope="col">{t.bukti}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {kel.baris.map((b) => {
                const g = props.galatBaris?.indikatorId === b.indikatorId ? props.galatBaris : undefined;
                return (
                  <BarisRealisasi
                    k={k}
                    opd={opd}
                    b={b}
                    tahun={grid.tahun}
                    kodePeriode={props.kodePeriode}
                    galat={g?.galat}
                    isian={g?.isian}
                  />
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </TataAplikasi>
  );
}
