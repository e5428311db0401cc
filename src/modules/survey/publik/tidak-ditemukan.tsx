import { TataSurvei } from "./tata-survei.tsx";

/** A friendly 404 for a mistyped or retired QR address, in the survey's own light shell. */
export function HalamanTidakDitemukan(props: { pesan: string }) {
  return (
    <TataSurvei judul="Tidak ditemukan">
      <section class="pesan-besar">
        <h1>Tidak ditemukan</h1>
        <p>{props.pesan}</p>
        <p class="redup">Periksa kembali alamat atau pindai ulang kode QR di loket layanan.</p>
      </section>
    </TataSurvei>
  );
}
