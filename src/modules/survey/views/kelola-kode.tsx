import { buatKamus } from "../../../platform/i18n/kamus.ts";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";

/** The words of the printable one-time code list, in both languages. */
export const teksKodeCetak = buatKamus(
  {
    judul: "Kode sekali pakai",
    pengantar:
      "Kode yang belum dipakai. Cetak halaman ini, gunting, dan sertakan satu kode pada setiap struk layanan; responden memasukkannya pada formulir survei.",
    jumlah: "kode belum dipakai",
    kosong: "Tidak ada kode yang belum dipakai pada periode ini.",
    kembali: "Kembali ke pengaturan survei",
    daftar: "Daftar kode",
    halaman: "Halaman",
    halamanLain: "Halaman daftar kode",
  },
  {
    judul: "One-time codes",
    pengantar:
      "Codes not used yet. Print this page, cut it up and attach one code to each service receipt; the respondent types it into the survey form.",
    jumlah: "codes not used yet",
    kosong: "This period has no unused code.",
    kembali: "Back to the survey set-up",
    daftar: "Code list",
    halaman: "Page",
    halamanLain: "Pages of the code list",
  },
);

/** The unused one-time codes of a period as a print-friendly grid of cut-out cells. */
export function HalamanKodeSekali(props: {
  k: KonteksHalaman;
  opd: { kode: string; nama: string };
  periode: { nama: string };
  kode: readonly string[];
  total: number;
  halaman: number;
  jumlahHalaman: number;
  jalur: string;
}) {
  const t = teksKodeCetak(props.k.bahasa);
  const halaman = Array.from({ length: props.jumlahHalaman }, (_, i) => i + 1);
  return (
    <>
      <h1>{`${t.judul} · ${props.periode.nama} · ${props.opd.nama}`}</h1>
      <p class="baris-aksi">
        <a href={`${TAUTAN.survei(props.opd.kode)}#kode`}>{t.kembali}</a>
      </p>
      <p>{t.pengantar}</p>
      <p>
        <strong>{props.total}</strong> {t.jumlah}
      </p>
      {props.kode.length === 0 ? (
        <p>{t.kosong}</p>
      ) : (
        <ul class="kode-sekali" aria-label={t.daftar}>
          {props.kode.map((kd) => (
            <li>{kd}</li>
          ))}
        </ul>
      )}
      {props.jumlahHalaman > 1 && (
        <nav class="baris-aksi" aria-label={t.halamanLain}>
          {halaman.map((h) =>
            h === props.halaman ? (
              <span aria-current="page">{` ${t.halaman} ${h} `}</span>
            ) : (
              <a href={`${props.jalur}?halaman=${h}`}>{` ${t.halaman} ${h} `}</a>
            ),
          )}
        </nav>
      )}
    </>
  );
}
