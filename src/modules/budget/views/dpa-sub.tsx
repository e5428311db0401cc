import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatPersen, formatRupiah, NAMA_BULAN } from "../../../platform/number-format.ts";
import {
  AreaTeks,
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { labelPeriode, type Periode } from "../../performance/periode.domain.ts";
import type { HasilSerapan } from "../anggaran.domain.ts";
import type { DetailSubKegiatan } from "../dpa-layar.service.ts";

/** The words of a sub kegiatan's page, in both languages. */
export const teksDpaSub = buatKamus(
  {
    kembali: "Kembali ke DPA",
    program: "Program",
    kegiatan: "Kegiatan",
    pagu: "Pagu",
    keluaran: "Keluaran",
    realisasiJudul: "Realisasi anggaran",
    periode: "Periode",
    jumlah: "Jumlah",
    catatan: "Catatan",
    total: "Jumlah realisasi",
    serapan: "Serapan",
    belumAda: "Belum ada realisasi yang tercatat.",
    catatRealisasi: "Catat realisasi",
    jenisPeriode: "Jenis periode",
    bulan: "Bulan",
    triwulan: "Triwulan",
    semester: "Semester",
    tahun: "Tahun (s.d. 31 Desember)",
    ke: "Periode ke",
    petunjukKe: "Bulan 1–12, triwulan 1–4, semester 1–2, tahun 1",
    petunjukRupiah: "Rupiah bulat, misalnya Rp 12.500.000",
    simpan: "Simpan",
    kasJudul: "Anggaran kas per bulan",
    kasPetunjuk: "Dua belas bulan harus berjumlah sama dengan pagu.",
    kasBelum: "Anggaran kas belum diisi.",
    simpanKas: "Simpan anggaran kas",
    tidakDapat: "tidak dapat dihitung",
  },
  {
    kembali: "Back to the DPA",
    program: "Programme",
    kegiatan: "Activity",
    pagu: "Budget",
    keluaran: "Output",
    realisasiJudul: "Budget realisation",
    periode: "Period",
    jumlah: "Amount",
    catatan: "Note",
    total: "Total spent",
    serapan: "Absorption",
    belumAda: "No realisation recorded yet.",
    catatRealisasi: "Record a realisation",
    jenisPeriode: "Kind of period",
    bulan: "Month",
    triwulan: "Quarter",
    semester: "Half-year",
    tahun: "Year (to 31 December)",
    ke: "Period number",
    petunjukKe: "Month 1–12, quarter 1–4, half-year 1–2, year 1",
    petunjukRupiah: "Whole rupiah, e.g. Rp 12.500.000",
    simpan: "Save",
    kasJudul: "Monthly cash plan",
    kasPetunjuk: "The twelve months must add up to the budget.",
    kasBelum: "The cash plan has not been entered.",
    simpanKas: "Save cash plan",
    tidakDapat: "cannot be computed",
  },
);

/** A refused form of the page, its messages and what was typed. */
export type GagalSub = { form: "realisasi" | "kas"; galat: GalatFormulir; isian: Record<string, string> };

/** A sub kegiatan's page: where it sits, its budget realisations by period and its monthly cash plan. */
export function HalamanDpaSub(props: {
  k: KonteksHalaman;
  opdKode: string;
  sub: DetailSubKegiatan;
  realisasi: { periode: Periode; jumlah: bigint }[];
  totalRealisasi: bigint;
  serapan: HasilSerapan;
  kas: bigint[];
  bolehUbah: boolean;
  gagal: GagalSub | null;
  pesan: string | null;
}) {
  const t = teksDpaSub(props.k.bahasa);
  const { sub } = props;
  const aksi = `${TAUTAN.dpa(props.opdKode)}/sub/${sub.id}`;
  const gR = props.gagal?.form === "realisasi" ? props.gagal : null;
  const gK = props.gagal?.form === "kas" ? props.gagal : null;
  return (
    <>
      <p>
        <a href={`${TAUTAN.dpa(props.opdKode)}?tahun=${sub.tahun}&jenis=${sub.jenisDpa}`}>{t.kembali}</a>
      </p>
      <h1>
        {sub.kode} {sub.nama}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      <section>
        <dl class="dpa-info">
          <dt>{t.program}</dt>
          <dd>
            {sub.program.kode} {sub.program.nama}
          </dd>
          <dt>{t.kegiatan}</dt>
          <dd>
            {sub.kegiatan.kode} {sub.kegiatan.nama}
          </dd>
          <dt>{t.pagu}</dt>
          <dd id="pagu-sub">{formatRupiah(sub.pagu)}</dd>
          <dt>{t.keluaran}</dt>
          <dd>
            {sub.indikatorKeluaran ?? "—"}
            {sub.target !== null && ` · ${formatAngka(sub.target)} ${sub.satuan ?? ""}`}
          </dd>
        </dl>
      </section>
      <section>
        <h2>{t.realisasiJudul}</h2>
        {props.realisasi.length === 0 ? (
          <p class="kosong">{t.belumAda}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th>{t.periode}</th>
                <th class="angka">{t.jumlah}</th>
              </tr>
            </thead>
            <tbody>
              {props.realisasi.map((r) => (
                <tr>
                  <td data-label={t.periode}>{labelPeriode(r.periode)}</td>
                  <td data-label={t.jumlah} class="angka">
                    {formatRupiah(r.jumlah)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>
                  {t.total} ·{" "}
                  {props.serapan.status === "dihitung"
                    ? `${t.serapan} ${formatPersen(props.serapan.persen)}`
                    : `${t.serapan} ${t.tidakDapat}`}
                </td>
                <td class="angka">{formatRupiah(props.totalRealisasi)}</td>
              </tr>
            </tfoot>
          </table>
        )}
        {props.bolehUbah && (
          <Formulir aksi={`${aksi}/realisasi`} csrf={props.k.csrf} galat={gR?.galat}>
            <h3>{t.catatRealisasi}</h3>
            <div class="baris-bidang">
              <Pilihan
                nama="periodeJenis"
                label={t.jenisPeriode}
                wajib
                nilai={gR?.isian.periodeJenis ?? "triwulan"}
                galat={gR?.galat}
                pilihan={(["bulan", "triwulan", "semester", "tahun"] as const).map((j) => ({
                  nilai: j,
                  label: t[j],
                }))}
              />
              <Bidang
                nama="periodeKe"
                label={t.ke}
                jenis="number"
                min="1"
                max="12"
                wajib
                petunjuk={t.petunjukKe}
                nilai={gR?.isian.periodeKe}
                galat={gR?.galat}
              />
            </div>
            <Bidang
              nama="jumlah"
              label={t.jumlah}
              inputmode="numeric"
              wajib
              petunjuk={t.petunjukRupiah}
              nilai={gR?.isian.jumlah}
              galat={gR?.galat}
            />
            <AreaTeks
              nama="catatan"
              label={t.catatan}
              baris={2}
              nilai={gR?.isian.catatan}
              galat={gR?.galat}
            />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        )}
      </section>
      <section>
        <h2>{t.kasJudul}</h2>
        {!props.bolehUbah && props.kas.length === 0 && <p class="kosong">{t.kasBelum}</p>}
        {!props.bolehUbah && props.kas.length > 0 && (
          <table class="susun">
            <tbody>
              {props.kas.map((j, i) => (
                <tr>
                  <th>{NAMA_BULAN[i]}</th>
                  <td class="angka">{formatRupiah(j)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {props.bolehUbah && (
          <Formulir aksi={`${aksi}/anggaran-kas`} csrf={props.k.csrf} galat={gK?.galat}>
            <p class="redup">{t.kasPetunjuk}</p>
            <div class="grid-kas">
              {NAMA_BULAN.map((nama, i) => (
                <Bidang
                  nama={`bulan${i + 1}`}
                  label={nama}
                  inputmode="numeric"
                  nilai={
                    gK?.isian[`bulan${i + 1}`] ??
                    (props.kas[i] === undefined ? "" : formatRupiah(props.kas[i] ?? 0n))
                  }
                  galat={gK?.galat}
                />
              ))}
            </div>
            <button type="submit">{t.simpanKas}</button>
          </Formulir>
        )}
      </section>
    </>
  );
}
