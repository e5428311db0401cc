/**
 * The addresses of the survey management screen's forms and print page, in one place so the view, the routes and
 * the tests agree (the screen itself is TAUTAN.survei).
 */
export const jalurKelola = {
  unit: (kode: string) => `/opd/${kode}/survei/unit`,
  jenis: (kode: string) => `/opd/${kode}/survei/jenis`,
  periode: (kode: string) => `/opd/${kode}/survei/periode`,
  terapkan: (kode: string, periodeId: number) => `/opd/${kode}/survei/periode/${periodeId}/terapkan`,
  kode: (kode: string, periodeId: number) => `/opd/${kode}/survei/periode/${periodeId}/kode`,
  kuesioner: (kode: string) => `/opd/${kode}/survei/kuesioner`,
} as const;
