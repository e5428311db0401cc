import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { daftarProgramDpa } from "../budget/budget.service.ts";
import { daftarPk } from "../planning/pk.service.ts";
import { bacaPk } from "../planning/planning.read.ts";
import { tentukanOpdById } from "../planning/renstra.service.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import type { Blok, Dokumen, Kertas } from "./model.ts";
import {
  type IndikatorLampiranPk,
  type ProgramLampiranPk,
  type TingkatPk,
  tabelProgramPk,
  tabelRencanaAksi,
  tabelSasaranPk,
} from "./pk/lampiran-pk.domain.ts";
import { judulPk, kepalaPk, naskahPk, tandaTanganPk } from "./pk/naskah-pk.domain.ts";

/** Paper, tier and (for a tier with several PKs, e.g. one per seksi) the unit whose PK to print. */
export type OpsiPk = { kertas: Kertas; tingkat?: TingkatPk; unitKode?: string };

const NAMA_TINGKAT: Record<TingkatPk, string> = {
  kepala_daerah: "kepala daerah",
  pimpinan_opd: "pimpinan perangkat daerah",
  eselon_iii: "eselon III",
  eselon_iv: "eselon IV",
};

/**
 * The Perjanjian Kinerja of an OPD and year as a report model: the form text with both parties and
 * signatures, then the lampiran (sasaran–indikator–target, programs with budget and Jumlah, rencana aksi when
 * entered) signed again (PermenPANRB 53/2014 Lampiran I). Budgets are the PK's printed figures, else the DPA's.
 */
export async function susunPk(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  opsi: OpsiPk,
): Promise<Dokumen> {
  const c = cakupanOpd(cakupan, opdId);
  const tingkat = opsi.tingkat ?? "pimpinan_opd";
  const opd = await tentukanOpdById(db, c, opdId);
  const calon = (await daftarPk(db, c, opdId, tahun)).filter(
    (p) => p.tingkat === tingkat && (opsi.unitKode === undefined || p.unit_kode === opsi.unitKode),
  );
  const [dipilih] = calon;
  if (dipilih === undefined) {
    throw new GalatTerukur(
      "tidak_ditemukan",
      `Perjanjian Kinerja ${NAMA_TINGKAT[tingkat]} ${opd.nama} tahun ${tahun} belum ada`,
      "tahun",
    );
  }
  if (calon.length > 1) {
    throw inputTidakValid(
      `Ada ${calon.length} Perjanjian Kinerja ${NAMA_TINGKAT[tingkat]} tahun ${tahun}; pilih unit kerjanya: ${calon
        .map((p) => p.unit_kode)
        .join(", ")}`,
      "unitKode",
    );
  }
  const [pk, pemda] = await Promise.all([bacaPk(db, c, dipilih.id), infoPemda(db, c)]);
  const namaProgram = new Map((await daftarProgramDpa(db, c, pk.dpa.id)).map((p) => [p.kode, p.nama]));

  const namaUnit = tingkat === "pimpinan_opd" ? opd.nama : `${pk.unit.nama} ${opd.nama}`;
  const indikator: IndikatorLampiranPk[] = pk.indikator.map((i) => ({
    sasaran: i.sasaran?.uraian ?? null,
    tujuan: i.tujuan?.uraian ?? null,
    nama: i.nama,
    satuan: i.satuan,
    target: i.target,
    targetAtas: i.targetAtas,
    rencanaAksi: i.rencanaAksi,
  }));
  const program: ProgramLampiranPk[] = pk.program.map((p) => ({
    nama: namaProgram.get(p.kode) ?? p.kode,
    anggaran: p.anggaran,
    sumberAnggaran: p.sumberAnggaran,
    keterangan: p.keterangan,
  }));
  const pihak = { pihakPertama: pk.pihakPertama, pihakKedua: pk.pihakKedua };
  const tandaTangan = tandaTanganPk({ tempat: pk.tempat, tanggal: pk.tanggal, ...pihak });
  const rencanaAksi = tabelRencanaAksi(tahun, indikator);
  const namaDpa = `DPA ${pk.dpa.jenis === "murni" ? "Murni" : "Perubahan"} Tahun ${tahun}`;

  const isi: Blok[] = [
    ...naskahPk({ tahun, namaUnit, namaPemda: pemda.nama, ...pihak }),
    tandaTangan,
    { jenis: "halaman_baru" },
    ...kepalaPk(`LAMPIRAN ${judulPk(tahun)}`, namaUnit, pemda.nama),
    tabelSasaranPk(tingkat, indikator),
    tabelProgramPk(program, namaDpa),
    tandaTangan,
    ...(rencanaAksi === null ? [] : [{ jenis: "halaman_baru" } as const, rencanaAksi]),
  ];
  return {
    jenis: "pk",
    judul: `Perjanjian Kinerja Tahun ${tahun} ${namaUnit}`,
    kepalaHalaman: `Perjanjian Kinerja ${namaUnit} ${tahun}`,
    kertas: opsi.kertas,
    draf: false,
    sampul: null,
    isi,
  };
}
