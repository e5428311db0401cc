import { raw } from "hono/html";
import { formatAngka } from "../../../platform/number-format.ts";
import { TataSurvei } from "./tata-survei.tsx";

/** One unsur's public figures: NRR and its conversion (NRR × 25), with its rank. */
export type UnsurHasilPublik = {
  kunci: string;
  nama: string;
  nrr: string;
  konversi: string;
  mutu: string;
};

/** The latest period's result as published: aggregates only, never a response, a profile or a suggestion. */
export type HasilPublik = {
  namaPeriode: string;
  ikm: string;
  mutuHuruf: string;
  mutuSebutan: string;
  responden: number;
  perUnsur: readonly UnsurHasilPublik[];
  terendah: readonly string[];
  tertinggi: readonly string[];
  jumlahPengguna: number | null;
  sampelMinimum: number | null;
};

/** One period of the trend table. */
export type BarisTren = { namaPeriode: string; ikm: string | null; mutu: string | null; responden: number };

/** Whether the respondents reach the Krejcie & Morgan minimum for the stated service users. */
function Kecukupan(props: { h: HasilPublik }) {
  const { h } = props;
  if (h.sampelMinimum === null || h.jumlahPengguna === null) {
    return <span class="redup">Jumlah pengguna layanan periode ini belum dicatat.</span>;
  }
  const cukup = h.responden >= h.sampelMinimum;
  return (
    <span>
      {cukup ? "Memadai" : "Belum memadai"}: {formatAngka(String(h.responden))} responden dari minimal{" "}
      {formatAngka(String(h.sampelMinimum))} untuk {formatAngka(String(h.jumlahPengguna))} pengguna layanan
      (tabel Krejcie dan Morgan).
    </span>
  );
}

/**
 * The public results page of an OPD's survey: the latest IKM and mutu, every unsur's converted value with the
 * weakest and strongest marked, the sample check and the trend. Why public: 14/2017 requires publishing results.
 */
export function HalamanHasil(props: {
  namaPemda: string;
  namaOpd: string;
  hasil: HasilPublik | null;
  tren: readonly BarisTren[];
  grafikSvg: string | null;
}) {
  const h = props.hasil;
  return (
    <TataSurvei judul={`Hasil Survei Kepuasan · ${props.namaOpd}`} kelas="hasil">
      <header class="kop">
        <p class="opd">{props.namaPemda}</p>
        <h1>Hasil Survei Kepuasan Masyarakat</h1>
        <p class="unit">{props.namaOpd}</p>
      </header>
      {!h ? (
        <section>
          <p>Belum ada hasil survei yang dapat ditampilkan.</p>
        </section>
      ) : (
        <>
          <section class="angka-utama">
            <p class="redup">{h.namaPeriode}</p>
            <p>
              <span class="redup">Indeks Kepuasan Masyarakat (IKM)</span>
              <b id="ikm">{formatAngka(h.ikm, 2)}</b>
            </p>
            <p>
              <span class="redup">Mutu pelayanan</span>
              <b id="mutu">
                {h.mutuHuruf} ({h.mutuSebutan})
              </b>
            </p>
            <p>
              <span class="redup">Jumlah responden</span>
              <b id="responden">{formatAngka(String(h.responden))}</b>
            </p>
            <p class="sampel">
              <Kecukupan h={h} />
            </p>
          </section>
          <section>
            <h2>Nilai per unsur pelayanan</h2>
            <table>
              <thead>
                <tr>
                  <th>Unsur</th>
                  <th class="angka">NRR</th>
                  <th class="angka">Nilai</th>
                  <th>Mutu</th>
                </tr>
              </thead>
              <tbody>
                {h.perUnsur.map((u) => {
                  const rendah = h.terendah.includes(u.kunci);
                  const tinggi = h.tertinggi.includes(u.kunci);
                  return (
                    <tr class={rendah ? "terendah" : tinggi ? "tertinggi" : undefined}>
                      <td>
                        {u.nama}
                        {rendah && <span class="tanda"> ▼ terendah, perlu diperbaiki</span>}
                        {tinggi && <span class="tanda"> ▲ tertinggi, dipertahankan</span>}
                      </td>
                      <td class="angka">{formatAngka(u.nrr, 2)}</td>
                      <td class="angka">{formatAngka(u.konversi, 2)}</td>
                      <td>{u.mutu}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p class="redup">
              NRR: nilai rata-rata jawaban (1–4). Nilai = NRR × 25, skala 25–100. Mutu A: sangat baik, B:
              baik, C: kurang baik, D: tidak baik.
            </p>
          </section>
        </>
      )}
      {props.tren.length > 0 && (
        <section>
          <h2>Perkembangan IKM</h2>
          {props.grafikSvg && <div class="grafik">{raw(props.grafikSvg)}</div>}
          <table>
            <thead>
              <tr>
                <th>Periode</th>
                <th class="angka">IKM</th>
                <th>Mutu</th>
                <th class="angka">Responden</th>
              </tr>
            </thead>
            <tbody>
              {props.tren.map((t) => (
                <tr>
                  <td>{t.namaPeriode}</td>
                  <td class="angka">{t.ikm === null ? "—" : formatAngka(t.ikm, 2)}</td>
                  <td>{t.mutu ?? "—"}</td>
                  <td class="angka">{formatAngka(String(t.responden))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p class="kaki redup">
        Dihitung menurut PermenPANRB Nomor 14 Tahun 2017 dari jawaban responden tanpa identitas. Saran dan
        data pribadi responden tidak ditampilkan.
      </p>
    </TataSurvei>
  );
}
