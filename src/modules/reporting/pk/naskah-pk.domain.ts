/**
 * The body of a Perjanjian Kinerja: title, the two parties and the promises each makes, and the signature
 * blocks. The wording follows the form of PermenPANRB 53/2014 Lampiran I (regulations.md §2.1), rephrased
 * but keeping every clause: purpose, both parties, the promise of PIHAK PERTAMA with its link to the
 * medium-term plan and its responsibility, and the supervision, evaluation, reward and sanction by PIHAK KEDUA.
 */
import { formatTanggal } from "../../../platform/number-format.ts";
import type { Blok, BlokParagraf, BlokTandaTangan, Potongan } from "../model.ts";

/** One party of a PK as stored (nama, jabatan, NIP). */
export type PihakPk = { nama: string; jabatan: string; nip: string | null };

/** What the body of a PK needs: year, the unit it binds, the pemda, the parties. */
export type DataNaskahPk = {
  tahun: number;
  /** the unit that commits, printed under the title (an OPD name for the OPD head's PK) */
  namaUnit: string;
  /** the pemda, printed under the unit; null leaves the line out */
  namaPemda: string | null;
  pihakPertama: PihakPk;
  pihakKedua: PihakPk;
};

/** "PERJANJIAN KINERJA TAHUN 2024": the title of the form and of its lampiran (PermenPANRB 53/2014). */
export function judulPk(tahun: number): string {
  return `PERJANJIAN KINERJA TAHUN ${tahun}`;
}

function barisTengahTebal(teks: string): BlokParagraf {
  return { jenis: "paragraf", teks: [{ teks, tebal: true }], perataan: "tengah" };
}

/**
 * The centred title lines (title, unit, pemda) shared by the form and its lampiran.
 * Why: PermenPANRB 53/2014 heads both pages with the year and the unit bound by the agreement.
 */
export function kepalaPk(judul: string, namaUnit: string, namaPemda: string | null): Blok[] {
  return [
    { jenis: "judul", tingkat: 1, nomor: null, teks: judul, diDaftarIsi: false },
    barisTengahTebal(namaUnit.toUpperCase()),
    ...(namaPemda === null ? [] : [barisTengahTebal(namaPemda.toUpperCase())]),
  ];
}

function identitas(p: PihakPk): BlokParagraf[] {
  const baris: [string, string][] = [
    ["Nama", p.nama],
    ["Jabatan", p.jabatan],
  ];
  if (p.nip !== null) baris.push(["NIP", p.nip]);
  return baris.map(([label, isi]) => ({
    jenis: "paragraf",
    teks: [{ teks: `${label} : ` }, { teks: isi, tebal: label === "Nama" }],
    perataan: "kiri",
  }));
}

function paragraf(teks: Potongan[]): BlokParagraf {
  return { jenis: "paragraf", teks, perataan: "rata" };
}

const PERTAMA: Potongan = { teks: "PIHAK PERTAMA", tebal: true };
const KEDUA: Potongan = { teks: "PIHAK KEDUA", tebal: true };

/**
 * The form text of a PK with both parties (PermenPANRB 53/2014 Lampiran I, regulations.md §2.1): PIHAK PERTAMA
 * is the official who commits, PIHAK KEDUA the superior who supervises and evaluates.
 */
export function naskahPk(d: DataNaskahPk): Blok[] {
  return [
    ...kepalaPk(judulPk(d.tahun), d.namaUnit, d.namaPemda),
    paragraf([
      {
        teks:
          "Untuk mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi " +
          "pada hasil, kami yang bertanda tangan di bawah ini:",
      },
    ]),
    ...identitas(d.pihakPertama),
    paragraf([{ teks: "selanjutnya disebut " }, PERTAMA, { teks: "," }]),
    ...identitas(d.pihakKedua),
    paragraf([{ teks: "selaku atasan " }, PERTAMA, { teks: ", selanjutnya disebut " }, KEDUA, { teks: "." }]),
    paragraf([
      PERTAMA,
      {
        teks:
          " berjanji akan mewujudkan target kinerja yang seharusnya sebagaimana tercantum dalam lampiran " +
          "perjanjian ini, untuk mencapai target kinerja jangka menengah yang telah ditetapkan dalam dokumen " +
          "perencanaan. Keberhasilan maupun kegagalan pencapaian target kinerja tersebut menjadi tanggung " +
          "jawab kami.",
      },
    ]),
    paragraf([
      KEDUA,
      {
        teks:
          " akan memberikan supervisi yang diperlukan, mengevaluasi capaian kinerja atas perjanjian ini, dan " +
          "mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
      },
    ]),
  ];
}

/**
 * Place, date and the two signatures of a PK: Pihak Kedua on the left, Pihak Pertama on the right
 * (PermenPANRB 53/2014 form); an empty date stays empty for the hand-written one.
 */
export function tandaTanganPk(d: {
  tempat: string;
  tanggal: string | null;
  pihakPertama: PihakPk;
  pihakKedua: PihakPk;
}): BlokTandaTangan {
  const penandatangan = (p: PihakPk) => ({ jabatan: p.jabatan.toUpperCase(), nama: p.nama, nip: p.nip });
  return {
    jenis: "tandatangan",
    tempat: d.tempat,
    tanggal: d.tanggal === null ? null : formatTanggal(d.tanggal),
    penandatangan: [penandatangan(d.pihakKedua), penandatangan(d.pihakPertama)],
  };
}
