import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { Peran } from "../../platform/db/schema.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { aturAktif, buatAkun, daftarAkun, pilihanPenempatan, setelUlangSandi } from "./akun.service.ts";
import { cakupanPengguna } from "./pengguna.ts";
import { wajibBoleh } from "./sesi.middleware.ts";
import { type GalatBaris, HalamanAdminAkun } from "./views/halaman-admin-akun.tsx";

/** The account id in the address, refused as not found when it is not a number. */
function idAkun(c: Konteks): number {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new GalatTerukur("tidak_ditemukan", "Akun tidak ditemukan");
  return id;
}

function lihatLagi(pesan: string): string {
  return `${TAUTAN.adminAkun}?pesan=${encodeURIComponent(pesan)}`;
}

/** The admin pemda's accounts screen: list, create, deactivate/activate, reset a password. */
export function ruteAdminAkun(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  const tampilkan = async (
    c: Konteks,
    opsi: {
      nilai?: Record<string, string>;
      galat?: GalatFormulir;
      galatBaris?: GalatBaris;
      status?: 400 | 403 | 409;
    } = {},
  ) => {
    const p = wajibBoleh(c, "kelola_pemda");
    const k = konteksHalaman(c);
    const cakupan = cakupanPengguna(p);
    const [akun, pilihan] = await Promise.all([
      daftarAkun(dep.db, cakupan),
      pilihanPenempatan(dep.db, cakupan),
    ]);
    const halaman = (
      <HalamanAdminAkun
        k={k}
        akun={akun}
        pilihan={pilihan}
        sekarang={new Date()}
        nilai={opsi.nilai}
        galat={opsi.galat}
        galatBaris={opsi.galatBaris}
        pesan={c.req.query("pesan")}
      />
    );
    return c.html(await halamanHtml(halaman), opsi.status ?? 200);
  };

  r.get(TAUTAN.adminAkun, (c) => tampilkan(c));

  r.post(TAUTAN.adminAkun, async (c) => {
    const p = wajibBoleh(c, "kelola_pemda");
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      buatAkun(dep.db, cakupanPengguna(p), {
        namaPengguna: isian.namaPengguna ?? "",
        nama: isian.nama ?? "",
        // checked by the service's schema like every other field
        peran: (isian.peran ?? "") as Peran,
        opdKode: isian.opdKode ?? "",
        unitKode: isian.unitKode ?? "",
        sandi: isian.sandi ?? "",
      }),
    );
    if (!hasil.ok) return tampilkan(c, { nilai: isian, galat: hasil.galat, status: hasil.status });
    return c.redirect(lihatLagi(`Akun ${isian.namaPengguna?.trim()} dibuat`), 303);
  });

  r.post(`${TAUTAN.adminAkun}/:id/aktif`, async (c) => {
    const p = wajibBoleh(c, "kelola_pemda");
    const id = idAkun(c);
    const isian = await isianFormulir(c);
    const aktif = isian.aktif === "1";
    const hasil = await cobaSimpan(() => aturAktif(dep.db, cakupanPengguna(p), id, aktif));
    if (!hasil.ok) {
      const pesan = Object.values(hasil.galat)[0] ?? "";
      return tampilkan(c, { galatBaris: { akunId: id, pesan }, status: hasil.status });
    }
    return c.redirect(
      lihatLagi(aktif ? "Akun diaktifkan" : "Akun dinonaktifkan; sesinya sudah diakhiri"),
      303,
    );
  });

  r.post(`${TAUTAN.adminAkun}/:id/sandi`, async (c) => {
    const p = wajibBoleh(c, "kelola_pemda");
    const id = idAkun(c);
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      setelUlangSandi(dep.db, cakupanPengguna(p), id, { sandiBaru: isian.sandiBaru ?? "" }),
    );
    if (!hasil.ok) {
      const galat = hasil.galat;
      const pesan = galat.sandiBaru ?? galat[GALAT_UMUM] ?? Object.values(galat)[0] ?? "";
      return tampilkan(c, { galatBaris: { akunId: id, pesan }, status: hasil.status });
    }
    return c.redirect(lihatLagi("Kata sandi disetel ulang; sesi akun itu sudah diakhiri"), 303);
  });

  return r;
}
