/**
 * The staffing tables of LKjIP Bab I.2 (Tables 1.1–1.4) and the ANJAB comparison of Bab III (Table 3.7),
 * derived from the register so that every count is computed, never typed (design brief principle 1).
 * Shapes follow the Kecamatan Malili LKjIP 2024 (PermenPANRB 53/2014 Anak Lampiran II format).
 */

/** Employment status as in the register (UU 20/2023 ASN: PNS, PPPK; non-ASN: PTT, upah jasa). */
export type StatusPegawai = "PNS" | "CPNS" | "PPPK" | "PTT" | "UPAH_JASA";
/** PNS golongan (PP 99/2000). */
export type Golongan = "I" | "II" | "III" | "IV";
/** PNS ruang within a golongan (e only in golongan IV). */
export type Ruang = "a" | "b" | "c" | "d" | "e";
/** Highest education attained. */
export type Pendidikan = "SD" | "SMP" | "SMA" | "D1" | "D2" | "D3" | "D4" | "S1" | "S2" | "S3";
/** Kind of position: struktural, pelaksana (formerly fungsional umum) or fungsional (tertentu). */
export type JenisJabatan = "struktural" | "pelaksana" | "fungsional";
/** Eselon of a structural position. */
export type Eselon = "II.a" | "II.b" | "III.a" | "III.b" | "IV.a" | "IV.b";

/** One active employee as the tables need them. */
export type BarisPegawai = {
  status: StatusPegawai;
  golongan: Golongan | null;
  ruang: Ruang | null;
  pendidikan: Pendidikan;
  jenisJabatan: JenisJabatan;
  eselon: Eselon | null;
  unitKode: string;
};

/** One ANJAB/ABK need: how many positions of a kind a unit needs. */
export type BarisAnjab = { unitKode: string; jenisJabatan: JenisJabatan; jumlah: number };

/** A unit kerja in display order (Table 3.7 rows). */
export type UnitRekap = { kode: string; nama: string };

/** Golongan rows in the order the report prints them (IV first). */
export const URUTAN_GOLONGAN: readonly Golongan[] = ["IV", "III", "II", "I"];
/** Ruang columns. */
export const URUTAN_RUANG: readonly Ruang[] = ["a", "b", "c", "d", "e"];

/** Table 1.1: ASN by golongan × ruang; PPPK (no PNS golongan) as its own row. */
export type Tabel11 = {
  baris: { golongan: Golongan; ruang: Record<Ruang, number>; jumlah: number }[];
  pppk: number;
  /** column sums over the golongan rows (the report leaves PPPK out of them) */
  jumlahRuang: Record<Ruang, number>;
  /** every ASN, PPPK included */
  total: number;
};

/** Education groups of Table 1.2. */
export type KelompokPendidikan = "S2" | "S1/D4" | "D2/D3" | "SMA/SMP";
/** Column order of Table 1.2. */
export const URUTAN_KELOMPOK_PENDIDIKAN: readonly KelompokPendidikan[] = ["S2", "S1/D4", "D2/D3", "SMA/SMP"];
const KELOMPOK_PENDIDIKAN: Readonly<Record<Pendidikan, KelompokPendidikan>> = {
  S3: "S2",
  S2: "S2",
  S1: "S1/D4",
  D4: "S1/D4",
  D3: "D2/D3",
  D2: "D2/D3",
  D1: "D2/D3",
  SMA: "SMA/SMP",
  SMP: "SMA/SMP",
  SD: "SMA/SMP",
};

/** Table 1.2: ASN by golongan (PPPK as its own row) × education group. */
export type Tabel12 = {
  baris: { golongan: Golongan | "PPPK"; kolom: Record<KelompokPendidikan, number>; jumlah: number }[];
  jumlahKolom: Record<KelompokPendidikan, number>;
  total: number;
};

/** Eselon groups of Table 1.3. */
export type KelompokEselon = "II" | "III" | "IV" | "non_eselon";
/** Column order of Table 1.3, with the report's headings. */
export const KOLOM_ESELON: readonly { kunci: KelompokEselon; label: string }[] = [
  { kunci: "II", label: "II.B" },
  { kunci: "III", label: "III.A/B" },
  { kunci: "IV", label: "IV.A/B" },
  { kunci: "non_eselon", label: "NON ESELON" },
];
/** Row order of Table 1.3, with the report's headings (pelaksana is the former "fungsional umum"). */
export const BARIS_JABATAN: readonly { kunci: JenisJabatan; label: string }[] = [
  { kunci: "struktural", label: "Struktural" },
  { kunci: "fungsional", label: "Fungsional" },
  { kunci: "pelaksana", label: "Fungsional Umum" },
];

/** Table 1.3: ASN by kind of position × eselon group. */
export type Tabel13 = {
  baris: { jenisJabatan: JenisJabatan; kolom: Record<KelompokEselon, number>; jumlah: number }[];
  jumlahKolom: Record<KelompokEselon, number>;
  total: number;
};

/** Row order of Table 1.4, with the report's headings. */
export const BARIS_STATUS: readonly { kunci: StatusPegawai; label: string }[] = [
  { kunci: "PNS", label: "PNS" },
  { kunci: "CPNS", label: "CPNS" },
  { kunci: "PTT", label: "PTT" },
  { kunci: "PPPK", label: "PPPK" },
  { kunci: "UPAH_JASA", label: "UPAH JASA" },
];

/** Table 1.4: every employee by status. */
export type Tabel14 = { baris: { status: StatusPegawai; jumlah: number }[]; total: number };

/** One row of Table 3.7: a unit's ANJAB needs against its current staff. */
export type Baris37 = {
  unitKode: string;
  nama: string;
  anjabStruktural: number;
  anjabPelaksana: number;
  struktural: number;
  pelaksanaPns: number;
  pelaksanaNonPns: number;
};

/** Table 3.7 with column sums and the two grand totals (needs, current). */
export type Tabel37 = {
  baris: Baris37[];
  jumlah: Omit<Baris37, "unitKode" | "nama">;
  totalAnjab: number;
  totalKondisi: number;
};

const ASN: ReadonlySet<StatusPegawai> = new Set(["PNS", "CPNS", "PPPK"]);
const BERGOLONGAN: ReadonlySet<StatusPegawai> = new Set(["PNS", "CPNS"]);

function nolRecord<K extends string>(kunci: readonly K[]): Record<K, number> {
  return Object.fromEntries(kunci.map((k) => [k, 0])) as Record<K, number>;
}

function jumlahNilai(r: Record<string, number>): number {
  return Object.values(r).reduce((a, b) => a + b, 0);
}

/**
 * Table 1.1 "Jumlah ASN berdasarkan golongan": PNS and CPNS by golongan × ruang, PPPK counted in its own row
 * (PPPK grades I–XVII are not PNS golongan). A PNS without golongan is a register error the service refuses.
 */
export function tabelGolongan(pegawai: readonly BarisPegawai[]): Tabel11 {
  const baris = URUTAN_GOLONGAN.map((golongan) => ({ golongan, ruang: nolRecord(URUTAN_RUANG), jumlah: 0 }));
  let pppk = 0;
  for (const p of pegawai) {
    if (p.status === "PPPK") pppk += 1;
    if (!BERGOLONGAN.has(p.status) || p.golongan === null || p.ruang === null) continue;
    const b = baris.find((x) => x.golongan === p.golongan);
    if (!b) continue;
    b.ruang[p.ruang] += 1;
    b.jumlah += 1;
  }
  const jumlahRuang = nolRecord(URUTAN_RUANG);
  for (const b of baris) for (const r of URUTAN_RUANG) jumlahRuang[r] += b.ruang[r];
  return { baris, pppk, jumlahRuang, total: jumlahNilai(jumlahRuang) + pppk };
}

/**
 * Table 1.2 "Jumlah ASN berdasarkan pendidikan": golongan (PPPK as its own row) × S2 / S1-D4 / D2-D3 / SMA-SMP.
 * S3 is counted with S2, D1 with D2/D3 and SD with SMA/SMP, so no ASN falls outside the four columns.
 */
export function tabelPendidikan(pegawai: readonly BarisPegawai[]): Tabel12 {
  const baris: Tabel12["baris"] = [...URUTAN_GOLONGAN, "PPPK" as const].map((golongan) => ({
    golongan,
    kolom: nolRecord(URUTAN_KELOMPOK_PENDIDIKAN),
    jumlah: 0,
  }));
  for (const p of pegawai) {
    const kunci = p.status === "PPPK" ? "PPPK" : BERGOLONGAN.has(p.status) ? p.golongan : null;
    const b = baris.find((x) => x.golongan === kunci);
    if (!b) continue;
    b.kolom[KELOMPOK_PENDIDIKAN[p.pendidikan]] += 1;
    b.jumlah += 1;
  }
  const jumlahKolom = nolRecord(URUTAN_KELOMPOK_PENDIDIKAN);
  for (const b of baris) for (const k of URUTAN_KELOMPOK_PENDIDIKAN) jumlahKolom[k] += b.kolom[k];
  return { baris, jumlahKolom, total: jumlahNilai(jumlahKolom) };
}

function kelompokEselon(e: Eselon | null): KelompokEselon {
  if (e === null) return "non_eselon";
  return e.startsWith("IV") ? "IV" : e.startsWith("III") ? "III" : "II";
}

/** Table 1.3 "Jumlah ASN berdasarkan jabatan": struktural / fungsional / pelaksana × eselon group, ASN only. */
export function tabelJabatan(pegawai: readonly BarisPegawai[]): Tabel13 {
  const kunciKolom = KOLOM_ESELON.map((k) => k.kunci);
  const baris = BARIS_JABATAN.map(({ kunci }) => ({
    jenisJabatan: kunci,
    kolom: nolRecord(kunciKolom),
    jumlah: 0,
  }));
  for (const p of pegawai) {
    if (!ASN.has(p.status)) continue;
    const b = baris.find((x) => x.jenisJabatan === p.jenisJabatan);
    if (!b) continue;
    b.kolom[kelompokEselon(p.eselon)] += 1;
    b.jumlah += 1;
  }
  const jumlahKolom = nolRecord(kunciKolom);
  for (const b of baris) for (const k of kunciKolom) jumlahKolom[k] += b.kolom[k];
  return { baris, jumlahKolom, total: jumlahNilai(jumlahKolom) };
}

/** Table 1.4 "Jumlah ASN berdasarkan status kepegawaian": every employee, ASN and non-ASN, by status. */
export function tabelStatus(pegawai: readonly BarisPegawai[]): Tabel14 {
  const baris = BARIS_STATUS.map(({ kunci }) => ({
    status: kunci,
    jumlah: pegawai.filter((p) => p.status === kunci).length,
  }));
  return { baris, total: baris.reduce((a, b) => a + b.jumlah, 0) };
}

/**
 * Table 3.7 "Analisis atas efisiensi penggunaan sumber daya": per unit, the ANJAB/ABK needs for struktural and
 * pelaksana posts against the current struktural, pelaksana PNS (PNS/CPNS) and pelaksana non-PNS. Fungsional
 * posts are outside this table, as in the report. Units appear in the given order when they have a need or
 * a struktural/pelaksana employee; an employee of an unknown unit gets a row under its code so no one is lost.
 */
export function tabelAnjab(
  units: readonly UnitRekap[],
  anjab: readonly BarisAnjab[],
  pegawai: readonly BarisPegawai[],
): Tabel37 {
  const peta = new Map<string, Baris37>();
  const baris = (kode: string): Baris37 => {
    let b = peta.get(kode);
    if (!b) {
      const nama = units.find((u) => u.kode === kode)?.nama ?? kode;
      b = {
        unitKode: kode,
        nama,
        anjabStruktural: 0,
        anjabPelaksana: 0,
        struktural: 0,
        pelaksanaPns: 0,
        pelaksanaNonPns: 0,
      };
      peta.set(kode, b);
    }
    return b;
  };
  for (const a of anjab) {
    if (a.jenisJabatan === "struktural") baris(a.unitKode).anjabStruktural += a.jumlah;
    else if (a.jenisJabatan === "pelaksana") baris(a.unitKode).anjabPelaksana += a.jumlah;
  }
  for (const p of pegawai) {
    if (p.jenisJabatan === "struktural") baris(p.unitKode).struktural += 1;
    else if (p.jenisJabatan === "pelaksana") {
      if (BERGOLONGAN.has(p.status)) baris(p.unitKode).pelaksanaPns += 1;
      else baris(p.unitKode).pelaksanaNonPns += 1;
    }
  }
  const urutan = new Map(units.map((u, i) => [u.kode, i]));
  const daftar = [...peta.values()]
    .filter(
      (b) => b.anjabStruktural + b.anjabPelaksana + b.struktural + b.pelaksanaPns + b.pelaksanaNonPns > 0,
    )
    .sort(
      (a, b) =>
        (urutan.get(a.unitKode) ?? Number.MAX_SAFE_INTEGER) -
        (urutan.get(b.unitKode) ?? Number.MAX_SAFE_INTEGER),
    );
  const jumlah = {
    anjabStruktural: 0,
    anjabPelaksana: 0,
    struktural: 0,
    pelaksanaPns: 0,
    pelaksanaNonPns: 0,
  };
  for (const b of daftar) {
    jumlah.anjabStruktural += b.anjabStruktural;
    jumlah.anjabPelaksana += b.anjabPelaksana;
    jumlah.struktural += b.struktural;
    jumlah.pelaksanaPns += b.pelaksanaPns;
    jumlah.pelaksanaNonPns += b.pelaksanaNonPns;
  }
  return {
    baris: daftar,
    jumlah,
    totalAnjab: jumlah.anjabStruktural + jumlah.anjabPelaksana,
    totalKondisi: jumlah.struktural + jumlah.pelaksanaPns + jumlah.pelaksanaNonPns,
  };
}
