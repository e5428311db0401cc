import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { ObjekAlur } from "../../platform/db/schema.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { jalurAman } from "../../platform/http/bahasa.routes.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { LABEL_LANGKAH, langkahDari, objekDari } from "./alur.domain.ts";
import { bukaRevisi, daftarRevisi, jalankanLangkah, riwayatAlur, tentukanObjekAlur } from "./alur.service.ts";
import { denganParameter } from "./tautan-alur.ts";
import { HalamanRiwayatAlur } from "./views/riwayat-alur.tsx";

/** The item named by `:objek/:id`, or a 404 before anything is read. */
function objekDanId(c: Konteks): { objek: ObjekAlur; id: number } {
  const objek = objekDari(c.req.param("objek"));
  const id = Number(c.req.param("id"));
  if (!objek || !Number.isSafeInteger(id) || id < 1) {
    throw new GalatTerukur("tidak_ditemukan", "Data yang dimaksud tidak ditemukan");
  }
  return { objek, id };
}

function inginJson(c: Konteks): boolean {
  return (c.req.header("accept") ?? "").includes("application/json");
}

/** The screen each kind of item lives on, as the default return address. */
function halamanAsal(kode: string, objek: ObjekAlur): string {
  if (objek === "realisasi_indikator") return TAUTAN.realisasi(kode);
  if (objek === "perjanjian_kinerja") return TAUTAN.pk(kode);
  return TAUTAN.dokumen(kode);
}

/**
 * Answers a workflow post: back to the screen with ?pesan= on success; on a refusal the user can act on
 * (bad input, wrong status) back with ?galat= for pages and {galat} with its status for JSON. A refusal by
 * role or scope is a 403 either way.
 */
function jawab(
  c: Konteks,
  lanjut: string,
  hasil: { ok: true; pesan: string } | { ok: false; pesan: string; status: 400 | 403 | 409 },
) {
  if (inginJson(c))
    return hasil.ok ? c.json({ pesan: hasil.pesan }) : c.json({ galat: hasil.pesan }, hasil.status);
  if (!hasil.ok && hasil.status === 403) throw new GalatTerukur("di_luar_cakupan", hasil.pesan);
  return c.redirect(denganParameter(lanjut, hasil.ok ? "pesan" : "galat", hasil.pesan), 303);
}

/** The workflow endpoints every screen posts to (a step, a revision) and the history page of one item. */
export function ruteAlur(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.post("/opd/:kode/alur/:objek/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const { objek, id } = objekDanId(c);
    const isian = await isianFormulir(c);
    const lanjut = jalurAman(isian.lanjut || halamanAsal(a.opd.kode, objek));
    const langkah = langkahDari(isian.langkah);
    if (!langkah)
      return jawab(c, lanjut, { ok: false, pesan: "Langkah persetujuan tidak dikenal", status: 400 });
    const hasil = await cobaSimpan(() =>
      jalankanLangkah(dep.db, a.pengguna, objek, id, langkah, isian.komentar ?? null, { opdId: a.opd.id }),
    );
    if (!hasil.ok) {
      return jawab(c, lanjut, {
        ok: false,
        pesan: Object.values(hasil.galat)[0] ?? "",
        status: hasil.status,
      });
    }
    return jawab(c, lanjut, {
      ok: true,
      pesan: `${LABEL_LANGKAH[langkah].id}: berhasil (status ${hasil.hasil})`,
    });
  });

  r.post("/opd/:kode/revisi/:objek/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const { objek, id } = objekDanId(c);
    const isian = await isianFormulir(c);
    const lanjut = jalurAman(isian.lanjut || halamanAsal(a.opd.kode, objek));
    const hasil = await cobaSimpan(() =>
      bukaRevisi(dep.db, a.pengguna, objek, id, isian.alasan ?? "", { opdId: a.opd.id }),
    );
    if (!hasil.ok) {
      return jawab(c, lanjut, {
        ok: false,
        pesan: Object.values(hasil.galat)[0] ?? "",
        status: hasil.status,
      });
    }
    return jawab(c, lanjut, { ok: true, pesan: `Revisi ${hasil.hasil} dibuka; data kembali berstatus draf` });
  });

  r.get("/opd/:kode/alur/:objek/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const k = konteksHalaman(c);
    const { objek, id } = objekDanId(c);
    const o = await tentukanObjekAlur(dep.db, a.cakupan, objek, id, a.opd.id);
    const riwayat = await riwayatAlur(dep.db, a.cakupan, objek, id);
    const revisi = await daftarRevisi(dep.db, a.cakupan, objek, id);
    return c.html(
      halamanHtml(
        <HalamanRiwayatAlur
          k={k}
          opd={a.opd}
          aktif={halamanAsal(a.opd.kode, objek)}
          objek={o}
          riwayat={riwayat}
          revisi={revisi}
          pesan={c.req.query("pesan") ?? null}
          galat={c.req.query("galat") ?? null}
        />,
      ),
    );
  });

  return r;
}
