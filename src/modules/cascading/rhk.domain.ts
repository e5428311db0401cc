/**
 * Each employee's rencana hasil kerja (RHK) as the pohon kinerja gives it (issue 9 item 5; PermenPANRB 6/2022,
 * regulations.md §6.2): the RHK is the node's condition, it intervenes the superior's RHK (the parent node), its
 * indikator kinerja individu are the node's indicators with the year's target, and it traces to the PK indicator
 * of its strategic ancestor (LKE 1.b.11). Pure: the tree and the register come in, rows go out.
 */
import type { IndikatorSimpul, SimpulPohon } from "./pohon.model.ts";

/** The aspect of an individual indicator as e-Kinerja asks it (SKP of PermenPANRB 6/2022). */
export type AspekIndikator = "kuantitas" | "kualitas" | "waktu";

/** An active employee as the RHK list needs them (from the staffing register). */
export type PegawaiRhk = {
  id: number;
  nama: string;
  nip: string | null;
  jabatan: string;
  jenisJabatan: "struktural" | "pelaksana" | "fungsional";
  eselon: string | null;
  unitKerjaId: number;
  unitNama: string;
};

/** One indicator of an RHK with the year's target (a decimal string, exact) and the PK indicator codes. */
export type IndikatorRhk = {
  nama: string;
  satuan: string;
  aspek: AspekIndikator;
  /** null when the node has no target for the year */
  target: string | null;
  /** the Renstra/PK indicator codes it traces to; empty when the branch reaches no strategic indicator */
  kodePk: string[];
};

/** One RHK derived from one node. */
export type RhkTurunan = {
  simpulId: number;
  level: SimpulPohon["level"];
  /** "individu": an RHK node of the employee; "jabatan": the node their position leads */
  sumber: "individu" | "jabatan";
  rhk: string;
  /** the superior's RHK it intervenes: the parent node's condition (null for a node without a parent) */
  rhkAtasan: string | null;
  simpulAtasanId: number | null;
  indikator: IndikatorRhk[];
  /** budget codes of the node, or of its nearest funded ancestor */
  kodeAnggaran: string[];
};

/** An employee with their RHK (possibly none, so the gap shows). */
export type RhkPegawai = { pegawai: PegawaiRhk; rhk: RhkTurunan[] };

/** The derivation's result: every employee, and the nodes whose owner is not in the active register. */
export type HasilRhk = { pegawai: RhkPegawai[]; tanpaPemilik: RhkTurunan[] };

const SATUAN_WAKTU = new Set(["hari", "hari kerja", "minggu", "bulan", "jam", "menit"]);
const SATUAN_KUALITAS = new Set(["%", "persen", "persentase", "indeks", "nilai", "skor", "predikat"]);

/**
 * The aspect of an indicator from its unit: a duration (hari, minggu, bulan, jam, menit) is waktu; a percentage,
 * index, score or grade (%, persen, indeks, nilai, skor, predikat) is kualitas; anything else (dokumen, kegiatan,
 * orang …) is kuantitas, the default. Why: e-Kinerja asks an aspect per indicator and the tree does not store one.
 */
export function aspekDariSatuan(satuan: string): AspekIndikator {
  const s = satuan.trim().toLowerCase();
  if (SATUAN_WAKTU.has(s)) return "waktu";
  if (SATUAN_KUALITAS.has(s)) return "kualitas";
  return "kuantitas";
}

/** The eselon order: II.a before II.b before III.a …; no eselon last. */
function urutEselon(e: string | null): string {
  return e ?? "Z";
}

/**
 * The head of each unit: its active struktural employee with the highest eselon (ties: the lower id). Why: a
 * strategis, taktis or operasional node names the unit that owns it; the person who signs for the unit holds
 * its RHK (PermenPANRB 6/2022: pimpinan unit plan from the PK).
 */
export function kepalaUnit(pegawai: readonly PegawaiRhk[]): Map<number, PegawaiRhk> {
  const hasil = new Map<number, PegawaiRhk>();
  for (const p of pegawai) {
    if (p.jenisJabatan !== "struktural" || p.eselon === null) continue;
    const ada = hasil.get(p.unitKerjaId);
    const lebihTinggi =
      ada === undefined ||
      urutEselon(p.eselon) < urutEselon(ada.eselon) ||
      (p.eselon === ada.eselon && p.id < ada.id);
    if (lebihTinggi) hasil.set(p.unitKerjaId, p);
  }
  return hasil;
}

/** The OPD's head: the active struktural employee with the highest eselon in the whole OPD (ties: lower id). */
function kepalaOpd(pegawai: readonly PegawaiRhk[]): PegawaiRhk | null {
  let terpilih: PegawaiRhk | null = null;
  for (const p of pegawai) {
    if (p.jenisJabatan !== "struktural" || p.eselon === null) continue;
    if (
      terpilih === null ||
      urutEselon(p.eselon) < urutEselon(terpilih.eselon) ||
      (p.eselon === terpilih.eselon && p.id < terpilih.id)
    )
      terpilih = p;
  }
  return terpilih;
}

/**
 * Who holds a node's RHK. An individu node: its pegawai. A strategis, taktis or operasional node: the pegawai
 * it names; else the head of its unit; else, for a strategis node without a unit, the head of the OPD. A pemda
 * node belongs to no employee of the OPD.
 */
export function pemilikSimpul(
  simpul: SimpulPohon,
  kepala: ReadonlyMap<number, PegawaiRhk>,
  pimpinan: PegawaiRhk | null,
): number | null {
  if (simpul.level === "strategis_pemda") return null;
  if (simpul.pegawai) return simpul.pegawai.id;
  if (simpul.level === "individu") return null;
  if (simpul.unitKerja) return kepala.get(simpul.unitKerja.id)?.id ?? null;
  return simpul.level === "strategis" ? (pimpinan?.id ?? null) : null;
}

type Jejak = {
  induk: SimpulPohon | null;
  /** codes of the nearest strategis ancestor's (or own) Renstra indicators */
  kodePkLeluhur: string[];
  anggaranLeluhur: string[];
};

function kodeIndikator(i: IndikatorSimpul, kode: ReadonlyMap<number, string>): string | null {
  return i.indikatorId === null ? null : (kode.get(i.indikatorId) ?? null);
}

/**
 * The RHK of every active employee for a year, in register order, from the OPD's tree. Each indicator
 * carries its own Renstra code when it is one, else the codes of the nearest strategis node on the way up
 * (itself included). Budget codes are the node's own, else those of its nearest funded ancestor.
 */
export function turunkanRhk(
  akar: readonly SimpulPohon[],
  pegawai: readonly PegawaiRhk[],
  kodeIndikatorRenstra: ReadonlyMap<number, string>,
  tahun: number,
): HasilRhk {
  const kepala = kepalaUnit(pegawai);
  const pimpinan = kepalaOpd(pegawai);
  const dikenal = new Set(pegawai.map((p) => p.id));
  const perPegawai = new Map<number, RhkTurunan[]>(pegawai.map((p) => [p.id, []]));
  const tanpaPemilik: RhkTurunan[] = [];

  const kunjungi = (s: SimpulPohon, j: Jejak) => {
    const kodeSendiri = s.indikator
      .map((i) => kodeIndikator(i, kodeIndikatorRenstra))
      .filter((k): k is string => k !== null);
    const kodePk = s.level === "strategis" && kodeSendiri.length > 0 ? kodeSendiri : j.kodePkLeluhur;
    const anggaranSendiri = s.anggaran.map((a) => a.kode);
    const kodeAnggaran = anggaranSendiri.length > 0 ? anggaranSendiri : j.anggaranLeluhur;
    if (s.level !== "strategis_pemda") {
      const rhk: RhkTurunan = {
        simpulId: s.id,
        level: s.level,
        sumber: s.level === "individu" ? "individu" : "jabatan",
        rhk: s.kondisi,
        rhkAtasan: j.induk?.kondisi ?? null,
        simpulAtasanId: j.induk?.id ?? null,
        indikator: s.indikator.map((i) => {
          const sendiri = kodeIndikator(i, kodeIndikatorRenstra);
          return {
            nama: i.nama,
            satuan: i.satuan,
            aspek: aspekDariSatuan(i.satuan),
            target: i.target[tahun] ?? null,
            kodePk: sendiri !== null ? [sendiri] : kodePk,
          };
        }),
        kodeAnggaran,
      };
      const pemilik = pemilikSimpul(s, kepala, pimpinan);
      if (pemilik !== null && dikenal.has(pemilik)) perPegawai.get(pemilik)?.push(rhk);
      else tanpaPemilik.push(rhk);
    }
    const turun: Jejak = { induk: s, kodePkLeluhur: kodePk, anggaranLeluhur: kodeAnggaran };
    for (const a of [...s.anak].sort((x, y) => x.urutan - y.urutan || x.id - y.id)) kunjungi(a, turun);
  };
  for (const a of akar) kunjungi(a, { induk: null, kodePkLeluhur: [], anggaranLeluhur: [] });

  return {
    pegawai: pegawai.map((p) => ({ pegawai: p, rhk: perPegawai.get(p.id) ?? [] })),
    tanpaPemilik,
  };
}
