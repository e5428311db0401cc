import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Bidang, Formulir, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import { UKURAN_MAKS_REVIU } from "../batas-berkas.ts";
import type { RingkasReviu } from "../reviu.service.ts";
import { kamusLabelReviu } from "./reviu-label.ts";

/** The review list and upload screen's words in both languages. */
export const kamusReviu = buatKamus(
  {
    judul: "Reviu laporan kinerja",
    pengantar:
      "Unggah LKjIP yang disusun manual (Word .docx, atau teks/Markdown dengan tabel dipisah tab). Terukur membaca " +
      "setiap tabel dan kalimat, menghitung ulang jumlah dan persentase, membandingkan tabel yang menyajikan hal " +
      "yang sama, predikat terhadap skalanya dan kata tren terhadap angkanya, lalu menunjukkan letak setiap temuan.",
    unggah: "Unggah laporan untuk direviu",
    berkas: "Berkas laporan",
    berkasPetunjuk: "Berkas .docx, .txt atau .md, paling besar {mb} MB",
    tahun: "Tahun laporan",
    tahunPetunjuk: "Kosongkan bila tahun tertulis di sampul laporan",
    kirim: "Unggah dan reviu",
    riwayat: "Reviu sebelumnya",
    kosong: "Belum ada laporan yang direviu.",
    namaBerkas: "Berkas",
    tahunKolom: "Tahun",
    temuan: "Temuan (tinggi / sedang / rendah)",
    diunggah: "Diunggah",
    impor: "Angka historis",
    sudahDiimpor: "Sudah diimpor",
    belumDiimpor: "Belum diimpor",
    lihat: "Lihat hasil",
  },
  {
    judul: "Performance report review",
    pengantar:
      "Upload an LKjIP written by hand (Word .docx, or text/Markdown with tab-separated tables). Terukur reads " +
      "every table and sentence, recomputes totals and percentages, compares tables that show the same thing, " +
      "grades against their scale and trend words against their numbers, and shows where each finding is.",
    unggah: "Upload a report for review",
    berkas: "Report file",
    berkasPetunjuk: ".docx, .txt or .md file, at most {mb} MB",
    tahun: "Report year",
    tahunPetunjuk: "Leave empty when the year is printed on the cover",
    kirim: "Upload and review",
    riwayat: "Earlier reviews",
    kosong: "No report has been reviewed yet.",
    namaBerkas: "File",
    tahunKolom: "Year",
    temuan: "Findings (high / medium / low)",
    diunggah: "Uploaded",
    impor: "History figures",
    sudahDiimpor: "Imported",
    belumDiimpor: "Not imported",
    lihat: "View result",
  },
);

/** GET /opd/:kode/reviu: the OPD's earlier reviews and the upload form (a refused file is named at the field). */
export function HalamanReviu(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  daftar: RingkasReviu[];
  pesan: string | null;
  isian: Record<string, string>;
  galat?: GalatFormulir;
}) {
  const { k, opd } = props;
  const t = kamusReviu(k.bahasa);
  const l = kamusLabelReviu(k.bahasa);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.reviu(opd.kode)}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <p>{t.pengantar}</p>
      <section>
        <h2>{t.unggah}</h2>
        <Formulir aksi={`${TAUTAN.reviu(opd.kode)}/unggah`} csrf={k.csrf} galat={props.galat} multipart>
          <Bidang
            nama="berkas"
            label={t.berkas}
            jenis="file"
            accept=".docx,.txt,.md,.markdown"
            wajib
            galat={props.galat}
            petunjuk={t.berkasPetunjuk.replace("{mb}", String(UKURAN_MAKS_REVIU / 1024 / 1024))}
          />
          <Bidang
            nama="tahun"
            label={t.tahun}
            inputmode="numeric"
            nilai={props.isian.tahun ?? ""}
            galat={props.galat}
            petunjuk={t.tahunPetunjuk}
          />
          <button type="submit">{t.kirim}</button>
        </Formulir>
      </section>
      <section>
        <h2>{t.riwayat}</h2>
        {props.daftar.length === 0 ? (
          <p class="kosong">{t.kosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th>{t.namaBerkas}</th>
                <th class="angka">{t.tahunKolom}</th>
                <th>{t.temuan}</th>
                <th>{t.diunggah}</th>
                <th>{t.impor}</th>
              </tr>
            </thead>
            <tbody>
              {props.daftar.map((r) => (
                <tr id={`reviu-${r.id}`}>
                  <td data-label={t.namaBerkas}>
                    <a href={`${TAUTAN.reviu(opd.kode)}/${r.id}`}>{r.namaBerkas}</a>
                  </td>
                  <td data-label={t.tahunKolom} class="angka">
                    {r.tahun ?? "–"}
                  </td>
                  <td data-label={t.temuan}>
                    <span title={l.tinggi}>{r.ringkasan.tinggi}</span> /{" "}
                    <span title={l.sedang}>{r.ringkasan.sedang}</span> /{" "}
                    <span title={l.rendah}>{r.ringkasan.rendah}</span>
                  </td>
                  <td data-label={t.diunggah}>
                    {r.diunggahOleh}, {formatWaktuWita(new Date(r.diunggahPada), k.bahasa)}
                  </td>
                  <td data-label={t.impor}>{r.diimporPada ? t.sudahDiimpor : t.belumDiimpor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </TataAplikasi>
  );
}
