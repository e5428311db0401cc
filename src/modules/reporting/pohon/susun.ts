/**
 * The pohon-kinerja document (issue 9 item 3): an OPD's pohon kinerja of a year as a diagram and its matriks
 * cascading, in PDF, DOCX and HTML through the report model. The model is built by a pure function from the read
 * model, so tests can render a hand-made tree; the service only reads and scopes.
 */
import type { Db } from "../../../platform/db/transaction.ts";
import { GalatTerukur } from "../../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../../platform/scope.ts";
import type { PohonKinerjaOpd } from "../../cascading/pohon.model.ts";
import { bacaPohonOpd } from "../../cascading/pohon.service.ts";
import { infoPemda } from "../../tenancy/tenancy.service.ts";
import type { Dokumen, Kertas } from "../model.ts";
import { blokPohonKinerja } from "./blok-pohon.ts";

/** The document model of a tree for a year; why: pure, so every renderer and test starts from the same blocks. */
export function dokumenPohonKinerja(
  pohon: PohonKinerjaOpd,
  tahun: number,
  pemdaNama: string,
  kertas: Kertas,
): Dokumen {
  const tengah = (teks: string) => ({
    jenis: "paragraf" as const,
    teks: [{ teks, tebal: true }],
    perataan: "tengah" as const,
  });
  return {
    jenis: "pohon-kinerja",
    judul: `Pohon Kinerja ${pohon.opd.nama} Tahun ${tahun}`,
    kepalaHalaman: `Pohon Kinerja ${pohon.opd.nama} ${tahun}`,
    kertas,
    draf: false,
    sampul: null,
    isi: [
      {
        jenis: "judul",
        tingkat: 1,
        nomor: null,
        teks: `POHON KINERJA DAN MATRIKS CASCADING TAHUN ${tahun}`,
        diDaftarIsi: false,
      },
      tengah(pohon.opd.nama.toUpperCase()),
      tengah(pemdaNama.toUpperCase()),
      ...blokPohonKinerja(pohon, tahun, { gambar: "Gambar 1", tabel: "Tabel 1" }),
    ],
  };
}

/** Reads an OPD's tree for a year and builds its document; refuses an OPD outside scope and a year without a tree. */
export async function susunPohonKinerja(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  opsi: { kertas: Kertas },
): Promise<Dokumen> {
  const c = cakupanOpd(cakupan, opdId);
  const [pohon, pemda] = await Promise.all([bacaPohonOpd(db, c, opdId, tahun), infoPemda(db, c)]);
  if (pohon === null || pohon.akar.length === 0) {
    throw new GalatTerukur("tidak_ditemukan", `Belum ada pohon kinerja untuk tahun ${tahun}`, "tahun");
  }
  return dokumenPohonKinerja(pohon, tahun, pemda.nama, opsi.kertas);
}
