import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { bacaPohonRenstra } from "../planning/planning.read.ts";
import { cariRenstraAktif, tentukanOpdById, tentukanRenstra } from "../planning/renstra.service.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import { tabelPasporIku, tabelTargetIku } from "./iku/matriks-iku.domain.ts";
import type { Dokumen, Kertas } from "./model.ts";

/** Which Renstra: the one in force in a year, or one named by id. */
export type PilihanRenstra = number | { renstraId: number };

/**
 * The IKU document of an OPD's Renstra (PermenPANRB 53/2014, IKU with their manual): the passport table of
 * every IKU and the targets of each tujuan and sasaran indicator per Renstra year with the kondisi akhir,
 * read from the stored Renstra; wide tables go landscape.
 */
export async function susunIku(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  pilihan: PilihanRenstra,
  opsi: { kertas: Kertas },
): Promise<Dokumen> {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await tentukanOpdById(db, c, opdId);
  let renstraId: number;
  if (typeof pilihan === "number") {
    const aktif = await cariRenstraAktif(db, c, opdId, pilihan);
    if (!aktif) {
      throw new GalatTerukur(
        "tidak_ditemukan",
        `Belum ada Renstra ${opd.nama} yang meliputi tahun ${pilihan}`,
        "tahun",
      );
    }
    renstraId = aktif.id;
  } else {
    const r = await tentukanRenstra(db, c, pilihan.renstraId);
    if (r.opd_id !== opdId) {
      throw new GalatTerukur("tidak_ditemukan", `Renstra itu bukan milik ${opd.nama}`, "renstraId");
    }
    renstraId = r.id;
  }
  const [pohon, pemda] = await Promise.all([bacaPohonRenstra(db, c, renstraId), infoPemda(db, c)]);
  const periode = `${pohon.renstra.tahunAwal}–${pohon.renstra.tahunAkhir}`;
  const judul = `INDIKATOR KINERJA UTAMA (IKU) TAHUN ${periode}`;
  const tengah = (teks: string) => ({
    jenis: "paragraf" as const,
    teks: [{ teks, tebal: true }],
    perataan: "tengah" as const,
  });
  return {
    jenis: "iku",
    judul: `Indikator Kinerja Utama ${opd.nama} Tahun ${periode}`,
    kepalaHalaman: `IKU ${opd.nama} ${periode}`,
    kertas: opsi.kertas,
    draf: false,
    sampul: null,
    isi: [
      { jenis: "judul", tingkat: 1, nomor: null, teks: judul, diDaftarIsi: false },
      tengah(opd.nama.toUpperCase()),
      tengah(pemda.nama.toUpperCase()),
      tabelPasporIku(pohon, "Tabel 1"),
      tabelTargetIku(pohon, "Tabel 2"),
    ],
  };
}
