import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { bukaDbUji } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { parseKode } from "./kode-nomenklatur.domain.ts";
import { cariNomenklatur, daftarAnakNomenklatur, versiNomenklaturBerlaku } from "./nomenklatur.repo.ts";

const VERSI = "kepmendagri-900.1.15.5-1317-2023";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("nomenklatur kecamatan (migration 0002)", () => {
  it("finds an entry by code and version, with its metadata", async () => {
    const n = await cariNomenklatur(b.db, " 7.01.01.2.01.0001 ", VERSI);
    expect(n).toMatchObject({
      tingkat: "sub_kegiatan",
      kode_induk: "7.01.01.2.01",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      indikator: "Jumlah Dokumen Perencanaan Perangkat Daerah",
      satuan: "Dokumen",
      digit_sub: 4,
    });
    expect(await cariNomenklatur(b.db, "7.01.01.2.01.0001", "versi-lain")).toBeUndefined();
    expect((await daftarAnakNomenklatur(b.db, "7.01", VERSI)).map((r) => r.kode)).toEqual([
      "7.01.01",
      "7.01.02",
      "7.01.03",
      "7.01.04",
      "7.01.05",
      "7.01.06",
    ]);
    expect((await versiNomenklaturBerlaku(b.db, "2024-01-01"))?.kode).toBe(VERSI);
    expect(await versiNomenklaturBerlaku(b.db, "2023-06-22")).toBeUndefined();
  });

  it("has valid codes whose level and parent agree with the code, and every parent present", async () => {
    const semua = await b.db
      .selectFrom("nomenklatur as n")
      .innerJoin("nomenklatur_versi as v", "v.id", "n.versi_id")
      .select(["n.kode", "n.tingkat", "n.kode_induk"])
      .where("v.kode", "=", VERSI)
      .execute();
    const kode = new Set(semua.map((r) => r.kode));
    for (const r of semua) {
      const p = parseKode(r.kode);
      expect(p.ok && [p.level, p.induk, p.digitSub ?? 4], r.kode).toEqual([r.tingkat, r.kode_induk, 4]);
      if (r.kode_induk !== null) expect(kode.has(r.kode_induk), r.kode).toBe(true);
    }
  });

  it("contains every code and name the Malili 2024 demo data uses", async () => {
    const dipakai = new Map<string, string>();
    for (const dpa of malili2024.opd.dpa) {
      for (const p of dpa.program) {
        dipakai.set(p.kode, p.nama);
        for (const k of p.kegiatan) {
          dipakai.set(k.kode, k.nama);
          for (const s of k.subKegiatan) dipakai.set(s.kode, s.nama);
        }
      }
    }
    const hilang: string[] = [];
    const namaBeda: string[] = [];
    for (const [kode, nama] of dipakai) {
      const n = await cariNomenklatur(b.db, kode, VERSI);
      if (!n) hilang.push(kode);
      else if (n.nama !== nama) namaBeda.push(`${kode}: "${nama}" ≠ "${n.nama}"`);
    }
    expect(hilang).toEqual([]);
    expect(namaBeda).toEqual([]);
  });
});
