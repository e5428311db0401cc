/** Today as `YYYY-MM-DD` in the server's time zone (TZ): what "overdue" is measured against. */
export function tanggalHariIni(): string {
  const d = new Date();
  const dua = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${dua(d.getMonth() + 1)}-${dua(d.getDate())}`;
}
