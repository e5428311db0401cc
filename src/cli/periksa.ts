import { parseArgs } from "node:util";
import { bacaKonfigurasi } from "../config.ts";
import { periksaOpd } from "../modules/consistency/consistency.service.ts";
import type { Temuan } from "../modules/consistency/temuan.ts";
import { tentukanOpd } from "../modules/tenancy/tenancy.service.ts";
import { cakupanPublik } from "../platform/http/pemda-context.ts";
import { formatAngka } from "../platform/number-format.ts";
import { siapkanBasisdata } from "../startup.ts";
import { tabelTeks } from "./text-table.ts";

/** `terukur periksa --opd KODE --tahun TAHUN [--json]`: the consistency findings of one OPD-year. */
export async function perintahPeriksa(argumen: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argumen,
    options: {
      opd: { type: "string" },
      tahun: { type: "string" },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!values.opd) throw new Error("--opd wajib diisi, mis. --opd malili");
  if (!values.tahun || !/^\d{4}$/.test(values.tahun))
    throw new Error("--tahun wajib diisi dengan tahun empat digit, mis. --tahun 2024");
  const konfigurasi = bacaKonfigurasi();
  const basis = await siapkanBasisdata(konfigurasi);
  try {
    const cakupan = await cakupanPublik(basis.db, konfigurasi.kodePemda);
    const opd = await tentukanOpd(basis.db, cakupan, values.opd);
    const temuan = await periksaOpd(basis.db, cakupan, opd.id, Number(values.tahun));
    if (values.json) {
      console.log(JSON.stringify({ opd: opd.kode, tahun: Number(values.tahun), temuan }, null, 2));
    } else {
      console.log(cetakTemuan(opd.nama, Number(values.tahun), temuan));
    }
    return 0;
  } finally {
    await basis.tutup();
  }
}

function cetakTemuan(namaOpd: string, tahun: number, temuan: Temuan[]): string {
  const hitung = (t: Temuan["tingkat"]) => temuan.filter((x) => x.tingkat === t).length;
  const judul = `Pemeriksaan konsistensi ${namaOpd} tahun ${tahun}: ${temuan.length} temuan (${hitung("galat")} galat, ${hitung("peringatan")} peringatan, ${hitung("info")} info)`;
  if (temuan.length === 0) return `${judul}\nTidak ada temuan.`;
  const angka = (x: string | null | undefined) => (x ? formatAngka(x) : "");
  const baris = temuan.map((t, i) => [
    String(i + 1),
    t.tingkat,
    t.lokasi,
    t.pesan,
    angka(t.dinyatakan),
    angka(t.dihitung),
    angka(t.selisih),
  ]);
  const kolom = [
    { judul: "No", kanan: true },
    { judul: "Tingkat" },
    { judul: "Lokasi", lebarMaks: 44 },
    { judul: "Pesan", lebarMaks: 60 },
    { judul: "Dinyatakan", kanan: true },
    { judul: "Dihitung", kanan: true },
    { judul: "Selisih", kanan: true },
  ];
  return `${judul}\n\n${tabelTeks(kolom, baris)}`;
}
