import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatPersen } from "../../../platform/number-format.ts";
import { Formulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { HasilIku } from "../../performance/iku.service.ts";
import { PilihTahun, teksTarget } from "./bersama.tsx";
import { JALUR } from "./jalur.ts";

const kamus = buatKamus(
  {
    judul: "Indikator Kinerja Utama",
    tanpaRenstra: "Belum ada Renstra yang meliputi tahun ini.",
    tanpaIku: "Belum ada indikator yang ditandai sebagai IKU.",
    sasaran: "Sasaran",
    kode: "Kode",
    indikator: "Indikator",
    satuan: "Satuan",
    target: "Target",
    realisasi: "Realisasi",
    capaian: "Capaian",
    predikat: "Predikat",
    tidakDihitung: "tidak dapat dihitung",
    skala: "Predikat menurut",
    tandai: "Tandai IKU",
    petunjukTandai: "IKU adalah indikator yang dilaporkan dalam tabel IKU LKjIP Bab III.",
    jadikan: "Jadikan IKU",
    lepas: "Lepas dari IKU",
    status: "Status",
    ya: "IKU",
    bukan: "Bukan IKU",
  },
  {
    judul: "Key performance indicators",
    tanpaRenstra: "No strategic plan covers this year yet.",
    tanpaIku: "No indicator is marked as a key indicator yet.",
    sasaran: "Objective",
    kode: "Code",
    indikator: "Indicator",
    satuan: "Unit",
    target: "Target",
    realisasi: "Result",
    capaian: "Achievement",
    predikat: "Rating",
    tidakDihitung: "cannot be computed",
    skala: "Rating scale",
    tandai: "Mark key indicators",
    petunjukTandai: "Key indicators are the ones reported in the IKU table of LKjIP chapter III.",
    jadikan: "Mark as key",
    lepas: "Unmark",
    status: "Status",
    ya: "Key",
    bukan: "Not key",
  },
);

/** What the IKU page shows. */
export type DataHalamanIku = {
  opd: { id: number; kode: string; nama: string };
  tahun: number;
  pilihanTahun: number[];
  hasil: HasilIku | null;
  /** every indicator of the Renstra in force, for the perencana to mark or unmark */
  semuaIndikator: { id: number; kode: string; nama: string; iku: boolean }[];
  bolehUbah: boolean;
  pesan: string | null;
};

/** The IKU of a year with target, realisation, capaian and predikat (read-only, from hasilIku). */
export function HalamanIku(props: { k: KonteksHalaman; d: DataHalamanIku }) {
  const { k, d } = props;
  const t = kamus(k.bahasa);
  const h = d.hasil;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${d.opd.nama}`} opd={d.opd} aktif={TAUTAN.iku(d.opd.kode)}>
      <h1>
        {t.judul} · {d.opd.nama} · {d.tahun}
      </h1>
      <Pemberitahuan pesan={d.pesan} />
      <PilihTahun aksi={TAUTAN.iku(d.opd.kode)} tahun={d.tahun} pilihan={d.pilihanTahun} bahasa={k.bahasa} />
      {!h && (
        <section>
          <p class="kosong">{t.tanpaRenstra}</p>
        </section>
      )}
      {h && (
        <section>
          {h.indikator.length === 0 ? (
            <p class="kosong">{t.tanpaIku}</p>
          ) : (
            <table class="susun">
              <thead>
                <tr>
                  <th scope="col">{t.sasaran}</th>
                  <th scope="col">{t.kode}</th>
                  <th scope="col">{t.indikator}</th>
                  <th scope="col">{t.satuan}</th>
                  <th scope="col" class="angka">
                    {t.target}
                  </th>
                  <th scope="col" class="angka">
                    {t.realisasi}
                  </th>
                  <th scope="col" class="angka">
                    {t.capaian}
                  </th>
                  <th scope="col">{t.predikat}</th>
                </tr>
              </thead>
              <tbody>
                {h.indikator.map((b) => (
                  <tr>
                    <td data-label={t.sasaran}>
                      {b.sasaran ? `${b.sasaran.kode}. ${b.sasaran.uraian}` : "—"}
                    </td>
                    <td data-label={t.kode}>{b.indikator.kode}</td>
                    <td data-label={t.indikator}>
                      <a href={JALUR.indikator(d.opd.kode, b.indikator.id)}>{b.indikator.nama}</a>
                    </td>
                    <td data-label={t.satuan}>{b.indikator.satuan}</td>
                    <td data-label={t.target} class="angka">
                      {teksTarget(b.target, b.targetAtas)}
                    </td>
                    <td data-label={t.realisasi} class="angka">
                      {b.realisasi === null ? "—" : formatAngka(b.realisasi)}
                    </td>
                    <td data-label={t.capaian} class="angka">
                      {b.capaian.status === "dihitung" ? (
                        formatPersen(b.capaian.persen)
                      ) : (
                        <span class="redup" title={b.capaian.alasan}>
                          {t.tidakDihitung}
                        </span>
                      )}
                    </td>
                    <td data-label={t.predikat} class="predikat">
                      {b.predikat ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="redup">
            {t.skala}: {h.skala.nama}
          </p>
        </section>
      )}
      {d.bolehUbah && d.semuaIndikator.length > 0 && (
        <section>
          <h2>{t.tandai}</h2>
          <p class="redup">{t.petunjukTandai}</p>
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.kode}</th>
                <th scope="col">{t.indikator}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span class="redup">{t.tandai}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.semuaIndikator.map((i) => (
                <tr>
                  <td data-label={t.kode}>{i.kode}</td>
                  <td data-label={t.indikator}>{i.nama}</td>
                  <td data-label={t.status}>{i.iku ? t.ya : t.bukan}</td>
                  <td>
                    <Formulir
                      aksi={`${JALUR.tandaiIku(d.opd.kode, i.id)}?tahun=${d.tahun}`}
                      csrf={k.csrf}
                      class="sebaris"
                    >
                      <input type="hidden" name="iku" value={i.iku ? "tidak" : "ya"} />
                      <button type="submit" class="kedua">
                        {i.iku ? t.lepas : t.jadikan}
                      </button>
                    </Formulir>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </TataAplikasi>
  );
}
