import { TataSurvei } from "./tata-survei.tsx";

/** Shown instead of the form when the OPD has no survey period open today, so nobody answers into nothing. */
export function HalamanDitutup(props: { namaUnit: string; namaOpd: string; kodeOpd: string; kios: boolean }) {
  return (
    <TataSurvei judul="Survei sedang ditutup" kios={props.kios}>
      <section class="pesan-besar">
        <p class="opd">{props.namaOpd}</p>
        <h1>Survei sedang ditutup</h1>
        <p>
          Terima kasih atas kesediaan Anda. Saat ini belum ada periode survei kepuasan yang dibuka untuk{" "}
          {props.namaUnit}. Silakan coba lagi pada kunjungan berikutnya.
        </p>
        <p>
          <a href={`/s/hasil/${props.kodeOpd}`}>Lihat hasil survei sebelumnya</a>
        </p>
      </section>
    </TataSurvei>
  );
}
