/** "812 B", "245,3 KB", "1,2 MB" (decimal comma in Indonesian, point in English). Why: people on slow links decide by size. */
export function formatUkuranBerkas(bita: number, bahasa: "id" | "en" = "id"): string {
  const koma = (x: number) => {
    const t = (Math.round(x * 10) / 10).toFixed(1);
    return bahasa === "en" ? t : t.replace(".", ",");
  };
  if (bita < 1024) return `${bita} B`;
  if (bita < 1024 * 1024) return `${koma(bita / 1024)} KB`;
  return `${koma(bita / (1024 * 1024))} MB`;
}

/** The first 12 hex digits of a sha256, enough to compare by eye with a downloaded file. */
export function sha256Pendek(sha256: string): string {
  return sha256.slice(0, 12);
}
