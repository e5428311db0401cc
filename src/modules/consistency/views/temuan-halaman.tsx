import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatRupiah } from "../../../platform/number-format.ts";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { KeteranganAturan } from "../consistency.service.ts";
import { ringkasTemuan, type Temuan, type TingkatTemuan } from "../temuan.ts";

/** The words of the findings screen, in both languages. */
export const teksTemuan = buatKamus(
  {
    judul: "Temuan konsistensi",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    pengantar:
      "Pemeriksaan otomatis atas data yang tersimpan: angka yang bertentangan dan data yang belum lengkap. Halaman ini hanya dibaca; perbaiki datanya di layar yang ditautkan.",
    ringkasan: "galat · peringatan · info",
    galat: "Galat",
    peringatan: "Peringatan",
    info: "Info",
    tidakAda: "Tidak ada temuan pada tingkat ini.",
    aturan: "Aturan",
    lokasi: "Lokasi",
    pesan: "Temuan",
    angka: "Tertulis / dihitung / selisih",
    perbaiki: "Perbaiki",
    daftarAturan: "Aturan yang diperiksa",
  },
  {
    judul: "Consistency findings",
    tahun: "Year",
    tampilkan: "Show",
    pengantar:
      "An automatic check of the stored data: figures that contradict each other and missing data. This page is read-only; fix the data on the linked screen.",
    ringkasan: "errors · warnings · notes",
    galat: "Errors",
    peringatan: "Warnings",
    info: "Notes",
    tidakAda: "No findings at this level.",
    aturan: "Rule",
    lokasi: "Where",
    pesan: "Finding",
    angka: "Stated / computed / difference",
    perbaiki: "Fix",
    daftarAturan: "Rules checked",
  },
);

const URUTAN_TINGKAT: readonly TingkatTemuan[] = ["galat", "peringatan", "info"];

/** Rules whose figures are whole rupiah (the others compare counts or decimals). */
const ATURAN_RUPIAH = new Set([
  "dpa-pagu-induk",
  "pk-anggaran-vs-dpa",
  "anggaran-kas-vs-pagu",
  "realisasi-melebihi-pagu",
]);

/** The screen where what a rule points at is fixed, by the rule id's prefix. */
export function layarPerbaikan(aturan: string, kodeOpd: string): string {
  if (aturan.startsWith("pk-")) return TAUTAN.pk(kodeOpd);
  if (aturan.startsWith("dpa-") || aturan.startsWith("anggaran-") || aturan.startsWith("realisasi-melebihi"))
    return TAUTAN.dpa(kodeOpd);
  if (aturan.startsWith("sub-kegiatan")) return TAUTAN.dpa(kodeOpd);
  if (aturan.startsWith("narasi-")) return TAUTAN.narasi(kodeOpd);
  if (aturan.startsWith("iku-")) return TAUTAN.realisasi(kodeOpd);
  if (aturan.startsWith("renstra-") || aturan.startsWith("indikator-") || aturan.startsWith("sasaran-"))
    return TAUTAN.renstra(kodeOpd);
  return TAUTAN.opd(kodeOpd);
}

function angka(aturan: string, nilai: string | null | undefined): string {
  if (nilai === null || nilai === undefined) return "—";
  return ATURAN_RUPIAH.has(aturan) && /^-?\d+$/.test(nilai)
    ? formatRupiah(BigInt(nilai))
    : formatAngka(nilai);
}

/** The findings screen: every finding of the OPD's year grouped by severity, each with its rule and a link to fix it. */
export function HalamanTemuan(props: {
  k: KonteksHalaman;
  opd: { kode: string; nama: string };
  tahun: number;
  temuan: Temuan[];
  aturan: KeteranganAturan[];
}) {
  const t = teksTemuan(props.k.bahasa);
  const jumlah = ringkasTemuan(props.temuan);
  const judulAturan = new Map(props.aturan.map((a) => [a.id, a.judul]));
  return (
    <>
      <h1>
        {t.judul} · {props.opd.nama} {props.tahun}
      </h1>
      <form method="get" action={TAUTAN.temuan(props.opd.kode)} class="filter">
        <div class="bidang">
          <label for="f-tahun-temuan">{t.tahun}</label>
          <input
            id="f-tahun-temuan"
            name="tahun"
            type="number"
            value={String(props.tahun)}
            min="2000"
            max="2200"
          />
        </div>
        <div class="bidang">
          <button type="submit" class="kedua">
            {t.tampilkan}
          </button>
        </div>
      </form>
      <p class="redup">{t.pengantar}</p>
      <p id="ringkasan-temuan">
        <b>{jumlah.galat}</b> {t.galat.toLowerCase()} · <b>{jumlah.peringatan}</b>{" "}
        {t.peringatan.toLowerCase()} · <b>{jumlah.info}</b> {t.info.toLowerCase()}
      </p>
      {URUTAN_TINGKAT.map((tingkat) => {
        const daftar = props.temuan.filter((x) => x.tingkat === tingkat);
        return (
          <section id={`temuan-${tingkat}`}>
            <h2>
              {t[tingkat]} ({daftar.length})
            </h2>
            {daftar.length === 0 ? (
              <p class="kosong">{t.tidakAda}</p>
            ) : (
              <table class="susun">
                <thead>
                  <tr>
                    <th>{t.lokasi}</th>
                    <th>{t.pesan}</th>
                    <th class="angka">{t.angka}</th>
                    <th>{t.aturan}</th>
                  </tr>
                </thead>
                <tbody>
                  {daftar.map((x) => (
                    <tr class={`temuan-${x.tingkat}`}>
                      <td data-label={t.lokasi}>{x.lokasi}</td>
                      <td data-label={t.pesan}>{x.pesan}</td>
                      <td data-label={t.angka} class="angka">
                        {x.dinyatakan === undefined && x.dihitung === undefined ? (
                          "—"
                        ) : (
                          <>
                            {angka(x.aturan, x.dinyatakan)}
                            <br />
                            {angka(x.aturan, x.dihitung)}
                            <br />
                            {angka(x.aturan, x.selisih)}
                          </>
                        )}
                      </td>
                      <td data-label={t.aturan}>
                        {judulAturan.get(x.aturan) ?? x.aturan}
                        <br />
                        <a href={layarPerbaikan(x.aturan, props.opd.kode)}>{t.perbaiki}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <details>
        <summary>
          {t.daftarAturan} ({props.aturan.length})
        </summary>
        <dl>
          {props.aturan.map((a) => (
            <>
              <dt>
                {a.judul} <code>{a.id}</code>
              </dt>
              <dd>{a.uraian}</dd>
            </>
          ))}
        </dl>
      </details>
    </>
  );
}
