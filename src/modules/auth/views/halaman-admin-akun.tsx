import { BIDANG_CSRF } from "../../../platform/http/konteks.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import {
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { SEMUA_PERAN } from "../akun.domain.ts";
import type { BarisAkun } from "../akun.service.ts";
import { NAMA_PERAN } from "../pengguna.ts";

/** The words of the accounts screen. */
export const teksAdminAkun = buatKamus(
  {
    judul: "Akun pengguna",
    daftar: "Daftar akun",
    namaPengguna: "Nama pengguna",
    nama: "Nama lengkap",
    peran: "Peran",
    opd: "Perangkat daerah",
    unit: "Unit kerja",
    status: "Status",
    terkunci: "Terkunci sampai",
    aksi: "Tindakan",
    aktif: "Aktif",
    nonaktif: "Nonaktif",
    aktifkan: "Aktifkan",
    nonaktifkan: "Nonaktifkan",
    setelUlang: "Setel ulang kata sandi",
    sandiBaru: "Kata sandi baru",
    simpanSandi: "Simpan kata sandi",
    buat: "Buat akun",
    pilih: "— pilih —",
    tanpaOpd: "— tidak ada (admin pemda, evaluator) —",
    tanpaUnit: "— tidak ada (selain kepala seksi) —",
    sandi: "Kata sandi awal",
    petunjukNama:
      "3–40 karakter: huruf kecil, angka, titik, garis bawah, tanda hubung; mis. perencana.malili",
    petunjukOpd: "Wajib untuk perencana, kepala seksi dan pimpinan; kosong untuk admin pemda dan evaluator.",
    petunjukUnit: "Hanya untuk kepala seksi/subbagian; unit harus milik perangkat daerah yang dipilih.",
    petunjukSandi:
      "Paling sedikit 10 karakter, tidak sama dengan nama pengguna. Sampaikan kepada pemilik akun secara langsung.",
    kosong: "Belum ada akun.",
    pemda: "Seluruh pemda",
  },
  {
    judul: "User accounts",
    daftar: "Accounts",
    namaPengguna: "Username",
    nama: "Full name",
    peran: "Role",
    opd: "Agency",
    unit: "Unit",
    status: "Status",
    terkunci: "Locked until",
    aksi: "Actions",
    aktif: "Active",
    nonaktif: "Inactive",
    aktifkan: "Activate",
    nonaktifkan: "Deactivate",
    setelUlang: "Reset password",
    sandiBaru: "New password",
    simpanSandi: "Save password",
    buat: "Create account",
    pilih: "— choose —",
    tanpaOpd: "— none (admin, evaluator) —",
    tanpaUnit: "— none (except section heads) —",
    sandi: "Initial password",
    petunjukNama:
      "3–40 characters: lowercase letters, digits, dot, underscore, hyphen; e.g. perencana.malili",
    petunjukOpd: "Required for planners, section heads and agency heads; empty for admins and evaluators.",
    petunjukUnit: "Section heads only; the unit must belong to the chosen agency.",
    petunjukSandi: "At least 10 characters, not the username. Hand it to the account's owner in person.",
    kosong: "No accounts yet.",
    pemda: "Whole local government",
  },
);

/** The choices of the create form, from the pemda's own OPDs and units. */
export type PilihanPenempatan = {
  opd: { kode: string; nama: string }[];
  unit: { opdNama: string; kode: string; nama: string }[];
};

/** A refusal on one row's form (activation or password reset), shown in that row. */
export type GalatBaris = { akunId: number; pesan: string };

function jam(w: Date, bahasa: "id" | "en"): string {
  return new Intl.DateTimeFormat(bahasa === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(w);
}

/** GET /admin/akun: every account of the pemda, with activation and password reset per row, and the create form. */
export function HalamanAdminAkun(props: {
  k: KonteksHalaman;
  akun: BarisAkun[];
  pilihan: PilihanPenempatan;
  sekarang: Date;
  nilai?: Record<string, string>;
  galat?: GalatFormulir;
  galatBaris?: GalatBaris | null;
  pesan?: string | null;
}) {
  const { k } = props;
  const t = teksAdminAkun(k.bahasa);
  const nilai = props.nilai ?? {};
  return (
    <TataAplikasi k={k} judul={t.judul} aktif={TAUTAN.adminAkun}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <section>
        <h2>{t.daftar}</h2>
        {props.akun.length === 0 ? (
          <p>{t.kosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.namaPengguna}</th>
                <th scope="col">{t.nama}</th>
                <th scope="col">{t.peran}</th>
                <th scope="col">{t.opd}</th>
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.terkunci}</th>
                <th scope="col">{t.aksi}</th>
              </tr>
            </thead>
            <tbody>
              {props.akun.map((a) => {
                const galat = props.galatBaris?.akunId === a.id ? props.galatBaris.pesan : null;
                const terkunci =
                  a.terkunciSampai && a.terkunciSampai > props.sekarang ? a.terkunciSampai : null;
                return (
                  <tr id={`akun-${a.id}`}>
                    <td data-label={t.namaPengguna}>
                      <code>{a.namaPengguna}</code>
                    </td>
                    <td data-label={t.nama}>{a.nama}</td>
                    <td data-label={t.peran}>{NAMA_PERAN[a.peran][k.bahasa]}</td>
                    <td data-label={t.opd}>{a.opdNama ?? t.pemda}</td>
                    <td data-label={a.unitNama ? t.unit : undefined}>{a.unitNama ?? ""}</td>
                    <td data-label={t.status}>{a.aktif ? t.aktif : t.nonaktif}</td>
                    <td data-label={terkunci ? t.terkunci : undefined}>
                      {terkunci ? jam(terkunci, k.bahasa) : ""}
                    </td>
                    <td data-label={t.aksi}>
                      {galat && (
                        <p class="galat-umum" role="alert">
                          {galat}
                        </p>
                      )}
                      {k.pengguna?.akunId !== a.id && (
                        <form method="post" action={`${TAUTAN.adminAkun}/${a.id}/aktif`} class="sebaris">
                          <input type="hidden" name={BIDANG_CSRF} value={k.csrf} />
                          <input type="hidden" name="aktif" value={a.aktif ? "0" : "1"} />
                          <button type="submit" class={a.aktif ? "kedua" : undefined}>
                            {a.aktif ? t.nonaktifkan : t.aktifkan}
                          </button>
                        </form>
                      )}
                      <details open={galat !== null ? true : undefined}>
                        <summary>{t.setelUlang}</summary>
                        <form method="post" action={`${TAUTAN.adminAkun}/${a.id}/sandi`} novalidate>
                          <input type="hidden" name={BIDANG_CSRF} value={k.csrf} />
                          <div class="bidang">
                            <label for={`f-sandi-${a.id}`}>{`${t.sandiBaru} (${a.namaPengguna})`}</label>
                            <input
                              id={`f-sandi-${a.id}`}
                              name="sandiBaru"
                              type="password"
                              autocomplete="new-password"
                              required
                            />
                          </div>
                          <button type="submit">{t.simpanSandi}</button>
                        </form>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h2>{t.buat}</h2>
        <Formulir aksi={TAUTAN.adminAkun} csrf={k.csrf} galat={props.galat}>
          <Bidang
            nama="namaPengguna"
            label={t.namaPengguna}
            nilai={nilai.namaPengguna}
            petunjuk={t.petunjukNama}
            galat={props.galat}
            autocomplete="off"
            wajib
          />
          <Bidang
            nama="nama"
            label={t.nama}
            nilai={nilai.nama}
            galat={props.galat}
            autocomplete="off"
            wajib
          />
          <Pilihan
            nama="peran"
            label={t.peran}
            nilai={nilai.peran}
            kosong={t.pilih}
            pilihan={SEMUA_PERAN.map((p) => ({ nilai: p, label: NAMA_PERAN[p][k.bahasa] }))}
            galat={props.galat}
            wajib
          />
          <Pilihan
            nama="opdKode"
            label={t.opd}
            nilai={nilai.opdKode}
            kosong={t.tanpaOpd}
            pilihan={props.pilihan.opd.map((o) => ({ nilai: o.kode, label: o.nama }))}
            petunjuk={t.petunjukOpd}
            galat={props.galat}
          />
          <Pilihan
            nama="unitKode"
            label={t.unit}
            nilai={nilai.unitKode}
            kosong={t.tanpaUnit}
            pilihan={props.pilihan.unit.map((u) => ({ nilai: u.kode, label: `${u.opdNama} — ${u.nama}` }))}
            petunjuk={t.petunjukUnit}
            galat={props.galat}
          />
          <Bidang
            nama="sandi"
            label={t.sandi}
            jenis="password"
            autocomplete="new-password"
            petunjuk={t.petunjukSandi}
            galat={props.galat}
            wajib
          />
          <div class="baris-aksi">
            <button type="submit">{t.buat}</button>
          </div>
        </Formulir>
      </section>
    </TataAplikasi>
  );
}
