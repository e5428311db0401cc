import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { AreaTeks, Bidang, Formulir, Pemberitahuan, Pilihan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { IndikatorRenstra, PohonRenstra } from "../planning.read.ts";
import type { RingkasRenstra } from "../renstra-daftar.service.ts";
import { angkaIsian, galatUntuk, type Kiriman, nilaiUntuk, teksTarget } from "./bersama.tsx";
import { BidangPaspor } from "./bidang-paspor.tsx";
import { JALUR } from "./jalur.ts";

const kamus = buatKamus(
  {
    judul: "Renstra",
    periode: "Periode Renstra",
    tampilkan: "Tampilkan",
    belumAda: "Perangkat daerah ini belum memiliki Renstra.",
    buatRenstra: "Buat Renstra",
    buatRenstraLain: "Buat Renstra periode lain",
    namaRenstra: "Nama Renstra",
    tahunAwal: "Tahun awal",
    tahunAkhir: "Tahun akhir",
    rpjmd: "Tahun awal RPJMD acuan (kosongkan bila tidak ada)",
    tujuan: "Tujuan",
    sasaran: "Sasaran",
    indikatorTujuan: "Indikator tujuan",
    kode: "Kode",
    indikator: "Indikator",
    satuan: "Satuan",
    iku: "IKU",
    ya: "Ya",
    paspor: "Paspor",
    lihat: "Lihat",
    tanpaIndikator: "Belum ada indikator.",
    tanpaTujuan: "Renstra ini belum memiliki tujuan.",
    aturTarget: "Atur target per tahun",
    target: "Target",
    batasAtas: "Batas atas (target rentang)",
    petunjukTarget: "Tulis angka seperti 93,05. Isi batas atas hanya untuk target rentang.",
    simpanTarget: "Simpan target",
    tambahTujuan: "Tambah tujuan",
    uraian: "Uraian",
    kodeRpjmdTujuan: "Kode tujuan RPJMD (bila ada)",
    tambahSasaran: "Tambah sasaran",
    diBawahTujuan: "Di bawah tujuan",
    tambahIndikator: "Tambah indikator",
    induk: "Indikator untuk",
    pilih: "— pilih —",
    simpan: "Simpan",
    tanpaSasaranInduk: "Indikator tingkat sasaran tanpa sasaran (dari data impor)",
  },
  {
    judul: "Strategic plan",
    periode: "Plan period",
    tampilkan: "Show",
    belumAda: "This agency has no strategic plan yet.",
    buatRenstra: "Create strategic plan",
    buatRenstraLain: "Create a plan for another period",
    namaRenstra: "Plan name",
    tahunAwal: "First year",
    tahunAkhir: "Last year",
    rpjmd: "First year of the RPJMD it follows (leave empty if none)",
    tujuan: "Goal",
    sasaran: "Objective",
    indikatorTujuan: "Goal indicators",
    kode: "Code",
    indikator: "Indicator",
    satuan: "Unit",
    iku: "Key",
    ya: "Yes",
    paspor: "Passport",
    lihat: "View",
    tanpaIndikator: "No indicators yet.",
    tanpaTujuan: "This plan has no goals yet.",
    aturTarget: "Set targets per year",
    target: "Target",
    batasAtas: "Upper bound (range target)",
    petunjukTarget: "Write numbers like 93,05. Fill the upper bound only for a range target.",
    simpanTarget: "Save targets",
    tambahTujuan: "Add a goal",
    uraian: "Description",
    kodeRpjmdTujuan: "RPJMD goal code (if any)",
    tambahSasaran: "Add an objective",
    diBawahTujuan: "Under goal",
    tambahIndikator: "Add an indicator",
    induk: "Indicator of",
    pilih: "— choose —",
    simpan: "Save",
    tanpaSasaranInduk: "Objective-level indicators without an objective (imported data)",
  },
);

/** What the Renstra editor shows. */
export type DataHalamanRenstra = {
  opd: { id: number; kode: string; nama: string };
  daftar: RingkasRenstra[];
  pohon: PohonRenstra | null;
  unit: { kode: string; nama: string }[];
  bolehUbah: boolean;
  pesan: string | null;
  kiriman: Kiriman | null;
};

type T = ReturnType<typeof kamus>;

function tahunPeriode(p: PohonRenstra): number[] {
  const hasil: number[] = [];
  for (let th = p.renstra.tahunAwal; th <= p.renstra.tahunAkhir; th += 1) hasil.push(th);
  return hasil;
}

function FormTarget(props: {
  t: T;
  k: KonteksHalaman;
  kode: string;
  ind: IndikatorRenstra;
  tahun: number[];
  kiriman: Kiriman | null;
}) {
  const { t, ind } = props;
  const f = `target-${ind.id}`;
  const galat = galatUntuk(props.kiriman, f);
  const per = new Map(ind.target.map((x) => [x.tahun, x]));
  return (
    <details open={galat !== undefined}>
      <summary>
        {t.aturTarget}: {ind.kode}
      </summary>
      <Formulir aksi={JALUR.target(props.kode, ind.id)} csrf={props.k.csrf} galat={galat}>
        <p class="redup">{t.petunjukTarget}</p>
        <table class="susun grid-isian">
          <thead>
            <tr>
              <th scope="col">{t.target}</th>
              {props.tahun.map((th) => (
                <th scope="col">{th}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(["target", "targetAtas"] as const).map((jenis) => (
              <tr>
                <th scope="row">{jenis === "target" ? t.target : t.batasAtas}</th>
                {props.tahun.map((th) => {
                  const nama = `${jenis}-${th}`;
                  const tersimpan = jenis === "target" ? per.get(th)?.target : per.get(th)?.targetAtas;
                  const pesan = galat?.[nama];
                  return (
                    <td data-label={`${jenis === "target" ? t.target : t.batasAtas} ${th}`}>
                      <input
                        id={`f-${ind.id}-${nama}`}
                        name={nama}
                        inputmode="decimal"
                        aria-label={`${jenis === "target" ? t.target : t.batasAtas} ${th}`}
                        aria-invalid={pesan ? "true" : undefined}
                        value={nilaiUntuk(props.kiriman, f, nama, angkaIsian(tersimpan))}
                      />
                      {pesan && (
                        <small class="galat" role="alert">
                          {pesan}
                        </small>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">{t.simpanTarget}</button>
      </Formulir>
    </details>
  );
}

function TabelIndikator(props: {
  t: T;
  k: KonteksHalaman;
  kode: string;
  judul: string;
  indikator: IndikatorRenstra[];
  tahun: number[];
  bolehUbah: boolean;
  kiriman: Kiriman | null;
}) {
  const { t } = props;
  if (props.indikator.length === 0) return <p class="kosong">{t.tanpaIndikator}</p>;
  return (
    <>
      <table class="susun">
        <caption class="redup">{props.judul}</caption>
        <thead>
          <tr>
            <th scope="col">{t.kode}</th>
            <th scope="col">{t.indikator}</th>
            <th scope="col">{t.satuan}</th>
            <th scope="col">{t.iku}</th>
            {props.tahun.map((th) => (
              <th scope="col" class="angka">
                {th}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.indikator.map((ind) => {
            const per = new Map(ind.target.map((x) => [x.tahun, x]));
            return (
              <tr>
                <td data-label={t.kode}>{ind.kode}</td>
                <td data-label={t.indikator}>
                  <a href={JALUR.indikator(props.kode, ind.id)}>{ind.nama}</a>
                </td>
                <td data-label={t.satuan}>{ind.satuan}</td>
                <td data-label={t.iku}>{ind.iku ? t.ya : "—"}</td>
                {props.tahun.map((th) => {
                  const x = per.get(th);
                  return (
                    <td data-label={String(th)} class="angka">
                      {x ? teksTarget(x.target, x.targetAtas) : "—"}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.bolehUbah &&
        props.indikator.map((ind) => (
          <FormTarget
            t={t}
            k={props.k}
            kode={props.kode}
            ind={ind}
            tahun={props.tahun}
            kiriman={props.kiriman}
          />
        ))}
    </>
  );
}

function FormRenstra(props: { t: T; k: KonteksHalaman; kode: string; kiriman: Kiriman | null }) {
  const { t } = props;
  const f = "renstra";
  const galat = galatUntuk(props.kiriman, f);
  const n = (nama: string) => nilaiUntuk(props.kiriman, f, nama, "");
  return (
    <Formulir aksi={TAUTAN.renstra(props.kode)} csrf={props.k.csrf} galat={galat}>
      <Bidang
        nama="rs.nama"
        kunciGalat="nama"
        label={t.namaRenstra}
        nilai={n("rs.nama")}
        galat={galat}
        wajib
      />
      <Bidang
        nama="rs.tahunAwal"
        kunciGalat="tahunAwal"
        label={t.tahunAwal}
        nilai={n("rs.tahunAwal")}
        galat={galat}
        inputmode="numeric"
        wajib
      />
      <Bidang
        nama="rs.tahunAkhir"
        kunciGalat="tahunAkhir"
        label={t.tahunAkhir}
        nilai={n("rs.tahunAkhir")}
        galat={galat}
        inputmode="numeric"
        wajib
      />
      <Bidang
        nama="rs.rpjmdTahunAwal"
        kunciGalat="rpjmdTahunAwal"
        label={t.rpjmd}
        nilai={n("rs.rpjmdTahunAwal")}
        galat={galat}
        inputmode="numeric"
      />
      <button type="submit">{t.buatRenstra}</button>
    </Formulir>
  );
}

function FormTambah(props: {
  t: T;
  k: KonteksHalaman;
  kode: string;
  p: PohonRenstra;
  d: DataHalamanRenstra;
}) {
  const { t, p, d } = props;
  const rid = p.renstra.id;
  const gTujuan = galatUntuk(d.kiriman, "tujuan");
  const gSasaran = galatUntuk(d.kiriman, "sasaran");
  const gIndikator = galatUntuk(d.kiriman, "indikator");
  const n = (f: string) => (nama: string) => nilaiUntuk(d.kiriman, f, nama, "");
  const induk = [
    ...p.tujuan.map((x) => ({ nilai: `tujuan:${x.kode}`, label: `${t.tujuan} ${x.kode}` })),
    ...p.tujuan.flatMap((x) =>
      x.sasaran.map((s) => ({ nilai: `sasaran:${s.kode}`, label: `${t.sasaran} ${s.kode}` })),
    ),
  ];
  return (
    <>
      <section>
        <details open={gTujuan !== undefined}>
          <summary>
            <h2 class="sebaris">{t.tambahTujuan}</h2>
          </summary>
          <Formulir aksi={JALUR.tujuan(props.kode, rid)} csrf={props.k.csrf} galat={gTujuan}>
            <Bidang
              nama="tj.kode"
              kunciGalat="kode"
              label={t.kode}
              nilai={n("tujuan")("tj.kode")}
              galat={gTujuan}
              wajib
            />
            <AreaTeks
              nama="tj.uraian"
              kunciGalat="uraian"
              label={t.uraian}
              nilai={n("tujuan")("tj.uraian")}
              galat={gTujuan}
              baris={2}
              wajib
            />
            {p.renstra.rpjmdId !== null && (
              <Bidang
                nama="tj.rpjmdTujuanKode"
                kunciGalat="rpjmdTujuanKode"
                label={t.kodeRpjmdTujuan}
                nilai={n("tujuan")("tj.rpjmdTujuanKode")}
                galat={gTujuan}
              />
            )}
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </details>
      </section>
      {p.tujuan.length > 0 && (
        <section>
          <details open={gSasaran !== undefined}>
            <summary>
              <h2 class="sebaris">{t.tambahSasaran}</h2>
            </summary>
            <Formulir aksi={JALUR.sasaran(props.kode, rid)} csrf={props.k.csrf} galat={gSasaran}>
              <Pilihan
                nama="ss.tujuanKode"
                kunciGalat="tujuanKode"
                label={t.diBawahTujuan}
                nilai={n("sasaran")("ss.tujuanKode")}
                galat={gSasaran}
                kosong={t.pilih}
                wajib
                pilihan={p.tujuan.map((x) => ({ nilai: x.kode, label: `${x.kode}. ${x.uraian}` }))}
              />
              <Bidang
                nama="ss.kode"
                kunciGalat="kode"
                label={t.kode}
                nilai={n("sasaran")("ss.kode")}
                galat={gSasaran}
                wajib
              />
              <AreaTeks
                nama="ss.uraian"
                kunciGalat="uraian"
                label={t.uraian}
                nilai={n("sasaran")("ss.uraian")}
                galat={gSasaran}
                baris={2}
                wajib
              />
              <button type="submit">{t.simpan}</button>
            </Formulir>
          </details>
        </section>
      )}
      {p.tujuan.length > 0 && (
        <section>
          <details open={gIndikator !== undefined}>
            <summary>
              <h2 class="sebaris">{t.tambahIndikator}</h2>
            </summary>
            <Formulir aksi={JALUR.indikatorBaru(props.kode, rid)} csrf={props.k.csrf} galat={gIndikator}>
              <Pilihan
                nama="ind.induk"
                kunciGalat="induk"
                label={t.induk}
                nilai={n("indikator")("ind.induk")}
                galat={gIndikator}
                kosong={t.pilih}
                wajib
                pilihan={induk}
              />
              <Bidang
                nama="ind.kode"
                kunciGalat="kode"
                label={t.kode}
                nilai={n("indikator")("ind.kode")}
                galat={gIndikator}
                wajib
              />
              <BidangPaspor
                awalan="ind."
                nilai={n("indikator")}
                galat={gIndikator}
                unit={d.unit}
                bahasa={props.k.bahasa}
              />
              <button type="submit">{t.simpan}</button>
            </Formulir>
          </details>
        </section>
      )}
    </>
  );
}

/** The Renstra editor: the tree tujuan → sasaran → indikator with targets per year, and the forms to grow it. */
export function HalamanRenstra(props: { k: KonteksHalaman; d: DataHalamanRenstra }) {
  const { k, d } = props;
  const t = kamus(k.bahasa);
  const p = d.pohon;
  const tahun = p ? tahunPeriode(p) : [];
  const kode = d.opd.kode;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${d.opd.nama}`} opd={d.opd} aktif={TAUTAN.renstra(kode)}>
      <h1>
        {t.judul} · {d.opd.nama}
      </h1>
      <Pemberitahuan pesan={d.pesan} />
      {d.daftar.length > 1 && p && (
        <form method="get" action={TAUTAN.renstra(kode)} class="filter">
          <div class="bidang">
            <label for="f-renstra">{t.periode}</label>
            <select id="f-renstra" name="renstra">
              {d.daftar.map((r) => (
                <option value={String(r.id)} selected={r.id === p.renstra.id}>
                  {`${r.tahunAwal}–${r.tahunAkhir} · ${r.nama}`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="kedua">
            {t.tampilkan}
          </button>
        </form>
      )}
      {!p && (
        <section>
          <p class="kosong">{t.belumAda}</p>
          {d.bolehUbah && <FormRenstra t={t} k={k} kode={kode} kiriman={d.kiriman} />}
        </section>
      )}
      {p && (
        <>
          <h2>
            {p.renstra.nama} ({p.renstra.tahunAwal}–{p.renstra.tahunAkhir})
          </h2>
          {p.tujuan.length === 0 && <p class="kosong">{t.tanpaTujuan}</p>}
          {p.tujuan.map((tj) => (
            <section>
              <h2>
                {t.tujuan} {tj.kode}. {tj.uraian}
              </h2>
              {tj.indikator.length > 0 && (
                <TabelIndikator
                  t={t}
                  k={k}
                  kode={kode}
                  judul={t.indikatorTujuan}
                  indikator={tj.indikator}
                  tahun={tahun}
                  bolehUbah={d.bolehUbah}
                  kiriman={d.kiriman}
                />
              )}
              {tj.sasaran.map((s) => (
                <>
                  <h3>
                    {t.sasaran} {s.kode}. {s.uraian}
                  </h3>
                  <TabelIndikator
                    t={t}
                    k={k}
                    kode={kode}
                    judul={`${t.sasaran} ${s.kode}`}
                    indikator={s.indikator}
                    tahun={tahun}
                    bolehUbah={d.bolehUbah}
                    kiriman={d.kiriman}
                  />
                </>
              ))}
            </section>
          ))}
          {p.indikatorTanpaSasaran.length > 0 && (
            <section>
              <h2>{t.tanpaSasaranInduk}</h2>
              <TabelIndikator
                t={t}
                k={k}
                kode={kode}
                judul={t.tanpaSasaranInduk}
                indikator={p.indikatorTanpaSasaran}
                tahun={tahun}
                bolehUbah={d.bolehUbah}
                kiriman={d.kiriman}
              />
            </section>
          )}
          {d.bolehUbah && <FormTambah t={t} k={k} kode={kode} p={p} d={d} />}
          {d.bolehUbah && (
            <section>
              <details open={d.kiriman?.formulir === "renstra"}>
                <summary>
                  <h2 class="sebaris">{t.buatRenstraLain}</h2>
                </summary>
                <FormRenstra t={t} k={k} kode={kode} kiriman={d.kiriman} />
              </details>
            </section>
          )}
        </>
      )}
    </TataAplikasi>
  );
}
