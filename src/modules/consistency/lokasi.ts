/** Location labels for findings outside the DPA tree, in the words of the documents a planner knows. */
import type {
  DataPemeriksaan,
  IndikatorPeriksa,
  JenisNarasi,
  NarasiPeriksa,
  PkPeriksa,
  RenstraPeriksa,
} from "./data-pemeriksaan.ts";

const JUDUL_NARASI: Record<JenisNarasi, string> = {
  kata_pengantar: "Kata Pengantar",
  gambaran_umum: "Gambaran Umum",
  peran_organisasi: "Peran Organisasi",
  isu_strategis: "Isu Strategis",
  analisis: "Analisis",
  faktor_pendukung: "Faktor Pendukung",
  faktor_penghambat: "Faktor Penghambat",
  hambatan: "Hambatan",
  solusi: "Solusi",
  efisiensi: "Efisiensi",
  kendala: "Kendala",
  langkah_antisipatif: "Langkah Antisipatif",
  uraian_kegiatan: "Uraian Kegiatan",
};

/** "Renstra 2021-2026". */
export function labelRenstra(r: RenstraPeriksa): string {
  return `Renstra ${r.tahunAwal}-${r.tahunAkhir}`;
}

/** "Renstra 2021-2026 › Indeks Kepuasan Masyarakat" (or just the indicator when its Renstra is unknown). */
export function lokasiIndikator(data: DataPemeriksaan, ind: IndikatorPeriksa): string {
  const r = data.renstra.find((x) => x.id === ind.renstraId);
  return r === undefined ? `Indikator ${ind.nama}` : `${labelRenstra(r)} › ${ind.nama}`;
}

/**
 * "Perjanjian Kinerja 2024", with the signing unit added when the OPD has more than one PK that year
 * (the tiered PK of Camat, Sekcam and Kasi).
 */
export function labelPk(data: DataPemeriksaan, pk: PkPeriksa): string {
  const beberapa = data.pk.filter((p) => p.tahun === pk.tahun).length > 1;
  return `Perjanjian Kinerja ${pk.tahun}${beberapa ? ` ${pk.unitKerjaNama}` : ""}`;
}

/**
 * "Narasi 2024 › Sasaran S1 … › Hambatan (paragraf 2)"; a budget code is shown with the name it has in the
 * year's DPA where one is found.
 */
export function lokasiNarasi(data: DataPemeriksaan, n: NarasiPeriksa): string {
  const bagian = [`Narasi ${data.tahun}`];
  if (n.sasaranId !== null) {
    const s = data.sasaran.find((x) => x.id === n.sasaranId);
    bagian.push(s === undefined ? "Sasaran" : `Sasaran ${s.kode} ${s.uraian}`);
  }
  if (n.kodeAnggaran !== null) {
    const kode = n.kodeAnggaran;
    const nama =
      data.subKegiatan.find((x) => x.kode === kode)?.nama ??
      data.kegiatan.find((x) => x.kode === kode)?.nama ??
      data.program.find((x) => x.kode === kode)?.nama;
    bagian.push(nama === undefined ? kode : `${kode} ${nama}`);
  }
  bagian.push(n.urutan > 0 ? `${JUDUL_NARASI[n.jenis]} (paragraf ${n.urutan})` : JUDUL_NARASI[n.jenis]);
  return bagian.join(" › ");
}
