/** A column of a terminal table: its heading and the widest it may grow before its text wraps. */
export type KolomTeks = { judul: string; lebarMaks?: number; kanan?: boolean };

function bungkus(teks: string, lebar: number): string[] {
  const baris: string[] = [];
  let kini = "";
  for (const kata of teks.split(/\s+/).filter(Boolean)) {
    let sisa = kata;
    while (sisa.length > lebar) {
      if (kini) baris.push(kini);
      kini = "";
      baris.push(sisa.slice(0, lebar));
      sisa = sisa.slice(lebar);
    }
    if (!kini) kini = sisa;
    else if (kini.length + 1 + sisa.length <= lebar) kini += ` ${sisa}`;
    else {
      baris.push(kini);
      kini = sisa;
    }
  }
  if (kini || baris.length === 0) baris.push(kini);
  return baris;
}

/** Lays rows out as an aligned plain-text table for a terminal, wrapping long cells within their column. */
export function tabelTeks(kolom: KolomTeks[], baris: string[][]): string {
  const lebar = kolom.map((k, i) => {
    const terpanjang = Math.max(k.judul.length, ...baris.map((b) => (b[i] ?? "").length));
    return Math.max(k.judul.length, Math.min(terpanjang, k.lebarMaks ?? terpanjang));
  });
  const susun = (sel: string[]) => {
    const potong = sel.map((s, i) => bungkus(s, lebar[i] ?? 1));
    const tinggi = Math.max(...potong.map((p) => p.length));
    const keluar: string[] = [];
    for (let r = 0; r < tinggi; r++) {
      keluar.push(
        potong
          .map((p, i) => {
            const t = p[r] ?? "";
            const l = lebar[i] ?? 0;
            return kolom[i]?.kanan ? t.padStart(l) : t.padEnd(l);
          })
          .join("  ")
          .trimEnd(),
      );
    }
    return keluar.join("\n");
  };
  const garis = lebar.map((l) => "-".repeat(l)).join("  ");
  return [susun(kolom.map((k) => k.judul)), garis, ...baris.map(susun)].join("\n");
}
