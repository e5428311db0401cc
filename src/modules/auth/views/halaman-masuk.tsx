import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Bidang, Formulir, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";

/** The words of the sign-in page. */
export const teksMasuk = buatKamus(
  {
    judul: "Masuk ke Terukur",
    namaPengguna: "Nama pengguna",
    sandi: "Kata sandi",
    masuk: "Masuk",
    petunjuk: "Akun dibuat oleh admin pemda. Lupa kata sandi? Minta admin pemda menyetel ulang.",
    publik: "Dokumen yang sudah terbit dapat dibaca tanpa akun di",
    portal: "portal publik",
  },
  {
    judul: "Sign in to Terukur",
    namaPengguna: "Username",
    sandi: "Password",
    masuk: "Sign in",
    petunjuk:
      "Accounts are created by the local government admin. Forgot your password? Ask the admin to reset it.",
    publik: "Published documents can be read without an account on the",
    portal: "public portal",
  },
);

/** GET/POST /masuk: the sign-in form; the return address rides in a hidden field, the username is kept. */
export function HalamanMasuk(props: {
  k: KonteksHalaman;
  lanjut: string;
  namaPengguna?: string;
  galat?: GalatFormulir;
  pesan?: string | null;
}) {
  const t = teksMasuk(props.k.bahasa);
  return (
    <TataAplikasi k={props.k} judul={t.judul}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <section class="kartu-masuk">
        <Formulir aksi={TAUTAN.masuk} csrf={props.k.csrf} galat={props.galat}>
          <input type="hidden" name="lanjut" value={props.lanjut} />
          <Bidang
            nama="namaPengguna"
            label={t.namaPengguna}
            nilai={props.namaPengguna}
            galat={props.galat}
            autocomplete="username"
            wajib
          />
          <Bidang
            nama="sandi"
            label={t.sandi}
            jenis="password"
            galat={props.galat}
            autocomplete="current-password"
            wajib
          />
          <div class="baris-aksi">
            <button type="submit">{t.masuk}</button>
          </div>
        </Formulir>
        <p>
          <small class="petunjuk">{t.petunjuk}</small>
        </p>
        <p>
          {t.publik} <a href={TAUTAN.portal}>{t.portal}</a>.
        </p>
      </section>
    </TataAplikasi>
  );
}
