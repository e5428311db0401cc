/** The addresses of the tree screens of one OPD and year, so pages, redirects and tests agree. */
import { TAUTAN } from "../../../platform/ui/tautan.ts";

/** Builds the tree screens' addresses for an OPD and the year being worked on. */
export function tautanPohon(kode: string, tahun: number) {
  const dasar = TAUTAN.pohonKinerja(kode);
  const th = `tahun=${tahun}`;
  return {
    pohon: () => `${dasar}?${th}`,
    svg: () => `${dasar}/diagram.svg?${th}`,
    simpul: (id: number) => `${dasar}/simpul/${id}?${th}`,
    aksiSimpul: (id: number, aksi: string) => `${dasar}/simpul/${id}/${aksi}?${th}`,
    langkah: (n: number, simpul?: number | null) =>
      `${dasar}/langkah/${n}?${th}${simpul ? `&simpul=${simpul}` : ""}`,
    aksiLangkah: (n: number, aksi: string, simpul?: number | null) =>
      `${dasar}/langkah/${n}/${aksi}?${th}${simpul ? `&simpul=${simpul}` : ""}`,
    usulanPk: (pkId: number) => `${dasar}/usulan-pk/${pkId}?${th}`,
  };
}
