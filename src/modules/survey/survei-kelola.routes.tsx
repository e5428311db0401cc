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
import { terapkanIkmKeIku } from "./ikm-iku.service.ts";
import { bacaUnsurTeks, isianPeriode } from "./kelola-isian.ts";
import { jalurKelola } from "./kelola-jalur.ts";
import { KODE_PER_HALAMAN, kodeBelumDipakai, layarSurveiKelola, periodeOpd } from "./kelola-layar.service.ts";
import {
  buatJenisLayanan,
  buatKodeSekali,
  buatKuesionerKhusus,
  buatPeriodeSkm,
  buatUnitLayanan,
} from "./penyiapan.service.ts";
import { type GagalKelola, HalamanKelolaSurvei, teksKelola } from "./views/kelola-halaman.tsx";
import { HalamanKodeSekali, teksKodeCetak } from "./views/kelola-kode.tsx";

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  gagal: GagalKelola | null,
  status: 200 | 400 | 403 | 409 = 200,
) {
  const k = konteksHalaman(c);
  const layar = await layarSurveiKelola(dep.db, a.cakupan, a.opd.id);
  const t = teksKelola(k.bahasa);
  return c.html(
    halamanHtml(
      <TataAplikasi k={k} judul={`${t.judul} · ${a.opd.nama}`} opd={a.opd} aktif={TAUTAN.survei(a.opd.kode)}>
        <HalamanKelolaSurvei
          k={k}
          opd={a.opd}
          layar={layar}
          bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
          bolehKuesioner={boleh(a.pengguna, "kelola_pemda")}
          gagal={gagal}
          pesan={c.req.query("pesan") ?? null}
        />
      </TataAplikasi>,
    ),
    status,
  );
}

/** Keeps the messages of fields the form shows; anything else goes to the top of the form. */
function petakanGalat(galat: GalatFormulir, dikenal: readonly string[]): GalatFormulir {
  const hasil: GalatFormulir = {};
  for (const [kunci, pesan] of Object.entries(galat)) {
    const bidang = dikenal.find((d) => kunci === d || kunci.startsWith(`${d}.`));
    hasil[bidang ?? GALAT_UMUM] = pesan;
  }
  return hasil;
}

function kembali(kodeOpd: string, pesan: string, bagian: string): string {
  return `${TAUTAN.survei(kodeOpd)}?pesan=${encodeURIComponent(pesan)}#${bagian}`;
}

const BIDANG_PERIODE = [
  "tahun",
  "periodeJenis",
  "periodeKe",
  "mulai",
  "selesai",
  "jumlahPengguna",
  "indikatorKode",
  "kuesionerKode",
] as const;

/**
 * The survey management screen of an OPD (issue 5 item 1): service units with their public form, poster and kiosk
 * links, service types, survey periods with their result and the "apply IKM to IKU" button, one-time codes and
 * their print page, custom questionnaires. Everyone who reads the OPD sees it; the perencana sets it up; custom
 * questionnaires are pemda-wide, so only the admin pemda adds them (as buatKuesionerKhusus requires).
 */
export function ruteSurveiKelola(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/survei", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return halaman(c, dep, a, null);
  });

  for (const [bagian, buat, pesan] of [
    ["unit", buatUnitLayanan, "Unit layanan ditambahkan"],
    ["jenis", buatJenisLayanan, "Jenis layanan ditambahkan"],
  ] as const) {
    r.post(`/opd/:kode/survei/${bagian}`, async (c) => {
      const a = await aksesOpd(c, dep, "ubah_perencanaan");
      const isian = await isianFormulir(c);
      const hasil = await cobaSimpan(() =>
        buat(dep.db, a.cakupan, a.opd.id, {
          kode: isian[`${bagian}Kode`] ?? "",
          nama: isian[`${bagian}Nama`] ?? "",
        }),
      );
      if (!hasil.ok) {
        const galat = petakanGalat(hasil.galat, ["kode", "nama"]);
        return halaman(c, dep, a, { bagian, galat, isian }, hasil.status);
      }
      return c.redirect(kembali(a.opd.kode, pesan, bagian), 303);
    });
  }

  r.post("/opd/:kode/survei/periode", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() => buatPeriodeSkm(dep.db, a.cakupan, a.opd.id, isianPeriode(isian)));
    if (!hasil.ok) {
      const galat = petakanGalat(hasil.galat, BIDANG_PERIODE);
      return halaman(c, dep, a, { bagian: "periode", galat, isian }, hasil.status);
    }
    return c.redirect(kembali(a.opd.kode, "Periode survei ditambahkan", "periode"), 303);
  });

  r.post("/opd/:kode/survei/periode/:id/terapkan", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const p = await periodeOpd(dep.db, a.cakupan, a.opd.id, Number(c.req.param("id")));
    const hasil = await cobaSimpan(() => terapkanIkmKeIku(dep.db, a.cakupan, p.id));
    if (!hasil.ok) {
      return halaman(
        c,
        dep,
        a,
        { bagian: "terapkan", periodeId: p.id, galat: hasil.galat, isian: {} },
        hasil.status,
      );
    }
    const ikm = hasil.hasil.ikm.replace(".", ",");
    return c.redirect(kembali(a.opd.kode, `IKM ${ikm} diterapkan sebagai realisasi IKU`, "periode"), 303);
  });

  r.post("/opd/:kode/survei/periode/:id/kode", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const p = await periodeOpd(dep.db, a.cakupan, a.opd.id, Number(c.req.param("id")));
    const isian = await isianFormulir(c);
    const teks = (isian[`jumlah_${p.id}`] ?? "").trim();
    const jumlah = teks === "" ? Number.NaN : Number(teks);
    const hasil = await cobaSimpan(() => buatKodeSekali(dep.db, a.cakupan, p.id, jumlah));
    if (!hasil.ok) {
      const galat = petakanGalat(hasil.galat, ["jumlah"]);
      return halaman(c, dep, a, { bagian: "kode", periodeId: p.id, galat, isian }, hasil.status);
    }
    return c.redirect(kembali(a.opd.kode, `${hasil.hasil.length} kode sekali pakai dibuat`, "kode"), 303);
  });

  r.get("/opd/:kode/survei/periode/:id/kode", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const nomor = Number(c.req.query("halaman") ?? "1");
    const hal = Number.isSafeInteger(nomor) && nomor >= 1 ? nomor : 1;
    const d = await kodeBelumDipakai(dep.db, a.cakupan, a.opd.id, Number(c.req.param("id")), hal);
    const k = konteksHalaman(c);
    const t = teksKodeCetak(k.bahasa);
    return c.html(
      halamanHtml(
        <TataAplikasi
          k={k}
          judul={`${t.judul} · ${d.periode.nama}`}
          opd={a.opd}
          aktif={TAUTAN.survei(a.opd.kode)}
        >
          <HalamanKodeSekali
            k={k}
            opd={a.opd}
            periode={d.periode}
            kode={d.kode}
            total={d.total}
            halaman={hal}
            jumlahHalaman={Math.ceil(d.total / KODE_PER_HALAMAN)}
            jalur={jalurKelola.kode(a.opd.kode, d.periode.id)}
          />
        </TataAplikasi>,
      ),
    );
  });

  r.post("/opd/:kode/survei/kuesioner", async (c) => {
    const a = await aksesOpd(c, dep, "kelola_pemda");
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(async () =>
      buatKuesionerKhusus(dep.db, a.cakupan, {
        kode: isian.kqKode ?? "",
        nama: isian.kqNama ?? "",
        sumber: isian.kqSumber ?? "",
        unsur: bacaUnsurTeks(isian.kqUnsur ?? ""),
      }),
    );
    if (!hasil.ok) {
      const galat = petakanGalat(hasil.galat, ["kode", "nama", "sumber", "unsur"]);
      return halaman(c, dep, a, { bagian: "kuesioner", galat, isian }, hasil.status);
    }
    return c.redirect(kembali(a.opd.kode, "Kuesioner khusus ditambahkan", "kuesioner"), 303);
  });

  return r;
}
