import { TAUTAN } from "../../../platform/ui/tautan.ts";

/** The addresses the planning screens post to, shared by the routes and the views so they cannot drift. */
export const JALUR = {
  renstraPilih: (kode: string, renstraId: number) => `${TAUTAN.renstra(kode)}?renstra=${renstraId}`,
  tujuan: (kode: string, renstraId: number) => `${TAUTAN.renstra(kode)}/${renstraId}/tujuan`,
  sasaran: (kode: string, renstraId: number) => `${TAUTAN.renstra(kode)}/${renstraId}/sasaran`,
  indikatorBaru: (kode: string, renstraId: number) => `${TAUTAN.renstra(kode)}/${renstraId}/indikator`,
  indikator: (kode: string, id: number) => `${TAUTAN.renstra(kode)}/indikator/${id}`,
  target: (kode: string, id: number) => `${TAUTAN.renstra(kode)}/indikator/${id}/target`,
  iku: (kode: string, tahun: number) => `${TAUTAN.iku(kode)}?tahun=${tahun}`,
  tandaiIku: (kode: string, id: number) => `${TAUTAN.iku(kode)}/indikator/${id}`,
  pkTahun: (kode: string, tahun: number) => `${TAUTAN.pk(kode)}?tahun=${tahun}`,
  pkIndikator: (kode: string, pkId: number) => `${TAUTAN.pk(kode)}/${pkId}/indikator`,
  pkProgram: (kode: string, pkId: number) => `${TAUTAN.pk(kode)}/${pkId}/program`,
  rencanaAksiTahun: (kode: string, tahun: number) => `${TAUTAN.rencanaAksi(kode)}?tahun=${tahun}`,
  rencanaAksi: (kode: string, pkIndikatorId: number) => `${TAUTAN.rencanaAksi(kode)}/${pkIndikatorId}`,
} as const;
