/**
 * The structure PermenPANRB 53/2014 Anak Lampiran II requires (regulations.md §2.2–2.3): the chapters
 * Pendahuluan, Perencanaan Kinerja, Akuntabilitas Kinerja and Penutup, the Perjanjian Kinerja as an
 * appendix, and for every sasaran the seven analyses a–g. A missing piece is a finding.
 */
import type { LokasiNaskah } from "../naskah.ts";
import type { AturanReviu, KonteksReviu, TemuanBerurut } from "./konteks.ts";

const BAB: readonly { nama: string; pola: RegExp }[] = [
  { nama: "BAB I Pendahuluan", pola: /pendahuluan/i },
  { nama: "BAB II Perencanaan Kinerja", pola: /perencanaan kinerja/i },
  { nama: "BAB III Akuntabilitas Kinerja", pola: /akuntabilitas kinerja/i },
  { nama: "BAB IV Penutup", pola: /penutup/i },
];

/** The seven analyses per sasaran (PermenPANRB 53/2014 Anak Lampiran II; LKE 88/2021 criteria 3.b.3–3.b.9). */
export const ANALISIS_SASARAN: readonly { huruf: string; nama: string; pola: RegExp }[] = [
  {
    huruf: "a",
    nama: "perbandingan target dan realisasi kinerja tahun ini",
    pola: /(perbandingan|membandingkan)[^.]{0,40}target[^.]{0,20}realisasi|target dan realisasi/i,
  },
  {
    huruf: "b",
    nama: "perbandingan realisasi dan capaian dengan tahun lalu dan beberapa tahun terakhir",
    pola: /tahun[- ]tahun sebelumnya|beberapa tahun terakhir|tahun lalu|tahun sebelumnya/i,
  },
  {
    huruf: "c",
    nama: "perbandingan realisasi sampai dengan tahun ini dengan target jangka menengah Renstra",
    pola: /jangka menengah|target akhir renstra|perencanaan strategis|terhadap target renstra/i,
  },
  { huruf: "d", nama: "perbandingan realisasi dengan standar nasional", pola: /standar nasional/i },
  {
    huruf: "e",
    nama: "analisis penyebab keberhasilan/kegagalan dan alternatif solusi",
    pola: /penyebab keberhasilan|keberhasilan dan kegagalan|keberhasilan\/kegagalan/i,
  },
  { huruf: "f", nama: "analisis efisiensi penggunaan sumber daya", pola: /efisiensi/i },
  {
    huruf: "g",
    nama: "analisis program/kegiatan yang menunjang keberhasilan atau kegagalan",
    pola: /program\s*\/?\s*(dan\s*)?kegiatan yang (menunjang|mendukung)|analisis program/i,
  },
];

type Teks = { teks: string; urutan: number; bab: string | null; barisBerkas: number | null; judul: boolean };

function semuaTeks(k: KonteksReviu): Teks[] {
  const hasil: Teks[] = [
    ...k.judul.map((j) => ({
      teks: j.teks,
      urutan: j.urutan,
      bab: null,
      barisBerkas: j.barisBerkas,
      judul: true,
    })),
    ...k.paragraf.map((p) => ({
      teks: p.teks,
      urutan: p.urutan,
      bab: p.bab,
      barisBerkas: p.barisBerkas,
      judul: false,
    })),
    ...k.tabel.map((t) => ({
      teks: t.tabel.judul ?? "",
      urutan: t.urutan,
      bab: t.tabel.bab,
      barisBerkas: t.tabel.barisBerkas,
      judul: false,
    })),
  ];
  return hasil.sort((a, b) => a.urutan - b.urutan);
}

function lokasi(bab: string | null, kutipan: string | null, barisBerkas: number | null): LokasiNaskah {
  return { bab, bagian: null, tabel: null, baris: null, kolom: null, barisBerkas, kutipan };
}

function temuan(kode: string, pesan: string, l: LokasiNaskah, urutan: number): TemuanBerurut {
  return { kode, jenis: "struktur", tingkat: "rendah", pesan, lokasi: l, urutan };
}

/** Missing chapters, a missing PK appendix, and sasaran without one of the seven analyses. */
export const periksaStruktur: AturanReviu = (konteks) => {
  const hasil: TemuanBerurut[] = [];
  const teks = semuaTeks(konteks);
  const akhir = konteks.naskah.blok.length * 10_000;
  const babAda = new Set(konteks.judul.filter((j) => j.tingkat === 1).map((j) => j.teks));
  for (const b of BAB) {
    const ada =
      [...babAda].some((j) => b.pola.test(j)) ||
      teks.some((t) => t.judul && b.pola.test(t.teks) && /^bab\b/i.test(t.teks));
    if (!ada)
      hasil.push(
        temuan(
          "bab_tidak_ada",
          `Bab "${b.nama}" yang diwajibkan PermenPANRB 53/2014 tidak ditemukan.`,
          lokasi(null, null, null),
          0,
        ),
      );
  }
  const lampiran = teks.findIndex((t) => /^lampiran\b/i.test(t.teks.trim()));
  const pkDiLampiran =
    (lampiran >= 0 && teks.slice(lampiran).some((t) => /perjanjian kinerja/i.test(t.teks))) ||
    konteks.tabel.some(
      (t) => /^(tabel\s+)?l/i.test(t.tabel.nomor ?? "") && /perjanjian kinerja/i.test(t.tabel.judul ?? ""),
    );
  if (!pkDiLampiran) {
    const t = teks[lampiran];
    hasil.push(
      temuan(
        "lampiran_pk_tidak_ada",
        "Lampiran Perjanjian Kinerja yang diwajibkan PermenPANRB 53/2014 (Anak Lampiran II) tidak ditemukan.",
        lokasi(t?.bab ?? null, t?.teks ?? null, t?.barisBerkas ?? null),
        t === undefined ? akhir : t.urutan * 10_000,
      ),
    );
  }
  // sasaran sections: "Sasaran 1. …" up to the next sasaran or the next numbered section/chapter
  const awalSasaran = teks.filter(
    (t) => /^sasaran\s+(\d+|ke-?\s*\d+|pertama|kedua|ketiga)\b/i.test(t.teks.trim()) && t.teks.length < 300,
  );
  awalSasaran.forEach((s, i) => {
    const berikut = awalSasaran[i + 1]?.urutan ?? Number.POSITIVE_INFINITY;
    const bagianBerikut =
      konteks.judul.find(
        (j) => j.urutan > s.urutan && (j.tingkat === 1 || (j.tingkat === 2 && !/^sasaran/i.test(j.teks))),
      )?.urutan ?? Number.POSITIVE_INFINITY;
    const batas = Math.min(berikut, bagianBerikut);
    const isi = teks.filter((t) => t.urutan > s.urutan && t.urutan < batas);
    for (const a of ANALISIS_SASARAN) {
      if (isi.some((t) => a.pola.test(t.teks))) continue;
      hasil.push(
        temuan(
          "analisis_sasaran_tidak_ada",
          `Analisis ${a.huruf} (${a.nama}) untuk "${s.teks.trim().slice(0, 80)}" tidak ditemukan (PermenPANRB 53/2014, Anak Lampiran II).`,
          lokasi(s.bab, s.teks.trim().slice(0, 160), s.barisBerkas),
          s.urutan * 10_000 + 1,
        ),
      );
    }
  });
  if (awalSasaran.length === 0 && [...babAda].some((j) => /akuntabilitas kinerja/i.test(j))) {
    hasil.push(
      temuan(
        "sasaran_tidak_ditemukan",
        'Bab Akuntabilitas Kinerja tidak memuat uraian per sasaran ("Sasaran 1 …"), sehingga ketujuh analisis per sasaran tidak dapat diperiksa.',
        lokasi(null, null, null),
        akhir,
      ),
    );
  }
  return hasil;
};
