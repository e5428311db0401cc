import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatTanggal } from "../../../platform/number-format.ts";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import {
  type DokumenPortal,
  NAMA_JENIS_TERBITAN,
  type TerbitPortal,
} from "../../reporting/publikasi.service.ts";
import { formatUkuranBerkas, sha256Pendek } from "../tampilan.domain.ts";
import { tanggalTenggatLkjip, terbitTepatWaktu } from "../tenggat-lkjip.domain.ts";

const kamus = buatKamus(
  {
    judul: "Dokumen publik",
    semua: "Semua perangkat daerah",
    kosong: "Perangkat daerah ini belum menerbitkan dokumen.",
    dokumen: "Dokumen",
    revisi: "Revisi",
    terbit: "Diterbitkan",
    ukuran: "Ukuran",
    sidik: "SHA-256",
    unduh: "Unduh PDF",
    riwayat: "Riwayat (revisi sebelumnya)",
    tenggat: "Tenggat",
    tepat: "tepat waktu",
    terlambat: "terlambat",
    ketTenggat:
      "LKjIP perangkat daerah tahun N disampaikan paling lambat akhir Februari tahun N+1 (PermenPANRB 53/2014; batas umum Perbup SAKIP).",
  },
  {
    judul: "Public documents",
    semua: "All agencies",
    kosong: "This agency has not published any document yet.",
    dokumen: "Document",
    revisi: "Revision",
    terbit: "Published",
    ukuran: "Size",
    sidik: "SHA-256",
    unduh: "Download PDF",
    riwayat: "History (earlier revisions)",
    tenggat: "Due",
    tepat: "on time",
    terlambat: "late",
    ketTenggat:
      "An agency's performance report for year N is due by the end of February of year N+1 (PermenPANRB 53/2014; the usual local regulation deadline).",
  },
);

type Kamus = ReturnType<typeof kamus>;

function Unduh(props: { kode: string; x: TerbitPortal; t: Kamus; bahasa: "id" | "en" }) {
  const { x, t } = props;
  return (
    <>
      {t.revisi} {x.revisi} · {formatWaktuWita(x.diterbitkanPada, props.bahasa)} ·{" "}
      {formatUkuranBerkas(x.ukuran, props.bahasa)} · <code title={x.sha256}>{sha256Pendek(x.sha256)}</code> ·{" "}
      <a href={`${TAUTAN.portalOpd(props.kode)}/${x.id}.pdf`}>{t.unduh}</a>
    </>
  );
}

/**
 * The published documents of one OPD: kind, year, revision, publication time (WITA), size, sha256 and the
 * download; earlier revisions under "riwayat"; for an LKjIP whether it met the end-of-February deadline.
 */
export function PortalOpd(props: {
  k: KonteksHalaman;
  opd: { kode: string; nama: string };
  dokumen: DokumenPortal[];
}) {
  const { k } = props;
  const t = kamus(k.bahasa);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${props.opd.nama}`}>
      <p>
        <a href={TAUTAN.portal}>{t.semua}</a>
      </p>
      <h1>
        {t.judul} · {props.opd.nama}
      </h1>
      {props.dokumen.length === 0 ? (
        <p>{t.kosong}</p>
      ) : (
        props.dokumen.map((d) => {
          const tenggat = tanggalTenggatLkjip(d.tahun);
          return (
            <section>
              <h2>
                {NAMA_JENIS_TERBITAN[d.jenis][k.bahasa]} {d.tahun}
              </h2>
              <p>
                <Unduh kode={props.opd.kode} x={d.terkini} t={t} bahasa={k.bahasa} />
              </p>
              {d.jenis === "lkjip" && (
                <p>
                  {t.tenggat} {k.bahasa === "en" ? tenggat : formatTanggal(tenggat)}:{" "}
                  <strong>
                    {terbitTepatWaktu(d.tahun, d.riwayat.at(-1)?.diterbitkanPada ?? d.terkini.diterbitkanPada)
                      ? t.tepat
                      : t.terlambat}
                  </strong>
                  <br />
                  <small>{t.ketTenggat}</small>
                </p>
              )}
              {d.riwayat.length > 0 && (
                <details>
                  <summary>{t.riwayat}</summary>
                  <ul>
                    {d.riwayat.map((x) => (
                      <li>
                        <Unduh kode={props.opd.kode} x={x} t={t} bahasa={k.bahasa} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </section>
          );
        })
      )}
    </TataAplikasi>
  );
}
