import { type PenyimpananBerkas, periksaKunci } from "./penyimpanan.ts";
import { hashHeks, kodekanSegmen, tandaTanganV4, waktuAmz } from "./tanda-s3.ts";

/** Where the bucket is and whose key opens it (TERUKUR_S3_*). */
export type PengaturanS3 = {
  endpoint: string;
  bucket: string;
  region: string;
  kunci: string;
  rahasia: string;
};

/** A request to the bucket that takes longer than this is given up (the upload or download then fails whole). */
const BATAS_WAKTU_MS = 30_000;

/** The error code S3 puts in its XML answer (NoSuchKey, SignatureDoesNotMatch …), for the message. */
function kodeGalatS3(teks: string): string {
  return /<Code>([^<]{1,64})<\/Code>/.exec(teks)?.[1] ?? "";
}

/**
 * Files in an S3-compatible bucket, addressed path-style (endpoint/bucket/key) so MinIO and Garage work
 * as well as AWS. Each request is signed with AWS Signature V4 (tanda-s3.ts) over the body's SHA-256.
 * `fetch` and the clock can be replaced for tests; the secret never appears in a message.
 */
export function penyimpananS3(
  s: PengaturanS3,
  opsi: { fetch?: typeof fetch; sekarang?: () => Date } = {},
): PenyimpananBerkas {
  const ambil = opsi.fetch ?? fetch;
  const sekarang = opsi.sekarang ?? (() => new Date());
  const dasar = new URL(s.endpoint);
  const awalanJalur = dasar.pathname.replace(/\/+$/, "");

  async function kirim(metode: "GET" | "PUT" | "DELETE", kunci: string, isi?: Uint8Array) {
    const jalur = `${awalanJalur}/${kodekanSegmen(s.bucket)}/${periksaKunci(kunci)
      .split("/")
      .map(kodekanSegmen)
      .join("/")}`;
    const url = new URL(dasar.origin);
    url.pathname = jalur;
    const hashMuatan = hashHeks(isi ?? "");
    const header: Record<string, string> = {
      host: url.host,
      "x-amz-content-sha256": hashMuatan,
      "x-amz-date": waktuAmz(sekarang()),
    };
    const { otorisasi } = tandaTanganV4(
      { metode, jalur: url.pathname, kueri: "", header, hashMuatan },
      { kunci: s.kunci, rahasia: s.rahasia, region: s.region },
    );
    const { host: _host, ...dikirim } = header;
    const res = await ambil(url, {
      method: metode,
      headers: {
        ...dikirim,
        authorization: otorisasi,
        ...(isi ? { "content-type": "application/octet-stream" } : {}),
      },
      body: isi ? Buffer.from(isi.buffer, isi.byteOffset, isi.byteLength) : undefined,
      signal: AbortSignal.timeout(BATAS_WAKTU_MS),
    });
    return res;
  }

  async function gagal(
    res: Response,
    metode: string,
    kunci: string,
    kode: string | null = null,
  ): Promise<never> {
    kode ??= kodeGalatS3(await res.text().catch(() => ""));
    throw new Error(
      `Penyimpanan S3 menolak ${metode} ${kunci} di bucket ${s.bucket}: HTTP ${res.status}${kode ? ` ${kode}` : ""}`,
    );
  }

  return {
    async simpan(kunci, isi) {
      const res = await kirim("PUT", kunci, isi);
      if (!res.ok) return gagal(res, "PUT", kunci);
      await res.arrayBuffer();
    },
    async baca(kunci) {
      const res = await kirim("GET", kunci);
      if (res.status === 404) {
        // a missing key is "not stored"; a missing bucket is a setting to fix, not an empty store
        const kode = kodeGalatS3(await res.text().catch(() => ""));
        if (kode === "NoSuchBucket") return gagal(res, "GET", kunci, kode);
        return null;
      }
      if (!res.ok) return gagal(res, "GET", kunci);
      return new Uint8Array(await res.arrayBuffer());
    },
    async hapus(kunci) {
      const res = await kirim("DELETE", kunci);
      // S3 answers 204 whether or not the key existed; some compatible stores say 404 for a missing one
      if (!res.ok && res.status !== 404) return gagal(res, "DELETE", kunci);
      await res.arrayBuffer();
    },
  };
}
