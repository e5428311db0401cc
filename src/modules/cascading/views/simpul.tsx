import { raw } from "hono/html";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
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
import type { BahanPohon } from "../bahan-pohon.service.ts";
import type { PohonKinerjaOpd, SimpulPohon } from "../pohon.model.ts";
import { tampilTargetPohon } from "../tata-letak-pohon.domain.ts";
import { galatForm, isianForm } from "./formulir-pohon.tsx";
import { GAYA_POHON, GarisPohon, labelPilihanSimpul, ratakan } from "./garis-pohon.tsx";
import { JENIS_HASIL_LEVEL, kamusLabelPohon, LEVEL_ANAK, LEVEL_OPD } from "./label-pohon.ts";
import { tautanPohon } from "./tautan-pohon.ts";

/** The node editor's words in both languages. */
export const kamusSimpul = buatKamus(
  {
    judul: "Simpul pohon kinerja",
    kembali: "Kembali ke pohon kinerja",
    ubah: "Ubah simpul",
    kondisi: "Kondisi yang ingin dicapai",
    jenisHasil: "Jenis hasil",
    unit: "Unit kerja pemilik",
    pegawai: "Pegawai pemilik",
    tanpaPegawai: "— tidak satu pegawai —",
    tanpaUnit: "— belum ditetapkan —",
    csf: "Faktor kunci keberhasilan yang diwujudkan",
    tanpaCsf: "— tidak ada —",
    sasaran: "Sasaran Renstra",
    tanpaSasaran: "— tidak terkait —",
    urutan: "Urutan",
    simpan: "Simpan",
    anak: "Tambah simpul di bawahnya",
    level: "Level",
    tambah: "Tambah",
    pindah: "Pindahkan ke induk lain",
    induk: "Induk baru",
    tanpaInduk: "— pilih simpul induk —",
    pindahkan: "Pindahkan",
    anggaran: "Pendanaan (program, kegiatan, sub kegiatan)",
    opdAnggaran: "DPA perangkat daerah",
    kode: "Kode dari DPA tahun {tahun}",
    pilihKode: "— pilih kode —",
    kodeLain: "atau ketik kode (DPA perangkat daerah lain)",
    tautkan: "Tautkan",
    lepas: "Lepas",
    tanpaAnggaran: "Belum ada kode anggaran yang ditautkan.",
    indikator: "Indikator dan target",
    indikatorRenstra: "Indikator Renstra",
    indikatorSendiri: "— indikator simpul sendiri —",
    namaIndikator: "Nama indikator",
    namaPetunjuk: "Kosongkan bila memilih indikator Renstra: namanya dipakai.",
    satuan: "Satuan",
    target: "Target {tahun}",
    aturTarget: "Simpan target",
    hapusIndikator: "Hapus indikator",
    tanpaIndikator: "Belum ada indikator.",
    dukungan: "Crosscutting: perangkat daerah pendukung",
    opd: "Perangkat daerah",
    peran: "Peran",
    porsi: "Porsi (%)",
    keterangan: "Keterangan",
    tanpaDukungan: "Belum ada perangkat daerah lain yang mendukung simpul ini.",
    hapusDukungan: "Hapus dukungan",
    hapus: "Hapus simpul",
    hapusPetunjuk: "Hanya simpul tanpa simpul di bawahnya yang dapat dihapus.",
    hapusTombol: "Hapus simpul ini",
    letak: "Letak di pohon",
  },
  {
    judul: "Performance tree node",
    kembali: "Back to the performance tree",
    ubah: "Edit the node",
    kondisi: "Condition to achieve",
    jenisHasil: "Result kind",
    unit: "Owning unit",
    pegawai: "Owning employee",
    tanpaPegawai: "— no single employee —",
    tanpaUnit: "— not assigned —",
    csf: "Critical success factor it delivers",
    tanpaCsf: "— none —",
    sasaran: "Renstra goal",
    tanpaSasaran: "— not linked —",
    urutan: "Order",
    simpan: "Save",
    anak: "Add a node beneath it",
    level: "Level",
    tambah: "Add",
    pindah: "Move under another parent",
    induk: "New parent",
    tanpaInduk: "— choose a parent node —",
    pindahkan: "Move",
    anggaran: "Funding (programme, activity, sub-activity)",
    opdAnggaran: "DPA of",
    kode: "Code from the {tahun} DPA",
    pilihKode: "— choose a code —",
    kodeLain: "or type a code (another OPD's DPA)",
    tautkan: "Link",
    lepas: "Unlink",
    tanpaAnggaran: "No budget code linked yet.",
    indikator: "Indicators and targets",
    indikatorRenstra: "Renstra indicator",
    indikatorSendiri: "— the node's own indicator —",
    namaIndikator: "Indicator name",
    namaPetunjuk: "Leave empty when choosing a Renstra indicator: its name is used.",
    satuan: "Unit",
    target: "Target {tahun}",
    aturTarget: "Save target",
    hapusIndikator: "Remove indicator",
    tanpaIndikator: "No indicators yet.",
    dukungan: "Crosscutting: supporting OPDs",
    opd: "OPD",
    peran: "Role",
    porsi: "Share (%)",
    keterangan: "Note",
    tanpaDukungan: "No other OPD supports this node yet.",
    hapusDukungan: "Remove support",
    hapus: "Delete the node",
    hapusPetunjuk: "Only a node with nothing beneath it can be deleted.",
    hapusTombol: "Delete this node",
    letak: "Place in the tree",
  },
);

/** The forms of the editor, by the name the routes give them. */
export type FormSimpul =
  | "ubah"
  | "anak"
  | "pindah"
  | "anggaran"
  | "lepas"
  | "indikator"
  | "target"
  | "hapus-indikator"
  | "dukungan"
  | "hapus-dukungan"
  | "hapus";

function isi(teks: string, nilai: Record<string, string | number>): string {
  return teks.replace(/\{(\w+)\}/g, (_m, k: string) => String(nilai[k] ?? ""));
}

/** A refusal of a per-row form whose row is not on the page (posted by hand): shown above the rows. */
function PesanLepas(props: { galat: GalatFormulir | undefined; tampil: boolean }) {
  if (!props.tampil || !props.galat) return null;
  return (
    <p class="galat-umum" role="alert">
      {Object.values(props.galat).join("; ")}
    </p>
  );
}

function keturunan(s: SimpulPohon): Set<number> {
  return new Set(ratakan([s]).map((x) => x.s.id));
}

/** GET /opd/:kode/pohon-kinerja/simpul/:id: the node, its place, and every form that changes it. */
export function HalamanSimpul(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  tahun: number;
  pohon: PohonKinerjaOpd;
  pemda: SimpulPohon[];
  simpul: SimpulPohon;
  bahan: BahanPohon;
  bolehUbah: boolean;
  pesan: string | null;
  formulir: FormSimpul | null;
  isian: Record<string, string>;
  galat?: GalatFormulir;
}) {
  const { k, opd, tahun, simpul: s, bahan } = props;
  const t = kamusSimpul(k.bahasa);
  const l = kamusLabelPohon(k.bahasa);
  const tautan = tautanPohon(opd.kode, tahun);
  const g = (nama: FormSimpul, bidang: readonly string[]) =>
    galatForm(props.formulir, nama, props.galat, bidang);
  const v = (nama: FormSimpul, bawaan: Record<string, string>) =>
    isianForm(props.formulir, nama, props.isian, bawaan);
  const pilihUnit = bahan.unit.map((u) => ({ nilai: String(u.id), label: u.nama }));
  const pilihPegawai = bahan.pegawai.map((p) => ({
    nilai: String(p.id),
    label: `${p.nama} — ${p.jabatan} (${p.unitNama})`,
  }));
  const pilihCsf = props.pohon.faktorKeberhasilan.map((f) => ({ nilai: String(f.id), label: f.uraian }));
  const pilihJenis = (["outcome", "intermediate_outcome", "output"] as const).map((j) => ({
    nilai: j,
    label: l[j],
  }));
  const dilarang = keturunan(s);
  const calonInduk = [
    ...ratakan(props.pemda),
    ...ratakan(props.pohon.akar).filter((x) => x.s.opdId !== null),
  ].filter((x, i, semua) => !dilarang.has(x.s.id) && semua.findIndex((y) => y.s.id === x.s.id) === i);
  const opdLain = bahan.opd.filter((o) => o.id !== opd.id);
  const gUbah = g("ubah", [
    "kondisi",
    "jenisHasil",
    "unitKerjaId",
    "pegawaiId",
    "faktorKeberhasilanId",
    "sasaranId",
    "urutan",
  ]);
  const vUbah = v("ubah", {
    kondisi: s.kondisi,
    jenisHasil: s.jenisHasil,
    unitKerjaId: s.unitKerja ? String(s.unitKerja.id) : "",
    pegawaiId: s.pegawai ? String(s.pegawai.id) : "",
    faktorKeberhasilanId: s.faktorKeberhasilan ? String(s.faktorKeberhasilan.id) : "",
    sasaranId: s.sasaranId === null ? "" : String(s.sasaranId),
    urutan: String(s.urutan),
  });
  const levelAnak = LEVEL_ANAK[s.level];
  const gAnak = g("anak", [
    "level",
    "kondisi",
    "jenisHasil",
    "unitKerjaId",
    "pegawaiId",
    "faktorKeberhasilanId",
  ]);
  const vAnak = v("anak", {
    level: levelAnak,
    jenisHasil: JENIS_HASIL_LEVEL[levelAnak],
    unitKerjaId: s.unitKerja ? String(s.unitKerja.id) : "",
    faktorKeberhasilanId: s.faktorKeberhasilan ? String(s.faktorKeberhasilan.id) : "",
  });
  const gPindah = g("pindah", ["indukId"]);
  const vPindah = v("pindah", { indukId: s.indukId === null ? "" : String(s.indukId) });
  const gAnggaran = g("anggaran", ["opdKode", "kode", "kodeLain"]);
  const vAnggaran = v("anggaran", { opdKode: opd.kode });
  const gIndikator = g("indikator", ["indikatorId", "nama", "satuan", "target"]);
  const vIndikator = v("indikator", {});
  const gDukungan = g("dukungan", ["opdKode", "peran", "porsi", "keterangan"]);
  const vDukungan = v("dukungan", { peran: "pendukung" });
  const indikatorRenstra = bahan.sasaran.flatMap((x) =>
    x.indikator.map((i) => ({ nilai: String(i.id), label: `${i.kode} ${i.nama} (${i.satuan})` })),
  );
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.pohonKinerja(opd.kode)}>
      <style>{raw(GAYA_POHON)}</style>
      <p>
        <a href={`${tautan.pohon()}#garis-${s.id}`}>{t.kembali}</a>
      </p>
      <h1>
        <span class={`lvl lvl-${s.level}`}>{l[s.level]}</span> {s.kondisi}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      <GarisPohon akar={[s]} tahun={tahun} bahasa={k.bahasa} tautan={null} />
      {props.bolehUbah && (
        <>
          <section aria-labelledby="h-ubah">
            <h2 id="h-ubah">{t.ubah}</h2>
            <Formulir aksi={tautan.aksiSimpul(s.id, "ubah")} csrf={k.csrf} galat={gUbah}>
              <AreaTeks
                nama="kondisi"
                label={t.kondisi}
                nilai={vUbah.kondisi}
                galat={gUbah}
                wajib
                baris={2}
              />
              <Pilihan
                nama="jenisHasil"
                label={t.jenisHasil}
                nilai={vUbah.jenisHasil}
                pilihan={pilihJenis}
                galat={gUbah}
              />
              <Pilihan
                nama="unitKerjaId"
                label={t.unit}
                nilai={vUbah.unitKerjaId}
                pilihan={pilihUnit}
                kosong={t.tanpaUnit}
                galat={gUbah}
              />
              <Pilihan
                nama="pegawaiId"
                label={t.pegawai}
                nilai={vUbah.pegawaiId}
                pilihan={pilihPegawai}
                kosong={t.tanpaPegawai}
                galat={gUbah}
              />
              <Pilihan
                nama="faktorKeberhasilanId"
                label={t.csf}
                nilai={vUbah.faktorKeberhasilanId}
                pilihan={pilihCsf}
                kosong={t.tanpaCsf}
                galat={gUbah}
              />
              {s.level === "strategis" && (
                <Pilihan
                  nama="sasaranId"
                  label={t.sasaran}
                  nilai={vUbah.sasaranId}
                  pilihan={bahan.sasaran.map((x) => ({
                    nilai: String(x.id),
                    label: `${x.kode} ${x.uraian}`,
                  }))}
                  kosong={t.tanpaSasaran}
                  galat={gUbah}
                />
              )}
              <Bidang nama="urutan" label={t.urutan} nilai={vUbah.urutan} inputmode="numeric" galat={gUbah} />
              <button type="submit">{t.simpan}</button>
            </Formulir>
          </section>

          <section aria-labelledby="h-indikator" id="indikator">
            <h2 id="h-indikator">{t.indikator}</h2>
            {s.indikator.length === 0 && <p>{t.tanpaIndikator}</p>}
            <PesanLepas
              galat={props.galat}
              tampil={
                (props.formulir === "target" || props.formulir === "hapus-indikator") &&
                !s.indikator.some((i) => props.isian.indikatorSimpulId === String(i.id))
              }
            />
            {s.indikator.map((i) => {
              const gT =
                props.formulir === "target" && props.isian.indikatorSimpulId === String(i.id)
                  ? g("target", ["target"])
                  : undefined;
              const gH =
                props.formulir === "hapus-indikator" && props.isian.indikatorSimpulId === String(i.id)
                  ? g("hapus-indikator", [])
                  : undefined;
              const nilai = gT ? (props.isian.target ?? "") : (i.target[tahun] ?? "");
              return (
                <div class="kartu">
                  <p>
                    <strong>{i.nama}</strong> ({i.satuan})
                    {i.target[tahun] !== undefined &&
                      ` — ${isi(t.target, { tahun })}: ${tampilTargetPohon(i.target[tahun] ?? "", i.satuan)}`}
                  </p>
                  <Formulir aksi={tautan.aksiSimpul(s.id, "target")} csrf={k.csrf} galat={gT} class="sebaris">
                    <input type="hidden" name="indikatorSimpulId" value={String(i.id)} />
                    <Bidang
                      nama="target"
                      label={isi(t.target, { tahun })}
                      nilai={nilai.replace(".", ",")}
                      inputmode="decimal"
                      galat={gT}
                    />
                    <button type="submit" class="kedua">
                      {t.aturTarget}
                    </button>
                  </Formulir>
                  <Formulir
                    aksi={tautan.aksiSimpul(s.id, "indikator/hapus")}
                    csrf={k.csrf}
                    galat={gH}
                    class="sebaris"
                  >
                    <input type="hidden" name="indikatorSimpulId" value={String(i.id)} />
                    <button type="submit" class="bahaya">
                      {t.hapusIndikator}
                    </button>
                  </Formulir>
                </div>
              );
            })}
            <Formulir aksi={tautan.aksiSimpul(s.id, "indikator")} csrf={k.csrf} galat={gIndikator}>
              <Pilihan
                nama="indikatorId"
                label={t.indikatorRenstra}
                nilai={vIndikator.indikatorId}
                pilihan={indikatorRenstra}
                kosong={t.indikatorSendiri}
                galat={gIndikator}
              />
              <Bidang
                nama="nama"
                label={t.namaIndikator}
                nilai={vIndikator.nama}
                petunjuk={t.namaPetunjuk}
                galat={gIndikator}
              />
              <Bidang nama="satuan" label={t.satuan} nilai={vIndikator.satuan} galat={gIndikator} />
              <Bidang
                nama="target"
                label={isi(t.target, { tahun })}
                nilai={vIndikator.target}
                inputmode="decimal"
                galat={gIndikator}
              />
              <button type="submit">{t.tambah}</button>
            </Formulir>
          </section>

          {s.level !== "strategis_pemda" && (
            <section aria-labelledby="h-anggaran" id="anggaran">
              <h2 id="h-anggaran">{t.anggaran}</h2>
              {s.anggaran.length === 0 && <p>{t.tanpaAnggaran}</p>}
              <PesanLepas
                galat={props.galat}
                tampil={
                  props.formulir === "lepas" &&
                  !s.anggaran.some((a) => props.isian.kode === a.kode && props.isian.opdKode === a.opdKode)
                }
              />
              <ul>
                {s.anggaran.map((a) => {
                  const gL =
                    props.formulir === "lepas" &&
                    props.isian.kode === a.kode &&
                    props.isian.opdKode === a.opdKode
                      ? g("lepas", [])
                      : undefined;
                  return (
                    <li>
                      {`${a.kode}${a.nama ? ` ${a.nama}` : ""} (${a.opdKode})`}{" "}
                      <Formulir
                        aksi={tautan.aksiSimpul(s.id, "anggaran/lepas")}
                        csrf={k.csrf}
                        galat={gL}
                        class="sebaris"
                      >
                        <input type="hidden" name="opdKode" value={a.opdKode} />
                        <input type="hidden" name="kode" value={a.kode} />
                        <button type="submit" class="kedua">
                          {t.lepas}
                        </button>
                      </Formulir>
                    </li>
                  );
                })}
              </ul>
              <Formulir aksi={tautan.aksiSimpul(s.id, "anggaran")} csrf={k.csrf} galat={gAnggaran}>
                <Pilihan
                  nama="opdKode"
                  label={t.opdAnggaran}
                  nilai={vAnggaran.opdKode}
                  pilihan={bahan.opd.map((o) => ({ nilai: o.kode, label: o.nama }))}
                  galat={gAnggaran}
                />
                <Pilihan
                  nama="kode"
                  label={isi(t.kode, { tahun })}
                  nilai={vAnggaran.kode}
                  pilihan={bahan.kodeAnggaran.map((x) => ({ nilai: x.kode, label: `${x.kode} ${x.nama}` }))}
                  kosong={t.pilihKode}
                  galat={gAnggaran}
                />
                <Bidang nama="kodeLain" label={t.kodeLain} nilai={vAnggaran.kodeLain} galat={gAnggaran} />
                <button type="submit">{t.tautkan}</button>
              </Formulir>
            </section>
          )}

          <section aria-labelledby="h-dukungan" id="dukungan">
            <h2 id="h-dukungan">{t.dukungan}</h2>
            {s.dukungan.length === 0 && <p>{t.tanpaDukungan}</p>}
            <PesanLepas
              galat={props.galat}
              tampil={
                props.formulir === "hapus-dukungan" &&
                !s.dukungan.some((d) => props.isian.opdKode === d.opdKode)
              }
            />
            <ul>
              {s.dukungan.map((d) => {
                const gD =
                  props.formulir === "hapus-dukungan" && props.isian.opdKode === d.opdKode
                    ? g("hapus-dukungan", [])
                    : undefined;
                return (
                  <li>
                    {`${d.opdNama} — ${l[d.peran]}${d.porsi ? `, ${tampilTargetPohon(d.porsi, "%")}` : ""}`}{" "}
                    <Formulir
                      aksi={tautan.aksiSimpul(s.id, "dukungan/hapus")}
                      csrf={k.csrf}
                      galat={gD}
                      class="sebaris"
                    >
                      <input type="hidden" name="opdKode" value={d.opdKode} />
                      <button type="submit" class="kedua">
                        {t.hapusDukungan}
                      </button>
                    </Formulir>
                  </li>
                );
              })}
            </ul>
            <Formulir aksi={tautan.aksiSimpul(s.id, "dukungan")} csrf={k.csrf} galat={gDukungan}>
              <Pilihan
                nama="opdKode"
                label={t.opd}
                nilai={vDukungan.opdKode}
                pilihan={opdLain.map((o) => ({ nilai: o.kode, label: o.nama }))}
                kosong=""
                galat={gDukungan}
              />
              <Pilihan
                nama="peran"
                label={t.peran}
                nilai={vDukungan.peran}
                pilihan={(["pengampu", "pendukung"] as const).map((p) => ({ nilai: p, label: l[p] }))}
                galat={gDukungan}
              />
              <Bidang
                nama="porsi"
                label={t.porsi}
                nilai={vDukungan.porsi}
                inputmode="decimal"
                galat={gDukungan}
              />
              <Bidang nama="keterangan" label={t.keterangan} nilai={vDukungan.keterangan} galat={gDukungan} />
              <button type="submit">{t.tambah}</button>
            </Formulir>
          </section>

          <section aria-labelledby="h-anak" id="anak">
            <h2 id="h-anak">{t.anak}</h2>
            <Formulir aksi={tautan.aksiSimpul(s.id, "anak")} csrf={k.csrf} galat={gAnak}>
              <Pilihan
                nama="level"
                label={t.level}
                nilai={vAnak.level}
                pilihan={LEVEL_OPD.map((lv) => ({ nilai: lv, label: l[lv] }))}
                galat={gAnak}
              />
              <AreaTeks
                nama="kondisi"
                label={t.kondisi}
                nilai={vAnak.kondisi}
                galat={gAnak}
                wajib
                baris={2}
              />
              <Pilihan
                nama="jenisHasil"
                label={t.jenisHasil}
                nilai={vAnak.jenisHasil}
                pilihan={pilihJenis}
                galat={gAnak}
              />
              <Pilihan
                nama="unitKerjaId"
                label={t.unit}
                nilai={vAnak.unitKerjaId}
                pilihan={pilihUnit}
                kosong={t.tanpaUnit}
                galat={gAnak}
              />
              <Pilihan
                nama="pegawaiId"
                label={t.pegawai}
                nilai={vAnak.pegawaiId}
                pilihan={pilihPegawai}
                kosong={t.tanpaPegawai}
                galat={gAnak}
              />
              <Pilihan
                nama="faktorKeberhasilanId"
                label={t.csf}
                nilai={vAnak.faktorKeberhasilanId}
                pilihan={pilihCsf}
                kosong={t.tanpaCsf}
                galat={gAnak}
              />
              <button type="submit">{t.tambah}</button>
            </Formulir>
          </section>

          <section aria-labelledby="h-pindah" id="pindah">
            <h2 id="h-pindah">{t.pindah}</h2>
            <Formulir aksi={tautan.aksiSimpul(s.id, "pindah")} csrf={k.csrf} galat={gPindah}>
              <Pilihan
                nama="indukId"
                label={t.induk}
                nilai={vPindah.indukId}
                pilihan={calonInduk.map((x) => ({
                  nilai: String(x.s.id),
                  label: labelPilihanSimpul(x.s, x.dalam, k.bahasa),
                }))}
                kosong={t.tanpaInduk}
                galat={gPindah}
              />
              <button type="submit">{t.pindahkan}</button>
            </Formulir>
          </section>

          <section aria-labelledby="h-hapus" id="hapus">
            <h2 id="h-hapus">{t.hapus}</h2>
            <p>{t.hapusPetunjuk}</p>
            {(s.anak.length === 0 || props.formulir === "hapus") && (
              <Formulir aksi={tautan.aksiSimpul(s.id, "hapus")} csrf={k.csrf} galat={g("hapus", [])}>
                <button type="submit" class="bahaya">
                  {t.hapusTombol}
                </button>
              </Formulir>
            )}
          </section>
        </>
      )}
    </TataAplikasi>
  );
}
