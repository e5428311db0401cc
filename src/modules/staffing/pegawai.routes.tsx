import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman, TataAplikasi } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { registerPegawai } from "./pegawai-layar.service.ts";
import { aturKebutuhanAnjab, rekapKepegawaian, tambahPegawai } from "./staffing.service.ts";
import { type GagalPegawai, HalamanPegawai, teksPegawai } from "./views/pegawai-halaman.tsx";

const BIDANG_PEGAWAI = [
  "nama",
  "nip",
  "status",
  "golongan",
  "ruang",
  "pendidikan",
  "jabatan",
  "jenisJabatan",
  "eselon",
  "unitKode",
];

function tahunDari(teks: string | undefined): number {
  const n = Number(teks);
  return teks && Number.isInteger(n) && n >= 2000 && n <= 2200 ? n : new Date().getFullYear();
}

function kosongJadiNull(v: string | undefined): string | null {
  return v === undefined || v.trim() === "" ? null : v.trim();
}

function tampung(galat: GalatFormulir, dikenal: readonly string[]): GalatFormulir {
  const hasil: GalatFormulir = {};
  for (const [kunci, pesan] of Object.entries(galat))
    hasil[dikenal.includes(kunci) ? kunci : GALAT_UMUM] = pesan;
  return hasil;
}

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  gagal: GagalPegawai | null,
  status: 200 | 400 | 403 | 409 = 200,
) {
  const k = konteksHalaman(c);
  const register = await registerPegawai(dep.db, a.cakupan, a.opd.id);
  const rekap = await rekapKepegawaian(dep.db, a.cakupan, a.opd.id, tahun);
  const t = teksPegawai(k.bahasa);
  return c.html(
    halamanHtml(
      <TataAplikasi k={k} judul={`${t.judul} · ${a.opd.nama}`} opd={a.opd} aktif={TAUTAN.pegawai(a.opd.kode)}>
        <HalamanPegawai
          k={k}
          opd={a.opd}
          tahun={tahun}
          register={register}
          rekap={rekap}
          bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
          gagal={gagal}
          pesan={c.req.query("pesan") ?? null}
        />
      </TataAplikasi>,
    ),
    status,
  );
}

/** The staffing register: every role that reads the OPD sees it; the perencana adds people and ANJAB needs. */
export function rutePegawai(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/pegawai", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return halaman(c, dep, a, tahunDari(c.req.query("tahun")), null);
  });

  r.post("/opd/:kode/pegawai", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const tahun = tahunDari(isian.tahun);
    const hasil = await cobaSimpan(() =>
      tambahPegawai(dep.db, a.cakupan, a.opd.id, {
        nama: isian.nama ?? "",
        nip: kosongJadiNull(isian.nip),
        status: isian.status as "PNS",
        golongan: kosongJadiNull(isian.golongan) as "III" | null,
        ruang: kosongJadiNull(isian.ruang) as "a" | null,
        pendidikan: isian.pendidikan as "S1",
        jabatan: isian.jabatan ?? "",
        jenisJabatan: isian.jenisJabatan as "pelaksana",
        eselon: kosongJadiNull(isian.eselon) as "IV.a" | null,
        unitKode: isian.unitKode ?? "",
      }),
    );
    if (!hasil.ok) {
      const gagal: GagalPegawai = { form: "pegawai", galat: tampung(hasil.galat, BIDANG_PEGAWAI), isian };
      return halaman(c, dep, a, tahun, gagal, hasil.status);
    }
    const pesan = encodeURIComponent(`Pegawai ${isian.nama?.trim() ?? ""} ditambahkan`);
    return c.redirect(`${TAUTAN.pegawai(a.opd.kode)}?tahun=${tahun}&pesan=${pesan}`, 303);
  });

  r.post("/opd/:kode/pegawai/anjab", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const mentah = await isianFormulir(c);
    const tahun = tahunDari(mentah.tahun);
    const isian = {
      unitKode: mentah.a_unitKode ?? "",
      jenisJabatan: mentah.a_jenisJabatan ?? "",
      jumlah: mentah.a_jumlah ?? "",
    };
    const hasil = await cobaSimpan(() => {
      const jumlah = Number(isian.jumlah);
      if (isian.jumlah.trim() === "" || !Number.isInteger(jumlah)) {
        throw inputTidakValid("Jumlah kebutuhan harus bilangan bulat, misalnya 4", "jumlah");
      }
      return aturKebutuhanAnjab(dep.db, a.cakupan, a.opd.id, {
        unitKode: isian.unitKode,
        tahun,
        jenisJabatan: isian.jenisJabatan as "pelaksana",
        jumlah,
      });
    });
    if (!hasil.ok) {
      const galat = tampung(hasil.galat, ["unitKode", "jenisJabatan", "jumlah"]);
      return halaman(c, dep, a, tahun, { form: "anjab", galat, isian }, hasil.status);
    }
    const pesan = encodeURIComponent("Kebutuhan ANJAB disimpan");
    return c.redirect(`${TAUTAN.pegawai(a.opd.kode)}?tahun=${tahun}&pesan=${pesan}`, 303);
  });

  return r;
}
