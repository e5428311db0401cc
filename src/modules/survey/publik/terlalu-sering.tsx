import { TataSurvei } from "./tata-survei.tsx";

/** "3 menit", "45 detik": when to try again, in words a citizen reads at a glance. */
export function lamaTunggu(detik: number): string {
  if (detik <= 60) return `${Math.max(1, detik)} detik`;
  return `${Math.ceil(detik / 60)} menit`;
}

/** The 429 page: too many submissions from this device or network; nothing was stored. */
export function HalamanTerlaluSering(props: { kodeUnit: string; ulangiDalamDetik: number; kios: boolean }) {
  return (
    <TataSurvei judul="Terlalu banyak pengiriman" kios={props.kios}>
      <section class="pesan-besar">
        <h1>Terlalu banyak pengiriman</h1>
        <p>
          Dari perangkat atau jaringan ini sudah terlalu banyak jawaban dikirim dalam waktu singkat. Jawaban
          terakhir <b>tidak disimpan</b>.
        </p>
        <p>Silakan coba lagi dalam {lamaTunggu(props.ulangiDalamDetik)}.</p>
        <p>
          <a href={`/s/${props.kodeUnit}${props.kios ? "?kiosk=1" : ""}`}>Kembali ke formulir</a>
        </p>
      </section>
    </TataSurvei>
  );
}
