import { deflateRawSync } from "node:zlib";

/**
 * Builds small zip files for the reader's refusal tests: any entries, stored or deflated, with an optional
 * false uncompressed size (as a zip bomb would declare). CRCs are left 0; the reader does not check them.
 */
export function buatZip(
  entri: { nama: string; isi: Uint8Array; simpan?: boolean; ukuranPalsu?: number; terkunci?: boolean }[],
): Uint8Array {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let posisi = 0;
  for (const e of entri) {
    const nama = Buffer.from(e.nama, "utf8");
    const data = e.simpan === true ? Buffer.from(e.isi) : deflateRawSync(e.isi);
    const ukuran = e.ukuranPalsu ?? e.isi.length;
    const kepala = Buffer.alloc(30);
    kepala.writeUInt32LE(0x04034b50, 0);
    kepala.writeUInt16LE(20, 4);
    kepala.writeUInt16LE(e.terkunci === true ? 1 : 0, 6);
    kepala.writeUInt16LE(e.simpan === true ? 0 : 8, 8);
    kepala.writeUInt32LE(data.length, 18);
    kepala.writeUInt32LE(ukuran, 22);
    kepala.writeUInt16LE(nama.length, 26);
    lokal.push(kepala, nama, data);
    const p = Buffer.alloc(46);
    p.writeUInt32LE(0x02014b50, 0);
    p.writeUInt16LE(20, 4);
    p.writeUInt16LE(20, 6);
    p.writeUInt16LE(e.terkunci === true ? 1 : 0, 8);
    p.writeUInt16LE(e.simpan === true ? 0 : 8, 10);
    p.writeUInt32LE(data.length, 20);
    p.writeUInt32LE(ukuran, 24);
    p.writeUInt16LE(nama.length, 28);
    p.writeUInt32LE(posisi, 42);
    pusat.push(p, nama);
    posisi += 30 + nama.length + data.length;
  }
  const ukuranPusat = pusat.reduce((s, b) => s + b.length, 0);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(entri.length, 8);
  akhir.writeUInt16LE(entri.length, 10);
  akhir.writeUInt32LE(ukuranPusat, 12);
  akhir.writeUInt32LE(posisi, 16);
  return new Uint8Array(Buffer.concat([...lokal, ...pusat, akhir]));
}
