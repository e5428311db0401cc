import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { keIsianWita } from "../../platform/waktu-wita.ts";
import { cakupanPengguna } from "../auth/pengguna.ts";
import { wajibBoleh } from "../auth/sesi.middleware.ts";
import {
  cariJadwalById,
  daftarJadwal,
  hapusJadwal,
  type JadwalInput,
  simpanJadwal,
} from "./jadwal.service.ts";
import { HalamanJadwal } from "./views/jadwal.tsx";

function isianDari(j: JadwalInput): Record<string, string> {
  return {
    jenisData: j.jenisData,
    tahun: String(j.tahun),
    periode: `${j.periode.jenis}-${j.periode.ke}`,
    dibukaPada: keIsianWita(j.dibukaPada),
    ditutupPada: keIsianWita(j.ditutupPada),
  };
}

function idDari(teks: string | undefined): number {
  const id = Number(teks);
  if (!Number.isSafeInteger(id) || id < 1)
    throw new GalatTerukur("tidak_ditemukan", "Jadwal input tidak ditemukan");
  return id;
}

/** The admin's input schedule screen: GET /admin/jadwal lists and edits, POSTs add, change and remove. */
export function ruteJadwal(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  async function tampil(
    c: Konteks,
    isian: Record<string, string>,
    ubahId: number | null,
    galat?: GalatFormulir,
    status: 200 | 400 | 403 | 409 = 200,
  ) {
    const p = wajibBoleh(c, "kelola_pemda");
    const k = konteksHalaman(c);
    const jadwal = await daftarJadwal(dep.db, cakupanPengguna(p));
    return c.html(
      halamanHtml(
        <HalamanJadwal
          k={k}
          jadwal={jadwal}
          isian={isian}
          ubahId={ubahId}
          galat={galat}
          pesan={c.req.query("pesan") ?? null}
          sekarang={new Date()}
        />,
      ),
      status,
    );
  }

  r.get("/admin/jadwal", async (c) => {
    const p = wajibBoleh(c, "kelola_pemda");
    const ubah = c.req.query("ubah");
    if (ubah) {
      const j = await cariJadwalById(dep.db, cakupanPengguna(p), idDari(ubah));
      if (!j) throw new GalatTerukur("tidak_ditemukan", "Jadwal input tidak ditemukan");
      return tampil(c, isianDari(j), j.id);
    }
    return tampil(c, { tahun: String(new Date().getFullYear()) }, null);
  });

  async function simpan(c: Konteks, id: number | null) {
    const p = wajibBoleh(c, "kelola_pemda");
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      simpanJadwal(
        dep.db,
        cakupanPengguna(p),
        {
          jenisData: isian.jenisData as "realisasi",
          tahun: isian.tahun ?? "",
          periode: isian.periode as "tahun-1",
          dibukaPada: isian.dibukaPada ?? "",
          ditutupPada: isian.ditutupPada ?? "",
        },
        id,
      ),
    );
    if (!hasil.ok) return tampil(c, isian, id, hasil.galat, hasil.status);
    return c.redirect(`${TAUTAN.adminJadwal}?pesan=${encodeURIComponent("Jadwal input disimpan")}`, 303);
  }

  r.post("/admin/jadwal", (c) => simpan(c, null));
  r.post("/admin/jadwal/:id", (c) => simpan(c, idDari(c.req.param("id"))));

  r.post("/admin/jadwal/:id/hapus", async (c) => {
    const p = wajibBoleh(c, "kelola_pemda");
    await hapusJadwal(dep.db, cakupanPengguna(p), idDari(c.req.param("id")));
    return c.redirect(`${TAUTAN.adminJadwal}?pesan=${encodeURIComponent("Jadwal input dihapus")}`, 303);
  });

  return r;
}
