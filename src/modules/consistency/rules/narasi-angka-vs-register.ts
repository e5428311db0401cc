/**
 * Counts stated in a narrative ("15 orang PNS", "14 Desa", "139 RT", "45.853 jiwa") must equal the counts
 * in the registers (design brief principle 1: a number is stored once). Catches Malili 2024's "15 (empat
 * belas) orang PNS" against 14 PNS in the staff register.
 *
 * Severity: galat when the noun follows the figure directly in an OPD-level text (the organisation's own
 * description); peringatan when the text is about one sasaran or budget item (it may count a subset, "di 5
 * desa") or when the noun is inferred from the sentence ("… ASN … sebanyak 22 orang"); info when the register
 * holds too little data to check. Staffing categories are documented in register.ts.
 */
import { formatAngka } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan, NarasiPeriksa } from "../data-pemeriksaan.ts";
import { lokasiNarasi } from "../lokasi.ts";
import { nilaiBulat } from "../nilai-temuan.ts";
import { type AngkaDalamTeks, pindaiAngka } from "../pindai-angka.ts";
import { hitungRegister, type KunciRegister, NAMA_REGISTER, type Register } from "../register.ts";
import type { Temuan } from "../temuan.ts";

const ID = "narasi-angka-vs-register";

/** Nouns right after a figure (after its bracketed words), most specific first. */
const KATA_BENDA: readonly { pola: RegExp; kunci: KunciRegister }[] = [
  {
    pola: /^(?:orang\s+)?(?:non[\s-]?pns|non[\s-]?asn|(?:tenaga\s+)?honorer|upah\s+jasa|ptt)\b/i,
    kunci: "non_pns",
  },
  { pola: /^(?:orang\s+)?pppk\b/i, kunci: "pppk" },
  { pola: /^(?:orang\s+)?cpns\b/i, kunci: "cpns" },
  { pola: /^(?:orang\s+)?pns\b/i, kunci: "pns" },
  { pola: /^(?:orang\s+)?asn\b/i, kunci: "asn" },
  { pola: /^(?:orang\s+)?(?:pegawai|aparatur|personil|karyawan)\b/i, kunci: "pegawai" },
  { pola: /^desa\s*\/\s*kelurahan\b/i, kunci: "desa_kelurahan" },
  { pola: /^desa\b/i, kunci: "desa" },
  { pola: /^kelurahan\b/i, kunci: "kelurahan" },
  { pola: /^(?:dusun|lingkungan)\b/i, kunci: "dusun" },
  { pola: /^(?:RT|[Rr]ukun\s+[Tt]etangga)\b/, kunci: "rt" },
];

/** Words earlier in the sentence that say what a bare "N orang" counts; the nearest one wins. */
const KONTEKS_ORANG: readonly { pola: RegExp; kunci: KunciRegister }[] = [
  { pola: /\b(?:non[\s-]?pns|non[\s-]?asn|honorer|upah\s+jasa|ptt)\b/gi, kunci: "non_pns" },
  { pola: /\bpppk\b/gi, kunci: "pppk" },
  { pola: /\bcpns\b/gi, kunci: "cpns" },
  { pola: /\bpns\b/gi, kunci: "pns" },
  { pola: /\basn\b/gi, kunci: "asn" },
  { pola: /\b(?:pegawai|aparatur|personil|karyawan)\b/gi, kunci: "pegawai" },
];

/** Words earlier in the sentence that say what "N jiwa" counts; the nearest one wins. */
const KONTEKS_JIWA: readonly { pola: RegExp; kunci: KunciRegister }[] = [
  { pola: /\blaki[\s-]?laki\b/gi, kunci: "penduduk_laki" },
  { pola: /\bperempuan\b/gi, kunci: "penduduk_perempuan" },
  { pola: /\bpenduduk\b/gi, kunci: "penduduk" },
];

type Klaim = { kunci: KunciRegister; kutipan: string; langsung: boolean };

function konteksTerdekat(
  sebelum: string,
  daftar: typeof KONTEKS_ORANG,
): { kunci: KunciRegister; posisi: number } | null {
  let terbaik: { kunci: KunciRegister; posisi: number } | null = null;
  for (const { pola, kunci } of daftar) {
    for (const m of sebelum.matchAll(pola)) {
      const posisi = m.index ?? 0;
      // "non pns" also contains "pns": at equal or overlapping positions the earlier, more specific entry wins
      if (terbaik === null || posisi > terbaik.posisi + 4) terbaik = { kunci, posisi };
    }
  }
  return terbaik;
}

function bacaKlaim(a: AngkaDalamTeks, isi: string): Klaim | null {
  const sesudah = a.sesudah.replace(/^[ \u00a0]+/, "");
  const spasi = a.sesudah.length - sesudah.length;
  for (const { pola, kunci } of KATA_BENDA) {
    const m = pola.exec(sesudah);
    if (m !== null)
      return { kunci, kutipan: isi.slice(a.awal, a.akhir + spasi + m[0].length), langsung: true };
  }
  const benda = /^(orang|jiwa)\b/i.exec(sesudah);
  if (benda === null) return null;
  const konteks = konteksTerdekat(
    a.sebelum,
    benda[1]?.toLowerCase() === "jiwa" ? KONTEKS_JIWA : KONTEKS_ORANG,
  );
  if (konteks === null) return null;
  const mulai = a.awal - a.sebelum.length + konteks.posisi;
  return {
    kunci: konteks.kunci,
    kutipan: isi.slice(mulai, a.akhir + spasi + benda[0].length),
    langsung: false,
  };
}

function tingkatKlaim(n: NarasiPeriksa, k: Klaim): "galat" | "peringatan" {
  const tingkatOpd = n.sasaranId === null && n.kodeAnggaran === null;
  return tingkatOpd && k.langsung ? "galat" : "peringatan";
}

function temuanKlaim(
  data: DataPemeriksaan,
  n: NarasiPeriksa,
  a: AngkaDalamTeks,
  k: Klaim,
  reg: Register,
): Temuan | null {
  const terdaftar = reg[k.kunci];
  const { kata, sumber } = NAMA_REGISTER[k.kunci];
  const lokasi = lokasiNarasi(data, n);
  if (terdaftar === null) {
    return {
      aturan: ID,
      tingkat: "info",
      lokasi,
      pesan: `Teks "${k.kutipan}" tidak dapat diperiksa karena ${sumber} belum memuat data ${kata}.`,
    };
  }
  if (terdaftar === a.nilai) return null;
  return {
    aturan: ID,
    tingkat: tingkatKlaim(n, k),
    lokasi,
    pesan: `Teks "${k.kutipan}" menyebut ${formatAngka(String(a.nilai))} ${kata}, sedangkan ${sumber} mencatat ${formatAngka(String(terdaftar))}.`,
    ...nilaiBulat(a.nilai, terdaftar),
  };
}

/** Every counted noun in the year's narratives compared with the register count it refers to. */
export function periksaNarasiAngkaVsRegister(data: DataPemeriksaan): Temuan[] {
  const reg = hitungRegister(data);
  const temuan: Temuan[] = [];
  for (const n of data.narasi) {
    for (const a of pindaiAngka(n.isi)) {
      const klaim = bacaKlaim(a, n.isi);
      if (klaim === null) continue;
      const t = temuanKlaim(data, n, a, klaim, reg);
      if (t !== null) temuan.push(t);
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanNarasiAngkaVsRegister: AturanKonsistensi = {
  id: ID,
  judul: "Jumlah dalam narasi sama dengan register",
  uraian:
    "Jumlah pegawai (PNS, ASN, Non PNS), desa, kelurahan, dusun/lingkungan, RT dan penduduk yang disebut dalam narasi dibandingkan dengan data register pegawai, wilayah dan penduduk.",
  periksa: periksaNarasiAngkaVsRegister,
};
