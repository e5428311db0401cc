import type { Db } from "../../platform/db/transaction.ts";
import { dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { aturRencanaAksi } from "./pk.service.ts";

/** One quarter of a rencana aksi as typed in the form (target may be empty, uraian is required when filled). */
export type IsianTriwulan = { triwulan: number; target: string; uraian: string };

function namaiSel(e: unknown, triwulan: number): unknown {
  if (!(e instanceof GalatTerukur) || e.bidang === null || e.bidang === "pkIndikatorId") return e;
  const bidang = e.bidang === "target" ? `target-${triwulan}` : `uraian-${triwulan}`;
  const pesan = e.message.startsWith(`${e.bidang}: `) ? e.message.slice(e.bidang.length + 2) : e.message;
  return new GalatTerukur(e.jenis, `Triwulan ${triwulan}: ${pesan}`, bidang);
}

/**
 * Saves the four quarters of one PK indicator's rencana aksi in one transaction: a quarter left entirely
 * empty is skipped, a refusal names its cell (`uraian-3`) and nothing of the four is written.
 */
export async function aturRencanaAksiEmpatTriwulan(
  db: Db,
  cakupan: Cakupan,
  pkIndikatorId: number,
  daftar: readonly IsianTriwulan[],
): Promise<number> {
  return dalamTransaksi(db, async (trx) => {
    let disimpan = 0;
    for (const tw of daftar) {
      if (tw.target.trim() === "" && tw.uraian.trim() === "") continue;
      try {
        await aturRencanaAksi(trx, cakupan, pkIndikatorId, {
          triwulan: tw.triwulan,
          target: tw.target,
          uraian: tw.uraian,
        });
      } catch (e) {
        throw namaiSel(e, tw.triwulan);
      }
      disimpan += 1;
    }
    return disimpan;
  });
}
