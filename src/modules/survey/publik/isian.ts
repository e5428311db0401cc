import { type IsianFormulir, namaBidangUnsur } from "./formulir.tsx";

type Badan = Record<string, string | File | (string | File)[]>;

function teks(badan: Badan, nama: string): string {
  const v = badan[nama];
  const satu = Array.isArray(v) ? v[0] : v;
  return typeof satu === "string" ? satu : "";
}

/** Reads a posted form into text fields, one per input, so it can be shown again exactly as typed. */
export function bacaIsian(badan: Badan, kunciUnsur: readonly string[]): IsianFormulir {
  const jawaban: Record<string, string> = {};
  for (const k of kunciUnsur) {
    const v = teks(badan, namaBidangUnsur(k)).trim();
    if (v !== "") jawaban[k] = v;
  }
  return {
    jawaban,
    jenisLayanan: teks(badan, "jenisLayanan").trim(),
    jenisKelamin: teks(badan, "jenisKelamin").trim(),
    usia: teks(badan, "usia").trim(),
    pendidikan: teks(badan, "pendidikan").trim(),
    pekerjaan: teks(badan, "pekerjaan").trim(),
    saran: teks(badan, "saran").replace(/\r\n/g, "\n"),
    kodeSekali: teks(badan, "kodeSekali").trim(),
  };
}

function angka(v: string): number {
  return /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
}

/** The typed form turned into the survey service's input; the service, not this file, judges the values. */
export function keMasukanRespons(isian: IsianFormulir, kunciUnsur: readonly string[]) {
  const jawaban: Record<string, number | null> = {};
  for (const k of kunciUnsur) {
    const v = isian.jawaban[k];
    jawaban[k] = v === undefined ? null : angka(v);
  }
  const kosongJadiNull = (v: string) => (v === "" ? null : v);
  return {
    jawaban,
    jenisLayananKode: kosongJadiNull(isian.jenisLayanan),
    jenisKelamin: kosongJadiNull(isian.jenisKelamin),
    usia: isian.usia === "" ? null : angka(isian.usia),
    pendidikan: kosongJadiNull(isian.pendidikan),
    pekerjaan: kosongJadiNull(isian.pekerjaan),
    saran: isian.saran.trim() === "" ? null : isian.saran,
    kodeSekali: kosongJadiNull(isian.kodeSekali),
  };
}

/**
 * The form field a service refusal points at: the service may name an unsur as "U3" or "jawaban.U3" and a
 * profile field by its input name; anything else is shown at the top of the form.
 */
export function bidangDiFormulir(bidang: string | null, kunciUnsur: readonly string[]): string | null {
  if (!bidang) return null;
  const kunci = bidang.replace(/^jawaban[.[]?/, "").replace(/]$/, "");
  if (kunciUnsur.includes(kunci)) return namaBidangUnsur(kunci);
  const peta: Record<string, string> = {
    jenisLayananKode: "jenisLayanan",
    jenisLayanan: "jenisLayanan",
    jenisKelamin: "jenisKelamin",
    usia: "usia",
    pendidikan: "pendidikan",
    pekerjaan: "pekerjaan",
    saran: "saran",
    kodeSekali: "kodeSekali",
  };
  return peta[bidang] ?? null;
}
