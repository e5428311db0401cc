import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatTanggal } from "../../../platform/number-format.ts";
import { Formulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi, teksTata } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import { boleh } from "../../auth/auth.policy.ts";
import { tanggalTenggatLkjip, terbitTepatWaktu } from "../../portal/tenggat-lkjip.domain.ts";
import { FormRevisi, TombolAlur } from "../../workflow/views/tombol-alur.tsx";
import { FORMAT_DOKUMEN } from "../dokumen.schemas.ts";
import type { RingkasanDokumenTahun, TerbitanTahun } from "../dokumen-opd.service.ts";
import { NAMA_JENIS_TERBITAN } from "../publikasi.service.ts";

const kamus = buatKamus(
  {
    judul: "Dokumen",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    konsistensi: "Pemeriksaan konsistensi",
    adaGalat: "galat ditemukan: LKjIP tahun ini keluar sebagai DRAF dan belum dapat diterbitkan.",
    tanpaGalat: "Tidak ada galat: dokumen keluar tanpa tanda DRAF.",
    tidakDiperiksa:
      "Pemeriksaan belum dapat dijalankan untuk tahun ini (mis. belum ada Renstra yang berlaku).",
    lihatTemuan: "Lihat temuan",
    dokumenAlur: "Dokumen yang disetujui dan diterbitkan",
    dokumenLain: "Laporan lain",
    dokumen: "Dokumen",
    unduh: "Unduh",
    status: "Status",
    terbit: "Terbit",
    belumTerbit: "Belum diterbitkan",
    terbitkan: "Terbitkan",
    revisi: "revisi",
    tenggat: "tenggat",
    tepatWaktu: "tepat waktu",
    terlambat: "terlambat",
    lihatPortal: "di portal publik",
    tanpaBerkas: "Belum dapat dibuat oleh Terukur",
    evaluasi: "Evaluasi Renja triwulan",
    skm: "Laporan SKM",
    periode: "periode",
    renstraPeriode: "periode",
    lhe: "Laporan Hasil Evaluasi (LHE) AKIP",
    lheBelum: "Penilaian LKE tahun ini belum final; LHE dapat diunduh setelah evaluator memfinalkannya.",
    lheTanpa: "Belum ada penilaian LKE tahun ini.",
    bukaLke: "Buka LKE",
  },
  {
    judul: "Documents",
    tahun: "Year",
    tampilkan: "Show",
    konsistensi: "Consistency check",
    adaGalat: "errors found: this year's LKjIP comes out as a DRAFT and cannot be published yet.",
    tanpaGalat: "No errors: documents come out without the DRAFT mark.",
    tidakDiperiksa: "The check cannot run for this year yet (e.g. no strategic plan in force).",
    lihatTemuan: "See findings",
    dokumenAlur: "Documents approved and published",
    dokumenLain: "Other reports",
    dokumen: "Document",
    unduh: "Download",
    status: "Status",
    terbit: "Published",
    belumTerbit: "Not published",
    terbitkan: "Publish",
    revisi: "revision",
    tenggat: "due",
    tepatWaktu: "on time",
    terlambat: "late",
    lihatPortal: "on the public portal",
    tanpaBerkas: "Terukur cannot generate it yet",
    evaluasi: "Quarterly Renja evaluation",
    skm: "SKM report",
    periode: "period",
    renstraPeriode: "period",
    lhe: "AKIP evaluation report (LHE)",
    lheBelum:
      "This year's LKE assessment is not final yet; the LHE downloads once the evaluator finalises it.",
    lheTanpa: "No LKE assessment for this year yet.",
    bukaLke: "Open the LKE",
  },
);

type Kamus = ReturnType<typeof kamus>;

function alamatApi(kode: string, jenis: string, tahun: number, format: string, triwulan: number | null) {
  return `/api/v1/opd/${kode}/dokumen/${jenis}/${tahun}.${format}${triwulan === null ? "" : `?triwulan=${triwulan}`}`;
}

function TautanUnduh(props: {
  kode: string;
  jenis: string;
  tahun: number;
  triwulan?: number | null;
  t: Kamus;
}) {
  return (
    <span class="baris-aksi">
      {FORMAT_DOKUMEN.map((f) => (
        <a
          href={alamatApi(props.kode, props.jenis, props.tahun, f, props.triwulan ?? null)}
          aria-label={`${props.t.unduh} ${f.toUpperCase()}`}
        >
          {f.toUpperCase()}
        </a>
      ))}
    </span>
  );
}

function BarisTerbitan(props: {
  k: KonteksHalaman;
  t: Kamus;
  opd: { id: number; kode: string };
  item: TerbitanTahun;
  lanjut: string;
  tahunHalaman: number;
  galat: { id: number; pesan: string } | null;
}) {
  const { k, t, item } = props;
  const d = item.dokumen;
  const nama = NAMA_JENIS_TERBITAN[d.jenis][k.bahasa];
  const terkini = item.terbit[0];
  const revisiIniTerbit = terkini !== undefined && terkini.revisi === d.revisi;
  const bolehTerbit =
    boleh(k.pengguna, "setujui", props.opd.id) && d.status === "disetujui" && !revisiIniTerbit;
  return (
    <tr id={`dokumen-${d.id}`}>
      <th scope="row">
        {nama} {d.tahun}
      </th>
      <td data-label={t.unduh}>
        {d.jenis === "renstra" ? (
          <small>{t.tanpaBerkas}</small>
        ) : (
          <TautanUnduh kode={props.opd.kode} jenis={d.jenis} tahun={d.tahun} t={t} />
        )}
      </td>
      <td data-label={t.status}>
        <TombolAlur
          objek="dokumen_opd"
          id={d.id}
          status={d.status}
          revisi={d.revisi}
          kode={props.opd.kode}
          opdId={props.opd.id}
          lanjut={props.lanjut}
          k={k}
        />
        <FormRevisi
          objek="dokumen_opd"
          id={d.id}
          status={d.status}
          kode={props.opd.kode}
          opdId={props.opd.id}
          lanjut={props.lanjut}
          k={k}
        />
      </td>
      <td data-label={t.terbit}>
        {terkini ? (
          <>
            {formatWaktuWita(terkini.diterbitkanPada, k.bahasa)} ({t.revisi} {terkini.revisi}){" "}
            <a href={TAUTAN.portalOpd(props.opd.kode)}>{t.lihatPortal}</a>
            {d.jenis === "lkjip" && (
              <>
                {" "}
                <strong>
                  {terbitTepatWaktu(d.tahun, terkini.diterbitkanPada) ? t.tepatWaktu : t.terlambat}
                </strong>
              </>
            )}
          </>
        ) : (
          t.belumTerbit
        )}
        {d.jenis === "lkjip" && (
          <small>
            {" "}
            ({t.tenggat}{" "}
            {k.bahasa === "en" ? tanggalTenggatLkjip(d.tahun) : formatTanggal(tanggalTenggatLkjip(d.tahun))})
          </small>
        )}
        {props.galat?.id === d.id && (
          <p class="galat-umum" role="alert">
            {props.galat.pesan}
          </p>
        )}
        {bolehTerbit && (
          <Formulir aksi={`/opd/${props.opd.kode}/dokumen/${d.id}/terbitkan`} csrf={k.csrf} class="sebaris">
            <input type="hidden" name="tahun" value={String(props.tahunHalaman)} />
            <button type="submit">{t.terbitkan}</button>
          </Formulir>
        )}
      </td>
    </tr>
  );
}

/**
 * The documents screen of an OPD for a year: downloads of every report in PDF, DOCX and HTML, the consistency
 * status that decides whether the LKjIP is a draft, and for LKjIP, PK, IKU and Renstra the approval workflow
 * and publication to the public portal.
 */
export function HalamanDokumen(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  ringkasan: RingkasanDokumenTahun;
  pesan: string | null;
  galatAlur: string | null;
  galatTerbit: { id: number; pesan: string } | null;
}) {
  const { k, opd, ringkasan: r } = props;
  const t = kamus(k.bahasa);
  const lanjut = `${TAUTAN.dokumen(opd.kode)}?tahun=${r.tahun}`;
  return (
    <TataAplikasi k={k} judul={`${t.judul} ${r.tahun}`} opd={opd} aktif={TAUTAN.dokumen(opd.kode)}>
      <h1>
        {teksTata(k.bahasa).dokumen} · {opd.nama} · {r.tahun}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      {props.galatAlur && (
        <p class="galat-umum" role="alert">
          {props.galatAlur}
        </p>
      )}
      <form method="get" action={TAUTAN.dokumen(opd.kode)} class="filter">
        <div class="bidang">
          <label for="f-tahun">{t.tahun}</label>
          <input
            id="f-tahun"
            name="tahun"
            type="number"
            inputmode="numeric"
            min="2000"
            max="2100"
            value={r.tahun}
          />
        </div>
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      <section aria-labelledby="h-konsistensi">
        <h2 id="h-konsistensi">{t.konsistensi}</h2>
        <p>
          {r.galat === null ? (
            t.tidakDiperiksa
          ) : r.galat > 0 ? (
            <>
              <strong>{r.galat}</strong> {t.adaGalat}{" "}
              <a href={`${TAUTAN.temuan(opd.kode)}?tahun=${r.tahun}`}>{t.lihatTemuan}</a>
            </>
          ) : (
            t.tanpaGalat
          )}
        </p>
      </section>
      <section aria-labelledby="h-alur">
        <h2 id="h-alur">{t.dokumenAlur}</h2>
        <table class="susun">
          <thead>
            <tr>
              <th scope="col">{t.dokumen}</th>
              <th scope="col">{t.unduh}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.terbit}</th>
            </tr>
          </thead>
          <tbody>
            {r.terbitan.map((item) => (
              <BarisTerbitan
                k={k}
                t={t}
                opd={opd}
                item={item}
                lanjut={lanjut}
                tahunHalaman={r.tahun}
                galat={props.galatTerbit}
              />
            ))}
          </tbody>
        </table>
        {r.renstra && (
          <p>
            <small>
              Renstra {t.renstraPeriode} {r.renstra.tahunAwal}–{r.renstra.tahunAkhir}
            </small>
          </p>
        )}
      </section>
      <section aria-labelledby="h-lain">
        <h2 id="h-lain">{t.dokumenLain}</h2>
        <table class="susun">
          <thead>
            <tr>
              <th scope="col">{t.dokumen}</th>
              <th scope="col">{t.unduh}</th>
            </tr>
          </thead>
          <tbody>
            {[1, 2, 3, 4].map((tw) => (
              <tr>
                <th scope="row">
                  {t.evaluasi} {["I", "II", "III", "IV"][tw - 1]} {r.tahun}
                </th>
                <td data-label={t.unduh}>
                  <TautanUnduh
                    kode={opd.kode}
                    jenis="evaluasi-triwulan"
                    tahun={r.tahun}
                    triwulan={tw}
                    t={t}
                  />
                </td>
              </tr>
            ))}
            <tr id="dokumen-lhe">
              <th scope="row">
                {t.lhe} {r.tahun}
              </th>
              <td data-label={t.unduh}>
                {r.lke === "final" ? (
                  <TautanUnduh kode={opd.kode} jenis="lhe" tahun={r.tahun} t={t} />
                ) : (
                  <small>{r.lke === null ? t.lheTanpa : t.lheBelum}</small>
                )}{" "}
                {r.lke !== null && <a href={TAUTAN.lkeTahun(opd.kode, r.tahun)}>{t.bukaLke}</a>}
              </td>
            </tr>
            {r.skm.map((s) => (
              <tr>
                <th scope="row">
                  {t.skm} {s.label}
                </th>
                <td data-label={t.unduh}>
                  <TautanUnduh kode={opd.kode} jenis="skm" tahun={r.tahun} triwulan={s.triwulan} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </TataAplikasi>
  );
}
