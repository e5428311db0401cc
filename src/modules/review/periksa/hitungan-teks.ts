/**
 * Counts in the narrative against the report's own tables and words (issue 7 item 2): a figure and its
 * words in brackets ("15 (empat belas)"), staff counts against the staffing table ("15 orang PNS" while
 * the table lists 14), recommendations against the rows of the follow-up matrix, sasaran and indicators
 * against the Perjanjian Kinerja table.
 */
import { type Desimal, desimal } from "../../../platform/decimal.ts";
import { pindaiAngka } from "../../consistency/pindai-angka.ts";
import { bacaTerbilang } from "../../consistency/terbilang.ts";
import { type BagianTabel, barisJumlah, kolomPeran, labelBaris } from "../kenali-tabel.ts";
import type { ParagrafNaskah } from "../naskah.ts";
import { bandingAngka, desimalSel, lokasiParagraf, namaTabel, selKosong } from "./bantu.ts";
import type { AturanReviu, KonteksReviu, TemuanBerurut } from "./konteks.ts";

type Hitungan = { nilai: number; sumber: string };

function nilaiBaris(b: BagianTabel, sel: readonly string[]): Desimal | null {
  const kol = b.kolom.filter((k) => k.peran === "jumlah").at(-1);
  if (kol !== undefined) {
    const t = sel[kol.indeks];
    return selKosong(t) ? desimal(0n) : desimalSel(t);
  }
  for (let i = sel.length - 1; i >= 0; i--) {
    const t = sel[i] ?? "";
    if (t.trim() === "") continue;
    return selKosong(t) ? desimal(0n) : desimalSel(t);
  }
  return null;
}

/** Staff per status from the staffing table that lists PNS, PPPK, upah jasa … as rows. */
function hitunganPegawai(k: KonteksReviu): Map<string, Hitungan> {
  const hasil = new Map<string, Hitungan>();
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis !== "pegawai") continue;
      const baris = new Map<string, number>();
      for (const x of b.baris) {
        if (barisJumlah(x.baris)) continue;
        const v = nilaiBaris(b, x.baris.sel);
        if (v !== null)
          baris.set(labelBaris(b, x.baris).trim().toLowerCase(), Number(v.nilai) / 10 ** v.skala);
      }
      if (!baris.has("pns")) continue;
      const ambil = (...label: string[]) => label.reduce((s, l) => s + (baris.get(l) ?? 0), 0);
      const sumber = namaTabel(t.tabel);
      hasil.set("pns", { nilai: ambil("pns"), sumber });
      hasil.set("asn", { nilai: ambil("pns", "cpns", "pppk"), sumber });
      hasil.set("non_asn", {
        nilai: ambil("ptt", "upah jasa", "non asn", "non pns", "honorer", "tenaga kontrak"),
        sumber,
      });
      return hasil;
    }
  }
  return hasil;
}

function hitunganTabel(k: KonteksReviu): Map<string, Hitungan> {
  const hasil = hitunganPegawai(k);
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis === "tindak_lanjut" && !hasil.has("rekomendasi")) {
        const kolNo = kolomPeran(b, "no");
        const baris = b.baris.filter(
          (x) => kolNo === undefined || (x.baris.sel[kolNo.indeks] ?? "").trim() !== "",
        );
        hasil.set("rekomendasi", { nilai: baris.length, sumber: namaTabel(t.tabel) });
      }
      if (
        b.jenis === "indikator" &&
        /perjanjian kinerja/i.test(t.tabel.judul ?? "") &&
        !hasil.has("indikator")
      ) {
        const kolSasaran = kolomPeran(b, "sasaran");
        const baris = b.baris.filter((x) => !barisJumlah(x.baris));
        hasil.set("indikator", { nilai: baris.length, sumber: namaTabel(t.tabel) });
        if (kolSasaran !== undefined) {
          const sasaran = new Set(
            baris
              .map((x) => (x.baris.sel[kolSasaran.indeks] ?? "").trim().toLowerCase())
              .filter((s) => s !== ""),
          );
          hasil.set("sasaran", { nilai: sasaran.size, sumber: namaTabel(t.tabel) });
        }
      }
    }
  }
  return hasil;
}

const POLA_BENDA: readonly [RegExp, string, string][] = [
  [
    /^\s*(?:orang\s+)?(?:non[\s-]?pns|non[\s-]?asn|tenaga upah jasa|upah jasa|ptt|honorer)\b/i,
    "non_asn",
    "pegawai non ASN",
  ],
  [/^\s*(?:orang\s+)?pns\b/i, "pns", "PNS"],
  [/^\s*(?:orang\s+)?asn\b/i, "asn", "ASN"],
  [/^\s*(?:butir\s+|buah\s+)?rekomendasi\b/i, "rekomendasi", "rekomendasi"],
  [/^\s*sasaran(?:\s+strategis)?\b/i, "sasaran", "sasaran strategis"],
  [/^\s*indikator(?:\s+kinerja)?(?:\s+utama)?\b/i, "indikator", "indikator kinerja"],
];

const BAGIAN_SAJA =
  /^\s*\S+(?:\s+(?:strategis|kinerja|utama|hasil evaluasi))*\s+(?:yang|dapat|bisa|telah|sudah|belum|tidak|masih|akan)\b/i;

function temuanParagraf(
  p: ParagrafNaskah & { urutan: number },
  posisi: number,
  kutipan: string,
  pesan: string,
  kode: string,
  dinyatakan: number,
  dihitung: number,
): TemuanBerurut {
  return {
    kode,
    jenis: "hitungan_teks",
    tingkat: "tinggi",
    pesan,
    lokasi: lokasiParagraf(p, kutipan),
    ...bandingAngka(desimal(String(dinyatakan)), desimal(String(dihitung))),
    urutan: p.urutan * 10_000 + posisi,
  };
}

/** Numbers in the text that their words or the tables contradict. */
export const periksaHitunganTeks: AturanReviu = (konteks) => {
  const tabel = hitunganTabel(konteks);
  const hasil: TemuanBerurut[] = [];
  for (const p of konteks.paragraf) {
    for (const a of pindaiAngka(p.teks)) {
      const kutipan =
        `${a.sebelum.slice(-50)}${p.teks.slice(a.awal, a.akhir)}${a.sesudah.slice(0, 40)}`.trim();
      if (a.dalamKurung !== null) {
        const kata = bacaTerbilang(a.dalamKurung);
        if (kata !== null && kata !== a.nilai) {
          hasil.push(
            temuanParagraf(
              p,
              a.awal,
              kutipan,
              `Angka ${a.teks} ditulis dengan kata "${a.dalamKurung}" (${kata}).`,
              "terbilang_tidak_sesuai",
              a.nilai,
              kata,
            ),
          );
        }
      }
      for (const [pola, kunci, nama] of POLA_BENDA) {
        if (!pola.test(a.sesudah)) continue;
        const h = tabel.get(kunci);
        if (h === undefined || h.nilai === a.nilai) break;
        // a year, a page or a rule number is not a count
        if (/\b(tahun|nomor|no\.|pasal|ayat)\s*$/i.test(a.sebelum)) break;
        // "hanya 1 sasaran yang …", "1 (satu) sasaran dapat diukur": a part, not the whole
        if (/\b(hanya|baru|sebagian)\s*$/i.test(a.sebelum) || BAGIAN_SAJA.test(a.sesudah)) break;
        hasil.push(
          temuanParagraf(
            p,
            a.awal,
            kutipan,
            `Teks menyebut ${a.nilai} ${nama}, sedangkan ${h.sumber} mencatat ${h.nilai}.`,
            "hitungan_teks_vs_tabel",
            a.nilai,
            h.nilai,
          ),
        );
        break;
      }
      if (/\basn\b[^.;]{0,60}\bsebanyak\s*$/i.test(a.sebelum) && /^\s*orang\b/i.test(a.sesudah)) {
        const h = tabel.get("asn");
        if (h !== undefined && h.nilai !== a.nilai) {
          hasil.push(
            temuanParagraf(
              p,
              a.awal,
              kutipan,
              `Teks menyebut ${a.nilai} orang ASN, sedangkan ${h.sumber} mencatat ${h.nilai}.`,
              "hitungan_teks_vs_tabel",
              a.nilai,
              h.nilai,
            ),
          );
        }
      }
    }
  }
  return hasil;
};
