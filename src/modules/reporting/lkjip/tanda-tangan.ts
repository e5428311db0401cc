/**
 * The signature block of the OPD head under the kata pengantar and Bab IV (PermenPANRB 53/2014: the
 * report is signed by the head of the agency), with the town and the given date or a blank date line.
 */
import type { BlokTandaTangan } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";

/** The OPD head's signature: "CAMAT MALILI", name, NIP. */
export function tandaTanganPimpinan(bahan: BahanLkjip): BlokTandaTangan {
  const o = bahan.opd;
  return {
    jenis: "tandatangan",
    tempat: bahan.tempat,
    tanggal: bahan.tanggal,
    penandatangan: [
      {
        jabatan: (o.pimpinanJabatan ?? `Kepala ${o.nama}`).toUpperCase(),
        nama: o.pimpinanNama ?? "(nama pimpinan)",
        nip: o.pimpinanNip,
      },
    ],
  };
}
