import { formatAngka } from "../../../platform/number-format.ts";
import { Bidang, Formulir, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { TahunLke } from "../lke-penilaian.service.ts";
import { kamusLke, type TeksLke } from "./lke-kamus.ts";

/** The words of an assessment status. */
export function labelStatusLke(t: TeksLke, status: TahunLke["status"]): string {
  return status === null ? t.nilaiTanpaLke : t[status];
}

/** GET /opd/:kode/lke: every year (assessments and typed scores) side by side per komponen, and a start form. */
export function HalamanDaftarLke(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  riwayat: TahunLke[];
  komponen: { kode: string; nama: string; bobot: string }[];
  bolehMulai: boolean;
  tahunBaru: string;
  pesan: string | null;
  galat?: GalatFormulir;
}) {
  const { k, opd } = props;
  const t = kamusLke(k.bahasa);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.lke(opd.kode)}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <h2>{t.perbandingan}</h2>
      {props.riwayat.length === 0 ? (
        <p class="kosong">{t.kosong}</p>
      ) : (
        <table class="susun" id="perbandingan-lke">
          <thead>
            <tr>
              <th>{t.tahun}</th>
              <th>{t.status}</th>
              {props.komponen.map((km) => (
                <th class="angka" title={km.nama}>
                  {km.kode} ({formatAngka(km.bobot)})
                </th>
              ))}
              <th class="angka">{t.nilai}</th>
              <th>{t.predikat}</th>
            </tr>
          </thead>
          <tbody>
            {props.riwayat.map((r) => (
              <tr>
                <td data-label={t.tahun}>
                  {r.sumber === "lke" ? (
                    <a href={TAUTAN.lkeTahun(opd.kode, r.tahun)}>{r.tahun}</a>
                  ) : (
                    String(r.tahun)
                  )}
                </td>
                <td data-label={t.status}>{labelStatusLke(t, r.status)}</td>
                {props.komponen.map((km) => {
                  const n = r.komponen?.find((x) => x.kode === km.kode);
                  return (
                    <td class="angka" data-label={`${t.komponen} ${km.kode}`}>
                      {n ? formatAngka(n.nilai, 2) : "—"}
                    </td>
                  );
                })}
                <td class="angka" data-label={t.nilai}>
                  {r.nilai === null ? "—" : formatAngka(r.nilai, 2)}
                </td>
                <td data-label={t.predikat}>
                  {r.predikat ? `${r.predikat.huruf} (${r.predikat.sebutan})` : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.bolehMulai && (
        <section>
          <h2>{t.mulaiJudul}</h2>
          <Formulir aksi={`${TAUTAN.lke(opd.kode)}/mulai`} csrf={k.csrf} galat={props.galat}>
            <Bidang
              nama="tahun"
              label={t.tahun}
              nilai={props.tahunBaru}
              galat={props.galat}
              inputmode="numeric"
              wajib
            />
            <button type="submit">{t.mulai}</button>
          </Formulir>
        </section>
      )}
    </TataAplikasi>
  );
}
