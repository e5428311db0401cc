/**
 * Every sub kegiatan of the year's DPA funds some condition of the pohon kinerja (PermenPANRB 89/2021: the
 * tree ends in the programs, kegiatan and sub kegiatan that fund it; money outside the tree buys nothing the
 * OPD has promised). A sub kegiatan counts as funding when its code, its kegiatan's or its program's code is
 * linked to a node. Checked only once the OPD has a tree for the year.
 */
import { formatRupiah } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { bangunPohonDpa } from "../pohon-dpa.ts";
import { indeksPohon, labelPohon } from "../pohon-simpul.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pohon-sub-kegiatan-tanpa-simpul";

/** Sub kegiatan of the year's DPAs none of whose codes (own, kegiatan, program) is linked to a node. */
export function periksaPohonSubKegiatanTanpaSimpul(data: DataPemeriksaan): Temuan[] {
  const pohon = indeksPohon(data);
  const pertama = pohon.simpulOpd[0];
  if (pertama === undefined) return [];
  const dpa = bangunPohonDpa(data);
  const kegiatan = new Map(data.kegiatan.map((k) => [k.id, k]));
  const program = new Map(data.program.map((p) => [p.id, p]));
  const tertaut = new Set(data.pohonAnggaran.filter((a) => a.opdId === data.opd.id).map((a) => a.kode));
  const temuan: Temuan[] = [];
  for (const sub of data.subKegiatan) {
    if (dpa.dpaSubKegiatan(sub)?.tahun !== data.tahun) continue;
    const keg = kegiatan.get(sub.kegiatanId);
    const prog = keg === undefined ? undefined : program.get(keg.programId);
    const kode = [sub.kode, keg?.kode, prog?.kode].filter((k) => k !== undefined);
    if (kode.some((k) => tertaut.has(k))) continue;
    temuan.push({
      aturan: ID,
      tingkat: "peringatan",
      lokasi: dpa.lokasiSubKegiatan(sub),
      pesan: `Sub kegiatan ini (pagu ${formatRupiah(sub.pagu)}) tidak mendanai simpul mana pun dalam ${labelPohon(pertama)}: kodenya, kode kegiatannya dan kode programnya belum ditautkan.`,
    });
  }
  return temuan;
}

/** Registry entry. */
export const aturanPohonSubKegiatanTanpaSimpul: AturanKonsistensi = {
  id: ID,
  judul: "Setiap sub kegiatan mendanai simpul pohon kinerja",
  uraian:
    "Setiap sub kegiatan dalam DPA tahun ini harus mendanai simpul pohon kinerja, langsung atau melalui kegiatan atau programnya.",
  periksa: periksaPohonSubKegiatanTanpaSimpul,
};
