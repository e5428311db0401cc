import type { Context } from "hono";
import { GalatTerukur, STATUS_HTTP } from "../errors.ts";

/** The one place failures become HTTP answers: refusals keep their Indonesian message and field, the rest is hidden. */
export function tanganiGalat(err: Error, c: Context) {
  if (err instanceof GalatTerukur) {
    const status = STATUS_HTTP[err.jenis] as 400 | 403 | 404 | 409 | 503;
    return c.json({ galat: { jenis: err.jenis, pesan: err.message, bidang: err.bidang } }, status);
  }
  console.error(err);
  return c.json(
    {
      galat: { jenis: "internal", pesan: "Terjadi kesalahan pada server. Silakan coba lagi.", bidang: null },
    },
    500,
  );
}
