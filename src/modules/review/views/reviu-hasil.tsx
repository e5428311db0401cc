import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import { boleh } from "../../auth/auth.policy.ts";
import type { ReviuTersimpan } from "../reviu.service.ts";
import {
  formatNilaiTemuan,
  jumlahTemuan,
  kelompokkanTemuan,
  URUTAN_JENIS,
  URUTAN_TINGKAT,
} from "../tampil-reviu.domain.ts";
import { kamusLabelReviu, lokasiLabel } from "./reviu-label.ts";

/** The review result screen's words in both languages. */
export const kamusHasilReviu = buatKamus(
  {
    judul: "Hasil reviu",
    kembali: "Kembali ke daftar reviu",
    tahun: "Tahun laporan",
    diunggah: "Diunggah oleh",
    terbaca: "Terbaca: {bab} bab, {tabel} tabel, {paragraf} paragraf",
    unduhAsli: "Unduh berkas asli",
    ringkasan: "Ringkasan",
    tingkat: "Tingkat",
    jumlah: "Jumlah",
    jenis: "Jenis pemeriksaan",
    totalTemuan: "{n} temuan",
    tidakAda: "Tidak ada temuan: angka, predikat dan narasi yang diperiksa saling sesuai.",
    rincian: "Temuan menurut letaknya",
    no: "No",
    uraian: "Temuan",
    lokasi: "Lokasi",
    tertulis: "Tertulis",
    dihitung: "Hitung ulang",
    selisih: "Selisih",
    kutipan: "Kutipan",
    dokumen: "Dokumen reviu",
    kertasKerja: "Kertas kerja reviu",
    pernyataan: "Pernyataan Telah Direviu",
    impor: "Impor angka historis",
    imporPetunjuk: "Lihat dulu angka yang akan masuk sebagai riwayat, lalu konfirmasi.",
    sudahDiimpor: "Angka historis sudah diimpor oleh {oleh} pada {pada}.",
  },
  {
    judul: "Review result",
    kembali: "Back to the reviews",
    tahun: "Report year",
    diunggah: "Uploaded by",
    terbaca: "Read: {bab} chapters, {tabel} tables, {paragraf} paragraphs",
    unduhAsli: "Download the original file",
    ringkasan: "Summary",
    tingkat: "Severity",
    jumlah: "Count",
    jenis: "Kind of check",
    totalTemuan: "{n} findings",
    tidakAda: "No findings: the figures, grades and text checked agree with each other.",
    rincian: "Findings by place",
    no: "No",
    uraian: "Finding",
    lokasi: "Location",
    tertulis: "Stated",
    dihitung: "Recomputed",
    selisih: "Difference",
    kutipan: "Excerpt",
    dokumen: "Review documents",
    kertasKerja: "Review working paper",
    pernyataan: "Reviewed statement",
    impor: "Import history figures",
    imporPetunjuk: "See the figures that would enter as history first, then confirm.",
    sudahDiimpor: "History figures were imported by {oleh} on {pada}.",
  },
);

function Angka(props: { n: number | undefined }) {
  return <>{props.n === undefined ? "–" : formatNilaiTemuan(props.n)}</>;
}

/**
 * GET /opd/:kode/reviu/:id: the summary ranked by severity, then every finding grouped by chapter and table
 * with its location and the stated, recomputed and difference values in Indonesian format.
 */
export function HalamanHasilReviu(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  r: ReviuTersimpan;
  pesan: string | null;
}) {
  const { k, opd, r } = props;
  const t = kamusHasilReviu(k.bahasa);
  const l = kamusLabelReviu(k.bahasa);
  const h = r.hasil;
  const dasar = `${TAUTAN.reviu(opd.kode)}/${r.id}`;
  const kelompok = kelompokkanTemuan(h.temuan);
  const nomor = new Map(h.temuan.map((x, i) => [x, i + 1] as const));
  const bolehDokumen = boleh(k.pengguna, "tulis_evaluasi", opd.id);
  const bolehImpor = boleh(k.pengguna, "ubah_perencanaan", opd.id);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${r.namaBerkas}`} opd={opd} aktif={TAUTAN.reviu(opd.kode)}>
      <p>
        <a href={TAUTAN.reviu(opd.kode)}>{t.kembali}</a>
      </p>
      <h1>
        {t.judul}: {r.namaBerkas}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      <p>
        {t.tahun}: {r.tahun ?? "–"} · {t.diunggah} {r.diunggahOleh},{" "}
        {formatWaktuWita(new Date(r.diunggahPada), k.bahasa)} ·{" "}
        {t.terbaca
          .replace("{bab}", String(h.terbaca.bab))
          .replace("{tabel}", String(h.terbaca.tabel))
          .replace("{paragraf}", String(h.terbaca.paragraf))}{" "}
        · <a href={`${dasar}/berkas`}>{t.unduhAsli}</a>
      </p>
      {r.diimporPada ? (
        <p class="pemberitahuan">
          {t.sudahDiimpor
            .replace("{oleh}", r.diimporOleh ?? "")
            .replace("{pada}", formatWaktuWita(new Date(r.diimporPada), k.bahasa))}
        </p>
      ) : (
        bolehImpor && (
          <p>
            <a href={`${dasar}/impor`}>{t.impor}</a> — {t.imporPetunjuk}
          </p>
        )
      )}
      {bolehDokumen && (
        <p>
          {t.dokumen}: {t.kertasKerja} (<a href={`${dasar}/kertas-kerja.pdf`}>PDF</a>,{" "}
          <a href={`${dasar}/kertas-kerja.docx`}>Word</a>, <a href={`${dasar}/kertas-kerja.html`}>HTML</a>) ·{" "}
          {t.pernyataan} (<a href={`${dasar}/pernyataan.pdf`}>PDF</a>,{" "}
          <a href={`${dasar}/pernyataan.docx`}>Word</a>, <a href={`${dasar}/pernyataan.html`}>HTML</a>)
        </p>
      )}
      <section id="ringkasan">
        <h2>
          {t.ringkasan}: {t.totalTemuan.replace("{n}", String(jumlahTemuan(h)))}
        </h2>
        <table>
          <thead>
            <tr>
              <th>{t.tingkat}</th>
              <th class="angka">{t.jumlah}</th>
            </tr>
          </thead>
          <tbody>
            {URUTAN_TINGKAT.map((tg) => (
              <tr class={`tingkat-${tg}`}>
                <td>{l[tg]}</td>
                <td class="angka">{h.ringkasan[tg]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <thead>
            <tr>
              <th>{t.jenis}</th>
              <th class="angka">{t.jumlah}</th>
            </tr>
          </thead>
          <tbody>
            {URUTAN_JENIS.filter((j) => (h.ringkasan.perJenis[j] ?? 0) > 0).map((j) => (
              <tr>
                <td>{l[j]}</td>
                <td class="angka">{h.ringkasan.perJenis[j]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section id="temuan">
        <h2>{t.rincian}</h2>
        {kelompok.length === 0 && <p class="kosong">{t.tidakAda}</p>}
        {kelompok.map((g) => (
          <section>
            <h3>
              {g.judul}
              {g.bab && g.bab !== g.judul ? <small> · {g.bab}</small> : null}
            </h3>
            <table class="susun">
              <thead>
                <tr>
                  <th class="angka">{t.no}</th>
                  <th>{t.tingkat}</th>
                  <th>{t.uraian}</th>
                  <th>{t.lokasi}</th>
                  <th class="angka">{t.tertulis}</th>
                  <th class="angka">{t.dihitung}</th>
                  <th class="angka">{t.selisih}</th>
                </tr>
              </thead>
              <tbody>
                {g.temuan.map((x) => (
                  <tr class={`temuan tingkat-${x.tingkat}`} id={`temuan-${nomor.get(x)}`}>
                    <td data-label={t.no} class="angka">
                      {nomor.get(x)}
                    </td>
                    <td data-label={t.tingkat}>{l[x.tingkat]}</td>
                    <td data-label={t.uraian}>
                      {x.pesan}
                      <br />
                      <small>{l[x.jenis]}</small>
                      {x.lokasi.kutipan && (
                        <>
                          <br />
                          <small>
                            {t.kutipan}: “{x.lokasi.kutipan}”
                          </small>
                        </>
                      )}
                    </td>
                    <td data-label={t.lokasi}>{lokasiLabel(x.lokasi, l)}</td>
                    <td data-label={t.tertulis} class="angka">
                      <Angka n={x.stated} />
                    </td>
                    <td data-label={t.dihitung} class="angka">
                      <Angka n={x.computed} />
                    </td>
                    <td data-label={t.selisih} class="angka">
                      <Angka n={x.difference} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </section>
    </TataAplikasi>
  );
}
