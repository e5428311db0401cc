/**
 * The history a hand-written report holds (issue 7 item 3): targets and realisations of its indicators
 * per year, pagu and realisation per program, kegiatan and sub kegiatan, and staffing counts, each with
 * the place it was read. Every figure is returned in document order; one item keeps one name across
 * tables (its most frequent spelling), so an import can keep the first figure and list the others as conflicts.
 * Pure; no I/O.
 */
import { keString } from "../../platform/decimal.ts";
import { barisJumlah, labelBaris } from "./kenali-tabel.ts";
import type { AngkaHistorisNaskah, NaskahLaporan } from "./naskah.ts";
import { desimalSel, lokasiSel, selKosong } from "./periksa/bantu.ts";
import { type KonteksReviu, siapkanKonteks } from "./periksa/konteks.ts";
import { nilaiAnggaran, nilaiIndikator } from "./periksa/nilai-tabel.ts";

function nilaiTeks(d: Parameters<typeof keString>[0]): string {
  return keString(d);
}

function historisIndikator(k: KonteksReviu): (AngkaHistorisNaskah & { urutan: number })[] {
  const nilai = nilaiIndikator(k);
  // one name per indicator: the spelling the report uses most often (the first on a tie)
  const frekuensi = new Map<string, Map<string, number>>();
  for (const n of nilai) {
    const per = frekuensi.get(n.kunci) ?? new Map<string, number>();
    per.set(n.indikator.trim(), (per.get(n.indikator.trim()) ?? 0) + 1);
    frekuensi.set(n.kunci, per);
  }
  const namaUtama = (kunci: string, cadangan: string): string => {
    let terbaik = cadangan;
    let jumlah = 0;
    for (const [nama, f] of frekuensi.get(kunci) ?? []) {
      if (f > jumlah) {
        terbaik = nama;
        jumlah = f;
      }
    }
    return terbaik;
  };
  return nilai.map((n) => {
    const nama = namaUtama(n.kunci, n.indikator.trim());
    return {
      jenis: n.jenis === "target" ? "target_indikator" : "realisasi_indikator",
      tahun: n.tahun,
      kode: null,
      uraian: nama,
      satuan: n.satuan,
      nilai: nilaiTeks(n.nilai),
      lokasi: lokasiSel(n.asal.tabel.tabel, n.asal.indeksBaris, n.asal.indeksKolom, nama),
      urutan: n.asal.tabel.urutan * 10_000 + n.asal.indeksBaris,
    };
  });
}

function historisAnggaran(k: KonteksReviu): (AngkaHistorisNaskah & { urutan: number })[] {
  const namaPertama = new Map<string, string>();
  const hasil: (AngkaHistorisNaskah & { urutan: number })[] = [];
  for (const a of nilaiAnggaran(k)) {
    if (a.tingkat === "total" || a.tahun === null) continue;
    const kunci = `${a.tingkat}:${a.kunci}`;
    const nama = namaPertama.get(kunci) ?? a.uraian;
    namaPertama.set(kunci, nama);
    hasil.push({
      jenis: a.jenis === "pagu" ? "pagu" : "realisasi_anggaran",
      tahun: a.tahun,
      kode: a.kode,
      uraian: nama,
      satuan: "Rp",
      nilai: nilaiTeks(a.nilai),
      lokasi: lokasiSel(a.asal.tabel.tabel, a.asal.indeksBaris, a.asal.indeksKolom, nama),
      urutan: a.asal.tabel.urutan * 10_000 + a.asal.indeksBaris,
    });
  }
  return hasil;
}

/** Staffing tables: each group row (PNS, PPPK, Golongan III …) with its JUMLAH column (or its last figure). */
function historisPegawai(k: KonteksReviu): (AngkaHistorisNaskah & { urutan: number })[] {
  const hasil: (AngkaHistorisNaskah & { urutan: number })[] = [];
  if (k.tahunLaporan === null) return hasil;
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis !== "pegawai") continue;
      const kolJumlah = b.kolom.filter((x) => x.peran === "jumlah").at(-1);
      for (const x of b.baris) {
        if (barisJumlah(x.baris)) continue;
        const label = labelBaris(b, x.baris).trim();
        if (label === "") continue;
        let indeks = kolJumlah?.indeks ?? -1;
        if (indeks < 0) {
          for (let i = x.baris.sel.length - 1; i >= 0; i--) {
            if ((x.baris.sel[i] ?? "").trim() !== "") {
              indeks = i;
              break;
            }
          }
        }
        const teks = x.baris.sel[indeks];
        const nilai = selKosong(teks) ? { nilai: 0n, skala: 0 } : desimalSel(teks);
        if (nilai === null || indeks < 0) continue;
        hasil.push({
          jenis: "jumlah_pegawai",
          tahun: k.tahunLaporan,
          kode: null,
          uraian: label,
          satuan: "orang",
          nilai: nilaiTeks(nilai),
          lokasi: lokasiSel(t.tabel, x.indeks, indeks, label),
          urutan: t.urutan * 10_000 + x.indeks,
        });
      }
    }
  }
  return hasil;
}

/** Every past figure the report states, in document order, ready for the import preview. */
export function ekstrakAngkaHistoris(naskah: NaskahLaporan): AngkaHistorisNaskah[] {
  const k = siapkanKonteks(naskah);
  return [...historisIndikator(k), ...historisAnggaran(k), ...historisPegawai(k)]
    .sort((a, b) => a.urutan - b.urutan)
    .map(({ urutan: _u, ...a }) => a);
}
