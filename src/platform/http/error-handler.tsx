import type { Context } from "hono";
import { galatDariBasisdata } from "../db/galat-basisdata.ts";
import { GalatTerukur, STATUS_HTTP } from "../errors.ts";
import { bahasaDari } from "../i18n/kamus.ts";
import { halamanHtml } from "../ui/html-page.ts";
import { TataAplikasi } from "../ui/tata-aplikasi.tsx";
import { TAUTAN } from "../ui/tautan.ts";
import type { EnvAplikasi } from "./konteks.ts";

type StatusGalat = 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503;

function inginHtml(c: Context): boolean {
  return !c.req.path.startsWith("/api/") && (c.req.header("accept") ?? "").includes("text/html");
}

/** The one place failures become HTTP answers: JSON for the API, a page for browsers; internals stay hidden. */
export async function tanganiGalat(err: Error, c: Context<EnvAplikasi>) {
  const g = err instanceof GalatTerukur ? err : galatDariBasisdata(err);
  const status = (g ? STATUS_HTTP[g.jenis] : 500) as StatusGalat;
  const pesan = g ? g.message : "Terjadi kesalahan pada server. Silakan coba lagi.";
  if (inginHtml(c)) {
    const url = new URL(c.req.url);
    if (g?.jenis === "belum_masuk" && c.req.method === "GET") {
      return c.redirect(`${TAUTAN.masuk}?lanjut=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    const k = {
      pengguna: c.get("pengguna") ?? null,
      csrf: c.get("csrf") ?? "",
      bahasa: c.get("bahasa") ?? bahasaDari(null),
      jalur: url.pathname + url.search,
    };
    const halaman = (
      <TataAplikasi k={k} judul={k.bahasa === "en" ? "Cannot be shown" : "Tidak dapat ditampilkan"}>
        <h1>{k.bahasa === "en" ? "Cannot be shown" : "Tidak dapat ditampilkan"}</h1>
        <section>
          <p>{pesan}</p>
          <p>
            <a href="/">{k.bahasa === "en" ? "Back to the home page" : "Kembali ke beranda"}</a>
          </p>
        </section>
      </TataAplikasi>
    );
    return c.html(await halamanHtml(halaman), status);
  }
  return c.json({ galat: { jenis: g ? g.jenis : "internal", pesan, bidang: g ? g.bidang : null } }, status);
}
