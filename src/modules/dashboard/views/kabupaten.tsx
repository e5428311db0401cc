import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatPersen, formatRupiah } from "../../../platform/number-format.ts";
import { Pilihan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { type KolomUrut, type Urutan, urutBerikut } from "../dasbor.domain.ts";
import type { BarisKabupaten } from "../kabupaten.service.ts";
import { Persen } from "./persen.tsx";

/** The kabupaten view's words in both languages. */
export const kamusKabupaten = buatKamus(
  {
    judul: "Semua perangkat daerah",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    opd: "Perangkat daerah",
    pagu: "Pagu",
    realisasi: "Realisasi",
    serapan: "Serapan",
    iku: "IKU",
    capaian: "Rata-rata capaian",
    predikat: "Predikat",
    nilai: "Nilai LAKIP",
    rekomendasi: "Rekomendasi terbuka",
    terlambat: "terlambat",
    lkjip: "LKjIP",
    tidakDapat: "tidak dapat dihitung",
    belumAda: "belum ada",
    urutkan: "Urutkan menurut {kolom}",
    naik: "naik",
    turun: "turun",
    kosong: "Belum ada perangkat daerah.",
    catatan: "Klik judul kolom untuk mengurutkan. Rata-rata capaian hanya dari IKU yang dapat dihitung.",
  },
  {
    judul: "All agencies",
    tahun: "Year",
    tampilkan: "Show",
    opd: "Agency",
    pagu: "Budget",
    realisasi: "Spent",
    serapan: "Absorption",
    iku: "Key indicators",
    capaian: "Average achievement",
    predikat: "Rating",
    nilai: "LAKIP score",
    rekomendasi: "Open recommendations",
    terlambat: "overdue",
    lkjip: "LKjIP",
    tidakDapat: "cannot be computed",
    belumAda: "none yet",
    urutkan: "Sort by {kolom}",
    naik: "ascending",
    turun: "descending",
    kosong: "No agencies yet.",
    catatan: "Select a column title to sort. The average counts computable indicators only.",
  },
);

function Kepala(props: {
  kolom: KolomUrut;
  label: string;
  urutan: Urutan;
  tahun: number;
  angka?: boolean;
  t: ReturnType<typeof kamusKabupaten>;
}) {
  const aktif = props.urutan.kolom === props.kolom;
  const href = `${TAUTAN.kabupaten}?tahun=${props.tahun}&urut=${urutBerikut(props.urutan, props.kolom)}`;
  return (
    <th
      class={props.angka ? "angka" : undefined}
      aria-sort={aktif ? (props.urutan.turun ? "descending" : "ascending") : undefined}
      scope="col"
    >
      <a href={href} title={props.t.urutkan.replace("{kolom}", props.label)}>
        {props.label}
        {aktif ? (props.urutan.turun ? " ▼" : " ▲") : ""}
      </a>
    </th>
  );
}

/** GET /kabupaten: every OPD of the pemda side by side, sortable, each linking to its dashboard. */
export function HalamanKabupaten(props: {
  k: KonteksHalaman;
  namaPemda: string;
  tahun: number;
  pilihanTahun: number[];
  baris: BarisKabupaten[];
  urutan: Urutan;
}) {
  const { k, urutan, tahun } = props;
  const t = kamusKabupaten(k.bahasa);
  const kp = { urutan, tahun, t };
  return (
    <TataAplikasi k={k} judul={t.judul} aktif={TAUTAN.kabupaten}>
      <h1>
        {props.namaPemda} · {t.judul} · {t.tahun} {tahun}
      </h1>
      <form method="get" action={TAUTAN.kabupaten} class="filter">
        <input type="hidden" name="urut" value={`${urutan.turun ? "-" : ""}${urutan.kolom}`} />
        <Pilihan
          nama="tahun"
          label={t.tahun}
          nilai={String(tahun)}
          pilihan={props.pilihanTahun.map((th) => ({ nilai: String(th), label: String(th) }))}
        />
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      <section>
        {props.baris.length === 0 ? (
          <p class="kosong">{t.kosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <Kepala kolom="nama" label={t.opd} {...kp} />
                <Kepala kolom="pagu" label={t.pagu} angka {...kp} />
                <Kepala kolom="realisasi" label={t.realisasi} angka {...kp} />
                <Kepala kolom="serapan" label={t.serapan} angka {...kp} />
                <Kepala kolom="iku" label={t.iku} angka {...kp} />
                <Kepala kolom="capaian" label={t.capaian} angka {...kp} />
                <th scope="col">{t.predikat}</th>
                <Kepala kolom="nilai" label={t.nilai} angka {...kp} />
                <Kepala kolom="rekomendasi" label={t.rekomendasi} angka {...kp} />
                <th scope="col">{t.lkjip}</th>
              </tr>
            </thead>
            <tbody>
              {props.baris.map((b) => (
                <tr>
                  <td data-label={t.opd}>
                    <a href={`${TAUTAN.opd(b.opd.kode)}?tahun=${tahun}`}>{b.opd.nama}</a>
                  </td>
                  <td class="angka" data-label={t.pagu}>
                    {b.pagu === null ? "—" : formatRupiah(b.pagu)}
                  </td>
                  <td class="angka" data-label={t.realisasi}>
                    {b.realisasi === null ? "—" : formatRupiah(b.realisasi)}
                  </td>
                  <td class="angka" data-label={t.serapan}>
                    <Persen hasil={b.serapan} kosong={t.tidakDapat} />
                  </td>
                  <td class="angka" data-label={t.iku}>
                    {b.jumlahIku ?? "—"}
                  </td>
                  <td class="angka" data-label={t.capaian}>
                    {b.rataRata.nilai ? formatPersen(b.rataRata.nilai) : "—"}
                  </td>
                  <td class="predikat" data-label={t.predikat}>
                    {b.predikat ?? "—"}
                  </td>
                  <td class="angka" data-label={t.nilai}>
                    {b.nilaiLakip
                      ? `${formatAngka(b.nilaiLakip.nilai)} (${b.nilaiLakip.huruf}, ${b.nilaiLakip.tahun})`
                      : "—"}
                  </td>
                  <td class="angka" data-label={t.rekomendasi}>
                    <a href={TAUTAN.rekomendasi(b.opd.kode)}>{b.rekomendasi.terbuka}</a>
                    {b.rekomendasi.terlambat > 0 && (
                      <span class="terlambat">
                        {" "}
                        ({b.rekomendasi.terlambat} {t.terlambat})
                      </span>
                    )}
                  </td>
                  <td data-label={t.lkjip}>
                    {b.statusLkjip ? (
                      <span class={`status status-${b.statusLkjip}`}>{b.statusLkjip}</span>
                    ) : (
                      <span class="redup">{t.belumAda}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="redup">{t.catatan}</p>
      </section>
    </TataAplikasi>
  );
}
