import { formatAngka } from "../../../platform/number-format.ts";
import { PANJANG_SARAN_MAKS, PILIHAN_PROFIL, USIA } from "../survey.service.ts";
import { TataSurvei } from "./tata-survei.tsx";

/** One question as the form shows it: key, name, question and the four answer labels (1 … 4). */
export type UnsurFormulir = {
  kunci: string;
  nama: string;
  pertanyaan: string;
  label: readonly [string, string, string, string];
  wajib: boolean;
};

/** What the public form needs to know about the unit, its period and its questionnaire. */
export type DataFormulir = {
  kodeUnit: string;
  namaUnit: string;
  namaOpd: string;
  namaPemda: string;
  namaPeriode: string;
  unsur: readonly UnsurFormulir[];
  jenisLayanan: readonly { kode: string; nama: string }[];
  perluKodeSekali: boolean;
};

/** The respondent's input as typed, kept as text so a refused form comes back exactly as it was filled. */
export type IsianFormulir = {
  jawaban: Record<string, string>;
  jenisLayanan: string;
  jenisKelamin: string;
  usia: string;
  pendidikan: string;
  pekerjaan: string;
  saran: string;
  kodeSekali: string;
};

/** A refusal to show beside the field it concerns (bidang = a form field name or an unsur key). */
export type GalatFormulir = { pesan: string; bidang: string | null };

/** An empty form. */
export const ISIAN_KOSONG: IsianFormulir = {
  jawaban: {},
  jenisLayanan: "",
  jenisKelamin: "",
  usia: "",
  pendidikan: "",
  pekerjaan: "",
  saran: "",
  kodeSekali: "",
};

type Pendidikan = (typeof PILIHAN_PROFIL.pendidikan)[number];
type Pekerjaan = (typeof PILIHAN_PROFIL.pekerjaan)[number];

/** How each stored education value reads on the form; typed by the service's list so none can go unlabelled. */
const NAMA_PENDIDIKAN: Record<Pendidikan, string> = {
  SD: "SD ke bawah",
  SMP: "SMP",
  SMA: "SMA/SMK",
  "D1-D3": "D1–D3",
  "D4-S1": "D4/S1",
  "S2-S3": "S2/S3",
  lainnya: "Lainnya",
};

/** How each stored occupation value reads on the form (the 14/2017 questionnaire's profile block). */
const NAMA_PEKERJAAN: Record<Pekerjaan, string> = {
  PNS: "PNS",
  "TNI/POLRI": "TNI/Polri",
  swasta: "Pegawai swasta",
  wirausaha: "Wirausaha",
  "pelajar/mahasiswa": "Pelajar/Mahasiswa",
  lainnya: "Lainnya",
};

const PILIHAN_PENDIDIKAN = PILIHAN_PROFIL.pendidikan.map((v) => [v, NAMA_PENDIDIKAN[v]] as const);
const PILIHAN_PEKERJAAN = PILIHAN_PROFIL.pekerjaan.map((v) => [v, NAMA_PEKERJAAN[v]] as const);

/** The form field name of an unsur's radio group. */
export function namaBidangUnsur(kunci: string): string {
  return `u_${kunci}`;
}

function Pesan(props: { galat: GalatFormulir | null; bidang: string }) {
  if (!props.galat || props.galat.bidang !== props.bidang) return null;
  return (
    <p class="galat" id={`galat-${props.bidang}`}>
      {props.galat.pesan}
    </p>
  );
}

function Pertanyaan(props: { u: UnsurFormulir; no: number; nilai: string; galat: GalatFormulir | null }) {
  const nama = namaBidangUnsur(props.u.kunci);
  const salah = props.galat?.bidang === nama;
  return (
    <fieldset class={salah ? "soal salah" : "soal"} id={nama}>
      <legend>
        <span class="no">{props.no}.</span> {props.u.pertanyaan}
        {!props.u.wajib && <span class="redup"> (boleh dilewati)</span>}
      </legend>
      <Pesan galat={props.galat} bidang={nama} />
      <div class="opsi">
        {props.u.label.map((label, i) => {
          const v = String(i + 1);
          return (
            <label>
              <input
                type="radio"
                name={nama}
                value={v}
                checked={props.nilai === v}
                required={props.u.wajib}
                aria-describedby={salah ? `galat-${nama}` : undefined}
              />
              <span>{label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function Pilih(props: {
  nama: string;
  judul: string;
  nilai: string;
  pilihan: readonly (readonly [string, string])[];
  galat: GalatFormulir | null;
}) {
  return (
    <div class={props.galat?.bidang === props.nama ? "isian salah" : "isian"} id={`isian-${props.nama}`}>
      <label for={props.nama}>{props.judul}</label>
      <Pesan galat={props.galat} bidang={props.nama} />
      <select id={props.nama} name={props.nama}>
        <option value="">— pilih —</option>
        {props.pilihan.map(([v, teks]) => (
          <option value={v} selected={props.nilai === v}>
            {teks}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The public SKM form (PermenPANRB 14/2017 questionnaire): a plain HTML form that works without JavaScript,
 * one radio group per unsur with the four standard labels, the optional profile and suggestion.
 */
export function HalamanFormulir(props: {
  data: DataFormulir;
  isian: IsianFormulir;
  galat: GalatFormulir | null;
  kios: boolean;
}) {
  const { data, isian, galat } = props;
  const aksi = `/s/${data.kodeUnit}${props.kios ? "?kiosk=1" : ""}`;
  const galatUmum = galat && !galat.bidang ? galat : null;
  return (
    <TataSurvei judul={`Survei Kepuasan · ${data.namaUnit}`} kios={props.kios}>
      <header class="kop">
        <p class="opd">{data.namaOpd}</p>
        <h1>Survei Kepuasan Masyarakat</h1>
        <p class="unit">
          {data.namaUnit} · {data.namaPeriode}
        </p>
      </header>
      <p class="petunjuk">
        Mohon pilih satu jawaban untuk setiap pertanyaan tentang layanan yang baru Anda terima. Tanpa nama,
        tanpa akun; jawaban Anda hanya dihitung bersama jawaban orang lain.
      </p>
      {galat && (
        <div class="ringkasan-galat" role="alert">
          <p>
            <b>Jawaban belum terkirim.</b> {galat.pesan}
          </p>
          {galat.bidang && (
            <p>
              <a href={`#${galat.bidang.startsWith("u_") ? galat.bidang : `isian-${galat.bidang}`}`}>
                Perbaiki isian ini
              </a>
            </p>
          )}
        </div>
      )}
      <form method="post" action={aksi} accept-charset="utf-8">
        {data.perluKodeSekali && (
          <div class={galat?.bidang === "kodeSekali" ? "isian salah" : "isian"} id="isian-kodeSekali">
            <label for="kodeSekali">Kode survei (tercetak pada tanda terima layanan)</label>
            <Pesan galat={galat} bidang="kodeSekali" />
            <input
              id="kodeSekali"
              name="kodeSekali"
              value={isian.kodeSekali}
              required
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              maxlength={64}
            />
          </div>
        )}
        {data.jenisLayanan.length > 0 && (
          <Pilih
            nama="jenisLayanan"
            judul="Jenis layanan yang Anda terima (boleh dikosongkan)"
            nilai={isian.jenisLayanan}
            pilihan={data.jenisLayanan.map((j) => [j.kode, j.nama] as const)}
            galat={galat}
          />
        )}
        {data.unsur.map((u, i) => (
          <Pertanyaan u={u} no={i + 1} nilai={isian.jawaban[u.kunci] ?? ""} galat={galat} />
        ))}
        <fieldset class="profil">
          <legend>Tentang Anda (boleh dikosongkan)</legend>
          <fieldset
            class={galat?.bidang === "jenisKelamin" ? "isian salah sebaris" : "isian sebaris"}
            id="isian-jenisKelamin"
          >
            <legend>Jenis kelamin</legend>
            <Pesan galat={galat} bidang="jenisKelamin" />
            <label>
              <input type="radio" name="jenisKelamin" value="L" checked={isian.jenisKelamin === "L"} />
              <span>Laki-laki</span>
            </label>
            <label>
              <input type="radio" name="jenisKelamin" value="P" checked={isian.jenisKelamin === "P"} />
              <span>Perempuan</span>
            </label>
          </fieldset>
          <div class={galat?.bidang === "usia" ? "isian salah" : "isian"} id="isian-usia">
            <label for="usia">Usia (tahun)</label>
            <Pesan galat={galat} bidang="usia" />
            <input
              id="usia"
              name="usia"
              type="number"
              inputmode="numeric"
              min={USIA.min}
              max={USIA.maks}
              value={isian.usia}
              class="pendek"
            />
          </div>
          <Pilih
            nama="pendidikan"
            judul="Pendidikan terakhir"
            nilai={isian.pendidikan}
            pilihan={PILIHAN_PENDIDIKAN}
            galat={galat}
          />
          <Pilih
            nama="pekerjaan"
            judul="Pekerjaan utama"
            nilai={isian.pekerjaan}
            pilihan={PILIHAN_PEKERJAAN}
            galat={galat}
          />
        </fieldset>
        <div class={galat?.bidang === "saran" ? "isian salah" : "isian"} id="isian-saran">
          <label for="saran">Saran atau masukan (boleh dikosongkan)</label>
          <Pesan galat={galat} bidang="saran" />
          <textarea id="saran" name="saran" rows={4} maxlength={PANJANG_SARAN_MAKS}>
            {isian.saran}
          </textarea>
          <p class="redup">
            Paling banyak {formatAngka(String(PANJANG_SARAN_MAKS))} karakter. Jangan tulis nama atau nomor
            telepon.
          </p>
        </div>
        {galatUmum && <p class="galat">{galatUmum.pesan}</p>}
        <button type="submit">Kirim jawaban</button>
      </form>
      <p class="kaki redup">{data.namaPemda} · Survei menurut PermenPANRB Nomor 14 Tahun 2017</p>
    </TataSurvei>
  );
}
