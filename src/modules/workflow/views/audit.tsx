import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Bidang, type GalatFormulir, Pilihan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuSingkatWita, kamusDenganZona } from "../../../platform/waktu-wita.ts";
import { bedaKunci, teksNilaiAudit } from "../audit.domain.ts";
import type { BarisAudit } from "../audit.service.ts";

const kamus = buatKamus(
  {
    judul: "Log audit",
    pengantar:
      "Setiap perubahan data: siapa, kapan, apa, dan nilainya sebelum → sesudah. Waktu dalam {zona}.",
    filter: "Saring",
    opd: "OPD",
    semuaOpd: "Semua OPD",
    tabel: "Tabel",
    semuaTabel: "Semua tabel",
    pelaku: "Pelaku",
    dari: "Dari tanggal",
    sampai: "Sampai tanggal",
    terapkan: "Terapkan",
    waktu: "Waktu ({zona})",
    aksi: "Aksi",
    baris: "Baris",
    perubahan: "Sebelum → sesudah",
    kosong: "Tidak ada entri yang cocok.",
    sebelumnya: "← Halaman sebelumnya",
    berikutnya: "Halaman berikutnya →",
    halaman: "Halaman",
    tanpaPerubahan: "tidak ada nilai yang berubah",
  },
  {
    judul: "Audit log",
    pengantar: "Every change of data: who, when, what, and its value before → after. Times in {zona}.",
    filter: "Filter",
    opd: "Agency",
    semuaOpd: "All agencies",
    tabel: "Table",
    semuaTabel: "All tables",
    pelaku: "Actor",
    dari: "From date",
    sampai: "To date",
    terapkan: "Apply",
    waktu: "Time ({zona})",
    aksi: "Action",
    baris: "Row",
    perubahan: "Before → after",
    kosong: "No matching entries.",
    sebelumnya: "← Previous page",
    berikutnya: "Next page →",
    halaman: "Page",
    tanpaPerubahan: "no value changed",
  },
);

function Perubahan(props: { b: BarisAudit; kosong: string }) {
  const beda = bedaKunci(props.b.sebelum, props.b.sesudah);
  if (beda.length === 0) return <span>{props.kosong}</span>;
  return (
    <ul class="beda-audit">
      {beda.map((d) => (
        <li>
          {d.kunci && <code>{d.kunci}</code>}
          {d.kunci && ": "}
          <del>{teksNilaiAudit(d.sebelum)}</del> → <ins>{teksNilaiAudit(d.sesudah)}</ins>
        </li>
      ))}
    </ul>
  );
}

/** The audit screen: a GET filter form (filters stay in the address) and one page of entries. */
export function HalamanAudit(props: {
  k: KonteksHalaman;
  filter: Record<string, string>;
  opd: { kode: string; nama: string }[];
  tabel: string[];
  baris: BarisAudit[];
  halaman: number;
  adaBerikutnya: boolean;
  galat?: GalatFormulir;
}) {
  const { k, filter } = props;
  const t = kamusDenganZona(kamus(k.bahasa));
  const keHalaman = (n: number) => {
    const p = new URLSearchParams(Object.entries(filter).filter(([kunci, v]) => v && kunci !== "halaman"));
    p.set("halaman", String(n));
    return `${TAUTAN.audit}?${p.toString()}`;
  };
  return (
    <TataAplikasi k={k} judul={t.judul} aktif={TAUTAN.audit}>
      <h1>{t.judul}</h1>
      <p>{t.pengantar}</p>
      <form method="get" action={TAUTAN.audit} class="filter" aria-label={t.filter}>
        <Pilihan
          nama="opdKode"
          label={t.opd}
          nilai={filter.opdKode}
          kosong={t.semuaOpd}
          pilihan={props.opd.map((o) => ({ nilai: o.kode, label: o.nama }))}
          galat={props.galat}
        />
        <Pilihan
          nama="tabel"
          label={t.tabel}
          nilai={filter.tabel}
          kosong={t.semuaTabel}
          pilihan={props.tabel.map((x) => ({ nilai: x, label: x }))}
          galat={props.galat}
        />
        <Bidang nama="pelaku" label={t.pelaku} nilai={filter.pelaku} galat={props.galat} />
        <Bidang nama="dari" label={t.dari} jenis="date" nilai={filter.dari} galat={props.galat} />
        <Bidang nama="sampai" label={t.sampai} jenis="date" nilai={filter.sampai} galat={props.galat} />
        <button type="submit">{t.terapkan}</button>
      </form>
      {props.baris.length === 0 ? (
        <p>{t.kosong}</p>
      ) : (
        <table class="susun tabel-audit">
          <thead>
            <tr>
              <th scope="col">{t.waktu}</th>
              <th scope="col">{t.pelaku}</th>
              <th scope="col">{t.opd}</th>
              <th scope="col">{t.aksi}</th>
              <th scope="col">{t.tabel}</th>
              <th scope="col">{t.baris}</th>
              <th scope="col">{t.perubahan}</th>
            </tr>
          </thead>
          <tbody>
            {props.baris.map((b) => (
              <tr>
                <td data-label={t.waktu}>{formatWaktuSingkatWita(b.waktu)}</td>
                <td data-label={t.pelaku} title={b.namaAkun ?? undefined}>
                  {b.pelaku}
                </td>
                <td data-label={t.opd}>{b.opdNama ?? "—"}</td>
                <td data-label={t.aksi}>{b.aksi}</td>
                <td data-label={t.tabel}>{b.tabel}</td>
                <td data-label={t.baris}>{b.barisId ?? "—"}</td>
                <td data-label={t.perubahan}>
                  <Perubahan b={b} kosong={t.tanpaPerubahan} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="baris-aksi" aria-label={t.halaman}>
        {props.halaman > 1 && <a href={keHalaman(props.halaman - 1)}>{t.sebelumnya}</a>}
        <span>
          {t.halaman} {props.halaman}
        </span>
        {props.adaBerikutnya && <a href={keHalaman(props.halaman + 1)}>{t.berikutnya}</a>}
      </nav>
    </TataAplikasi>
  );
}
