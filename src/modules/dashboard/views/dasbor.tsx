import { raw } from "hono/html";
import { keNumber } from "../../../platform/decimal.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatPersen, formatRupiah } from "../../../platform/number-format.ts";
import { Pilihan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { DasborOpd } from "../dasbor.service.ts";
import { grafikCapaianIku, grafikSerapanProgram, grafikTrenIku } from "../dasbor-grafik.ts";
import { Persen } from "./persen.tsx";

/** The dashboard's words in both languages. */
export const kamusDasbor = buatKamus(
  {
    judul: "Ringkasan kinerja",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    jumlahIku: "Jumlah IKU",
    rataRata: "Rata-rata capaian IKU",
    dariIku: "dari {n} IKU yang dapat dihitung",
    pagu: "Pagu anggaran",
    realisasi: "Realisasi anggaran",
    serapan: "Serapan anggaran",
    rekomendasiTerbuka: "Rekomendasi belum selesai",
    terlambat: "{n} melewati tenggat",
    menungguVerifikasi: "Realisasi menunggu verifikasi",
    temuanGalat: "Temuan konsistensi (galat)",
    lihat: "Lihat",
    tidakDapat: "tidak dapat dihitung",
    tanpaRenstra: "Belum ada Renstra yang meliputi tahun ini.",
    tanpaDpa: "Belum ada DPA dan data kinerja yang tercatat untuk {opd} pada tahun {tahun}.",
    grafikCapaian: "Capaian per IKU",
    grafikSerapan: "Serapan per program",
    grafikTren: "Tren capaian IKU selama periode Renstra",
    capaian: "Capaian",
    garis100: "Target 100 %",
    angka: "Angka grafik (tabel)",
    kode: "Kode",
    indikator: "Indikator",
    sasaran: "Sasaran",
    target: "Target",
    realisasiIku: "Realisasi",
    predikat: "Predikat",
    program: "Program",
    jumlah: "Jumlah",
    predikatMenurut: "Predikat menurut {skala}.",
    tanpaGrafik: "Belum ada angka untuk digambar.",
  },
  {
    judul: "Performance overview",
    tahun: "Year",
    tampilkan: "Show",
    jumlahIku: "Key indicators",
    rataRata: "Average achievement",
    dariIku: "over {n} computable indicators",
    pagu: "Budget ceiling",
    realisasi: "Budget spent",
    serapan: "Budget absorption",
    rekomendasiTerbuka: "Open recommendations",
    terlambat: "{n} past the deadline",
    menungguVerifikasi: "Results awaiting verification",
    temuanGalat: "Consistency findings (errors)",
    lihat: "View",
    tidakDapat: "cannot be computed",
    tanpaRenstra: "No strategic plan covers this year yet.",
    tanpaDpa: "No budget or performance data recorded for {opd} in {tahun} yet.",
    grafikCapaian: "Achievement per key indicator",
    grafikSerapan: "Absorption per programme",
    grafikTren: "Achievement trend over the strategic plan",
    capaian: "Achievement",
    garis100: "100 % target",
    angka: "Chart figures (table)",
    kode: "Code",
    indikator: "Indicator",
    sasaran: "Objective",
    target: "Target",
    realisasiIku: "Result",
    predikat: "Rating",
    program: "Programme",
    jumlah: "Total",
    predikatMenurut: "Rating on the {skala}.",
    tanpaGrafik: "No figures to draw yet.",
  },
);

function Grafik(props: { svg: string | null; judul: string; kosong: string; children: unknown }) {
  return (
    <figure class="grafik-dasbor">
      <figcaption>
        <h2>{props.judul}</h2>
      </figcaption>
      {props.svg ? (
        <div role="img" aria-label={props.judul}>
          {raw(props.svg)}
        </div>
      ) : (
        <p class="kosong">{props.kosong}</p>
      )}
      {props.children}
    </figure>
  );
}

/** GET /opd/:kode: an OPD's year at a glance, cards, three charts each with its numbers as a table. */
export function HalamanDasbor(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  d: DasborOpd;
}) {
  const { k, d, opd } = props;
  const t = kamusDasbor(k.bahasa);
  const iku = d.iku?.indikator ?? [];
  const program = d.anggaran?.program ?? [];
  const svgCapaian = grafikCapaianIku(
    iku.map((b) => ({
      kode: b.indikator.kode,
      persen: b.capaian.status === "dihitung" ? keNumber(b.capaian.persen) : null,
    })),
    { judul: t.grafikCapaian, capaian: t.capaian, target: t.garis100 },
  );
  const svgSerapan = grafikSerapanProgram(
    program.map((p) => ({
      kode: p.kode,
      persen: p.serapan.status === "dihitung" ? keNumber(p.serapan.persen) : null,
    })),
    { judul: t.grafikSerapan, serapan: t.serapan },
  );
  const svgTren = grafikTrenIku(
    d.tren.tahun,
    d.tren.iku.map((s) => ({ kode: s.kode, persen: s.persen.map((p) => (p === null ? null : keNumber(p))) })),
    { judul: t.grafikTren },
  );
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.opd(opd.kode)}>
      <h1>
        {opd.nama} · {t.tahun} {d.tahun}
      </h1>
      <form method="get" action={TAUTAN.opd(opd.kode)} class="filter">
        <Pilihan
          nama="tahun"
          label={t.tahun}
          nilai={String(d.tahun)}
          pilihan={d.pilihanTahun.map((th) => ({ nilai: String(th), label: String(th) }))}
        />
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      {!d.anggaran && !d.iku && (
        <p class="kosong">{t.tanpaDpa.replace("{opd}", opd.nama).replace("{tahun}", String(d.tahun))}</p>
      )}
      <div class="kartu">
        <div>
          <span class="redup">{t.jumlahIku}</span>
          <b>{d.iku ? iku.length : "—"}</b>
        </div>
        <div>
          <span class="redup">{t.rataRata}</span>
          <b>{d.rataRata.nilai ? formatPersen(d.rataRata.nilai) : "—"}</b>
          <span class="redup">{t.dariIku.replace("{n}", String(d.rataRata.dihitung))}</span>
        </div>
        <div>
          <span class="redup">{t.pagu}</span>
          <b>{d.anggaran ? formatRupiah(d.anggaran.total.pagu) : "—"}</b>
        </div>
        <div>
          <span class="redup">{t.realisasi}</span>
          <b>{d.anggaran ? formatRupiah(d.anggaran.total.realisasi) : "—"}</b>
        </div>
        <div>
          <span class="redup">{t.serapan}</span>
          <b>
            <Persen hasil={d.anggaran?.total.serapan ?? null} kosong={t.tidakDapat} />
          </b>
        </div>
        <div>
          <span class="redup">{t.rekomendasiTerbuka}</span>
          <b>
            <a href={TAUTAN.rekomendasi(opd.kode)}>{d.rekomendasi.terbuka}</a>
          </b>
          {d.rekomendasi.terlambat > 0 && (
            <span class="terlambat">{t.terlambat.replace("{n}", String(d.rekomendasi.terlambat))}</span>
          )}
        </div>
        <div>
          <span class="redup">{t.menungguVerifikasi}</span>
          <b>
            <a href={TAUTAN.realisasi(opd.kode)}>{d.realisasiDiajukan}</a>
          </b>
        </div>
        <div>
          <span class="redup">{t.temuanGalat}</span>
          <b>
            <a href={TAUTAN.temuan(opd.kode)}>{d.temuanGalat ?? "—"}</a>
          </b>
        </div>
      </div>

      <section>
        <Grafik svg={svgCapaian} judul={t.grafikCapaian} kosong={d.iku ? t.tanpaGrafik : t.tanpaRenstra}>
          {d.iku && (
            <details open>
              <summary>{t.angka}</summary>
              <table class="susun">
                <thead>
                  <tr>
                    <th>{t.kode}</th>
                    <th>{t.sasaran}</th>
                    <th>{t.indikator}</th>
                    <th class="angka">{t.target}</th>
                    <th class="angka">{t.realisasiIku}</th>
                    <th class="angka">{t.capaian}</th>
                    <th>{t.predikat}</th>
                  </tr>
                </thead>
                <tbody>
                  {iku.map((b) => (
                    <tr>
                      <td data-label={t.kode}>{b.indikator.kode}</td>
                      <td data-label={t.sasaran}>{b.sasaran?.uraian ?? "—"}</td>
                      <td data-label={t.indikator}>{b.indikator.nama}</td>
                      <td class="angka" data-label={t.target}>
                        {b.target === null ? "—" : formatAngka(b.target)}
                      </td>
                      <td class="angka" data-label={t.realisasiIku}>
                        {b.realisasi === null ? "—" : formatAngka(b.realisasi)}
                      </td>
                      <td class="angka" data-label={t.capaian}>
                        <Persen hasil={b.capaian} kosong={t.tidakDapat} />
                      </td>
                      <td class="predikat" data-label={t.predikat}>
                        {b.predikat ?? "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="redup">{t.predikatMenurut.replace("{skala}", d.iku.skala.nama)}</p>
            </details>
          )}
        </Grafik>
      </section>

      <section>
        <Grafik svg={svgSerapan} judul={t.grafikSerapan} kosong={t.tanpaGrafik}>
          {d.anggaran && (
            <details>
              <summary>{t.angka}</summary>
              <table class="susun">
                <thead>
                  <tr>
                    <th>{t.kode}</th>
                    <th>{t.program}</th>
                    <th class="angka">{t.pagu}</th>
                    <th class="angka">{t.realisasi}</th>
                    <th class="angka">{t.serapan}</th>
                  </tr>
                </thead>
                <tbody>
                  {program.map((p) => (
                    <tr>
                      <td data-label={t.kode}>{p.kode}</td>
                      <td data-label={t.program}>{p.nama}</td>
                      <td class="angka" data-label={t.pagu}>
                        {formatRupiah(p.pagu)}
                      </td>
                      <td class="angka" data-label={t.realisasi}>
                        {formatRupiah(p.realisasi)}
                      </td>
                      <td class="angka" data-label={t.serapan}>
                        <Persen hasil={p.serapan} kosong={t.tidakDapat} />
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td colspan={2}>{t.jumlah}</td>
                    <td class="angka">{formatRupiah(d.anggaran.total.pagu)}</td>
                    <td class="angka">{formatRupiah(d.anggaran.total.realisasi)}</td>
                    <td class="angka">
                      <Persen hasil={d.anggaran.total.serapan} kosong={t.tidakDapat} />
                    </td>
                  </tr>
                </tfoot>
              </table>
            </details>
          )}
        </Grafik>
      </section>

      <section>
        <Grafik svg={svgTren} judul={t.grafikTren} kosong={d.iku ? t.tanpaGrafik : t.tanpaRenstra}>
          {d.tren.iku.length > 0 && (
            <details>
              <summary>{t.angka}</summary>
              <table>
                <thead>
                  <tr>
                    <th>{t.indikator}</th>
                    {d.tren.tahun.map((th) => (
                      <th class="angka">{th}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {d.tren.iku.map((s) => (
                    <tr>
                      <th scope="row">
                        {s.kode} {s.nama}
                      </th>
                      {s.persen.map((p) => (
                        <td class="angka">{p === null ? "—" : formatPersen(p)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </Grafik>
      </section>
    </TataAplikasi>
  );
}
