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
import { formatWaktuWita, kamusDenganZona } from "../../../platform/waktu-wita.ts";
import { labelPeriode } from "../../performance/periode.domain.ts";
import type { JadwalInput } from "../jadwal.service.ts";

const kamus = buatKamus(
  {
    judul: "Jadwal input",
    pengantar:
      "Atur kapan setiap periode dibuka untuk pengisian. Periode tanpa jadwal tetap terbuka; di luar jadwal, isian ditolak. Waktu dalam {zona}.",
    daftar: "Jadwal yang berlaku",
    kosong: "Belum ada jadwal; semua periode terbuka.",
    jenisData: "Jenis data",
    tahun: "Tahun",
    periode: "Periode",
    dibuka: "Dibuka ({zona})",
    ditutup: "Ditutup ({zona})",
    keadaan: "Keadaan",
    aksi: "Aksi",
    ubah: "Ubah",
    hapus: "Hapus",
    tambah: "Tambah atau ganti jadwal",
    ubahJudul: "Ubah jadwal",
    simpan: "Simpan jadwal",
    batal: "Batal",
    realisasi: "Realisasi indikator",
    pk: "Perjanjian Kinerja",
    tahunan: "Tahunan",
    terbuka: "Terbuka",
    belum: "Belum dibuka",
    tertutup: "Ditutup",
  },
  {
    judul: "Input schedule",
    pengantar:
      "Set when each period is open for entry. A period without a schedule stays open; outside its window, entries are refused. Times in {zona}.",
    daftar: "Schedules in force",
    kosong: "No schedules yet; every period is open.",
    jenisData: "Kind of data",
    tahun: "Year",
    periode: "Period",
    dibuka: "Opens ({zona})",
    ditutup: "Closes ({zona})",
    keadaan: "State",
    aksi: "Action",
    ubah: "Change",
    hapus: "Remove",
    tambah: "Add or replace a schedule",
    ubahJudul: "Change schedule",
    simpan: "Save schedule",
    batal: "Cancel",
    realisasi: "Indicator results",
    pk: "Performance agreement",
    tahunan: "Yearly",
    terbuka: "Open",
    belum: "Not yet open",
    tertutup: "Closed",
  },
);

/** The admin's schedule screen: the windows in force and the form to add, replace or change one. */
export function HalamanJadwal(props: {
  k: KonteksHalaman;
  jadwal: JadwalInput[];
  isian: Record<string, string>;
  /** the schedule being changed, when the form edits one */
  ubahId: number | null;
  galat?: GalatFormulir;
  pesan: string | null;
  sekarang: Date;
}) {
  const { k } = props;
  const t = kamusDenganZona(kamus(k.bahasa));
  const labelJenis = (j: JadwalInput["jenisData"]) => (j === "realisasi" ? t.realisasi : t.pk);
  const labelPer = (j: JadwalInput) => (j.periode.jenis === "tahun" ? t.tahunan : labelPeriode(j.periode));
  const keadaan = (j: JadwalInput) =>
    props.sekarang < j.dibukaPada ? t.belum : props.sekarang >= j.ditutupPada ? t.tertutup : t.terbuka;
  const aksi = props.ubahId ? `${TAUTAN.adminJadwal}/${props.ubahId}` : TAUTAN.adminJadwal;
  return (
    <TataAplikasi k={k} judul={t.judul} aktif={TAUTAN.adminJadwal}>
      <h1>{t.judul}</h1>
      <p>{t.pengantar}</p>
      <Pemberitahuan pesan={props.pesan} />
      <section>
        <h2>{props.ubahId ? t.ubahJudul : t.tambah}</h2>
        <Formulir aksi={aksi} csrf={k.csrf} galat={props.galat}>
          <Pilihan
            nama="jenisData"
            label={t.jenisData}
            nilai={props.isian.jenisData ?? "realisasi"}
            galat={props.galat}
            pilihan={[
              { nilai: "realisasi", label: t.realisasi },
              { nilai: "perjanjian_kinerja", label: t.pk },
            ]}
            wajib
          />
          <Bidang
            nama="tahun"
            label={t.tahun}
            jenis="number"
            inputmode="numeric"
            nilai={props.isian.tahun}
            galat={props.galat}
            wajib
          />
          <Pilihan
            nama="periode"
            label={t.periode}
            nilai={props.isian.periode ?? "triwulan-1"}
            galat={props.galat}
            pilihan={[
              ...[1, 2, 3, 4].map((ke) => ({
                nilai: `triwulan-${ke}`,
                label: labelPeriode({ jenis: "triwulan", ke }),
              })),
              { nilai: "tahun-1", label: t.tahunan },
            ]}
            wajib
          />
          <Bidang
            nama="dibukaPada"
            label={t.dibuka}
            jenis="datetime-local"
            nilai={props.isian.dibukaPada}
            galat={props.galat}
            wajib
          />
          <Bidang
            nama="ditutupPada"
            label={t.ditutup}
            jenis="datetime-local"
            nilai={props.isian.ditutupPada}
            galat={props.galat}
            wajib
          />
          <div class="baris-aksi">
            <button type="submit">{t.simpan}</button>
            {props.ubahId && (
              <a href={TAUTAN.adminJadwal} class="tombol kedua">
                {t.batal}
              </a>
            )}
          </div>
        </Formulir>
      </section>
      <section>
        <h2>{t.daftar}</h2>
        {props.jadwal.length === 0 ? (
          <p>{t.kosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.jenisData}</th>
                <th scope="col">{t.tahun}</th>
                <th scope="col">{t.periode}</th>
                <th scope="col">{t.dibuka}</th>
                <th scope="col">{t.ditutup}</th>
                <th scope="col">{t.keadaan}</th>
                <th scope="col">{t.aksi}</th>
              </tr>
            </thead>
            <tbody>
              {props.jadwal.map((j) => (
                <tr>
                  <td data-label={t.jenisData}>{labelJenis(j.jenisData)}</td>
                  <td data-label={t.tahun}>{j.tahun}</td>
                  <td data-label={t.periode}>{labelPer(j)}</td>
                  <td data-label={t.dibuka}>{formatWaktuWita(j.dibukaPada, k.bahasa)}</td>
                  <td data-label={t.ditutup}>{formatWaktuWita(j.ditutupPada, k.bahasa)}</td>
                  <td data-label={t.keadaan}>{keadaan(j)}</td>
                  <td data-label={t.aksi}>
                    <a href={`${TAUTAN.adminJadwal}?ubah=${j.id}`}>{t.ubah}</a>{" "}
                    <form method="post" action={`${TAUTAN.adminJadwal}/${j.id}/hapus`} class="sebaris">
                      <input type="hidden" name={BIDANG_CSRF} value={k.csrf} />
                      <button type="submit" class="tautan">
                        {t.hapus}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </TataAplikasi>
  );
}
