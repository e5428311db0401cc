import { BIDANG_CSRF } from "../../../platform/http/konteks.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { PratinjauImpor } from "../impor/impor.service.ts";
import type { teksImporSurvei } from "../impor-web-teks.ts";

/** The most row errors listed; the count of the rest is shown. */
const GALAT_TAMPIL = 200;

type Kamus = ReturnType<typeof teksImporSurvei>;

/** What the preview shows, with the signed payload its Simpan button posts. */
export type DataPratinjauSurvei = { pratinjau: PratinjauImpor; muatan: string; tanda: string };

function Ringkasan(props: { t: Kamus; p: PratinjauImpor }) {
  const { t, p } = props;
  const h = p.hasilSementara;
  const barisGalat = new Set(p.galat.map((g) => g.baris)).size;
  return (
    <div class="kartu" role="status">
      <div>
        {t.barisSah}
        <b id="jumlah-sah">{p.barisSah}</b>
      </div>
      <div>
        {t.barisGalat}
        <b>{barisGalat}</b>
      </div>
      <div>
        {t.jumlahGalat}
        <b>{p.galat.length}</b>
      </div>
      <div>
        {t.ikmSementara}
        <b id="ikm-sementara">{h ? formatAngka(h.ikm, 2) : t.belumDihitung}</b>
      </div>
      {h && (
        <div>
          {t.mutu}
          <b id="mutu-sementara">
            {h.mutu.huruf} ({h.mutu.sebutan})
          </b>
        </div>
      )}
    </div>
  );
}

function TabelUnsur(props: { t: Kamus; p: PratinjauImpor }) {
  const { t } = props;
  const h = props.p.hasilSementara;
  if (!h) return null;
  return (
    <>
      <h3>{t.perUnsur}</h3>
      <table class="susun">
        <thead>
          <tr>
            <th scope="col">{t.unsur}</th>
            <th scope="col">{t.nama}</th>
            <th scope="col" class="angka">
              {t.jumlahNilai}
            </th>
            <th scope="col" class="angka">
              {t.responden}
            </th>
            <th scope="col" class="angka">
              {t.nrr}
            </th>
            <th scope="col" class="angka">
              {t.konversi}
            </th>
          </tr>
        </thead>
        <tbody>
          {h.perUnsur.map((u) => (
            <tr>
              <td data-label={t.unsur}>{u.kunci}</td>
              <td data-label={t.nama}>{u.nama}</td>
              <td data-label={t.jumlahNilai} class="angka">
                {u.jumlah}
              </td>
              <td data-label={t.responden} class="angka">
                {u.responden}
              </td>
              <td data-label={t.nrr} class="angka">
                {formatAngka(u.nrr, 2)}
              </td>
              <td data-label={t.konversi} class="angka">
                {formatAngka(u.konversi, 2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function TabelContoh(props: { t: Kamus; p: PratinjauImpor }) {
  const { t } = props;
  const contoh = props.p.contoh;
  const kunci = Object.keys(contoh[0]?.jawaban ?? {});
  if (contoh.length === 0) return null;
  return (
    <>
      <h3>{t.contoh}</h3>
      <table class="susun">
        <thead>
          <tr>
            <th scope="col">{t.baris}</th>
            {kunci.map((k) => (
              <th scope="col" class="angka">
                {k}
              </th>
            ))}
            <th scope="col">{t.jenisLayanan}</th>
            <th scope="col">{t.jenisKelamin}</th>
            <th scope="col">{t.usia}</th>
            <th scope="col">{t.tanggal}</th>
          </tr>
        </thead>
        <tbody>
          {contoh.map((b) => (
            <tr>
              <td data-label={t.baris}>{b.baris}</td>
              {kunci.map((k) => (
                <td data-label={k} class="angka">
                  {b.jawaban[k] ?? "–"}
                </td>
              ))}
              <td data-label={t.jenisLayanan}>{b.jenisLayananKode ?? "–"}</td>
              <td data-label={t.jenisKelamin}>{b.jenisKelamin ?? "–"}</td>
              <td data-label={t.usia}>{b.usia ?? "–"}</td>
              <td data-label={t.tanggal}>{b.tanggal ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function TabelGalat(props: { t: Kamus; p: PratinjauImpor }) {
  const { t } = props;
  const galat = props.p.galat;
  if (galat.length === 0) return null;
  const tampil = galat.slice(0, GALAT_TAMPIL);
  return (
    <div class="galat-umum" role="alert">
      <h3>{t.daftarGalat}</h3>
      <table class="susun">
        <thead>
          <tr>
            <th scope="col">{t.baris}</th>
            <th scope="col">{t.kolom}</th>
            <th scope="col">{t.kesalahan}</th>
          </tr>
        </thead>
        <tbody>
          {tampil.map((g) => (
            <tr class="baris-galat">
              <td data-label={t.baris}>{g.baris}</td>
              <td data-label={t.kolom}>{g.kolom}</td>
              <td data-label={t.kesalahan}>{g.pesan}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {galat.length > tampil.length && (
        <p>
          {galat.length - tampil.length} {t.galatTersembunyi}
        </p>
      )}
    </div>
  );
}

/** The preview of an uploaded sheet: counts, provisional IKM and mutu, first rows, row errors, Simpan when clean. */
export function BagianPratinjau(props: { t: Kamus; csrf: string; kode: string; data: DataPratinjauSurvei }) {
  const { t, data } = props;
  const p = data.pratinjau;
  const bolehSimpan = p.galat.length === 0 && p.barisSah > 0;
  return (
    <section aria-labelledby="judul-pratinjau" class="pratinjau-impor">
      <h2 id="judul-pratinjau">{t.pratinjau}</h2>
      <Ringkasan t={t} p={p} />
      <TabelGalat t={t} p={p} />
      <TabelUnsur t={t} p={p} />
      <TabelContoh t={t} p={p} />
      {bolehSimpan ? (
        <form method="post" action={`${TAUTAN.surveiImpor(props.kode)}/simpan`}>
          <input type="hidden" name={BIDANG_CSRF} value={props.csrf} />
          <input type="hidden" name="muatan" value={data.muatan} />
          <input type="hidden" name="tanda" value={data.tanda} />
          <button type="submit">
            {t.simpan} ({p.barisSah} {t.responBaris})
          </button>
        </form>
      ) : (
        <p class="galat-umum">{p.galat.length > 0 ? t.tidakBisaSimpan : t.kosong}</p>
      )}
    </section>
  );
}
