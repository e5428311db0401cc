import { describe, expect, it } from "vitest";
import { bacaCsv, dekodeTeks } from "../../platform/csv.ts";
import { periksaBaris, type UnsurImpor } from "./impor/baris.domain.ts";
import { bacaUnggahan, buangKolomAbaian, tabelKeCsv } from "./impor-web-berkas.ts";

const teks = (s: string) => new TextEncoder().encode(s);

describe("the canonical CSV a survey-import preview carries", () => {
  it("reads back to the same cells, quotes, separators, line breaks and empty rows included", () => {
    const tabel = [
      ["U1", "Sistem, Mekanisme; dan Prosedur", "saran"],
      ["4", "3", 'kata "kutip", koma; titik koma\r\nbaris kedua\tdan tab'],
      ["", "", ""],
      ["\uFEFFawal", "", "x"],
      ["2"],
    ];
    const csv = tabelKeCsv(tabel);
    const kembali = bacaCsv(dekodeTeks(teks(csv)));
    // trailing empty cells are dropped; the import reads a missing cell as empty
    expect(kembali).toEqual([tabel[0], tabel[1], [""], tabel[3], tabel[4]]);
  });

  it("keeps the comma as the separator even when the header holds semicolons", () => {
    expect(
      tabelKeCsv([
        ["a;b", "c"],
        ["1", "2"],
      ]),
    ).toBe('"a;b",c\r\n1,2');
  });
});

describe("an upload in the browser", () => {
  it("is recognised by content: text is CSV whatever its name, binary without the zip signature is refused", async () => {
    expect(await bacaUnggahan({ nama: "kuesioner.xlsx", isi: teks("U1;U2\n4;3") })).toEqual([
      ["U1", "U2"],
      ["4", "3"],
    ]);
    const e = await bacaUnggahan({ nama: "x.csv", isi: new Uint8Array([0x89, 0x50, 0, 1]) }).catch(
      (x: unknown) => x as Error,
    );
    expect(e).toMatchObject({ bidang: "berkas", message: expect.stringMatching(/bukan Excel/) });
    await expect(bacaUnggahan({ nama: "x.csv", isi: new Uint8Array() })).rejects.toThrow(/Berkas kosong/);
    await expect(
      bacaUnggahan({ nama: "x.csv", isi: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x31) }),
    ).rejects.toThrow(/terlalu besar/);
  });

  it("counts only non-empty rows against the 2 000 limit", async () => {
    const baris = (n: number) => ["U1", "", ...Array.from({ length: n }, () => "4")].join("\n");
    expect((await bacaUnggahan({ nama: "a.csv", isi: teks(baris(2000)) })).length).toBe(2002);
    await expect(bacaUnggahan({ nama: "a.csv", isi: teks(baris(2001)) })).rejects.toThrow(/2001 baris/);
  });
});

describe("dropping the columns the import ignores", () => {
  const UNSUR: UnsurImpor[] = [
    { kunci: "U1", nama: "Persyaratan", wajib: true },
    { kunci: "U2", nama: "Sistem, Mekanisme, dan Prosedur", wajib: false },
  ];
  const LAYANAN = [{ kode: "ktp", nama: "KTP" }];

  it("keeps the cells that are read and the check result, a row numbered but unanswered included", () => {
    const tabel = [
      ["No", "U1", "Catatan petugas", "u2", "jenis_layanan"],
      ["1", "4", "panjang sekali", "3", "ktp"],
      ["2", "", "", "", ""],
      ["", "", "", "", ""],
      ["4", "5", "x", "", ""],
    ];
    const ringkas = buangKolomAbaian(tabel, UNSUR);
    expect(ringkas).toEqual([
      ["U1", "u2", "jenis_layanan"],
      ["4", "3", "ktp"],
      ["", "", "", "x"],
      ["", "", ""],
      ["5", "", ""],
    ]);
    const asli = periksaBaris(tabel, UNSUR, LAYANAN);
    expect(asli.galat.map((g) => `${g.baris}:${g.kolom}`)).toEqual(["3:U1", "5:U1"]);
    expect(periksaBaris(ringkas, UNSUR, LAYANAN)).toEqual(asli);
  });

  it("leaves a header with problems whole, so its errors read the same", () => {
    const tabel = [
      ["No", "U1", "Persyaratan"],
      ["1", "4", "4"],
    ];
    expect(buangKolomAbaian(tabel, UNSUR)).toEqual(tabel);
  });
});
