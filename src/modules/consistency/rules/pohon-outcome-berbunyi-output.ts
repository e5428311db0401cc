/**
 * A strategic or tactical node states an outcome: a change in condition that people feel (PermenPANRB 89/2021:
 * strategis = outcome, taktis = intermediate outcome; only operational nodes state outputs). A condition that
 * opens with an activity or a product ("Terlaksananya rapat", "Jumlah dokumen") measures what the office did,
 * not what changed; LKE 88/2021 criterion 1.b.4 asks that a result statement describe the condition to reach.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { indeksPohon } from "../pohon-simpul.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pohon-outcome-berbunyi-output";

/**
 * Opening words that make a statement an output or an activity, each with why. Matched on the first word,
 * case-insensitive, so "Meningkatnya jumlah …" (an outcome about a count) is not caught.
 */
export const AWALAN_OUTPUT: Readonly<Record<string, string>> = {
  terlaksananya: "menyatakan bahwa suatu kegiatan dilaksanakan (proses), bukan perubahan yang dihasilkannya",
  terselenggaranya:
    "menyatakan bahwa suatu kegiatan diselenggarakan (proses), bukan perubahan yang dihasilkannya",
  tersedianya: "menyatakan tersedianya barang atau layanan (keluaran), bukan manfaatnya",
  tersusunnya: "menyatakan tersusunnya dokumen (keluaran), bukan perubahan yang dicapai dengan dokumen itu",
  penyusunan: "menamai kegiatan menyusun, bukan hasilnya",
  pelaksanaan: "menamai kegiatan, bukan hasilnya",
  penyediaan: "menamai kegiatan menyediakan, bukan hasilnya",
  jumlah: "menghitung barang atau kegiatan yang dihasilkan (ukuran keluaran)",
  dokumen: "menamai produk berupa dokumen (keluaran)",
};

const LEVEL_OUTCOME: Record<string, string> = { strategis: "strategis", taktis: "taktis" };

/** The first word of a statement, lower case, without surrounding punctuation. */
function kataPertama(kondisi: string): string {
  const [kata = ""] = kondisi.trim().split(/\s+/u);
  return kata.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").toLocaleLowerCase("id");
}

/** Strategic and tactical nodes of the OPD whose condition opens like an output, or that are marked output. */
export function periksaPohonOutcomeBerbunyiOutput(data: DataPemeriksaan): Temuan[] {
  const pohon = indeksPohon(data);
  const temuan: Temuan[] = [];
  for (const s of pohon.simpulOpd) {
    const level = LEVEL_OUTCOME[s.level];
    if (level === undefined) continue;
    const kata = kataPertama(s.kondisi);
    const alasan = AWALAN_OUTPUT[kata];
    if (alasan !== undefined) {
      temuan.push({
        aturan: ID,
        tingkat: "peringatan",
        lokasi: pohon.lokasi(s),
        pesan: `Kondisi simpul ${level} seharusnya berupa hasil (outcome), tetapi diawali "${kata}", yang ${alasan}. Rumuskan sebagai perubahan kondisi, mis. "Meningkatnya …".`,
      });
    } else if (s.jenisHasil === "output") {
      temuan.push({
        aturan: ID,
        tingkat: "peringatan",
        lokasi: pohon.lokasi(s),
        pesan: `Simpul ${level} ini ditandai sebagai keluaran (output); pada tingkat ${level} kondisi yang dituju adalah hasil (outcome).`,
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPohonOutcomeBerbunyiOutput: AturanKonsistensi = {
  id: ID,
  judul: "Simpul strategis dan taktis dirumuskan sebagai hasil",
  uraian:
    'Kondisi simpul strategis dan taktis harus menyatakan hasil (outcome), bukan kegiatan atau keluaran seperti "Terlaksananya …", "Tersusunnya …" atau "Jumlah …".',
  periksa: periksaPohonOutcomeBerbunyiOutput,
};
