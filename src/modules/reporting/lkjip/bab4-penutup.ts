/**
 * BAB IV PENUTUP (PermenPANRB 53/2014 Anak Lampiran II: "simpulan umum atas capaian kinerja serta langkah di
 * masa mendatang"): generated conclusions from the same sentences as Bab III, the stored kendala and
 * langkah antisipatif, and the head's signature.
 */
import { kalimatJumlahSasaran, kalimatKeterukuran } from "../kalimat.domain.ts";
import type { Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { judul, label, paragraf } from "./blok.ts";
import { jumlahSasaran, kalimatAnggaranOpd } from "./ikhtisar.ts";
import { kalimatIku } from "./kalimat-iku.ts";
import { narasiOpd } from "./narasi.ts";
import { tandaTanganPimpinan } from "./tanda-tangan.ts";

/** The sasaran none of whose IKU could be measured this year. */
export function sasaranBelumTerukur(bahan: BahanLkjip): string[] {
  return bahan.pohon.tujuan
    .flatMap((t) => t.sasaran)
    .filter((s) => {
      const iku = bahan.iku.indikator.filter((i) => i.sasaran?.kode === s.kode);
      return !iku.some((i) => i.capaian.status === "dihitung");
    })
    .map((s) => s.uraian);
}

/** The whole of BAB IV. */
export function babPenutup(bahan: BahanLkjip): Blok[] {
  const kendala = narasiOpd(bahan.narasi, "kendala");
  const langkah = narasiOpd(bahan.narasi, "langkah_antisipatif");
  const anggaran = kalimatAnggaranOpd(bahan);
  return [
    judul(1, "BAB IV", "PENUTUP"),
    paragraf(
      `Laporan Kinerja Instansi Pemerintah ${bahan.opd.nama} Tahun ${bahan.tahun} merupakan perwujudan pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi, kebijakan, program dan kegiatan yang ditetapkan dalam Renstra ${bahan.pohon.renstra.tahunAwal}–${bahan.pohon.renstra.tahunAkhir} dan Perjanjian Kinerja Tahun ${bahan.tahun}.`,
    ),
    paragraf(
      `${kalimatJumlahSasaran({ opd: bahan.opd.nama, tahun: bahan.tahun, sasaran: jumlahSasaran(bahan), iku: bahan.iku.indikator.length })} ${kalimatKeterukuran({ tahun: bahan.tahun, jumlah: jumlahSasaran(bahan), belumTerukur: sasaranBelumTerukur(bahan) })}`,
    ),
    ...bahan.iku.indikator.map((i) => paragraf(kalimatIku(i, bahan))),
    ...(anggaran === null ? [] : [paragraf(anggaran)]),
    ...(kendala.length === 0
      ? []
      : [
          paragraf(
            `Kendala dan hambatan yang dihadapi ${bahan.opd.nama} dalam upaya pencapaian sasaran antara lain:`,
          ),
          { jenis: "daftar" as const, bernomor: true, butir: kendala },
        ]),
    ...(langkah.length === 0
      ? []
      : [label("Langkah Antisipatif:"), { jenis: "daftar" as const, bernomor: true, butir: langkah }]),
    paragraf(
      `Dengan tersusunnya Laporan Kinerja Instansi Pemerintah ${bahan.opd.nama} ini, diharapkan dapat memberikan gambaran kinerja kepada pihak-pihak terkait.`,
    ),
    tandaTanganPimpinan(bahan),
    { jenis: "halaman_baru" },
  ];
}
