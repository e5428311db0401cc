import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka, formatPersen, formatRupiah, formatTanggal } from "../../../platform/number-format.ts";
import {
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { HasilSerapan } from "../anggaran.domain.ts";
import type { PilihanKode, PohonDpaLayar, VersiDpa } from "../dpa-layar.service.ts";

/** The words of the DPA screen, in both languages. */
export const teksDpa = buatKamus(
  {
    judul: "DPA dan pohon program",
    tahun: "Tahun",
    jenis: "Jenis DPA",
    murni: "Murni",
    perubahan: "Perubahan",
    tampilkan: "Tampilkan",
    versi: "Versi DPA tahun ini",
    nomor: "Nomor",
    tanggal: "Tanggal pengesahan",
    berlaku: "berlaku",
    belumAda: "Belum ada DPA yang tercatat untuk tahun ini.",
    pagu: "Pagu",
    realisasi: "Realisasi",
    serapan: "Serapan",
    kode: "Kode",
    uraian: "Program / kegiatan / sub kegiatan",
    keluaran: "Keluaran (indikator, target)",
    jumlah: "Jumlah",
    tertulis: "Tertulis di dokumen",
    selisih: "selisih",
    tidakDapat: "tidak dapat dihitung",
    catatanJumlah: "Pagu program dan kegiatan adalah jumlah sub kegiatannya; yang tertulis berbeda ditandai.",
    buatVersi: "Catat versi DPA",
    simpanVersi: "Simpan versi DPA",
    tambahProgram: "Tambah program",
    tambahKegiatan: "Tambah kegiatan",
    tambahSub: "Tambah sub kegiatan",
    kodeNomenklatur: "Kode dari nomenklatur",
    pilihKode: "— pilih kode —",
    paguDinyatakan: "Pagu tertulis di DPA (boleh kosong)",
    petunjukPaguDinyatakan: "Hanya untuk dibandingkan; pagu dihitung dari sub kegiatan.",
    petunjukRupiah: "Rupiah bulat, misalnya Rp 12.500.000 atau 12.500.000",
    target: "Target",
    satuan: "Satuan",
    indikator: "Indikator keluaran (kosong: dari nomenklatur)",
    simpan: "Simpan",
    tidakAdaPilihan: "Semua kode yang dapat ditambahkan sudah ada di DPA ini.",
    rincian: "rincian",
  },
  {
    judul: "Budget (DPA) and programme tree",
    tahun: "Year",
    jenis: "DPA version",
    murni: "Original",
    perubahan: "Amended",
    tampilkan: "Show",
    versi: "DPA versions of this year",
    nomor: "Number",
    tanggal: "Date approved",
    berlaku: "in force",
    belumAda: "No DPA has been recorded for this year yet.",
    pagu: "Budget",
    realisasi: "Spent",
    serapan: "Absorption",
    kode: "Code",
    uraian: "Programme / activity / sub-activity",
    keluaran: "Output (indicator, target)",
    jumlah: "Total",
    tertulis: "Printed in the document",
    selisih: "difference",
    tidakDapat: "cannot be computed",
    catatanJumlah:
      "Programme and activity budgets are the sums of their sub-activities; printed totals that differ are flagged.",
    buatVersi: "Record a DPA version",
    simpanVersi: "Save DPA version",
    tambahProgram: "Add a programme",
    tambahKegiatan: "Add an activity",
    tambahSub: "Add a sub-activity",
    kodeNomenklatur: "Code from the nomenclature",
    pilihKode: "— choose a code —",
    paguDinyatakan: "Budget printed in the DPA (optional)",
    petunjukPaguDinyatakan: "Only for comparison; the budget is computed from sub-activities.",
    petunjukRupiah: "Whole rupiah, e.g. Rp 12.500.000 or 12.500.000",
    target: "Target",
    satuan: "Unit",
    indikator: "Output indicator (empty: from the nomenclature)",
    simpan: "Save",
    tidakAdaPilihan: "Every code that can be added is already in this DPA.",
    rincian: "details",
  },
);

/** Which form of the page was refused, with its messages and what the person typed. */
export type GagalDpa = {
  form: "versi" | "program" | "kegiatan" | "sub_kegiatan";
  galat: GalatFormulir;
  isian: Record<string, string>;
};

function Serapan(props: { s: HasilSerapan; tidakDapat: string }) {
  return props.s.status === "dihitung" ? (
    <span>{formatPersen(props.s.persen)}</span>
  ) : (
    <span class="redup" title={props.s.alasan}>
      {props.tidakDapat}
    </span>
  );
}

function Keluaran(props: { indikator: string | null; target: string | null; satuan: string | null }) {
  const target = props.target === null ? null : `${formatAngka(props.target)} ${props.satuan ?? ""}`.trim();
  if (props.indikator === null && target === null) return <span class="kosong">—</span>;
  return (
    <>
      {props.indikator}
      {props.indikator !== null && target !== null && <br />}
      {target}
    </>
  );
}

function Tertulis(props: { dinyatakan: bigint | null; dihitung: bigint; t: ReturnType<typeof teksDpa> }) {
  if (props.dinyatakan === null || props.dinyatakan === props.dihitung) return null;
  return (
    <>
      <br />
      <small class="dpa-selisih">
        {props.t.tertulis}: {formatRupiah(props.dinyatakan)} ({props.t.selisih}{" "}
        {formatRupiah(props.dinyatakan - props.dihitung)})
      </small>
    </>
  );
}

/**
 * A refused form's messages at the top of the page, when that form is not on the re-rendered page (a year
 * without a DPA has no tree to add to): a refusal must never go unseen.
 */
function GalatAtas(props: { galat: GalatFormulir }) {
  return (
    <>
      {Object.values(props.galat).map((p) => (
        <p class="galat-umum" role="alert">
          {p}
        </p>
      ))}
    </>
  );
}

function FormNode(props: {
  k: KonteksHalaman;
  kodeOpd: string;
  dpaId: number;
  tingkat: "program" | "kegiatan" | "sub_kegiatan";
  judul: string;
  pilihan: PilihanKode[];
  gagal: GagalDpa | null;
  t: ReturnType<typeof teksDpa>;
}) {
  const { t } = props;
  const g = props.gagal?.form === props.tingkat ? props.gagal : null;
  const isian = g?.isian ?? {};
  const awalan = props.tingkat === "sub_kegiatan" ? "s" : props.tingkat === "kegiatan" ? "k" : "p";
  return (
    <section id={`tambah-${awalan}`}>
      <h2>{props.judul}</h2>
      {props.pilihan.length === 0 && !g ? (
        <p class="kosong">{t.tidakAdaPilihan}</p>
      ) : (
        <Formulir
          aksi={`${TAUTAN.dpa(props.kodeOpd)}/${props.tingkat.replace("_", "-")}`}
          csrf={props.k.csrf}
          galat={g?.galat}
        >
          <input type="hidden" name="dpaId" value={String(props.dpaId)} />
          <Pilihan
            nama={`${awalan}_kode`}
            kunciGalat="kode"
            label={t.kodeNomenklatur}
            wajib
            kosong={t.pilihKode}
            nilai={isian.kode}
            galat={g?.galat}
            pilihan={props.pilihan.map((p) => ({ nilai: p.kode, label: `${p.kode} ${p.nama}` }))}
          />
          {props.tingkat === "sub_kegiatan" ? (
            <Bidang
              nama={`${awalan}_pagu`}
              kunciGalat="pagu"
              label={t.pagu}
              wajib
              inputmode="numeric"
              petunjuk={t.petunjukRupiah}
              nilai={isian.pagu}
              galat={g?.galat}
            />
          ) : (
            <Bidang
              nama={`${awalan}_paguDinyatakan`}
              kunciGalat="paguDinyatakan"
              label={t.paguDinyatakan}
              inputmode="numeric"
              petunjuk={t.petunjukPaguDinyatakan}
              nilai={isian.paguDinyatakan}
              galat={g?.galat}
            />
          )}
          {props.tingkat === "sub_kegiatan" && (
            <Bidang
              nama={`${awalan}_indikatorKeluaran`}
              kunciGalat="indikatorKeluaran"
              label={t.indikator}
              nilai={isian.indikatorKeluaran}
              galat={g?.galat}
            />
          )}
          <div class="baris-bidang">
            <Bidang
              nama={`${awalan}_target`}
              kunciGalat="target"
              label={t.target}
              inputmode="decimal"
              nilai={isian.target}
              galat={g?.galat}
            />
            <Bidang
              nama={`${awalan}_satuan`}
              kunciGalat="satuan"
              label={t.satuan}
              nilai={isian.satuan}
              galat={g?.galat}
            />
          </div>
          <button type="submit">{t.simpan}</button>
        </Formulir>
      )}
    </section>
  );
}

/** The DPA screen: the year's versions, the tree of the chosen one with sums and flags, and the entry forms. */
export function HalamanDpa(props: {
  k: KonteksHalaman;
  opd: { kode: string; nama: string };
  tahun: number;
  versi: VersiDpa[];
  /** the version whose tree is shown (null when the year has none) */
  pohon: PohonDpaLayar | null;
  /** the version in force (perubahan over murni) */
  idBerlaku: number | null;
  pilihan: Record<"program" | "kegiatan" | "sub_kegiatan", PilihanKode[]> | null;
  bolehUbah: boolean;
  gagal: GagalDpa | null;
  pesan: string | null;
}) {
  const t = teksDpa(props.k.bahasa);
  const { pohon } = props;
  const dasar = TAUTAN.dpa(props.opd.kode);
  const gVersi = props.gagal?.form === "versi" ? props.gagal : null;
  // the refused form is shown again with what was typed; the version form even when the year is full
  const formVersi = props.bolehUbah && (props.versi.length < 2 || gVersi !== null);
  const formNode = props.bolehUbah && pohon !== null && props.pilihan !== null;
  const gagalTanpaForm =
    props.gagal && !(props.gagal.form === "versi" ? formVersi : formNode) ? props.gagal : null;
  return (
    <>
      <h1>
        {t.judul} · {props.opd.nama} {props.tahun}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      {gagalTanpaForm && <GalatAtas galat={gagalTanpaForm.galat} />}
      <form method="get" action={dasar} class="filter">
        <div class="bidang">
          <label for="f-tahun">{t.tahun}</label>
          <input id="f-tahun" name="tahun" type="number" value={String(props.tahun)} min="2000" max="2200" />
        </div>
        {props.versi.length > 1 && (
          <div class="bidang">
            <label for="f-jenis">{t.jenis}</label>
            <select id="f-jenis" name="jenis">
              {props.versi.map((v) => (
                <option value={v.jenis} selected={pohon?.dpa.id === v.id}>
                  {t[v.jenis]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="bidang">
          <button type="submit" class="kedua">
            {t.tampilkan}
          </button>
        </div>
      </form>
      <section>
        <h2>{t.versi}</h2>
        {props.versi.length === 0 ? (
          <p class="kosong">{t.belumAda}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th>{t.jenis}</th>
                <th>{t.nomor}</th>
                <th>{t.tanggal}</th>
              </tr>
            </thead>
            <tbody>
              {props.versi.map((v) => (
                <tr>
                  <td data-label={t.jenis}>
                    <a
                      href={`${dasar}?tahun=${props.tahun}&jenis=${v.jenis}`}
                      aria-current={pohon?.dpa.id === v.id ? "true" : undefined}
                    >
                      {t[v.jenis]}
                    </a>
                    {v.id === props.idBerlaku && <span class="redup"> ({t.berlaku})</span>}
                  </td>
                  <td data-label={t.nomor}>{v.nomor ?? "—"}</td>
                  <td data-label={t.tanggal}>
                    {v.tanggalPengesahan ? formatTanggal(v.tanggalPengesahan) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {pohon && (
        <>
          <div class="kartu">
            <div>
              <span class="redup">
                {t.pagu} (DPA {t[pohon.dpa.jenis].toLowerCase()})
              </span>
              <b id="total-pagu">{formatRupiah(pohon.total.pagu)}</b>
            </div>
            <div>
              <span class="redup">{t.realisasi}</span>
              <b id="total-realisasi">{formatRupiah(pohon.total.realisasi)}</b>
            </div>
            <div>
              <span class="redup">{t.serapan}</span>
              <b id="total-serapan">
                <Serapan s={pohon.total.serapan} tidakDapat={t.tidakDapat} />
              </b>
            </div>
          </div>
          <section>
            <p class="redup">{t.catatanJumlah}</p>
            <table class="susun dpa-pohon">
              <thead>
                <tr>
                  <th>{t.kode}</th>
                  <th>{t.uraian}</th>
                  <th>{t.keluaran}</th>
                  <th class="angka">{t.pagu}</th>
                  <th class="angka">{t.realisasi}</th>
                  <th class="angka">{t.serapan}</th>
                </tr>
              </thead>
              <tbody>
                {pohon.program.map((p) => (
                  <>
                    <tr class="dpa-program">
                      <td data-label={t.kode}>{p.kode}</td>
                      <td data-label={t.uraian}>{p.nama}</td>
                      <td data-label={t.keluaran}>
                        <Keluaran indikator={p.indikatorKeluaran} target={p.target} satuan={p.satuan} />
                      </td>
                      <td data-label={t.pagu} class="angka">
                        {formatRupiah(p.pagu)}
                        <Tertulis dinyatakan={p.paguDinyatakan} dihitung={p.pagu} t={t} />
                      </td>
                      <td data-label={t.realisasi} class="angka">
                        {formatRupiah(p.realisasi)}
                      </td>
                      <td data-label={t.serapan} class="angka">
                        <Serapan s={p.serapan} tidakDapat={t.tidakDapat} />
                      </td>
                    </tr>
                    {p.kegiatan.map((kg) => (
                      <>
                        <tr class="dpa-kegiatan">
                          <td data-label={t.kode}>{kg.kode}</td>
                          <td data-label={t.uraian}>{kg.nama}</td>
                          <td data-label={t.keluaran}>
                            <Keluaran
                              indikator={kg.indikatorKeluaran}
                              target={kg.target}
                              satuan={kg.satuan}
                            />
                          </td>
                          <td data-label={t.pagu} class="angka">
                            {formatRupiah(kg.pagu)}
                            <Tertulis dinyatakan={kg.paguDinyatakan} dihitung={kg.pagu} t={t} />
                          </td>
                          <td data-label={t.realisasi} class="angka">
                            {formatRupiah(kg.realisasi)}
                          </td>
                          <td data-label={t.serapan} class="angka">
                            <Serapan s={kg.serapan} tidakDapat={t.tidakDapat} />
                          </td>
                        </tr>
                        {kg.subKegiatan.map((s) => (
                          <tr class="dpa-sub">
                            <td data-label={t.kode}>
                              <a href={`${dasar}/sub/${s.id}`}>{s.kode}</a>
                            </td>
                            <td data-label={t.uraian}>{s.nama}</td>
                            <td data-label={t.keluaran}>
                              <Keluaran indikator={s.indikatorKeluaran} target={s.target} satuan={s.satuan} />
                            </td>
                            <td data-label={t.pagu} class="angka">
                              {formatRupiah(s.pagu)}
                            </td>
                            <td data-label={t.realisasi} class="angka">
                              {formatRupiah(s.realisasi)}
                            </td>
                            <td data-label={t.serapan} class="angka">
                              <Serapan s={s.serapan} tidakDapat={t.tidakDapat} />
                            </td>
                          </tr>
                        ))}
                      </>
                    ))}
                  </>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colspan={3}>{t.jumlah}</td>
                  <td data-label={t.pagu} class="angka">
                    {formatRupiah(pohon.total.pagu)}
                  </td>
                  <td data-label={t.realisasi} class="angka">
                    {formatRupiah(pohon.total.realisasi)}
                  </td>
                  <td data-label={t.serapan} class="angka">
                    <Serapan s={pohon.total.serapan} tidakDapat={t.tidakDapat} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </section>
        </>
      )}
      {formNode && pohon && props.pilihan && (
        <>
          <FormNode
            k={props.k}
            kodeOpd={props.opd.kode}
            dpaId={pohon.dpa.id}
            tingkat="sub_kegiatan"
            judul={t.tambahSub}
            pilihan={props.pilihan.sub_kegiatan}
            gagal={props.gagal}
            t={t}
          />
          <FormNode
            k={props.k}
            kodeOpd={props.opd.kode}
            dpaId={pohon.dpa.id}
            tingkat="kegiatan"
            judul={t.tambahKegiatan}
            pilihan={props.pilihan.kegiatan}
            gagal={props.gagal}
            t={t}
          />
          <FormNode
            k={props.k}
            kodeOpd={props.opd.kode}
            dpaId={pohon.dpa.id}
            tingkat="program"
            judul={t.tambahProgram}
            pilihan={props.pilihan.program}
            gagal={props.gagal}
            t={t}
          />
        </>
      )}
      {formVersi && (
        <section id="tambah-versi">
          <h2>{t.buatVersi}</h2>
          <Formulir
            aksi={`${dasar}?tahun=${props.tahun}${pohon ? `&jenis=${pohon.dpa.jenis}` : ""}`}
            csrf={props.k.csrf}
            galat={gVersi?.galat}
          >
            <Bidang
              nama="tahun"
              label={t.tahun}
              jenis="number"
              wajib
              nilai={gVersi?.isian.tahun ?? String(props.tahun)}
              galat={gVersi?.galat}
            />
            <Pilihan
              nama="jenis"
              label={t.jenis}
              wajib
              nilai={gVersi?.isian.jenis ?? (props.versi.length === 0 ? "murni" : "perubahan")}
              galat={gVersi?.galat}
              pilihan={[
                { nilai: "murni", label: t.murni },
                { nilai: "perubahan", label: t.perubahan },
              ]}
            />
            <Bidang nama="nomor" label={t.nomor} nilai={gVersi?.isian.nomor} galat={gVersi?.galat} />
            <Bidang
              nama="tanggalPengesahan"
              label={t.tanggal}
              jenis="date"
              nilai={gVersi?.isian.tanggalPengesahan}
              galat={gVersi?.galat}
            />
            <button type="submit">{t.simpanVersi}</button>
          </Formulir>
        </section>
      )}
    </>
  );
}
