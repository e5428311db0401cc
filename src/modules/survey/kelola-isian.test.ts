import { describe, expect, it } from "vitest";
import { bacaBobotIsian, bacaUnsurTeks, isianPeriode, LABEL_BAKU } from "./kelola-isian.ts";

describe("reading the survey management forms", () => {
  it("reads weights as fractions or exact decimals, reduced", () => {
    expect(bacaBobotIsian("1/9")).toEqual({ pembilang: 1, penyebut: 9 });
    expect(bacaBobotIsian(" 0,25 ")).toEqual({ pembilang: 1, penyebut: 4 });
    expect(bacaBobotIsian("0.1111")).toEqual({ pembilang: 1111, penyebut: 10000 });
    expect(bacaBobotIsian("1")).toEqual({ pembilang: 1, penyebut: 1 });
    for (const buruk of ["", "0", "0,0", "-0,5", "1/0", "satu", "0,5,5", "1e-3"]) {
      expect(bacaBobotIsian(buruk)).toBeNull();
    }
  });

  it("reads one unsur per line, skipping blank lines, with a question made from the name when none is given", () => {
    const unsur = bacaUnsurTeks(
      "U1; Persyaratan; 0,5\n\n  U2 ; Waktu layanan ; 1/2 ; Berapa lama Anda menunggu? \r\n",
    );
    expect(unsur).toEqual([
      {
        kunci: "U1",
        nama: "Persyaratan",
        pertanyaan: "Bagaimana pendapat Saudara tentang persyaratan pada pelayanan ini?",
        bobot: { pembilang: 1, penyebut: 2 },
        label: [...LABEL_BAKU],
        wajib: true,
      },
      {
        kunci: "U2",
        nama: "Waktu layanan",
        pertanyaan: "Berapa lama Anda menunggu?",
        bobot: { pembilang: 1, penyebut: 2 },
        label: [...LABEL_BAKU],
        wajib: true,
      },
    ]);
  });

  it("refuses a line it cannot read, naming the line, and an empty list", () => {
    expect(() => bacaUnsurTeks("U1; Persyaratan; 1/2\nU2; Waktu")).toThrow(/baris 2 harus berbentuk/);
    expect(() => bacaUnsurTeks("U1; Persyaratan; separuh")).toThrow(/bobot "separuh" pada baris 1/);
    expect(() => bacaUnsurTeks("  \n ")).toThrow(/paling sedikit satu unsur/);
    let galat: unknown = null;
    try {
      bacaUnsurTeks("");
    } catch (e) {
      galat = e;
    }
    expect(galat).toMatchObject({ jenis: "input_tidak_valid", bidang: "unsur" });
  });

  it("turns the period form's text into the service input: blanks as none, checkbox as boolean", () => {
    expect(
      isianPeriode({
        tahun: "2025",
        periodeJenis: "triwulan",
        periodeKe: "2",
        mulai: "2025-04-01",
        selesai: "2025-06-30",
        jumlahPengguna: "1200",
        indikatorKode: "S1.I1",
        kuesionerKode: "permenpanrb-14-2017",
        kodeSekaliPakai: "ya",
      }),
    ).toEqual({
      tahun: 2025,
      periodeJenis: "triwulan",
      periodeKe: 2,
      mulai: "2025-04-01",
      selesai: "2025-06-30",
      jumlahPengguna: 1200,
      indikatorKode: "S1.I1",
      kuesionerKode: "permenpanrb-14-2017",
      kodeSekaliPakai: true,
    });
    const kosong = isianPeriode({ tahun: " ", periodeJenis: "tahun", periodeKe: "1", jumlahPengguna: "" });
    expect(kosong).toMatchObject({
      tahun: undefined,
      jumlahPengguna: null,
      indikatorKode: null,
      kuesionerKode: undefined,
      kodeSekaliPakai: false,
      mulai: "",
    });
    expect(Number.isNaN(isianPeriode({ periodeKe: "dua" }).periodeKe)).toBe(true);
  });
});
