import type { Db } from "../../../platform/db/transaction.ts";
import {
  type HasilLaju,
  kembalikanBatasLaju,
  kunciLaju,
  periksaBatasLaju,
} from "../../../platform/http/batas-laju.ts";

/** Window of every survey limit: ten minutes. */
export const JENDELA_DETIK = 600;

/**
 * Submissions allowed per window. A phone: 5 (room to correct a refused form); a kiosk shares one device among
 * many respondents, so it gets the address's allowance; an address (one office or mobile NAT): 30.
 */
export const BATAS = { perangkat: 5, perangkatKios: 30, alamat: 30 } as const;

/**
 * Counts a submission against the device and the address; refused when either is over its limit, with the
 * longer wait. Both are counted so a device cannot hop addresses, nor an address hop cookies, for free.
 */
export async function periksaBatasKirim(
  db: Db,
  p: { perangkat: string; alamat: string; kios: boolean },
): Promise<HasilLaju> {
  const perangkat = await periksaBatasLaju(db, kunciLaju("skm-perangkat", p.perangkat), {
    maks: p.kios ? BATAS.perangkatKios : BATAS.perangkat,
    jendelaDetik: JENDELA_DETIK,
  });
  const alamat = await periksaBatasLaju(db, kunciLaju("skm-alamat", p.alamat), {
    maks: BATAS.alamat,
    jendelaDetik: JENDELA_DETIK,
  });
  return {
    boleh: perangkat.boleh && alamat.boleh,
    sisa: Math.min(perangkat.sisa, alamat.sisa),
    ulangiDalamDetik: Math.max(perangkat.ulangiDalamDetik, alamat.ulangiDalamDetik),
  };
}

/**
 * The respondent fingerprint stored with a response: a hash of the device id and the period, so the same phone
 * can be recognised within a period without the response pointing at a person or a device id.
 */
export function sidikResponden(perangkat: string, periodeId: number): string {
  return kunciLaju("skm-sidik", perangkat, String(periodeId));
}

/**
 * Reserves "one response per device per period per window": true when this device has not sent one in the
 * last ten minutes. Atomic across processes; release it with lepasDuplikat when the form is refused.
 */
export async function pesanSlotResponden(db: Db, sidik: string): Promise<boolean> {
  const h = await periksaBatasLaju(db, kunciLaju("skm-duplikat", sidik), {
    maks: 1,
    jendelaDetik: JENDELA_DETIK,
  });
  return h.boleh;
}

/** Gives the reservation back, so a respondent whose form was refused can correct it and send again. */
export function lepasSlotResponden(db: Db, sidik: string): Promise<void> {
  return kembalikanBatasLaju(db, kunciLaju("skm-duplikat", sidik));
}
