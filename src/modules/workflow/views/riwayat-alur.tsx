import type { ObjekAlur } from "../../../platform/db/schema.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { formatWaktuSingkatWita, kamusDenganZona } from "../../../platform/waktu-wita.ts";
import { LABEL_OBJEK, LABEL_STATUS } from "../alur.domain.ts";
import type { LangkahRiwayat, ObjekTermuat, RevisiTercatat } from "../alur.service.ts";
import { FormRevisi, TombolAlur } from "./tombol-alur.tsx";

const kamus = buatKamus(
  {
    riwayat: "Riwayat persetujuan",
    waktu: "Waktu ({zona})",
    langkah: "Langkah",
    oleh: "Oleh",
    komentar: "Komentar",
    belumAda: "Belum ada langkah persetujuan.",
    revisi: "Revisi",
    nomor: "Nomor",
    alasan: "Alasan",
    isiSebelum: "Isi saat disetujui",
    lihat: "Lihat",
    belumRevisi: "Belum pernah direvisi.",
    status: "Status saat ini",
  },
  {
    riwayat: "Approval history",
    waktu: "Time ({zona})",
    langkah: "Step",
    oleh: "By",
    komentar: "Comment",
    belumAda: "No approval steps yet.",
    revisi: "Revisions",
    nomor: "Number",
    alasan: "Reason",
    isiSebelum: "Content as approved",
    lihat: "Show",
    belumRevisi: "Never revised.",
    status: "Current status",
  },
);

/** The history page of one item: its status with the steps available, every step taken, every revision. */
export function HalamanRiwayatAlur(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  aktif: string;
  objek: ObjekTermuat;
  riwayat: LangkahRiwayat[];
  revisi: RevisiTercatat[];
  pesan: string | null;
  galat: string | null;
}) {
  const { k, objek: o } = props;
  const t = kamusDenganZona(kamus(k.bahasa));
  const judul = `${LABEL_OBJEK[o.objek as ObjekAlur][k.bahasa]}: ${o.uraian}`;
  return (
    <TataAplikasi k={k} judul={judul} opd={props.opd} aktif={props.aktif}>
      <h1>{o.uraian}</h1>
      <Pemberitahuan pesan={props.pesan} />
      {props.galat && (
        <p class="galat-umum" role="alert">
          {props.galat}
        </p>
      )}
      <section>
        <h2>{t.status}</h2>
        <TombolAlur
          objek={o.objek}
          id={o.id}
          status={o.status}
          revisi={o.revisi}
          kode={props.opd.kode}
          lanjut={k.jalur.split("?")[0] ?? "/"}
          k={k}
          opdId={props.opd.id}
          unitPenanggungJawabId={o.unitPenanggungJawabId}
        />
        <FormRevisi
          objek={o.objek}
          id={o.id}
          status={o.status}
          kode={props.opd.kode}
          lanjut={k.jalur.split("?")[0] ?? "/"}
          k={k}
          opdId={props.opd.id}
        />
      </section>
      <section>
        <h2>{t.riwayat}</h2>
        {props.riwayat.length === 0 ? (
          <p>{t.belumAda}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.waktu}</th>
                <th scope="col">{t.langkah}</th>
                <th scope="col">{t.oleh}</th>
                <th scope="col">{t.komentar}</th>
              </tr>
            </thead>
            <tbody>
              {props.riwayat.map((r) => (
                <tr>
                  <td data-label={t.waktu}>{formatWaktuSingkatWita(r.waktu)}</td>
                  <td data-label={t.langkah}>
                    {LABEL_STATUS[r.dari][k.bahasa]} → {LABEL_STATUS[r.ke][k.bahasa]}
                  </td>
                  <td data-label={t.oleh}>{r.namaPelaku ?? r.pelaku}</td>
                  <td data-label={t.komentar}>{r.komentar ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h2>{t.revisi}</h2>
        {props.revisi.length === 0 ? (
          <p>{t.belumRevisi}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.nomor}</th>
                <th scope="col">{t.waktu}</th>
                <th scope="col">{t.oleh}</th>
                <th scope="col">{t.alasan}</th>
                <th scope="col">{t.isiSebelum}</th>
              </tr>
            </thead>
            <tbody>
              {props.revisi.map((r) => (
                <tr>
                  <td data-label={t.nomor}>{r.nomor}</td>
                  <td data-label={t.waktu}>{formatWaktuSingkatWita(r.waktu)}</td>
                  <td data-label={t.oleh}>{r.pelaku}</td>
                  <td data-label={t.alasan}>{r.alasan}</td>
                  <td data-label={t.isiSebelum}>
                    <details>
                      <summary>{t.lihat}</summary>
                      <pre class="isi-revisi">{JSON.stringify(r.isiSebelum, null, 1)}</pre>
                    </details>
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
