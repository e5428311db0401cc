import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { bacaKonfigurasi } from "../config.ts";
import { pratinjauImpor, simpanImpor } from "../modules/survey/impor/impor.service.ts";
import { cariPeriodeSkm } from "../modules/survey/survey.service.ts";
import { tentukanOpd } from "../modules/tenancy/tenancy.service.ts";
import { cakupanPublik } from "../platform/http/pemda-context.ts";
import { formatAngka } from "../platform/number-format.ts";
import { siapkanBasisdata } from "../startup.ts";
import { tabelTeks } from "./text-table.ts";

const JENIS_PERIODE = { T: "triwulan", S: "semester" } as const;

/** Reads "2024", "2024-T2" or "2024-S1" into year, period kind and number, as `skm hitung` does. */
export function bacaPeriodeCli(teks: string): {
  tahun: number;
  jenis: "triwulan" | "semester" | "tahun";
  ke: number;
} {
  const m = /^(\d{4})(?:-([TS])([1-4]))?$/i.exec(teks.trim());
  if (!m) throw new Error("--periode harus TAHUN, TAHUN-T1..T4 atau TAHUN-S1..S2, mis. --periode 2024");
  const huruf = m[2]?.toUpperCase() as "T" | "S" | undefined;
  return { tahun: Number(m[1]), jenis: huruf ? JENIS_PERIODE[huruf] : "tahun", ke: m[3] ? Number(m[3]) : 1 };
}

/**
 * `terukur skm impor --opd KODE --periode TAHUN[-T1..T4|-S1..S2] --berkas FILE [--unit KODE] [--simpan]`: checks a
 * sheet of paper questionnaires (CSV or XLSX) and prints the row errors and the provisional IKM; with --simpan and
 * no error, stores every row in one transaction. Why: issue 5 item 5 — a preview before anything is written.
 */
export async function perintahSkmImpor(argumen: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argumen,
    options: {
      opd: { type: "string" },
      periode: { type: "string" },
      berkas: { type: "string" },
      unit: { type: "string" },
      simpan: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!values.opd || !values.periode || !values.berkas) {
    throw new Error(
      "Isi --opd KODE --periode TAHUN --berkas FILE, mis. --opd malili --periode 2024 --berkas kuesioner.csv",
    );
  }
  const pilihan = bacaPeriodeCli(values.periode);
  const berkas = { nama: basename(values.berkas), isi: new Uint8Array(await readFile(values.berkas)) };
  const konfigurasi = bacaKonfigurasi();
  const basis = await siapkanBasisdata(konfigurasi);
  try {
    const cakupan = await cakupanPublik(basis.db, konfigurasi.kodePemda);
    const opd = await tentukanOpd(basis.db, cakupan, values.opd);
    const periode = await cariPeriodeSkm(basis.db, cakupan, opd.id, pilihan.tahun, pilihan.jenis, pilihan.ke);
    const p = await pratinjauImpor(basis.db, cakupan, periode.id, berkas);
    console.log(`${berkas.nama}: ${p.barisSah} baris sah, ${p.galat.length} galat.`);
    if (p.galat.length > 0) {
      console.log(
        tabelTeks(
          [
            { judul: "Baris", kanan: true },
            { judul: "Kolom", lebarMaks: 24 },
            { judul: "Galat", lebarMaks: 70 },
          ],
          p.galat.map((g) => [String(g.baris), g.kolom, g.pesan]),
        ),
      );
    }
    if (p.hasilSementara !== null) {
      const h = p.hasilSementara;
      console.log(
        tabelTeks(
          [
            { judul: "Unsur", lebarMaks: 45 },
            { judul: "Jumlah", kanan: true },
            { judul: "NRR", kanan: true },
            { judul: "NRR×25", kanan: true },
            { judul: "Mutu" },
          ],
          h.perUnsur.map((u) => [
            `${u.kunci} ${u.nama}`,
            formatAngka(u.jumlah),
            formatAngka(u.nrr, 4),
            formatAngka(u.konversi, 2),
            u.mutu.huruf,
          ]),
        ),
      );
      console.log(
        `IKM sementara (baris sah saja): ${formatAngka(h.ikm, 2)} — mutu ${h.mutu.huruf} (${h.mutu.sebutan})`,
      );
    }
    if (!values.simpan) {
      console.log("Pratinjau saja: tidak ada yang disimpan. Tambahkan --simpan untuk menyimpan.");
      return p.galat.length > 0 ? 1 : 0;
    }
    if (p.galat.length > 0) {
      console.error("Tidak disimpan: perbaiki galat di atas lalu ulangi.");
      return 1;
    }
    const { tersimpan } = await simpanImpor(
      basis.db,
      cakupan,
      periode.id,
      berkas,
      values.unit ? { kodeUnit: values.unit } : {},
    );
    console.log(`${tersimpan} respons tersimpan (sumber: impor).`);
    return 0;
  } finally {
    await basis.tutup();
  }
}
