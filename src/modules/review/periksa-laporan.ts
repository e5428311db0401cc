/**
 * The review of a hand-written LKjIP (issue 7 item 2; PermenPANRB 53/2014 Lampiran III, reviu atas
 * laporan kinerja): every check run on the report as read, the findings ranked tinggi → sedang → rendah
 * and in reading order within a level, with a count per level and per kind for the summary at the top.
 * Pure; no I/O.
 */
import type { HasilReviu, NaskahLaporan, TemuanReviu, TingkatTemuan } from "./naskah.ts";
import { periksaAnggaranTeks } from "./periksa/anggaran-teks.ts";
import { periksaAntarTabel } from "./periksa/antar-tabel.ts";
import { periksaHitunganTeks } from "./periksa/hitungan-teks.ts";
import { periksaJumlahTabel } from "./periksa/jumlah-tabel.ts";
import { periksaKataTren } from "./periksa/kata-tren.ts";
import { type AturanReviu, siapkanKonteks } from "./periksa/konteks.ts";
import { periksaPersenOperand } from "./periksa/persen-operand.ts";
import { periksaPredikat } from "./periksa/predikat.ts";
import { periksaStruktur } from "./periksa/struktur.ts";
import { periksaTanggalPenandatangan } from "./periksa/tanggal-penandatangan.ts";

/** The checks in the order of issue 7 item 2. */
export const ATURAN_REVIU: readonly AturanReviu[] = [
  periksaJumlahTabel,
  periksaPersenOperand,
  periksaAntarTabel,
  periksaPredikat,
  periksaKataTren,
  periksaHitunganTeks,
  periksaAnggaranTeks,
  periksaTanggalPenandatangan,
  periksaStruktur,
];

const PERINGKAT: Record<TingkatTemuan, number> = { tinggi: 0, sedang: 1, rendah: 2 };

/** Reviews one report: its findings ranked by severity, then in document order, and the summary counts. */
export function periksaLaporan(naskah: NaskahLaporan): HasilReviu {
  const konteks = siapkanKonteks(naskah);
  const berurut = ATURAN_REVIU.flatMap((aturan) => aturan(konteks)).sort(
    (a, b) => PERINGKAT[a.tingkat] - PERINGKAT[b.tingkat] || a.urutan - b.urutan,
  );
  const temuan: TemuanReviu[] = berurut.map(({ urutan: _urutan, ...t }) => t);
  const ringkasan: HasilReviu["ringkasan"] = { tinggi: 0, sedang: 0, rendah: 0, perJenis: {} };
  for (const t of temuan) {
    ringkasan[t.tingkat] += 1;
    ringkasan.perJenis[t.jenis] = (ringkasan.perJenis[t.jenis] ?? 0) + 1;
  }
  return {
    namaBerkas: naskah.namaBerkas,
    format: naskah.format,
    terbaca: {
      bab: konteks.judul.filter((j) => j.tingkat === 1).length,
      tabel: konteks.tabel.length,
      paragraf: konteks.paragraf.length,
    },
    ringkasan,
    temuan,
  };
}
