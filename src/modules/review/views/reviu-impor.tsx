import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { Formulir, GALAT_UMUM, type GalatFormulir } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import type { BarisImpor, RencanaImpor } from "../impor-historis.domain.ts";
import type { AngkaHistorisNaskah } from "../naskah.ts";
import type { ReviuTersimpan } from "../reviu.service.ts";
import { kamusLabelReviu } from "./reviu-label.ts";

/** The history import preview's words in both languages. */
export const kamusImporReviu = buatKamus(
  {
    judul: "Impor angka historis",
    kembali: "Kembali ke hasil reviu",
    pengantar:
      "Angka di bawah ini ditemukan dalam laporan dan akan disimpan sebagai riwayat, masing-masing ditandai " +
      "dengan laporan dan letaknya. Periksa lalu konfirmasi: semua baris disimpan sekaligus, atau tidak sama sekali.",
    jumlah: "{n} angka akan diimpor",
    tahun: "Tahun",
    kode: "Kode",
    uraian: "Uraian",
    satuan: "Satuan",
    nilai: "Nilai",
    indikator: "Indikator yang cocok",
    tanpaIndikator: "tidak ada yang cocok",
    lokasi: "Lokasi",
    dilewati: "Tidak diimpor ({n})",
    alasan: "Alasan",
    konfirmasi: "Impor {n} angka",
    kosong: "Tidak ada angka historis yang ditemukan dalam laporan ini.",
    sudahDiimpor: "Angka historis laporan ini sudah diimpor oleh {oleh} pada {pada}.",
  },
  {
    judul: "Import history figures",
    kembali: "Back to the review result",
    pengantar:
      "The figures below were found in the report and would be kept as history, each marked with the report and " +
      "its place. Check them, then confirm: every row is saved at once, or none.",
    jumlah: "{n} figures would be imported",
    tahun: "Year",
    kode: "Code",
    uraian: "Item",
    satuan: "Unit",
    nilai: "Value",
    indikator: "Matching indicator",
    tanpaIndikator: "no match",
    lokasi: "Location",
    dilewati: "Left out ({n})",
    alasan: "Reason",
    konfirmasi: "Import {n} figures",
    kosong: "No history figures were found in this report.",
    sudahDiimpor: "This report's history figures were imported by {oleh} on {pada}.",
  },
);

const URUTAN: readonly AngkaHistorisNaskah["jenis"][] = [
  "target_indikator",
  "realisasi_indikator",
  "pagu",
  "realisasi_anggaran",
  "jumlah_pegawai",
];

function nilaiTampil(nilai: string): string {
  try {
    return formatAngka(nilai);
  } catch {
    return nilai;
  }
}

/**
 * GET /opd/:kode/reviu/:id/impor: the preview of the history import per kind (year, item, value, the matched
 * indicator, location), the rows left out with why, and the confirmation form; refused imports come back
 * here with the message at the top.
 */
export function HalamanImporReviu(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  r: ReviuTersimpan;
  rencana: RencanaImpor;
  galat?: GalatFormulir;
}) {
  const { k, opd, r, rencana } = props;
  const t = kamusImporReviu(k.bahasa);
  const l = kamusLabelReviu(k.bahasa);
  const dasar = `${TAUTAN.reviu(opd.kode)}/${r.id}`;
  const perJenis = URUTAN.map((j) => [j, rencana.baris.filter((b) => b.jenis === j)] as const).filter(
    ([, d]) => d.length > 0,
  );
  const n = String(rencana.baris.length);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${r.namaBerkas}`} opd={opd} aktif={TAUTAN.reviu(opd.kode)}>
      <p>
        <a href={dasar}>{t.kembali}</a>
      </p>
      <h1>
        {t.judul}: {r.namaBerkas}
      </h1>
      <p>{t.pengantar}</p>
      {r.diimporPada && (
        <p class="pemberitahuan" role="status">
          {t.sudahDiimpor
            .replace("{oleh}", r.diimporOleh ?? "")
            .replace("{pada}", formatWaktuWita(new Date(r.diimporPada), k.bahasa))}
        </p>
      )}
      {props.galat?.[GALAT_UMUM] && (
        <p class="galat-umum" role="alert">
          {props.galat[GALAT_UMUM]}
        </p>
      )}
      {!r.diimporPada && rencana.baris.length > 0 && (
        <Formulir aksi={`${dasar}/impor`} csrf={k.csrf}>
          <p>{t.jumlah.replace("{n}", n)}</p>
          <button type="submit">{t.konfirmasi.replace("{n}", n)}</button>
        </Formulir>
      )}
      {rencana.baris.length === 0 && <p class="kosong">{t.kosong}</p>}
      {perJenis.map(([jenis, daftar]) => (
        <section>
          <h2>
            {l[jenis]} ({daftar.length})
          </h2>
          <TabelBaris daftar={daftar} t={t} />
        </section>
      ))}
      {rencana.dilewati.length > 0 && (
        <section>
          <h2>{t.dilewati.replace("{n}", String(rencana.dilewati.length))}</h2>
          <table class="susun">
            <thead>
              <tr>
                <th>{t.tahun}</th>
                <th>{t.uraian}</th>
                <th class="angka">{t.nilai}</th>
                <th>{t.alasan}</th>
                <th>{t.lokasi}</th>
              </tr>
            </thead>
            <tbody>
              {rencana.dilewati.map((d) => (
                <tr>
                  <td data-label={t.tahun}>{d.angka.tahun}</td>
                  <td data-label={t.uraian}>
                    {l[d.angka.jenis]}: {d.angka.uraian}
                  </td>
                  <td data-label={t.nilai} class="angka">
                    {nilaiTampil(d.angka.nilai)}
                  </td>
                  <td data-label={t.alasan}>{d.alasan}</td>
                  <td data-label={t.lokasi}>{d.lokasi}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </TataAplikasi>
  );
}

function TabelBaris(props: { daftar: readonly BarisImpor[]; t: ReturnType<typeof kamusImporReviu> }) {
  const { t } = props;
  return (
    <table class="susun">
      <thead>
        <tr>
          <th class="angka">{t.tahun}</th>
          <th>{t.kode}</th>
          <th>{t.uraian}</th>
          <th>{t.satuan}</th>
          <th class="angka">{t.nilai}</th>
          <th>{t.indikator}</th>
          <th>{t.lokasi}</th>
        </tr>
      </thead>
      <tbody>
        {props.daftar.map((b) => (
          <tr class="baris-impor">
            <td data-label={t.tahun} class="angka">
              {b.tahun}
            </td>
            <td data-label={t.kode}>{b.kode ?? "–"}</td>
            <td data-label={t.uraian}>{b.uraian}</td>
            <td data-label={t.satuan}>{b.satuan ?? "–"}</td>
            <td data-label={t.nilai} class="angka">
              {nilaiTampil(b.nilai)}
            </td>
            <td data-label={t.indikator}>
              {b.indikator ? `${b.indikator.kode} ${b.indikator.nama}` : <em>{t.tanpaIndikator}</em>}
            </td>
            <td data-label={t.lokasi}>{b.lokasi}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
