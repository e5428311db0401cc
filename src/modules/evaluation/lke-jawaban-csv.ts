/**
 * Reads an LKE answer sheet from CSV text: a header with the columns `kriteria` and `jawaban` (others ignored),
 * one criterion per row, comma or semicolon separated, UTF-8 with or without BOM. Pure: the caller reads the file.
 */
import { bacaCsv } from "../../platform/csv.ts";
import type { PaketLke } from "./lke-paket.domain.ts";

/** A problem in one row, numbered as a spreadsheet or editor shows it (the header is row 1). */
export type GalatBarisLke = { baris: number; pesan: string };

/**
 * Answers by criterion code, with every row-level error: an unknown criterion code, an answer outside the pack's
 * scale, an empty answer, a criterion answered twice. Answers are read case-insensitively ("bb" is BB).
 * Why: `terukur lke hitung --csv` (issue 6 item 7) must say which line to fix, and score nothing until all are fixed.
 */
export function bacaJawabanCsv(
  teks: string,
  paket: PaketLke,
): { jawaban: Map<string, string>; galat: GalatBarisLke[] } {
  const baris = bacaCsv(teks.replace(/^\uFEFF/, ""));
  const jawaban = new Map<string, string>();
  const galat: GalatBarisLke[] = [];
  const kepala = (baris[0] ?? []).map((k) => k.trim().toLowerCase());
  const iKriteria = kepala.indexOf("kriteria");
  const iJawaban = kepala.indexOf("jawaban");
  if (iKriteria < 0 || iJawaban < 0) {
    galat.push({
      baris: 1,
      pesan: `baris judul harus memuat kolom "kriteria" dan "jawaban" (tertulis: ${kepala.join(", ") || "kosong"})`,
    });
    return { jawaban, galat };
  }
  const pilihan = paket.skalaJawaban.map((j) => j.kode).join(", ");
  const barisPertama = new Map<string, number>();
  for (let r = 1; r < baris.length; r++) {
    const sel = baris[r] ?? [];
    if (sel.every((s) => s.trim() === "")) continue;
    const nomor = r + 1;
    const kode = (sel[iKriteria] ?? "").trim();
    const asli = (sel[iJawaban] ?? "").trim();
    const nilai = asli.toUpperCase();
    if (kode === "") {
      galat.push({ baris: nomor, pesan: "kode kriteria kosong" });
      continue;
    }
    if (!paket.kriteriaPerKode.has(kode)) {
      galat.push({ baris: nomor, pesan: `kriteria "${kode}" tidak ada di paket ${paket.id}` });
      continue;
    }
    const sebelumnya = barisPertama.get(kode);
    if (sebelumnya !== undefined) {
      galat.push({ baris: nomor, pesan: `kriteria ${kode} sudah dijawab di baris ${sebelumnya}` });
      continue;
    }
    barisPertama.set(kode, nomor);
    if (nilai === "") {
      galat.push({ baris: nomor, pesan: `kriteria ${kode}: jawaban kosong; isi salah satu dari ${pilihan}` });
      continue;
    }
    if (!paket.jawabanPerKode.has(nilai)) {
      galat.push({
        baris: nomor,
        pesan: `kriteria ${kode}: jawaban "${asli}" harus salah satu dari ${pilihan}`,
      });
      continue;
    }
    jawaban.set(kode, nilai);
  }
  return { jawaban, galat };
}
