import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { Formulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { LencanaStatus } from "../../workflow/views/tombol-alur.tsx";
import type { PkLayar } from "../pk-penyusun.service.ts";
import type { IndikatorPk } from "../planning.read.ts";
import { angkaIsian, galatUntuk, type Kiriman, nilaiUntuk, PilihTahun, teksTarget } from "./bersama.tsx";
import { JALUR } from "./jalur.ts";
import type { DataHalamanPk } from "./pk.tsx";

const kamus = buatKamus(
  {
    judul: "Rencana aksi",
    tanpaPk: "Belum ada Perjanjian Kinerja untuk tahun ini; rencana aksi disusun per indikator PK.",
    tanpaIndikator: "PK ini belum memiliki indikator.",
    kepala_daerah: "Kepala daerah",
    pimpinan_opd: "Pimpinan perangkat daerah",
    eselon_iii: "Eselon III",
    eselon_iv: "Eselon IV",
    targetTahun: "Target tahunan",
    triwulan: "Triwulan",
    target: "Target",
    uraian: "Uraian rencana aksi",
    simpan: "Simpan rencana aksi",
    petunjuk: "Triwulan yang dibiarkan kosong tidak disimpan. Tulis angka seperti 93,05.",
    terkunci: "PK ini sudah disetujui; rencana aksinya terkunci.",
    belum: "Belum diisi.",
  },
  {
    judul: "Action plan",
    tanpaPk: "No performance agreement for this year yet; the action plan is made per agreement indicator.",
    tanpaIndikator: "This agreement has no indicators yet.",
    kepala_daerah: "Head of region",
    pimpinan_opd: "Agency head",
    eselon_iii: "Echelon III",
    eselon_iv: "Echelon IV",
    targetTahun: "Yearly target",
    triwulan: "Quarter",
    target: "Target",
    uraian: "Planned action",
    simpan: "Save action plan",
    petunjuk: "Quarters left empty are not saved. Write numbers like 93,05.",
    terkunci: "This agreement is approved; its action plan is locked.",
    belum: "Not filled in.",
  },
);

type T = ReturnType<typeof kamus>;
const TRIWULAN = [1, 2, 3, 4] as const;

function TabelBaca(props: { t: T; ind: IndikatorPk }) {
  const { t } = props;
  if (props.ind.rencanaAksi.length === 0) return <p class="kosong">{t.belum}</p>;
  return (
    <table class="susun">
      <thead>
        <tr>
          <th scope="col">{t.triwulan}</th>
          <th scope="col" class="angka">
            {t.target}
          </th>
          <th scope="col">{t.uraian}</th>
        </tr>
      </thead>
      <tbody>
        {props.ind.rencanaAksi.map((x) => (
          <tr>
            <td data-label={t.triwulan}>{x.triwulan}</td>
            <td data-label={t.target} class="angka">
              {x.target === null ? "—" : formatAngka(x.target)}
            </td>
            <td data-label={t.uraian}>{x.uraian}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FormAksi(props: {
  t: T;
  k: KonteksHalaman;
  kode: string;
  ind: IndikatorPk;
  kiriman: Kiriman | null;
}) {
  const { t, ind } = props;
  const f = `ra-${ind.id}`;
  const galat = galatUntuk(props.kiriman, f);
  const per = new Map(ind.rencanaAksi.map((x) => [x.triwulan, x]));
  return (
    <Formulir aksi={JALUR.rencanaAksi(props.kode, ind.id)} csrf={props.k.csrf} galat={galat}>
      <p class="redup">{t.petunjuk}</p>
      <table class="susun grid-isian ra-grid">
        <thead>
          <tr>
            <th scope="col">{t.triwulan}</th>
            <th scope="col">{t.target}</th>
            <th scope="col">{t.uraian}</th>
          </tr>
        </thead>
        <tbody>
          {TRIWULAN.map((tw) => {
            const idT = `f-ra-${ind.id}-target-${tw}`;
            const idU = `f-ra-${ind.id}-uraian-${tw}`;
            const gT = galat?.[`target-${tw}`];
            const gU = galat?.[`uraian-${tw}`];
            return (
              <tr>
                <th scope="row">{tw}</th>
                <td data-label={`${t.target} ${t.triwulan} ${tw}`}>
                  <label for={idT} class="pr-sr">
                    {`${t.target} ${t.triwulan} ${tw}`}
                  </label>
                  <input
                    id={idT}
                    name={`target-${tw}`}
                    inputmode="decimal"
                    aria-invalid={gT ? "true" : undefined}
                    value={nilaiUntuk(props.kiriman, f, `target-${tw}`, angkaIsian(per.get(tw)?.target))}
                  />
                  {gT && (
                    <small class="galat" role="alert">
                      {gT}
                    </small>
                  )}
                </td>
                <td data-label={`${t.uraian} ${t.triwulan} ${tw}`}>
                  <label for={idU} class="pr-sr">
                    {`${t.uraian} ${t.triwulan} ${tw}`}
                  </label>
                  <textarea id={idU} name={`uraian-${tw}`} rows={2} aria-invalid={gU ? "true" : undefined}>
                    {nilaiUntuk(props.kiriman, f, `uraian-${tw}`, per.get(tw)?.uraian)}
                  </textarea>
                  {gU && (
                    <small class="galat" role="alert">
                      {gU}
                    </small>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit">{t.simpan}</button>
    </Formulir>
  );
}

function GalatTerkunci(props: { kiriman: Kiriman | null; ind: IndikatorPk }) {
  const pesan = Object.values(galatUntuk(props.kiriman, `ra-${props.ind.id}`) ?? {});
  return (
    <>
      {pesan.map((p) => (
        <p class="galat-umum" role="alert">
          {p}
        </p>
      ))}
    </>
  );
}

function BagianPk(props: { t: T; k: KonteksHalaman; d: DataHalamanPk; pk: PkLayar }) {
  const { t, k, d, pk } = props;
  const bisaUbah = d.bolehUbah && pk.status === "draf";
  return (
    <section>
      <h2>
        {t[pk.tingkat]}: {pk.unit.nama}
      </h2>
      <LencanaStatus status={pk.status} k={k} revisi={pk.revisi} />
      {pk.status === "disetujui" && <p class="catatan-kunci">{t.terkunci}</p>}
      {pk.indikator.length === 0 && <p class="kosong">{t.tanpaIndikator}</p>}
      {pk.indikator.map((ind) => (
        <>
          <h3>
            {ind.kode}. {ind.nama}
          </h3>
          <p class="redup">
            {t.targetTahun}: {teksTarget(ind.target, ind.targetAtas)} {ind.satuan}
          </p>
          {bisaUbah ? (
            <FormAksi t={t} k={k} kode={d.opd.kode} ind={ind} kiriman={d.kiriman} />
          ) : (
            <>
              <GalatTerkunci kiriman={d.kiriman} ind={ind} />
              <TabelBaca t={t} ind={ind} />
            </>
          )}
        </>
      ))}
    </section>
  );
}

/** The quarterly rencana aksi of every PK indicator of a year, one form per indicator for the perencana. */
export function HalamanRencanaAksi(props: { k: KonteksHalaman; d: DataHalamanPk }) {
  const { k, d } = props;
  const t = kamus(k.bahasa);
  const kode = d.opd.kode;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${d.opd.nama}`} opd={d.opd} aktif={TAUTAN.rencanaAksi(kode)}>
      <h1>
        {t.judul} · {d.opd.nama} · {d.bahan.tahun}
      </h1>
      <Pemberitahuan pesan={d.pesan} />
      <PilihTahun
        aksi={TAUTAN.rencanaAksi(kode)}
        tahun={d.bahan.tahun}
        pilihan={d.pilihanTahun}
        bahasa={k.bahasa}
      />
      {d.bahan.pk.length === 0 && (
        <section>
          <p class="kosong">{t.tanpaPk}</p>
        </section>
      )}
      {d.bahan.pk.map((pk) => (
        <BagianPk t={t} k={k} d={d} pk={pk} />
      ))}
    </TataAplikasi>
  );
}
