import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

function barisRekomendasi(db: Db, opdId: number) {
  return db
    .selectFrom("rekomendasi")
    .selectAll()
    .where("opd_id", "=", opdId)
    .orderBy("tahun_evaluasi")
    .orderBy("nomor")
    .execute();
}

describe("recommendations and their follow-up", () => {
  it("lists the OPD's recommendations by evaluation year and highlights an overdue one", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      await trx
        .updateTable("rekomendasi")
        .set({ tenggat: "2020-01-31" })
        .where("opd_id", "=", opdId)
        .where("nomor", "=", 3)
        .execute();
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
      const res = await minta(app, sesi, "GET", "/opd/malili/rekomendasi");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Rekomendasi hasil evaluasi tahun 2023");
      expect(html).toContain("Agar menyusun jadwal monitoring");
      const terlambat = html.match(/<tr class="baris-terlambat" id="rek-\d+">[\s\S]*?<\/tr>/g) ?? [];
      expect(terlambat).toHaveLength(1);
      expect(terlambat[0]).toContain("Agar menjelaskan definisi operasional");
      expect(terlambat[0]).toContain("31 Januari 2020");
      expect(terlambat[0]).toContain("Melewati tenggat");
      // the pimpinan records follow-up but cannot add a recommendation
      expect(html).not.toContain("Tambah rekomendasi");
      const lain = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await minta(app, lain, "GET", "/opd/malili/rekomendasi")).status).toBe(403);
    }));

  it("lets the evaluator add a recommendation, read back exactly, with an audit row", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const halaman = await (await minta(app, evaluator, "GET", "/opd/malili/rekomendasi")).text();
      expect(halaman).toContain("Tambah rekomendasi");
      expect(halaman).toContain('name="nomor" type="text" value="15"');
      const res = await minta(app, evaluator, "POST", "/opd/malili/rekomendasi", {
        isian: {
          tahunEvaluasi: "2024",
          nomor: "1",
          uraian: "Agar menyusun pohon kinerja sampai tingkat seksi",
          tenggat: "2025-06-30",
          penanggungJawab: "Sekretaris Camat",
        },
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toMatch(
        /^\/opd\/malili\/rekomendasi\?pesan=Rekomendasi%20tersimpan#rek-\d+$/,
      );
      const baru = (await barisRekomendasi(trx, opdId)).filter((r) => r.tahun_evaluasi === 2024);
      expect(baru).toEqual([
        expect.objectContaining({
          nomor: 1,
          uraian: "Agar menyusun pohon kinerja sampai tingkat seksi",
          tenggat: "2025-06-30",
          penanggung_jawab: "Sekretaris Camat",
          status: "belum",
          rencana_aksi: null,
          progres: null,
        }),
      ]);
      const audit = await trx
        .selectFrom("audit_log")
        .select(["pelaku", "akun_id", "aksi", "opd_id"])
        .where("tabel", "=", "rekomendasi")
        .where("baris_id", "=", String(baru[0]?.id ?? 0))
        .execute();
      expect(audit).toEqual([
        { pelaku: "evaluator.pemda", akun_id: evaluator.akunId, aksi: "buat", opd_id: opdId },
      ]);
      const setelah = await (await minta(app, evaluator, "GET", res.headers.get("location") ?? "")).text();
      expect(setelah).toContain("Rekomendasi tersimpan");
      expect(setelah).toContain("Rekomendasi hasil evaluasi tahun 2024");
    }));

  it("refuses a perencana adding a recommendation (403) and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sebelum = await barisRekomendasi(trx, opdId);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const res = await minta(app, perencana, "POST", "/opd/malili/rekomendasi", {
        isian: { tahunEvaluasi: "2024", nomor: "1", uraian: "Coba" },
      });
      expect(res.status).toBe(403);
      const lain = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const id = sebelum[0]?.id ?? 0;
      const tl = await minta(app, lain, "POST", `/opd/malili/rekomendasi/${id}/tindak-lanjut`, {
        isian: { status: "selesai" },
      });
      expect(tl.status).toBe(403);
      expect((await minta(app, lain, "GET", `/opd/malili/rekomendasi/${id}`)).status).toBe(403);
      expect(await barisRekomendasi(trx, opdId)).toEqual(sebelum);
    }));

  it("refuses bad input with the message beside the field and what was typed kept", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sebelum = await barisRekomendasi(trx, opdId);
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const kosong = await minta(app, evaluator, "POST", "/opd/malili/rekomendasi", {
        isian: {
          tahunEvaluasi: "2024",
          nomor: "1",
          uraian: "  ",
          tenggat: "2025-06-30",
          penanggungJawab: "Sekcam X",
        },
      });
      expect(kosong.status).toBe(400);
      const h1 = await kosong.text();
      expect(h1).toMatch(/<textarea id="f-uraian"[^>]*aria-invalid="true"/);
      expect(h1).toContain(
        '<small class="galat" id="f-uraian-galat" role="alert">Uraian rekomendasi wajib diisi</small>',
      );
      expect(h1).toContain('value="Sekcam X"');
      expect(h1).toContain('value="2025-06-30"');
      const tanggal = await minta(app, evaluator, "POST", "/opd/malili/rekomendasi", {
        isian: { tahunEvaluasi: "2024", nomor: "1", uraian: "Agar memperbaiki IKU", tenggat: "2025-02-30" },
      });
      expect(tanggal.status).toBe(400);
      const h2 = await tanggal.text();
      expect(h2).toContain(
        '<small class="galat" id="f-tenggat-galat" role="alert">Tenggat harus tanggal yang sah berbentuk TTTT-BB-HH, misalnya 2024-03-28</small>',
      );
      expect(h2).toContain("Agar memperbaiki IKU</textarea>");
      expect(h2).toContain('value="2025-02-30"');
      const ganda = await minta(app, evaluator, "POST", "/opd/malili/rekomendasi", {
        isian: { tahunEvaluasi: "2023", nomor: "2", uraian: "Duplikat" },
      });
      expect(ganda.status).toBe(409);
      expect(await ganda.text()).toContain("Rekomendasi nomor 2 hasil evaluasi tahun 2023 sudah ada");
      // the follow-up form too: a bad date is refused beside the field, the other typed values kept
      const id = sebelum[1]?.id ?? 0;
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const tl = await minta(app, perencana, "POST", `/opd/malili/rekomendasi/${id}/tindak-lanjut`, {
        isian: {
          rencanaAksi: "Jadwal monev ditetapkan",
          tenggat: "30-06-2025",
          status: "proses",
          progres: "Draf SK",
        },
      });
      expect(tl.status).toBe(400);
      const h3 = await tl.text();
      expect(h3).toContain('id="f-tenggat-galat" role="alert">Tenggat harus tanggal yang sah');
      expect(h3).toContain('value="30-06-2025"');
      expect(h3).toContain("Jadwal monev ditetapkan</textarea>");
      expect(h3).toContain("Draf SK</textarea>");
      expect(await barisRekomendasi(trx, opdId)).toEqual(sebelum);
    }));

  it("lets a perencana of Malili record follow-up, read back, audited with the row as it was", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const [, kedua] = await barisRekomendasi(trx, opdId);
      if (!kedua) throw new Error("seed tanpa rekomendasi kedua");
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const res = await minta(app, perencana, "POST", `/opd/malili/rekomendasi/${kedua.id}/tindak-lanjut`, {
        isian: {
          rencanaAksi: "Menetapkan jadwal monev triwulanan dengan SK Camat",
          penanggungJawab: "Kasubag Perencanaan",
          tenggat: "2025-03-31",
          status: "selesai",
          progres: "SK Camat nomor 12 tahun 2025 terbit",
        },
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(
        `/opd/malili/rekomendasi/${kedua.id}?pesan=Tindak%20lanjut%20tersimpan`,
      );
      const sesudah = await trx
        .selectFrom("rekomendasi")
        .selectAll()
        .where("id", "=", kedua.id)
        .executeTakeFirstOrThrow();
      expect(sesudah).toEqual({
        ...kedua,
        rencana_aksi: "Menetapkan jadwal monev triwulanan dengan SK Camat",
        penanggung_jawab: "Kasubag Perencanaan",
        tenggat: "2025-03-31",
        status: "selesai",
        progres: "SK Camat nomor 12 tahun 2025 terbit",
      });
      const audit = await trx
        .selectFrom("audit_log")
        .select(["aksi", "pelaku", "akun_id", "data", "sebelum"])
        .where("tabel", "=", "rekomendasi")
        .where("baris_id", "=", String(kedua.id))
        .where("aksi", "=", "ubah")
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ pelaku: "perencana.malili", akun_id: perencana.akunId });
      expect(audit[0]?.sebelum).toMatchObject({
        status: "proses",
        rencana_aksi: kedua.rencana_aksi,
        progres: "Monev minggu kedua setelah triwulan berakhir",
      });
      expect(audit[0]?.data).toMatchObject({ status: "selesai", tenggat: "2025-03-31" });
      const halaman = await (await minta(app, perencana, "GET", res.headers.get("location") ?? "")).text();
      expect(halaman).toContain("Tindak lanjut tersimpan");
      expect(halaman).toContain("31 Maret 2025");

      // the evaluator sends it back with a note: status proses again, the verification in its columns
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const tanpaCatatan = await minta(
        app,
        evaluator,
        "POST",
        `/opd/malili/rekomendasi/${kedua.id}/verifikasi`,
        {
          isian: { keputusan: "kembalikan", catatan: "" },
        },
      );
      expect(tanpaCatatan.status).toBe(400);
      expect(await tanpaCatatan.text()).toContain("Catatan wajib diisi saat tindak lanjut dikembalikan");
      const kembali = await minta(app, evaluator, "POST", `/opd/malili/rekomendasi/${kedua.id}/verifikasi`, {
        isian: { keputusan: "kembalikan", catatan: "Lampirkan SK-nya" },
      });
      expect(kembali.status).toBe(303);
      const akhir = await trx
        .selectFrom("rekomendasi")
        .selectAll()
        .where("id", "=", kedua.id)
        .executeTakeFirstOrThrow();
      expect(akhir).toMatchObject({
        status: "proses",
        progres: "SK Camat nomor 12 tahun 2025 terbit",
        verifikasi: "dikembalikan",
        verifikasi_catatan: "Lampirkan SK-nya",
        diverifikasi_oleh: "evaluator.pemda",
      });
      expect(akhir.diverifikasi_pada).toBeInstanceOf(Date);
      const dibaca = await (await minta(app, perencana, "GET", `/opd/malili/rekomendasi/${kedua.id}`)).text();
      expect(dibaca).toContain("Dikembalikan");
      expect(dibaca).toContain("Lampirkan SK-nya");
      // a follow-up not finished cannot be verified
      const lagi = await minta(app, evaluator, "POST", `/opd/malili/rekomendasi/${kedua.id}/verifikasi`, {
        isian: { keputusan: "terima" },
      });
      expect(lagi.status).toBe(409);
      expect(await lagi.text()).toContain("Hanya tindak lanjut berstatus selesai yang dapat diverifikasi");
      // the perencana cannot verify
      expect(
        (
          await minta(app, perencana, "POST", `/opd/malili/rekomendasi/${kedua.id}/verifikasi`, {
            isian: { keputusan: "terima" },
          })
        ).status,
      ).toBe(403);
    }));
});
