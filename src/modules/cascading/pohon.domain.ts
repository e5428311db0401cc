/**
 * The rules of the pohon kinerja (PermenPANRB 89/2021 penjenjangan kinerja, regulations.md §6.1): which level
 * may hang under which, when a node may sit under another OPD's node or be funded by another OPD's budget
 * (crosscutting, LKE 1.b.9), no cycles, shares of supporters, targets inside the plan period, and an
 * employee's RHK only under their own unit (PermenPANRB 6/2022). Pure rules; each returns null or a message.
 */
import type { LevelPohon } from "../../platform/db/schema.ts";
import { bandingkan, desimal, jumlahkan, keString, ringkas } from "../../platform/decimal.ts";

/** Indonesian names of the levels, for messages and screens. */
export const NAMA_LEVEL: Readonly<Record<LevelPohon, string>> = {
  strategis_pemda: "strategis pemda",
  strategis: "strategis",
  taktis: "taktis",
  operasional: "operasional",
  individu: "individu (RHK pegawai)",
};

/**
 * The levels a node of each level may hang under (89/2021: outcome → intermediate → output → the jobs that
 * deliver them). A node without a parent is always accepted: an OPD node without one is an orphan the
 * consistency checker reports.
 */
export const INDUK_SAH: Readonly<Record<LevelPohon, readonly LevelPohon[]>> = {
  strategis_pemda: ["strategis_pemda"],
  strategis: ["strategis_pemda"],
  taktis: ["strategis"],
  operasional: ["taktis", "operasional"],
  individu: ["operasional", "taktis", "strategis"],
};

/** The message for a move or link that would make a node its own ancestor (service check and trigger TK003). */
export const PESAN_SIKLUS =
  "Simpul tidak dapat ditempatkan di bawah dirinya sendiri atau di bawah turunannya (pohon kinerja tidak boleh berputar)";

/** Refuses a level under a parent level the cascade does not allow. */
export function periksaLevelInduk(level: LevelPohon, levelInduk: LevelPohon | null): string | null {
  if (levelInduk === null) return null;
  const sah = INDUK_SAH[level];
  if (sah.includes(levelInduk)) return null;
  return `Simpul ${NAMA_LEVEL[level]} tidak dapat berada di bawah simpul ${NAMA_LEVEL[levelInduk]}; induk yang sah: ${sah
    .map((l) => NAMA_LEVEL[l])
    .join(" atau ")}`;
}

/** A node is a pemda node exactly when it is at the strategis_pemda level (migration 0008 check). */
export function periksaLevelOpd(level: LevelPohon, opdId: number | null): string | null {
  if (level === "strategis_pemda" && opdId !== null)
    return "Simpul strategis pemda tidak dimiliki perangkat daerah; kosongkan perangkat daerahnya";
  if (level !== "strategis_pemda" && opdId === null)
    return `Simpul ${NAMA_LEVEL[level]} harus dimiliki satu perangkat daerah`;
  return null;
}

/** An OPD as rules name it. */
export type OpdRingkas = { id: number; nama: string };

/** "Kecamatan Burau" → "Burau": how a kecamatan is named in a sentence that already says whose it is. */
export function namaPendek(nama: string): string {
  return nama.replace(/^(Kecamatan|Kelurahan|Desa)\s+/i, "");
}

/**
 * A node of one OPD under another OPD's node is refused unless that OPD supports the parent (crosscutting,
 * LKE 1.b.9); an employee's RHK always stays inside the employee's own OPD.
 */
export function periksaOpdInduk(p: {
  level: LevelPohon;
  opd: OpdRingkas | null;
  opdInduk: OpdRingkas | null;
  pendukungInduk: readonly number[];
}): string | null {
  if (p.opdInduk === null || p.opd === null || p.opdInduk.id === p.opd.id) return null;
  if (p.level === "individu")
    return `RHK pegawai ${p.opd.nama} tidak dapat berada di bawah simpul milik ${p.opdInduk.nama}`;
  if (p.pendukungInduk.includes(p.opd.id)) return null;
  return `Simpul induk milik ${p.opdInduk.nama}; ${p.opd.nama} belum tercatat sebagai pendukung (crosscutting) simpul itu. Tambahkan ${namaPendek(p.opd.nama)} sebagai pendukung simpul induk terlebih dulu`;
}

/**
 * Funding from another OPD's budget needs that OPD recorded as a supporter of the node first (crosscutting);
 * a pemda node has no budget of its own, so every OPD funding it must support it.
 */
export function periksaOpdAnggaran(p: {
  opdSimpulId: number | null;
  opdKode: OpdRingkas;
  kode: string;
  pendukung: readonly number[];
}): string | null {
  if (p.opdSimpulId === p.opdKode.id || p.pendukung.includes(p.opdKode.id)) return null;
  return `Kode ${p.kode} milik ${p.opdKode.nama}; tambahkan ${namaPendek(p.opdKode.nama)} sebagai pendukung (crosscutting) terlebih dulu`;
}

/**
 * Whether putting `simpulId` under `indukBaruId` closes a loop, given each node's current parent. Walks up from
 * the new parent; a loop already in the data (which the trigger forbids) also counts as one.
 */
export function membentukSiklus(
  simpulId: number,
  indukBaruId: number | null,
  induk: ReadonlyMap<number, number | null>,
): boolean {
  const dilihat = new Set<number>();
  let kini = indukBaruId;
  while (kini !== null) {
    if (kini === simpulId || dilihat.has(kini)) return true;
    dilihat.add(kini);
    kini = induk.get(kini) ?? null;
  }
  return false;
}

/** The shares of one node's supporters together may not exceed 100 % (a node cannot be shared beyond itself). */
export function periksaJumlahPorsi(
  porsiLain: readonly (string | null)[],
  porsiBaru: string | null,
): string | null {
  if (porsiBaru === null) return null;
  const semua = [...porsiLain, porsiBaru].filter((p): p is string => p !== null).map((p) => desimal(p));
  const total = jumlahkan(semua);
  if (bandingkan(total, desimal("100")) <= 0) return null;
  return `Jumlah porsi pendukung simpul ini menjadi ${keString(ringkas(total)).replace(".", ",")}%; tidak boleh melebihi 100%`;
}

/** Targets are set only for years inside the node's plan period. */
export function periksaTahunTarget(tahun: number, tahunAwal: number, tahunAkhir: number): string | null {
  if (tahun >= tahunAwal && tahun <= tahunAkhir) return null;
  return `Tahun ${tahun} di luar periode pohon kinerja ${tahunAwal}–${tahunAkhir}`;
}

/** A parent must share at least one year with its child: a tree is drawn per plan period. */
export function periksaPeriodeInduk(
  anak: { tahunAwal: number; tahunAkhir: number },
  induk: { tahunAwal: number; tahunAkhir: number },
): string | null {
  if (induk.tahunAwal <= anak.tahunAkhir && anak.tahunAwal <= induk.tahunAkhir) return null;
  return `Simpul induk berlaku ${induk.tahunAwal}–${induk.tahunAkhir}, di luar periode ${anak.tahunAwal}–${anak.tahunAkhir}`;
}

/**
 * An employee's RHK hangs under a node of their own unit or of a unit above theirs (PermenPANRB 6/2022: an RHK
 * is derived from the superior's). `indukUnit` maps each unit of the OPD to its parent unit.
 */
export function periksaUnitPegawai(p: {
  unitPegawaiId: number;
  unitIndukSimpulId: number | null;
  indukUnit: ReadonlyMap<number, number | null>;
  namaPegawai: string;
  namaUnitInduk: string | null;
}): string | null {
  if (p.unitIndukSimpulId === null)
    return "Simpul induk belum memiliki unit kerja; tentukan unit kerjanya sebelum menambahkan RHK pegawai";
  const dilihat = new Set<number>();
  let kini: number | null = p.unitPegawaiId;
  while (kini !== null && !dilihat.has(kini)) {
    if (kini === p.unitIndukSimpulId) return null;
    dilihat.add(kini);
    kini = p.indukUnit.get(kini) ?? null;
  }
  return `${p.namaPegawai} adalah pegawai unit lain; RHK di bawah simpul ${p.namaUnitInduk ?? "ini"} hanya untuk pegawai unit itu atau unit di bawahnya`;
}

/** The program code (urusan.bidang.program) a program, kegiatan or sub kegiatan code belongs to. */
export function kodeProgramDari(kode: string): string {
  return kode.split(".").slice(0, 3).join(".");
}
