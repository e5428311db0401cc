import { z } from "zod";
import { skemaAngkaOpsional, skemaKodeRencana, skemaTahun } from "../planning/planning.schemas.ts";

const teksOpsional = z.string().trim().nullable().default(null);

/** Input for one realisation of an indicator in one period (design brief principle 3: time is rows). */
export const skemaRealisasi = z.object({
  indikatorId: z.number({ error: "Indikator wajib dipilih" }).int(),
  tahun: skemaTahun,
  periode: z.object(
    {
      jenis: z.enum(["bulan", "triwulan", "semester", "tahun"], {
        error: "Jenis periode harus bulan, triwulan, semester atau tahun",
      }),
      ke: z.number({ error: "Nomor periode harus angka" }),
    },
    { error: "Periode wajib diisi" },
  ),
  nilai: skemaAngkaOpsional("Nilai"),
  sumber: teksOpsional,
  catatan: teksOpsional,
  buktiRef: teksOpsional,
  evaluasiId: z.number().int().nullable().default(null),
  /** The SKM period whose IKM this value is (issue 5: the link back from the IKU to the survey). */
  skmPeriodeId: z.number().int().nullable().default(null),
});

/** Input for one narrative paragraph of the report, attached to the OPD, a sasaran or a budget code. */
export const skemaNarasi = z.object({
  tahun: skemaTahun,
  sasaranKode: skemaKodeRencana.nullable().default(null),
  kodeAnggaran: z.string().trim().min(1, "Kode anggaran tidak boleh kosong").nullable().default(null),
  jenis: z.enum(
    [
      "kata_pengantar",
      "gambaran_umum",
      "peran_organisasi",
      "isu_strategis",
      "analisis",
      "faktor_pendukung",
      "faktor_penghambat",
      "hambatan",
      "solusi",
      "efisiensi",
      "kendala",
      "langkah_antisipatif",
      "uraian_kegiatan",
    ],
    { error: "Jenis narasi tidak dikenal" },
  ),
  urutan: z.number({ error: "Urutan harus angka" }).int("Urutan harus bilangan bulat").default(0),
  isi: z.string({ error: "Isi narasi wajib diisi" }).trim().min(1, "Isi narasi wajib diisi"),
});
