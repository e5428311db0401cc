import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { asalPermintaan } from "../../platform/http/alamat-klien.ts";
import { cakupanPublik } from "../../platform/http/pemda-context.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { tanggalWita } from "../../platform/waktu-wita.ts";
import { tentukanOpd } from "../tenancy/tenancy.service.ts";
import {
  lepasSlotResponden,
  periksaBatasKirim,
  pesanSlotResponden,
  sidikResponden,
} from "./publik/batas-kirim.ts";
import { HalamanDitutup } from "./publik/ditutup.tsx";
import {
  type DataFormulir,
  type GalatFormulir,
  HalamanFormulir,
  ISIAN_KOSONG,
  type IsianFormulir,
  namaBidangUnsur,
} from "./publik/formulir.tsx";
import { HalamanHasil } from "./publik/hasil.tsx";
import { barisTren, grafikTren, hasilUntukPublik, periodeTerbaru } from "./publik/hasil-publik.ts";
import { bacaIsian, bidangDiFormulir, keMasukanRespons } from "./publik/isian.ts";
import { namaPeriode } from "./publik/nama-periode.ts";
import { alamatJaringan, idPerangkat } from "./publik/perangkat.ts";
import { HalamanPoster, svgKodeQr } from "./publik/poster.tsx";
import { HalamanTerimaKasih } from "./publik/terima-kasih.tsx";
import { HalamanTerlaluSering } from "./publik/terlalu-sering.tsx";
import { HalamanTidakDitemukan } from "./publik/tidak-ditemukan.tsx";
import {
  type FormulirUnit,
  formulirUnit,
  hasilPeriode,
  type InputRespons,
  kirimRespons,
  trenSkm,
} from "./survey.service.ts";

/** A posted form is a few kilobytes; anything far larger is refused before it is read. */
const BADAN_MAKS_BYTE = 64 * 1024;

/** Today in the pemda's time zone (TERUKUR_ZONA_WAKTU), the date a response is counted on. */
function tanggalHariIni(): string {
  return tanggalWita(new Date());
}

function modeKios(c: Context): boolean {
  return c.req.query("kiosk") === "1";
}

function untukTampilan(f: FormulirUnit): DataFormulir {
  return {
    kodeUnit: f.unit.kode,
    namaUnit: f.unit.nama,
    namaOpd: f.opd.nama,
    namaPemda: f.pemda.nama,
    namaPeriode: f.periode ? namaPeriode(f.periode) : "",
    unsur: f.unsur,
    jenisLayanan: f.jenisLayanan,
    perluKodeSekali: f.perluKodeSekali,
  };
}

/**
 * The refusal in a citizen's words: without the service's "field.path: " prefix (the message sits beside the field
 * already), capitalised, and a blank question named by its number rather than by its unsur.
 */
function pesanWarga(e: GalatTerukur, bidang: string | null, f: FormulirUnit): string {
  const teks =
    e.bidang && e.message.startsWith(`${e.bidang}: `) ? e.message.slice(e.bidang.length + 2) : e.message;
  const no = f.unsur.findIndex((u) => bidang === namaBidangUnsur(u.kunci)) + 1;
  if (no > 0 && /wajib dijawab/.test(teks))
    return `Pertanyaan ${no} belum dijawab. Pilih salah satu jawaban.`;
  if (no > 0) return `Pertanyaan ${no}: ${teks}`;
  return teks.charAt(0).toUpperCase() + teks.slice(1);
}

async function muatFormulir(
  c: Context,
  db: DependensiAplikasi["db"],
  hariIni: string,
): Promise<FormulirUnit | Response> {
  try {
    return await formulirUnit(db, c.req.param("kodeUnit") ?? "", hariIni);
  } catch (e) {
    if (e instanceof GalatTerukur && e.jenis === "tidak_ditemukan") {
      return c.html(
        halamanHtml(<HalamanTidakDitemukan pesan="Formulir survei untuk alamat ini tidak ditemukan." />),
        404,
      );
    }
    throw e;
  }
}

/**
 * The public SKM pages (issue 5 item 2): the form reached by QR code, its kiosk mode, the thank-you page, the A4
 * QR poster and the public results. No account, no script; abuse control by device and address limits.
 * `hariIni` fixes the date for tests that replay a past survey year.
 */
export function halamanSurveiPublik(dep: DependensiAplikasi, opsi: { hariIni?: () => string } = {}): Hono {
  const r = new Hono();
  const { db } = dep;
  const hariIniDari = opsi.hariIni ?? tanggalHariIni;

  const tampilkanFormulir = (
    c: Context,
    f: FormulirUnit,
    isian: IsianFormulir,
    galat: GalatFormulir | null,
    status: 200 | 400 | 409,
  ) => {
    c.header("Cache-Control", "no-store");
    return c.html(
      halamanHtml(<HalamanFormulir data={untukTampilan(f)} isian={isian} galat={galat} kios={modeKios(c)} />),
      status,
    );
  };

  const tampilkanDitutup = (c: Context, f: FormulirUnit, status: 200 | 409) =>
    c.html(
      halamanHtml(
        <HalamanDitutup
          namaUnit={f.unit.nama}
          namaOpd={f.opd.nama}
          kodeOpd={f.opd.kode}
          kios={modeKios(c)}
        />,
      ),
      status,
    );

  r.get("/s/hasil/:kodeOpd", async (c) => {
    const cakupan = await cakupanPublik(db, dep.kodePemda);
    let opd: Awaited<ReturnType<typeof tentukanOpd>>;
    try {
      opd = await tentukanOpd(db, cakupan, c.req.param("kodeOpd"));
    } catch (e) {
      if (e instanceof GalatTerukur && e.jenis === "tidak_ditemukan") {
        return c.html(
          halamanHtml(<HalamanTidakDitemukan pesan="Perangkat daerah ini tidak ditemukan." />),
          404,
        );
      }
      throw e;
    }
    const hariIni = hariIniDari();
    const tren = await trenSkm(db, cakupan, opd.id);
    const terbaru = periodeTerbaru(tren, hariIni);
    const hasil = terbaru ? hasilUntukPublik(await hasilPeriode(db, cakupan, terbaru.periodeId)) : null;
    const baris = barisTren(tren, hariIni);
    const pemda = await db
      .selectFrom("pemda")
      .select("nama")
      .where("id", "=", cakupan.pemdaId)
      .executeTakeFirst();
    c.header("Cache-Control", "no-cache");
    return c.html(
      halamanHtml(
        <HalamanHasil
          namaPemda={pemda?.nama ?? ""}
          namaOpd={opd.nama}
          hasil={hasil}
          tren={baris}
          grafikSvg={grafikTren(baris)}
        />,
      ),
    );
  });

  r.get("/s/:kodeUnit", async (c) => {
    const f = await muatFormulir(c, db, hariIniDari());
    if (f instanceof Response) return f;
    if (!f.periode) return tampilkanDitutup(c, f, 200);
    idPerangkat(c);
    return tampilkanFormulir(c, f, ISIAN_KOSONG, null, 200);
  });

  r.post(
    "/s/:kodeUnit",
    bodyLimit({
      maxSize: BADAN_MAKS_BYTE,
      onError: (c) =>
        c.html(halamanHtml(<HalamanTidakDitemukan pesan="Isian terlalu besar untuk dikirim." />), 413),
    }),
    async (c) => {
      const hariIni = hariIniDari();
      const f = await muatFormulir(c, db, hariIni);
      if (f instanceof Response) return f;
      if (!f.periode) return tampilkanDitutup(c, f, 409);
      const kios = modeKios(c);
      const perangkat = idPerangkat(c);
      const laju = await periksaBatasKirim(db, { perangkat, alamat: alamatJaringan(c), kios });
      if (!laju.boleh) {
        c.header("Retry-After", String(laju.ulangiDalamDetik));
        return c.html(
          halamanHtml(
            <HalamanTerlaluSering
              kodeUnit={f.unit.kode}
              ulangiDalamDetik={laju.ulangiDalamDetik}
              kios={kios}
            />,
          ),
          429,
        );
      }
      const kunci = f.unsur.map((u) => u.kunci);
      const isian = bacaIsian(await c.req.parseBody(), kunci);
      const sidik = kios ? null : sidikResponden(perangkat, f.periode.id);
      if (sidik && !(await pesanSlotResponden(db, sidik))) {
        const pesan =
          "Jawaban dari perangkat ini sudah kami terima beberapa menit yang lalu. Terima kasih; satu orang cukup mengisi sekali.";
        return tampilkanFormulir(c, f, isian, { pesan, bidang: null }, 409);
      }
      try {
        await kirimRespons(db, {
          kodeUnit: f.unit.kode,
          tanggal: hariIni,
          ...(keMasukanRespons(isian, kunci) as Omit<
            InputRespons,
            "kodeUnit" | "tanggal" | "sidik" | "sumber"
          >),
          sidik,
          sumber: kios ? "kios" : "formulir",
        });
      } catch (e) {
        if (sidik) await lepasSlotResponden(db, sidik);
        if (e instanceof GalatTerukur && e.jenis === "input_tidak_valid") {
          const bidang = bidangDiFormulir(e.bidang, kunci);
          const galat = { pesan: pesanWarga(e, bidang, f), bidang };
          return tampilkanFormulir(c, f, isian, galat, 400);
        }
        throw e;
      }
      return c.redirect(`/s/${f.unit.kode}/terima-kasih${kios ? "?kiosk=1" : ""}`, 303);
    },
  );

  r.get("/s/:kodeUnit/terima-kasih", async (c) => {
    const f = await muatFormulir(c, db, hariIniDari());
    if (f instanceof Response) return f;
    c.header("Cache-Control", "no-store");
    return c.html(
      halamanHtml(
        <HalamanTerimaKasih
          kodeUnit={f.unit.kode}
          namaUnit={f.unit.nama}
          kodeOpd={f.opd.kode}
          kios={modeKios(c)}
        />,
      ),
    );
  });

  r.get("/s/:kodeUnit/poster", async (c) => {
    const f = await muatFormulir(c, db, hariIniDari());
    if (f instanceof Response) return f;
    const url = `${asalPermintaan(c).asal}/s/${f.unit.kode}`;
    return c.html(
      halamanHtml(
        <HalamanPoster
          namaPemda={f.pemda.nama}
          namaOpd={f.opd.nama}
          namaUnit={f.unit.nama}
          url={url}
          svgQr={await svgKodeQr(url)}
          jumlahPertanyaan={f.unsur.length || 9}
        />,
      ),
    );
  });

  return r;
}
