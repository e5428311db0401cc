import type { z } from "zod";
import { inputTidakValid } from "../../platform/errors.ts";
import type { skemaKuesionerKhusus, skemaPeriodeSkm } from "./survey.schemas.ts";

/** Answer labels a custom unsur gets when the form does not name its own (1 = worst, 4 = best). */
export const LABEL_BAKU: readonly [string, string, string, string] = [
  "Tidak baik",
  "Kurang baik",
  "Baik",
  "Sangat baik",
];

function angkaAtauKosong(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === "") return undefined;
  return Number(v.trim().replace(",", "."));
}

function teksAtauNull(v: string | undefined): string | null {
  return v === undefined || v.trim() === "" ? null : v.trim();
}

/**
 * The fields of the "add a period" form as the period service takes them: numbers parsed (a blank stays blank so
 * the schema names the field), an empty indicator or stated number of users as "none", the checkbox as a boolean.
 * Why: the form posts text; the service validates.
 */
export function isianPeriode(isian: Record<string, string>): z.input<typeof skemaPeriodeSkm> {
  const jumlah = angkaAtauKosong(isian.jumlahPengguna);
  return {
    tahun: angkaAtauKosong(isian.tahun) as number,
    periodeJenis: (isian.periodeJenis ?? "") as "tahun",
    periodeKe: angkaAtauKosong(isian.periodeKe) as number,
    mulai: isian.mulai ?? "",
    selesai: isian.selesai ?? "",
    jumlahPengguna: jumlah === undefined ? null : jumlah,
    indikatorKode: teksAtauNull(isian.indikatorKode),
    kuesionerKode: teksAtauNull(isian.kuesionerKode) ?? undefined,
    kodeSekaliPakai: isian.kodeSekaliPakai === "ya",
  };
}

/**
 * Reads a weight written as a fraction ("1/9") or an exact decimal with a comma or a point ("0,25", "0.1111"),
 * or null when it is neither. Why: people write weights as decimals; the service keeps exact fractions.
 */
export function bacaBobotIsian(teks: string): { pembilang: number; penyebut: number } | null {
  const t = teks.trim();
  const pecahan = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (pecahan) {
    const pembilang = Number(pecahan[1]);
    const penyebut = Number(pecahan[2]);
    return pembilang > 0 && penyebut > 0 ? { pembilang, penyebut } : null;
  }
  const desimal = /^(\d+)(?:[.,](\d{1,9}))?$/.exec(t);
  if (!desimal) return null;
  const pecah = desimal[2] ?? "";
  const penyebut = 10 ** pecah.length;
  const pembilang = Number(desimal[1]) * penyebut + Number(pecah || "0");
  if (pembilang <= 0 || !Number.isSafeInteger(pembilang)) return null;
  const f = fpb(pembilang, penyebut);
  return { pembilang: pembilang / f, penyebut: penyebut / f };
}

function fpb(a: number, b: number): number {
  return b === 0 ? a : fpb(b, a % b);
}

/** One unsur of a custom questionnaire as the service takes it. */
export type UnsurIsian = z.input<typeof skemaKuesionerKhusus>["unsur"][number];

/**
 * Reads the unsur of a custom questionnaire from a text area, one per line: "kunci; nama; bobot" with an optional
 * fourth part, the question (else one is made from the name). A line that cannot be read is refused with its
 * number; whether the weights sum to 1 is left to the service, which says so. Why: issue 5 item 1 (custom unsur
 * allowed when the weights sum to 1), typed without JavaScript.
 */
export function bacaUnsurTeks(teks: string): UnsurIsian[] {
  const hasil: UnsurIsian[] = [];
  const baris = teks.split(/\r?\n/);
  for (const [i, mentah] of baris.entries()) {
    const b = mentah.trim();
    if (b === "") continue;
    const bagian = b.split(";").map((s) => s.trim());
    const [kunci = "", nama = "", bobotTeks = "", pertanyaan = ""] = bagian;
    if (bagian.length < 3 || bagian.length > 4 || kunci === "" || nama === "" || bobotTeks === "") {
      throw inputTidakValid(
        `unsur: baris ${i + 1} harus berbentuk "kunci; nama unsur; bobot" (pertanyaan boleh ditambahkan sesudahnya)`,
        "unsur",
      );
    }
    const bobot = bacaBobotIsian(bobotTeks);
    if (!bobot) {
      throw inputTidakValid(
        `unsur: bobot "${bobotTeks}" pada baris ${i + 1} harus pecahan positif (1/9) atau desimal (0,25)`,
        "unsur",
      );
    }
    hasil.push({
      kunci,
      nama,
      pertanyaan:
        pertanyaan || `Bagaimana pendapat Saudara tentang ${nama.toLowerCase()} pada pelayanan ini?`,
      bobot,
      label: [...LABEL_BAKU],
      wajib: true,
    });
  }
  if (hasil.length === 0) throw inputTidakValid("unsur: tuliskan paling sedikit satu unsur", "unsur");
  return hasil;
}
