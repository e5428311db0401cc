/**
 * Dates and signatories (issue 7 item 2): a report on year N is signed in year N+1 (an LKjIP 2024 signed
 * "24 Februari 2024" predates the year it reports on; PermenPANRB 53/2014 sets the deadline after the year
 * ends); the same office signs with the same name and NIP in every signature block; a NIP has 18 digits
 * whose first 8 are a birth date and next 6 a year and month of appointment (PP 17/2020 format).
 */
import type { ParagrafNaskah } from "../naskah.ts";
import { lokasiParagraf } from "./bantu.ts";
import type { AturanReviu, TemuanBerurut } from "./konteks.ts";

const BULAN = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];
const POLA_TANGGAL = new RegExp(
  `^\\s*([A-Z][A-Za-z .'-]{1,40}),\\s*(\\d{1,2})\\s+(${BULAN.join("|")})\\s+((?:19|20)\\d{2})\\s*$`,
  "i",
);
const POLA_NIP = /^\s*NIP\.?\s*:?\s*([\d\s]+)\s*$/i;

type Blok = {
  tanggal: ParagrafNaskah & { urutan: number };
  tahun: number;
  jabatan: string | null;
  nama: string | null;
  nip: (ParagrafNaskah & { urutan: number }) | null;
  nomorNip: string | null;
};

function tanggalSah(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Why a NIP is malformed, or null when it is well formed. */
export function salahBentukNip(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return `NIP "${nip}" terdiri atas ${nip.length} digit, seharusnya 18`;
  const lahir = [Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))] as const;
  if (!tanggalSah(...lahir) || lahir[0] < 1940)
    return `8 digit pertama NIP "${nip}" bukan tanggal lahir yang sah`;
  const tmtTahun = Number(nip.slice(8, 12));
  const tmtBulan = Number(nip.slice(12, 14));
  if (tmtBulan < 1 || tmtBulan > 12 || tmtTahun < lahir[0] + 16)
    return `digit 9–14 NIP "${nip}" bukan tahun dan bulan pengangkatan yang sah`;
  if (!/^[12]$/.test(nip.slice(14, 15))) return `digit ke-15 NIP "${nip}" (jenis kelamin) harus 1 atau 2`;
  return null;
}

function normalNamaOrang(n: string): string {
  return n.toLowerCase().replace(/[^a-z]/g, "");
}

/** Signing dates outside the year after the report's, and signature blocks that disagree. */
export const periksaTanggalPenandatangan: AturanReviu = (konteks) => {
  const hasil: TemuanBerurut[] = [];
  const para = konteks.paragraf;
  const blok: Blok[] = [];
  para.forEach((p, i) => {
    const m = POLA_TANGGAL.exec(p.teks);
    if (m === null) return;
    const bulan = BULAN.indexOf((m[3] ?? "").toLowerCase()) + 1;
    if (!tanggalSah(Number(m[4]), bulan, Number(m[2]))) return;
    const b: Blok = { tanggal: p, tahun: Number(m[4]), jabatan: null, nama: null, nip: null, nomorNip: null };
    for (let j = i + 1; j < Math.min(para.length, i + 6); j++) {
      const q = para[j];
      if (q === undefined) break;
      const nip = POLA_NIP.exec(q.teks);
      if (nip !== null) {
        b.nip = q;
        b.nomorNip = (nip[1] ?? "").replace(/\s+/g, "");
        const sebelum = para[j - 1];
        if (sebelum !== undefined && j - 1 > i) b.nama = sebelum.teks.trim();
        const jabatan = para[i + 1];
        if (jabatan !== undefined && i + 1 < j - 1) b.jabatan = jabatan.teks.trim();
        break;
      }
    }
    blok.push(b);
  });
  const tahun = konteks.tahunLaporan;
  for (const b of blok) {
    if (tahun !== null && b.tahun !== tahun + 1) {
      hasil.push({
        kode: "tanggal_tanda_tangan",
        jenis: "tanggal_penandatangan",
        tingkat: "sedang",
        pesan: `Laporan tahun ${tahun} ditandatangani "${b.tanggal.teks.trim()}"; tanggal penandatanganan seharusnya pada tahun ${tahun + 1}, setelah tahun yang dilaporkan berakhir.`,
        lokasi: lokasiParagraf(b.tanggal),
        stated: b.tahun,
        computed: tahun + 1,
        difference: b.tahun - (tahun + 1),
        urutan: b.tanggal.urutan * 10_000,
      });
    }
    if (b.nip !== null && b.nomorNip !== null) {
      const salah = salahBentukNip(b.nomorNip);
      if (salah !== null) {
        hasil.push({
          kode: "bentuk_nip",
          jenis: "tanggal_penandatangan",
          tingkat: "rendah",
          pesan: `${salah}.`,
          lokasi: lokasiParagraf(b.nip),
          urutan: b.nip.urutan * 10_000,
        });
      }
    }
  }
  // the same office in two blocks: one person, one NIP
  const perJabatan = new Map<string, Blok>();
  for (const b of blok) {
    if (b.jabatan === null || b.nip === null) continue;
    const kunci = b.jabatan.toLowerCase().replace(/\s+/g, " ");
    const awal = perJabatan.get(kunci);
    if (awal === undefined) {
      perJabatan.set(kunci, b);
      continue;
    }
    const namaSama =
      awal.nama !== null && b.nama !== null && normalNamaOrang(awal.nama) === normalNamaOrang(b.nama);
    if (awal.nomorNip !== b.nomorNip) {
      hasil.push({
        kode: "nip_penandatangan_berbeda",
        jenis: "tanggal_penandatangan",
        tingkat: "tinggi",
        pesan:
          `${b.jabatan} ${b.nama ?? ""} bertanda tangan dengan NIP ${b.nomorNip}, sedangkan pada blok tanda tangan sebelumnya (baris ${awal.nip?.barisBerkas ?? "?"}) ${awal.nama ?? ""} dengan NIP ${awal.nomorNip}.`.replace(
            /\s+/g,
            " ",
          ),
        lokasi: lokasiParagraf(b.nip),
        urutan: b.nip.urutan * 10_000,
      });
    }
    if (!namaSama && awal.nama !== null && b.nama !== null) {
      hasil.push({
        kode: "nama_penandatangan_berbeda",
        jenis: "tanggal_penandatangan",
        tingkat: "sedang",
        pesan: `${b.jabatan} ditulis "${b.nama}", sedangkan pada blok tanda tangan sebelumnya "${awal.nama}".`,
        lokasi: lokasiParagraf(b.nip, b.nama),
        urutan: b.nip.urutan * 10_000 - 1,
      });
    } else if (
      awal.nama !== null &&
      b.nama !== null &&
      awal.nama.replace(/\s+/g, " ") !== b.nama.replace(/\s+/g, " ")
    ) {
      hasil.push({
        kode: "ejaan_nama_penandatangan",
        jenis: "tanggal_penandatangan",
        tingkat: "rendah",
        pesan: `Penulisan nama ${b.jabatan} berbeda: "${b.nama}" dan "${awal.nama}".`,
        lokasi: lokasiParagraf(b.nip, b.nama),
        urutan: b.nip.urutan * 10_000 - 1,
      });
    }
  }
  return hasil;
};
