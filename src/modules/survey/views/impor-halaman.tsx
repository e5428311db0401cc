import {
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { PilihanImpor } from "../impor-web.service.ts";
import { teksImporSurvei } from "../impor-web-teks.ts";
import { BagianPratinjau, type DataPratinjauSurvei } from "./impor-pratinjau.tsx";

/** The address of the CSV template, for the chosen period when there is one. */
export function tautanTemplat(kode: string, periode: string): string {
  const dasar = `${TAUTAN.surveiImpor(kode)}/templat.csv`;
  return /^\d+$/.test(periode) ? `${dasar}?periode=${periode}` : dasar;
}

/** The choices of the upload form as posted (kept on refusal). */
export type NilaiImporSurvei = { periode: string; kodeUnit: string };

/** The paper-questionnaire import screen: the preview after an upload, the upload form, the column guide. */
export function HalamanImporSurvei(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  pilihan: PilihanImpor;
  nilai: NilaiImporSurvei;
  galat?: GalatFormulir;
  pesan?: string | null;
  pratinjau?: DataPratinjauSurvei;
}) {
  const { k, opd, nilai, pilihan } = props;
  const t = teksImporSurvei(k.bahasa);
  return (
    <TataAplikasi k={k} judul={t.judul} opd={opd} aktif={TAUTAN.survei(opd.kode)}>
      <p>
        <a href={TAUTAN.survei(opd.kode)}>← {t.kembali}</a>
      </p>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <p>{t.pengantar}</p>
      {props.pratinjau && <BagianPratinjau t={t} csrf={k.csrf} kode={opd.kode} data={props.pratinjau} />}
      <section aria-labelledby="judul-unggah">
        <h2 id="judul-unggah">{t.unggahJudul}</h2>
        {pilihan.periode.length === 0 ? (
          <p class="galat-umum">{t.tanpaPeriode}</p>
        ) : (
          <Formulir aksi={TAUTAN.surveiImpor(opd.kode)} csrf={k.csrf} galat={props.galat} multipart>
            <Pilihan
              nama="periode"
              label={t.periode}
              nilai={nilai.periode}
              galat={props.galat}
              wajib
              pilihan={pilihan.periode.map((p) => ({
                nilai: String(p.id),
                label: `${p.nama} (${p.mulai} – ${p.selesai})${p.kodeSekaliPakai ? `, ${t.periodeSekali}` : ""}`,
              }))}
            />
            {pilihan.unit.length > 1 && (
              <Pilihan
                nama="kodeUnit"
                label={t.unit}
                nilai={nilai.kodeUnit}
                galat={props.galat}
                petunjuk={t.unitPetunjuk}
                kosong={t.unitPertama}
                pilihan={pilihan.unit.map((u) => ({ nilai: u.kode, label: u.nama }))}
              />
            )}
            <Bidang
              nama="berkas"
              label={t.berkas}
              jenis="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              galat={props.galat}
              wajib
            />
            <button type="submit">{t.periksa}</button>
          </Formulir>
        )}
      </section>
      <section aria-labelledby="judul-kolom">
        <h2 id="judul-kolom">{t.kolomJudul}</h2>
        <p>{t.kolomUnsur}</p>
        <p>{t.kolomProfil}</p>
        <p>{t.kolomUrutan}</p>
        <ul class="baris-aksi">
          <li>
            <a class="tombol kedua" href={tautanTemplat(opd.kode, nilai.periode)} download>
              {t.unduhTemplat}
            </a>
          </li>
        </ul>
      </section>
    </TataAplikasi>
  );
}
