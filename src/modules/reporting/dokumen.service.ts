import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { tentukanOpd } from "../tenancy/tenancy.service.ts";
import { type FormatDokumen, type PermintaanDokumen, skemaPermintaanDokumen } from "./dokumen.schemas.ts";
import { susunEvaluasiTriwulan } from "./evaluasi-triwulan.service.ts";
import { susunIku } from "./iku-dokumen.service.ts";
import { susunLhe } from "./lhe.service.ts";
import { susunLkjip } from "./lkjip.service.ts";
import type { Dokumen } from "./model.ts";
import { susunPk } from "./pk.service.ts";
import { susunPohonKinerja } from "./pohon/susun.ts";
import { renderDocx } from "./render/docx.ts";
import { renderHtml } from "./render/html.tsx";
import { renderPdf } from "./render/pdf.ts";
import { susunLaporanSkm } from "./skm.service.ts";

/** Builds the report model a request names, from the store, for one OPD. */
export async function susunDokumen(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  p: PermintaanDokumen,
): Promise<Dokumen> {
  switch (p.jenis) {
    case "lkjip":
      return susunLkjip(db, cakupan, opdId, p.tahun, { kertas: p.kertas });
    case "pk":
      return susunPk(db, cakupan, opdId, p.tahun, { kertas: p.kertas });
    case "iku":
      return susunIku(db, cakupan, opdId, p.tahun, { kertas: p.kertas });
    case "evaluasi-triwulan":
      return susunEvaluasiTriwulan(db, cakupan, opdId, p.tahun, (p.triwulan ?? 4) as 1 | 2 | 3 | 4, {
        kertas: p.kertas,
      });
    case "skm":
      return susunLaporanSkm(
        db,
        cakupan,
        opdId,
        p.tahun,
        p.triwulan === undefined ? undefined : { jenis: "triwulan", ke: p.triwulan },
        { kertas: p.kertas },
      );
    case "lhe":
      return susunLhe(db, cakupan, opdId, p.tahun, { kertas: p.kertas });
    case "pohon-kinerja":
      return susunPohonKinerja(db, cakupan, opdId, p.tahun, { kertas: p.kertas });
  }
}

/** Draws one model in one format; every format comes from the same model, so they cannot disagree. */
export async function renderDokumen(dok: Dokumen, format: FormatDokumen): Promise<Uint8Array> {
  switch (format) {
    case "pdf":
      return renderPdf(dok);
    case "docx":
      return renderDocx(dok);
    case "html":
      return new TextEncoder().encode(await renderHtml(dok));
  }
}

/** The file name users get: OPD, kind, year (and quarter), paper when not A4. */
export function namaBerkasDokumen(kodeOpd: string, p: PermintaanDokumen, format: FormatDokumen): string {
  const tw =
    p.jenis === "evaluasi-triwulan" || (p.jenis === "skm" && p.triwulan !== undefined)
      ? `-tw${p.triwulan}`
      : "";
  const kertas = p.kertas === "a4" ? "" : `-${p.kertas}`;
  return `${p.jenis}-${kodeOpd}-${p.tahun}${tw}${kertas}.${format}`;
}

/** Validates a request for an OPD named by code and builds its model: the entry point for the CLI and HTTP. */
export async function dokumenOpd(db: Db, cakupan: Cakupan, kodeOpd: string, input: unknown) {
  const permintaan = validasi(skemaPermintaanDokumen, input);
  const opd = await tentukanOpd(db, cakupan, kodeOpd);
  const dokumen = await susunDokumen(db, cakupan, opd.id, permintaan);
  return { opd, permintaan, dokumen };
}
