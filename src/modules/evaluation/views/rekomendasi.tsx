import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatTanggal } from "../../../platform/number-format.ts";
import {
  AreaTeks,
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { formatWaktuWita } from "../../../platform/waktu-wita.ts";
import { boleh } from "../../auth/auth.policy.ts";
import { labelUkuran, TERIMA_BUKTI } from "../../performance/bukti.domain.ts";
import type { BuktiTindakLanjut } from "../bukti-tindak-lanjut.service.ts";
import type { KomponenRekomendasi, Rekomendasi } from "../rekomendasi.service.ts";
import { terlambat } from "../tindak-lanjut.domain.ts";

/** The recommendation screens' words in both languages. */
export const kamusRekomendasi = buatKamus(
  {
    judul: "Rekomendasi dan tindak lanjut",
    tahunEvaluasi: "Tahun evaluasi",
    semua: "Semua tahun",
    tampilkan: "Tampilkan",
    hasilEvaluasi: "Rekomendasi hasil evaluasi tahun {tahun}",
    nomor: "No.",
    nomorPanjang: "Nomor rekomendasi",
    uraian: "Uraian rekomendasi",
    rencanaAksi: "Rencana aksi",
    penanggungJawab: "Penanggung jawab",
    tenggat: "Tenggat",
    status: "Status",
    progres: "Progres",
    aksi: "Aksi",
    terlambat: "Melewati tenggat",
    buka: "Catat tindak lanjut",
    lihat: "Lihat",
    kosong: "Belum ada rekomendasi.",
    tambah: "Tambah rekomendasi",
    simpan: "Simpan",
    tanggalPetunjuk: "Format TTTT-BB-HH, misalnya 2025-06-30",
    belum: "Belum ditindaklanjuti",
    proses: "Dalam proses",
    selesai: "Selesai",
    kembali: "Kembali ke daftar rekomendasi",
    tindakLanjut: "Tindak lanjut",
    verifikasi: "Verifikasi tindak lanjut",
    keputusan: "Keputusan",
    terima: "Terima: tindak lanjut sudah memadai",
    kembalikan: "Kembalikan: tindak lanjut belum memadai",
    catatan: "Catatan evaluator",
    verifikasiPetunjuk: "Hanya tindak lanjut berstatus selesai yang dapat diverifikasi.",
    kirimVerifikasi: "Simpan verifikasi",
    komponen: "Komponen LKE",
    komponenUmum: "Umum (tanpa komponen)",
    lke: "Penilaian LKE tahun {tahun}",
    verifikasiKolom: "Verifikasi",
    verBelum: "Belum diverifikasi",
    verDiterima: "Diterima",
    verDikembalikan: "Dikembalikan",
    verOleh: "oleh {oleh}, {waktu}",
    catatanTerakhir: "Catatan verifikasi terakhir",
    bukti: "Bukti tindak lanjut",
    buktiKolom: "Bukti",
    tanpaBukti: "Belum ada berkas bukti.",
    berkas: "Berkas bukti",
    unggah: "Unggah",
    hapus: "Hapus",
    petunjukBukti: "PDF, gambar PNG/JPEG, Word atau Excel; paling besar 10 MB.",
    ditutup: "Tindak lanjut ini sudah diterima evaluator dan ditutup.",
  },
  {
    judul: "Recommendations and follow-up",
    tahunEvaluasi: "Evaluation year",
    semua: "All years",
    tampilkan: "Show",
    hasilEvaluasi: "Recommendations of the {tahun} evaluation",
    nomor: "No.",
    nomorPanjang: "Recommendation number",
    uraian: "Recommendation",
    rencanaAksi: "Action plan",
    penanggungJawab: "Person in charge",
    tenggat: "Deadline",
    status: "Status",
    progres: "Progress",
    aksi: "Action",
    terlambat: "Past the deadline",
    buka: "Record follow-up",
    lihat: "View",
    kosong: "No recommendations yet.",
    tambah: "Add a recommendation",
    simpan: "Save",
    tanggalPetunjuk: "Format YYYY-MM-DD, e.g. 2025-06-30",
    belum: "Not started",
    proses: "In progress",
    selesai: "Done",
    kembali: "Back to the recommendations",
    tindakLanjut: "Follow-up",
    verifikasi: "Verify the follow-up",
    keputusan: "Decision",
    terima: "Accept: the follow-up is adequate",
    kembalikan: "Send back: the follow-up is not adequate",
    catatan: "Evaluator's note",
    verifikasiPetunjuk: "Only a follow-up marked done can be verified.",
    kirimVerifikasi: "Save verification",
    komponen: "LKE component",
    komponenUmum: "General (no component)",
    lke: "LKE assessment {tahun}",
    verifikasiKolom: "Verification",
    verBelum: "Not verified",
    verDiterima: "Accepted",
    verDikembalikan: "Sent back",
    verOleh: "by {oleh}, {waktu}",
    catatanTerakhir: "Last verification note",
    bukti: "Follow-up evidence",
    buktiKolom: "Evidence",
    tanpaBukti: "No evidence files yet.",
    berkas: "Evidence file",
    unggah: "Upload",
    hapus: "Delete",
    petunjukBukti: "PDF, PNG/JPEG image, Word or Excel; at most 10 MB.",
    ditutup: "This follow-up was accepted by the evaluator and is closed.",
  },
);

type Kamus = ReturnType<typeof kamusRekomendasi>;

function pilihanStatus(t: Kamus) {
  return (["belum", "proses", "selesai"] as const).map((s) => ({ nilai: s, label: t[s] }));
}

const LABEL_VERIFIKASI = {
  belum: "verBelum",
  diterima: "verDiterima",
  dikembalikan: "verDikembalikan",
} as const;

function Verifikasi(props: { r: Rekomendasi; t: Kamus }) {
  const { r, t } = props;
  return <span class={`status status-ver-${r.verifikasi}`}>{t[LABEL_VERIFIKASI[r.verifikasi]]}</span>;
}

function namaKomponen(komponen: readonly KomponenRekomendasi[], kode: string | null): string | null {
  if (kode === null) return null;
  const k = komponen.find((x) => x.kode === kode);
  return k ? `${k.kode}. ${k.nama}` : kode;
}

function Status(props: { r: Rekomendasi; hariIni: string; t: Kamus }) {
  return (
    <>
      <span class={`status status-tl-${props.r.status}`}>{props.t[props.r.status]}</span>
      {terlambat(props.r, props.hariIni) && <strong class="terlambat"> {props.t.terlambat}</strong>}
    </>
  );
}

/** GET /opd/:kode/rekomendasi: the OPD's recommendations by evaluation year; the evaluator adds one here. */
export function HalamanRekomendasi(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  daftar: Rekomendasi[];
  semuaTahun: number[];
  tahunDipilih: number | null;
  hariIni: string;
  komponen: readonly KomponenRekomendasi[];
  /** evidence files per recommendation id */
  jumlahBukti: ReadonlyMap<number, number>;
  pesan: string | null;
  isian: Record<string, string>;
  galat?: GalatFormulir;
}) {
  const { k, opd, t } = { ...props, t: kamusRekomendasi(props.k.bahasa) };
  const perTahun = new Map<number, Rekomendasi[]>();
  for (const r of props.daftar)
    perTahun.set(r.tahun_evaluasi, [...(perTahun.get(r.tahun_evaluasi) ?? []), r]);
  const bolehTambah = boleh(k.pengguna, "tulis_evaluasi", opd.id);
  const bolehTindak = boleh(k.pengguna, "tindak_lanjut", opd.id);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.rekomendasi(opd.kode)}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <form method="get" action={TAUTAN.rekomendasi(opd.kode)} class="filter">
        <Pilihan
          nama="tahun"
          label={t.tahunEvaluasi}
          nilai={props.tahunDipilih === null ? "" : String(props.tahunDipilih)}
          kosong={t.semua}
          pilihan={props.semuaTahun.map((th) => ({ nilai: String(th), label: String(th) }))}
        />
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      {props.daftar.length === 0 && <p class="kosong">{t.kosong}</p>}
      {[...perTahun].map(([tahun, daftar]) => (
        <section>
          <h2>{t.hasilEvaluasi.replace("{tahun}", String(tahun))}</h2>
          <p>
            <a href={TAUTAN.lkeTahun(opd.kode, tahun)}>{t.lke.replace("{tahun}", String(tahun))}</a>
          </p>
          <table class="susun">
            <thead>
              <tr>
                <th class="angka">{t.nomor}</th>
                <th>{t.uraian}</th>
                <th>{t.rencanaAksi}</th>
                <th>{t.penanggungJawab}</th>
                <th>{t.tenggat}</th>
                <th>{t.status}</th>
                <th>{t.verifikasiKolom}</th>
                <th class="angka">{t.buktiKolom}</th>
                <th>{t.progres}</th>
                <th>{t.aksi}</th>
              </tr>
            </thead>
            <tbody>
              {daftar.map((r) => (
                <tr class={terlambat(r, props.hariIni) ? "baris-terlambat" : undefined} id={`rek-${r.id}`}>
                  <td class="angka" data-label={t.nomor}>
                    {r.nomor}
                  </td>
                  <td data-label={t.uraian}>
                    {r.uraian}
                    {r.komponen_kode !== null && (
                      <>
                        <br />
                        <small class="redup">{namaKomponen(props.komponen, r.komponen_kode)}</small>
                      </>
                    )}
                  </td>
                  <td data-label={t.rencanaAksi}>{r.rencana_aksi ?? "—"}</td>
                  <td data-label={t.penanggungJawab}>{r.penanggung_jawab ?? "—"}</td>
                  <td data-label={t.tenggat}>{r.tenggat ? formatTanggal(r.tenggat) : "—"}</td>
                  <td data-label={t.status}>
                    <Status r={r} hariIni={props.hariIni} t={t} />
                  </td>
                  <td data-label={t.verifikasiKolom}>
                    <Verifikasi r={r} t={t} />
                  </td>
                  <td class="angka" data-label={t.buktiKolom}>
                    {props.jumlahBukti.get(r.id) ?? 0}
                  </td>
                  <td data-label={t.progres} class="teks-panjang">
                    {r.progres ?? "—"}
                  </td>
                  <td data-label={t.aksi}>
                    <a href={`${TAUTAN.rekomendasi(opd.kode)}/${r.id}`}>
                      {bolehTindak && r.verifikasi !== "diterima"
                        ? t.buka
                        : bolehTambah && r.status === "selesai" && r.verifikasi === "belum"
                          ? t.verifikasi
                          : t.lihat}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {bolehTambah && (
        <section>
          <h2>{t.tambah}</h2>
          <Formulir aksi={TAUTAN.rekomendasi(opd.kode)} csrf={k.csrf} galat={props.galat}>
            <Bidang
              nama="tahunEvaluasi"
              label={t.tahunEvaluasi}
              nilai={props.isian.tahunEvaluasi}
              galat={props.galat}
              inputmode="numeric"
              wajib
            />
            <Bidang
              nama="nomor"
              label={t.nomorPanjang}
              nilai={props.isian.nomor}
              galat={props.galat}
              inputmode="numeric"
              wajib
            />
            <AreaTeks
              nama="uraian"
              label={t.uraian}
              nilai={props.isian.uraian}
              galat={props.galat}
              baris={3}
              wajib
            />
            <Pilihan
              nama="komponenKode"
              label={t.komponen}
              nilai={props.isian.komponenKode}
              galat={props.galat}
              kosong={t.komponenUmum}
              pilihan={props.komponen.map((x) => ({ nilai: x.kode, label: `${x.kode}. ${x.nama}` }))}
            />
            <Bidang
              nama="tenggat"
              label={t.tenggat}
              nilai={props.isian.tenggat}
              galat={props.galat}
              petunjuk={t.tanggalPetunjuk}
            />
            <Bidang
              nama="penanggungJawab"
              label={t.penanggungJawab}
              nilai={props.isian.penanggungJawab}
              galat={props.galat}
            />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
    </TataAplikasi>
  );
}

/** GET /opd/:kode/rekomendasi/:id: one recommendation; the OPD records its follow-up, the evaluator verifies it. */
export function HalamanTindakLanjut(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  r: Rekomendasi;
  bukti: readonly BuktiTindakLanjut[];
  komponen: readonly KomponenRekomendasi[];
  hariIni: string;
  pesan: string | null;
  /** which form the typed values and messages belong to */
  formulir: "tindak-lanjut" | "verifikasi" | "bukti" | null;
  isian: Record<string, string>;
  galat?: GalatFormulir;
}) {
  const { k, opd, r } = props;
  const t = kamusRekomendasi(k.bahasa);
  const dasar = `${TAUTAN.rekomendasi(opd.kode)}/${r.id}`;
  const di = props.formulir === "tindak-lanjut";
  const isianTl = di
    ? props.isian
    : {
        rencanaAksi: r.rencana_aksi ?? "",
        penanggungJawab: r.penanggung_jawab ?? "",
        tenggat: r.tenggat ?? "",
        status: r.status,
        progres: r.progres ?? "",
      };
  const galatTl = di ? props.galat : undefined;
  const galatVer = props.formulir === "verifikasi" ? props.galat : undefined;
  const isianVer = props.formulir === "verifikasi" ? props.isian : {};
  const galatBukti = props.formulir === "bukti" ? props.galat : undefined;
  const ditutup = r.verifikasi === "diterima";
  const bolehTindak = boleh(k.pengguna, "tindak_lanjut", opd.id) && !ditutup;
  return (
    <TataAplikasi
      k={k}
      judul={`${t.tindakLanjut} · ${opd.nama}`}
      opd={opd}
      aktif={TAUTAN.rekomendasi(opd.kode)}
    >
      <p>
        <a href={TAUTAN.rekomendasi(opd.kode)}>{t.kembali}</a>
      </p>
      <h1>
        {t.hasilEvaluasi.replace("{tahun}", String(r.tahun_evaluasi))} · {t.nomor} {r.nomor}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      <section>
        <p>{r.uraian}</p>
        <dl class="rincian">
          <dt>{t.komponen}</dt>
          <dd>{namaKomponen(props.komponen, r.komponen_kode) ?? t.komponenUmum}</dd>
          <dt>{t.status}</dt>
          <dd>
            <Status r={r} hariIni={props.hariIni} t={t} />
          </dd>
          <dt>{t.tenggat}</dt>
          <dd>{r.tenggat ? formatTanggal(r.tenggat) : "—"}</dd>
          <dt>{t.penanggungJawab}</dt>
          <dd>{r.penanggung_jawab ?? "—"}</dd>
          <dt>{t.rencanaAksi}</dt>
          <dd>{r.rencana_aksi ?? "—"}</dd>
          <dt>{t.progres}</dt>
          <dd class="teks-panjang">{r.progres ?? "—"}</dd>
          <dt>{t.verifikasiKolom}</dt>
          <dd>
            <Verifikasi r={r} t={t} />
            {r.verifikasi !== "belum" && r.diverifikasi_oleh && r.diverifikasi_pada && (
              <small>
                {" "}
                {t.verOleh
                  .replace("{oleh}", r.diverifikasi_oleh)
                  .replace("{waktu}", formatWaktuWita(r.diverifikasi_pada, k.bahasa))}
              </small>
            )}
          </dd>
          {r.verifikasi_catatan && (
            <>
              <dt>{t.catatanTerakhir}</dt>
              <dd class="teks-panjang">{r.verifikasi_catatan}</dd>
            </>
          )}
        </dl>
        <p>
          <a href={TAUTAN.lkeTahun(opd.kode, r.tahun_evaluasi)}>
            {t.lke.replace("{tahun}", String(r.tahun_evaluasi))}
          </a>
        </p>
        {ditutup && <p class="redup">{t.ditutup}</p>}
      </section>
      <section id="bukti">
        <h2>{t.bukti}</h2>
        {props.bukti.length === 0 ? (
          <p class="kosong">{t.tanpaBukti}</p>
        ) : (
          <ul>
            {props.bukti.map((b) => (
              <li>
                <a href={`${dasar}/bukti/${b.id}`}>{b.nama}</a> <small>({labelUkuran(b.ukuran)})</small>
                {bolehTindak && (
                  <Formulir aksi={`${dasar}/bukti/${b.id}/hapus`} csrf={k.csrf} class="sebaris">
                    <button type="submit" class="kedua">
                      {t.hapus} {b.nama}
                    </button>
                  </Formulir>
                )}
              </li>
            ))}
          </ul>
        )}
        {bolehTindak && (
          <Formulir aksi={`${dasar}/bukti`} csrf={k.csrf} galat={galatBukti} multipart>
            <Bidang
              nama="berkas"
              label={t.berkas}
              jenis="file"
              accept={TERIMA_BUKTI}
              galat={galatBukti}
              petunjuk={t.petunjukBukti}
            />
            <button type="submit">{t.unggah}</button>
          </Formulir>
        )}
      </section>
      {bolehTindak && (
        <section>
          <h2>{t.buka}</h2>
          <Formulir aksi={`${dasar}/tindak-lanjut`} csrf={k.csrf} galat={galatTl}>
            <AreaTeks
              nama="rencanaAksi"
              label={t.rencanaAksi}
              nilai={isianTl.rencanaAksi}
              galat={galatTl}
              baris={3}
            />
            <Bidang
              nama="penanggungJawab"
              label={t.penanggungJawab}
              nilai={isianTl.penanggungJawab}
              galat={galatTl}
            />
            <Bidang
              nama="tenggat"
              label={t.tenggat}
              nilai={isianTl.tenggat}
              galat={galatTl}
              petunjuk={t.tanggalPetunjuk}
            />
            <Pilihan
              nama="status"
              label={t.status}
              nilai={isianTl.status}
              galat={galatTl}
              pilihan={pilihanStatus(t)}
              wajib
            />
            <AreaTeks nama="progres" label={t.progres} nilai={isianTl.progres} galat={galatTl} baris={3} />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
      {boleh(k.pengguna, "tulis_evaluasi", opd.id) && !ditutup && (
        <section>
          <h2>{t.verifikasi}</h2>
          {(r.status === "selesai" && r.verifikasi === "belum") || galatVer ? (
            <Formulir aksi={`${dasar}/verifikasi`} csrf={k.csrf} galat={galatVer}>
              <Pilihan
                nama="keputusan"
                label={t.keputusan}
                nilai={isianVer.keputusan}
                galat={galatVer}
                kosong=""
                pilihan={[
                  { nilai: "terima", label: t.terima },
                  { nilai: "kembalikan", label: t.kembalikan },
                ]}
                wajib
              />
              <AreaTeks
                nama="catatan"
                label={t.catatan}
                nilai={isianVer.catatan}
                galat={galatVer}
                baris={3}
              />
              <button type="submit">{t.kirimVerifikasi}</button>
            </Formulir>
          ) : (
            <p class="redup">{t.verifikasiPetunjuk}</p>
          )}
        </section>
      )}
    </TataAplikasi>
  );
}
