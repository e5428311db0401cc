import { performance } from "node:perf_hooks";

/** Median wall time of `n` runs after one warm-up run, so every benchmark reports the same statistic. */
export async function medianMs(n: number, kerja: () => Promise<unknown>): Promise<number> {
  await kerja();
  const waktu: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await kerja();
    waktu.push(performance.now() - t0);
  }
  waktu.sort((a, b) => a - b);
  return waktu[Math.floor(waktu.length / 2)] ?? Number.NaN;
}
