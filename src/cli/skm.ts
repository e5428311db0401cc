import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { bacaKonfigurasi } from "../config.ts";
import { agregatCsv } from "../modules/survey/csv-skm.ts";
import {
  cariPeriodeSkm,
  type HasilSkm,
  hasilPeriode,
  hitungSkm,
  terapkanIkmKeIku,
  UNSUR_PERMENPANRB_14_2017,
} from "../modules/survey/survey.service.ts";
import { tentukanOpd } from "../modules/tenancy/tenancy.service.ts";
import type { Db } from "../platform/db/transaction.ts";
import { cakupanPublik } from "../platform/http/pemda-context.ts";
import { formatAngka } from "../platform/number-format.ts";
import type { Cakupan } from "../platform/scope.ts";
import { siapkanBasisdata } from "../startup.ts";
import { perintahSkmImpor } from "./skm-impor.ts";
import { tabelTeks } from "./text-table.ts";

const JENIS_PERIODE = { T: "triwulan", S: "semester" } as const;

/**
 * `terukur skm hitung --csv FILE [--json]` or `terukur skm hitung --opd KODE --periode 2024|2024-T2|2024-S1 [--json]`:
 * the SKM result (per-unsur totals, NRR, konversi, IKM, mutu) of a respondents file or of stored responses.
 * Why: issue 5 item 6 — the hand computation of the paper survey, reproducible from the command line.
 */
export async function perintahSkm(argumen: string[]): Promise<number> {
  const [sub, ...sisa] = argumen;
  if (sub === "impor") return perintahSkmImpor(sisa);
  if (sub === "terapkan") {
    const { values } = parseArgs({
      args: sisa,
      options: { opd: { type: "string" }, periode: { type: "string" } },
      strict: true,
    });
    if (!values.opd || !values.periode) throw new Error("skm terapkan butuh --opd KODE dan --periode TAHUN");
    return terapkan(values.opd, values.periode);
  }
  if (sub !== "hitung")
    throw new Error(
      `Subperintah skm tidak dikenal: ${sub ?? "(kosong)"}; gunakan "skm hitung", "skm impor" atau "skm terapkan"`,
    );
  const { values } = parseArgs({
    args: sisa,
    options: {
      csv: { type: "string" },
      opd: { type: "string" },
      periode: { type: "string" },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.csv) return hitungCsv(values.csv, values.json);
  if (!values.opd || !values.periode) {
    throw new Error(
      "Isi --csv FILE, atau --opd KODE dengan --periode TAHUN (mis. --opd malili --periode 2024)",
    );
  }
  return hitungTersimpan(values.opd, values.periode, values.json);
}

async function hitungCsv(berkas: string, json: boolean): Promise<number> {
  const teks = await readFile(berkas, "utf8");
  const { agregat, responden, galat } = agregatCsv(teks, UNSUR_PERMENPANRB_14_2017);
  if (galat.length > 0) {
    for (const g of galat) console.error(`baris ${g.baris}: ${g.pesan}`);
    console.error(`${galat.length} galat di ${berkas}; tidak ada hasil yang dihitung.`);
    return 1;
  }
  if (responden === 0) {
    console.error(`Tidak ada responden di ${berkas}.`);
    return 1;
  }
  const hasil = hitungSkm(UNSUR_PERMENPANRB_14_2017, agregat);
  if (json) console.log(JSON.stringify({ sumber: berkas, responden, hasil }, null, 2));
  else console.log(cetakHasil(`SKM dari ${berkas}: ${responden} responden`, hasil));
  return 0;
}

/** A survey period named as TAHUN, TAHUN-T1..T4 or TAHUN-S1..S2. */
function bacaPeriode(teksPeriode: string): {
  tahun: number;
  jenis: "tahun" | "triwulan" | "semester";
  ke: number;
} {
  const m = /^(\d{4})(?:-([TS])([1-4]))?$/i.exec(teksPeriode.trim());
  if (!m) throw new Error("--periode harus TAHUN, TAHUN-T1..T4 atau TAHUN-S1..S2, mis. --periode 2024");
  const huruf = m[2]?.toUpperCase() as "T" | "S" | undefined;
  return { tahun: Number(m[1]), jenis: huruf ? JENIS_PERIODE[huruf] : "tahun", ke: m[3] ? Number(m[3]) : 1 };
}

/** Opens the configured database, resolves the OPD and its survey period, and runs one piece of work on them. */
async function denganPeriode<T>(
  kodeOpd: string,
  teksPeriode: string,
  kerja: (
    db: Db,
    cakupan: Cakupan,
    opd: { id: number; kode: string; nama: string },
    periodeId: number,
  ) => Promise<T>,
): Promise<T> {
  const { tahun, jenis, ke } = bacaPeriode(teksPeriode);
  const konfigurasi = bacaKonfigurasi();
  const basis = await siapkanBasisdata(konfigurasi);
  try {
    const cakupan = await cakupanPublik(basis.db, konfigurasi.kodePemda);
    const opd = await tentukanOpd(basis.db, cakupan, kodeOpd);
    const periode = await cariPeriodeSkm(basis.db, cakupan, opd.id, tahun, jenis, ke);
    return await kerja(basis.db, { ...cakupan, pelaku: "cli" }, opd, periode.id);
  } finally {
    await basis.tutup();
  }
}

/** `skm terapkan`: writes the period's IKM as the realisation of the IKU bound to it (the LKjIP then shows it). */
async function terapkan(kodeOpd: string, teksPeriode: string): Promise<number> {
  return denganPeriode(kodeOpd, teksPeriode, async (db, cakupan, opd, periodeId) => {
    const { ikm } = await terapkanIkmKeIku(db, cakupan, periodeId);
    console.log(
      `IKM ${opd.nama} periode ${teksPeriode} = ${formatAngka(ikm)} dicatat sebagai realisasi IKU yang terikat.`,
    );
    return 0;
  });
}

async function hitungTersimpan(kodeOpd: string, teksPeriode: string, json: boolean): Promise<number> {
  return denganPeriode(kodeOpd, teksPeriode, async (db, cakupan, opd, periodeId) => {
    const h = await hasilPeriode(db, cakupan, periodeId);
    if (json) {
      console.log(
        JSON.stringify(
          { opd: opd.kode, periode: h.periode, responden: h.responden, hasil: h.hasil, sampel: h.sampel },
          null,
          2,
        ),
      );
      return h.hasil ? 0 : 1;
    }
    if (!h.hasil) {
      console.error(`SKM ${opd.nama} ${teksPeriode}: ${h.alasanTanpaHasil ?? "belum ada hasil"}`);
      return 1;
    }
    let teks = cetakHasil(`SKM ${opd.nama} periode ${teksPeriode}: ${h.responden} responden`, h.hasil);
    if (h.sampel) {
      teks += `\nSampel minimum (Krejcie & Morgan) untuk ${formatAngka(String(h.sampel.jumlahPengguna))} pengguna: ${h.sampel.minimum} — ${h.sampel.cukup ? "terpenuhi" : "belum terpenuhi"}`;
    }
    console.log(teks);
    return 0;
  });
}

function cetakHasil(judul: string, h: HasilSkm): string {
  const baris = h.perUnsur.map((u) => [
    u.kunci,
    u.nama,
    formatAngka(u.jumlah),
    formatAngka(String(u.responden)),
    formatAngka(u.nrr, 4),
    formatAngka(u.konversi, 2),
    `${u.mutu.huruf} (${u.mutu.sebutan})`,
    String(u.peringkat),
  ]);
  const kolom = [
    { judul: "Unsur" },
    { judul: "Nama", lebarMaks: 40 },
    { judul: "Jumlah", kanan: true },
    { judul: "Terisi", kanan: true },
    { judul: "NRR", kanan: true },
    { judul: "Konversi", kanan: true },
    { judul: "Mutu" },
    { judul: "Peringkat", kanan: true },
  ];
  return [
    judul,
    "",
    tabelTeks(kolom, baris),
    "",
    `IKM: ${formatAngka(h.ikm, 2)} — mutu ${h.mutu.huruf} (${h.mutu.sebutan})`,
    `Unsur terendah: ${h.terendahSemua.join(", ")}; tertinggi: ${h.tertinggiSemua.join(", ")}`,
  ].join("\n");
}
