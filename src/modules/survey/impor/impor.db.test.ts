import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import type { Db } from "../../../platform/db/transaction.ts";
import { GalatTerukur } from "../../../platform/errors.ts";
import { buatPeriodeSkm, hasilPeriode } from "../survey.service.ts";
import { pratinjauImpor, simpanImpor } from "./impor.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const teks = (s: string) => new TextEncoder().encode(s);

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const c = { pemdaId, opdId: null, pelaku: "uji" };
  const periodeId = await buatPeriodeSkm(trx, c, opdId, {
    tahun: 2024,
    periodeJenis: "triwulan",
    periodeKe: 2,
    mulai: "2024-04-01",
    selesai: "2024-06-30",
    jumlahPengguna: 100,
  });
  return { c, periodeId };
}

async function jumlahRespons(trx: Db, periodeId: number) {
  const r = await trx
    .selectFrom("skm_respons")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("periode_id", "=", periodeId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Three respondents; U1 sums 4+3+2 = 9 → NRR 3, the rest all 4 → IKM = (3 + 8·4)/9 × 25 = 97,22. */
const CSV_KOMA = [
  "U1,U2,U3,U4,U5,U6,U7,U8,U9,jenis_layanan,jenis_kelamin,usia,pendidikan,pekerjaan,saran,tanggal",
  '4,4,4,4,4,4,4,4,4,ktp,L,34,SMA,swasta,"Antrean cepat, petugas ramah",2024-04-15',
  "3,4,4,4,4,4,4,4,4,kk,P,27,S1,PNS,,15/05/2024",
  "2,4,4,4,4,4,4,4,4,,,,,,,",
].join("\r\n");

describe("importing paper questionnaires", () => {
  it("previews a comma CSV without writing, then saves every row in one go", () =>
    dalamRollback(b, async (trx) => {
      const { c, periodeId } = await siapkan(trx);
      const berkas = { nama: "kuesioner.csv", isi: teks(CSV_KOMA) };
      const p = await pratinjauImpor(trx, c, periodeId, berkas);
      expect(p.galat).toEqual([]);
      expect(p.barisSah).toBe(3);
      expect(p.contoh[0]).toMatchObject({
        baris: 2,
        jenisLayananKode: "ktp",
        saran: "Antrean cepat, petugas ramah",
      });
      expect(p.hasilSementara?.ikm).toBe("97.22");
      expect(await jumlahRespons(trx, periodeId)).toBe(0);

      expect(await simpanImpor(trx, c, periodeId, berkas)).toEqual({ tersimpan: 3 });
      expect(await jumlahRespons(trx, periodeId)).toBe(3);
      const h = await hasilPeriode(trx, c, periodeId);
      expect(h.hasil?.ikm).toBe("97.22");
      const sumber = await trx
        .selectFrom("skm_respons")
        .select("sumber")
        .where("periode_id", "=", periodeId)
        .execute();
      expect(sumber.every((s) => s.sumber === "impor")).toBe(true);
    }));

  it("reads a semicolon CSV with a BOM and unsur names as headers, and refuses it whole when a row is bad", () =>
    dalamRollback(b, async (trx) => {
      const { c, periodeId } = await siapkan(trx);
      const kepala =
        "Persyaratan;Sistem, Mekanisme, dan Prosedur;Waktu Penyelesaian;Biaya/Tarif;Produk Spesifikasi Jenis Pelayanan;Kompetensi Pelaksana;Perilaku Pelaksana;Sarana dan Prasarana;Penanganan Pengaduan, Saran dan Masukan;Jenis Layanan;Saran";
      const isi = [kepala, "4;4;4;4;4;4;4;4;4;KTP;", "5;4;x;4;4;4;4;4;4;paspor;", ";4;4;4;4;4;4;4;4;;"].join(
        "\n",
      );
      const berkas = { nama: "kertas.csv", isi: new Uint8Array([0xef, 0xbb, 0xbf, ...teks(isi)]) };
      const p = await pratinjauImpor(trx, c, periodeId, berkas);
      expect(p.barisSah).toBe(1);
      expect(p.galat.map((g) => `${g.baris}:${g.kolom}`)).toEqual([
        "3:Persyaratan",
        "3:Waktu Penyelesaian",
        "3:Jenis Layanan",
        "4:Persyaratan",
      ]);
      expect(p.galat[0]?.pesan).toBe("Nilai 5 di luar skala 1–4.");
      const e = await simpanImpor(trx, c, periodeId, berkas).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(GalatTerukur);
      expect((e as GalatTerukur).message).toMatch(/tidak ada yang disimpan: 4 galat/);
      expect(await jumlahRespons(trx, periodeId)).toBe(0);
    }));

  it("reads the first sheet of an XLSX built with exceljs, dates as cells included", () =>
    dalamRollback(b, async (trx) => {
      const { c, periodeId } = await siapkan(trx);
      const buku = new ExcelJS.Workbook();
      const lembar = buku.addWorksheet("Responden");
      lembar.addRow(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "Tanggal", "Saran"]);
      lembar.addRow([4, 4, 4, 4, 4, 4, 4, 4, 4, new Date(Date.UTC(2024, 3, 2)), "baik"]);
      lembar.addRow([1, 1, 1, 1, 1, 1, 1, 1, 1, new Date(Date.UTC(2024, 6, 2)), "x".repeat(2001)]);
      buku.addWorksheet("Lain").addRow(["abaikan"]);
      const isi = new Uint8Array(await buku.xlsx.writeBuffer());
      const p = await pratinjauImpor(trx, c, periodeId, { nama: "kuesioner.xlsx", isi });
      expect(p.barisSah).toBe(1);
      expect(p.contoh[0]?.tanggal).toBe("2024-04-02");
      expect(p.hasilSementara?.ikm).toBe("100.00");
      expect(p.galat.map((g) => `${g.baris}:${g.kolom}`)).toEqual(["3:Tanggal", "3:Saran"]);
      expect(p.galat[0]?.pesan).toMatch(/di luar periode survei/);
    }));
});
