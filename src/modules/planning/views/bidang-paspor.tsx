import type { Bahasa } from "../../../platform/i18n/kamus.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { AreaTeks, Bidang, type GalatFormulir, Pilihan } from "../../../platform/ui/formulir.tsx";
import { Centang } from "./bersama.tsx";

const kamus = buatKamus(
  {
    nama: "Nama indikator",
    satuan: "Satuan",
    satuanPetunjuk: "mis. Nilai, %, Dokumen",
    definisi: "Definisi operasional",
    formula: "Formula / cara pengukuran",
    sumberData: "Sumber data",
    unitPj: "Unit penanggung jawab",
    tanpaUnit: "— belum ditentukan —",
    teksPj: "Penanggung jawab (uraian)",
    polaritas: "Polaritas",
    positif: "Positif (makin tinggi makin baik)",
    negatif: "Negatif (makin rendah makin baik)",
    rumusNegatif: "Rumus capaian polaritas negatif",
    duaTKurangR: "(2 × target − realisasi) / target",
    tPerR: "target / realisasi",
    agregasi: "Agregasi tahunan",
    sum: "Jumlah seluruh periode",
    last: "Nilai periode terakhir",
    average: "Rata-rata periode",
    presisi: "Jumlah desimal",
    baseline: "Baseline",
    baselineTahun: "Tahun baseline",
    kondisiAkhir: "Kondisi akhir (target akhir Renstra)",
    iku: "Indikator Kinerja Utama (IKU)",
    sumberOtomatis: "Diisi otomatis dari",
    manual: "— diisi manual —",
    ikm: "Survei kepuasan masyarakat (IKM)",
    nilaiLakip: "Nilai LAKIP dari Inspektorat",
    contohAngka: "mis. 93,05",
  },
  {
    nama: "Indicator name",
    satuan: "Unit of measure",
    satuanPetunjuk: "e.g. Score, %, Document",
    definisi: "Operational definition",
    formula: "Formula / how it is measured",
    sumberData: "Data source",
    unitPj: "Responsible unit",
    tanpaUnit: "— not set —",
    teksPj: "Responsible (description)",
    polaritas: "Polarity",
    positif: "Positive (higher is better)",
    negatif: "Negative (lower is better)",
    rumusNegatif: "Achievement formula for negative polarity",
    duaTKurangR: "(2 × target − result) / target",
    tPerR: "target / result",
    agregasi: "Yearly aggregation",
    sum: "Sum of all periods",
    last: "Value of the last period",
    average: "Average of the periods",
    presisi: "Decimal places",
    baseline: "Baseline",
    baselineTahun: "Baseline year",
    kondisiAkhir: "End condition (final Renstra target)",
    iku: "Key performance indicator (IKU)",
    sumberOtomatis: "Filled automatically from",
    manual: "— entered by hand —",
    ikm: "Public satisfaction survey (IKM)",
    nilaiLakip: "LAKIP score from the Inspectorate",
    contohAngka: "e.g. 93.05",
  },
);

/**
 * The passport fields of an indicator (PermenPANRB 53/2014 manual IKU), shared by the add form of the
 * Renstra editor and the edit form of the indicator page; field names are the service's.
 */
export function BidangPaspor(props: {
  /** prefix of the posted names when the page has other forms (unique ids); galat keys stay unprefixed */
  awalan?: string;
  nilai: (nama: string) => string;
  galat: GalatFormulir | undefined;
  unit: readonly { kode: string; nama: string }[];
  bahasa: Bahasa;
}) {
  const t = kamus(props.bahasa);
  const { galat } = props;
  const a = props.awalan ?? "";
  const nilai = (nama: string) => props.nilai(`${a}${nama}`);
  return (
    <>
      <Bidang nama={`${a}nama`} kunciGalat="nama" label={t.nama} nilai={nilai("nama")} galat={galat} wajib />
      <Bidang
        nama={`${a}satuan`}
        kunciGalat="satuan"
        label={t.satuan}
        nilai={nilai("satuan")}
        galat={galat}
        petunjuk={t.satuanPetunjuk}
        wajib
      />
      <AreaTeks
        nama={`${a}definisiOperasional`}
        kunciGalat="definisiOperasional"
        label={t.definisi}
        nilai={nilai("definisiOperasional")}
        galat={galat}
        baris={3}
      />
      <AreaTeks
        nama={`${a}formula`}
        kunciGalat="formula"
        label={t.formula}
        nilai={nilai("formula")}
        galat={galat}
        baris={2}
      />
      <Bidang
        nama={`${a}sumberData`}
        kunciGalat="sumberData"
        label={t.sumberData}
        nilai={nilai("sumberData")}
        galat={galat}
      />
      <Pilihan
        nama={`${a}penanggungJawabUnitKode`}
        kunciGalat="penanggungJawabUnitKode"
        label={t.unitPj}
        nilai={nilai("penanggungJawabUnitKode")}
        galat={galat}
        kosong={t.tanpaUnit}
        pilihan={props.unit.map((u) => ({ nilai: u.kode, label: u.nama }))}
      />
      <AreaTeks
        nama={`${a}penanggungJawabTeks`}
        kunciGalat="penanggungJawabTeks"
        label={t.teksPj}
        nilai={nilai("penanggungJawabTeks")}
        galat={galat}
        baris={2}
      />
      <Pilihan
        nama={`${a}polaritas`}
        kunciGalat="polaritas"
        label={t.polaritas}
        nilai={nilai("polaritas") || "positif"}
        galat={galat}
        wajib
        pilihan={[
          { nilai: "positif", label: t.positif },
          { nilai: "negatif", label: t.negatif },
        ]}
      />
      <Pilihan
        nama={`${a}rumusNegatif`}
        kunciGalat="rumusNegatif"
        label={t.rumusNegatif}
        nilai={nilai("rumusNegatif") || "dua_t_kurang_r"}
        galat={galat}
        pilihan={[
          { nilai: "dua_t_kurang_r", label: t.duaTKurangR },
          { nilai: "t_per_r", label: t.tPerR },
        ]}
      />
      <Pilihan
        nama={`${a}agregasi`}
        kunciGalat="agregasi"
        label={t.agregasi}
        nilai={nilai("agregasi") || "last"}
        galat={galat}
        wajib
        pilihan={[
          { nilai: "last", label: t.last },
          { nilai: "sum", label: t.sum },
          { nilai: "average", label: t.average },
        ]}
      />
      <Pilihan
        nama={`${a}presisi`}
        kunciGalat="presisi"
        label={t.presisi}
        nilai={nilai("presisi") || "2"}
        galat={galat}
        pilihan={["0", "1", "2", "3", "4", "5", "6"].map((n) => ({ nilai: n, label: n }))}
      />
      <Bidang
        nama={`${a}baseline`}
        kunciGalat="baseline"
        label={t.baseline}
        nilai={nilai("baseline")}
        galat={galat}
        inputmode="decimal"
        petunjuk={t.contohAngka}
      />
      <Bidang
        nama={`${a}baselineTahun`}
        kunciGalat="baselineTahun"
        label={t.baselineTahun}
        nilai={nilai("baselineTahun")}
        galat={galat}
        inputmode="numeric"
      />
      <Bidang
        nama={`${a}kondisiAkhir`}
        kunciGalat="kondisiAkhir"
        label={t.kondisiAkhir}
        nilai={nilai("kondisiAkhir")}
        galat={galat}
        inputmode="decimal"
      />
      <Pilihan
        nama={`${a}sumberOtomatis`}
        kunciGalat="sumberOtomatis"
        label={t.sumberOtomatis}
        nilai={nilai("sumberOtomatis")}
        galat={galat}
        kosong={t.manual}
        pilihan={[
          { nilai: "ikm", label: t.ikm },
          { nilai: "nilai_lakip", label: t.nilaiLakip },
        ]}
      />
      <Centang nama={`${a}iku`} label={t.iku} dicentang={nilai("iku") === "ya"} />
    </>
  );
}
