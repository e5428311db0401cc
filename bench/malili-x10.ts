import { malili2024 } from "../seeds/malili-2024/data.ts";
import type { SeedDataset, SeedDpa, SeedNarasi } from "../seeds/malili-2024/types.ts";

/**
 * The Malili demo made `kali` times larger for the document benchmark: every kegiatan of the DPA repeated
 * under new kegiatan numbers (so the budget tables and the narratives of the analysis grow by that factor),
 * as a separate pemda so it loads beside the real demo.
 */
export function maliliDiperbesar(kali = 10): SeedDataset {
  const ds = structuredClone(malili2024);
  ds.pemda.kode = `sintetis-x${kali}`;
  ds.pemda.nama = `Kabupaten Sintetis ×${kali}`;
  ds.pemda.opdLain = [];
  // its public survey unit would share the demo's code; the document benchmark does not need it
  ds.opd.survei = undefined;
  const narasiBaru: SeedNarasi[] = [];
  ds.opd.dpa = ds.opd.dpa.map(
    (dpa): SeedDpa => ({
      ...dpa,
      program: dpa.program.map((p) => ({
        ...p,
        paguDinyatakan: null,
        kegiatan: p.kegiatan.flatMap((k) =>
          Array.from({ length: kali }, (_, r) => {
            const bagian = k.kode.split(".");
            const nomor = Number(bagian[4]) + 10 * r;
            const kode = [...bagian.slice(0, 4), String(nomor).padStart(2, "0")].join(".");
            const ganti = (x: string) => (r === 0 ? x : x.replace(k.kode, kode));
            if (r > 0) {
              for (const n of malili2024.opd.narasi) {
                if (n.kodeAnggaran?.startsWith(k.kode))
                  narasiBaru.push({ ...n, kodeAnggaran: ganti(n.kodeAnggaran) });
              }
            }
            return {
              ...k,
              kode,
              nama: r === 0 ? k.nama : `${k.nama} (${r + 1})`,
              paguDinyatakan: null,
              subKegiatan: k.subKegiatan.map((s) => ({ ...s, kode: ganti(s.kode) })),
            };
          }),
        ),
      })),
    }),
  );
  ds.opd.narasi = [...ds.opd.narasi, ...narasiBaru];
  ds.opd.pk = ds.opd.pk.map((pk) => ({ ...pk, program: pk.program.map((p) => ({ ...p, anggaran: null })) }));
  return ds;
}
