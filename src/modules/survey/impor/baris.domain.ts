/**
 * Checks the rows of a typed-in paper questionnaire sheet (one row per respondent) and turns each into the
 * answers and profile the survey core stores. Pure: the questionnaire's unsur and the OPD's service types come
 * in as data. Every error names the row as a spreadsheet numbers it (header = row 1) and the column as written.
 */
import { PANJANG_SARAN_MAKS } from "../survey.schemas.ts";

/** An unsur as the import needs it: key (U1…), name (also accepted as a header) and whether it must be answered. */
export type UnsurImpor = { kunci: string; nama: string; wajib: boolean };

/** A service type of the OPD: code, or name, may be written in the jenis_layanan column. */
export type JenisLayananImpor = { kode: string; nama: string };

/** One row-level error, in Indonesian, with the 1-based spreadsheet row and the column header. */
export type GalatBaris = { baris: number; kolom: string; pesan: string };

/** Respondent profile values in the form the database accepts (migration 0005 checks). */
export type ProfilImpor = {
  jenisKelamin: "L" | "P" | null;
  usia: number | null;
  pendidikan: string | null;
  pekerjaan: string | null;
};

/** One valid respondent: answers by unsur key (null = blank), service type code, profile, saran, date. */
export type BarisImpor = ProfilImpor & {
  baris: number;
  jawaban: Record<string, number | null>;
  jenisLayananKode: string | null;
  saran: string | null;
  tanggal: string | null;
};

/** The longest saran stored: the same limit the form and kirimRespons apply. */
export const SARAN_MAKS = PANJANG_SARAN_MAKS;

/** Education values of skm_respons.pendidikan, with what people type on paper forms. */
const PENDIDIKAN: Record<string, string> = {
  sd: "SD",
  smp: "SMP",
  sltp: "SMP",
  sma: "SMA",
  smk: "SMA",
  slta: "SMA",
  "d1-d3": "D1-D3",
  d1: "D1-D3",
  d2: "D1-D3",
  d3: "D1-D3",
  diploma: "D1-D3",
  "d4-s1": "D4-S1",
  d4: "D4-S1",
  s1: "D4-S1",
  "s2-s3": "S2-S3",
  s2: "S2-S3",
  s3: "S2-S3",
  lainnya: "lainnya",
};

/** Occupation values of skm_respons.pekerjaan, with common spellings. */
const PEKERJAAN: Record<string, string> = {
  pns: "PNS",
  asn: "PNS",
  "tni/polri": "TNI/POLRI",
  tni: "TNI/POLRI",
  polri: "TNI/POLRI",
  swasta: "swasta",
  "pegawai swasta": "swasta",
  wirausaha: "wirausaha",
  wiraswasta: "wirausaha",
  "pelajar/mahasiswa": "pelajar/mahasiswa",
  pelajar: "pelajar/mahasiswa",
  mahasiswa: "pelajar/mahasiswa",
  lainnya: "lainnya",
};

const JENIS_KELAMIN: Record<string, "L" | "P"> = {
  l: "L",
  "laki-laki": "L",
  "laki laki": "L",
  pria: "L",
  p: "P",
  perempuan: "P",
  wanita: "P",
};

type Peran =
  | { jenis: "unsur"; kunci: string }
  | { jenis: "jenis_layanan" | "jenis_kelamin" | "usia" | "pendidikan" | "pekerjaan" | "saran" | "tanggal" };

const KOLOM_PROFIL: Record<string, Peran["jenis"]> = {
  jenis_layanan: "jenis_layanan",
  layanan: "jenis_layanan",
  jenis_kelamin: "jenis_kelamin",
  kelamin: "jenis_kelamin",
  usia: "usia",
  umur: "usia",
  pendidikan: "pendidikan",
  pekerjaan: "pekerjaan",
  saran: "saran",
  tanggal: "tanggal",
};

const normal = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");

/** The column roles of a header row; unknown columns are ignored, a duplicated or missing unsur is an error. */
export function petakanKepala(
  kepala: readonly string[],
  unsur: readonly UnsurImpor[],
): { peran: (Peran | null)[]; galat: GalatBaris[] } {
  const galat: GalatBaris[] = [];
  const dikenal = new Map<string, Peran>();
  for (const u of unsur) {
    dikenal.set(normal(u.kunci), { jenis: "unsur", kunci: u.kunci });
    dikenal.set(normal(u.nama), { jenis: "unsur", kunci: u.kunci });
  }
  for (const [nama, jenis] of Object.entries(KOLOM_PROFIL)) dikenal.set(normal(nama), { jenis } as Peran);
  const terpakai = new Map<string, string>();
  const peran = kepala.map((h) => {
    const p = dikenal.get(normal(h)) ?? null;
    if (p === null) return null;
    const id = p.jenis === "unsur" ? p.kunci : p.jenis;
    const sebelumnya = terpakai.get(id);
    if (sebelumnya !== undefined) {
      galat.push({
        baris: 1,
        kolom: h,
        pesan: `Kolom "${h}" sama dengan kolom "${sebelumnya}"; hapus salah satu.`,
      });
      return null;
    }
    terpakai.set(id, h);
    return p;
  });
  for (const u of unsur) {
    if (u.wajib && !terpakai.has(u.kunci)) {
      galat.push({
        baris: 1,
        kolom: u.kunci,
        pesan: `Kolom unsur ${u.kunci} (${u.nama}) tidak ada pada baris judul.`,
      });
    }
  }
  return { peran, galat };
}

function tanggalIso(teks: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(teks);
  let [th, bl, hr] = m ? [m[1], m[2], m[3]] : [undefined, undefined, undefined];
  if (!m) {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(teks);
    if (!m) return null;
    [hr, bl, th] = [m[1], m[2], m[3]];
  }
  const t = Number(th);
  const b = Number(bl);
  const h = Number(hr);
  const akhir = new Date(Date.UTC(t, b, 0)).getUTCDate();
  if (b < 1 || b > 12 || h < 1 || h > akhir) return null;
  return `${t}-${String(b).padStart(2, "0")}-${String(h).padStart(2, "0")}`;
}

/**
 * Reads the data rows under a header. A row whose every cell is empty is skipped (spreadsheets leave them);
 * any other row is either valid or yields one error per bad cell. With `rentang`, a date outside it is an error.
 */
export function periksaBaris(
  tabel: readonly (readonly string[])[],
  unsur: readonly UnsurImpor[],
  jenisLayanan: readonly JenisLayananImpor[],
  rentang: { mulai: string; selesai: string } | null = null,
): { sah: BarisImpor[]; galat: GalatBaris[] } {
  const [kepala, ...data] = tabel;
  if (kepala === undefined || kepala.every((h) => h.trim() === "")) {
    return {
      sah: [],
      galat: [{ baris: 1, kolom: "-", pesan: "Berkas kosong: baris judul (U1…U9) tidak ditemukan." }],
    };
  }
  const { peran, galat } = petakanKepala(kepala, unsur);
  if (galat.length > 0) return { sah: [], galat };
  const layanan = new Map<string, string>();
  for (const j of jenisLayanan) {
    layanan.set(normal(j.kode), j.kode);
    layanan.set(normal(j.nama), j.kode);
  }
  const kolomUnsur = new Map(
    peran.flatMap((p, k) => (p?.jenis === "unsur" ? [[p.kunci, kepala[k] ?? p.kunci] as const] : [])),
  );
  const sah: BarisImpor[] = [];
  data.forEach((sel, i) => {
    const nomor = i + 2;
    if (sel.every((s) => s.trim() === "")) return;
    const galatBaris: GalatBaris[] = [];
    const salah = (kolom: string, pesan: string) => galatBaris.push({ baris: nomor, kolom, pesan });
    const hasil: BarisImpor = {
      baris: nomor,
      jawaban: Object.fromEntries(unsur.map((u) => [u.kunci, null])),
      jenisLayananKode: null,
      saran: null,
      tanggal: null,
      jenisKelamin: null,
      usia: null,
      pendidikan: null,
      pekerjaan: null,
    };
    peran.forEach((p, k) => {
      const kolom = kepala[k] ?? "";
      const mentah = sel[k] ?? "";
      const teks = mentah.trim();
      if (p === null || (teks === "" && p.jenis !== "unsur")) return;
      switch (p.jenis) {
        case "unsur": {
          if (teks === "") return;
          const n = Number(teks.replace(",", "."));
          if (!/^-?\d+([.,]\d+)?$/.test(teks) || !Number.isFinite(n)) {
            salah(kolom, `Nilai "${teks}" bukan angka; isi 1, 2, 3 atau 4 (kosongkan bila tidak dijawab).`);
          } else if (!Number.isInteger(n) || n < 1 || n > 4) {
            salah(kolom, `Nilai ${teks} di luar skala 1–4.`);
          } else hasil.jawaban[p.kunci] = n;
          return;
        }
        case "jenis_layanan": {
          const kode = layanan.get(normal(teks));
          if (kode === undefined) {
            const contoh = jenisLayanan.map((j) => j.kode).join(", ");
            salah(
              kolom,
              `Jenis layanan "${teks}" tidak dikenal${contoh ? ` (yang terdaftar: ${contoh})` : ""}.`,
            );
          } else hasil.jenisLayananKode = kode;
          return;
        }
        case "jenis_kelamin": {
          const jk = JENIS_KELAMIN[normal(teks)];
          if (jk === undefined) salah(kolom, `Jenis kelamin "${teks}" tidak dikenal; isi L atau P.`);
          else hasil.jenisKelamin = jk;
          return;
        }
        case "usia": {
          const n = Number(teks);
          if (!/^\d+$/.test(teks) || n < 10 || n > 120)
            salah(kolom, `Usia "${teks}" harus bilangan bulat 10–120.`);
          else hasil.usia = n;
          return;
        }
        case "pendidikan": {
          const v = PENDIDIKAN[normal(teks).replace(/\s*\/\s*|\s*-\s*/g, "-")] ?? PENDIDIKAN[normal(teks)];
          if (v === undefined)
            salah(
              kolom,
              `Pendidikan "${teks}" tidak dikenal; isi SD, SMP, SMA, D1-D3, D4-S1, S2-S3 atau lainnya.`,
            );
          else hasil.pendidikan = v;
          return;
        }
        case "pekerjaan": {
          const v = PEKERJAAN[normal(teks)];
          if (v === undefined) {
            salah(
              kolom,
              `Pekerjaan "${teks}" tidak dikenal; isi PNS, TNI/POLRI, swasta, wirausaha, pelajar/mahasiswa atau lainnya.`,
            );
          } else hasil.pekerjaan = v;
          return;
        }
        case "saran": {
          if ([...teks].length > SARAN_MAKS) {
            salah(
              kolom,
              `Saran terlalu panjang (${[...teks].length} karakter; paling banyak ${SARAN_MAKS}).`,
            );
          } else hasil.saran = teks;
          return;
        }
        case "tanggal": {
          const iso = tanggalIso(teks);
          if (iso === null)
            salah(kolom, `Tanggal "${teks}" tidak dapat dibaca; tulis 2024-03-15 atau 15/03/2024.`);
          else if (rentang !== null && (iso < rentang.mulai || iso > rentang.selesai)) {
            salah(kolom, `Tanggal ${iso} di luar periode survei (${rentang.mulai} s.d. ${rentang.selesai}).`);
          } else hasil.tanggal = iso;
          return;
        }
      }
    });
    for (const u of unsur) {
      const kolom = kolomUnsur.get(u.kunci);
      if (
        u.wajib &&
        kolom !== undefined &&
        hasil.jawaban[u.kunci] === null &&
        !galatBaris.some((g) => g.kolom === kolom)
      ) {
        salah(kolom, `Unsur ${u.kunci} (${u.nama}) wajib dijawab; kolom ini kosong.`);
      }
    }
    if (galatBaris.length > 0) galat.push(...galatBaris);
    else sah.push(hasil);
  });
  return { sah, galat };
}
