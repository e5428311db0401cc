import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import {
  type ProgramRingkasan,
  type RealisasiAnggaranPeriode,
  realisasiAnggaranPerPeriode,
  ringkasanAnggaran,
} from "../budget/budget.service.ts";
import { KODE_SKALA_CAPAIAN } from "../performance/iku.service.ts";
import { daftarNarasi } from "../performance/narasi.service.ts";
import { muatSkalaPredikat } from "../performance/performance.repo.ts";
import { daftarRealisasiPeriode } from "../performance/realisasi.service.ts";
import { cariPkPimpinan } from "../planning/pk.service.ts";
import { bacaPohonRenstra, type IndikatorRenstra, targetBerlaku } from "../planning/planning.read.ts";
import { cariRenstraAktif, tentukanOpdById } from "../planning/renstra.service.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import { ROMAWI_TRIWULAN, type Triwulan } from "./evaluasi-triwulan/jendela-triwulan.domain.ts";
import {
  type HasilKolom,
  type InputBarisAnggaran,
  kolomAnggaran,
  kolomIndikator,
} from "./evaluasi-triwulan/kolom-evaluasi.domain.ts";
import { ringkasCapaian } from "./evaluasi-triwulan/rata-rata.domain.ts";
import {
  type BarisEvaluasi,
  catatanEvaluasi,
  type NarasiEvaluasi,
  tabelEvaluasi,
} from "./evaluasi-triwulan/tabel-evaluasi.domain.ts";
import type { Blok, Dokumen, Kertas } from "./model.ts";

/**
 * Realised budget per program and kegiatan code in one earlier year, or null when that year has no DPA or no
 * realisation row at all (unrecorded, which must not read as Rp 0).
 */
type RealisasiTahunLalu = { program: Map<string, bigint>; kegiatan: Map<string, bigint> } | null;

function petaTahunLalu(program: readonly ProgramRingkasan[]): NonNullable<RealisasiTahunLalu> {
  return {
    program: new Map(program.map((p) => [p.kode, p.realisasi])),
    kegiatan: new Map(program.flatMap((p) => p.kegiatan.map((k) => [k.kode, k.realisasi] as const))),
  };
}

function jumlahTahunLalu(
  tahunLalu: readonly RealisasiTahunLalu[],
  ambil: (t: NonNullable<RealisasiTahunLalu>) => bigint | undefined,
): bigint | null {
  let jumlah = 0n;
  for (const t of tahunLalu) {
    if (t === null) return null;
    jumlah += ambil(t) ?? 0n;
  }
  return jumlah;
}

const barisRp = (rows: readonly RealisasiAnggaranPeriode[]) =>
  rows.map((r) => ({ periode: r.periode, jumlah: r.jumlah }));

function targetAkhir(ind: IndikatorRenstra, tahunAkhir: number) {
  if (ind.kondisiAkhir !== null) return { target: ind.kondisiAkhir, targetAtas: null };
  const t = ind.target.find((x) => x.tahun === tahunAkhir);
  return t === undefined || t.target === null ? null : { target: t.target, targetAtas: t.targetAtas };
}

const NARASI_PENDORONG = new Set(["faktor_pendukung"]);
const NARASI_PENGHAMBAT = new Set(["faktor_penghambat", "hambatan", "kendala"]);
const NARASI_TINDAK_LANJUT_RENJA = new Set(["langkah_antisipatif"]);

/**
 * The quarterly "Evaluasi terhadap Hasil Renja Perangkat Daerah" of an OPD (Permendagri 86/2017, regulations.md
 * §4.2) up to triwulan `triwulan`: rows per sasaran indicator, program and kegiatan of the DPA in force with the
 * 15 columns, a Jumlah row, average capaian and predikat on the stored scale, and the narratives of the year.
 * Only stored rows are shown: quarters after the one evaluated stay empty, and what the store lacks is "-".
 */
export async function susunEvaluasiTriwulan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  triwulan: Triwulan,
  opsi: { kertas: Kertas },
): Promise<Dokumen> {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await tentukanOpdById(db, c, opdId);
  const renstra = await cariRenstraAktif(db, c, opdId, tahun);
  if (!renstra) {
    throw new GalatTerukur(
      "tidak_ditemukan",
      `Belum ada Renstra ${opd.nama} yang meliputi tahun ${tahun}`,
      "tahun",
    );
  }
  const [pemda, pohon, anggaran, skala, narasi, pk] = await Promise.all([
    infoPemda(db, c),
    bacaPohonRenstra(db, c, renstra.id),
    ringkasanAnggaran(db, c, opdId, tahun),
    muatSkalaPredikat(db, c, KODE_SKALA_CAPAIAN, tahun),
    daftarNarasi(db, c, opdId, tahun),
    cariPkPimpinan(db, c, opdId, tahun),
  ]);
  const realisasiRp = anggaran === null ? [] : await realisasiAnggaranPerPeriode(db, c, anggaran.dpa.id);
  const tahunSebelumnya = Array.from(
    { length: Math.max(0, tahun - renstra.tahun_awal) },
    (_, i) => renstra.tahun_awal + i,
  );
  const tahunLalu: RealisasiTahunLalu[] = [];
  for (const th of tahunSebelumnya) {
    const r = await ringkasanAnggaran(db, c, opdId, th);
    tahunLalu.push(r === null || r.total.realisasi === 0n ? null : petaTahunLalu(r.program));
  }
  const tahunTanpaAnggaran = tahunSebelumnya.filter((_, i) => tahunLalu[i] === null);
  const tahunPertama = tahunSebelumnya.length === 0;

  const inputAnggaran = (
    kode: string,
    pagu: bigint,
    target: string | null,
    satuan: string | null,
    rows: readonly RealisasiAnggaranPeriode[],
    ambil: (t: NonNullable<RealisasiTahunLalu>) => bigint | undefined,
  ): InputBarisAnggaran => ({
    targetK: target,
    satuan,
    pagu,
    paguRenstra: null,
    realisasiTahunLalu: jumlahTahunLalu(tahunLalu, ambil),
    tahunPertama,
    tahunIni: barisRp(rows.filter((r) => r.programKode === kode || r.kegiatanKode === kode)),
  });

  const barisProgram = (p: ProgramRingkasan): BarisEvaluasi[] => [
    {
      tingkat: "program",
      no: "",
      sasaran: "",
      programKegiatan: `${p.kode} ${p.nama}`,
      indikator: p.indikatorKeluaran ?? "-",
      hasil: kolomAnggaran(
        inputAnggaran(p.kode, p.pagu, p.target, p.satuan, realisasiRp, (t) => t.program.get(p.kode)),
        triwulan,
      ),
      unit: opd.nama,
    },
    ...p.kegiatan.map(
      (k): BarisEvaluasi => ({
        tingkat: "kegiatan",
        no: "",
        sasaran: "",
        programKegiatan: `${k.kode} ${k.nama}`,
        indikator: k.indikatorKeluaran ?? "-",
        hasil: kolomAnggaran(
          inputAnggaran(k.kode, k.pagu, k.target, k.satuan, realisasiRp, (t) => t.kegiatan.get(k.kode)),
          triwulan,
        ),
        unit: opd.nama,
      }),
    ),
  ];

  const program = anggaran?.program ?? [];
  const baris: BarisEvaluasi[] = [];
  let nomor = 0;
  const sasaranDikenal = new Set<number>();
  for (const t of pohon.tujuan) {
    for (const s of t.sasaran) {
      sasaranDikenal.add(s.id);
      nomor += 1;
      const awal = baris.length;
      for (const ind of s.indikator) {
        const [targets, realisasi] = await Promise.all([
          targetBerlaku(db, c, ind.id),
          daftarRealisasiPeriode(db, c, ind.id),
        ]);
        const target = targets.find((x) => x.tahun === tahun);
        const rows = (th: number) =>
          realisasi.filter((r) => r.tahun === th).map((r) => ({ periode: r.periode, nilai: r.nilai }));
        baris.push({
          tingkat: "indikator",
          no: "",
          sasaran: "",
          programKegiatan: "",
          indikator: ind.nama,
          hasil: kolomIndikator(
            {
              satuan: ind.satuan,
              presisi: ind.presisi,
              polaritas: ind.polaritas,
              rumusNegatif: ind.rumusNegatif,
              agregasi: ind.agregasi,
              targetAkhir: targetAkhir(ind, renstra.tahun_akhir),
              targetTahun:
                target === undefined ? null : { target: target.target, targetAtas: target.targetAtas },
              tahunLalu: tahunSebelumnya.map(rows),
              tahunIni: rows(tahun),
            },
            triwulan,
          ),
          unit: ind.penanggungJawab.teks ?? ind.penanggungJawab.unitNama ?? opd.nama,
        });
      }
      for (const p of program.filter((x) => x.sasaranId === s.id)) baris.push(...barisProgram(p));
      const pertama = baris[awal];
      if (pertama === undefined) {
        baris.push({ ...barisKosong(), no: String(nomor), sasaran: s.uraian });
      } else {
        pertama.no = String(nomor);
        pertama.sasaran = s.uraian;
      }
    }
  }
  const tanpaSasaran = program.filter((p) => p.sasaranId === null || !sasaranDikenal.has(p.sasaranId));
  if (tanpaSasaran.length > 0) {
    nomor += 1;
    const awal = baris.length;
    for (const p of tanpaSasaran) baris.push(...barisProgram(p));
    const pertama = baris[awal];
    if (pertama !== undefined) {
      pertama.no = String(nomor);
      pertama.sasaran = "(program tanpa sasaran Renstra)";
    }
  }

  const total =
    anggaran === null
      ? null
      : kolomAnggaran(
          {
            targetK: null,
            satuan: null,
            pagu: anggaran.total.pagu,
            paguRenstra: null,
            realisasiTahunLalu: jumlahTahunLalu(tahunLalu, (t) =>
              [...t.program.values()].reduce((a, b) => a + b, 0n),
            ),
            tahunPertama,
            tahunIni: barisRp(realisasiRp),
          },
          triwulan,
        );
  const rataRata = ringkasCapaian(baris.filter((b) => b.tingkat !== "kegiatan").map((b) => b.hasil));
  const narasiDari = (jenis: Set<string>) => narasi.filter((n) => jenis.has(n.jenis)).map((n) => n.isi);
  const isiNarasi: NarasiEvaluasi = {
    pendorong: narasiDari(NARASI_PENDORONG),
    penghambat: narasiDari(NARASI_PENGHAMBAT),
    tindakLanjutTriwulan: [],
    tindakLanjutRenja: narasiDari(NARASI_TINDAK_LANJUT_RENJA),
  };
  const pesan = [...new Set(baris.flatMap((b) => b.hasil.pesan))];
  const catatan = catatanEvaluasi({
    triwulan,
    adaTidakTerbagi: baris.some((b) => b.hasil.adaTidakTerbagi),
    adaBukanJumlah: pohon.tujuan.some((t) =>
      t.sasaran.some((s) => s.indikator.some((i) => i.agregasi !== "sum")),
    ),
    tanpaPaguRenstra: program.length > 0,
    tahunTanpaAnggaran,
    pesan,
    skala: skala.nama,
    jumlahBaris: {
      renjaK: rataRata.renja.k?.jumlahBaris ?? 0,
      renjaRp: rataRata.renja.rp?.jumlahBaris ?? 0,
      renstraK: rataRata.renstra.k?.jumlahBaris ?? 0,
      renstraRp: rataRata.renstra.rp?.jumlahBaris ?? 0,
    },
  });

  const tw = ROMAWI_TRIWULAN[triwulan];
  const namaDpa =
    anggaran === null ? null : `DPA ${anggaran.dpa.jenis === "murni" ? "Murni" : "Perubahan"} Tahun ${tahun}`;
  const tengah = (teks: string): Blok => ({
    jenis: "paragraf",
    teks: [{ teks, tebal: true }],
    perataan: "tengah",
  });
  const isi: Blok[] = [
    {
      jenis: "judul",
      tingkat: 1,
      nomor: null,
      teks: "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
      diDaftarIsi: false,
    },
    tengah(`${opd.nama.toUpperCase()} ${pemda.nama.toUpperCase()}`),
    tengah(`Periode Pelaksanaan: Triwulan ${tw} Tahun ${tahun}`),
    tabelEvaluasi({
      nomor: "Tabel 1",
      judul: `Evaluasi Hasil Renja ${opd.nama} Triwulan ${tw} Tahun ${tahun}`,
      tahun,
      baris,
      total,
      rataRata,
      skala,
      narasi: isiNarasi,
      sumber: [
        `${pohon.renstra.nama}`,
        namaDpa ?? "DPA belum tercatat",
        "realisasi kinerja dan anggaran yang tercatat di Terukur",
      ].join("; "),
    }),
    { jenis: "paragraf", teks: [{ teks: "Catatan:", tebal: true }] },
    { jenis: "daftar", bernomor: true, butir: catatan },
    {
      jenis: "tandatangan",
      tempat: pk?.tempat ?? opd.nama,
      tanggal: null,
      penandatangan: [
        {
          jabatan: (opd.pimpinan_jabatan ?? `Kepala ${opd.nama}`).toUpperCase(),
          nama: opd.pimpinan_nama ?? "",
          nip: opd.pimpinan_nip,
        },
      ],
    },
  ];
  return {
    jenis: "evaluasi-triwulan",
    judul: `Evaluasi terhadap Hasil Renja ${opd.nama} Triwulan ${tw} Tahun ${tahun}`,
    kepalaHalaman: `Evaluasi Renja ${opd.nama} TW ${tw} ${tahun}`,
    kertas: opsi.kertas,
    draf: false,
    sampul: null,
    isi,
  };
}

function barisKosong(): BarisEvaluasi {
  const hasil: HasilKolom = {
    kolom: Array.from({ length: 10 }, () => ({ k: "", rp: "" })),
    capaianRenja: { k: null, rp: null },
    capaianRenstra: { k: null, rp: null },
    adaTidakTerbagi: false,
    pesan: [],
  };
  return { tingkat: "indikator", no: "", sasaran: "", programKegiatan: "", indikator: "-", hasil, unit: "" };
}
