/**
 * Evidence for LKE criteria that Terukur itself already holds (issue 6 item 2): from a few facts about an OPD's
 * year, which criteria of the PermenPANRB 88/2021 pack they support and whether each one is met. Pure: the facts
 * are gathered by lke-bukti-otomatis.service.ts from other modules' services.
 */
import { formatTanggal } from "../../platform/number-format.ts";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { tanggalWita } from "../../platform/waktu-wita.ts";
import { tanggalTenggatLkjip, terbitTepatWaktu } from "../portal/tenggat-lkjip.domain.ts";

/** One piece of automatic evidence beside a criterion: what it says, where to see it, and whether it holds. */
export type BuktiOtomatis = { uraian: string; tautan: string | null; terpenuhi: boolean };

/** The facts of one OPD and year the automatic evidence is judged on. */
export type FaktaBuktiLke = {
  opdKode: string;
  tahun: number;
  /** the Renstra in force in the year and whether its approval record is disetujui (formalised) */
  renstra: { nama: string; tahunAwal: number; tahunAkhir: number; disetujui: boolean } | null;
  /** the OPD head's Perjanjian Kinerja of the year */
  pk: { tanggal: string | null; status: "draf" | "diajukan" | "diverifikasi" | "disetujui" } | null;
  /** the date the DPA the PK rests on was approved (null when not recorded) */
  tanggalPengesahanDpa: string | null;
  /** every IKU measured during the year, with the quarters (1–4) that have a value */
  iku: { kode: string; nama: string; triwulanTerisi: number[] }[];
  /** the first publication of the year's LKjIP on the portal, or null */
  lkjipTerbitPada: Date | null;
  /** the recommendations of the latest evaluation before the year, or null when there were none */
  rekomendasi: { tahunEvaluasi: number; jumlah: number; selesai: number } | null;
};

/**
 * Which criteria each fact supports, read from the 88/2021 criteria texts (pinned in a test):
 * Renstra present → 1.a.3 "dokumen perencanaan kinerja jangka menengah"; Renstra and PK formalised → 1.b.1
 * "telah diformalkan"; PK approved → 1.a.4 "jangka pendek"; PK signed within a month of the DPA (PermenPANRB
 * 53/2014: PK ditandatangani paling lambat satu bulan setelah DPA disahkan) → 1.b.2 "dipublikasikan tepat
 * waktu"; quarterly realisations of every IKU → 1.c.4 "capaian kinerja selalu dipantau secara berkala" and
 * 2.b.4 "pengukuran kinerja telah dilakukan secara berkala"; LKjIP on the portal → 3.a.5 "dipublikasikan";
 * LKjIP by the end of February → 3.a.6 "disampaikan tepat waktu"; recommendations followed up → 4.c.1
 * "seluruh rekomendasi … telah ditindaklanjuti".
 */
export const KRITERIA_FAKTA = {
  renstraAda: ["1.a.3"],
  renstraFormal: ["1.b.1"],
  pkDisetujui: ["1.a.4", "1.b.1"],
  pkTepatWaktu: ["1.b.2"],
  pengukuranBerkala: ["1.c.4", "2.b.4"],
  lkjipTerbit: ["3.a.5"],
  lkjipTepatWaktu: ["3.a.6"],
  tindakLanjut: ["4.c.1"],
} as const;

/** The last day a PK may be signed: one calendar month after the DPA's approval (31 Jan → 28/29 Feb). */
export function batasTandaTanganPk(tanggalPengesahanDpa: string): string {
  const [t, b, h] = tanggalPengesahanDpa.split("-").map(Number) as [number, number, number];
  const akhirBulan = new Date(Date.UTC(t, b + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(t, b, Math.min(h, akhirBulan)));
  return d.toISOString().slice(0, 10);
}

/**
 * The automatic evidence per criterion code, in the order the facts are listed. Why: an evaluator sees beside a
 * criterion what the system already proves, and a gap (e.g. an IKU without quarterly values) is named.
 */
export function buktiOtomatisLke(f: FaktaBuktiLke): Map<string, BuktiOtomatis[]> {
  const hasil = new Map<string, BuktiOtomatis[]>();
  const tambah = (kode: readonly string[], b: BuktiOtomatis) => {
    for (const k of kode) hasil.set(k, [...(hasil.get(k) ?? []), b]);
  };
  const { opdKode: kode, tahun } = f;

  const r = f.renstra;
  tambah(KRITERIA_FAKTA.renstraAda, {
    uraian: r
      ? `Renstra ${r.tahunAwal}–${r.tahunAkhir} tersedia di Terukur`
      : `Belum ada Renstra yang meliputi tahun ${tahun}`,
    tautan: TAUTAN.renstra(kode),
    terpenuhi: r !== null,
  });
  if (r) {
    tambah(KRITERIA_FAKTA.renstraFormal, {
      uraian: r.disetujui
        ? `Renstra ${r.tahunAwal}–${r.tahunAkhir} telah disetujui pimpinan`
        : `Renstra ${r.tahunAwal}–${r.tahunAkhir} belum disetujui pimpinan`,
      tautan: TAUTAN.dokumen(kode),
      terpenuhi: r.disetujui,
    });
  }

  const pk = f.pk;
  tambah(KRITERIA_FAKTA.pkDisetujui, {
    uraian: !pk
      ? `Belum ada Perjanjian Kinerja pimpinan tahun ${tahun}`
      : pk.status === "disetujui"
        ? `Perjanjian Kinerja ${tahun} telah disetujui`
        : `Perjanjian Kinerja ${tahun} berstatus ${pk.status}, belum disetujui`,
    tautan: TAUTAN.pk(kode),
    terpenuhi: pk?.status === "disetujui",
  });
  if (pk) {
    let uraian: string;
    let terpenuhi = false;
    if (!f.tanggalPengesahanDpa) {
      uraian = `Tanggal pengesahan DPA ${tahun} belum dicatat; ketepatan waktu penandatanganan PK tidak dapat diperiksa`;
    } else if (!pk.tanggal) {
      uraian = `Tanggal penandatanganan Perjanjian Kinerja ${tahun} belum dicatat`;
    } else {
      const batas = batasTandaTanganPk(f.tanggalPengesahanDpa);
      terpenuhi = pk.tanggal <= batas;
      uraian =
        `PK ditandatangani ${formatTanggal(pk.tanggal)}; DPA disahkan ${formatTanggal(f.tanggalPengesahanDpa)}, ` +
        `batas satu bulan ${formatTanggal(batas)}${terpenuhi ? "" : " (terlambat)"}`;
    }
    tambah(KRITERIA_FAKTA.pkTepatWaktu, { uraian, tautan: TAUTAN.pk(kode), terpenuhi });
  }

  const belum = f.iku.filter((i) => [1, 2, 3, 4].some((tw) => !i.triwulanTerisi.includes(tw)));
  tambah(KRITERIA_FAKTA.pengukuranBerkala, {
    uraian:
      f.iku.length === 0
        ? `Belum ada IKU yang diukur pada tahun ${tahun}`
        : belum.length === 0
          ? `Realisasi triwulan I–IV ${tahun} tercatat untuk seluruh ${f.iku.length} IKU`
          : `Realisasi triwulan ${tahun} belum lengkap untuk ${belum.length} dari ${f.iku.length} IKU: ` +
            belum.map((i) => i.kode).join(", "),
    tautan: `${TAUTAN.realisasi(kode)}?tahun=${tahun}`,
    terpenuhi: f.iku.length > 0 && belum.length === 0,
  });

  const terbit = f.lkjipTerbitPada;
  tambah(KRITERIA_FAKTA.lkjipTerbit, {
    uraian: terbit
      ? `LKjIP ${tahun} diterbitkan di portal publik pada ${formatTanggal(tanggalWita(terbit))}`
      : `LKjIP ${tahun} belum diterbitkan di portal publik`,
    tautan: TAUTAN.portalOpd(kode),
    terpenuhi: terbit !== null,
  });
  const tepat = terbit !== null && terbitTepatWaktu(tahun, terbit);
  tambah(KRITERIA_FAKTA.lkjipTepatWaktu, {
    uraian: terbit
      ? `LKjIP ${tahun} terbit ${tepat ? "sebelum" : "sesudah"} tenggat ${formatTanggal(tanggalTenggatLkjip(tahun))}`
      : `LKjIP ${tahun} belum terbit; tenggatnya ${formatTanggal(tanggalTenggatLkjip(tahun))}`,
    tautan: TAUTAN.portalOpd(kode),
    terpenuhi: tepat,
  });

  const rek = f.rekomendasi;
  tambah(KRITERIA_FAKTA.tindakLanjut, {
    uraian: rek
      ? `${rek.selesai} dari ${rek.jumlah} rekomendasi hasil evaluasi ${rek.tahunEvaluasi} selesai ditindaklanjuti`
      : `Tidak ada rekomendasi hasil evaluasi sebelum tahun ${tahun}`,
    tautan: TAUTAN.rekomendasi(kode),
    terpenuhi: rek !== null && rek.jumlah > 0 && rek.selesai === rek.jumlah,
  });
  return hasil;
}
