/**
 * The evaluation module's use cases in one import: LHE scores (feeding the Nilai LAKIP indicator) and
 * recommendations with their follow-up. The LKE engine itself is a later issue.
 */
export { catatHasilEvaluasi, type RiwayatEvaluasi, riwayatEvaluasi } from "./hasil-evaluasi.service.ts";
export { daftarRekomendasi, type Rekomendasi, tambahRekomendasi } from "./rekomendasi.service.ts";
