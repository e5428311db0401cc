import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import type { OpdPortal } from "../../reporting/publikasi.service.ts";

const kamus = buatKamus(
  {
    judul: "Dokumen publik",
    pengantar:
      "Renstra, IKU, Perjanjian Kinerja dan LKjIP yang telah disetujui pimpinan dan diterbitkan, persis seperti saat diterbitkan.",
    opd: "Perangkat daerah",
    jumlah: "Dokumen terbit",
    terakhir: "Terbit terakhir",
    belum: "Belum ada",
  },
  {
    judul: "Public documents",
    pengantar:
      "Strategic plans, key indicators, performance agreements and performance reports approved and published by each agency, exactly as published.",
    opd: "Agency",
    jumlah: "Published documents",
    terakhir: "Last published",
    belum: "None yet",
  },
);

/** The portal's first page: every OPD of the pemda with how many documents it has published and when last. */
export function BerandaPortal(props: { k: KonteksHalaman; namaPemda: string; opd: OpdPortal[] }) {
  const t = kamus(props.k.bahasa);
  return (
    <TataAplikasi k={props.k} judul={t.judul}>
      <h1>
        {t.judul} · {props.namaPemda}
      </h1>
      <p>{t.pengantar}</p>
      <table class="susun">
        <thead>
          <tr>
            <th scope="col">{t.opd}</th>
            <th scope="col">{t.jumlah}</th>
            <th scope="col">{t.terakhir}</th>
          </tr>
        </thead>
        <tbody>
          {props.opd.map((o) => (
            <tr>
              <th scope="row">
                <a href={TAUTAN.portalOpd(o.kode)}>{o.nama}</a>
              </th>
              <td data-label={t.jumlah}>{o.jumlahDokumen}</td>
              <td data-label={t.terakhir}>
                {o.terakhir ? formatWaktuWita(o.terakhir, props.k.bahasa) : t.belum}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TataAplikasi>
  );
}
