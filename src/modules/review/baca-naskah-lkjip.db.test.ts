import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { susunLkjip } from "../reporting/lkjip.service.ts";
import { renderDocx } from "../reporting/render/docx.ts";
import { bacaNaskah } from "./baca-naskah.ts";
import type { BlokNaskah, NaskahLaporan, TabelNaskah } from "./naskah.ts";
import { labelBaris } from "./tabel-gabung.ts";

let b: Basisdata;
let naskah: NaskahLaporan;
let ms = 0;

beforeAll(async () => {
  b = await bukaDbUji();
  let docx: Uint8Array = new Uint8Array();
  await dalamRollback(b, async (trx) => {
    const { pemdaId, opdId } = await muatDataset(trx, malili2024);
    const dok = await susunLkjip(trx, { pemdaId, opdId: null, pelaku: "uji" }, opdId, 2024, { kertas: "a4" });
    docx = await renderDocx(dok);
  });
  const t0 = performance.now();
  naskah = await bacaNaskah(docx, "lkjip-malili-2024.docx");
  ms = performance.now() - t0;
  console.info(
    `[H3] membaca LKjIP Malili 2024 buatan Terukur (DOCX ±44 halaman, ${docx.length} bita): ${ms.toFixed(0)} ms`,
  );
}, 180_000);
afterAll(async () => {
  await b.tutup();
});

const tabel = (n: NaskahLaporan): TabelNaskah[] =>
  n.blok.filter((x): x is Extract<BlokNaskah, { jenis: "tabel" }> => x.jenis === "tabel");

describe("Terukur's own LKjIP DOCX for Malili 2024, read back", () => {
  it("is read in well under two seconds", () => {
    expect(naskah.format).toBe("docx");
    expect(ms).toBeLessThan(2000);
  });

  it("has the chapters of PermenPANRB 53/2014 as level-1 headings", () => {
    expect(naskah.blok.flatMap((x) => (x.jenis === "judul" && x.tingkat === 1 ? [x.teks] : []))).toEqual([
      "KATA PENGANTAR",
      "IKHTISAR EKSEKUTIF",
      "DAFTAR ISI",
      "DAFTAR TABEL",
      "DAFTAR GRAFIK",
      "BAB I PENDAHULUAN",
      "BAB II PERENCANAAN KINERJA",
      "BAB III AKUNTABILITAS KINERJA",
      "BAB IV PENUTUP",
      "LAMPIRAN",
    ]);
  });

  it("has its 23 numbered tables (the cascading matrix read in two parts), the PK's program part split off, signature blocks read as paragraphs", () => {
    const t = tabel(naskah);
    expect(t).toHaveLength(26);
    expect([...new Set(t.map((x) => x.nomor))]).toEqual([
      "Tabel 1.1",
      "Tabel 1.2",
      "Tabel 1.3",
      "Tabel 1.4",
      "Tabel 2.1",
      "Tabel 2.2",
      "Tabel 2.3",
      "Tabel 2.4",
      "Tabel 2.5",
      "Tabel 3.1",
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.4",
      "Tabel 3.5",
      "Tabel 3.6",
      "Tabel 3.7",
      "Tabel 3.8",
      "Tabel 3.9",
      "Tabel 3.10",
      "Tabel 3.11",
      "Tabel 3.12",
      "Tabel L.1",
      "Tabel L.2",
    ]);
    const pk2 = t.find((x) => x.judul === "Tabel 2.1 Perjanjian Kinerja Camat Malili Tahun 2024 — bagian 2");
    expect(pk2?.namaKolom).toEqual(["No", "Program", "Anggaran (Rp)", "Keterangan"]);
    expect(pk2?.baris.at(-1)?.sel).toEqual(["JUMLAH", "", "4.440.428.950", ""]);
    const teks = naskah.blok.flatMap((x) => (x.jenis === "paragraf" ? [x.teks] : []));
    expect(teks.filter((x) => x === "NIP. 198111162010011015")).toHaveLength(3);
  });

  it("pins the budget realisation table: header, hierarchy by indentation, the total", () => {
    const t = tabel(naskah).find((x) => x.nomor === "Tabel 3.11");
    expect(t?.judul).toBe("Tabel 3.11 Realisasi Anggaran Tahun 2024");
    expect(t?.bagian).toBe("B. Realisasi Anggaran");
    expect(t?.namaKolom).toEqual([
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Pagu (Rp)",
      "Realisasi s.d. 31 Desember 2024 (Rp)",
      "Serapan (%)",
    ]);
    expect(t?.baris.at(-1)?.sel).toEqual(["TOTAL BELANJA", "", "4.445.199.950", "4.286.256.962", "96,42"]);
    const program = t?.baris.find((x) => x.sel[0] === "7.01.01");
    const kegiatan = t?.baris.find((x) => x.sel[0] === "7.01.01.2.01");
    const sub = t?.baris.find((x) => x.sel[0] === "7.01.01.2.01.0001");
    expect([program?.inden, kegiatan?.inden, sub?.inden]).toEqual([0, 1, 2]);
    expect(sub === undefined ? "" : labelBaris(sub)).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
  });

  it("reads a two-row header with spans and merges as one name per column", () => {
    const t = tabel(naskah).find((x) => x.nomor === "Tabel 1.1");
    expect(t?.namaKolom).toEqual(["No", "Golongan", "Ruang A", "Ruang B", "Ruang C", "Ruang D", "Jumlah"]);
    expect(t?.baris.at(-1)?.sel).toEqual(["JUMLAH", "", "3", "4", "3", "4", "15"]);
  });
});
