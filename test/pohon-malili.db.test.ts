/**
 * The Malili demo's pohon kinerja (issue 9): the tree loaded with the demo holds every sasaran, program, kegiatan
 * and unit of the reference report with its indicators, the checker finds none of the cascading problems in it
 * for 2024, and each problem planted in a rolled-back transaction is reported where it is.
 */
import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import type { PohonKinerjaOpd, SimpulPohon } from "../src/modules/cascading/pohon.model.ts";
import {
  aturTargetSimpul,
  bacaPohonOpd,
  lepasAnggaran,
  tambahIndikatorSimpul,
  tambahSimpul,
  tautkanAnggaran,
} from "../src/modules/cascading/pohon.service.ts";
import { periksaOpd } from "../src/modules/consistency/consistency.service.ts";
import type { Basisdata } from "../src/platform/db/database.ts";
import type { DB } from "../src/platform/db/schema.ts";
import type { Cakupan } from "../src/platform/scope.ts";
import { bukaDbUji, dalamRollback } from "./setup/db.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** Every node of a tree, depth first in order. */
function semua(akar: readonly SimpulPohon[]): SimpulPohon[] {
  return akar.flatMap((s) => [s, ...semua(s.anak)]);
}

async function muat(trx: Transaction<DB>) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const c: Cakupan = { pemdaId, opdId, pelaku: "uji" };
  const pohon = (await bacaPohonOpd(trx, c, opdId, 2024)) as PohonKinerjaOpd;
  expect(pohon).not.toBeNull();
  const simpul = semua(pohon.akar);
  const cari = (kondisi: string) => {
    const s = simpul.find((x) => x.kondisi === kondisi);
    if (s === undefined) throw new Error(`simpul "${kondisi}" tidak ada`);
    return s;
  };
  return { c, opdId, pohon, simpul, cari };
}

const S1 = "Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili";
const S2 = "Meningkatnya Capaian Kinerja dan Keuangan Penyelenggaraan Urusan Pemerintahan Kecamatan Malili";
const JALUR_S1 = `Pohon Kinerja 2021-2026 › Meningkatnya Kualitas Pelayanan Publik › ${S1}`;
const JALUR_S2 = `Pohon Kinerja 2021-2026 › Meningkatnya Akuntabilitas Kinerja dan Keuangan › ${S2}`;
const P01 = "Meningkatnya kualitas tata kelola perencanaan, keuangan dan administrasi Kecamatan Malili";
const P04 = "Terjaganya ketenteraman dan ketertiban umum di wilayah Kecamatan Malili";
const P03 = "Meningkatnya partisipasi dan keberdayaan masyarakat desa dan kelurahan";
const PM_DESA = "Terfasilitasinya partisipasi masyarakat dan kegiatan pemberdayaan di desa";

describe("the Malili pohon kinerja, loaded with the demo", () => {
  it("holds every sasaran, program, kegiatan and unit of the reference with its indicators, and the checker finds nothing in it", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId, pohon, simpul } = await muat(trx);
      const level = (l: SimpulPohon["level"]) => simpul.filter((s) => s.level === l);

      expect(pohon.tahunAwal).toBe(2021);
      expect(pohon.tahunAkhir).toBe(2026);
      expect(pohon.akar.map((s) => [s.level, s.kondisi, s.anak.length])).toEqual([
        ["strategis_pemda", "Meningkatnya Kualitas Pelayanan Publik", 1],
        ["strategis_pemda", "Meningkatnya Akuntabilitas Kinerja dan Keuangan", 1],
      ]);
      const jumlahLevel: Record<string, number> = {};
      for (const s of simpul) jumlahLevel[s.level] = (jumlahLevel[s.level] ?? 0) + 1;
      expect(jumlahLevel).toEqual({
        strategis_pemda: 2,
        strategis: 2,
        taktis: 6,
        operasional: 16,
        individu: 5,
      });

      // the two sasaran of Table 2.1 with their Renstra indicators and every Renstra target, owned by the Camat
      expect(
        level("strategis").map((s) => [
          s.kondisi,
          s.unitKerja?.nama,
          s.pegawai?.nama,
          s.indikator.map((i) => [i.nama, i.satuan, i.indikatorId !== null, i.target]),
        ]),
      ).toEqual([
        [
          S1,
          "Camat",
          "NASIR, SP., M.Si",
          [
            [
              "Indeks Kepuasan Masyarakat (IKM)",
              "Nilai",
              true,
              { 2021: "92", 2022: "92.27", 2023: "93.00", 2024: "93.05", 2025: "94", 2026: "94.5" },
            ],
          ],
        ],
        [
          S2,
          "Camat",
          "NASIR, SP., M.Si",
          [
            [
              "Nilai LAKIP",
              "Nilai",
              true,
              { 2021: "60.18", 2022: "65.5", 2023: "65.15", 2024: "66", 2025: "67", 2026: "72" },
            ],
            [
              "Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Kabupaten di Kecamatan",
              "%",
              true,
              { 2021: "100", 2022: "100", 2023: "100", 2024: "100", 2025: "100", 2026: "100" },
            ],
          ],
        ],
      ]);

      // the six programs of Tables 2.1/2.2, one tactical node each, owned by the Sekcam or the Kasi
      expect(
        level("taktis")
          .map((s) => [
            s.anggaran.map((a) => `${a.kode} ${a.nama}`).join(),
            s.unitKerja?.nama,
            s.pegawai?.jabatan,
          ])
          .sort(),
      ).toEqual([
        [
          "7.01.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          "Sekretariat",
          "Sekretaris Camat",
        ],
        [
          "7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
          "Seksi Pelayanan Umum",
          "Kepala Seksi Pelayanan Umum",
        ],
        [
          "7.01.03 Program Pemberdayaan Masyarakat Desa dan Kelurahan",
          "Seksi Pemberdayaan Masyarakat Desa",
          "Kepala Seksi Pemberdayaan Masyarakat Desa",
        ],
        [
          "7.01.04 Program Koordinasi Ketentraman dan Ketertiban Umum",
          "Seksi Ketentraman dan Ketertiban Umum",
          "Kepala Seksi Ketentraman dan Ketertiban Umum",
        ],
        [
          "7.01.05 Program Penyelenggaraan Urusan Pemerintahan Umum",
          "Seksi Pemerintahan",
          "Kepala Seksi Pemerintahan",
        ],
        [
          "7.01.06 Program Pembinaan dan Pengawasan Pemerintahan Desa",
          "Seksi Pemerintahan",
          "Kepala Seksi Pemerintahan",
        ],
      ]);

      // the sixteen kegiatan, one operational node each, funded by the kegiatan code
      const kegiatanDpa = (malili2024.opd.dpa.find((d) => d.jenis === "perubahan")?.program ?? []).flatMap(
        (p) => p.kegiatan,
      );
      expect(
        level("operasional")
          .flatMap((s) => s.anggaran.map((a) => a.kode))
          .sort(),
      ).toEqual(kegiatanDpa.map((k) => k.kode).sort());
      // one output indicator per sub kegiatan with the 2024 target of Table 2.2
      for (const s of level("operasional")) {
        const keg = kegiatanDpa.find((k) => k.kode === s.anggaran[0]?.kode);
        expect(s.indikator.map((i) => [i.satuan, i.target[2024]])).toEqual(
          keg?.subKegiatan.map((sub) => [sub.satuan, sub.target]),
        );
      }
      expect(level("operasional").flatMap((s) => s.indikator)).toHaveLength(33);

      // every unit of the reference owns a node; every OPD node has an indicator with a 2024 target
      expect(new Set(simpul.map((s) => s.unitKerja?.nama).filter((n) => n !== undefined))).toEqual(
        new Set(malili2024.opd.units.map((u) => u.nama)),
      );
      expect(malili2024.opd.units).toHaveLength(8);
      const tanpaIndikator = simpul.filter(
        (s) => s.level !== "strategis_pemda" && !s.indikator.some((i) => i.target[2024] !== undefined),
      );
      expect(tanpaIndikator).toEqual([]);

      // employees' RHK under their own unit's operational node
      expect(
        level("individu").map((s) => [
          s.pegawai?.nama,
          s.unitKerja?.nama,
          simpul.find((x) => x.id === s.indukId)?.unitKerja?.nama,
        ]),
      ).toEqual([
        ["Pegawai PNS 13", "Seksi Pelayanan Umum", "Seksi Pelayanan Umum"],
        ["Pegawai PNS 11", "Seksi Pemberdayaan Masyarakat Desa", "Seksi Pemberdayaan Masyarakat Desa"],
        ["Pegawai PNS 12", "Seksi Ketentraman dan Ketertiban Umum", "Seksi Ketentraman dan Ketertiban Umum"],
        ["Pegawai PNS 10", "Seksi Pemerintahan", "Seksi Pemerintahan"],
        ["Pegawai PNS 08", "Subbagian Umum dan Keuangan", "Subbagian Umum dan Keuangan"],
      ]);

      // two critical success factors per sasaran, each with the conditions tagged with it
      const tanda = (id: number) => simpul.filter((s) => s.faktorKeberhasilan?.id === id).length;
      expect(
        level("strategis").map((st) =>
          pohon.faktorKeberhasilan.filter((f) => f.pohonId === st.id).map((f) => [f.uraian, tanda(f.id)]),
        ),
      ).toEqual([
        [
          [
            "Pelayanan administrasi di loket kecamatan cepat, mudah dan sesuai standar pelayanan, didukung sumber daya manusia, sarana dan prasarana yang memadai",
            2,
          ],
          [
            "Koordinasi dan komunikasi yang efektif dengan pemerintah desa dan kelurahan, Forkopimcam, tokoh agama dan tokoh masyarakat",
            4,
          ],
        ],
        [
          [
            "Dokumen perencanaan, pengukuran dan pelaporan kinerja tersusun tepat waktu dengan data lengkap dari setiap subbagian dan seksi",
            1,
          ],
          [
            "Pengelolaan keuangan, kepegawaian, barang milik daerah dan layanan perkantoran yang tertib dan akuntabel",
            8,
          ],
        ],
      ]);
      expect(pohon.faktorKeberhasilan).toHaveLength(4);

      // crosscutting: the Inspektorat supports the accountability sasaran
      expect(level("strategis").map((s) => s.dukungan.map((d) => [d.opdKode, d.peran, d.porsi]))).toEqual([
        [],
        [["inspektorat", "pendukung", null]],
      ]);

      const temuan = await periksaOpd(trx, c, opdId, 2024);
      expect(temuan.filter((t) => t.aturan.startsWith("pohon-"))).toEqual([]);
    }));

  it("reports each planted fault at its node, indicator or budget code", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId, cari } = await muat(trx);
      const unit = async (kode: string) =>
        (
          await trx
            .selectFrom("unit_kerja")
            .select("id")
            .where("opd_id", "=", opdId)
            .where("kode", "=", kode)
            .executeTakeFirstOrThrow()
        ).id;
      const dasar = { opdId, tahun: 2024 } as const;

      // an orphan: a tactical node hanging under nothing
      await tambahSimpul(trx, c, {
        ...dasar,
        indukId: null,
        level: "taktis",
        jenisHasil: "intermediate_outcome",
        kondisi: "Meningkatnya kesiapsiagaan bencana di wilayah kecamatan",
        unitKerjaId: await unit("seksi-trantib"),
      });
      // an operational node nothing funds
      await tambahSimpul(trx, c, {
        ...dasar,
        indukId: cari(P04).id,
        level: "operasional",
        jenisHasil: "output",
        kondisi: "Terlaksananya patroli ketertiban malam",
        unitKerjaId: await unit("seksi-trantib"),
      });
      // a node target that differs from the signed PK (IKM 93,05)
      const ikm = cari(S1).indikator[0];
      if (ikm === undefined) throw new Error("indikator IKM tidak ada");
      await aturTargetSimpul(trx, c, ikm.id, { tahun: 2024, target: "93.5" });
      // a sub kegiatan funding nothing: the program link goes, the kegiatan link narrows to one sub kegiatan
      await lepasAnggaran(trx, c, cari(P03).id, { opdKode: "malili", kode: "7.01.03" });
      await lepasAnggaran(trx, c, cari(PM_DESA).id, { opdKode: "malili", kode: "7.01.03.2.01" });
      await tautkanAnggaran(trx, c, cari(PM_DESA).id, { opdKode: "malili", kode: "7.01.03.2.01.0001" });
      // an outcome level worded as an output
      await tambahSimpul(trx, c, {
        ...dasar,
        indukId: cari(S2).id,
        level: "taktis",
        jenisHasil: "intermediate_outcome",
        kondisi: "Tersusunnya laporan kinerja tepat waktu",
        unitKerjaId: await unit("sekretariat"),
      });
      // an indicator nobody owns
      const tanpaPemilik = await tambahSimpul(trx, c, {
        ...dasar,
        indukId: cari(P01).id,
        level: "operasional",
        jenisHasil: "output",
        kondisi: "Terlaksananya penyusunan laporan kinerja",
      });
      await tambahIndikatorSimpul(trx, c, tanpaPemilik, {
        nama: "Jumlah laporan kinerja yang disusun",
        satuan: "Dokumen",
      });
      await tautkanAnggaran(trx, c, tanpaPemilik, { opdKode: "malili", kode: "7.01.01.2.01.0007" });

      const temuan = (await periksaOpd(trx, c, opdId, 2024)).filter((t) => t.aturan.startsWith("pohon-"));
      const sub = (dpa: string) =>
        `DPA ${dpa} 2024 › 7.01.03 Program Pemberdayaan Masyarakat Desa dan Kelurahan › 7.01.03.2.01 Koordinasi Kegiatan Pemberdayaan Desa › 7.01.03.2.01.0003 Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan`;
      expect(temuan.map((t) => [t.aturan, t.tingkat, t.lokasi, t.dinyatakan, t.dihitung, t.selisih])).toEqual(
        [
          [
            "pohon-simpul-yatim",
            "galat",
            "Pohon Kinerja 2021-2026 › Meningkatnya kesiapsiagaan bencana di wilayah kecamatan",
            undefined,
            undefined,
            undefined,
          ],
          [
            "pohon-pk-target-vs-simpul",
            "galat",
            `${JALUR_S1} › Indeks Kepuasan Masyarakat (IKM)`,
            "93.05",
            "93.5",
            "-0.45",
          ],
          ["pohon-sub-kegiatan-tanpa-simpul", "peringatan", sub("Murni"), undefined, undefined, undefined],
          [
            "pohon-sub-kegiatan-tanpa-simpul",
            "peringatan",
            sub("Perubahan"),
            undefined,
            undefined,
            undefined,
          ],
          [
            "pohon-indikator-tanpa-pemilik",
            "peringatan",
            `${JALUR_S2} › ${P01} › Terlaksananya penyusunan laporan kinerja › Jumlah laporan kinerja yang disusun`,
            undefined,
            undefined,
            undefined,
          ],
          [
            "pohon-outcome-berbunyi-output",
            "peringatan",
            `${JALUR_S2} › Tersusunnya laporan kinerja tepat waktu`,
            undefined,
            undefined,
            undefined,
          ],
          [
            "pohon-simpul-tanpa-anggaran",
            "peringatan",
            `${JALUR_S1} › ${P04} › Terlaksananya patroli ketertiban malam`,
            undefined,
            undefined,
            undefined,
          ],
        ],
      );
      expect(temuan.find((t) => t.aturan === "pohon-pk-target-vs-simpul")?.pesan).toBe(
        "Target dalam Perjanjian Kinerja 2024 93,05 berbeda dengan target simpul ini tahun 2024 93,5.",
      );
      expect(temuan.find((t) => t.aturan === "pohon-sub-kegiatan-tanpa-simpul")?.pesan).toBe(
        "Sub kegiatan ini (pagu Rp 47.450.000) tidak mendanai simpul mana pun dalam Pohon Kinerja 2021-2026: kodenya, kode kegiatannya dan kode programnya belum ditautkan.",
      );
    }));
});
