/**
 * The RHK screen and its e-Kinerja export over a hand-made tree of Burau 2025 (fixture-pohon-uji.ts plus four
 * employees): the camat holds the strategis node (no unit: the OPD's highest eselon), the kepala seksi the
 * operasional node of his seksi, a pelaksana an individu node under it, and another pelaksana has none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { bacaSelXlsx } from "../../platform/excel.ts";
import { tambahPegawai } from "../staffing/staffing.service.ts";
import { siapkanBurau, TAHUN_BURAU } from "./fixture-pohon-uji.ts";
import { KOLOM_EKSPOR_RHK } from "./rhk-ekspor.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const S = "Meningkatnya kualitas pelayanan administrasi kecamatan";
const O = "Terselesaikannya layanan administrasi tepat waktu";
const I = "Terverifikasinya berkas layanan administrasi";

async function simpul(
  db: Db,
  pemdaId: number,
  opdId: number,
  isi: {
    induk: number | null;
    level: "strategis" | "operasional" | "individu";
    kondisi: string;
    unit?: number;
    pegawai?: number;
  },
  indikator: { indikatorId: number | null; nama: string; satuan: string; target: string },
): Promise<number> {
  const { id } = await db
    .insertInto("pohon_kinerja")
    .values({
      pemda_id: pemdaId,
      opd_id: opdId,
      induk_id: isi.induk,
      tahun_awal: 2025,
      tahun_akhir: 2029,
      level: isi.level,
      jenis_hasil: isi.level === "strategis" ? "outcome" : "output",
      kondisi: isi.kondisi,
      unit_kerja_id: isi.unit ?? null,
      pegawai_id: isi.pegawai ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const ind = await db
    .insertInto("pohon_kinerja_indikator")
    .values({
      pemda_id: pemdaId,
      pohon_id: id,
      indikator_id: indikator.indikatorId,
      nama: indikator.nama,
      satuan: indikator.satuan,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("pohon_kinerja_target")
    .values({ pemda_id: pemdaId, pohon_indikator_id: ind.id, tahun: TAHUN_BURAU, target: indikator.target })
    .execute();
  return id;
}

async function siapkan(trx: Db) {
  await muatDataset(trx, malili2024);
  const burau = await siapkanBurau(trx);
  const { opdId, cakupan: c } = burau;
  const pegawai = (
    nama: string,
    jabatan: string,
    unitKode: string,
    eselon: "III.a" | "IV.a" | null,
    nip?: string,
  ) =>
    tambahPegawai(trx, c, opdId, {
      nama,
      nip: nip ?? null,
      status: "PNS",
      golongan: "III",
      ruang: "a",
      pendidikan: "S1",
      jabatan,
      jenisJabatan: eselon ? "struktural" : "pelaksana",
      eselon,
      unitKode,
    });
  const camat = await pegawai("Camat Uji", "Camat Burau", "camat", "III.a", "197001012000031001");
  const kasi = await pegawai("Kasi Uji", "Kepala Seksi Pemerintahan", "seksi-pemerintahan", "IV.a");
  const pelaksana = await pegawai("Pelaksana Satu", "Pelaksana", "seksi-pemerintahan", null);
  const tanpaRhk = await pegawai("Pelaksana Dua", "Pelaksana", "seksi-pemerintahan", null);
  const s = await simpul(
    trx,
    c.pemdaId,
    opdId,
    { induk: null, level: "strategis", kondisi: S },
    {
      indikatorId: burau.indikatorId,
      nama: "Persentase layanan administrasi selesai tepat waktu",
      satuan: "%",
      target: "85",
    },
  );
  const o = await simpul(
    trx,
    c.pemdaId,
    opdId,
    { induk: s, level: "operasional", kondisi: O, unit: burau.unitSeksiId },
    { indikatorId: null, nama: "Jumlah layanan administrasi selesai", satuan: "layanan", target: "1200" },
  );
  await trx
    .insertInto("pohon_kinerja_anggaran")
    .values({ pemda_id: c.pemdaId, pohon_id: o, opd_id: opdId, kode_anggaran: "7.01.01.2.01" })
    .execute();
  await simpul(
    trx,
    c.pemdaId,
    opdId,
    { induk: o, level: "individu", kondisi: I, pegawai: pelaksana },
    { indikatorId: null, nama: "Berkas layanan terverifikasi", satuan: "berkas", target: "950.5" },
  );
  return { ...burau, camat, kasi, pelaksana, tanpaRhk, s, o };
}

const JALUR = "/opd/burau/pohon-kinerja/rhk";

const BARIS_CSV = [
  KOLOM_EKSPOR_RHK.join(";"),
  `197001012000031001;Camat Uji;Camat Burau;Camat Burau;;${S};kualitas;Persentase layanan administrasi selesai tepat waktu;85;%;2025;IK1;`,
  `;Kasi Uji;Kepala Seksi Pemerintahan;Seksi Pemerintahan;${S};${O};kuantitas;Jumlah layanan administrasi selesai;1200;layanan;2025;IK1;7.01.01.2.01`,
  `;Pelaksana Satu;Pelaksana;Seksi Pemerintahan;${O};${I};kuantitas;Berkas layanan terverifikasi;950,5;berkas;2025;IK1;7.01.01.2.01`,
];

async function jumlahSimpul(db: Db): Promise<number> {
  const r = await db
    .selectFrom("pohon_kinerja")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("RHK pegawai", () => {
  it("shows every employee with their RHK and the one without", async () => {
    await dalamRollback(b, async (trx) => {
      await siapkan(trx);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "burau", namaPengguna: "uji.rhk" });
      const res = await minta(app, perencana, "GET", `${JALUR}?tahun=2025`);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const teks of [
        "Camat Uji",
        "Kasi Uji",
        "Pelaksana Satu",
        S,
        O,
        I,
        "950,5",
        "3 dari 4 pegawai sudah punya RHK.",
      ])
        expect(html).toContain(teks);
      const duaAwal = html.indexOf("Pelaksana Dua");
      expect(html.slice(duaAwal, html.indexOf("</section>", duaAwal))).toContain("Belum punya RHK.");
      expect(html).toContain('action="/opd/burau/pohon-kinerja/rhk"');
    });
  });

  it("exports the CSV with a BOM, semicolons and decimal comma, row for row", async () => {
    await dalamRollback(b, async (trx) => {
      await siapkan(trx);
      const app = aplikasiUji(trx);
      const evaluator = await sesiUji(trx, { peran: "evaluator", namaPengguna: "uji.evaluator.rhk" });
      const res = await minta(app, evaluator, "GET", `${JALUR}.csv?tahun=2025`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="rhk-burau-2025.csv"');
      const isi = new Uint8Array(await res.arrayBuffer());
      expect([...isi.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(isi)).toBe(
        `\uFEFF${BARIS_CSV.join("\r\n")}\r\n`,
      );
    });
  });

  it("exports the workbook, read back cell for cell", async () => {
    await dalamRollback(b, async (trx) => {
      await siapkan(trx);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "burau", namaPengguna: "uji.rhk" });
      const res = await minta(app, perencana, "GET", `${JALUR}.xlsx?tahun=2025`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("spreadsheetml");
      const sel = await bacaSelXlsx(new Uint8Array(await res.arrayBuffer()));
      expect(sel).toEqual([
        [...KOLOM_EKSPOR_RHK],
        [
          "197001012000031001",
          "Camat Uji",
          "Camat Burau",
          "Camat Burau",
          "",
          S,
          "kualitas",
          "Persentase layanan administrasi selesai tepat waktu",
          85,
          "%",
          2025,
          "IK1",
          "",
        ],
        [
          "",
          "Kasi Uji",
          "Kepala Seksi Pemerintahan",
          "Seksi Pemerintahan",
          S,
          O,
          "kuantitas",
          "Jumlah layanan administrasi selesai",
          1200,
          "layanan",
          2025,
          "IK1",
          "7.01.01.2.01",
        ],
        [
          "",
          "Pelaksana Satu",
          "Pelaksana",
          "Seksi Pemerintahan",
          O,
          I,
          "kuantitas",
          "Berkas layanan terverifikasi",
          950.5,
          "berkas",
          2025,
          "IK1",
          "7.01.01.2.01",
        ],
      ]);
    });
  });

  it("refuses another OPD's planner on the page, the exports and the form (403), writing nothing", async () => {
    await dalamRollback(b, async (trx) => {
      const d = await siapkan(trx);
      const app = aplikasiUji(trx);
      const lain = await sesiUji(trx, {
        peran: "perencana",
        opdKode: "malili",
        namaPengguna: "uji.rhk.malili",
      });
      for (const jalur of [`${JALUR}?tahun=2025`, `${JALUR}.csv?tahun=2025`, `${JALUR}.xlsx?tahun=2025`]) {
        expect((await minta(app, lain, "GET", jalur)).status).toBe(403);
      }
      const sebelum = await jumlahSimpul(trx);
      const isian = {
        tahun: "2025",
        pegawaiId: String(d.tanpaRhk),
        indukId: String(d.o),
        kondisi: "Terarsipnya berkas layanan",
        indikator: "Berkas terarsip",
        satuan: "berkas",
        target: "100",
      };
      expect((await minta(app, lain, "POST", JALUR, { isian })).status).toBe(403);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "burau",
        unitKode: "seksi-pemerintahan",
        namaPengguna: "uji.rhk.kasi",
      });
      expect((await minta(app, kasi, "GET", `${JALUR}?tahun=2025`)).status).toBe(200);
      expect((await minta(app, kasi, "POST", JALUR, { isian })).status).toBe(403);
      expect(await jumlahSimpul(trx)).toBe(sebelum);
    });
  });

  it("refuses bad input at its field with 400 and writes nothing", async () => {
    await dalamRollback(b, async (trx) => {
      const d = await siapkan(trx);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "burau", namaPengguna: "uji.rhk" });
      const pegawaiMalili = await trx
        .selectFrom("pegawai as p")
        .innerJoin("opd as o", "o.id", "p.opd_id")
        .select("p.id")
        .where("o.kode", "=", "malili")
        .orderBy("p.id")
        .executeTakeFirstOrThrow();
      const baik = {
        tahun: "2025",
        pegawaiId: String(d.tanpaRhk),
        indukId: String(d.o),
        kondisi: "Terarsipnya berkas layanan",
        indikator: "Berkas terarsip",
        satuan: "berkas",
        target: "100",
      };
      const kasus: [Partial<typeof baik>, string, string][] = [
        [{ kondisi: "  " }, "kondisi", "Rencana hasil kerja wajib diisi"],
        [{ pegawaiId: "" }, "pegawaiId", "Pilih pegawai"],
        [{ pegawaiId: String(pegawaiMalili.id) }, "pegawaiId", "bukan pegawai aktif perangkat daerah ini"],
        [{ pegawaiId: String(d.camat) }, "pegawaiId", "Camat Uji adalah pegawai unit lain"],
        [{ indukId: "999999" }, "indukId", "Simpul atasan harus simpul pohon kinerja perangkat daerah ini"],
        [{ indukId: "x" }, "indukId", "Pilih RHK atasan yang diintervensi"],
        [{ indikator: "" }, "indikator", "Indikator kinerja individu wajib diisi"],
        [{ satuan: "" }, "satuan", "Satuan wajib diisi"],
        [{ target: "banyak" }, "target", "bukan angka yang dapat dibaca"],
        [{ target: "1.234" }, "target", "bermakna ganda"],
      ];
      const sebelum = await jumlahSimpul(trx);
      for (const [ubah, bidang, pesan] of kasus) {
        const res = await minta(app, perencana, "POST", JALUR, { isian: { ...baik, ...ubah } });
        expect(res.status, bidang).toBe(400);
        const html = await res.text();
        const galat = html.match(new RegExp(`id="f-${bidang}-galat" role="alert">([^<]*)<`));
        expect(galat?.[1], JSON.stringify(ubah)).toContain(pesan);
      }
      expect(await jumlahSimpul(trx)).toBe(sebelum);
    });
  });

  it("adds an RHK for an employee under a node, which then appears in the export", async () => {
    await dalamRollback(b, async (trx) => {
      const d = await siapkan(trx);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "burau", namaPengguna: "uji.rhk" });
      const res = await minta(app, perencana, "POST", JALUR, {
        isian: {
          tahun: "2025",
          pegawaiId: String(d.tanpaRhk),
          indukId: String(d.o),
          kondisi: "Terarsipnya berkas layanan",
          indikator: "Berkas terarsip",
          satuan: "berkas",
          target: "1.250,5",
        },
      });
      expect(res.status).toBe(303);
      const csv = await (await minta(app, perencana, "GET", `${JALUR}.csv?tahun=2025`)).text();
      expect(csv.split("\r\n")[4]).toBe(
        `;Pelaksana Dua;Pelaksana;Seksi Pemerintahan;${O};Terarsipnya berkas layanan;kuantitas;Berkas terarsip;1250,5;berkas;2025;IK1;7.01.01.2.01`,
      );
    });
  });
});
