/**
 * Budget figures in the narrative against the budget realisation table (issue 7 item 2, counts and
 * figures in the text vs the tables): a sentence that calls the realisation the pagu (or the reverse) —
 * "menggunakan Rp 4.445.199.950 dari pagu Rp 4.286.256.962" when the table's TOTAL row says the opposite.
 * Only a figure equal to the other total is reported, so amounts of one programme are never mistaken.
 */
import { bandingkan, type Desimal } from "../../../platform/decimal.ts";
import { barisJumlah, kolomPeran } from "../kenali-tabel.ts";
import { bandingAngka, desimalSel, lokasiParagraf, namaTabel, tulisAngka } from "./bantu.ts";
import type { AturanReviu, KonteksReviu, TemuanBerurut } from "./konteks.ts";

type Total = { pagu: Desimal; realisasi: Desimal; sumber: string };

function totalAnggaran(k: KonteksReviu): Total | null {
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis !== "realisasi_anggaran") continue;
      const kp = kolomPeran(b, "pagu");
      const kr = kolomPeran(b, "realisasi_anggaran");
      const total = b.baris.filter((x) => barisJumlah(x.baris)).at(-1);
      if (kp === undefined || kr === undefined || total === undefined) continue;
      const pagu = desimalSel(total.baris.sel[kp.indeks]);
      const realisasi = desimalSel(total.baris.sel[kr.indeks]);
      if (pagu !== null && realisasi !== null) return { pagu, realisasi, sumber: namaTabel(t.tabel) };
    }
  }
  return null;
}

const REALISASI = /\b(realisasi|menggunakan|digunakan|terserap|dibelanjakan)\b/i;
const PAGU = /\b(pagu|anggaran|alokasi|dianggarkan)\b/i;

/** Pagu and realisation swapped in a sentence. */
export const periksaAnggaranTeks: AturanReviu = (konteks) => {
  const total = totalAnggaran(konteks);
  if (total === null) return [];
  const hasil: TemuanBerurut[] = [];
  for (const p of konteks.paragraf) {
    let awal = 0;
    for (const m of p.teks.matchAll(/Rp\.?\s*(\d{1,3}(?:\.\d{3})+)/g)) {
      const posisi = m.index ?? 0;
      const segmen = p.teks.slice(awal, posisi);
      awal = posisi + m[0].length;
      const nilai = desimalSel(m[1]);
      if (nilai === null) continue;
      const peran = REALISASI.test(segmen) ? "realisasi" : PAGU.test(segmen) ? "pagu" : null;
      if (peran === null) continue;
      const sendiri = peran === "pagu" ? total.pagu : total.realisasi;
      const lain = peran === "pagu" ? total.realisasi : total.pagu;
      if (bandingkan(nilai, sendiri) === 0 || bandingkan(nilai, lain) !== 0) continue;
      hasil.push({
        kode: "pagu_realisasi_tertukar",
        jenis: "hitungan_teks",
        tingkat: "tinggi",
        pesan: `Teks menyebut ${peran === "pagu" ? "pagu" : "realisasi"} Rp ${tulisAngka(nilai)}, padahal pada ${total.sumber} angka itu adalah ${peran === "pagu" ? "realisasi" : "pagu"}; ${peran === "pagu" ? "pagu" : "realisasi"} di tabel Rp ${tulisAngka(sendiri)}.`,
        lokasi: lokasiParagraf(p, `${segmen.slice(-60)}${m[0]}`),
        ...bandingAngka(nilai, sendiri),
        urutan: p.urutan * 10_000 + posisi,
      });
    }
  }
  return hasil;
};
