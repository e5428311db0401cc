/**
 * The history import's rules (issue 7 item 3), pure: which extracted figures can enter angka_historis, which
 * indicator of the OPD each indicator figure belongs to (by normalised name), and which rows are repeats of
 * an earlier one (the same figure printed in two tables is imported once). No I/O.
 */
import { adalahDesimalSah } from "../../platform/decimal.ts";
import { formatAngka } from "../../platform/number-format.ts";
import type { AngkaHistorisNaskah } from "./naskah.ts";
import { lokasiTeks } from "./tampil-reviu.domain.ts";

/**
 * An indicator name reduced to what identifies it: lower case, accents and punctuation dropped, spaces
 * collapsed ("Persentase  Pelayanan (KTP)." and "persentase pelayanan ktp" are one name).
 */
export function normalisasiNama(nama: string): string {
  return nama
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** An indicator of the OPD's Renstra, with the period of its Renstra. */
export type IndikatorCalon = {
  id: number;
  kode: string;
  nama: string;
  tahunAwal: number;
  tahunAkhir: number;
};

/**
 * The indicator an extracted figure belongs to: same normalised name among the OPD's Renstra indicators,
 * preferring the Renstra whose period covers the figure's year; null when none matches or when two
 * different indicators match equally (a guess would put history on the wrong indicator).
 */
export function cocokkanIndikator(
  uraian: string,
  tahun: number,
  calon: readonly IndikatorCalon[],
): IndikatorCalon | null {
  const kunci = normalisasiNama(uraian);
  if (kunci === "") return null;
  const sama = calon.filter((i) => normalisasiNama(i.nama) === kunci);
  const berlaku = sama.filter((i) => i.tahunAwal <= tahun && tahun <= i.tahunAkhir);
  const pilihan = berlaku.length > 0 ? berlaku : sama;
  return pilihan.length === 1 ? (pilihan[0] ?? null) : null;
}

/** One extracted figure as the preview shows it and the import writes it. */
export type BarisImpor = {
  jenis: AngkaHistorisNaskah["jenis"];
  tahun: number;
  kode: string | null;
  uraian: string;
  satuan: string | null;
  nilai: string;
  indikator: { id: number; kode: string; nama: string } | null;
  lokasi: string;
};

/** A figure left out of the import and why. */
export type BarisDilewati = { angka: AngkaHistorisNaskah; lokasi: string; alasan: string };

/** What the preview shows: the rows the import will write, and the ones it leaves out with their reason. */
export type RencanaImpor = { baris: BarisImpor[]; dilewati: BarisDilewati[] };

const JENIS_INDIKATOR = new Set<AngkaHistorisNaskah["jenis"]>(["target_indikator", "realisasi_indikator"]);

function alasanTidakSah(a: AngkaHistorisNaskah): string | null {
  if (!Number.isInteger(a.tahun) || a.tahun < 2000 || a.tahun > 2100) {
    return `tahun ${a.tahun} di luar 2000–2100`;
  }
  if (a.uraian.trim() === "") return "uraian kosong";
  if (!adalahDesimalSah(a.nilai)) return `nilai "${a.nilai}" bukan angka`;
  return null;
}

/**
 * Plans the import of what a report holds: every valid figure once per (kind, year, item), the first
 * occurrence in document order kept and later repeats listed as left out (with where the kept one is);
 * indicator figures linked to the OPD's indicator of the same name.
 */
export function rencanakanImpor(
  angka: readonly AngkaHistorisNaskah[],
  indikator: readonly IndikatorCalon[],
): RencanaImpor {
  const baris: BarisImpor[] = [];
  const dilewati: BarisDilewati[] = [];
  const pertama = new Map<string, BarisImpor>();
  for (const a of angka) {
    const lokasi = lokasiTeks(a.lokasi);
    const alasan = alasanTidakSah(a);
    if (alasan) {
      dilewati.push({ angka: a, lokasi, alasan });
      continue;
    }
    const uraian = a.uraian.trim();
    const kunci = `${a.jenis}\u0000${a.tahun}\u0000${uraian}`;
    const ada = pertama.get(kunci);
    if (ada) {
      const beda =
        ada.nilai === a.nilai
          ? "nilai sama"
          : `nilai berbeda: ${formatAngka(ada.nilai)} di sana, ${formatAngka(a.nilai)} di sini`;
      dilewati.push({ angka: a, lokasi, alasan: `sudah diambil dari ${ada.lokasi} (${beda})` });
      continue;
    }
    const cocok = JENIS_INDIKATOR.has(a.jenis) ? cocokkanIndikator(uraian, a.tahun, indikator) : null;
    const b: BarisImpor = {
      jenis: a.jenis,
      tahun: a.tahun,
      kode: a.kode,
      uraian,
      satuan: a.satuan,
      nilai: a.nilai,
      indikator: cocok ? { id: cocok.id, kode: cocok.kode, nama: cocok.nama } : null,
      lokasi,
    };
    pertama.set(kunci, b);
    baris.push(b);
  }
  return { baris, dilewati };
}
