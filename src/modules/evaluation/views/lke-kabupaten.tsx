import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatPersen } from "../../../platform/number-format.ts";
import { Pilihan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { type KolomUrutLke, type UrutanLke, urutBerikutLke } from "../lke-kabupaten.domain.ts";
import type { BarisLkeKabupaten, StatusLkeKabupaten } from "../lke-kabupaten.service.ts";

/** The kabupaten LKE view's words in both languages (the CSV uses the Indonesian ones). */
export const kamusLkeKabupaten = buatKamus(
  {
    judul: "Nilai LKE semua perangkat daerah",
    tahun: "Tahun evaluasi",
    tampilkan: "Tampilkan",
    peringkat: "Peringkat",
    opd: "Perangkat daerah",
    status: "Status penilaian",
    nilai: "Nilai akhir",
    predikat: "Predikat",
    mandiri: "Nilai mandiri",
    tuntas: "Tindak lanjut diterima",
    terlambat: "Melewati tenggat",
    lhe: "LHE",
    unduhCsv: "Unduh CSV",
    urutkan: "Urutkan menurut {kolom}",
    kosong: "Belum ada perangkat daerah.",
    catatan:
      "Peringkat menurut nilai akhir yang tercetak (2 desimal); nilai yang sama berbagi peringkat. Tindak lanjut diterima: rekomendasi hasil evaluasi tahun ini yang tindak lanjutnya diverifikasi dan diterima evaluator, dibanding seluruhnya.",
    belum: "Belum dimulai",
    stMandiri: "Penilaian mandiri",
    stEvaluasi: "Penilaian evaluator",
    stFinal: "Final",
    stTercatat: "Nilai tercatat (tanpa LKE)",
  },
  {
    judul: "LKE scores of every agency",
    tahun: "Evaluation year",
    tampilkan: "Show",
    peringkat: "Rank",
    opd: "Agency",
    status: "Assessment status",
    nilai: "Final score",
    predikat: "Grade",
    mandiri: "Self-assessment",
    tuntas: "Follow-up accepted",
    terlambat: "Overdue",
    lhe: "LHE",
    unduhCsv: "Download CSV",
    urutkan: "Sort by {kolom}",
    kosong: "No agencies yet.",
    catatan:
      "Rank by the printed final score (2 decimals); equal scores share a rank. Follow-up accepted: this year's recommendations whose follow-up the evaluator verified and accepted, out of all of them.",
    belum: "Not started",
    stMandiri: "Self-assessment",
    stEvaluasi: "Evaluator scoring",
    stFinal: "Final",
    stTercatat: "Recorded score (no LKE)",
  },
);

type Kamus = ReturnType<typeof kamusLkeKabupaten>;

/** The words of each status (also the CSV's). */
export const KUNCI_STATUS: Record<StatusLkeKabupaten, keyof Kamus> = {
  belum: "belum",
  mandiri: "stMandiri",
  evaluasi: "stEvaluasi",
  final: "stFinal",
  tercatat: "stTercatat",
};

function alamat(tahun: number, urut: string, csv = false): string {
  return `${TAUTAN.kabupatenLke}?tahun=${tahun}&urut=${urut}${csv ? "&format=csv" : ""}`;
}

function Kepala(props: {
  kolom: KolomUrutLke;
  label: string;
  urutan: UrutanLke;
  tahun: number;
  t: Kamus;
  angka?: boolean;
}) {
  const aktif = props.urutan.kolom === props.kolom;
  return (
    <th
      class={props.angka ? "angka" : undefined}
      aria-sort={aktif ? (props.urutan.turun ? "descending" : "ascending") : undefined}
      scope="col"
    >
      <a
        href={alamat(props.tahun, urutBerikutLke(props.urutan, props.kolom))}
        title={props.t.urutkan.replace("{kolom}", props.label)}
      >
        {props.label}
        {aktif ? (props.urutan.turun ? " ▼" : " ▲") : ""}
      </a>
    </th>
  );
}

/** GET /kabupaten/lke: every OPD's LKE result of a year, ranked, with follow-up completion; sortable, CSV. */
export function HalamanLkeKabupaten(props: {
  k: KonteksHalaman;
  namaPemda: string;
  tahun: number;
  pilihanTahun: number[];
  baris: BarisLkeKabupaten[];
  urutan: UrutanLke;
}) {
  const { k, urutan, tahun } = props;
  const t = kamusLkeKabupaten(k.bahasa);
  const kp = { urutan, tahun, t };
  const urutKini = `${urutan.turun ? "-" : ""}${urutan.kolom}`;
  return (
    <TataAplikasi k={k} judul={t.judul} aktif={TAUTAN.kabupatenLke}>
      <h1>
        {props.namaPemda} · {t.judul} · {tahun}
      </h1>
      <form method="get" action={TAUTAN.kabupatenLke} class="filter">
        <input type="hidden" name="urut" value={urutKini} />
        <Pilihan
          nama="tahun"
          label={t.tahun}
          nilai={String(tahun)}
          pilihan={props.pilihanTahun.map((th) => ({ nilai: String(th), label: String(th) }))}
        />
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      <p>
        <a href={alamat(tahun, urutKini, true)}>{t.unduhCsv}</a>
      </p>
      <section>
        {props.baris.length === 0 ? (
          <p class="kosong">{t.kosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <Kepala kolom="peringkat" label={t.peringkat} angka {...kp} />
                <Kepala kolom="nama" label={t.opd} {...kp} />
                <th scope="col">{t.status}</th>
                <Kepala kolom="nilai" label={t.nilai} angka {...kp} />
                <th scope="col">{t.predikat}</th>
                <Kepala kolom="mandiri" label={t.mandiri} angka {...kp} />
                <Kepala kolom="tuntas" label={t.tuntas} angka {...kp} />
                <Kepala kolom="terlambat" label={t.terlambat} angka {...kp} />
                <th scope="col">{t.lhe}</th>
              </tr>
            </thead>
            <tbody>
              {props.baris.map((b) => (
                <tr id={`opd-${b.opd.kode}`}>
                  <td class="angka" data-label={t.peringkat}>
                    {b.peringkat ?? "—"}
                  </td>
                  <td data-label={t.opd}>
                    <a href={TAUTAN.lkeTahun(b.opd.kode, tahun)}>{b.opd.nama}</a>
                  </td>
                  <td data-label={t.status}>
                    <span class={`status status-lke-${b.status}`}>{t[KUNCI_STATUS[b.status]]}</span>
                  </td>
                  <td class="angka" data-label={t.nilai}>
                    {b.nilai === null ? "—" : formatAngka(b.nilai, 2)}
                  </td>
                  <td class="predikat" data-label={t.predikat}>
                    {b.predikat ? `${b.predikat.huruf} (${b.predikat.sebutan})` : "—"}
                  </td>
                  <td class="angka" data-label={t.mandiri}>
                    {b.nilaiMandiri === null ? "—" : formatAngka(b.nilaiMandiri, 2)}
                  </td>
                  <td class="angka" data-label={t.tuntas}>
                    <a href={`${TAUTAN.rekomendasi(b.opd.kode)}?tahun=${tahun}`}>
                      {b.rekomendasi.diterima}/{b.rekomendasi.jumlah}
                    </a>
                    {b.rekomendasi.persen && ` (${formatPersen(b.rekomendasi.persen)})`}
                  </td>
                  <td class="angka" data-label={t.terlambat}>
                    {b.rekomendasi.terlambat > 0 ? (
                      <strong class="terlambat">{b.rekomendasi.terlambat}</strong>
                    ) : (
                      "0"
                    )}
                  </td>
                  <td data-label={t.lhe}>
                    {b.status === "final" ? (
                      <a href={`/api/v1/opd/${b.opd.kode}/dokumen/lhe/${tahun}.pdf`}>PDF</a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="redup">{t.catatan}</p>
      </section>
    </TataAplikasi>
  );
}
