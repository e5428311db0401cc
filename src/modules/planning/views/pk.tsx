import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatRupiah } from "../../../platform/number-format.ts";
import { Bidang, Formulir, GALAT_UMUM, Pemberitahuan, Pilihan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { FormRevisi, TombolAlur } from "../../workflow/views/tombol-alur.tsx";
import type { BahanPenyusunPk, PkLayar } from "../pk-penyusun.service.ts";
import {
  angkaIsian,
  GalatLepas,
  galatUntuk,
  type Kiriman,
  nilaiUntuk,
  PilihTahun,
  teksTarget,
} from "./bersama.tsx";
import { JALUR } from "./jalur.ts";

const kamus = buatKamus(
  {
    judul: "Perjanjian Kinerja",
    tanpaPk: "Belum ada Perjanjian Kinerja untuk tahun ini.",
    kepala_daerah: "Kepala daerah",
    pimpinan_opd: "Pimpinan perangkat daerah",
    eselon_iii: "Eselon III",
    eselon_iv: "Eselon IV",
    pihakPertama: "Pihak pertama",
    pihakKedua: "Pihak kedua",
    nama: "Nama",
    jabatan: "Jabatan",
    nip: "NIP",
    tempat: "Tempat",
    tanggal: "Tanggal",
    dpa: "DPA",
    murni: "murni",
    perubahan: "perubahan",
    indikator: "Indikator dan target",
    kode: "Kode",
    namaIndikator: "Indikator",
    target: "Target PK",
    targetRenstra: "Target Renstra",
    program: "Program dan anggaran",
    namaProgram: "Program",
    anggaran: "Anggaran",
    sumber: "Sumber",
    ikutDpa: "mengikuti DPA",
    dinyatakan: "ditulis di PK",
    paguDpa: "Pagu DPA",
    tidakAdaDiDpa: "tidak ada di DPA",
    tanpaIsi: "Belum ada.",
    terkunci:
      "Perjanjian Kinerja ini sudah disetujui dan terkunci. Perubahan hanya melalui revisi dengan alasan.",
    dalamProses:
      "Perjanjian Kinerja ini sedang dalam proses persetujuan; kembalikan ke draf untuk mengubah isinya.",
    tambahIndikator: "Tambah indikator dari Renstra",
    renstraTahun: "Renstra",
    tambah: "Tambah",
    batasAtas: "Batas atas",
    semuaIndikator: "Semua indikator Renstra sudah ada di PK ini.",
    tanpaRenstra: "Belum ada Renstra yang meliputi tahun ini.",
    tambahProgram: "Tambah program dari DPA",
    anggaranPk: "Anggaran di PK (kosongkan: mengikuti DPA)",
    semuaProgram: "Semua program DPA sudah ada di PK ini.",
    buat: "Buat Perjanjian Kinerja",
    tingkat: "Tingkat",
    unit: "Unit kerja",
    jenisDpa: "DPA yang menjadi dasar",
    pilih: "— pilih —",
    tanpaDpa: "Belum ada DPA tahun ini; masukkan DPA sebelum menyusun Perjanjian Kinerja.",
    tanggalPetunjuk: "TTTT-BB-HH, boleh dikosongkan",
  },
  {
    judul: "Performance agreement",
    tanpaPk: "No performance agreement for this year yet.",
    kepala_daerah: "Head of region",
    pimpinan_opd: "Agency head",
    eselon_iii: "Echelon III",
    eselon_iv: "Echelon IV",
    pihakPertama: "First party",
    pihakKedua: "Second party",
    nama: "Name",
    jabatan: "Position",
    nip: "Civil service number",
    tempat: "Place",
    tanggal: "Date",
    dpa: "Budget (DPA)",
    murni: "original",
    perubahan: "revised",
    indikator: "Indicators and targets",
    kode: "Code",
    namaIndikator: "Indicator",
    target: "Agreement target",
    targetRenstra: "Plan target",
    program: "Programs and budgets",
    namaProgram: "Program",
    anggaran: "Budget",
    sumber: "Source",
    ikutDpa: "follows the DPA",
    dinyatakan: "written in the agreement",
    paguDpa: "DPA ceiling",
    tidakAdaDiDpa: "not in the DPA",
    tanpaIsi: "None yet.",
    terkunci: "This agreement is approved and locked. It can only change through a revision with a reason.",
    dalamProses: "This agreement is being approved; return it to draft to change it.",
    tambahIndikator: "Add an indicator from the strategic plan",
    renstraTahun: "Plan",
    tambah: "Add",
    batasAtas: "Upper bound",
    semuaIndikator: "Every plan indicator is already in this agreement.",
    tanpaRenstra: "No strategic plan covers this year yet.",
    tambahProgram: "Add a program from the DPA",
    anggaranPk: "Budget in the agreement (empty: follows the DPA)",
    semuaProgram: "Every DPA program is already in this agreement.",
    buat: "Create a performance agreement",
    tingkat: "Level",
    unit: "Work unit",
    jenisDpa: "Budget it rests on",
    pilih: "— choose —",
    tanpaDpa: "No DPA for this year yet; enter the DPA before drafting an agreement.",
    tanggalPetunjuk: "YYYY-MM-DD, may be left empty",
  },
);

type T = ReturnType<typeof kamus>;

/** What the PK builder shows. */
export type DataHalamanPk = {
  opd: { id: number; kode: string; nama: string };
  bahan: BahanPenyusunPk;
  pilihanTahun: number[];
  bolehUbah: boolean;
  pesan: string | null;
  kiriman: Kiriman | null;
};

const URUTAN_TINGKAT = ["kepala_daerah", "pimpinan_opd", "eselon_iii", "eselon_iv"] as const;

function Pihak(props: { t: T; judul: string; p: PkLayar["pihakPertama"] }) {
  return (
    <div>
      <span class="redup">{props.judul}</span>
      <b>{props.p.nama}</b>
      <span>{props.p.jabatan}</span>
      {props.p.nip && (
        <span class="redup">
          {props.t.nip} {props.p.nip}
        </span>
      )}
    </div>
  );
}

function IsiPk(props: { t: T; pk: PkLayar; bahan: BahanPenyusunPk }) {
  const { t, pk } = props;
  const renstraPer = new Map(props.bahan.indikator.map((i) => [i.kode, i]));
  const namaProgram = new Map(
    props.bahan.dpa.filter((d) => d.id === pk.dpa.id).flatMap((d) => d.program.map((p) => [p.kode, p.nama])),
  );
  return (
    <>
      <h3>{t.indikator}</h3>
      {pk.indikator.length === 0 ? (
        <p class="kosong">{t.tanpaIsi}</p>
      ) : (
        <table class="susun">
          <thead>
            <tr>
              <th scope="col">{t.kode}</th>
              <th scope="col">{t.namaIndikator}</th>
              <th scope="col" class="angka">
                {t.target}
              </th>
              <th scope="col" class="angka">
                {t.targetRenstra}
              </th>
            </tr>
          </thead>
          <tbody>
            {pk.indikator.map((i) => {
              const r = renstraPer.get(i.kode);
              return (
                <tr>
                  <td data-label={t.kode}>{i.kode}</td>
                  <td data-label={t.namaIndikator}>{i.nama}</td>
                  <td data-label={t.target} class="angka">
                    {teksTarget(i.target, i.targetAtas)} {i.satuan}
                  </td>
                  <td data-label={t.targetRenstra} class="angka">
                    {r ? teksTarget(r.target, r.targetAtas) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{t.program}</h3>
      {pk.program.length === 0 ? (
        <p class="kosong">{t.tanpaIsi}</p>
      ) : (
        <table class="susun">
          <thead>
            <tr>
              <th scope="col">{t.kode}</th>
              <th scope="col">{t.namaProgram}</th>
              <th scope="col" class="angka">
                {t.anggaran}
              </th>
              <th scope="col">{t.sumber}</th>
              <th scope="col" class="angka">
                {t.paguDpa}
              </th>
            </tr>
          </thead>
          <tbody>
            {pk.program.map((p) => (
              <tr>
                <td data-label={t.kode}>{p.kode}</td>
                <td data-label={t.namaProgram}>{namaProgram.get(p.kode) ?? p.keterangan ?? "—"}</td>
                <td data-label={t.anggaran} class="angka">
                  {p.anggaran === null ? "—" : formatRupiah(p.anggaran)}
                </td>
                <td data-label={t.sumber}>{p.sumberAnggaran === "dpa" ? t.ikutDpa : t.dinyatakan}</td>
                <td data-label={t.paguDpa} class="angka">
                  {p.anggaranDpa === null ? t.tidakAdaDiDpa : formatRupiah(p.anggaranDpa)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The Renstra indicators and DPA programs not yet in a PK: one add form (row) each. */
function calonPk(pk: PkLayar, bahan: BahanPenyusunPk) {
  const sudahInd = new Set(pk.indikator.map((i) => i.kode));
  const sudahProg = new Set(pk.program.map((p) => p.kode));
  return {
    calonInd: bahan.indikator.filter((i) => !sudahInd.has(i.kode)),
    calonProg: (bahan.dpa.find((x) => x.id === pk.dpa.id)?.program ?? []).filter(
      (p) => !sudahProg.has(p.kode),
    ),
  };
}

function FormIsiPk(props: { t: T; k: KonteksHalaman; kode: string; pk: PkLayar; d: DataHalamanPk }) {
  const { t, k, pk, d } = props;
  const { calonInd, calonProg } = calonPk(pk, d.bahan);
  return (
    <>
      <details open={d.kiriman?.formulir.startsWith(`pkind-${pk.id}-`)}>
        <summary>{t.tambahIndikator}</summary>
        {d.bahan.renstra === null && <p class="kosong">{t.tanpaRenstra}</p>}
        {d.bahan.renstra !== null && calonInd.length === 0 && <p class="kosong">{t.semuaIndikator}</p>}
        {calonInd.map((i) => {
          const f = `pkind-${pk.id}-${i.kode}`;
          const galat = galatUntuk(d.kiriman, f);
          const n = (nama: string, bawaan: string) => nilaiUntuk(d.kiriman, f, `${f}:${nama}`, bawaan);
          return (
            <Formulir
              aksi={JALUR.pkIndikator(props.kode, pk.id)}
              csrf={k.csrf}
              galat={galat}
              class="baris-pk"
            >
              <input type="hidden" name="indikatorKode" value={i.kode} />
              <p>
                <b>{i.kode}</b> {i.nama}
                {galat?.indikatorKode && (
                  <small class="galat" role="alert">
                    {" "}
                    {galat.indikatorKode}
                  </small>
                )}
              </p>
              <Bidang
                nama={`${f}:target`}
                kunciGalat="target"
                label={`${t.target} (${i.satuan})`}
                nilai={n("target", angkaIsian(i.target))}
                galat={galat}
                inputmode="decimal"
                petunjuk={`${t.renstraTahun} ${d.bahan.tahun}: ${teksTarget(i.target, i.targetAtas)} ${i.satuan}`}
                wajib
              />
              {i.targetAtas !== null && (
                <Bidang
                  nama={`${f}:targetAtas`}
                  kunciGalat="targetAtas"
                  label={t.batasAtas}
                  nilai={n("targetAtas", angkaIsian(i.targetAtas))}
                  galat={galat}
                  inputmode="decimal"
                />
              )}
              <button type="submit" class="kedua">
                {t.tambah}
              </button>
            </Formulir>
          );
        })}
      </details>
      <details open={d.kiriman?.formulir.startsWith(`pkprog-${pk.id}-`)}>
        <summary>{t.tambahProgram}</summary>
        {calonProg.length === 0 && <p class="kosong">{t.semuaProgram}</p>}
        {calonProg.map((p) => {
          const f = `pkprog-${pk.id}-${p.kode}`;
          const galat = galatUntuk(d.kiriman, f);
          return (
            <Formulir aksi={JALUR.pkProgram(props.kode, pk.id)} csrf={k.csrf} galat={galat} class="baris-pk">
              <input type="hidden" name="kode" value={p.kode} />
              <p>
                <b>{p.kode}</b> {p.nama}
                {galat?.kode && (
                  <small class="galat" role="alert">
                    {" "}
                    {galat.kode}
                  </small>
                )}
              </p>
              <Bidang
                nama={`${f}:anggaran`}
                kunciGalat="anggaran"
                label={t.anggaranPk}
                nilai={nilaiUntuk(d.kiriman, f, `${f}:anggaran`, "")}
                galat={galat}
                inputmode="numeric"
                petunjuk={`${t.paguDpa}: ${p.pagu === null ? "—" : formatRupiah(p.pagu)}`}
              />
              <button type="submit" class="kedua">
                {t.tambah}
              </button>
            </Formulir>
          );
        })}
      </details>
    </>
  );
}

/** The fields the create form shows beside an input (its year is hidden: a message about it goes on top). */
const BIDANG_BUAT_PK = [
  "tingkat",
  "unitKode",
  "dpaJenis",
  "pihakPertama.nama",
  "pihakPertama.jabatan",
  "pihakPertama.nip",
  "pihakKedua.nama",
  "pihakKedua.jabatan",
  "pihakKedua.nip",
  "tempat",
  "tanggal",
];

/** The message keys a form of the page shows (beside a field, or GALAT_UMUM at its top); none if it is absent. */
function kunciTerlihat(d: DataHalamanPk, pk: PkLayar | undefined): ReadonlySet<string> {
  const f = d.kiriman?.formulir ?? "";
  if (!d.bolehUbah) return new Set();
  if (f === "pk") return d.bahan.dpa.length > 0 ? new Set([GALAT_UMUM, ...BIDANG_BUAT_PK]) : new Set();
  if (pk?.status !== "draf") return new Set();
  const { calonInd, calonProg } = calonPk(pk, d.bahan);
  const ind = calonInd.find((i) => f === `pkind-${pk.id}-${i.kode}`);
  if (ind)
    return new Set([
      GALAT_UMUM,
      "indikatorKode",
      "target",
      ...(ind.targetAtas === null ? [] : ["targetAtas"]),
    ]);
  if (calonProg.some((p) => f === `pkprog-${pk.id}-${p.kode}`))
    return new Set([GALAT_UMUM, "kode", "anggaran"]);
  return new Set();
}

/**
 * The messages of a refused post that no field of the re-rendered page shows, and the PK whose section they
 * belong to (null: the top of the page). Why: the form may be gone (no row for a missing or unknown code, the
 * PK locked meanwhile, no DPA for the year) or the field hidden (the year), and a refusal must never go unseen.
 */
function galatTersisa(d: DataHalamanPk): { pkId: number | null; pesan: string[] } {
  const k = d.kiriman;
  if (!k) return { pkId: null, pesan: [] };
  const pk = d.bahan.pk.find(
    (p) => k.formulir.startsWith(`pkind-${p.id}-`) || k.formulir.startsWith(`pkprog-${p.id}-`),
  );
  const terlihat = kunciTerlihat(d, pk);
  const pesan = Object.entries(galatUntuk(k, k.formulir) ?? {})
    .filter(([kunci]) => !terlihat.has(kunci))
    .map(([, p]) => p);
  return { pkId: pk?.id ?? null, pesan };
}

function FormBuatPk(props: { t: T; k: KonteksHalaman; d: DataHalamanPk }) {
  const { t, k, d } = props;
  const b = d.bahan;
  const f = "pk";
  const galat = galatUntuk(d.kiriman, f);
  const n = (nama: string, bawaan: string) => nilaiUntuk(d.kiriman, f, nama, bawaan);
  if (b.dpa.length === 0) return <p class="kosong">{t.tanpaDpa}</p>;
  return (
    <Formulir aksi={TAUTAN.pk(d.opd.kode)} csrf={k.csrf} galat={galat}>
      <input type="hidden" name="tahun" value={String(b.tahun)} />
      <Pilihan
        nama="tingkat"
        label={t.tingkat}
        nilai={n("tingkat", "pimpinan_opd")}
        galat={galat}
        wajib
        pilihan={(["pimpinan_opd", "eselon_iii", "eselon_iv"] as const).map((x) => ({
          nilai: x,
          label: t[x],
        }))}
      />
      <Pilihan
        nama="unitKode"
        label={t.unit}
        nilai={n("unitKode", b.unit[0]?.kode ?? "")}
        galat={galat}
        wajib
        pilihan={b.unit.map((u) => ({ nilai: u.kode, label: u.nama }))}
      />
      <Pilihan
        nama="dpaJenis"
        label={t.jenisDpa}
        nilai={n("dpaJenis", b.dpa[b.dpa.length - 1]?.jenis ?? "")}
        galat={galat}
        wajib
        pilihan={b.dpa.map((x) => ({ nilai: x.jenis, label: `DPA ${t[x.jenis]} ${b.tahun}` }))}
      />
      <fieldset class="pihak-pk">
        <legend>{t.pihakPertama}</legend>
        <Bidang
          nama="pihakPertama.nama"
          label={t.nama}
          nilai={n("pihakPertama.nama", b.usulan.pihakPertama.nama)}
          galat={galat}
          wajib
        />
        <Bidang
          nama="pihakPertama.jabatan"
          label={t.jabatan}
          nilai={n("pihakPertama.jabatan", b.usulan.pihakPertama.jabatan)}
          galat={galat}
          wajib
        />
        <Bidang
          nama="pihakPertama.nip"
          label={t.nip}
          nilai={n("pihakPertama.nip", b.usulan.pihakPertama.nip)}
          galat={galat}
          inputmode="numeric"
        />
      </fieldset>
      <fieldset class="pihak-pk">
        <legend>{t.pihakKedua}</legend>
        <Bidang
          nama="pihakKedua.nama"
          label={t.nama}
          nilai={n("pihakKedua.nama", b.usulan.pihakKedua.nama)}
          galat={galat}
          wajib
        />
        <Bidang
          nama="pihakKedua.jabatan"
          label={t.jabatan}
          nilai={n("pihakKedua.jabatan", b.usulan.pihakKedua.jabatan)}
          galat={galat}
          wajib
        />
        <Bidang
          nama="pihakKedua.nip"
          label={t.nip}
          nilai={n("pihakKedua.nip", b.usulan.pihakKedua.nip)}
          galat={galat}
          inputmode="numeric"
        />
      </fieldset>
      <Bidang nama="tempat" label={t.tempat} nilai={n("tempat", b.usulan.tempat)} galat={galat} wajib />
      <Bidang
        nama="tanggal"
        label={t.tanggal}
        nilai={n("tanggal", "")}
        galat={galat}
        jenis="date"
        petunjuk={t.tanggalPetunjuk}
      />
      <button type="submit">{t.buat}</button>
    </Formulir>
  );
}

/**
 * The PK builder: the year's PKs per level with their workflow state, signatories, indicators (Renstra
 * target beside) and programs (DPA budget beside); for the perencana, forms to create and fill a draft PK.
 */
export function HalamanPk(props: { k: KonteksHalaman; d: DataHalamanPk }) {
  const { k, d } = props;
  const t = kamus(k.bahasa);
  const kode = d.opd.kode;
  const b = d.bahan;
  const urut = [...b.pk].sort(
    (x, y) => URUTAN_TINGKAT.indexOf(x.tingkat) - URUTAN_TINGKAT.indexOf(y.tingkat),
  );
  const lanjut = JALUR.pkTahun(kode, b.tahun);
  const lepas = galatTersisa(d);
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${d.opd.nama}`} opd={d.opd} aktif={TAUTAN.pk(kode)}>
      <h1>
        {t.judul} · {d.opd.nama} · {b.tahun}
      </h1>
      <Pemberitahuan pesan={d.pesan} />
      {lepas.pkId === null && <GalatLepas pesan={lepas.pesan} />}
      <PilihTahun aksi={TAUTAN.pk(kode)} tahun={b.tahun} pilihan={d.pilihanTahun} bahasa={k.bahasa} />
      {urut.length === 0 && (
        <section>
          <p class="kosong">{t.tanpaPk}</p>
        </section>
      )}
      {urut.map((pk) => (
        <section>
          <h2>
            {t[pk.tingkat]}: {pk.unit.nama}
          </h2>
          <TombolAlur
            objek="perjanjian_kinerja"
            id={pk.id}
            status={pk.status}
            kode={kode}
            lanjut={lanjut}
            k={k}
            opdId={d.opd.id}
            revisi={pk.revisi}
          />
          <FormRevisi
            objek="perjanjian_kinerja"
            id={pk.id}
            status={pk.status}
            kode={kode}
            lanjut={lanjut}
            k={k}
            opdId={d.opd.id}
          />
          {pk.status === "disetujui" && <p class="catatan-kunci">{t.terkunci}</p>}
          {lepas.pkId === pk.id && <GalatLepas pesan={lepas.pesan} />}
          <div class="kartu pihak-pk">
            <Pihak t={t} judul={t.pihakPertama} p={pk.pihakPertama} />
            <Pihak t={t} judul={t.pihakKedua} p={pk.pihakKedua} />
            <div>
              <span class="redup">
                {t.tempat}, {t.tanggal}
              </span>
              <b>
                {pk.tempat}
                {pk.tanggal ? `, ${pk.tanggal}` : ""}
              </b>
              <span>
                {t.dpa} {t[pk.dpa.jenis]}
              </span>
            </div>
          </div>
          <IsiPk t={t} pk={pk} bahan={b} />
          {d.bolehUbah && pk.status === "draf" && <FormIsiPk t={t} k={k} kode={kode} pk={pk} d={d} />}
          {d.bolehUbah && (pk.status === "diajukan" || pk.status === "diverifikasi") && (
            <p class="redup">{t.dalamProses}</p>
          )}
        </section>
      ))}
      {d.bolehUbah && (
        <section>
          <details open={d.kiriman?.formulir === "pk" || urut.length === 0}>
            <summary>
              <h2 class="sebaris">{t.buat}</h2>
            </summary>
            <FormBuatPk t={t} k={k} d={d} />
          </details>
        </section>
      )}
    </TataAplikasi>
  );
}
