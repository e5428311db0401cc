/**
 * The LKE assessment of an OPD per year (PermenPANRB 88/2021; issue 6 items 2 and 5): the OPD's self-assessment
 * and the evaluator's score side by side, submitted (mandiri → evaluasi) and finalised (evaluasi → final) into
 * evaluasi_hasil and the Nilai LAKIP IKU in one transaction. Every write: scope → validate → transaction → audit.
 */
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import type { Peran } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { desimal } from "../../platform/decimal.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { formatAngka } from "../../platform/number-format.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { IZIN } from "../auth/auth.policy.ts";
import { tanggalHariIni } from "../dashboard/tanggal.ts";
import { catatHasilEvaluasi, riwayatEvaluasi } from "./hasil-evaluasi.service.ts";
import { buktiOtomatisPenilaian } from "./lke-bukti-otomatis.service.ts";
import type { HasilLke, PredikatLke } from "./lke-nilai.domain.ts";
import type { PaketLke } from "./lke-paket.domain.ts";
import { bacaPaketLke } from "./lke-paket.ts";
import * as repo from "./lke-penilaian.repo.ts";
import { skemaJawabanLke, skemaTahunLke } from "./lke-penilaian.schemas.ts";
import { hasilSisi, kemajuanSisi } from "./lke-ringkasan.domain.ts";
import { predikatNilaiSakip } from "./nilai-sakip.domain.ts";

/** A file supporting an answer (uploaded) or a fact Terukur itself holds (linked automatically). */
export type BuktiJawabanLke =
  | { jenis: "berkas"; id: number; namaBerkas: string; ukuran: number; diunggahPada: Date }
  | { jenis: "otomatis"; uraian: string; tautan: string | null; terpenuhi: boolean };

/** One criterion of an assessment: both sides' answers and notes, and its evidence. */
export type JawabanPenilaianLke = {
  kode: string;
  mandiri: string | null;
  catatanMandiri: string | null;
  evaluator: string | null;
  catatanEvaluator: string | null;
  bukti: BuktiJawabanLke[];
};

/**
 * An OPD's LKE assessment of one year as every screen and document reads it: the pack it is scored against,
 * the answers side by side, and each side's result (null until that side has answered every criterion).
 */
export type PenilaianLke = {
  id: number;
  opdId: number;
  tahun: number;
  status: "mandiri" | "evaluasi" | "final";
  paket: PaketLke;
  jawaban: ReadonlyMap<string, JawabanPenilaianLke>;
  hasilMandiri: HasilLke | null;
  hasilEvaluator: HasilLke | null;
  catatanUmum: string | null;
  evaluasiId: number | null;
  difinalkanPada: Date | null;
  difinalkanOleh: string | null;
};

/** The two sides of an assessment. */
export type SisiLke = "mandiri" | "evaluator";

let paketBawaan: Promise<PaketLke> | null = null;

/**
 * The pack an assessment was started on, by its recorded code and version. Why: a later pack never re-scores an
 * old year; an assessment whose pack is no longer shipped is refused rather than scored on another one.
 */
export async function paketPenilaian(kode: string, versi: string): Promise<PaketLke> {
  paketBawaan ??= bacaPaketLke();
  const p = await paketBawaan.catch((e) => {
    paketBawaan = null;
    throw e;
  });
  if (p.id !== kode || String(p.versi) !== versi) {
    throw new GalatTerukur("tidak_ditemukan", `Paket LKE ${kode} versi ${versi} tidak tersedia`, "paket");
  }
  return p;
}

/** The pack a new assessment starts on (PermenPANRB 88/2021). */
async function paketBaru(): Promise<PaketLke> {
  paketBawaan ??= bacaPaketLke();
  return paketBawaan;
}

type BarisJawaban = Awaited<ReturnType<typeof repo.daftarJawaban>>[number];

function petaSisi(baris: readonly BarisJawaban[], sisi: SisiLke): Map<string, string> {
  const m = new Map<string, string>();
  for (const b of baris) {
    const j = sisi === "mandiri" ? b.jawaban_mandiri : b.jawaban_evaluator;
    if (j !== null) m.set(b.kriteria_kode, j);
  }
  return m;
}

/**
 * The assessment of an OPD for a year, or null when none was started. Why: the one read every view shares.
 * `jawaban` holds every criterion of the pack in pack order (unanswered ones with nulls); `bukti` lists the
 * uploaded files, then the automatic evidence (skipped with `buktiOtomatis: false`, e.g. for a document).
 */
export async function bacaPenilaianLke(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  opsi: { buktiOtomatis?: boolean } = {},
): Promise<PenilaianLke | null> {
  const c = cakupanOpd(cakupan, opdId);
  const p = await repo.cariPenilaian(db, c, opdId, tahun);
  if (!p) return null;
  const paket = await paketPenilaian(p.paket_kode, p.paket_versi);
  const baris = await repo.daftarJawaban(db, c, [p.id]);
  const perKode = new Map(baris.map((b) => [b.kriteria_kode, b]));
  const berkas = await repo.daftarBuktiPenilaian(db, c, p.id);
  const otomatis =
    opsi.buktiOtomatis === false ? new Map() : await buktiOtomatisPenilaian(db, c, opdId, tahun);
  const jawaban = new Map<string, JawabanPenilaianLke>();
  for (const kode of paket.kriteriaPerKode.keys()) {
    const b = perKode.get(kode);
    jawaban.set(kode, {
      kode,
      mandiri: b?.jawaban_mandiri ?? null,
      catatanMandiri: b?.catatan_mandiri ?? null,
      evaluator: b?.jawaban_evaluator ?? null,
      catatanEvaluator: b?.catatan_evaluator ?? null,
      bukti: [
        ...berkas
          .filter((f) => f.kriteria_kode === kode)
          .map(
            (f): BuktiJawabanLke => ({
              jenis: "berkas",
              id: f.id,
              namaBerkas: f.nama_berkas,
              ukuran: f.ukuran,
              diunggahPada: f.diunggah_pada,
            }),
          ),
        ...(otomatis.get(kode) ?? []).map((o: BuktiJawabanLke) => ({ ...o, jenis: "otomatis" as const })),
      ],
    });
  }
  return {
    id: p.id,
    opdId,
    tahun: p.tahun,
    status: p.status,
    paket,
    jawaban,
    hasilMandiri: hasilSisi(paket, petaSisi(baris, "mandiri")),
    hasilEvaluator: hasilSisi(paket, petaSisi(baris, "evaluator")),
    catatanUmum: p.catatan_umum,
    evaluasiId: p.evaluasi_id,
    difinalkanPada: p.difinalkan_pada,
    difinalkanOleh: p.difinalkan_oleh,
  };
}

function bolehMandiri(peran: Peran): boolean {
  return IZIN.isi_lke_mandiri.includes(peran);
}

function bolehEvaluator(peran: Peran): boolean {
  return IZIN.tulis_evaluasi.includes(peran);
}

async function penilaianTerkunci(db: Db, c: Cakupan, opdId: number, tahun: number) {
  const p = await repo.kunciPenilaian(db, c, opdId, tahun);
  if (!p) {
    throw new GalatTerukur("tidak_ditemukan", `Penilaian LKE tahun ${tahun} belum dimulai`, "tahun");
  }
  return p;
}

function tolakFinal(status: string, tahun: number, bidang: string | null = null): void {
  if (status === "final") {
    throw new GalatTerukur(
      "konflik",
      `Penilaian LKE tahun ${tahun} sudah final dan terkunci; jawabannya tidak dapat diubah`,
      bidang,
    );
  }
}

/**
 * Starts the assessment of a year on the current pack (its code and version recorded), status mandiri. The OPD
 * (isi_lke_mandiri) or the evaluator (tulis_evaluasi) may start it; one assessment per OPD and year.
 */
export async function mulaiPenilaianLke(
  db: Db,
  cakupan: Cakupan,
  peran: Peran,
  opdId: number,
  tahunInput: number,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const tahun = validasi(skemaTahunLke, tahunInput);
  if (!bolehMandiri(peran) && !bolehEvaluator(peran)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      "Penilaian LKE hanya dapat dimulai oleh perencana atau pimpinan perangkat daerah, atau evaluator.",
    );
  }
  const paket = await paketBaru();
  return dalamTransaksi(db, async (trx) => {
    const data = {
      pemda_id: c.pemdaId,
      opd_id: opdId,
      tahun,
      paket_kode: paket.id,
      paket_versi: String(paket.versi),
    };
    const { id } = await tolakDuplikat(
      () => trx.insertInto("lke_penilaian").values(data).returning("id").executeTakeFirstOrThrow(),
      `Penilaian LKE tahun ${tahun} sudah dimulai untuk perangkat daerah ini`,
      "tahun",
    );
    await catatAudit(trx, c, "buat", "lke_penilaian", id, { ...data, status: "mandiri" }, opdId);
    return id;
  });
}

/**
 * Saves one side's answers and notes for some criteria. Refused, naming the criterion and writing nothing: an
 * unknown criterion, an answer outside the pack's scale (AA…E), a criterion sent twice, a final assessment, the
 * self-assessment after it was submitted, the evaluator's side by anyone but the evaluator (or before scoring
 * is opened). An empty answer clears that side's answer. Returns how many criteria changed.
 */
export async function simpanJawabanLke(
  db: Db,
  cakupan: Cakupan,
  peran: Peran,
  opdId: number,
  tahun: number,
  sisi: SisiLke,
  daftar: readonly { kode: string; jawaban: string | null; catatan: string | null }[],
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaJawabanLke, { sisi, daftar });
  const pertama = d.daftar[0]?.kode ?? null;
  if (d.sisi === "evaluator" && !bolehEvaluator(peran)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      `Jawaban evaluator kriteria ${pertama} hanya dapat diisi oleh evaluator.`,
      pertama,
    );
  }
  if (d.sisi === "mandiri" && !bolehMandiri(peran)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      `Penilaian mandiri kriteria ${pertama} hanya dapat diisi oleh perencana atau pimpinan perangkat daerah.`,
      pertama,
    );
  }
  return dalamTransaksi(db, async (trx) => {
    const p = await penilaianTerkunci(trx, c, opdId, tahun);
    tolakFinal(p.status, tahun, pertama);
    if (d.sisi === "mandiri" && p.status !== "mandiri") {
      throw new GalatTerukur(
        "konflik",
        `Penilaian mandiri tahun ${tahun} sudah diajukan; kriteria ${pertama} tidak dapat diubah lagi oleh perangkat daerah`,
        pertama,
      );
    }
    if (d.sisi === "evaluator" && p.status !== "evaluasi") {
      throw new GalatTerukur(
        "konflik",
        `Penilaian evaluator tahun ${tahun} belum dibuka; buka penilaian evaluator dahulu sebelum mengisi kriteria ${pertama}`,
        pertama,
      );
    }
    const paket = await paketPenilaian(p.paket_kode, p.paket_versi);
    const dilihat = new Set<string>();
    for (const j of d.daftar) {
      if (!paket.kriteriaPerKode.has(j.kode)) {
        throw inputTidakValid(`Kriteria ${j.kode} tidak ada di paket ${paket.id}.`, j.kode);
      }
      if (dilihat.has(j.kode)) throw inputTidakValid(`Kriteria ${j.kode} dikirim lebih dari sekali.`, j.kode);
      dilihat.add(j.kode);
      if (j.jawaban !== null && !paket.jawabanPerKode.has(j.jawaban)) {
        throw inputTidakValid(
          `Jawaban kriteria ${j.kode} "${j.jawaban}" harus salah satu dari ${paket.skalaJawaban.map((x) => x.kode).join(", ")}.`,
          j.kode,
        );
      }
    }
    const ada = new Map((await repo.daftarJawaban(trx, c, [p.id])).map((b) => [b.kriteria_kode, b]));
    const kolomJawaban = d.sisi === "mandiri" ? "jawaban_mandiri" : "jawaban_evaluator";
    const kolomCatatan = d.sisi === "mandiri" ? "catatan_mandiri" : "catatan_evaluator";
    let berubah = 0;
    for (const j of d.daftar) {
      const lama = ada.get(j.kode);
      if (lama) {
        if (lama[kolomJawaban] === j.jawaban && lama[kolomCatatan] === j.catatan) continue;
        const baru = await trx
          .updateTable("lke_jawaban")
          .set({
            [kolomJawaban]: j.jawaban,
            [kolomCatatan]: j.catatan,
            diubah_oleh: c.pelaku,
            diubah_pada: new Date(),
          })
          .where("id", "=", lama.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await catatAudit(trx, c, "ubah", "lke_jawaban", baru.id, baru, opdId, lama);
      } else {
        if (j.jawaban === null && j.catatan === null) continue;
        const baru = await trx
          .insertInto("lke_jawaban")
          .values({
            pemda_id: c.pemdaId,
            penilaian_id: p.id,
            kriteria_kode: j.kode,
            [kolomJawaban]: j.jawaban,
            [kolomCatatan]: j.catatan,
            diubah_oleh: c.pelaku,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await catatAudit(trx, c, "buat", "lke_jawaban", baru.id, baru, opdId);
      }
      berubah += 1;
    }
    return berubah;
  });
}

/**
 * Submits the self-assessment to the evaluator (mandiri → evaluasi). The OPD submits its own; the evaluator may
 * open scoring directly, with or without a self-assessment. After this the OPD's side is read-only.
 */
export async function ajukanPenilaianMandiri(
  db: Db,
  cakupan: Cakupan,
  peran: Peran,
  opdId: number,
  tahun: number,
): Promise<void> {
  const c = cakupanOpd(cakupan, opdId);
  if (!bolehMandiri(peran) && !bolehEvaluator(peran)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      "Penilaian mandiri hanya dapat diajukan oleh perencana atau pimpinan perangkat daerah.",
    );
  }
  await dalamTransaksi(db, async (trx) => {
    const p = await penilaianTerkunci(trx, c, opdId, tahun);
    tolakFinal(p.status, tahun);
    if (p.status !== "mandiri") {
      throw new GalatTerukur("konflik", `Penilaian mandiri tahun ${tahun} sudah diajukan`);
    }
    const sesudah = await trx
      .updateTable("lke_penilaian")
      .set({ status: "evaluasi" })
      .where("id", "=", p.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "ubah", "lke_penilaian", p.id, sesudah, opdId, p);
  });
}

/**
 * Fixes the evaluator's score (evaluasi → final): every criterion must carry the evaluator's answer; the total
 * (hitungNilaiLke) is written through catatHasilEvaluasi, so evaluasi_hasil and the realisation of the OPD's
 * Nilai LAKIP IKU are written in this same transaction (issue 6 item 5). A year whose Nilai LAKIP was already
 * typed is refused, never overwritten. Returns the result and the ids written.
 */
export async function finalkanPenilaianLke(
  db: Db,
  cakupan: Cakupan,
  peran: Peran,
  opdId: number,
  tahun: number,
): Promise<{ hasil: HasilLke; evaluasiId: number; realisasiIds: number[] }> {
  const c = cakupanOpd(cakupan, opdId);
  if (!bolehEvaluator(peran)) {
    throw new GalatTerukur("di_luar_cakupan", "Nilai LKE hanya dapat difinalkan oleh evaluator.");
  }
  return dalamTransaksi(db, async (trx) => {
    const p = await penilaianTerkunci(trx, c, opdId, tahun);
    tolakFinal(p.status, tahun);
    if (p.status !== "evaluasi") {
      throw new GalatTerukur(
        "konflik",
        `Penilaian LKE tahun ${tahun} masih penilaian mandiri; buka penilaian evaluator dahulu`,
      );
    }
    const paket = await paketPenilaian(p.paket_kode, p.paket_versi);
    const evaluator = petaSisi(await repo.daftarJawaban(trx, c, [p.id]), "evaluator");
    const kemajuan = kemajuanSisi(paket, evaluator);
    if (kemajuan.terjawab < kemajuan.jumlah) {
      const kosong = [...paket.kriteriaPerKode.keys()].filter((k) => !evaluator.has(k));
      throw new GalatTerukur(
        "konflik",
        `${kosong.length} kriteria belum dijawab evaluator (${kosong.slice(0, 5).join(", ")}` +
          `${kosong.length > 5 ? ", …" : ""}); nilai belum dapat difinalkan`,
      );
    }
    const hasil = hasilSisi(paket, evaluator) as HasilLke;
    const sudah = (await riwayatEvaluasi(trx, c, opdId)).find((e) => e.tahun === tahun);
    if (sudah) {
      throw new GalatTerukur(
        "konflik",
        `Nilai LAKIP tahun ${tahun} sudah tercatat (${formatAngka(sudah.nilai, 2)}) sebelum penilaian ini; ` +
          "nilai yang sudah tercatat tidak ditimpa",
      );
    }
    const { evaluasiId, realisasiIds } = await catatHasilEvaluasi(trx, c, opdId, {
      tahun,
      nilai: hasil.nilaiAkhir,
      tanggalLhe: tanggalHariIni(),
      catatan: `Nilai akhir LKE ${paket.nama} (${paket.id} versi ${paket.versi})`,
    });
    const sesudah = await trx
      .updateTable("lke_penilaian")
      .set({
        status: "final",
        evaluasi_id: evaluasiId,
        difinalkan_oleh: c.pelaku,
        difinalkan_pada: new Date(),
      })
      .where("id", "=", p.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "ubah", "lke_penilaian", p.id, sesudah, opdId, p);
    return { hasil, evaluasiId, realisasiIds };
  });
}

/** One year of the comparison table: a final LKE per komponen, or a score typed without an LKE. */
export type TahunLke = {
  tahun: number;
  sumber: "lke" | "evaluasi_hasil";
  /** the assessment's status; null for a year known only from evaluasi_hasil */
  status: PenilaianLke["status"] | null;
  /** per komponen score of a final assessment; null otherwise */
  komponen: { kode: string; nama: string; bobot: string; nilai: string }[] | null;
  nilai: string | null;
  predikat: PredikatLke | null;
};

/**
 * Every year of an OPD's evaluation, oldest first: its LKE assessments (final ones scored per komponen on the
 * evaluator's answers) and the years with a Nilai LAKIP but no LKE. Why: the comparison with earlier years.
 */
export async function riwayatPenilaianLke(db: Db, cakupan: Cakupan, opdId: number): Promise<TahunLke[]> {
  const c = cakupanOpd(cakupan, opdId);
  const penilaian = await repo.daftarPenilaian(db, c, opdId);
  const jawaban = await repo.daftarJawaban(
    db,
    c,
    penilaian.filter((p) => p.status === "final").map((p) => p.id),
  );
  const diketik = new Map((await riwayatEvaluasi(db, c, opdId)).map((e) => [e.tahun, e]));
  const baris: TahunLke[] = [];
  for (const p of penilaian) {
    if (p.status !== "final") {
      // a year still being assessed shows the score typed before, if any
      const e = diketik.get(p.tahun);
      baris.push({
        tahun: p.tahun,
        sumber: "lke",
        status: p.status,
        komponen: null,
        nilai: e?.nilai ?? null,
        predikat: e?.predikat ?? null,
      });
      continue;
    }
    const paket = await paketPenilaian(p.paket_kode, p.paket_versi);
    const hasil = hasilSisi(
      paket,
      petaSisi(
        jawaban.filter((j) => j.penilaian_id === p.id),
        "evaluator",
      ),
    );
    baris.push({
      tahun: p.tahun,
      sumber: "lke",
      status: "final",
      komponen:
        hasil?.komponen.map((k) => ({ kode: k.kode, nama: k.nama, bobot: k.bobot, nilai: k.nilai })) ?? null,
      nilai: hasil?.nilaiAkhir ?? null,
      predikat: hasil?.predikat ?? null,
    });
  }
  const tahunLke = new Set(penilaian.map((p) => p.tahun));
  for (const e of diketik.values()) {
    if (tahunLke.has(e.tahun)) continue;
    baris.push({
      tahun: e.tahun,
      sumber: "evaluasi_hasil",
      status: null,
      komponen: null,
      nilai: e.nilai,
      predikat: predikatNilaiSakip(desimal(e.nilai)),
    });
  }
  return baris.sort((a, b) => a.tahun - b.tahun);
}
