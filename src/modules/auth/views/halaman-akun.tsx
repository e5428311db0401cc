import type { Peran } from "../../../platform/db/schema.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Bidang, Formulir, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { NAMA_PERAN } from "../pengguna.ts";

/** The words of "my account". */
export const teksAkun = buatKamus(
  {
    judul: "Akun saya",
    namaPengguna: "Nama pengguna",
    nama: "Nama",
    peran: "Peran",
    opd: "Perangkat daerah",
    unit: "Unit kerja",
    seluruhPemda: "Seluruh perangkat daerah",
    sandiDiubah: "Kata sandi terakhir diubah",
    ubahSandi: "Ubah kata sandi",
    sandiLama: "Kata sandi lama",
    sandiBaru: "Kata sandi baru",
    ulangiSandi: "Ulangi kata sandi baru",
    petunjukSandi: "Paling sedikit 10 karakter; kalimat pendek lebih mudah diingat dan sulit ditebak.",
    simpanSandi: "Simpan kata sandi",
    efekSandi: "Setelah kata sandi diubah, sesi di perangkat lain diakhiri.",
    perangkat: "Perangkat yang masuk",
    sesiAktif: "Sesi aktif (termasuk perangkat ini)",
    keluarSemua: "Keluar dari semua perangkat",
  },
  {
    judul: "My account",
    namaPengguna: "Username",
    nama: "Name",
    peran: "Role",
    opd: "Agency",
    unit: "Unit",
    seluruhPemda: "Every agency",
    sandiDiubah: "Password last changed",
    ubahSandi: "Change password",
    sandiLama: "Current password",
    sandiBaru: "New password",
    ulangiSandi: "Repeat the new password",
    petunjukSandi: "At least 10 characters; a short sentence is easy to remember and hard to guess.",
    simpanSandi: "Save password",
    efekSandi: "After the change, sessions on other devices are ended.",
    perangkat: "Signed-in devices",
    sesiAktif: "Active sessions (this device included)",
    keluarSemua: "Sign out of every device",
  },
);

/** What the page shows about the account (from akunSaya). */
export type DataAkunSaya = {
  namaPengguna: string;
  nama: string;
  peran: Peran;
  opdNama: string | null;
  unitNama: string | null;
  sandiDiubahPada: Date;
  sesiAktif: number;
};

/** GET /akun: who I am, the password change form and sign-out everywhere. */
export function HalamanAkun(props: {
  k: KonteksHalaman;
  akun: DataAkunSaya;
  galat?: GalatFormulir;
  pesan?: string | null;
}) {
  const { k, akun } = props;
  const t = teksAkun(k.bahasa);
  const tanggal = new Intl.DateTimeFormat(k.bahasa === "en" ? "en-GB" : "id-ID", {
    dateStyle: "long",
    timeStyle: "short",
  }).format(akun.sandiDiubahPada);
  return (
    <TataAplikasi k={k} judul={t.judul}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <section>
        <dl class="data-akun">
          <dt>{t.nama}</dt>
          <dd>{akun.nama}</dd>
          <dt>{t.namaPengguna}</dt>
          <dd>{akun.namaPengguna}</dd>
          <dt>{t.peran}</dt>
          <dd>{NAMA_PERAN[akun.peran][k.bahasa]}</dd>
          <dt>{t.opd}</dt>
          <dd>{akun.opdNama ?? t.seluruhPemda}</dd>
          {akun.unitNama && (
            <>
              <dt>{t.unit}</dt>
              <dd>{akun.unitNama}</dd>
            </>
          )}
          <dt>{t.sandiDiubah}</dt>
          <dd>{tanggal}</dd>
        </dl>
      </section>
      <section>
        <h2>{t.ubahSandi}</h2>
        <Formulir aksi={`${TAUTAN.akunSaya}/sandi`} csrf={k.csrf} galat={props.galat}>
          <Bidang
            nama="sandiLama"
            label={t.sandiLama}
            jenis="password"
            autocomplete="current-password"
            galat={props.galat}
            wajib
          />
          <Bidang
            nama="sandiBaru"
            label={t.sandiBaru}
            jenis="password"
            autocomplete="new-password"
            petunjuk={t.petunjukSandi}
            galat={props.galat}
            wajib
          />
          <Bidang
            nama="ulangiSandi"
            label={t.ulangiSandi}
            jenis="password"
            autocomplete="new-password"
            galat={props.galat}
            wajib
          />
          <p>
            <small class="petunjuk">{t.efekSandi}</small>
          </p>
          <div class="baris-aksi">
            <button type="submit">{t.simpanSandi}</button>
          </div>
        </Formulir>
      </section>
      <section>
        <h2>{t.perangkat}</h2>
        <p>
          {t.sesiAktif}: <strong>{akun.sesiAktif}</strong>
        </p>
        <Formulir aksi={`${TAUTAN.akunSaya}/keluar-semua`} csrf={k.csrf}>
          <button type="submit" class="bahaya">
            {t.keluarSemua}
          </button>
        </Formulir>
      </section>
    </TataAplikasi>
  );
}
