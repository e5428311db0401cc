import { inflateRawSync } from "node:zlib";
import { GalatTerukur } from "../../platform/errors.ts";

/**
 * Just enough of a zip reader to open a .docx for review (issue 7 item 1): the central directory, stored and
 * deflated entries, and a hard cap on what inflating may produce so a zip bomb is refused instead of filling
 * memory. No dependency beyond node:zlib; everything a user can get wrong becomes a GalatTerukur.
 */

/** The most the parts read from one .docx may inflate to together (a 40-page LKjIP is a few MB). */
export const BATAS_ISI_ZIP = 100 * 1024 * 1024;

type EntriZip = {
  nama: string;
  metode: number;
  terkunci: boolean;
  ukuranMampat: number;
  ukuran: number;
  lokal: number;
};

const TANDA_AKHIR = 0x06054b50;
const TANDA_PUSAT = 0x02014b50;
const TANDA_LOKAL = 0x04034b50;

function rusak(rincian: string): GalatTerukur {
  return new GalatTerukur(
    "input_tidak_valid",
    `Berkas .docx rusak (${rincian}). Buka berkas di Word lalu simpan ulang sebagai .docx.`,
    "berkas",
  );
}

/** An opened zip: the names it holds and a reader that inflates one entry within the shared cap. */
export type ZipTerbuka = { nama: string[]; baca: (nama: string) => Uint8Array | null };

/** Opens the central directory of a zip; entries are inflated only when asked for, each within the cap. */
export function bukaZip(isi: Uint8Array, batas = BATAS_ISI_ZIP): ZipTerbuka {
  const dv = new DataView(isi.buffer, isi.byteOffset, isi.byteLength);
  let akhir = -1;
  for (let p = isi.length - 22; p >= Math.max(0, isi.length - 22 - 0xffff); p--) {
    if (dv.getUint32(p, true) === TANDA_AKHIR) {
      akhir = p;
      break;
    }
  }
  if (akhir < 0) throw rusak("akhir arsip zip tidak ditemukan; berkas terpotong?");
  const jumlah = dv.getUint16(akhir + 10, true);
  const ukuranPusat = dv.getUint32(akhir + 12, true);
  const awalPusat = dv.getUint32(akhir + 16, true);
  if (jumlah === 0xffff || awalPusat === 0xffffffff) throw rusak("format zip64 tidak didukung");
  if (awalPusat + ukuranPusat > akhir) throw rusak("daftar isi arsip menunjuk ke luar berkas");
  const dekoder = new TextDecoder("utf-8");
  const entri = new Map<string, EntriZip>();
  let p = awalPusat;
  for (let i = 0; i < jumlah; i++) {
    if (p + 46 > isi.length || dv.getUint32(p, true) !== TANDA_PUSAT)
      throw rusak("daftar isi arsip tidak utuh");
    const bendera = dv.getUint16(p + 8, true);
    const panjangNama = dv.getUint16(p + 28, true);
    const panjangEkstra = dv.getUint16(p + 30, true);
    const panjangKomentar = dv.getUint16(p + 32, true);
    const nama = dekoder.decode(isi.subarray(p + 46, p + 46 + panjangNama));
    entri.set(nama, {
      nama,
      metode: dv.getUint16(p + 10, true),
      terkunci: (bendera & 1) === 1,
      ukuranMampat: dv.getUint32(p + 20, true),
      ukuran: dv.getUint32(p + 24, true),
      lokal: dv.getUint32(p + 42, true),
    });
    p += 46 + panjangNama + panjangEkstra + panjangKomentar;
  }
  let sisa = batas;
  const baca = (nama: string): Uint8Array | null => {
    const e = entri.get(nama);
    if (e === undefined) return null;
    if (e.terkunci) {
      throw new GalatTerukur(
        "input_tidak_valid",
        "Berkas .docx ini terkunci kata sandi. Buka di Word, hapus kata sandinya, lalu simpan ulang sebagai .docx.",
        "berkas",
      );
    }
    if (e.ukuran > sisa) throw terlaluBesar();
    if (e.lokal + 30 > isi.length || dv.getUint32(e.lokal, true) !== TANDA_LOKAL)
      throw rusak(`bagian ${nama} hilang`);
    const mulai = e.lokal + 30 + dv.getUint16(e.lokal + 26, true) + dv.getUint16(e.lokal + 28, true);
    if (mulai + e.ukuranMampat > isi.length) throw rusak(`bagian ${nama} terpotong`);
    const mampat = isi.subarray(mulai, mulai + e.ukuranMampat);
    let hasil: Uint8Array;
    if (e.metode === 0) hasil = mampat;
    else if (e.metode === 8) {
      try {
        hasil = inflateRawSync(mampat, { maxOutputLength: Math.max(1, sisa) });
      } catch (galat) {
        const kode = (galat as { code?: string }).code;
        if (kode === "ERR_BUFFER_TOO_LARGE" || galat instanceof RangeError) throw terlaluBesar();
        throw rusak(`bagian ${nama} tidak dapat dibuka`);
      }
    } else throw rusak(`metode pemampatan ${e.metode} tidak dikenal`);
    sisa -= hasil.length;
    if (sisa < 0) throw terlaluBesar();
    return hasil;
  };
  return { nama: [...entri.keys()], baca };
}

function terlaluBesar(): GalatTerukur {
  return new GalatTerukur(
    "input_tidak_valid",
    "Isi berkas .docx terlalu besar setelah dibuka (lebih dari 100 MB); berkas ini tidak dibaca. " +
      "Simpan ulang laporan tanpa gambar atau lampiran yang sangat besar.",
    "berkas",
  );
}
