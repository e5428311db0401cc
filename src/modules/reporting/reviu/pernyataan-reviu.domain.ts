/**
 * The "Pernyataan Telah Direviu" attached to a Laporan Kinerja and signed by the APIP reviewer
 * (PermenPANRB 53/2014 Lampiran III, regulations.md §2.5): that the report was reviewed under the review
 * guideline, that its content is management's responsibility, that the review gives limited assurance of
 * accurate, reliable and valid presentation, and the conclusion. Our own wording, keeping those four
 * statements. When the review found something, the conclusion says so and names the serious findings
 * instead of the clean-opinion sentence. Pure.
 */
import { formatTanggal } from "../../../platform/number-format.ts";
import { jumlahTemuan, lokasiTeks } from "../../review/tampil-reviu.domain.ts";
import type { Blok, Dokumen, Teks } from "../model.ts";
import { type DataDokumenReviu, namaLaporan } from "./data-reviu.ts";

/** How many serious findings the statement names one by one; the rest are counted. */
const TEMUAN_DISEBUT_MAKS = 10;

function paragraf(teks: Teks): Blok {
  return { jenis: "paragraf", teks, perataan: "rata" };
}

/** The conclusion sentence(s) and, when there are findings, the serious ones listed. */
function simpulan(d: DataDokumenReviu): Blok[] {
  const h = d.hasil;
  const n = jumlahTemuan(h);
  if (n === 0) {
    return [
      paragraf(
        "Berdasarkan reviu tersebut, kami tidak menemukan hal yang membuat kami meragukan keandalan informasi yang disajikan dalam laporan kinerja ini.",
      ),
    ];
  }
  const utama = h.temuan.filter((t) => t.tingkat === "tinggi");
  const disebut = (utama.length > 0 ? utama : h.temuan).slice(0, TEMUAN_DISEBUT_MAKS);
  const sisa = n - disebut.length;
  return [
    paragraf(
      `Berdasarkan reviu tersebut, kami menemukan ${n} hal yang perlu diperbaiki agar informasi dalam laporan ` +
        `kinerja ini dapat diandalkan (${h.ringkasan.tinggi} tingkat tinggi, ${h.ringkasan.sedang} sedang, ` +
        `${h.ringkasan.rendah} rendah), antara lain:`,
    ),
    {
      jenis: "daftar",
      bernomor: true,
      butir: disebut.map((t) => `${t.pesan} (${lokasiTeks(t.lokasi)})`),
    },
    paragraf(
      `${sisa > 0 ? `Rincian ${sisa} temuan lainnya dan koreksi` : "Koreksi"} yang diperlukan dimuat dalam Kertas ` +
        "Kerja Reviu. Laporan kinerja hendaknya diperbaiki sebelum ditandatangani dan disampaikan.",
    ),
  ];
}

/** The Pernyataan Telah Direviu of one report as a report model. */
export function susunPernyataanReviu(d: DataDokumenReviu): Dokumen {
  const laporan = `${namaLaporan(d)} ${d.namaPemda}`;
  const isi: Blok[] = [
    { jenis: "judul", tingkat: 1, nomor: null, teks: "PERNYATAAN TELAH DIREVIU", diDaftarIsi: false },
    {
      jenis: "paragraf",
      teks: [{ teks: `${namaLaporan(d).toUpperCase()}`, tebal: true }],
      perataan: "tengah",
    },
    { jenis: "paragraf", teks: [{ teks: d.namaPemda.toUpperCase(), tebal: true }], perataan: "tengah" },
    paragraf(
      `Kami telah melakukan reviu atas ${laporan} dengan berpedoman pada Pedoman Reviu atas Laporan Kinerja ` +
        "(Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014, Lampiran III). " +
        `Kebenaran dan kelengkapan isi laporan kinerja tersebut menjadi tanggung jawab pimpinan ${d.namaOpd}.`,
    ),
    paragraf(
      "Reviu dimaksudkan untuk memberikan keyakinan terbatas bahwa laporan kinerja telah disajikan secara akurat, " +
        "andal dan valid. Reviu tidak menilai substansi kinerja yang dilaporkan.",
    ),
    ...simpulan(d),
    {
      jenis: "tandatangan",
      tempat: d.tempat,
      tanggal: formatTanggal(d.tanggal),
      penandatangan: [
        { jabatan: `Pereviu, Inspektorat ${d.namaPemda}`, nama: d.pereviu.nama, nip: d.pereviu.nip },
      ],
    },
  ];
  return {
    jenis: "pernyataan-reviu",
    judul: `Pernyataan Telah Direviu ${namaLaporan(d)}`,
    kepalaHalaman: `Pernyataan Telah Direviu · ${d.namaOpd} ${d.tahun ?? ""}`.trim(),
    kertas: d.kertas,
    draf: false,
    sampul: null,
    isi,
  };
}
