import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import { cariRenstraAktif } from "../../planning/renstra.service.ts";
import { susunIku } from "../iku-dokumen.service.ts";
import type { BlokTabel } from "../model.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const uji = (pemdaId: number) => ({ pemdaId, opdId: null, pelaku: "uji" });
const tabelDari = (isi: { jenis: string }[]) => isi.filter((x): x is BlokTabel => x.jenis === "tabel");

describe("susunIku on the Malili 2024 demo", () => {
  it("prints both IKU with their passport, targets 2021–2026 and kondisi akhir", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const dok = await susunIku(trx, uji(pemdaId), opdId, 2024, { kertas: "a4" });
      expect(dok.jenis).toBe("iku");
      expect(dok.isi[0]).toMatchObject({
        jenis: "judul",
        teks: "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2021–2026",
      });

      const [paspor, target] = tabelDari(dok.isi);
      expect(paspor?.lanskap).toBe(true);
      expect(paspor?.baris.map((r) => r.sel.slice(2, 6).map((s) => s.teks))).toEqual([
        [
          "Indeks Kepuasan Masyarakat (IKM)",
          "Nilai",
          expect.stringContaining("Total Nilai Persepsi per Unsur"),
          "Kuesioner",
        ],
        ["Nilai LAKIP", "Nilai", "Hasil Penilaian Inspektorat", "Laporan Kegiatan"],
      ]);

      expect(target?.lanskap).toBe(true);
      expect(target?.kepala[1]?.map((k) => k.teks)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
      const baris = target?.baris.map((r) => r.sel.map((s) => s.teks)) ?? [];
      const cari = (nama: string) => baris.find((r) => r.includes(nama))?.slice(5);
      expect(cari("Indeks Kepuasan Masyarakat (IKM)")).toEqual([
        "92",
        "92,27",
        "93",
        "93,05",
        "94",
        "94,5",
        "94,5",
      ]);
      expect(cari("Nilai LAKIP")).toEqual(["60,18", "65,5", "65,15", "66", "67", "72", "72"]);
      expect(cari("Tingkat pertumbuhan IKM")).toEqual(["92", "92,7", "92,9", "93,05", "93,1", "94", "94"]);
    }));

  it("takes a Renstra by id, and refuses a year no Renstra covers", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const renstra = await cariRenstraAktif(trx, uji(pemdaId), opdId, 2022);
      const dok = await susunIku(trx, uji(pemdaId), opdId, { renstraId: renstra?.id ?? 0 }, { kertas: "f4" });
      expect(dok.kertas).toBe("f4");
      await expect(susunIku(trx, uji(pemdaId), opdId, 2030, { kertas: "a4" })).rejects.toThrow(
        "Belum ada Renstra Kecamatan Malili yang meliputi tahun 2030",
      );
    }));
});
