import { formatAngka } from "../../../platform/number-format.ts";
import { Formulir, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { HasilLke } from "../lke-nilai.domain.ts";
import type { PenilaianLke } from "../lke-penilaian.service.ts";
import type { AndaiPenilaian, KemajuanSisi } from "../lke-ringkasan.domain.ts";
import { kamusLke, type TeksLke } from "./lke-kamus.ts";

/** What the signed-in person may do on the year page. */
export type AksiLke = { ajukan: boolean; bukaEvaluator: boolean; finalkan: boolean; mulai: boolean };

function Nilai(props: { hasil: HasilLke | null; kode: string; t: TeksLke }) {
  const h = props.hasil;
  if (!h) return <span class="redup">{props.t.belumLengkap}</span>;
  for (const k of h.komponen) {
    if (k.kode === props.kode) return <>{formatAngka(k.nilai, 2)}</>;
    const s = k.subKomponen.find((x) => x.kode === props.kode);
    if (s) return <>{formatAngka(s.nilai, 2)}</>;
  }
  return <>—</>;
}

function teks(t: TeksLke, k: { terjawab: number; jumlah: number }): string {
  return t.xDariY.replace("{x}", String(k.terjawab)).replace("{y}", String(k.jumlah));
}

function Kemajuan(props: { k: KemajuanSisi; kode: string; t: TeksLke }) {
  const b = props.k.perBagian.get(props.kode);
  return b ? <small class="kemajuan">{teks(props.t, b)}</small> : null;
}

/** GET /opd/:kode/lke/:tahun: status, both sides' totals per komponen and sub-komponen, what-if, actions. */
export function HalamanTahunLke(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  tahun: number;
  penilaian: PenilaianLke | null;
  kemajuan: { mandiri: KemajuanSisi; evaluator: KemajuanSisi } | null;
  andai: AndaiPenilaian;
  aksi: AksiLke;
  pesan: string | null;
  galat?: GalatFormulir;
}) {
  const { k, opd, tahun, penilaian: p } = props;
  const t = kamusLke(k.bahasa);
  const dasar = TAUTAN.lkeTahun(opd.kode, tahun);
  const judul = t.judulTahun.replace("{tahun}", String(tahun));
  return (
    <TataAplikasi k={k} judul={`${judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.lke(opd.kode)}>
      <p>
        <a href={TAUTAN.lke(opd.kode)}>{t.judul}</a>
      </p>
      <h1>{judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      {!p ? (
        <>
          <p>
            {t.status}: <strong id="status-lke">{t.belumDimulai}</strong>
          </p>
          {props.aksi.mulai && (
            <Formulir aksi={`${dasar}/mulai`} csrf={k.csrf} galat={props.galat}>
              <button type="submit">{t.mulai}</button>
            </Formulir>
          )}
        </>
      ) : (
        <>
          <dl class="ringkas">
            <dt>{t.status}</dt>
            <dd id="status-lke">{t[p.status]}</dd>
            <dt>{t.regulasi}</dt>
            <dd>
              {p.paket.nama} ({p.paket.regulasi})
            </dd>
            {p.difinalkanPada && (
              <>
                <dt>{t.final}</dt>
                <dd>
                  {t.difinalkan
                    .replace("{oleh}", p.difinalkanOleh ?? "—")
                    .replace("{pada}", p.difinalkanPada.toISOString().slice(0, 10))}
                </dd>
              </>
            )}
          </dl>
          {props.galat &&
            Object.values(props.galat).map((pesan) => (
              <p class="galat-umum" role="alert">
                {pesan}
              </p>
            ))}
          <table class="susun" id="nilai-lke">
            <thead>
              <tr>
                <th>{t.komponen}</th>
                <th class="angka">{t.bobot}</th>
                <th class="angka">{t.sisiMandiri}</th>
                <th class="angka">{t.sisiEvaluator}</th>
              </tr>
            </thead>
            <tbody>
              {p.paket.komponen.map((km) => (
                <>
                  <tr class="baris-induk">
                    <td data-label={t.komponen}>
                      <a href={`${dasar}/komponen/${km.kode}`}>
                        {km.kode}. {km.nama}
                      </a>
                    </td>
                    <td class="angka" data-label={t.bobot}>
                      {formatAngka(km.bobot)}
                    </td>
                    <td class="angka" data-label={t.sisiMandiri}>
                      <Nilai hasil={p.hasilMandiri} kode={km.kode} t={t} />{" "}
                      {props.kemajuan && !p.hasilMandiri && (
                        <Kemajuan k={props.kemajuan.mandiri} kode={km.kode} t={t} />
                      )}
                    </td>
                    <td class="angka" data-label={t.sisiEvaluator}>
                      <Nilai hasil={p.hasilEvaluator} kode={km.kode} t={t} />{" "}
                      {props.kemajuan && !p.hasilEvaluator && (
                        <Kemajuan k={props.kemajuan.evaluator} kode={km.kode} t={t} />
                      )}
                    </td>
                  </tr>
                  {km.subKomponen.map((s) => (
                    <tr>
                      <td data-label={t.subKomponen}>
                        {s.kode}. {s.nama}
                      </td>
                      <td class="angka" data-label={t.bobot}>
                        {formatAngka(s.bobot)}
                      </td>
                      <td class="angka" data-label={t.sisiMandiri}>
                        <Nilai hasil={p.hasilMandiri} kode={s.kode} t={t} />
                      </td>
                      <td class="angka" data-label={t.sisiEvaluator}>
                        <Nilai hasil={p.hasilEvaluator} kode={s.kode} t={t} />
                      </td>
                    </tr>
                  ))}
                </>
              ))}
              <tr class="baris-total">
                <td>{t.total}</td>
                <td class="angka">100</td>
                <td class="angka" data-label={t.sisiMandiri} id="total-mandiri">
                  {p.hasilMandiri
                    ? `${formatAngka(p.hasilMandiri.nilaiAkhir, 2)} · ${p.hasilMandiri.predikat.huruf} (${p.hasilMandiri.predikat.sebutan})`
                    : `${t.kemajuan}: ${props.kemajuan ? teks(t, props.kemajuan.mandiri) : "—"}`}
                </td>
                <td class="angka" data-label={t.sisiEvaluator} id="total-evaluator">
                  {p.hasilEvaluator
                    ? `${formatAngka(p.hasilEvaluator.nilaiAkhir, 2)} · ${p.hasilEvaluator.predikat.huruf} (${p.hasilEvaluator.predikat.sebutan})`
                    : `${t.kemajuan}: ${props.kemajuan ? teks(t, props.kemajuan.evaluator) : "—"}`}
                </td>
              </tr>
            </tbody>
          </table>
          <p>
            {p.paket.komponen.map((km) => (
              <>
                <a href={`${dasar}/komponen/${km.kode}`} class="tombol kedua">
                  {t.isi} {km.kode}
                </a>{" "}
              </>
            ))}
          </p>
          <section>
            <h2>{t.andai}</h2>
            {!props.andai ? (
              <p class="kosong">{t.andaiKosong}</p>
            ) : (
              <>
                <p>
                  {t.andaiPetunjuk.replace(
                    "{sisi}",
                    props.andai.sisi === "evaluator" ? t.sisiEvaluator : t.sisiMandiri,
                  )}
                </p>
                <table class="susun" id="andai-lke">
                  <thead>
                    <tr>
                      <th>{t.kriteria}</th>
                      <th>{t.jawaban}</th>
                      <th class="angka">{t.tambahan}</th>
                      <th class="angka">{t.nilaiBaru}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {props.andai.daftar.map((a) => (
                      <tr>
                        <td data-label={t.kriteria}>
                          <strong>{a.kode}</strong> {a.teks}
                        </td>
                        <td data-label={t.jawaban}>
                          {a.jawaban} → {a.jawabanBaru}
                        </td>
                        <td class="angka" data-label={t.tambahan}>
                          +{formatAngka(a.tambahan, 2)}
                        </td>
                        <td class="angka" data-label={t.nilaiBaru}>
                          {formatAngka(a.nilaiAkhirBaru, 2)} ({a.predikatBaru.huruf})
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          <section class="aksi">
            {props.aksi.ajukan && (
              <Formulir aksi={`${dasar}/ajukan`} csrf={k.csrf}>
                <button type="submit">{t.ajukan}</button>
              </Formulir>
            )}
            {props.aksi.bukaEvaluator && (
              <Formulir aksi={`${dasar}/ajukan`} csrf={k.csrf}>
                <button type="submit">{t.bukaEvaluator}</button>
              </Formulir>
            )}
            {props.aksi.finalkan && (
              <Formulir aksi={`${dasar}/finalkan`} csrf={k.csrf}>
                <p class="petunjuk">{t.finalkanPetunjuk}</p>
                <button type="submit">{t.finalkan}</button>
              </Formulir>
            )}
          </section>
          <section>
            <h2>{t.lhe}</h2>
            <p>
              <a href={`${TAUTAN.dokumen(opd.kode)}?tahun=${tahun}`} id="tautan-lhe">
                {t.lheDokumen}
              </a>
            </p>
          </section>
        </>
      )}
    </TataAplikasi>
  );
}
