import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import type { Basisdata } from "../src/platform/db/database.ts";
import type { Peran } from "../src/platform/db/schema.ts";
import type { Db } from "../src/platform/db/transaction.ts";
import { penyimpananMemori } from "../src/platform/storage/penyimpanan.ts";
import { aplikasiUji } from "./setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "./setup/db.ts";
import { minta, type SesiUji, sesiUji } from "./setup/sesi.ts";

/**
 * Issue 4: every route walked by every role. "Allowed" means the request got past authorization (any answer
 * but 401, 403 or a redirect to the sign-in page: an empty form may well be refused 400 after that);
 * "refused" means exactly one of those. The table must name every route the application has, so a new route
 * cannot be added without deciding who may use it.
 */

type Pelaku = "publik" | Peran | "perencana_lain";
const PELAKU: readonly Pelaku[] = [
  "publik",
  "admin_pemda",
  "perencana",
  "kepala_seksi",
  "pimpinan",
  "evaluator",
  "perencana_lain",
];

const SEMUA: readonly Pelaku[] = PELAKU;
const MASUK: readonly Pelaku[] = PELAKU.filter((p) => p !== "publik");
const LIHAT: readonly Pelaku[] = ["admin_pemda", "perencana", "kepala_seksi", "pimpinan", "evaluator"];
const UBAH: readonly Pelaku[] = ["perencana"];
const ISI: readonly Pelaku[] = ["perencana", "kepala_seksi"];
const SETUJUI: readonly Pelaku[] = ["pimpinan"];
const TINDAK_LANJUT: readonly Pelaku[] = ["perencana", "pimpinan"];
const EVALUATOR: readonly Pelaku[] = ["evaluator"];
const ADMIN: readonly Pelaku[] = ["admin_pemda"];
const KABUPATEN: readonly Pelaku[] = ["admin_pemda", "evaluator"];
const LKE: readonly Pelaku[] = ["perencana", "pimpinan", "evaluator"];
const REVIU: readonly Pelaku[] = ["perencana", "pimpinan", "evaluator"];

/** Ids of the demo rows the routes act on, found or made before the walk. */
type Id = {
  akun: number;
  jadwal: number;
  renstra: number;
  indikator: number;
  realisasi: number;
  bukti: number;
  pk: number;
  pkIndikator: number;
  sub: number;
  rekomendasi: number;
  dokumen: number;
  skmPeriode: number;
  buktiLke: number;
  buktiRekomendasi: number;
  reviu: number;
  simpul: number;
};

/** Who may use each route; the path with its parameters filled from the ids. */
const ATURAN: Record<string, { izin: readonly Pelaku[]; jalur: (i: Id) => string }> = {
  "GET /public/htmx.min.js": { izin: SEMUA, jalur: () => "/public/htmx.min.js" },
  "GET /healthz": { izin: SEMUA, jalur: () => "/healthz" },
  // only the terukur command on the server's own machine, with the token file: no role at all
  "POST /_lokal/cadangan": { izin: [], jalur: () => "/_lokal/cadangan" },
  "GET /readyz": { izin: SEMUA, jalur: () => "/readyz" },
  "GET /bahasa/:ke": { izin: SEMUA, jalur: () => "/bahasa/en?lanjut=/portal" },
  "GET /": { izin: SEMUA, jalur: () => "/" },
  "GET /masuk": { izin: SEMUA, jalur: () => "/masuk" },
  "POST /masuk": { izin: SEMUA, jalur: () => "/masuk" },
  "GET /akun": { izin: MASUK, jalur: () => "/akun" },
  "POST /akun/sandi": { izin: MASUK, jalur: () => "/akun/sandi" },
  "GET /admin/akun": { izin: ADMIN, jalur: () => "/admin/akun" },
  "POST /admin/akun": { izin: ADMIN, jalur: () => "/admin/akun" },
  "POST /admin/akun/:id/aktif": { izin: ADMIN, jalur: (i) => `/admin/akun/${i.akun}/aktif` },
  "POST /admin/akun/:id/sandi": { izin: ADMIN, jalur: (i) => `/admin/akun/${i.akun}/sandi` },
  "GET /admin/jadwal": { izin: ADMIN, jalur: () => "/admin/jadwal" },
  "POST /admin/jadwal": { izin: ADMIN, jalur: () => "/admin/jadwal" },
  "POST /admin/jadwal/:id": { izin: ADMIN, jalur: (i) => `/admin/jadwal/${i.jadwal}` },
  "POST /admin/jadwal/:id/hapus": { izin: ADMIN, jalur: (i) => `/admin/jadwal/${i.jadwal}/hapus` },
  "GET /audit": { izin: KABUPATEN, jalur: () => "/audit" },
  "GET /kabupaten": { izin: KABUPATEN, jalur: () => "/kabupaten?tahun=2024" },
  "GET /kabupaten/lke": { izin: KABUPATEN, jalur: () => "/kabupaten/lke?tahun=2024" },
  "GET /opd/:kode": { izin: LIHAT, jalur: () => "/opd/malili?tahun=2024" },
  "GET /opd/:kode/alur/:objek/:id": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/alur/realisasi_indikator/${i.realisasi}`,
  },
  // every person of the OPD may post a step; the service then decides by role and step (tested in workflow)
  "POST /opd/:kode/alur/:objek/:id": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/alur/realisasi_indikator/${i.realisasi}`,
  },
  "POST /opd/:kode/revisi/:objek/:id": {
    izin: SETUJUI,
    jalur: (i) => `/opd/malili/revisi/realisasi_indikator/${i.realisasi}`,
  },
  "GET /opd/:kode/realisasi": { izin: LIHAT, jalur: () => "/opd/malili/realisasi?tahun=2024&periode=tw4" },
  "POST /opd/:kode/realisasi/:indikatorId": {
    izin: ISI,
    jalur: (i) => `/opd/malili/realisasi/${i.indikator}`,
  },
  "POST /opd/:kode/realisasi/:realisasiId/bukti": {
    izin: ISI,
    jalur: (i) => `/opd/malili/realisasi/${i.realisasi}/bukti`,
  },
  "GET /opd/:kode/bukti/:id": { izin: LIHAT, jalur: (i) => `/opd/malili/bukti/${i.bukti}` },
  "POST /opd/:kode/bukti/:id/hapus": { izin: ISI, jalur: (i) => `/opd/malili/bukti/${i.bukti}/hapus` },
  "GET /opd/:kode/renstra": { izin: LIHAT, jalur: () => "/opd/malili/renstra" },
  "POST /opd/:kode/renstra": { izin: UBAH, jalur: () => "/opd/malili/renstra" },
  "POST /opd/:kode/renstra/:renstraId/tujuan": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/renstra/${i.renstra}/tujuan`,
  },
  "POST /opd/:kode/renstra/:renstraId/sasaran": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/renstra/${i.renstra}/sasaran`,
  },
  "POST /opd/:kode/renstra/:renstraId/indikator": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/renstra/${i.renstra}/indikator`,
  },
  "POST /opd/:kode/renstra/indikator/:id/target": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/renstra/indikator/${i.indikator}/target`,
  },
  "GET /opd/:kode/renstra/indikator/:id": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/renstra/indikator/${i.indikator}`,
  },
  "POST /opd/:kode/renstra/indikator/:id": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/renstra/indikator/${i.indikator}`,
  },
  "GET /opd/:kode/iku": { izin: LIHAT, jalur: () => "/opd/malili/iku?tahun=2024" },
  "POST /opd/:kode/iku/indikator/:id": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/iku/indikator/${i.indikator}`,
  },
  "GET /opd/:kode/pk": { izin: LIHAT, jalur: () => "/opd/malili/pk?tahun=2024" },
  "POST /opd/:kode/pk": { izin: UBAH, jalur: () => "/opd/malili/pk" },
  "POST /opd/:kode/pk/:id/indikator": { izin: UBAH, jalur: (i) => `/opd/malili/pk/${i.pk}/indikator` },
  "POST /opd/:kode/pk/:id/program": { izin: UBAH, jalur: (i) => `/opd/malili/pk/${i.pk}/program` },
  "GET /opd/:kode/rencana-aksi": { izin: LIHAT, jalur: () => "/opd/malili/rencana-aksi?tahun=2024" },
  "POST /opd/:kode/rencana-aksi/:id": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/rencana-aksi/${i.pkIndikator}`,
  },
  "GET /opd/:kode/dpa": { izin: LIHAT, jalur: () => "/opd/malili/dpa?tahun=2024" },
  "POST /opd/:kode/dpa": { izin: UBAH, jalur: () => "/opd/malili/dpa" },
  "POST /opd/:kode/dpa/program": { izin: UBAH, jalur: () => "/opd/malili/dpa/program" },
  "POST /opd/:kode/dpa/kegiatan": { izin: UBAH, jalur: () => "/opd/malili/dpa/kegiatan" },
  "POST /opd/:kode/dpa/sub-kegiatan": { izin: UBAH, jalur: () => "/opd/malili/dpa/sub-kegiatan" },
  "GET /opd/:kode/dpa/sub/:id": { izin: LIHAT, jalur: (i) => `/opd/malili/dpa/sub/${i.sub}` },
  "POST /opd/:kode/dpa/sub/:id/realisasi": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/dpa/sub/${i.sub}/realisasi`,
  },
  "POST /opd/:kode/dpa/sub/:id/anggaran-kas": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/dpa/sub/${i.sub}/anggaran-kas`,
  },
  "GET /opd/:kode/narasi": { izin: LIHAT, jalur: () => "/opd/malili/narasi?tahun=2024" },
  "POST /opd/:kode/narasi": { izin: UBAH, jalur: () => "/opd/malili/narasi" },
  "GET /opd/:kode/pegawai": { izin: LIHAT, jalur: () => "/opd/malili/pegawai?tahun=2024" },
  "POST /opd/:kode/pegawai": { izin: UBAH, jalur: () => "/opd/malili/pegawai" },
  "POST /opd/:kode/pegawai/anjab": { izin: UBAH, jalur: () => "/opd/malili/pegawai/anjab" },
  "GET /opd/:kode/temuan": { izin: LIHAT, jalur: () => "/opd/malili/temuan?tahun=2024" },
  "GET /opd/:kode/rekomendasi": { izin: LIHAT, jalur: () => "/opd/malili/rekomendasi" },
  "POST /opd/:kode/rekomendasi": { izin: EVALUATOR, jalur: () => "/opd/malili/rekomendasi" },
  "GET /opd/:kode/rekomendasi/:id": { izin: LIHAT, jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}` },
  "POST /opd/:kode/rekomendasi/:id/tindak-lanjut": {
    izin: TINDAK_LANJUT,
    jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/tindak-lanjut`,
  },
  "POST /opd/:kode/rekomendasi/:id/verifikasi": {
    izin: EVALUATOR,
    jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/verifikasi`,
  },
  "GET /opd/:kode/lke": { izin: LIHAT, jalur: () => "/opd/malili/lke" },
  "POST /opd/:kode/lke/mulai": { izin: LKE, jalur: () => "/opd/malili/lke/mulai" },
  "GET /opd/:kode/lke/:tahun": { izin: LIHAT, jalur: () => "/opd/malili/lke/2024" },
  "POST /opd/:kode/lke/:tahun/mulai": { izin: LKE, jalur: () => "/opd/malili/lke/2025/mulai" },
  "POST /opd/:kode/lke/:tahun/ajukan": { izin: LKE, jalur: () => "/opd/malili/lke/2024/ajukan" },
  "POST /opd/:kode/lke/:tahun/finalkan": { izin: EVALUATOR, jalur: () => "/opd/malili/lke/2024/finalkan" },
  "GET /opd/:kode/lke/:tahun/komponen/:komponen": {
    izin: LIHAT,
    jalur: () => "/opd/malili/lke/2024/komponen/1",
  },
  "POST /opd/:kode/lke/:tahun/komponen/:komponen": {
    izin: LKE,
    jalur: () => "/opd/malili/lke/2024/komponen/1",
  },
  "POST /opd/:kode/lke/:tahun/bukti": { izin: LKE, jalur: () => "/opd/malili/lke/2024/bukti" },
  "GET /opd/:kode/lke/:tahun/bukti/:id": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/lke/2024/bukti/${i.buktiLke}`,
  },
  "GET /opd/:kode/reviu": { izin: REVIU, jalur: () => "/opd/malili/reviu" },
  "POST /opd/:kode/reviu/unggah": { izin: REVIU, jalur: () => "/opd/malili/reviu/unggah" },
  "GET /opd/:kode/reviu/:id": { izin: REVIU, jalur: (i) => `/opd/malili/reviu/${i.reviu}` },
  "GET /opd/:kode/reviu/:id/berkas": { izin: REVIU, jalur: (i) => `/opd/malili/reviu/${i.reviu}/berkas` },
  "GET /opd/:kode/reviu/:id/impor": { izin: UBAH, jalur: (i) => `/opd/malili/reviu/${i.reviu}/impor` },
  "POST /opd/:kode/reviu/:id/impor": { izin: UBAH, jalur: (i) => `/opd/malili/reviu/${i.reviu}/impor` },
  "GET /opd/:kode/reviu/:id/:dokumen": {
    izin: EVALUATOR,
    jalur: (i) => `/opd/malili/reviu/${i.reviu}/kertas-kerja.html`,
  },
  "POST /opd/:kode/rekomendasi/:id/bukti": {
    izin: TINDAK_LANJUT,
    jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/bukti`,
  },
  "GET /opd/:kode/rekomendasi/:id/bukti/:buktiId": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/bukti/${i.buktiRekomendasi}`,
  },
  "POST /opd/:kode/rekomendasi/:id/bukti/:buktiId/hapus": {
    izin: TINDAK_LANJUT,
    jalur: (i) => `/opd/malili/rekomendasi/${i.rekomendasi}/bukti/${i.buktiRekomendasi}/hapus`,
  },
  "GET /opd/:kode/pohon-kinerja": { izin: LIHAT, jalur: () => "/opd/malili/pohon-kinerja?tahun=2024" },
  "GET /opd/:kode/pohon-kinerja/diagram.svg": {
    izin: LIHAT,
    jalur: () => "/opd/malili/pohon-kinerja/diagram.svg?tahun=2024",
  },
  "GET /opd/:kode/pohon-kinerja/simpul/:id": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}?tahun=2024`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/ubah": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/ubah`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/anak": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/anak`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/pindah": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/pindah`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/anggaran": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/anggaran`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/anggaran/lepas": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/anggaran/lepas`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/indikator": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/indikator`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/indikator/hapus": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/indikator/hapus`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/target": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/target`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/dukungan": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/dukungan`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/dukungan/hapus": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/dukungan/hapus`,
  },
  "POST /opd/:kode/pohon-kinerja/simpul/:id/hapus": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/simpul/${i.simpul}/hapus`,
  },
  "GET /opd/:kode/pohon-kinerja/langkah/:n": {
    izin: LIHAT,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/1?tahun=2024",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/1": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/1",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/2": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/2",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/2/hapus": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/2/hapus",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/3": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/3",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/4": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/4",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/5/anggaran": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/5/anggaran",
  },
  "POST /opd/:kode/pohon-kinerja/langkah/5/pemilik": {
    izin: UBAH,
    jalur: () => "/opd/malili/pohon-kinerja/langkah/5/pemilik",
  },
  "GET /opd/:kode/pohon-kinerja/usulan-pk/:pkId": {
    izin: LIHAT,
    jalur: (i) => `/opd/malili/pohon-kinerja/usulan-pk/${i.pk}?tahun=2024`,
  },
  "POST /opd/:kode/pohon-kinerja/usulan-pk/:pkId": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/pohon-kinerja/usulan-pk/${i.pk}`,
  },
  "GET /opd/:kode/pohon-kinerja/rhk": {
    izin: LIHAT,
    jalur: () => "/opd/malili/pohon-kinerja/rhk?tahun=2024",
  },
  "POST /opd/:kode/pohon-kinerja/rhk": { izin: UBAH, jalur: () => "/opd/malili/pohon-kinerja/rhk" },
  "GET /opd/:kode/pohon-kinerja/rhk.csv": {
    izin: LIHAT,
    jalur: () => "/opd/malili/pohon-kinerja/rhk.csv?tahun=2024",
  },
  "GET /opd/:kode/pohon-kinerja/rhk.xlsx": {
    izin: LIHAT,
    jalur: () => "/opd/malili/pohon-kinerja/rhk.xlsx?tahun=2024",
  },
  "GET /opd/:kode/impor": { izin: UBAH, jalur: () => "/opd/malili/impor" },
  "POST /opd/:kode/impor": { izin: UBAH, jalur: () => "/opd/malili/impor" },
  "POST /opd/:kode/impor/simpan": { izin: UBAH, jalur: () => "/opd/malili/impor/simpan" },
  "GET /opd/:kode/impor/templat/:berkas": {
    izin: UBAH,
    jalur: () => "/opd/malili/impor/templat/realisasi.xlsx?tahun=2024&periode=tw4",
  },
  "GET /opd/:kode/ekspor/:berkas": {
    izin: LIHAT,
    jalur: () => "/opd/malili/ekspor/realisasi.xlsx?tahun=2024&periode=tw4",
  },
  "GET /opd/:kode/dokumen": { izin: LIHAT, jalur: () => "/opd/malili/dokumen?tahun=2024" },
  "POST /opd/:kode/dokumen/:id/terbitkan": {
    izin: SETUJUI,
    jalur: (i) => `/opd/malili/dokumen/${i.dokumen}/terbitkan`,
  },
  "GET /portal": { izin: SEMUA, jalur: () => "/portal" },
  "GET /portal/:kode": { izin: SEMUA, jalur: () => "/portal/malili" },
  "GET /portal/:kode/:berkas": { izin: SEMUA, jalur: () => "/portal/malili/999999.pdf" },
  "GET /s/hasil/:kodeOpd": { izin: SEMUA, jalur: () => "/s/hasil/malili" },
  "GET /s/:kodeUnit": { izin: SEMUA, jalur: () => "/s/loket-pelayanan-malili" },
  "POST /s/:kodeUnit": { izin: SEMUA, jalur: () => "/s/loket-pelayanan-malili" },
  "GET /s/:kodeUnit/terima-kasih": { izin: SEMUA, jalur: () => "/s/loket-pelayanan-malili/terima-kasih" },
  "GET /s/:kodeUnit/poster": { izin: SEMUA, jalur: () => "/s/loket-pelayanan-malili/poster" },
  "GET /opd/:kode/survei": { izin: LIHAT, jalur: () => "/opd/malili/survei" },
  "POST /opd/:kode/survei/unit": { izin: UBAH, jalur: () => "/opd/malili/survei/unit" },
  "POST /opd/:kode/survei/jenis": { izin: UBAH, jalur: () => "/opd/malili/survei/jenis" },
  "POST /opd/:kode/survei/periode": { izin: UBAH, jalur: () => "/opd/malili/survei/periode" },
  "POST /opd/:kode/survei/periode/:id/terapkan": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/survei/periode/${i.skmPeriode}/terapkan`,
  },
  // the one-time codes work like passwords: only the person who manages the survey prints them
  "GET /opd/:kode/survei/periode/:id/kode": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/survei/periode/${i.skmPeriode}/kode`,
  },
  "POST /opd/:kode/survei/periode/:id/kode": {
    izin: UBAH,
    jalur: (i) => `/opd/malili/survei/periode/${i.skmPeriode}/kode`,
  },
  // a custom questionnaire serves the whole pemda
  "POST /opd/:kode/survei/kuesioner": { izin: ADMIN, jalur: () => "/opd/malili/survei/kuesioner" },
  "GET /opd/:kode/survei/impor": { izin: UBAH, jalur: () => "/opd/malili/survei/impor" },
  "GET /opd/:kode/survei/impor/templat.csv": {
    izin: UBAH,
    jalur: () => "/opd/malili/survei/impor/templat.csv",
  },
  "POST /opd/:kode/survei/impor": { izin: UBAH, jalur: () => "/opd/malili/survei/impor" },
  "POST /opd/:kode/survei/impor/simpan": { izin: UBAH, jalur: () => "/opd/malili/survei/impor/simpan" },
  "GET /api/v1/opd/:kode/ringkasan": { izin: LIHAT, jalur: () => "/api/v1/opd/malili/ringkasan?tahun=2024" },
  "GET /api/v1/opd/:kode/dokumen/:jenis/:berkas": {
    izin: LIHAT,
    jalur: () => "/api/v1/opd/malili/dokumen/iku/2024.html",
  },
  "GET /api/v1/openapi.json": { izin: SEMUA, jalur: () => "/api/v1/openapi.json" },
  // last: they end the session they are asked with
  "POST /akun/keluar-semua": { izin: MASUK, jalur: () => "/akun/keluar-semua" },
  "POST /keluar": { izin: SEMUA, jalur: () => "/keluar" },
};

async function siapkanId(
  db: Db,
  pemdaId: number,
  opdId: number,
  unggah: (kunci: string) => Promise<void>,
): Promise<Id> {
  const satu = async <T>(q: Promise<T | undefined>): Promise<T> => {
    const r = await q;
    if (r === undefined) throw new Error("data demo tidak lengkap");
    return r;
  };
  const indikator = await satu(
    db
      .selectFrom("indikator")
      .select(["id", "renstra_id"])
      .where("kode", "=", "S2.I1")
      .where("opd_id", "=", opdId)
      .executeTakeFirst(),
  );
  const realisasi = await satu(
    db
      .selectFrom("realisasi_indikator")
      .select("id")
      .where("indikator_id", "=", indikator.id)
      .orderBy("tahun", "desc")
      .executeTakeFirst(),
  );
  await unggah("bukti/aa/uji");
  const bukti = await satu(
    db
      .insertInto("bukti")
      .values({
        pemda_id: pemdaId,
        opd_id: opdId,
        realisasi_id: realisasi.id,
        nama_berkas: "uji.pdf",
        jenis_mime: "application/pdf",
        ukuran: 9,
        sha256: "aa",
        kunci_simpan: "bukti/aa/uji",
        diunggah_oleh: "uji",
      })
      .returning("id")
      .executeTakeFirst(),
  );
  const pk = await satu(
    db
      .selectFrom("perjanjian_kinerja")
      .select("id")
      .where("opd_id", "=", opdId)
      .where("tahun", "=", 2024)
      .orderBy("id")
      .executeTakeFirst(),
  );
  const pkIndikator = await satu(
    db.selectFrom("pk_indikator").select("id").where("pk_id", "=", pk.id).executeTakeFirst(),
  );
  const sub = await satu(
    db.selectFrom("dpa_sub_kegiatan").select("id").where("opd_id", "=", opdId).executeTakeFirst(),
  );
  const rekomendasi = await satu(
    db.selectFrom("rekomendasi").select("id").where("opd_id", "=", opdId).executeTakeFirst(),
  );
  const akunLain = await satu(
    db.selectFrom("akun").select("id").where("nama_pengguna", "=", "perencana.burau").executeTakeFirst(),
  );
  const jadwal = await satu(
    db
      .insertInto("jadwal_input")
      .values({
        pemda_id: pemdaId,
        jenis_data: "realisasi",
        tahun: 2030,
        periode_jenis: "triwulan",
        periode_ke: 1,
        dibuka_pada: "2030-04-01T00:00:00Z",
        ditutup_pada: "2030-04-30T00:00:00Z",
      })
      .returning("id")
      .executeTakeFirst(),
  );
  const dokumen = await satu(
    db
      .insertInto("dokumen_opd")
      .values({ pemda_id: pemdaId, opd_id: opdId, jenis: "iku", tahun: 2024 })
      .returning("id")
      .executeTakeFirst(),
  );
  const skmPeriode = await satu(
    db
      .selectFrom("skm_periode")
      .select("id")
      .where("opd_id", "=", opdId)
      .orderBy("id", "desc")
      .executeTakeFirst(),
  );
  const jawabanLke = await satu(
    db
      .selectFrom("lke_jawaban")
      .innerJoin("lke_penilaian", "lke_penilaian.id", "lke_jawaban.penilaian_id")
      .select("lke_jawaban.id")
      .where("lke_penilaian.opd_id", "=", opdId)
      .executeTakeFirst(),
  );
  await unggah("bukti/bb/uji");
  const buktiLke = await satu(
    db
      .insertInto("bukti_evaluasi")
      .values({
        pemda_id: pemdaId,
        opd_id: opdId,
        lke_jawaban_id: jawabanLke.id,
        nama_berkas: "lke.pdf",
        jenis_mime: "application/pdf",
        ukuran: 9,
        sha256: "bb",
        kunci_simpan: "bukti/bb/uji",
        diunggah_oleh: "uji",
      })
      .returning("id")
      .executeTakeFirst(),
  );
  await unggah("bukti/dd/uji");
  const buktiRekomendasi = await satu(
    db
      .insertInto("bukti_evaluasi")
      .values({
        pemda_id: pemdaId,
        opd_id: opdId,
        rekomendasi_id: rekomendasi.id,
        nama_berkas: "tindak-lanjut.pdf",
        jenis_mime: "application/pdf",
        ukuran: 9,
        sha256: "dd",
        kunci_simpan: "bukti/dd/uji",
        diunggah_oleh: "uji",
      })
      .returning("id")
      .executeTakeFirst(),
  );
  const simpul = await satu(
    db
      .selectFrom("pohon_kinerja")
      .select("id")
      .where("opd_id", "=", opdId)
      .where("level", "=", "operasional")
      .orderBy("id")
      .executeTakeFirst(),
  );
  await unggah("reviu/cc/uji");
  const reviu = await satu(
    db
      .insertInto("reviu_dokumen")
      .values({
        pemda_id: pemdaId,
        opd_id: opdId,
        tahun: 2024,
        nama_berkas: "lakip.txt",
        jenis_mime: "text/plain",
        ukuran: 9,
        sha256: "cc",
        kunci_simpan: "reviu/cc/uji",
        hasil: JSON.stringify({
          namaBerkas: "lakip.txt",
          format: "teks",
          terbaca: { bab: 0, tabel: 0, paragraf: 0 },
          ringkasan: { tinggi: 0, sedang: 0, rendah: 0, perJenis: {} },
          temuan: [],
        }),
        diunggah_oleh: "uji",
      })
      .returning("id")
      .executeTakeFirst(),
  );
  return {
    buktiLke: buktiLke.id,
    simpul: simpul.id,
    buktiRekomendasi: buktiRekomendasi.id,
    reviu: reviu.id,
    skmPeriode: skmPeriode.id,
    akun: akunLain.id,
    jadwal: jadwal.id,
    renstra: indikator.renstra_id,
    indikator: indikator.id,
    realisasi: realisasi.id,
    bukti: bukti.id,
    pk: pk.id,
    pkIndikator: pkIndikator.id,
    sub: sub.id,
    rekomendasi: rekomendasi.id,
    dokumen: dokumen.id,
  };
}

async function sesiPelaku(db: Db, pelaku: Pelaku): Promise<SesiUji> {
  switch (pelaku) {
    case "publik":
      // the public has no session, only the browser's pre-sign-in CSRF cookie, as a real browser would
      return {
        cookie: "terukur_csrf=token-publik-uji",
        csrf: "token-publik-uji",
        akunId: 0,
        namaPengguna: "",
      };
    case "perencana_lain":
      return sesiUji(db, { peran: "perencana", opdKode: "burau", namaPengguna: "perencana.burau" });
    case "kepala_seksi":
      return sesiUji(db, { peran: "kepala_seksi", opdKode: "malili", unitKode: "seksi-pemerintahan" });
    case "admin_pemda":
    case "evaluator":
      return sesiUji(db, { peran: pelaku });
    default:
      return sesiUji(db, { peran: pelaku, opdKode: "malili" });
  }
}

function ditolak(res: Response): boolean {
  if (res.status === 401 || res.status === 403) return true;
  const ke = res.headers.get("location") ?? "";
  return res.status >= 300 && res.status < 400 && (ke === "/masuk" || ke.startsWith("/masuk?lanjut="));
}

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("every route with every role", () => {
  it("the table names exactly the application's routes", async () => {
    const app = aplikasiUji(b.db);
    const rute = new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`));
    expect([...rute].sort()).toEqual(Object.keys(ATURAN).sort());
  });

  for (const pelaku of PELAKU) {
    it(`${pelaku}: allowed where the table says, refused (401/403/sign-in) everywhere else`, async () => {
      await dalamRollback(b, async (trx) => {
        const { pemdaId, opdId } = await muatDataset(trx, malili2024);
        const penyimpanan = penyimpananMemori();
        // the other OPD's planner must exist before the ids are read (the admin acts on that account)
        const lain = await sesiPelaku(trx, "perencana_lain");
        const sesi = pelaku === "perencana_lain" ? lain : await sesiPelaku(trx, pelaku);
        const id = await siapkanId(trx, pemdaId, opdId, (k) =>
          penyimpanan.simpan(k, new TextEncoder().encode("%PDF-1.4\n")),
        );
        const app = aplikasiUji(trx, {
          penyimpanan,
          cadanganLokal: { token: "token-uji", mode: "pglite", folderBerkas: null },
        });
        const salah: string[] = [];
        for (const [rute, aturan] of Object.entries(ATURAN)) {
          const metode = rute.startsWith("POST") ? "POST" : "GET";
          // each request in its own savepoint, so a refused write inside cannot spoil the next one
          await sql`savepoint rute`.execute(trx);
          const res = await minta(app, sesi, metode, aturan.jalur(id), { isian: {} });
          await sql`rollback to savepoint rute`.execute(trx);
          const boleh = aturan.izin.includes(pelaku);
          if (ditolak(res) === boleh)
            salah.push(`${rute} → ${res.status} ${res.headers.get("location") ?? ""}`);
        }
        expect(salah, `${pelaku}: ${uraian(salah)}`).toEqual([]);
      });
    });
  }
});

function uraian(salah: string[]): string {
  return salah.length === 0 ? "semua sesuai" : `tidak sesuai tabel:\n${salah.join("\n")}`;
}
