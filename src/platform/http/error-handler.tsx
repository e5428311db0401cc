import type { Context } from "hono";
import { GalatTerukur, STATUS_HTTP } from "../errors.ts";
import { halamanHtml } from "../ui/html-page.ts";
import { Tata } from "../ui/layout.tsx";

type StatusGalat = 400 | 403 | 404 | 409 | 500 | 503;

function inginHtml(c: Context): boolean {
  return !c.req.path.startsWith("/api/") && (c.req.header("accept") ?? "").includes("text/html");
}

/** The one place failures become HTTP answers: JSON for the API, a page for browsers; internals stay hidden. */
export async function tanganiGalat(err: Error, c: Context) {
  const dikenal = err instanceof GalatTerukur;
  if (!dikenal) console.error(err);
  const status = (dikenal ? STATUS_HTTP[err.jenis] : 500) as StatusGalat;
  const pesan = dikenal ? err.message : "Terjadi kesalahan pada server. Silakan coba lagi.";
  if (inginHtml(c)) {
    const halaman = (
      <Tata judul="Tidak dapat ditampilkan">
        <h1>Tidak dapat ditampilkan</h1>
        <section>
          <p>{pesan}</p>
          <p>
            <a href="/">Kembali ke beranda</a>
          </p>
        </section>
      </Tata>
    );
    return c.html(await halamanHtml(halaman), status);
  }
  return c.json(
    { galat: { jenis: dikenal ? err.jenis : "internal", pesan, bidang: dikenal ? err.bidang : null } },
    status,
  );
}
