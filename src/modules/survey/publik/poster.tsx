import { raw } from "hono/html";
import QRCode from "qrcode";
import { TataSurvei } from "./tata-survei.tsx";

/**
 * The QR code of a form address as inline SVG (error correction M, quiet zone kept) so the poster prints
 * sharp at any size without an image file.
 */
export async function svgKodeQr(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return svg.replace("<svg ", '<svg role="img" aria-label="Kode QR formulir survei" ');
}

/** The A4 poster for a service unit's counter: who asks, why, the QR code and the address in text. */
export function HalamanPoster(props: {
  namaPemda: string;
  namaOpd: string;
  namaUnit: string;
  url: string;
  svgQr: string;
  jumlahPertanyaan: number;
}) {
  return (
    <TataSurvei judul={`Poster survei · ${props.namaUnit}`} kelas="poster">
      <article class="lembar">
        <p class="opd">{props.namaPemda}</p>
        <p class="opd">{props.namaOpd}</p>
        <h1>Bagaimana layanan kami hari ini?</h1>
        <p class="ajakan">
          Pindai kode QR ini dengan kamera ponsel dan isi <b>Survei Kepuasan Masyarakat</b> untuk{" "}
          <b>{props.namaUnit}</b>. Hanya {props.jumlahPertanyaan} pertanyaan, sekitar 2 menit, tanpa nama dan
          tanpa akun.
        </p>
        <div class="qr">{raw(props.svgQr)}</div>
        <p class="alamat">
          Atau buka: <a href={props.url}>{props.url}</a>
        </p>
        <p class="redup">
          Jawaban Anda membantu kami memperbaiki layanan (PermenPANRB Nomor 14 Tahun 2017). Terima kasih.
        </p>
      </article>
    </TataSurvei>
  );
}
