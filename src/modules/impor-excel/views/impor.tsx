import { BIDANG_CSRF } from "../../../platform/http/konteks.ts";
import {
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import {
  type BarisPratinjau,
  bolehDisimpan,
  JENIS_IMPOR,
  type JenisImpor,
  type Pratinjau,
  tulisGalat,
} from "../impor.domain.ts";
import { type PilihanUnduh, TAUTAN_IMPOR } from "../tautan-impor.ts";
import { teksImpor } from "./teks.ts";

/** The most valid rows listed in a preview (rows with errors are always all shown). */
const BARIS_SAH_TAMPIL = 300;

/** What the preview section shows, with the signed payload its Simpan button posts. */
export type DataPratinjau = { pratinjau: Pratinjau<unknown>; muatan: string; tanda: string };

type Kamus = ReturnType<typeof teksImpor>;

function labelJenis(t: Kamus, j: JenisImpor): string {
  return j === "target-renstra" ? t.targetRenstra : j === "dpa" ? t.dpa : t.realisasi;
}

function pilihanPeriode(t: Kamus) {
  return [
    { nilai: "tw1", label: "TW I" },
    { nilai: "tw2", label: "TW II" },
    { nilai: "tw3", label: "TW III" },
    { nilai: "tw4", label: "TW IV" },
    { nilai: "tahun", label: t.setahun },
  ];
}

/** The download links for the current selection, with a plain GET form to change it. */
function BagianUnduh(props: { t: Kamus; kode: string; jenis: JenisImpor; pilihan: PilihanUnduh }) {
  const { t, kode, pilihan } = props;
  return (
    <section aria-labelledby="judul-unduh">
      <h2 id="judul-unduh">{t.unduhJudul}</h2>
      <form method="get" action={TAUTAN.impor(kode)} class="filter">
        <div class="bidang">
          <label for="u-jenis">{t.jenis}</label>
          <select id="u-jenis" name="jenis">
            {JENIS_IMPOR.map((j) => (
              <option value={j} selected={j === props.jenis}>
                {labelJenis(t, j)}
              </option>
            ))}
          </select>
        </div>
        <div class="bidang">
          <label for="u-tahun">{t.tahun}</label>
          <input id="u-tahun" name="tahun" type="number" inputmode="numeric" value={String(pilihan.tahun)} />
        </div>
        <div class="bidang">
          <label for="u-periode">{t.periode}</label>
          <select id="u-periode" name="periode">
            {pilihanPeriode(t).map((o) => (
              <option value={o.nilai} selected={o.nilai === pilihan.periode}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="bidang">
          <label for="u-dpa">{t.dpaJenis}</label>
          <select id="u-dpa" name="dpaJenis">
            <option value="murni" selected={pilihan.dpaJenis === "murni"}>
              {t.murni}
            </option>
            <option value="perubahan" selected={pilihan.dpaJenis === "perubahan"}>
              {t.perubahan}
            </option>
          </select>
        </div>
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      <p class="petunjuk">{t.unduhPetunjuk}</p>
      <ul class="baris-aksi">
        <li>
          <a class="tombol" href={TAUTAN_IMPOR.templat(kode, props.jenis, pilihan)}>
            {t.unduhTemplat}: {labelJenis(t, props.jenis)}
          </a>
        </li>
        <li>
          <a class="tombol kedua" href={TAUTAN_IMPOR.ekspor(kode, props.jenis, pilihan)}>
            {t.unduhEkspor}
          </a>
        </li>
      </ul>
    </section>
  );
}

function labelStatus(t: Kamus, s: BarisPratinjau["status"]): string {
  return s === "baru"
    ? t.statusBaru
    : s === "berubah"
      ? t.statusBerubah
      : s === "tetap"
        ? t.statusTetap
        : t.statusGalat;
}

/** The preview: counts, file-level problems, each row as read with its errors, and Simpan when allowed. */
function BagianPratinjau(props: { t: Kamus; k: KonteksHalaman; kode: string; data: DataPratinjau }) {
  const { t, data } = props;
  const p = data.pratinjau;
  const j = p.jumlah;
  const tampil: BarisPratinjau[] = [];
  let sahTampil = 0;
  for (const b of p.baris) {
    if (b.status === "galat") tampil.push(b);
    else if (sahTampil < BARIS_SAH_TAMPIL) {
      tampil.push(b);
      sahTampil += 1;
    }
  }
  const tersembunyi = p.baris.length - tampil.length;
  return (
    <section aria-labelledby="judul-pratinjau" class="pratinjau-impor">
      <h2 id="judul-pratinjau">{t.pratinjau}</h2>
      <p role="status">
        <strong>{t.ringkasan}:</strong> {j.sah} {t.barisSah} ({j.baru} {t.baru}, {j.berubah} {t.berubah},{" "}
        {j.tetap} {t.tetap}); {j.galat} {t.barisGalat}.
      </p>
      {p.galatBerkas.length > 0 && (
        <div class="galat-umum" role="alert">
          <p>{t.galatBerkas}</p>
          <ul>
            {p.galatBerkas.map((g) => (
              <li>{tulisGalat(g)}</li>
            ))}
          </ul>
        </div>
      )}
      {tampil.length > 0 && (
        <div>
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.baris}</th>
                <th scope="col">{t.status}</th>
                {p.kolom.map((k) => (
                  <th scope="col">{k}</th>
                ))}
                <th scope="col">{t.kesalahan}</th>
              </tr>
            </thead>
            <tbody>
              {tampil.map((b) => (
                <tr class={b.status === "galat" ? "baris-galat" : undefined}>
                  <td data-label={t.baris}>{b.baris}</td>
                  <td data-label={t.status}>{labelStatus(t, b.status)}</td>
                  {b.nilai.map((v, i) => (
                    <td data-label={p.kolom[i] ?? ""}>{v}</td>
                  ))}
                  <td data-label={t.kesalahan}>
                    {b.galat.length > 0 && (
                      <ul class="galat-baris">
                        {b.galat.map((g) => (
                          <li>{tulisGalat(g)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tersembunyi > 0 && (
        <p class="petunjuk">
          {tersembunyi} {t.disembunyikan}
        </p>
      )}
      {bolehDisimpan(p) ? (
        <form method="post" action={TAUTAN_IMPOR.simpan(props.kode)}>
          <input type="hidden" name={BIDANG_CSRF} value={props.k.csrf} />
          <input type="hidden" name="muatan" value={data.muatan} />
          <input type="hidden" name="tanda" value={data.tanda} />
          <button type="submit">
            {t.simpan} ({j.baru + j.berubah})
          </button>
        </form>
      ) : (
        <p class="galat-umum">
          {p.galatBerkas.length === 0 && j.galat === 0 ? t.tidakAdaPerubahan : t.tidakBisaSimpan}
        </p>
      )}
    </section>
  );
}

/** The Excel import screen: download links, the upload form, and the preview after an upload. */
export function HalamanImpor(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  /** the selection (from the query, the posted form or the saved payload) */
  nilai: { jenis: string; tahun: string; periode: string; dpaJenis: string };
  pilihan: PilihanUnduh;
  jenisUnduh: JenisImpor;
  galat?: GalatFormulir;
  pesan?: string | null;
  pratinjau?: DataPratinjau;
}) {
  const { k, opd, nilai } = props;
  const t = teksImpor(k.bahasa);
  return (
    <TataAplikasi k={k} judul={t.judul} opd={opd} aktif={TAUTAN.impor(opd.kode)}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <p>{t.pengantar}</p>
      {props.pratinjau && <BagianPratinjau t={t} k={k} kode={opd.kode} data={props.pratinjau} />}
      <section aria-labelledby="judul-unggah">
        <h2 id="judul-unggah">{t.unggahJudul}</h2>
        <Formulir aksi={TAUTAN.impor(opd.kode)} csrf={k.csrf} galat={props.galat} multipart>
          <Pilihan
            nama="jenis"
            label={t.jenis}
            nilai={nilai.jenis}
            galat={props.galat}
            wajib
            pilihan={JENIS_IMPOR.map((j) => ({ nilai: j, label: labelJenis(t, j) }))}
          />
          <Bidang
            nama="tahun"
            label={t.tahun}
            nilai={nilai.tahun}
            galat={props.galat}
            inputmode="numeric"
            wajib
          />
          <Pilihan
            nama="periode"
            label={t.periode}
            nilai={nilai.periode}
            galat={props.galat}
            petunjuk={t.periodePetunjuk}
            pilihan={pilihanPeriode(t)}
          />
          <Pilihan
            nama="dpaJenis"
            label={t.dpaJenis}
            nilai={nilai.dpaJenis}
            galat={props.galat}
            petunjuk={t.dpaPetunjuk}
            pilihan={[
              { nilai: "murni", label: t.murni },
              { nilai: "perubahan", label: t.perubahan },
            ]}
          />
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
      </section>
      <BagianUnduh t={t} kode={opd.kode} jenis={props.jenisUnduh} pilihan={props.pilihan} />
    </TataAplikasi>
  );
}
