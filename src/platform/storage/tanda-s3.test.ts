import { describe, expect, it } from "vitest";
import { hashHeks, kodekanSegmen, tandaTanganV4, waktuAmz } from "./tanda-s3.ts";

/**
 * The published example of AWS Signature Version 4 for S3 (Amazon S3 API Reference, "Authenticating
 * requests: using the Authorization header", example GET Object): the first ten bytes of test.txt from
 * examplebucket with the documentation's example key, on 24 May 2013. Every intermediate value below is
 * the one printed there, so the signer is checked against AWS, not against itself.
 */
const KREDENSIAL = {
  kunci: "AKIAIOSFODNN7EXAMPLE",
  rahasia: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  region: "us-east-1",
};
const HASH_KOSONG = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("AWS Signature Version 4", () => {
  it("reproduces the S3 GET Object example of the AWS documentation step by step", () => {
    const hasil = tandaTanganV4(
      {
        metode: "GET",
        jalur: "/test.txt",
        kueri: "",
        header: {
          Host: "examplebucket.s3.amazonaws.com",
          Range: "bytes=0-9",
          "x-amz-content-sha256": HASH_KOSONG,
          "x-amz-date": "20130524T000000Z",
        },
        hashMuatan: HASH_KOSONG,
      },
      KREDENSIAL,
    );
    expect(hasil.permintaanKanonik).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        `x-amz-content-sha256:${HASH_KOSONG}`,
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        HASH_KOSONG,
      ].join("\n"),
    );
    expect(hasil.teksDitanda).toBe(
      [
        "AWS4-HMAC-SHA256",
        "20130524T000000Z",
        "20130524/us-east-1/s3/aws4_request",
        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
      ].join("\n"),
    );
    expect(hasil.tanda).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    expect(hasil.otorisasi).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("changes the signature when the secret, the body hash or the date changes", () => {
    const dasar = {
      metode: "PUT",
      jalur: "/bukti/bukti/ab/ab12",
      kueri: "",
      header: {
        host: "minio.lan:9000",
        "x-amz-content-sha256": hashHeks("isi"),
        "x-amz-date": "20250102T030405Z",
      },
      hashMuatan: hashHeks("isi"),
    };
    const asli = tandaTanganV4(dasar, KREDENSIAL).tanda;
    expect(tandaTanganV4(dasar, { ...KREDENSIAL, rahasia: "lain" }).tanda).not.toBe(asli);
    expect(tandaTanganV4({ ...dasar, hashMuatan: hashHeks("isi lain") }, KREDENSIAL).tanda).not.toBe(asli);
    expect(
      tandaTanganV4({ ...dasar, header: { ...dasar.header, "x-amz-date": "20250102T030406Z" } }, KREDENSIAL)
        .tanda,
    ).not.toBe(asli);
    expect(() => tandaTanganV4({ ...dasar, header: { host: "minio.lan:9000" } }, KREDENSIAL)).toThrow(
      "x-amz-date",
    );
  });

  it("writes the date and encodes path segments the SigV4 way", () => {
    expect(waktuAmz(new Date("2013-05-24T00:00:00.000Z"))).toBe("20130524T000000Z");
    expect(kodekanSegmen("test$file.text")).toBe("test%24file.text");
    expect(kodekanSegmen("a b(1)*!'~")).toBe("a%20b%281%29%2A%21%27~");
    expect(hashHeks("")).toBe(HASH_KOSONG);
  });
});
