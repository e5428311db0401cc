/**
 * Indonesian number, money and date formatting, and tolerant-but-safe parsing of what people type.
 * Implements decisions.md "Money and numbers": display "Rp 4.445.199.950 · 96,42 % · 93,05 ·
 * 24 Februari 2025"; input accepts "93,05" and "93.05" where unambiguous and refuses the rest.
 */
import { bulatkan, type Desimal, desimal, keString, ringkas } from "./decimal.ts";

/** Outcome of parsing a typed number: the machine string for NUMERIC, or a message for the user. */
export type HasilParseAngka = { ok: true; nilai: string } | { ok: false; pesan: string };

/** Outcome of parsing a typed rupiah amount: whole rupiah, or a message for the user. */
export type HasilParseRupiah = { ok: true; nilai: bigint } | { ok: false; pesan: string };

/** Indonesian month names, January first: dates, periods and cash plans all print months this way. */
export const NAMA_BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

const CONTOH_ANGKA = "misalnya 93,05 atau 1.234,5";

function kelompokkanRibuan(digit: string): string {
  return digit.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * "Rp 4.445.199.950"; a negative amount is written "-Rp 1.000" (ASCII hyphen, so it survives copy to
 * spreadsheets). Why: rupiah are whole bigint values and must be shown without a float round trip.
 */
export function formatRupiah(n: bigint): string {
  const tanda = n < 0n ? "-" : "";
  const mutlak = n < 0n ? -n : n;
  return `${tanda}Rp ${kelompokkanRibuan(mutlak.toString())}`;
}

/**
 * "93,05", "1.234,5": decimal comma, dot for thousands. With `desimalTetap` the value is rounded half up
 * and padded to that many decimals; without it the exact value is shown without trailing zeros.
 */
export function formatAngka(d: Desimal | string, desimalTetap?: number): string {
  const nilai = typeof d === "string" ? desimal(d) : d;
  const teks = keString(desimalTetap === undefined ? ringkas(nilai) : bulatkan(nilai, desimalTetap));
  const negatif = teks.startsWith("-");
  const [bulat = "", pecahan] = (negatif ? teks.slice(1) : teks).split(".");
  const hasil = kelompokkanRibuan(bulat) + (pecahan === undefined ? "" : `,${pecahan}`);
  return negatif ? `-${hasil}` : hasil;
}

/** "96,42 %": always 2 decimals, half up (decisions.md "Round only for display"). */
export function formatPersen(d: Desimal | string): string {
  return `${formatAngka(d, 2)} %`;
}

/**
 * "24 Februari 2025" from "2025-02-24" (a time part after "T" is ignored: the date is taken as written,
 * never shifted by a time zone). Throws on an impossible date, which is a programming error.
 */
export function formatTanggal(iso: string): string {
  const cocok = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(iso);
  if (cocok === null) throw new RangeError(`Tanggal ISO tidak sah: "${iso}"`);
  const tahun = Number(cocok[1]);
  const bulan = Number(cocok[2]);
  const hari = Number(cocok[3]);
  const namaBulan = NAMA_BULAN[bulan - 1];
  const hariTerakhir = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  if (namaBulan === undefined || hari < 1 || hari > hariTerakhir) {
    throw new RangeError(`Tanggal ISO tidak sah: "${iso}"`);
  }
  return `${hari} ${namaBulan} ${tahun}`;
}

function ribuanSah(bagian: string[]): boolean {
  const [pertama, ...sisa] = bagian;
  return (
    pertama !== undefined &&
    /^[1-9]\d{0,2}$/.test(pertama) &&
    sisa.length > 0 &&
    sisa.every((b) => /^\d{3}$/.test(b))
  );
}

function angkaMesin(negatif: boolean, bulat: string, pecahan: string): string {
  return keString(desimal(`${negatif ? "-" : ""}${bulat}${pecahan === "" ? "" : `.${pecahan}`}`));
}

function pesanTidakSah(asli: string): string {
  return `"${asli}" bukan angka yang dapat dibaca. Tulis dengan angka, ${CONTOH_ANGKA}.`;
}

/**
 * Reads a number typed by a person into a NUMERIC string ("1.234,5" → "1234.5").
 * Rules: one separator kind used once with other than 3 digits after it is the decimal mark
 * ("93,05", "93.05"); repeated, it groups thousands ("4.445.199.950"); with both kinds present the last
 * one is the decimal mark ("1.234,5" and also "1,234.5" from English spreadsheets); a single separator
 * followed by exactly 3 digits ("1.234", "1,234") is ambiguous and refused with both readings spelled out.
 */
export function parseAngka(input: string): HasilParseAngka {
  const asli = input.trim();
  if (asli === "") return { ok: false, pesan: `Angka belum diisi. Tulis angkanya, ${CONTOH_ANGKA}.` };
  const negatif = asli.startsWith("-") || asli.startsWith("−");
  const badan = negatif ? asli.slice(1) : asli;
  if (!/^\d[\d.,]*$/.test(badan) || !/\d$/.test(badan)) return { ok: false, pesan: pesanTidakSah(asli) };

  const jumlahTitik = badan.split(".").length - 1;
  const jumlahKoma = badan.split(",").length - 1;

  if (jumlahTitik === 0 && jumlahKoma === 0) return { ok: true, nilai: angkaMesin(negatif, badan, "") };

  if (jumlahTitik > 0 && jumlahKoma > 0) {
    const tandaDesimal = badan.lastIndexOf(",") > badan.lastIndexOf(".") ? "," : ".";
    const tandaRibuan = tandaDesimal === "," ? "." : ",";
    const posisi = badan.lastIndexOf(tandaDesimal);
    const depan = badan.slice(0, posisi);
    const pecahan = badan.slice(posisi + 1);
    if (badan.indexOf(tandaDesimal) !== posisi || !ribuanSah(depan.split(tandaRibuan))) {
      return {
        ok: false,
        pesan: `"${asli}" tidak dapat dibaca: pemisah ribuan dan desimal tercampur. Tulis dengan titik untuk ribuan dan koma untuk desimal, ${CONTOH_ANGKA}.`,
      };
    }
    return { ok: true, nilai: angkaMesin(negatif, depan.split(tandaRibuan).join(""), pecahan) };
  }

  const pemisah = jumlahTitik > 0 ? "." : ",";
  const bagian = badan.split(pemisah);
  if (bagian.length > 2) {
    if (ribuanSah(bagian)) return { ok: true, nilai: angkaMesin(negatif, bagian.join(""), "") };
    return {
      ok: false,
      pesan: `"${asli}" tidak dapat dibaca: pemisah ribuan harus memisahkan tiap 3 angka, misalnya 4.445.199.950.`,
    };
  }

  const [bulat = "", pecahan = ""] = bagian;
  if (pecahan.length === 3 && ribuanSah(bagian)) {
    const tanda = negatif ? "-" : "";
    return {
      ok: false,
      pesan: `"${asli}" bermakna ganda: bisa ribuan atau desimal. Tulis ${tanda}${bulat}${pecahan} untuk ribuan, atau ${tanda}${bulat},${pecahan}0 untuk desimal.`,
    };
  }
  return { ok: true, nilai: angkaMesin(negatif, bulat, pecahan) };
}

/**
 * Reads a rupiah amount typed by a person ("Rp. 4.445.199.950,-", "4445199950") into whole rupiah.
 * Indonesian grouping only (dot for thousands); a ",-" or ",00" ending is accepted; fractions of a rupiah,
 * negative amounts and a bare "-" are refused (decisions.md: rupiah are whole numbers).
 */
export function parseRupiah(input: string): HasilParseRupiah {
  const asli = input.trim();
  if (asli === "")
    return { ok: false, pesan: "Nilai rupiah belum diisi. Tulis angkanya, misalnya 4.445.199.950." };
  if (asli === "-" || asli === "−") {
    return { ok: false, pesan: 'Tanda "-" tidak diterima sebagai nilai. Tulis 0 bila nilainya nol.' };
  }
  const tanpaRp = asli.replace(/^([-−]?)\s*rp\.?\s*/i, "$1");
  if (/^[-−]\s*\d/.test(tanpaRp)) return { ok: false, pesan: "Nilai rupiah tidak boleh negatif." };

  const cocok = /^(\d+|\d{1,3}(?:\.\d{3})+)(?:,(-|\d+))?$/.exec(tanpaRp);
  if (cocok === null) {
    return {
      ok: false,
      pesan: `"${asli}" bukan nilai rupiah yang dapat dibaca. Tulis angka bulat dengan titik sebagai pemisah ribuan, misalnya Rp 4.445.199.950.`,
    };
  }
  const [, angka = "", sen] = cocok;
  if (sen !== undefined && sen !== "-" && !/^0+$/.test(sen)) {
    return { ok: false, pesan: "Nilai rupiah harus bilangan bulat; pecahan rupiah (sen) tidak diterima." };
  }
  return { ok: true, nilai: BigInt(angka.split(".").join("")) };
}
