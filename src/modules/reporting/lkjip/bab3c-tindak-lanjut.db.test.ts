import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import { susunLkjip } from "../lkjip.service.ts";
import { type BlokTabel, teksPolos } from "../model.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("LKjIP BAB III C: the Inspektorat's verification of each follow-up", () => {
  it("prints Diterima / Dikembalikan / Belum diverifikasi per row and counts only accepted ones as closed", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const atur = (nomor: number, verifikasi: "diterima" | "dikembalikan") =>
        trx
          .updateTable("rekomendasi")
          .set({ verifikasi })
          .where("opd_id", "=", opdId)
          .where("tahun_evaluasi", "=", 2023)
          .where("nomor", "=", nomor)
          .execute();
      await atur(1, "diterima");
      await atur(2, "dikembalikan");
      const d = await susunLkjip(trx, { pemdaId, opdId: null, pelaku: "uji" }, opdId, 2024, { kertas: "a4" });
      const t = d.isi.find(
        (x): x is BlokTabel => x.jenis === "tabel" && x.judul.startsWith("Tindak Lanjut Rekomendasi"),
      );
      expect(t?.kepala[0]?.map((k) => k.teks)).toEqual([
        "No",
        "Rekomendasi",
        "Rencana Aksi Tindak Lanjut",
        "Status",
        "Verifikasi Inspektorat",
        "Progres Penyelesaian",
      ]);
      const kolom = t?.baris.map((r) => r.sel[4]?.teks);
      expect(kolom?.slice(0, 3)).toEqual(["Diterima", "Dikembalikan", "Belum diverifikasi"]);
      expect(kolom?.filter((v) => v === "Belum diverifikasi")).toHaveLength(12);
      const paragraf = d.isi.filter((x) => x.jenis === "paragraf").map((x) => teksPolos(x.teks));
      expect(paragraf.find((p) => p.startsWith("Tindak lanjut atas rekomendasi"))).toMatch(
        / Dari 14 \(empat belas\) tindak lanjut tersebut, 1 \(satu\) telah diverifikasi dan diterima Inspektorat sehingga dinyatakan tuntas dan 1 \(satu\) dikembalikan Inspektorat untuk dilengkapi, sedangkan 12 \(dua belas\) belum diverifikasi\.$/,
      );
    }));
});
