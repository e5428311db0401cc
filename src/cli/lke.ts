import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { bacaJawabanCsv } from "../modules/evaluation/lke-jawaban-csv.ts";
import { type HasilLke, hitungNilaiLke } from "../modules/evaluation/lke-nilai.domain.ts";
import { bacaPaketLke } from "../modules/evaluation/lke-paket.ts";
import { formatAngka } from "../platform/number-format.ts";
import { tabelTeks } from "./text-table.ts";

/**
 * `terukur lke hitung --csv FILE [--json] [--paket FILE]`: scores an LKE answer sheet (columns `kriteria,jawaban`)
 * against a regulation pack (default PermenPANRB 88/2021) and prints every sub-komponen and komponen with its
 * weight and score, the final score and the predikat. Why: issue 6 item 7 — the evaluator's hand computation,
 * reproducible from the command line. Exit 0 scored, 1 refused (file, pack or answers), 2 usage.
 */
export async function perintahLke(argumen: string[]): Promise<number> {
  const [sub, ...sisa] = argumen;
  if (sub !== "hitung") {
    console.error(`Subperintah lke tidak dikenal: ${sub ?? "(kosong)"}; gunakan "lke hitung --csv BERKAS"`);
    return 2;
  }
  const { values } = parseArgs({
    args: sisa,
    options: {
      csv: { type: "string" },
      paket: { type: "string" },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!values.csv) {
    console.error("lke hitung butuh --csv BERKAS (kolom kriteria,jawaban)");
    return 2;
  }
  const paket = await bacaPaketLke(values.paket);
  let teks: string;
  try {
    teks = await readFile(values.csv, "utf8");
  } catch {
    console.error(`Berkas jawaban tidak dapat dibaca: ${values.csv}`);
    return 1;
  }
  const { jawaban, galat } = bacaJawabanCsv(teks, paket);
  if (galat.length > 0) {
    for (const g of galat) console.error(`baris ${g.baris}: ${g.pesan}`);
    console.error(`${galat.length} galat di ${values.csv}; tidak ada nilai yang dihitung.`);
    return 1;
  }
  const hasil = hitungNilaiLke(paket, jawaban);
  if (values.json) console.log(JSON.stringify(keJson(values.csv, hasil), null, 2));
  else console.log(cetakHasil(values.csv, hasil));
  return 0;
}

/** The result with every figure as a JSON number (rounded to 2 decimals, so exactly representable as printed). */
function keJson(sumber: string, h: HasilLke) {
  return {
    sumber,
    paket: h.paket,
    komponen: h.komponen.map((k) => ({
      kode: k.kode,
      nama: k.nama,
      bobot: Number(k.bobot),
      nilai: Number(k.nilai),
      subKomponen: k.subKomponen.map((s) => ({
        kode: s.kode,
        nama: s.nama,
        bobot: Number(s.bobot),
        jumlahKriteria: s.jumlahKriteria,
        rataRataPersen: Number(s.rataRataPersen),
        nilai: Number(s.nilai),
      })),
    })),
    nilaiAkhir: Number(h.nilaiAkhir),
    predikat: h.predikat,
  };
}

function cetakHasil(sumber: string, h: HasilLke): string {
  const baris: string[][] = [];
  for (const k of h.komponen) {
    baris.push([k.kode, k.nama, formatAngka(k.bobot), "", formatAngka(k.nilai, 2)]);
    for (const s of k.subKomponen) {
      baris.push([
        `  ${s.kode}`,
        s.nama,
        formatAngka(s.bobot),
        formatAngka(s.rataRataPersen, 2),
        formatAngka(s.nilai, 2),
      ]);
    }
  }
  const kolom = [
    { judul: "Kode" },
    { judul: "Komponen / sub-komponen", lebarMaks: 60 },
    { judul: "Bobot", kanan: true },
    { judul: "Rata-rata %", kanan: true },
    { judul: "Nilai", kanan: true },
  ];
  const jumlahKriteria = h.komponen.reduce(
    (n, k) => n + k.subKomponen.reduce((m, s) => m + s.jumlahKriteria, 0),
    0,
  );
  return [
    `LKE AKIP dari ${sumber}: ${jumlahKriteria} kriteria, paket ${h.paket.id} versi ${h.paket.versi}`,
    "",
    tabelTeks(kolom, baris),
    "",
    `Nilai akhir: ${formatAngka(h.nilaiAkhir, 2)} — predikat ${h.predikat.huruf} (${h.predikat.sebutan})`,
  ].join("\n");
}
