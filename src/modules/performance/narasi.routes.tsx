import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman, TataAplikasi } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { tulisNarasi } from "./narasi.service.ts";
import { layarNarasi } from "./narasi-layar.service.ts";
import { type GagalNarasi, HalamanNarasi, teksNarasi } from "./views/narasi-halaman.tsx";

/** The LKjIP is written in the year after the one it reports on, so the screen opens on last year. */
function tahunDari(teks: string | undefined): number {
  const n = Number(teks);
  return teks && Number.isInteger(n) && n >= 2000 && n <= 2200 ? n : new Date().getFullYear() - 1;
}

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  gagal: GagalNarasi | null,
  status: 200 | 400 | 403 | 409 = 200,
) {
  const k = konteksHalaman(c);
  const layar = await layarNarasi(dep.db, a.cakupan, a.opd.id, tahun);
  const t = teksNarasi(k.bahasa);
  return c.html(
    halamanHtml(
      <TataAplikasi k={k} judul={`${t.judul} · ${a.opd.nama}`} opd={a.opd} aktif={TAUTAN.narasi(a.opd.kode)}>
        <HalamanNarasi
          k={k}
          opd={a.opd}
          tahun={tahun}
          layar={layar}
          bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
          gagal={gagal}
          pesan={c.req.query("pesan") ?? null}
        />
      </TataAplikasi>,
    ),
    status,
  );
}

function kosongJadiNull(v: string | undefined): string | null {
  return v === undefined || v.trim() === "" ? null : v;
}

/** The narratives screen: every role that reads the OPD sees the paragraphs; the perencana writes them. */
export function ruteNarasi(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/narasi", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return halaman(c, dep, a, tahunDari(c.req.query("tahun")), null);
  });

  r.post("/opd/:kode/narasi", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const slot = isian.slot ?? "baru";
    const isi = (slot === "baru" ? isian.isi : isian[`isi_${slot}`]) ?? "";
    const tahun = tahunDari(isian.tahun);
    const urutan = Number(isian.urutan);
    const hasil = await cobaSimpan(() =>
      tulisNarasi(dep.db, a.cakupan, a.opd.id, {
        tahun,
        jenis: isian.jenis as "analisis",
        sasaranKode: kosongJadiNull(isian.sasaranKode),
        kodeAnggaran: kosongJadiNull(isian.kodeAnggaran),
        urutan: isian.urutan && Number.isFinite(urutan) ? urutan : 0,
        isi,
      }),
    );
    if (!hasil.ok) {
      const dikenal = ["isi", "jenis", "sasaranKode", "kodeAnggaran", "urutan"];
      const galat: GalatFormulir = {};
      for (const [kunci, pesan] of Object.entries(hasil.galat))
        galat[dikenal.includes(kunci) ? kunci : GALAT_UMUM] = pesan;
      return halaman(c, dep, a, tahun, { slot, galat, isian: { ...isian, isi } }, hasil.status);
    }
    return c.redirect(
      `${TAUTAN.narasi(a.opd.kode)}?tahun=${tahun}&pesan=${encodeURIComponent("Narasi disimpan")}`,
      303,
    );
  });

  return r;
}
