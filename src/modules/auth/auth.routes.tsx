import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, STATUS_HTTP } from "../../platform/errors.ts";
import { jalurAman } from "../../platform/http/bahasa.routes.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { alamatJaringan } from "../survey/publik/perangkat.ts";
import { rumahPeran } from "./akun.domain.ts";
import { akunSaya, ubahSandi } from "./akun.service.ts";
import { masuk } from "./masuk.service.ts";
import { cakupanPengguna } from "./pengguna.ts";
import { COOKIE_SESI, lewatTls, penggunaWajib } from "./sesi.middleware.ts";
import { akhiriSemuaSesi, akhiriSesi, buatSesi } from "./sesi.service.ts";
import { HalamanAkun } from "./views/halaman-akun.tsx";
import { HalamanMasuk } from "./views/halaman-masuk.tsx";

type StatusGalat = 400 | 401 | 403 | 404 | 409 | 429 | 503;

/** The return address after sign-in: a path of this site, never the sign-in page itself. */
function tujuanLanjut(lanjut: string | undefined): string | null {
  if (!lanjut) return null;
  const jalur = jalurAman(lanjut);
  return jalur === "/" || jalur.startsWith(TAUTAN.masuk) ? null : jalur;
}

function hapusCookieSesi(c: Konteks): void {
  deleteCookie(c, COOKIE_SESI, { path: "/", secure: lewatTls(c) });
}

/**
 * Sign-in and sign-out, "my account" (password change, sign-out everywhere) and the home address, which
 * sends each person to where their work starts.
 */
export function ruteAuth(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get(TAUTAN.beranda, (c) => {
    const p = c.get("pengguna");
    return c.redirect(p ? rumahPeran(p.peran, p.opdKode) : TAUTAN.portal, 303);
  });

  r.get(TAUTAN.masuk, async (c) => {
    const p = c.get("pengguna");
    const lanjut = tujuanLanjut(c.req.query("lanjut"));
    if (p) return c.redirect(lanjut ?? rumahPeran(p.peran, p.opdKode), 303);
    const k = konteksHalaman(c);
    return c.html(
      await halamanHtml(<HalamanMasuk k={k} lanjut={lanjut ?? ""} pesan={c.req.query("pesan")} />),
    );
  });

  r.post(TAUTAN.masuk, async (c) => {
    const isian = await isianFormulir(c);
    const lanjut = tujuanLanjut(isian.lanjut);
    const namaPengguna = isian.namaPengguna ?? "";
    try {
      const hasil = await masuk(
        dep.db,
        { namaPengguna, sandi: isian.sandi ?? "", alamat: alamatJaringan(c) },
        { kodePemda: dep.kodePemda },
      );
      const sesi = await buatSesi(dep.db, hasil.akunId);
      setCookie(c, COOKIE_SESI, sesi.token, {
        httpOnly: true,
        sameSite: "Lax",
        path: "/",
        secure: lewatTls(c),
      });
      return c.redirect(lanjut ?? rumahPeran(hasil.peran, hasil.opdKode), 303);
    } catch (e) {
      if (!(e instanceof GalatTerukur)) throw e;
      const k = konteksHalaman(c);
      const halaman = (
        <HalamanMasuk
          k={k}
          lanjut={lanjut ?? ""}
          namaPengguna={namaPengguna}
          galat={{ [e.bidang ?? GALAT_UMUM]: e.message }}
        />
      );
      return c.html(await halamanHtml(halaman), STATUS_HTTP[e.jenis] as StatusGalat);
    }
  });

  r.post(TAUTAN.keluar, async (c) => {
    const token = getCookie(c, COOKIE_SESI);
    if (token) await akhiriSesi(dep.db, token);
    hapusCookieSesi(c);
    return c.redirect(TAUTAN.beranda, 303);
  });

  const tampilkanAkun = async (
    c: Konteks,
    galat?: Record<string, string>,
    status: StatusGalat | 200 = 200,
  ) => {
    const p = penggunaWajib(c);
    const k = konteksHalaman(c);
    const akun = await akunSaya(dep.db, cakupanPengguna(p), p.akunId);
    const halaman = <HalamanAkun k={k} akun={akun} galat={galat} pesan={c.req.query("pesan")} />;
    return c.html(await halamanHtml(halaman), status);
  };

  r.get(TAUTAN.akunSaya, (c) => tampilkanAkun(c));

  r.post(`${TAUTAN.akunSaya}/sandi`, async (c) => {
    const p = penggunaWajib(c);
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      ubahSandi(
        dep.db,
        cakupanPengguna(p),
        p.akunId,
        {
          sandiLama: isian.sandiLama ?? "",
          sandiBaru: isian.sandiBaru ?? "",
          ulangiSandi: isian.ulangiSandi ?? "",
        },
        { sesiTetap: getCookie(c, COOKIE_SESI) ?? null },
      ),
    );
    if (!hasil.ok) return tampilkanAkun(c, hasil.galat, hasil.status);
    const pesan = "Kata sandi diubah; sesi di perangkat lain sudah diakhiri";
    return c.redirect(`${TAUTAN.akunSaya}?pesan=${encodeURIComponent(pesan)}`, 303);
  });

  r.post(`${TAUTAN.akunSaya}/keluar-semua`, async (c) => {
    const p = penggunaWajib(c);
    await akhiriSemuaSesi(dep.db, p.akunId);
    hapusCookieSesi(c);
    const pesan = "Anda sudah keluar dari semua perangkat";
    return c.redirect(`${TAUTAN.masuk}?pesan=${encodeURIComponent(pesan)}`, 303);
  });

  return r;
}
