import { describe, expect, it } from "vitest";
import type { StatusAlur } from "../../platform/db/schema.ts";
import {
  komentarWajib,
  type LangkahAlur,
  langkahDari,
  langkahTersedia,
  objekDari,
  pesanLangkahTidakTersedia,
  SEMUA_LANGKAH,
  SEMUA_STATUS,
  statusSesudah,
  TINDAKAN_LANGKAH,
} from "./alur.domain.ts";

/** Every status × step: the expected status after, or null when the step is not available. */
const TABEL: [StatusAlur, LangkahAlur, StatusAlur | null][] = [
  ["draf", "ajukan", "diajukan"],
  ["draf", "verifikasi", null],
  ["draf", "setujui", null],
  ["draf", "kembalikan", null],
  ["diajukan", "ajukan", null],
  ["diajukan", "verifikasi", "diverifikasi"],
  ["diajukan", "setujui", null],
  ["diajukan", "kembalikan", "draf"],
  ["diverifikasi", "ajukan", null],
  ["diverifikasi", "verifikasi", null],
  ["diverifikasi", "setujui", "disetujui"],
  ["diverifikasi", "kembalikan", "draf"],
  ["disetujui", "ajukan", null],
  ["disetujui", "verifikasi", null],
  ["disetujui", "setujui", null],
  ["disetujui", "kembalikan", null],
];

describe("the approval workflow", () => {
  it("covers every status and step in the table", () => {
    expect(TABEL).toHaveLength(SEMUA_STATUS.length * SEMUA_LANGKAH.length);
  });

  it.each(TABEL)("%s --%s--> %s", (status, langkah, sesudah) => {
    expect(statusSesudah(status, langkah)).toBe(sesudah);
    expect(langkahTersedia(status).includes(langkah)).toBe(sesudah !== null);
  });

  it("lists the available steps per status in button order", () => {
    expect(langkahTersedia("draf")).toEqual(["ajukan"]);
    expect(langkahTersedia("diajukan")).toEqual(["verifikasi", "kembalikan"]);
    expect(langkahTersedia("diverifikasi")).toEqual(["setujui", "kembalikan"]);
    expect(langkahTersedia("disetujui")).toEqual([]);
  });

  it("maps each step to the permission it needs; returning is part of verifying", () => {
    expect(TINDAKAN_LANGKAH).toEqual({
      ajukan: "ajukan",
      verifikasi: "verifikasi",
      setujui: "setujui",
      kembalikan: "verifikasi",
    });
  });

  it("requires a comment only when returning an item", () => {
    expect(SEMUA_LANGKAH.filter(komentarWajib)).toEqual(["kembalikan"]);
  });

  it("reads steps and item kinds from forms and addresses, refusing anything else", () => {
    expect(langkahDari("setujui")).toBe("setujui");
    expect(langkahDari("hapus")).toBeNull();
    expect(langkahDari(undefined)).toBeNull();
    expect(objekDari("perjanjian_kinerja")).toBe("perjanjian_kinerja");
    expect(objekDari("akun")).toBeNull();
  });

  it("says in Indonesian why a step is not available", () => {
    expect(pesanLangkahTidakTersedia("realisasi_indikator", "diverifikasi", "ajukan")).toBe(
      "Realisasi ini berstatus diverifikasi; langkah 'ajukan' tidak tersedia",
    );
    expect(pesanLangkahTidakTersedia("perjanjian_kinerja", "disetujui", "setujui")).toContain("Buka revisi");
  });
});
