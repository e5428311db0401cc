import type { Db } from "../../../platform/db/transaction.ts";
import { inputTidakValid } from "../../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../../platform/scope.ts";
import { tentukanOpdById } from "../../planning/renstra.service.ts";
import { bacaReviu } from "../../review/reviu.service.ts";
import { infoPemda } from "../../tenancy/tenancy.service.ts";
import type { FormatDokumen } from "../dokumen.schemas.ts";
import type { Dokumen, Kertas } from "../model.ts";
import { susunKertasKerjaReviu } from "./kertas-kerja-reviu.domain.ts";
import { susunPernyataanReviu } from "./pernyataan-reviu.domain.ts";

/** The two review documents, by the name their routes use. */
export type JenisDokumenReviu = "kertas-kerja" | "pernyataan";

/** Who signs and where, and on which paper; the date is the day the document is drawn. */
export type OpsiDokumenReviu = {
  pereviu: { nama: string; nip: string | null };
  tanggal: string;
  tempat: string | null;
  kertas: Kertas;
};

/** Printed where no place was given: a line the reviewer fills by hand before signing. */
const TEMPAT_KOSONG = "....................";

/**
 * Builds the kertas kerja reviu or the Pernyataan Telah Direviu of a stored review (issue 7 item 4) from the
 * findings saved with it, for the renderers of the report machinery.
 */
export async function susunDokumenReviu(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  reviuId: number,
  jenis: JenisDokumenReviu,
  opsi: OpsiDokumenReviu,
): Promise<{ dokumen: Dokumen; tahun: number | null }> {
  const c = cakupanOpd(cakupan, opdId);
  const [reviu, opd, pemda] = await Promise.all([
    bacaReviu(db, c, opdId, reviuId),
    tentukanOpdById(db, c, opdId),
    infoPemda(db, c),
  ]);
  const tempat = opsi.tempat?.trim();
  const data = {
    namaOpd: opd.nama,
    namaPemda: pemda.nama,
    tahun: reviu.tahun,
    namaBerkas: reviu.namaBerkas,
    sha256: reviu.sha256,
    tanggalUnggah: reviu.diunggahPada,
    hasil: reviu.hasil,
    pereviu: opsi.pereviu,
    tanggal: opsi.tanggal,
    tempat: tempat ? tempat.slice(0, 80) : TEMPAT_KOSONG,
    kertas: opsi.kertas,
  };
  const dokumen = jenis === "kertas-kerja" ? susunKertasKerjaReviu(data) : susunPernyataanReviu(data);
  return { dokumen, tahun: reviu.tahun };
}

/** The file name of a review document: kind, OPD, year and review number, e.g. `kertas-kerja-reviu-malili-2024-7.pdf`. */
export function namaBerkasDokumenReviu(
  jenis: JenisDokumenReviu,
  kodeOpd: string,
  tahun: number | null,
  reviuId: number,
  format: FormatDokumen,
): string {
  const awal = jenis === "kertas-kerja" ? "kertas-kerja-reviu" : "pernyataan-telah-direviu";
  return `${awal}-${kodeOpd}${tahun === null ? "" : `-${tahun}`}-${reviuId}.${format}`;
}

/** Reads `?kertas=` of a document link: a4 by default, f4 on request, anything else refused at the field. */
export function kertasDari(nilai: string | undefined): Kertas {
  if (nilai === undefined || nilai === "" || nilai === "a4") return "a4";
  if (nilai === "f4") return "f4";
  throw inputTidakValid("kertas harus a4 atau f4", "kertas");
}
