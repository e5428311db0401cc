import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { penyimpananS3 } from "./penyimpanan-s3.ts";
import { hashHeks, tandaTanganV4 } from "./tanda-s3.ts";

/**
 * The S3 store against a tiny S3 look-alike that, like MinIO, refuses a request whose SigV4 signature,
 * body hash or date is wrong (the signer itself is checked against AWS's published example in
 * tanda-s3.test.ts). Path-style: /bucket/key.
 */

const RAHASIA = "rahasia-minio-uji-123";
const KUNCI_AKSES = "TERUKURUJI";
const BUCKET = "bukti-terukur";
const JAM = new Date("2025-03-04T05:06:07.000Z");

type Catatan = { metode: string; jalur: string; alasan: string | null };
const catatan: Catatan[] = [];
const objek = new Map<string, Buffer>();
let server: Server;
let endpoint: string;

function badan(req: IncomingMessage): Promise<Buffer> {
  return new Promise((terima) => {
    const bagian: Buffer[] = [];
    req.on("data", (d: Buffer) => bagian.push(d));
    req.on("end", () => terima(Buffer.concat(bagian)));
  });
}

/** Why the look-alike refuses the request, or null when the signature holds. */
function periksaTanda(req: IncomingMessage, isi: Buffer): string | null {
  const otorisasi = req.headers.authorization ?? "";
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$/.exec(
      otorisasi,
    );
  if (!m) return "Authorization tidak berbentuk SigV4";
  const [, akses, tanggal, region, daftar = "", tanda] = m;
  if (akses !== KUNCI_AKSES) return "InvalidAccessKeyId";
  const waktu = String(req.headers["x-amz-date"] ?? "");
  if (waktu !== "20250304T050607Z" || tanggal !== "20250304") return "RequestTimeTooSkewed";
  const hashMuatan = String(req.headers["x-amz-content-sha256"] ?? "");
  if (hashMuatan !== hashHeks(isi)) return "XAmzContentSHA256Mismatch";
  const nama = daftar.split(";");
  for (const wajib of ["host", "x-amz-content-sha256", "x-amz-date"])
    if (!nama.includes(wajib)) return `header ${wajib} tidak ditandatangani`;
  const header = Object.fromEntries(nama.map((n) => [n, String(req.headers[n] ?? "")]));
  const harap = tandaTanganV4(
    { metode: req.method ?? "", jalur: (req.url ?? "").split("?")[0] ?? "", kueri: "", header, hashMuatan },
    { kunci: KUNCI_AKSES, rahasia: RAHASIA, region: region ?? "" },
  );
  return harap.tanda === tanda ? null : "SignatureDoesNotMatch";
}

function jawabGalat(res: import("node:http").ServerResponse, status: number, kode: string) {
  res.writeHead(status, { "content-type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${kode}</Code><Message>uji</Message></Error>`);
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const isi = await badan(req);
    const alasan = periksaTanda(req, isi);
    const jalur = req.url ?? "";
    catatan.push({ metode: req.method ?? "", jalur, alasan });
    if (alasan) return jawabGalat(res, 403, alasan.startsWith("header") ? "AccessDenied" : alasan);
    const m = /^(?:\/awalan)?\/([^/]+)\/(.+)$/.exec(jalur);
    if (!m || m[1] !== BUCKET) return jawabGalat(res, 404, "NoSuchBucket");
    const kunci = m[2] ?? "";
    if (req.method === "PUT") {
      objek.set(kunci, isi);
      res.writeHead(200, { etag: '"x"' });
      return res.end();
    }
    if (req.method === "GET") {
      const ada = objek.get(kunci);
      if (!ada) return jawabGalat(res, 404, "NoSuchKey");
      res.writeHead(200, { "content-type": "application/octet-stream" });
      return res.end(ada);
    }
    if (req.method === "DELETE") {
      objek.delete(kunci);
      res.writeHead(204);
      return res.end();
    }
    jawabGalat(res, 405, "MethodNotAllowed");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const pengaturan = () => ({
  endpoint,
  bucket: BUCKET,
  region: "id-makassar-1",
  kunci: KUNCI_AKSES,
  rahasia: RAHASIA,
});
const SEMUA_BYTE = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
const KUNCI = "bukti/3f/3f9a";

describe("the S3 file store", () => {
  it("puts, gets and deletes path-style with a signature the bucket accepts; a missing key reads as null", async () => {
    catatan.length = 0;
    const s3 = penyimpananS3(pengaturan(), { sekarang: () => JAM });
    await s3.simpan(KUNCI, SEMUA_BYTE);
    expect(objek.get(KUNCI)?.equals(Buffer.from(SEMUA_BYTE))).toBe(true);
    expect(await s3.baca(KUNCI)).toEqual(SEMUA_BYTE);
    await s3.hapus(KUNCI);
    expect(objek.has(KUNCI)).toBe(false);
    expect(await s3.baca(KUNCI)).toBeNull();
    expect(catatan).toEqual([
      { metode: "PUT", jalur: `/${BUCKET}/${KUNCI}`, alasan: null },
      { metode: "GET", jalur: `/${BUCKET}/${KUNCI}`, alasan: null },
      { metode: "DELETE", jalur: `/${BUCKET}/${KUNCI}`, alasan: null },
      { metode: "GET", jalur: `/${BUCKET}/${KUNCI}`, alasan: null },
    ]);
  });

  it("keeps a path prefix of the endpoint (a bucket service behind a sub-path)", async () => {
    catatan.length = 0;
    const s3 = penyimpananS3({ ...pengaturan(), endpoint: `${endpoint}/awalan/` }, { sekarang: () => JAM });
    await s3.simpan("bukti/00/kosong", new Uint8Array([1, 2, 3]));
    expect(catatan).toEqual([{ metode: "PUT", jalur: `/awalan/${BUCKET}/bukti/00/kosong`, alasan: null }]);
  });

  it("fails with the bucket's error code, never the secret, when the key is wrong or the clock is off", async () => {
    const salahKunci = penyimpananS3(
      { ...pengaturan(), rahasia: "bukan-rahasianya" },
      { sekarang: () => JAM },
    );
    const galat = await salahKunci.simpan(KUNCI, SEMUA_BYTE).catch((e: Error) => e);
    expect(galat).toBeInstanceOf(Error);
    expect((galat as Error).message).toBe(
      `Penyimpanan S3 menolak PUT ${KUNCI} di bucket ${BUCKET}: HTTP 403 SignatureDoesNotMatch`,
    );
    expect((galat as Error).message).not.toContain("bukan-rahasianya");
    const jamLain = penyimpananS3(pengaturan(), { sekarang: () => new Date("2025-03-04T06:06:07Z") });
    await expect(jamLain.baca(KUNCI)).rejects.toThrow("HTTP 403 RequestTimeTooSkewed");
    expect(objek.has(KUNCI)).toBe(false);
  });

  it("treats a missing bucket as a setting to fix, not as an empty store", async () => {
    const s3 = penyimpananS3({ ...pengaturan(), bucket: "bucket-lain" }, { sekarang: () => JAM });
    await expect(s3.baca(KUNCI)).rejects.toThrow("HTTP 404 NoSuchBucket");
  });

  it("refuses a key that could climb out of the bucket before sending anything", async () => {
    catatan.length = 0;
    const s3 = penyimpananS3(pengaturan(), { sekarang: () => JAM });
    await expect(s3.simpan("../rahasia", SEMUA_BYTE)).rejects.toThrow("Kunci berkas tidak sah");
    expect(catatan).toEqual([]);
  });
});
