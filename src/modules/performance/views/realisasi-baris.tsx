import { BIDANG_CSRF } from "../../../platform/http/konteks.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { GALAT_UMUM, type GalatFormulir } from "../../../platform/ui/formulir.tsx";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { boleh, bolehUnitIndikator } from "../../auth/auth.policy.ts";
import { FormRevisi, TombolAlur } from "../../workflow/views/tombol-alur.tsx";
import { labelUkuran, TERIMA_BUKTI } from "../bukti.domain.ts";
import { type BarisGrid, type KodePeriodeGrid, kodeDariPeriode } from "../realisasi-grid.service.ts";
import { teksRealisasi } from "./realisasi-teks.tsx";

/** The addresses of the grid's actions, in one place so the views, the routes and the tests agree. */
export const ALAMAT_REALISASI = {
  grid: (kode: string, tahun: number, periode: KodePeriodeGrid) =>
    `/opd/${kode}/realisasi?tahun=${tahun}&periode=${periode}`,
  simpan: (kode: string, indikatorId: number) => `/opd/${kode}/realisasi/${indikatorId}`,
  unggah: (kode: string, realisasiId: number) => `/opd/${kode}/realisasi/${realisasiId}/bukti`,
  unduh: (kode: string, buktiId: number) => `/opd/${kode}/bukti/${buktiId}`,
  hapus: (kode: string, buktiId: number) => `/opd/${kode}/bukti/${buktiId}/hapus`,
  alur: (kode: string, realisasiId: number) => `/opd/${kode}/alur/realisasi_indikator/${realisasiId}`,
} as const;

/** What a person typed into a row, kept when the row is shown again with a message. */
export type IsianBaris = { nilai: string; sumber: string; catatan: string };

/**
 * A stored NUMERIC as it goes back into an input: decimal comma, no thousands dots, and never exactly three
 * decimals (parseAngka would read "12,125" as ambiguous), so saving a row again never trips on its own value.
 */
export function nilaiIsian(n: string | null): string {
  if (n === null) return "";
  const [bulat = "", pecahan] = n.split(".");
  if (pecahan === undefined) return bulat;
  return `${bulat},${pecahan.length === 3 ? `${pecahan}0` : pecahan}`;
}

function teksTarget(b: BarisGrid): string | null {
  if (!b.target || b.target.target === null) return null;
  const bawah = formatAngka(b.target.target);
  return b.target.targetAtas === null ? bawah : `${bawah} – ${formatAngka(b.target.targetAtas)}`;
}

/** Hidden from sight, read by screen readers: the labels of the grid's inputs. */
function Label(props: { untuk: string; teks: string }) {
  return (
    <label for={props.untuk} class="realisasi-tersembunyi">
      {props.teks}
    </label>
  );
}

/** The year and the period on screen, so an answer goes back to the same view. */
function Tampilan(props: { tahun: number; kodePeriode: KodePeriodeGrid }) {
  return (
    <>
      <input type="hidden" name="tahun" value={String(props.tahun)} />
      <input type="hidden" name="tampil" value={props.kodePeriode} />
    </>
  );
}

function Csrf(props: { k: KonteksHalaman }) {
  return <input type="hidden" name={BIDANG_CSRF} value={props.k.csrf} />;
}

/**
 * One indicator's row: target, the period's value with its source and note (an input when this person may
 * enter it and the row is not approved), the evidence with upload and delete, the status and the submit
 * step. The value form posts plainly and, with htmx, swaps just this row.
 */
export function BarisRealisasi(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string };
  b: BarisGrid;
  tahun: number;
  kodePeriode: KodePeriodeGrid;
  galat?: GalatFormulir;
  isian?: IsianBaris;
}) {
  const { k, b, opd } = props;
  const t = teksRealisasi(k.bahasa);
  const p = k.pengguna;
  const r = b.realisasi;
  const terkunci = r?.status === "disetujui";
  const bolehUnit = p !== null && bolehUnitIndikator(p, b.unitId);
  const bolehIsi = bolehUnit && boleh(p, "isi_realisasi", opd.id) && !terkunci && !b.campuran;
  const galat = props.galat ?? {};
  const pesanNilai = ["nilai", "periode", "tahun", "sumber", "catatan", "indikatorId", GALAT_UMUM]
    .map((n) => galat[n])
    .filter((x): x is string => Boolean(x));
  const pesanBerkas = galat.berkas;
  const isian = props.isian ?? {
    nilai: nilaiIsian(r?.nilai ?? null),
    sumber: r?.sumber ?? "",
    catatan: r?.catatan ?? "",
  };
  const idBaris = `baris-${b.indikatorId}`;
  const idForm = `isi-${b.indikatorId}`;
  const lanjut = ALAMAT_REALISASI.grid(opd.kode, props.tahun, props.kodePeriode);
  const target = teksTarget(b);
  const periodeBeda = kodeDariPeriode(b.periode) !== props.kodePeriode;
  return (
    <tr id={idBaris} class={pesanNilai.length > 0 || pesanBerkas ? "baris-galat" : undefined}>
      <td data-label={t.kode}>{b.kode}</td>
      <td data-label={t.indikator}>
        {b.nama}
        {periodeBeda && b.periode.jenis === "tahun" && (
          <>
            <br />
            <small class="petunjuk">{t.dicatatTahunan}</small>
          </>
        )}
      </td>
      <td data-label={t.satuan}>{b.satuan}</td>
      <td data-label={t.target} class="angka">
        {target ?? t.kosong}
        {target && b.target && (
          <small class="petunjuk"> ({b.target.sumber === "pk" ? t.dariPk : t.dariRenstra})</small>
        )}
      </td>
      <td data-label={t.realisasi}>
        {bolehIsi ? (
          <form
            id={idForm}
            method="post"
            action={`${ALAMAT_REALISASI.simpan(opd.kode, b.indikatorId)}`}
            hx-post={ALAMAT_REALISASI.simpan(opd.kode, b.indikatorId)}
            hx-target={`#${idBaris}`}
            hx-swap="outerHTML"
            novalidate
          >
            <Csrf k={k} />
            <input type="hidden" name="periode" value={kodeDariPeriode(b.periode) ?? props.kodePeriode} />
            <Tampilan tahun={props.tahun} kodePeriode={props.kodePeriode} />
            <Label untuk={`nilai-${b.indikatorId}`} teks={`${t.realisasi} ${b.kode}`} />
            <input
              id={`nilai-${b.indikatorId}`}
              name="nilai"
              value={isian.nilai}
              inputmode="decimal"
              aria-invalid={pesanNilai.length > 0 ? "true" : undefined}
              aria-describedby={pesanNilai.length > 0 ? `galat-${b.indikatorId}` : undefined}
            />{" "}
            <button type="submit">{t.simpan}</button>
            {pesanNilai.length > 0 && (
              <small class="galat" id={`galat-${b.indikatorId}`} role="alert">
                {pesanNilai.join(" ")}
              </small>
            )}
          </form>
        ) : (
          <>
            {r?.nilai != null ? formatAngka(r.nilai) : t.kosong}
            {terkunci && <small class="petunjuk realisasi-kunci">{t.terkunci}</small>}
            {b.campuran && <small class="petunjuk">{t.campuran}</small>}
            {pesanNilai.length > 0 && (
              <small class="galat" id={`galat-${b.indikatorId}`} role="alert">
                {pesanNilai.join(" ")}
              </small>
            )}
          </>
        )}
      </td>
      <td data-label={t.sumberCatatan} class="realisasi-sumber">
        {bolehIsi ? (
          <>
            <Label untuk={`sumber-${b.indikatorId}`} teks={`${t.sumber} ${b.kode}`} />
            <input
              id={`sumber-${b.indikatorId}`}
              name="sumber"
              form={idForm}
              value={isian.sumber}
              placeholder={t.sumber}
            />
            <Label untuk={`catatan-${b.indikatorId}`} teks={`${t.catatan} ${b.kode}`} />
            <input
              id={`catatan-${b.indikatorId}`}
              name="catatan"
              form={idForm}
              value={isian.catatan}
              placeholder={t.catatan}
            />
          </>
        ) : (
          <>
            {r?.sumber ?? ""}
            {r?.catatan && <small class="petunjuk"> {r.catatan}</small>}
          </>
        )}
      </td>
      <td data-label={t.bukti}>
        {b.bukti.length > 0 && (
          <ul class="realisasi-bukti">
            {b.bukti.map((x) => (
              <li>
                <a href={ALAMAT_REALISASI.unduh(opd.kode, x.id)}>{x.nama}</a>{" "}
                <small class="petunjuk">({labelUkuran(x.ukuran)})</small>
                {bolehIsi && (
                  <form method="post" action={ALAMAT_REALISASI.hapus(opd.kode, x.id)} class="sebaris">
                    <Csrf k={k} />
                    <Tampilan tahun={props.tahun} kodePeriode={props.kodePeriode} />{" "}
                    <button type="submit" class="tautan" aria-label={`${t.hapus} ${x.nama}`}>
                      {t.hapus}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {bolehIsi && r && (
          <form
            method="post"
            action={ALAMAT_REALISASI.unggah(opd.kode, r.id)}
            enctype="multipart/form-data"
            class="realisasi-unggah"
          >
            <Csrf k={k} />
            <Tampilan tahun={props.tahun} kodePeriode={props.kodePeriode} />
            <Label untuk={`berkas-${b.indikatorId}`} teks={`${t.pilihBerkas} ${b.kode}`} />
            <input
              id={`berkas-${b.indikatorId}`}
              type="file"
              name="berkas"
              accept={TERIMA_BUKTI}
              aria-describedby={`petunjuk-berkas-${b.indikatorId}`}
              aria-invalid={pesanBerkas ? "true" : undefined}
            />{" "}
            <button type="submit" class="kedua">
              {t.unggah}
            </button>
            <small class="petunjuk" id={`petunjuk-berkas-${b.indikatorId}`}>
              {t.petunjukBukti}
            </small>
          </form>
        )}
        {bolehIsi && !r && <small class="petunjuk">{t.simpanDulu}</small>}
        {pesanBerkas && (
          <small class="galat" role="alert">
            {pesanBerkas}
          </small>
        )}
      </td>
      <td data-label={t.status}>
        {r ? (
          <>
            <TombolAlur
              objek="realisasi_indikator"
              id={r.id}
              status={r.status}
              kode={opd.kode}
              lanjut={lanjut}
              k={k}
              opdId={opd.id}
              unitPenanggungJawabId={b.unitId}
              revisi={r.revisi}
            />
            <FormRevisi
              objek="realisasi_indikator"
              id={r.id}
              status={r.status}
              kode={opd.kode}
              lanjut={lanjut}
              k={k}
              opdId={opd.id}
            />
          </>
        ) : (
          <span class="status status-draf">{t.belumDiisi}</span>
        )}
      </td>
    </tr>
  );
}
