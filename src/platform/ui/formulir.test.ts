import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GalatTerukur } from "../errors.ts";
import { validasi } from "../validation.ts";
import { cobaSimpan, GALAT_UMUM } from "./formulir.tsx";

describe("cobaSimpan", () => {
  it("puts a field refusal beside its field without the 'field: ' prefix the API keeps", async () => {
    const skema = z.object({ sandi: z.string().min(10, "Kata sandi paling sedikit 10 karakter") });
    const h = await cobaSimpan(async () => validasi(skema, { sandi: "pendek" }));
    expect(h).toEqual({ ok: false, galat: { sandi: "Kata sandi paling sedikit 10 karakter" }, status: 400 });
  });

  it("shows a refusal without a field at the top, conflicts as 409, and passes other failures on", async () => {
    expect(await cobaSimpan(async () => Promise.reject(new GalatTerukur("konflik", "Sudah ada")))).toEqual({
      ok: false,
      galat: { [GALAT_UMUM]: "Sudah ada" },
      status: 409,
    });
    expect(
      await cobaSimpan(async () => Promise.reject(Object.assign(new Error("x"), { code: "TK001" }))),
    ).toEqual({
      ok: false,
      galat: { [GALAT_UMUM]: "Data ini sudah disetujui dan terkunci; ubah melalui revisi dengan alasan" },
      status: 409,
    });
    await expect(cobaSimpan(async () => Promise.reject(new Error("rusak")))).rejects.toThrow("rusak");
    expect(await cobaSimpan(async () => 7)).toEqual({ ok: true, hasil: 7 });
  });
});
