/**
 * Templates and exports of the three sheets: a data sheet pre-filled with the OPD's stored rows (so people edit
 * rather than type codes), a "Kode valid" sheet listing the codes the import accepts (with a list validation
 * on the code column) and a short "Petunjuk" in Indonesian. An export is the same shape with the stored
 * values and, for realisations, their workflow status.
 */
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type LembarTulis, tulisXlsx } from "../../platform/excel.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { bandingKode } from "../budget/kode-nomenklatur.domain.ts";
import { labelPeriode } from "../performance/periode.domain.ts";
import { KOLOM_DPA } from "./dpa.domain.ts";
import { periodeDariKode } from "./impor.domain.ts";
import type { Permintaan } from "./impor.schemas.ts";
import { KOLOM_REALISASI } from "./realisasi.domain.ts";
import { rujukanDpa, rujukanRealisasi, rujukanTarget } from "./rujukan.service.ts";
import { selAngka, selTarget } from "./sel.domain.ts";
import { KOLOM_TARGET, tahunRenstra } from "./target.domain.ts";

/** The data sheet's name (imports read the first sheet, whatever its name). */
export const LEMBAR_DATA = "Data";
/** The sheet listing the valid codes. */
export const LEMBAR_KODE = "Kode valid";

/** A built workbook and the file name it is downloaded under. */
export type BukuUnduhan = { namaBerkas: string; isi: Uint8Array };

/** Rows beyond the pre-filled ones that still get the code list validation, for rows people add. */
const BARIS_TAMBAHAN = 200;

function lembarKode(kepala: string[], baris: (string | null)[][]): LembarTulis {
  return { nama: LEMBAR_KODE, kepala, baris, lebar: [22, 60, 14], kolomTeks: [1] };
}

function validasiKode(jumlahKode: number, jumlahBaris: number): LembarTulis["validasiDaftar"] {
  if (jumlahKode === 0) return [];
  return [
    {
      kolom: 1,
      rumus: `'${LEMBAR_KODE}'!$A$2:$A$${jumlahKode + 1}`,
      sampaiBaris: jumlahBaris + 1 + BARIS_TAMBAHAN,
      pesan: `Kode ini tidak ada di lembar "${LEMBAR_KODE}".`,
    },
  ];
}

function petunjuk(baris: string[]): LembarTulis {
  return { nama: "Petunjuk", baris: baris.map((b) => [b]), lebar: [110] };
}

const PETUNJUK_UMUM = [
  "Baris pertama lembar Data adalah judul kolom; jangan ubah namanya. Satu baris untuk satu kode.",
  "Angka boleh ditulis 93,05 atau 93.05; rupiah ditulis bulat, misalnya 1.234.567.",
  "Unggah berkas ini (atau simpan sebagai CSV) di menu Impor Excel. Terukur menampilkan pratinjau dengan",
  "kesalahan per baris dan kolom; tidak ada yang disimpan sebelum Anda menekan Simpan, dan bila satu baris",
  "ditolak tidak ada satu baris pun yang disimpan.",
];

async function bukuTarget(
  db: Db,
  c: Cakupan,
  opdId: number,
  opdKode: string,
  p: Permintaan,
): Promise<BukuUnduhan> {
  const r = await rujukanTarget(db, c, opdId, p.tahun);
  if (!r) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah ini belum mempunyai Renstra", "tahun");
  const tahun = tahunRenstra(r.rujukan);
  const baris = r.indikator.map((i) => {
    const t = r.rujukan.indikator.get(i.kode)?.target;
    return [
      i.kode,
      i.nama,
      i.satuan,
      ...tahun.map((th) => selTarget(t?.get(th)?.target ?? null, t?.get(th)?.targetAtas ?? null)),
    ];
  });
  const data: LembarTulis = {
    nama: LEMBAR_DATA,
    kepala: [...KOLOM_TARGET, ...tahun.map(String)],
    baris,
    lebar: [16, 60, 12, ...tahun.map(() => 12)],
    kolomTeks: [1],
    validasiDaftar: validasiKode(r.indikator.length, baris.length),
  };
  const kode = lembarKode(
    ["kode_indikator", "nama_indikator", "satuan"],
    r.indikator.map((i) => [i.kode, i.nama, i.satuan]),
  );
  const isi = await tulisXlsx([
    data,
    kode,
    petunjuk([
      `Target indikator Renstra ${r.renstra.tahun_awal}–${r.renstra.tahun_akhir} per tahun.`,
      "Isi target pada kolom tahun. Rentang ditulis 80-90 (batas bawah-batas atas).",
      "Sel tahun yang kosong tidak mengubah target yang tersimpan. nama_indikator dan satuan diabaikan saat impor.",
      ...PETUNJUK_UMUM,
    ]),
  ]);
  return {
    namaBerkas: `target-renstra-${opdKode}-${r.renstra.tahun_awal}-${r.renstra.tahun_akhir}.xlsx`,
    isi,
  };
}

async function bukuRealisasi(
  db: Db,
  c: Cakupan,
  opdId: number,
  opdKode: string,
  p: Permintaan,
  ekspor: boolean,
): Promise<BukuUnduhan> {
  const r = await rujukanRealisasi(db, c, opdId, p.tahun, p.periode);
  const baris = r.indikator.map((i) => {
    const t = r.rujukan.indikator.get(i.kode)?.tersimpan ?? null;
    const isi: (string | number | null)[] = [
      i.kode,
      i.nama,
      i.satuan,
      selAngka(t?.nilai ?? null),
      t?.sumber ?? null,
      t?.catatan ?? null,
    ];
    if (ekspor) isi.push(t?.status ?? null);
    return isi;
  });
  const data: LembarTulis = {
    nama: LEMBAR_DATA,
    kepala: ekspor ? [...KOLOM_REALISASI, "status"] : [...KOLOM_REALISASI],
    baris,
    lebar: [16, 60, 12, 14, 40, 40, 14],
    kolomTeks: [1],
    validasiDaftar: validasiKode(r.indikator.length, baris.length),
  };
  const label = labelPeriode(periodeDariKode(p.periode));
  const isi = await tulisXlsx([
    data,
    lembarKode(
      ["kode_indikator", "nama_indikator", "satuan"],
      r.indikator.map((i) => [i.kode, i.nama, i.satuan]),
    ),
    petunjuk([
      `Realisasi indikator tahun ${p.tahun}, periode ${label}.`,
      "Isi nilai, sumber data dan catatan. Baris tanpa nilai, sumber dan catatan dilewati.",
      "Realisasi yang sudah disetujui terkunci dan hanya dapat diubah melalui revisi dengan alasan.",
      ...(ekspor ? ["Kolom status hanya keterangan dan diabaikan saat impor."] : []),
      ...PETUNJUK_UMUM,
    ]),
  ]);
  return { namaBerkas: `realisasi-${opdKode}-${p.tahun}-${p.periode}.xlsx`, isi };
}

async function bukuDpa(
  db: Db,
  c: Cakupan,
  opdId: number,
  opdKode: string,
  p: Permintaan,
): Promise<BukuUnduhan> {
  const r = await rujukanDpa(db, c, opdId, p.tahun, p.dpaJenis);
  const semua = [
    ...r.baris.program.map((x) => ({ kode: x.kode, nama: x.nama, pagu: null as bigint | null })),
    ...r.baris.kegiatan.map((x) => ({ kode: x.kode, nama: x.nama, pagu: null as bigint | null })),
    ...r.baris.sub.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu as bigint | null })),
  ].sort((a, b) => bandingKode(a.kode, b.kode));
  const baris = semua.map((x) => [x.kode, x.nama, x.pagu === null ? null : rupiahSel(x.pagu)]);
  const kodeValid = new Map<string, { level: string; nama: string }>();
  for (const [kode, v] of r.rujukan.nomenklatur) kodeValid.set(kode, v);
  for (const [kode, v] of r.rujukan.tersimpan) if (!kodeValid.has(kode)) kodeValid.set(kode, v);
  const daftarKode = [...kodeValid.entries()].sort((a, b) => bandingKode(a[0], b[0]));
  const data: LembarTulis = {
    nama: LEMBAR_DATA,
    kepala: [...KOLOM_DPA],
    baris,
    lebar: [22, 70, 18],
    kolomTeks: [1],
    validasiDaftar: validasiKode(daftarKode.length, baris.length),
  };
  const isi = await tulisXlsx([
    data,
    lembarKode(
      ["kode", "nama", "tingkat"],
      daftarKode.map(([kode, v]) => [kode, v.nama, v.level.replace("_", " ")]),
    ),
    petunjuk([
      `DPA ${p.dpaJenis} tahun ${p.tahun}${r.dpa ? "" : " (belum terdaftar; akan dibuat saat impor disimpan)"}.`,
      "Satu baris per program, kegiatan dan sub kegiatan. Pagu hanya diisi pada baris sub kegiatan;",
      "pagu program dan kegiatan dihitung dari sub kegiatannya. Nama diambil dari nomenklatur untuk kode yang dikenal.",
      "Impor menambah baris baru; pagu sub kegiatan yang sudah tersimpan tidak diubah lewat impor.",
      ...PETUNJUK_UMUM,
    ]),
  ]);
  return { namaBerkas: `dpa-${p.dpaJenis}-${opdKode}-${p.tahun}.xlsx`, isi };
}

function rupiahSel(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

/**
 * The workbook of one kind for an OPD: a template (pre-filled) or an export (the same with the status of
 * realisations). Why one builder: a downloaded export can be edited and imported back unchanged.
 */
export async function bukuKerja(
  db: Db,
  cakupan: Cakupan,
  opd: { id: number; kode: string },
  p: Permintaan,
  ekspor: boolean,
): Promise<BukuUnduhan> {
  const c = cakupanOpd(cakupan, opd.id);
  const hasil =
    p.jenis === "target-renstra"
      ? await bukuTarget(db, c, opd.id, opd.kode, p)
      : p.jenis === "dpa"
        ? await bukuDpa(db, c, opd.id, opd.kode, p)
        : await bukuRealisasi(db, c, opd.id, opd.kode, p, ekspor);
  return ekspor
    ? { ...hasil, namaBerkas: `ekspor-${hasil.namaBerkas}` }
    : { ...hasil, namaBerkas: `templat-${hasil.namaBerkas}` };
}
