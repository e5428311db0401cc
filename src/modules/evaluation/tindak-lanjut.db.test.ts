import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { penyimpananMemori } from "../../platform/storage/penyimpanan.ts";
import { UKURAN_BUKTI_MAKS } from "../performance/bukti.domain.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

function formBerkas(nama: string, isi: Uint8Array, mime = "application/pdf"): FormData {
  const f = new FormData();
  f.set("berkas", new File([isi], nama, { type: mime }));
  return f;
}

async function rekomendasiKe(db: Db, opdId: number, nomor: number) {
  return db
    .selectFrom("rekomendasi")
    .selectAll()
    .where("opd_id", "=", opdId)
    .where("tahun_evaluasi", "=", 2023)
    .where("nomor", "=", nomor)
    .executeTakeFirstOrThrow();
}

async function jumlahBukti(db: Db) {
  const r = await db
    .selectFrom("bukti_evaluasi")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("follow-up to closure", () => {
  it("returns, resets on the OPD's update, then accepts and closes; each step in the columns", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const rek = await rekomendasiKe(trx, opdId, 3);
      expect(rek.verifikasi).toBe("belum");
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const jalur = `/opd/malili/rekomendasi/${rek.id}`;
      const isianTl = {
        rencanaAksi: "Menyusun definisi operasional setiap IKU",
        penanggungJawab: "Kasubag Perencanaan",
        tenggat: "2025-06-30",
        status: "selesai",
        progres: "Manual IKU ditetapkan",
      };
      expect((await minta(app, perencana, "POST", `${jalur}/tindak-lanjut`, { isian: isianTl })).status).toBe(
        303,
      );
      const kembali = await minta(app, evaluator, "POST", `${jalur}/verifikasi`, {
        isian: { keputusan: "kembalikan", catatan: "Manual IKU belum ditandatangani" },
      });
      expect(kembali.status).toBe(303);
      expect(await rekomendasiKe(trx, opdId, 3)).toMatchObject({
        status: "proses",
        verifikasi: "dikembalikan",
        verifikasi_catatan: "Manual IKU belum ditandatangani",
        diverifikasi_oleh: "evaluator.pemda",
      });

      // the OPD updates the returned follow-up: back to "belum diverifikasi", the last note kept to read
      expect(
        (
          await minta(app, perencana, "POST", `${jalur}/tindak-lanjut`, {
            isian: { ...isianTl, progres: "Manual IKU ditandatangani Camat" },
          })
        ).status,
      ).toBe(303);
      const diperbarui = await rekomendasiKe(trx, opdId, 3);
      expect(diperbarui).toMatchObject({
        status: "selesai",
        verifikasi: "belum",
        verifikasi_catatan: "Manual IKU belum ditandatangani",
      });

      const terima = await minta(app, evaluator, "POST", `${jalur}/verifikasi`, {
        isian: { keputusan: "terima", catatan: "" },
      });
      expect(terima.status).toBe(303);
      expect(terima.headers.get("location")).toBe(`${jalur}?pesan=Tindak%20lanjut%20diterima`);
      const diterima = await rekomendasiKe(trx, opdId, 3);
      expect(diterima).toMatchObject({
        status: "selesai",
        verifikasi: "diterima",
        verifikasi_catatan: null,
        diverifikasi_oleh: "evaluator.pemda",
      });
      const audit = await trx
        .selectFrom("audit_log")
        .select(["pelaku", "data", "sebelum"])
        .where("tabel", "=", "rekomendasi")
        .where("baris_id", "=", String(rek.id))
        .where("aksi", "=", "ubah")
        .orderBy("id")
        .execute();
      expect(audit.map((a) => [a.pelaku, (a.data as { verifikasi: string }).verifikasi])).toEqual([
        ["perencana.malili", "belum"],
        ["evaluator.pemda", "dikembalikan"],
        ["perencana.malili", "belum"],
        ["evaluator.pemda", "diterima"],
      ]);

      // closed: the OPD can no longer change it or add evidence, the evaluator cannot verify it again
      const ubah = await minta(app, perencana, "POST", `${jalur}/tindak-lanjut`, { isian: isianTl });
      expect(ubah.status).toBe(409);
      expect(await ubah.text()).toContain("sudah diterima evaluator dan ditutup");
      const unggah = await minta(app, perencana, "POST", `${jalur}/bukti`, {
        isian: formBerkas("sk.pdf", PDF),
      });
      expect(unggah.status).toBe(409);
      expect(await jumlahBukti(trx)).toBe(0);
      expect(
        (await minta(app, evaluator, "POST", `${jalur}/verifikasi`, { isian: { keputusan: "terima" } }))
          .status,
      ).toBe(409);
      expect(await rekomendasiKe(trx, opdId, 3)).toEqual(diterima);
      const daftar = await (await minta(app, perencana, "GET", "/opd/malili/rekomendasi")).text();
      const baris = daftar.match(new RegExp(`<tr id="rek-${rek.id}">[\\s\\S]*?</tr>`))?.[0] ?? "";
      expect(baris).toContain("Diterima");
      expect(baris).toContain(">Lihat</a>");
    }));

  it("stores evidence by content, lets anyone who sees the OPD download it, and refuses bad files writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const penyimpanan = penyimpananMemori();
      const app = aplikasiUji(trx, { penyimpanan });
      const rek = await rekomendasiKe(trx, opdId, 5);
      const jalur = `/opd/malili/rekomendasi/${rek.id}`;
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });

      // a text file named .pdf is refused by its content, at the field, nothing written
      const palsu = await minta(app, perencana, "POST", `${jalur}/bukti`, {
        isian: formBerkas("sk.pdf", new TextEncoder().encode("bukan pdf")),
      });
      expect(palsu.status).toBe(400);
      const h = await palsu.text();
      expect(h).toContain(
        '<small class="galat" id="f-berkas-galat" role="alert">Jenis berkas tidak diterima. Unggah PDF, gambar PNG/JPEG, atau dokumen Word/Excel (.docx, .xlsx)</small>',
      );
      // one byte over 10 MB is refused with the size
      const besar = new Uint8Array(UKURAN_BUKTI_MAKS + 1);
      besar.set(PDF);
      const terlaluBesar = await minta(app, perencana, "POST", `${jalur}/bukti`, {
        isian: formBerkas("besar.pdf", besar),
      });
      expect(terlaluBesar.status).toBe(400);
      expect(await terlaluBesar.text()).toContain("Berkas terlalu besar (10 MB); ukuran paling besar 10 MB");
      const kosong = await minta(app, perencana, "POST", `${jalur}/bukti`, { isian: new FormData() });
      expect(kosong.status).toBe(400);
      expect(await kosong.text()).toContain("Pilih berkas bukti yang akan diunggah");
      expect(await jumlahBukti(trx)).toBe(0);
      expect(
        await trx.selectFrom("audit_log").select("id").where("tabel", "=", "bukti_evaluasi").execute(),
      ).toEqual([]);

      // the evaluator may not upload the OPD's evidence
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      expect(
        (await minta(app, evaluator, "POST", `${jalur}/bukti`, { isian: formBerkas("sk.pdf", PDF) })).status,
      ).toBe(403);

      const ok = await minta(app, perencana, "POST", `${jalur}/bukti`, {
        isian: formBerkas('SK Camat "monev".pdf', PDF),
      });
      expect(ok.status).toBe(303);
      const baris = await trx.selectFrom("bukti_evaluasi").selectAll().execute();
      expect(baris).toEqual([
        expect.objectContaining({
          opd_id: opdId,
          rekomendasi_id: rek.id,
          lke_jawaban_id: null,
          nama_berkas: "SK Camat monev.pdf",
          jenis_mime: "application/pdf",
          ukuran: PDF.length,
          diunggah_oleh: "perencana.malili",
        }),
      ]);
      const id = baris[0]?.id ?? 0;
      const halaman = await (await minta(app, evaluator, "GET", jalur)).text();
      expect(halaman).toContain(`href="${jalur}/bukti/${id}">SK Camat monev.pdf</a>`);
      for (const sesi of [evaluator, await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" })]) {
        const unduh = await minta(app, sesi, "GET", `${jalur}/bukti/${id}`);
        expect(unduh.status).toBe(200);
        expect(unduh.headers.get("content-type")).toBe("application/pdf");
        expect(new Uint8Array(await unduh.arrayBuffer())).toEqual(PDF);
      }
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await minta(app, burau, "GET", `${jalur}/bukti/${id}`)).status).toBe(403);
      // another recommendation's address does not reach this file
      const lain = await rekomendasiKe(trx, opdId, 6);
      expect(
        (await minta(app, evaluator, "GET", `/opd/malili/rekomendasi/${lain.id}/bukti/${id}`)).status,
      ).toBe(404);

      // deleted: the row goes, and the bytes too since nothing else points at them
      const hapus = await minta(app, perencana, "POST", `${jalur}/bukti/${id}/hapus`);
      expect(hapus.status).toBe(303);
      expect(await jumlahBukti(trx)).toBe(0);
      expect(await penyimpanan.baca(baris[0]?.kunci_simpan ?? "")).toBeNull();
    }));
});
