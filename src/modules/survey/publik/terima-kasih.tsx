import { TataSurvei } from "./tata-survei.tsx";

/** Seconds the kiosk shows its thanks before returning to an empty form for the next respondent. */
export const JEDA_KIOS_DETIK = 5;

/**
 * The page after a stored response: thanks, and the way to the public results; in kiosk mode it returns to an
 * empty form by itself (meta refresh, no script) so the tablet at the counter is ready for the next person.
 */
export function HalamanTerimaKasih(props: {
  kodeUnit: string;
  namaUnit: string;
  kodeOpd: string;
  kios: boolean;
}) {
  const formulir = `/s/${props.kodeUnit}${props.kios ? "?kiosk=1" : ""}`;
  return (
    <TataSurvei
      judul="Terima kasih"
      kios={props.kios}
      segarkan={props.kios ? { detik: JEDA_KIOS_DETIK, ke: formulir } : undefined}
    >
      <section class="pesan-besar">
        <h1>Terima kasih!</h1>
        <p>
          Jawaban Anda untuk {props.namaUnit} sudah kami terima dan akan dipakai untuk memperbaiki layanan.
        </p>
        {props.kios ? (
          <p class="redup">
            Formulir kosong untuk responden berikutnya muncul dalam {JEDA_KIOS_DETIK} detik.
          </p>
        ) : (
          <p>
            <a class="tombol" href={`/s/hasil/${props.kodeOpd}`}>
              Lihat hasil survei
            </a>
          </p>
        )}
        {props.kios && (
          <p>
            <a href={formulir}>Isi survei baru sekarang</a>
          </p>
        )}
      </section>
    </TataSurvei>
  );
}
