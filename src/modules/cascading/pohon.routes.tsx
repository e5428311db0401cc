import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { LevelPohon } from "../../platform/db/schema.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { tentukanPk } from "../planning/pk.service.ts";
import { gambarPohonSvg } from "./diagram-pohon.ts";
import { ruteLangkahPohon } from "./langkah.routes.tsx";
import type { PohonKinerjaOpd } from "./pohon.model.ts";
import { bacaPohonOpd } from "./pohon.service.ts";
import { denganPesan, idJalur, tahunPohon } from "./rute-pohon-bantu.ts";
import { ruteSimpulPohon } from "./simpul.routes.tsx";
import { terapkanUsulanPk, usulanPk } from "./usulan-pk.service.ts";
import { galatForm } from "./views/formulir-pohon.tsx";
import { HalamanPohon, LEVEL_LIPAT, SKALA_DIAGRAM } from "./views/pohon.tsx";
import { tautanPohon } from "./views/tautan-pohon.ts";
import { HalamanUsulanPk } from "./views/usulan-pk.tsx";

/** The zoom asked for (?skala=), only one of the steps offered; null fits the drawing to the screen. */
function skalaKueri(c: Konteks): number | null {
  const s = Number(c.req.query("skala") ?? "");
  return (SKALA_DIAGRAM as readonly number[]).includes(s) ? s : null;
}

/** The level the diagram is collapsed below (?sampai=), or null for every level. */
function sampaiKueri(c: Konteks): LevelPohon | null {
  const s = c.req.query("sampai") ?? "";
  return LEVEL_LIPAT.find((l) => l === s) ?? null;
}

/** Whether a tree has anything of the OPD's own (a bare period from the Renstra has no node yet). */
function adaSimpul(pohon: PohonKinerjaOpd | null): pohon is PohonKinerjaOpd {
  return pohon?.akar.some((s) => s.opdId !== null || s.anak.length > 0) === true;
}

/** The PK named in the path, which must be one of this OPD's; its year is the proposal's year. */
async function pkOpd(c: Konteks, dep: DependensiAplikasi, a: AksesOpd) {
  const pkId = idJalur(c, "pkId", "Perjanjian Kinerja tidak ditemukan");
  const pk = await tentukanPk(dep.db, a.cakupan, pkId);
  if (pk.opd_id !== a.opd.id) throw new GalatTerukur("tidak_ditemukan", "Perjanjian Kinerja tidak ditemukan");
  return { pkId, tahun: pk.tahun };
}

async function halamanUsulan(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  pk: { pkId: number; tahun: number },
  galat?: GalatFormulir,
) {
  const usulan = await usulanPk(dep.db, a.cakupan, a.opd.id, pk.tahun, pk.pkId);
  return (
    <HalamanUsulanPk
      k={konteksHalaman(c)}
      opd={a.opd}
      usulan={usulan}
      bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
      pesan={c.req.query("pesan") ?? null}
      galat={galatForm("terapkan", "terapkan", galat, [])}
    />
  );
}

/**
 * The pohon kinerja screens of one OPD (issue 9): the tree as an outline and a diagram, the SVG download, the
 * PK proposed from the tree, the node editor and the guided flow. Reading needs lihat_opd; writing
 * ubah_perencanaan, checked before any form is read.
 */
export function rutePohonKinerja(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/pohon-kinerja", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const tahun = await tahunPohon(c, dep, a);
    const pohon = await bacaPohonOpd(dep.db, a.cakupan, a.opd.id, tahun);
    const sampai = sampaiKueri(c);
    const diagram = adaSimpul(pohon)
      ? gambarPohonSvg(pohon, tahun, sampai === null ? {} : { sampaiLevel: sampai })
      : null;
    return c.html(
      halamanHtml(
        <HalamanPohon
          k={konteksHalaman(c)}
          opd={a.opd}
          tahun={tahun}
          pohon={pohon}
          diagram={diagram}
          skala={skalaKueri(c)}
          sampai={sampai}
          bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
          pesan={c.req.query("pesan") ?? null}
        />,
      ),
    );
  });

  r.get("/opd/:kode/pohon-kinerja/diagram.svg", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const tahun = await tahunPohon(c, dep, a);
    const pohon = await bacaPohonOpd(dep.db, a.cakupan, a.opd.id, tahun);
    if (!adaSimpul(pohon)) {
      throw new GalatTerukur("tidak_ditemukan", `Belum ada pohon kinerja ${a.opd.nama} untuk tahun ${tahun}`);
    }
    const sampai = sampaiKueri(c);
    const { svg } = gambarPohonSvg(pohon, tahun, sampai === null ? {} : { sampaiLevel: sampai });
    return c.body(svg, 200, {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="pohon-kinerja-${a.opd.kode}-${tahun}.svg"`,
      "Cache-Control": "private, no-store",
    });
  });

  r.get("/opd/:kode/pohon-kinerja/usulan-pk/:pkId", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const pk = await pkOpd(c, dep, a);
    return c.html(halamanHtml(await halamanUsulan(c, dep, a, pk)));
  });

  r.post("/opd/:kode/pohon-kinerja/usulan-pk/:pkId", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const pk = await pkOpd(c, dep, a);
    const hasil = await cobaSimpan(() => terapkanUsulanPk(dep.db, a.cakupan, a.opd.id, pk.tahun, pk.pkId));
    if (!hasil.ok) return c.html(halamanHtml(await halamanUsulan(c, dep, a, pk, hasil.galat)), hasil.status);
    return c.redirect(
      denganPesan(
        tautanPohon(a.opd.kode, pk.tahun).usulanPk(pk.pkId),
        "Usulan diterapkan ke Perjanjian Kinerja",
      ),
      303,
    );
  });

  r.route("/", ruteSimpulPohon(dep));
  r.route("/", ruteLangkahPohon(dep));
  return r;
}
