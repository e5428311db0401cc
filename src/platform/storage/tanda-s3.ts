import { createHash, createHmac } from "node:crypto";

/** The SHA-256 of a request body in lower-case hex, as S3 wants it in x-amz-content-sha256. */
export function hashHeks(isi: Uint8Array | string): string {
  return createHash("sha256").update(isi).digest("hex");
}

function hmac(kunci: Uint8Array | string, teks: string): Buffer {
  return createHmac("sha256", kunci).update(teks).digest();
}

/** A time as SigV4 writes it (x-amz-date): 20130524T000000Z. */
export function waktuAmz(waktu: Date): string {
  return waktu
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * One path segment encoded the way SigV4 canonicalises it: every byte except the unreserved characters
 * A–Z a–z 0–9 - _ . ~ as %XY with upper-case hex (encodeURIComponent leaves ! ' ( ) * alone, so those too).
 */
export function kodekanSegmen(segmen: string): string {
  return encodeURIComponent(segmen).replace(
    /[!'()*]/g,
    (h) => `%${h.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** What is signed: the method, the already-encoded path, the canonical query, the headers to sign, the body hash. */
export type PermintaanBertanda = {
  metode: string;
  jalur: string;
  /** canonical query string; "" when there is none */
  kueri: string;
  /** every header to sign (host, x-amz-date and x-amz-content-sha256 at least), names in any case */
  header: Record<string, string>;
  hashMuatan: string;
};

/** Whose key signs, for which region and service. */
export type KredensialS3 = { kunci: string; rahasia: string; region: string; layanan?: string };

/** The signature and the steps leading to it (kept so a test can compare each with the published example). */
export type HasilTanda = {
  permintaanKanonik: string;
  teksDitanda: string;
  tanda: string;
  otorisasi: string;
};

/**
 * AWS Signature Version 4 for one request, written out step by step (no SDK, so an S3-compatible bucket —
 * MinIO, Garage, AWS — needs no extra dependency): canonical request → string to sign → signing key
 * (HMAC chain over date, region, service) → signature → the Authorization header.
 */
export function tandaTanganV4(p: PermintaanBertanda, k: KredensialS3): HasilTanda {
  const layanan = k.layanan ?? "s3";
  const header = Object.entries(p.header)
    .map(([n, v]) => [n.toLowerCase(), v.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const waktu = header.find(([n]) => n === "x-amz-date")?.[1];
  if (!waktu || !/^\d{8}T\d{6}Z$/.test(waktu))
    throw new Error("Header x-amz-date wajib untuk tanda tangan S3");
  const tanggal = waktu.slice(0, 8);
  const daftarHeader = header.map(([n]) => n).join(";");
  const permintaanKanonik = [
    p.metode.toUpperCase(),
    p.jalur,
    p.kueri,
    ...header.map(([n, v]) => `${n}:${v}`),
    "",
    daftarHeader,
    p.hashMuatan,
  ].join("\n");
  const lingkup = `${tanggal}/${k.region}/${layanan}/aws4_request`;
  const teksDitanda = ["AWS4-HMAC-SHA256", waktu, lingkup, hashHeks(permintaanKanonik)].join("\n");
  const kunciTanda = hmac(hmac(hmac(hmac(`AWS4${k.rahasia}`, tanggal), k.region), layanan), "aws4_request");
  const tanda = createHmac("sha256", kunciTanda).update(teksDitanda).digest("hex");
  const otorisasi = `AWS4-HMAC-SHA256 Credential=${k.kunci}/${lingkup},SignedHeaders=${daftarHeader},Signature=${tanda}`;
  return { permintaanKanonik, teksDitanda, tanda, otorisasi };
}
