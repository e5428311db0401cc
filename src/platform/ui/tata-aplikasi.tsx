import type { Child } from "hono/jsx";
import { boleh, type Tindakan } from "../../modules/auth/auth.policy.ts";
import { NAMA_PERAN, type Pengguna } from "../../modules/auth/pengguna.ts";
import type { Konteks } from "../http/konteks.ts";
import { BIDANG_CSRF, HEADER_CSRF } from "../http/konteks.ts";
import { type Bahasa, buatKamus } from "../i18n/kamus.ts";
import { TAUTAN } from "./tautan.ts";

/** What every page of the application needs from the request: who, the CSRF token, the language, the path. */
export type KonteksHalaman = {
  pengguna: Pengguna | null;
  csrf: string;
  bahasa: Bahasa;
  /** the path and query of this page, for the language switch and sign-in return */
  jalur: string;
};

/** Reads the page context from a request. */
export function konteksHalaman(c: Konteks): KonteksHalaman {
  const url = new URL(c.req.url);
  return {
    pengguna: c.get("pengguna"),
    csrf: c.get("csrf"),
    bahasa: c.get("bahasa"),
    jalur: url.pathname + url.search,
  };
}

const kamus = buatKamus(
  {
    subjudul: "Akuntabilitas kinerja dari satu sumber data",
    masuk: "Masuk",
    keluar: "Keluar",
    akunSaya: "Akun saya",
    portal: "Dokumen publik",
    navigasi: "Navigasi",
    navigasiOpd: "Menu perangkat daerah",
    ringkasan: "Ringkasan",
    renstra: "Renstra",
    iku: "IKU",
    dpa: "DPA",
    pk: "Perjanjian Kinerja",
    rencanaAksi: "Rencana aksi",
    realisasi: "Realisasi",
    narasi: "Narasi",
    rekomendasi: "Rekomendasi",
    lke: "Evaluasi LKE",
    pohonKinerja: "Pohon Kinerja",
    reviu: "Reviu Laporan",
    kabupatenLke: "Nilai LKE",
    pegawai: "Kepegawaian",
    temuan: "Temuan",
    dokumen: "Dokumen",
    impor: "Impor Excel",
    survei: "Survei (SKM)",
    kabupaten: "Semua OPD",
    akun: "Akun",
    jadwal: "Jadwal input",
    audit: "Log audit",
    lompat: "Langsung ke isi",
    bahasaLain: "English",
  },
  {
    subjudul: "Performance accountability from one source of data",
    masuk: "Sign in",
    keluar: "Sign out",
    akunSaya: "My account",
    portal: "Public documents",
    navigasi: "Navigation",
    navigasiOpd: "Agency menu",
    ringkasan: "Overview",
    renstra: "Strategic plan",
    iku: "Key indicators",
    dpa: "Budget (DPA)",
    pk: "Performance agreement",
    rencanaAksi: "Action plan",
    realisasi: "Results",
    narasi: "Narratives",
    rekomendasi: "Recommendations",
    lke: "LKE evaluation",
    pohonKinerja: "Performance tree",
    reviu: "Report review",
    kabupatenLke: "LKE scores",
    pegawai: "Staffing",
    temuan: "Findings",
    dokumen: "Documents",
    impor: "Excel import",
    survei: "Survey (SKM)",
    kabupaten: "All agencies",
    akun: "Accounts",
    jadwal: "Input schedule",
    audit: "Audit log",
    lompat: "Skip to content",
    bahasaLain: "Bahasa Indonesia",
  },
);

/** The words of the shell, for screens that reuse its labels (menu names as page titles). */
export const teksTata = kamus;

type ItemMenu = { kunci: keyof ReturnType<typeof kamus>; href: string; tindakan: Tindakan };

function menuOpd(kode: string): ItemMenu[] {
  return [
    { kunci: "ringkasan", href: TAUTAN.opd(kode), tindakan: "lihat_opd" },
    { kunci: "renstra", href: TAUTAN.renstra(kode), tindakan: "lihat_opd" },
    { kunci: "iku", href: TAUTAN.iku(kode), tindakan: "lihat_opd" },
    { kunci: "dpa", href: TAUTAN.dpa(kode), tindakan: "lihat_opd" },
    { kunci: "pohonKinerja", href: TAUTAN.pohonKinerja(kode), tindakan: "lihat_opd" },
    { kunci: "pk", href: TAUTAN.pk(kode), tindakan: "lihat_opd" },
    { kunci: "rencanaAksi", href: TAUTAN.rencanaAksi(kode), tindakan: "lihat_opd" },
    { kunci: "realisasi", href: TAUTAN.realisasi(kode), tindakan: "lihat_opd" },
    { kunci: "narasi", href: TAUTAN.narasi(kode), tindakan: "lihat_opd" },
    { kunci: "lke", href: TAUTAN.lke(kode), tindakan: "lihat_opd" },
    { kunci: "rekomendasi", href: TAUTAN.rekomendasi(kode), tindakan: "lihat_opd" },
    { kunci: "pegawai", href: TAUTAN.pegawai(kode), tindakan: "lihat_opd" },
    { kunci: "temuan", href: TAUTAN.temuan(kode), tindakan: "lihat_opd" },
    { kunci: "reviu", href: TAUTAN.reviu(kode), tindakan: "reviu_laporan" },
    { kunci: "dokumen", href: TAUTAN.dokumen(kode), tindakan: "lihat_opd" },
    { kunci: "survei", href: TAUTAN.survei(kode), tindakan: "lihat_opd" },
    { kunci: "impor", href: TAUTAN.impor(kode), tindakan: "ubah_perencanaan" },
  ];
}

const MENU_PEMDA: ItemMenu[] = [
  { kunci: "kabupaten", href: TAUTAN.kabupaten, tindakan: "lihat_kabupaten" },
  { kunci: "kabupatenLke", href: TAUTAN.kabupatenLke, tindakan: "lihat_kabupaten" },
  { kunci: "akun", href: TAUTAN.adminAkun, tindakan: "kelola_pemda" },
  { kunci: "jadwal", href: TAUTAN.adminJadwal, tindakan: "kelola_pemda" },
  { kunci: "audit", href: TAUTAN.audit, tindakan: "baca_audit" },
];

/**
 * The shell of every application page: skip link, header with the person and sign-out, the menus their
 * role allows, and the page. htmx is loaded (cached) for signed-in people only; every form also works
 * without it. The CSRF token rides on <body> for htmx requests and in each form for plain posts.
 */
export function TataAplikasi(props: {
  k: KonteksHalaman;
  judul: string;
  /** the OPD whose menu to show */
  opd?: { id: number; kode: string; nama: string };
  /** the href of the current menu item */
  aktif?: string;
  children: Child;
}) {
  const { k } = props;
  const t = kamus(k.bahasa);
  const p = k.pengguna;
  const bahasaLain = k.bahasa === "en" ? "id" : "en";
  const menuOpdTerlihat = props.opd
    ? menuOpd(props.opd.kode).filter((m) => boleh(p, m.tindakan, props.opd?.id))
    : [];
  const menuPemda = MENU_PEMDA.filter((m) => boleh(p, m.tindakan));
  return (
    <html lang={k.bahasa}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.judul} · Terukur`}</title>
        <link rel="stylesheet" href="/public/terukur.css" />
        <link rel="stylesheet" href="/public/aplikasi.css" />
        {p && <script src="/public/htmx.min.js" defer />}
      </head>
      <body hx-headers={p ? JSON.stringify({ [HEADER_CSRF]: k.csrf }) : undefined}>
        <a class="lompat" href="#isi">
          {t.lompat}
        </a>
        <header class="kepala">
          <a href={TAUTAN.beranda} class="merek">
            Terukur
          </a>
          <span class="subjudul">{t.subjudul}</span>
          <span class="kepala-kanan">
            <a href={TAUTAN.bahasa(bahasaLain, k.jalur)} lang={bahasaLain} hreflang={bahasaLain}>
              {t.bahasaLain}
            </a>
            {p ? (
              <>
                <a href={TAUTAN.akunSaya} title={NAMA_PERAN[p.peran][k.bahasa]}>
                  {p.nama}
                </a>
                <form method="post" action={TAUTAN.keluar} class="sebaris">
                  <input type="hidden" name={BIDANG_CSRF} value={k.csrf} />
                  <button type="submit" class="tautan">
                    {t.keluar}
                  </button>
                </form>
              </>
            ) : (
              <>
                <a href={TAUTAN.portal}>{t.portal}</a>
                <a href={`${TAUTAN.masuk}?lanjut=${encodeURIComponent(k.jalur)}`}>{t.masuk}</a>
              </>
            )}
          </span>
        </header>
        {(menuPemda.length > 0 || menuOpdTerlihat.length > 0) && (
          <nav class="menu" aria-label={t.navigasi}>
            {menuPemda.length > 0 && (
              <ul>
                {menuPemda.map((m) => (
                  <li>
                    <a href={m.href} aria-current={props.aktif === m.href ? "page" : undefined}>
                      {t[m.kunci]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {props.opd && (
              <ul aria-label={`${t.navigasiOpd}: ${props.opd.nama}`}>
                <li class="menu-judul">{props.opd.nama}</li>
                {menuOpdTerlihat.map((m) => (
                  <li>
                    <a href={m.href} aria-current={props.aktif === m.href ? "page" : undefined}>
                      {t[m.kunci]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </nav>
        )}
        <main id="isi">{props.children}</main>
      </body>
    </html>
  );
}
