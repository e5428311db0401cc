/**
 * BAB III B "Realisasi Anggaran" (PermenPANRB 53/2014 Anak Lampiran II): every program, kegiatan and sub
 * kegiatan of the DPA in force with pagu, realisasi and serapan rolled up from the sub kegiatan, the total
 * row, and the budget sentence from the same totals (pagu first, never swapped).
 */
import type { BarisTabel, Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, judul, kepala, kolom, paragraf, tabel, tampilRupiah, tampilSerapan } from "./blok.ts";
import { kalimatAnggaranOpd } from "./ikhtisar.ts";
import type { Penomor } from "./penomor.ts";

/** The realisation table and its sentence. */
export function bagianAnggaran(bahan: BahanLkjip, n: Penomor): Blok[] {
  const a = bahan.anggaran;
  const kepalaBagian = judul(2, "B.", "Realisasi Anggaran");
  if (a === null)
    return [kepalaBagian, paragraf(`Belum ada DPA ${bahan.opd.nama} untuk tahun ${bahan.tahun}.`)];
  const rows: BarisTabel[] = [];
  for (const p of a.program) {
    rows.push(
      baris(
        [p.kode, p.nama, tampilRupiah(p.pagu), tampilRupiah(p.realisasi), tampilSerapan(p.serapan)],
        "induk",
      ),
    );
    for (const g of p.kegiatan) {
      rows.push(
        baris(
          [g.kode, g.nama, tampilRupiah(g.pagu), tampilRupiah(g.realisasi), tampilSerapan(g.serapan)],
          undefined,
          1,
        ),
      );
      for (const s of g.subKegiatan) {
        rows.push(
          baris(
            [s.kode, s.nama, tampilRupiah(s.pagu), tampilRupiah(s.realisasi), tampilSerapan(s.serapan)],
            undefined,
            2,
          ),
        );
      }
    }
  }
  rows.push({
    gaya: "jumlah",
    sel: [
      { teks: "TOTAL BELANJA", rentangKolom: 2 },
      { teks: tampilRupiah(a.total.pagu) },
      { teks: tampilRupiah(a.total.realisasi) },
      { teks: tampilSerapan(a.total.serapan) },
    ],
  });
  const jenis = a.dpa.jenis === "perubahan" ? "Perubahan" : "Murni";
  return [
    kepalaBagian,
    paragraf(
      `${kalimatAnggaranOpd(bahan) ?? ""} Rincian per program, kegiatan dan sub kegiatan adalah sebagai berikut:`,
    ),
    tabel(
      n.tabel(),
      `Realisasi Anggaran Tahun ${bahan.tahun}`,
      kolom(["tengah", 4.5], ["kiri", 7.5], ["kanan", 3.5], ["kanan", 3.5], ["kanan", 2]),
      kepala(
        "Kode",
        "Program/Kegiatan/Sub Kegiatan",
        "Pagu (Rp)",
        `Realisasi s.d. 31 Desember ${bahan.tahun} (Rp)`,
        "Serapan (%)",
      ),
      rows,
      `DPA ${jenis} Tahun ${bahan.tahun} dan realisasi anggaran; program dan kegiatan dijumlahkan dari sub kegiatan`,
    ),
  ];
}
