import { Formulir, GALAT_UMUM, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { labelUkuran, TERIMA_BUKTI } from "../../performance/bukti.domain.ts";
import type { KomponenLke } from "../lke-paket.domain.ts";
import type { JawabanPenilaianLke, PenilaianLke, SisiLke } from "../lke-penilaian.service.ts";
import { kamusLke, type TeksLke } from "./lke-kamus.ts";

/** The form field of a criterion's answer and note ("j:1.a.1", "c:1.a.1"). */
export const BIDANG_JAWABAN = (kode: string) => `j:${kode}`;
/** The form field of a criterion's note. */
export const BIDANG_CATATAN = (kode: string) => `c:${kode}`;

function idAman(kode: string): string {
  return kode.replace(/[^a-zA-Z0-9]/g, "-");
}

function Kolom(props: {
  sisi: SisiLke;
  j: JawabanPenilaianLke;
  ubah: boolean;
  isian: Record<string, string> | null;
  skala: string[];
  t: TeksLke;
}) {
  const { j, t, sisi } = props;
  const jawaban = sisi === "mandiri" ? j.mandiri : j.evaluator;
  const catatan = sisi === "mandiri" ? j.catatanMandiri : j.catatanEvaluator;
  const label = sisi === "mandiri" ? t.sisiMandiri : t.sisiEvaluator;
  if (!props.ubah) {
    return (
      <td data-label={label} class={`sisi-${sisi}`}>
        <strong>{jawaban ?? "—"}</strong>
        {catatan && <p class="catatan">{catatan}</p>}
      </td>
    );
  }
  const id = idAman(j.kode);
  const nilai = props.isian ? (props.isian[BIDANG_JAWABAN(j.kode)] ?? "") : (jawaban ?? "");
  const teks = props.isian ? (props.isian[BIDANG_CATATAN(j.kode)] ?? "") : (catatan ?? "");
  return (
    <td data-label={label} class={`sisi-${sisi}`}>
      <label for={`j-${id}`}>
        {t.jawaban} {j.kode}
      </label>
      <select id={`j-${id}`} name={BIDANG_JAWABAN(j.kode)}>
        <option value="">{t.belumDijawab}</option>
        {props.skala.map((s) => (
          <option value={s} selected={s === nilai}>
            {s}
          </option>
        ))}
      </select>
      <label for={`c-${id}`}>{t.catatan}</label>
      <textarea id={`c-${id}`} name={BIDANG_CATATAN(j.kode)} rows={2}>
        {teks}
      </textarea>
    </td>
  );
}

/**
 * GET /opd/:kode/lke/:tahun/komponen/:komponen: every criterion of one komponen with its text, both sides'
 * answers and notes (the signed-in role edits only its own column), and its evidence beside it.
 */
export function HalamanKomponenLke(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  penilaian: PenilaianLke;
  komponen: KomponenLke;
  /** the side the person may edit now, or null (read only) */
  sisiUbah: SisiLke | null;
  bolehUnggah: boolean;
  isian: Record<string, string> | null;
  pesan: string | null;
  galat?: GalatFormulir;
}) {
  const { k, opd, penilaian: p, komponen: km } = props;
  const t = kamusLke(k.bahasa);
  const dasar = TAUTAN.lkeTahun(opd.kode, p.tahun);
  const aksi = `${dasar}/komponen/${km.kode}`;
  const skala = p.paket.skalaJawaban.map((s) => s.kode);
  const judul = t.judulKomponen.replace("{kode}", km.kode).replace("{nama}", km.nama);
  const galat = props.galat ?? {};
  const tabel = km.subKomponen.map((s) => (
    <section>
      <h2>
        {s.kode}. {s.nama}
      </h2>
      <table class="susun lke-kriteria">
        <thead>
          <tr>
            <th>{t.kriteria}</th>
            <th>{t.sisiMandiri}</th>
            <th>{t.sisiEvaluator}</th>
            <th>{t.bukti}</th>
          </tr>
        </thead>
        <tbody>
          {s.kriteria.map((kr) => {
            const j = p.jawaban.get(kr.kode) as JawabanPenilaianLke;
            const pesan = galat[kr.kode];
            return (
              <tr id={`kriteria-${idAman(kr.kode)}`} class={pesan ? "bidang-galat" : undefined}>
                <td data-label={t.kriteria}>
                  <strong>{kr.kode}</strong> {kr.teks}
                  {pesan && (
                    <small class="galat" role="alert">
                      {pesan}
                    </small>
                  )}
                </td>
                <Kolom
                  sisi="mandiri"
                  j={j}
                  ubah={props.sisiUbah === "mandiri"}
                  isian={props.isian}
                  skala={skala}
                  t={t}
                />
                <Kolom
                  sisi="evaluator"
                  j={j}
                  ubah={props.sisiUbah === "evaluator"}
                  isian={props.isian}
                  skala={skala}
                  t={t}
                />
                <td data-label={t.bukti}>
                  <ul class="bukti-lke">
                    {j.bukti.map((b) =>
                      b.jenis === "berkas" ? (
                        <li>
                          <a href={`${dasar}/bukti/${b.id}`}>{b.namaBerkas}</a> ({labelUkuran(b.ukuran)})
                        </li>
                      ) : (
                        <li class={b.terpenuhi ? "terpenuhi" : "belum-terpenuhi"}>
                          {b.terpenuhi ? "✓" : "✗"} {b.tautan ? <a href={b.tautan}>{b.uraian}</a> : b.uraian}{" "}
                          <small>({b.terpenuhi ? t.terpenuhi : t.tidakTerpenuhi})</small>
                        </li>
                      ),
                    )}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  ));
  return (
    <TataAplikasi k={k} judul={`${judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.lke(opd.kode)}>
      <p>
        <a href={dasar}>{t.kembali}</a>
      </p>
      <h1>{judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      {props.sisiUbah ? (
        <Formulir
          aksi={aksi}
          csrf={k.csrf}
          galat={galat[GALAT_UMUM] ? { [GALAT_UMUM]: galat[GALAT_UMUM] } : undefined}
        >
          {tabel}
          <button type="submit">{t.simpan}</button>
        </Formulir>
      ) : (
        <>
          <p class="petunjuk">{t.hanyaBaca}</p>
          {galat[GALAT_UMUM] && (
            <p class="galat-umum" role="alert">
              {galat[GALAT_UMUM]}
            </p>
          )}
          {tabel}
        </>
      )}
      {props.bolehUnggah && (
        <section>
          <h2>{t.unggah}</h2>
          <Formulir aksi={`${dasar}/bukti`} csrf={k.csrf} multipart galat={undefined}>
            <input type="hidden" name="komponen" value={km.kode} />
            <div class={galat.kriteria ? "bidang bidang-galat" : "bidang"}>
              <label for="f-kriteria">{t.kriteria}</label>
              <select id="f-kriteria" name="kriteria">
                {km.subKomponen.flatMap((s) =>
                  s.kriteria.map((kr) => (
                    <option value={kr.kode} selected={props.isian?.kriteria === kr.kode}>
                      {kr.kode}
                    </option>
                  )),
                )}
              </select>
              {galat.kriteria && (
                <small class="galat" role="alert">
                  {galat.kriteria}
                </small>
              )}
            </div>
            <div class={galat.berkas ? "bidang bidang-galat" : "bidang"}>
              <label for="f-berkas">{t.berkas}</label>
              <input id="f-berkas" type="file" name="berkas" accept={TERIMA_BUKTI} />
              <small class="petunjuk">{t.berkasPetunjuk}</small>
              {galat.berkas && (
                <small class="galat" role="alert">
                  {galat.berkas}
                </small>
              )}
            </div>
            <button type="submit">{t.unggah}</button>
          </Formulir>
        </section>
      )}
    </TataAplikasi>
  );
}
