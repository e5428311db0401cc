/**
 * The kecamatan's own dusun, RT and population figures must equal the sums over its desa and kelurahan
 * (design brief principle 1: a total is computed, not typed).
 */
import { formatAngka } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan, WilayahPeriksa } from "../data-pemeriksaan.ts";
import { nilaiBulat } from "../nilai-temuan.ts";
import type { Temuan } from "../temuan.ts";

const ID = "wilayah-induk";

const KOLOM: readonly {
  kolom: "jumlahDusun" | "jumlahRt" | "lakiLaki" | "perempuan";
  nama: (t: number) => string;
}[] = [
  { kolom: "jumlahDusun", nama: () => "dusun/lingkungan" },
  { kolom: "jumlahRt", nama: () => "RT" },
  { kolom: "lakiLaki", nama: (t) => `penduduk laki-laki ${t}` },
  { kolom: "perempuan", nama: (t) => `penduduk perempuan ${t}` },
];

/**
 * Per kecamatan row and figure: galat when every child has the figure and the sum differs; info when only
 * some children have it, since the total then cannot be verified.
 */
export function periksaWilayahInduk(data: DataPemeriksaan): Temuan[] {
  const temuan: Temuan[] = [];
  for (const induk of data.wilayah.filter((w) => w.jenis === "kecamatan")) {
    const anak: WilayahPeriksa[] = data.wilayah.filter((w) => w.indukId === induk.id);
    if (anak.length === 0) continue;
    const lokasi = `Wilayah › ${induk.nama}`;
    for (const { kolom, nama } of KOLOM) {
      const dinyatakan = induk[kolom];
      if (dinyatakan === null) continue;
      const terisi = anak.filter((a) => a[kolom] !== null);
      const label = nama(data.tahun);
      if (terisi.length < anak.length) {
        temuan.push({
          aturan: ID,
          tingkat: "info",
          lokasi,
          pesan: `Jumlah ${label} ${formatAngka(String(dinyatakan))} belum dapat diperiksa: baru ${terisi.length} dari ${anak.length} desa/kelurahan yang datanya terisi.`,
        });
        continue;
      }
      const dihitung = anak.reduce((s, a) => s + (a[kolom] ?? 0), 0);
      if (dihitung === dinyatakan) continue;
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi,
        pesan: `Jumlah ${label} tercatat ${formatAngka(String(dinyatakan))}, sedangkan jumlah dari ${anak.length} desa/kelurahan ${formatAngka(String(dihitung))}.`,
        ...nilaiBulat(dinyatakan, dihitung),
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanWilayahInduk: AturanKonsistensi = {
  id: ID,
  judul: "Data kecamatan sama dengan jumlah desa/kelurahan",
  uraian:
    "Jumlah dusun/lingkungan, RT dan penduduk yang dicatat untuk kecamatan dibandingkan dengan jumlah dari desa dan kelurahannya.",
  periksa: periksaWilayahInduk,
};
