import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { Formulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { IndikatorRenstra, TargetBerlaku } from "../planning.read.ts";
import { angkaIsian, galatUntuk, type Kiriman, nilaiUntuk, teksTarget } from "./bersama.tsx";
import { BidangPaspor } from "./bidang-paspor.tsx";
import { JALUR } from "./jalur.ts";

const kamus = buatKamus(
  {
    judul: "Paspor indikator",
    kembali: "Kembali ke Renstra",
    tujuan: "Tujuan",
    sasaran: "Sasaran",
    satuan: "Satuan",
    definisi: "Definisi operasional",
    formula: "Formula",
    sumberData: "Sumber data",
    pj: "Penanggung jawab",
    polaritas: "Polaritas",
    agregasi: "Agregasi tahunan",
    presisi: "Jumlah desimal",
    baseline: "Baseline",
    kondisiAkhir: "Kondisi akhir",
    iku: "IKU",
    ya: "Ya",
    tidak: "Tidak",
    otomatis: "Diisi otomatis dari",
    target: "Target per tahun",
    tahun: "Tahun",
    nilaiTarget: "Target",
    sumber: "Sumber target",
    dariPk: "Perjanjian Kinerja pimpinan",
    dariRenstra: "Renstra",
    tanpaTarget: "Belum ada target.",
    ubah: "Ubah paspor",
    simpan: "Simpan paspor",
    kosong: "—",
  },
  {
    judul: "Indicator passport",
    kembali: "Back to the strategic plan",
    tujuan: "Goal",
    sasaran: "Objective",
    satuan: "Unit",
    definisi: "Operational definition",
    formula: "Formula",
    sumberData: "Data source",
    pj: "Responsible",
    polaritas: "Polarity",
    agregasi: "Yearly aggregation",
    presisi: "Decimal places",
    baseline: "Baseline",
    kondisiAkhir: "End condition",
    iku: "Key indicator",
    ya: "Yes",
    tidak: "No",
    otomatis: "Filled automatically from",
    target: "Targets per year",
    tahun: "Year",
    nilaiTarget: "Target",
    sumber: "Target source",
    dariPk: "Agency head's performance agreement",
    dariRenstra: "Strategic plan",
    tanpaTarget: "No targets yet.",
    ubah: "Edit passport",
    simpan: "Save passport",
    kosong: "—",
  },
);

/** What the indicator passport page shows. */
export type DataHalamanIndikator = {
  opd: { id: number; kode: string; nama: string };
  renstraId: number;
  indikator: IndikatorRenstra;
  tujuan: { kode: string; uraian: string } | null;
  sasaran: { kode: string; uraian: string } | null;
  target: TargetBerlaku[];
  unit: { kode: string; nama: string }[];
  bolehUbah: boolean;
  pesan: string | null;
  kiriman: Kiriman | null;
};

/** The stored passport as the edit form's initial values (the same names the form posts). */
function nilaiTersimpan(i: IndikatorRenstra): Record<string, string> {
  return {
    nama: i.nama,
    satuan: i.satuan,
    definisiOperasional: i.definisiOperasional ?? "",
    formula: i.formula ?? "",
    sumberData: i.sumberData ?? "",
    penanggungJawabUnitKode: i.penanggungJawab.unitKode ?? "",
    penanggungJawabTeks: i.penanggungJawab.teks ?? "",
    polaritas: i.polaritas,
    rumusNegatif: i.rumusNegatif,
    agregasi: i.agregasi,
    presisi: String(i.presisi),
    baseline: angkaIsian(i.baseline),
    baselineTahun: i.baselineTahun === null ? "" : String(i.baselineTahun),
    kondisiAkhir: angkaIsian(i.kondisiAkhir),
    iku: i.iku ? "ya" : "",
    sumberOtomatis: i.sumberOtomatis ?? "",
  };
}

/** One indicator's passport (PermenPANRB 53/2014 manual IKU) with its targets and, for the perencana, the edit form. */
export function HalamanIndikator(props: { k: KonteksHalaman; d: DataHalamanIndikator }) {
  const { k, d } = props;
  const t = kamus(k.bahasa);
  const i = d.indikator;
  const galat = galatUntuk(d.kiriman, "paspor");
  const tersimpan = nilaiTersimpan(i);
  const pj = [i.penanggungJawab.unitNama, i.penanggungJawab.teks].filter(Boolean).join(" · ");
  const baris: [string, string][] = [
    [t.satuan, i.satuan],
    [t.definisi, i.definisiOperasional ?? t.kosong],
    [t.formula, i.formula ?? t.kosong],
    [t.sumberData, i.sumberData ?? t.kosong],
    [t.pj, pj || t.kosong],
    [t.polaritas, i.polaritas],
    [t.agregasi, i.agregasi],
    [t.presisi, String(i.presisi)],
    [
      t.baseline,
      i.baseline === null
        ? t.kosong
        : `${formatAngka(i.baseline)}${i.baselineTahun ? ` (${i.baselineTahun})` : ""}`,
    ],
    [t.kondisiAkhir, i.kondisiAkhir === null ? t.kosong : formatAngka(i.kondisiAkhir)],
    [t.iku, i.iku ? t.ya : t.tidak],
    [t.otomatis, i.sumberOtomatis ?? t.kosong],
  ];
  return (
    <TataAplikasi k={k} judul={`${i.kode} · ${t.judul}`} opd={d.opd} aktif={TAUTAN.renstra(d.opd.kode)}>
      <p>
        <a href={JALUR.renstraPilih(d.opd.kode, d.renstraId)}>← {t.kembali}</a>
      </p>
      <h1>
        {i.kode}. {i.nama}
      </h1>
      <Pemberitahuan pesan={d.pesan} />
      <section>
        <h2>{t.judul}</h2>
        <table>
          <tbody>
            {d.tujuan && (
              <tr>
                <th scope="row">{t.tujuan}</th>
                <td>
                  {d.tujuan.kode}. {d.tujuan.uraian}
                </td>
              </tr>
            )}
            {d.sasaran && (
              <tr>
                <th scope="row">{t.sasaran}</th>
                <td>
                  {d.sasaran.kode}. {d.sasaran.uraian}
                </td>
              </tr>
            )}
            {baris.map(([label, isi]) => (
              <tr>
                <th scope="row">{label}</th>
                <td>{isi}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t.target}</h2>
        {d.target.length === 0 ? (
          <p class="kosong">{t.tanpaTarget}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.tahun}</th>
                <th scope="col" class="angka">
                  {t.nilaiTarget}
                </th>
                <th scope="col">{t.sumber}</th>
              </tr>
            </thead>
            <tbody>
              {d.target.map((x) => (
                <tr>
                  <td data-label={t.tahun}>{x.tahun}</td>
                  <td data-label={t.nilaiTarget} class="angka">
                    {teksTarget(x.target, x.targetAtas)}
                  </td>
                  <td data-label={t.sumber}>{x.sumber === "pk" ? t.dariPk : t.dariRenstra}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {d.bolehUbah && (
        <section>
          <h2>{t.ubah}</h2>
          <Formulir aksi={JALUR.indikator(d.opd.kode, i.id)} csrf={k.csrf} galat={galat}>
            <BidangPaspor
              nilai={(nama) => nilaiUntuk(d.kiriman, "paspor", nama, tersimpan[nama])}
              galat={galat}
              unit={d.unit}
              bahasa={k.bahasa}
            />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
    </TataAplikasi>
  );
}
