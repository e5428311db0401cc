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
import { galatForm, isianForm } from "./formulir-pohon.tsx";
import { GAYA_POHON, GarisPohon, labelPilihanSimpul, ratakan } from "./garis-pohon.tsx";
import { kamusLabelPohon } from "./label-pohon.ts";
import { tautanPohon } from "./tautan-pohon.ts";

/** The guided flow's words in both languages (the five steps of PermenPANRB 89/2021). */
export const kamusLangkah = buatKamus(
  {
    judul: "Langkah terpandu pohon kinerja",
    langkahKe: "Langkah {n} dari 5",
    l1: "Menentukan hasil (outcome)",
    l2: "Faktor kunci keberhasilan",
    l3: "Kondisi antara dan operasional",
    l4: "Indikator dan target",
    l5: "Pekerjaan, pendanaan, dan PK",
    p1: "Pilih sasaran Renstra yang akan dijabarkan. Sasaran itu menjadi simpul strategis (outcome yang menjadi tanggung jawab pimpinan) dan digantungkan di bawah sasaran pemda yang didukungnya.",
    p2: "Tuliskan faktor kunci keberhasilan (critical success factor): hal-hal yang harus terjadi agar outcome tercapai. Biasanya dua sampai lima faktor.",
    p3: "Uraikan setiap faktor menjadi kondisi antara (simpul taktis, tanggung jawab eselon III/administrator, setara sasaran program) lalu kondisi paling operasional (simpul operasional, tanggung jawab eselon IV/pengawas, setara sasaran kegiatan), masing-masing dengan unit pemiliknya.",
    p4: "Rumuskan indikator setiap simpul beserta targetnya. Simpul strategis memakai indikator Renstra agar dapat masuk ke Perjanjian Kinerja.",
    p5: "Terjemahkan pohon ke pekerjaan: tautkan program, kegiatan, dan sub kegiatan DPA yang mendanai setiap simpul dan tetapkan pemiliknya, lalu usulkan Perjanjian Kinerja dari pohon ini.",
    sebelumnya: "Kembali",
    berikutnya: "Lanjut",
    selesai: "Selesai: lihat pohon kinerja",
    sudahAda: "Yang sudah ada",
    hasilAda: "Outcome yang sudah dijabarkan",
    pakai: "Lanjutkan dengan outcome ini",
    belumHasil: "Belum ada outcome. Mulai dari langkah 1.",
    keLangkah1: "Ke langkah 1",
    hasilDipilih: "Outcome yang sedang dijabarkan",
    sasaran: "Sasaran Renstra",
    pilihSasaran: "— pilih sasaran —",
    tanpaRenstra: "Belum ada Renstra yang meliputi tahun ini; isi Renstra lebih dulu.",
    induk: "Sasaran pemda yang didukung",
    indukBaru: "— belum ada (tanpa induk) —",
    indukPetunjuk:
      "Sasaran pemda disusun admin pemda. Bila belum ada, outcome disimpan tanpa induk dan pemeriksa konsistensi menandainya sampai induknya dipilih.",
    kondisiHasil: "Rumusan outcome",
    kondisiHasilPetunjuk: "Kosongkan untuk memakai rumusan sasaran Renstra.",
    unit: "Unit kerja pemilik",
    tanpaUnit: "— belum ditetapkan —",
    simpanHasil: "Simpan outcome",
    csf: "Faktor kunci keberhasilan",
    tanpaCsf: "Belum ada faktor kunci keberhasilan.",
    tambahCsf: "Tambah faktor",
    hapusCsf: "Hapus",
    induk3: "Di bawah simpul",
    level: "Level",
    csfDiwujudkan: "Faktor yang diwujudkan",
    tanpaCsfPilih: "— tidak ada —",
    kondisi: "Kondisi yang ingin dicapai",
    tambahSimpul: "Tambah simpul",
    simpul: "Simpul",
    indikatorRenstra: "Indikator Renstra",
    indikatorSendiri: "— indikator simpul sendiri —",
    namaIndikator: "Nama indikator",
    namaPetunjuk: "Kosongkan bila memilih indikator Renstra: namanya dipakai.",
    satuan: "Satuan",
    target: "Target {tahun}",
    tambahIndikator: "Tambah indikator",
    anggaran: "Tautkan pendanaan",
    kode: "Kode dari DPA tahun {tahun}",
    pilihKode: "— pilih kode —",
    tautkan: "Tautkan",
    tanpaDpa: "Belum ada DPA tahun {tahun}; kode anggaran belum dapat dipilih.",
    pemilik: "Tetapkan pemilik",
    pegawai: "Pegawai pemilik",
    tanpaPegawai: "— tidak satu pegawai —",
    simpanPemilik: "Simpan pemilik",
    pk: "Usulan Perjanjian Kinerja tahun {tahun}",
    pkUsul: "Usulkan dari pohon: PK {unit}",
    tanpaPk: "Belum ada Perjanjian Kinerja tahun {tahun}; buat PK-nya lebih dulu di halaman PK.",
    kePk: "Halaman Perjanjian Kinerja",
  },
  {
    judul: "Guided performance tree steps",
    langkahKe: "Step {n} of 5",
    l1: "Choose the outcome",
    l2: "Critical success factors",
    l3: "Intermediate and operational conditions",
    l4: "Indicators and targets",
    l5: "Jobs, funding and the PK",
    p1: "Choose the Renstra goal to cascade. It becomes the strategic node (the outcome the head of the office answers for) and hangs under the pemda goal it supports.",
    p2: "Write the critical success factors: what must happen for the outcome to be reached. Usually two to five.",
    p3: "Break each factor into intermediate conditions (tactical nodes, owned by an eselon III/administrator, like a programme goal) and then the most operational conditions (operational nodes, owned by an eselon IV/supervisor, like an activity goal), each with its owning unit.",
    p4: "Write each node's indicators with their targets. Strategic nodes use Renstra indicators so they can enter the Performance Agreement.",
    p5: "Translate the tree into jobs: link the DPA programmes, activities and sub-activities that fund each node and set its owner, then propose the Performance Agreement from the tree.",
    sebelumnya: "Back",
    berikutnya: "Next",
    selesai: "Done: see the performance tree",
    sudahAda: "What exists",
    hasilAda: "Outcomes already cascaded",
    pakai: "Continue with this outcome",
    belumHasil: "No outcome yet. Start at step 1.",
    keLangkah1: "Go to step 1",
    hasilDipilih: "Outcome being cascaded",
    sasaran: "Renstra goal",
    pilihSasaran: "— choose a goal —",
    tanpaRenstra: "No Renstra covers this year; fill in the Renstra first.",
    induk: "Pemda goal it supports",
    indukBaru: "— none yet (no parent) —",
    indukPetunjuk:
      "Pemda goals are written by the pemda admin. Without one the outcome is saved without a parent and the consistency checker flags it until a parent is chosen.",
    kondisiHasil: "Outcome statement",
    kondisiHasilPetunjuk: "Leave empty to use the Renstra goal's wording.",
    unit: "Owning unit",
    tanpaUnit: "— not assigned —",
    simpanHasil: "Save the outcome",
    csf: "Critical success factors",
    tanpaCsf: "No critical success factors yet.",
    tambahCsf: "Add a factor",
    hapusCsf: "Remove",
    induk3: "Beneath the node",
    level: "Level",
    csfDiwujudkan: "Factor it delivers",
    tanpaCsfPilih: "— none —",
    kondisi: "Condition to achieve",
    tambahSimpul: "Add the node",
    simpul: "Node",
    indikatorRenstra: "Renstra indicator",
    indikatorSendiri: "— the node's own indicator —",
    namaIndikator: "Indicator name",
    namaPetunjuk: "Leave empty when choosing a Renstra indicator: its name is used.",
    satuan: "Unit",
    target: "Target {tahun}",
    tambahIndikator: "Add the indicator",
    anggaran: "Link funding",
    kode: "Code from the {tahun} DPA",
    pilihKode: "— choose a code —",
    tautkan: "Link",
    tanpaDpa: "No {tahun} DPA yet; budget codes cannot be chosen.",
    pemilik: "Set the owner",
    pegawai: "Owning employee",
    tanpaPegawai: "— no single employee —",
    simpanPemilik: "Save the owner",
    pk: "Performance Agreement proposals {tahun}",
    pkUsul: "Propose from the tree: PK of {unit}",
    tanpaPk: "No Performance Agreement for {tahun} yet; create it on the PK page first.",
    kePk: "Performance Agreement page",
  },
);

/** The steps of the flow, 1 to 5. */
export type NomorLangkah = 1 | 2 | 3 | 4 | 5;

function isi(teks: string, nilai: Record<string, string | number>): string {
  return teks.replace(/\{(\w+)\}/g, (_m, k: string) => String(nilai[k] ?? ""));
}

/** Every strategic node of the OPD (the outcomes), wherever they hang. */
export function daftarHasil(pohon: PohonKinerjaOpd | null): SimpulPohon[] {
  return pohon
    ? ratakan(pohon.akar)
        .map((x) => x.s)
        .filter((s) => s.level === "strategis")
    : [];
}

/** GET /opd/:kode/pohon-kinerja/langkah/:n: one step, what exists, its explanation, its form, Back and Next. */
export function HalamanLangkah(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  tahun: number;
  langkah: NomorLangkah;
  pohon: PohonKinerjaOpd | null;
  pemda: SimpulPohon[];
  hasil: SimpulPohon | null;
  bahan: BahanPohon;
  pesan: string | null;
  formulir: string | null;
  isian: Record<string, string>;
  galat?: GalatFormulir;
}) {
  const { k, opd, tahun, langkah: n, hasil, bahan } = props;
  const t = kamusLangkah(k.bahasa);
  const l = kamusLabelPohon(k.bahasa);
  const tautan = tautanPohon(opd.kode, tahun);
  const idHasil = hasil?.id ?? null;
  const semuaHasil = daftarHasil(props.pohon);
  const judulLangkah = [t.l1, t.l2, t.l3, t.l4, t.l5];
  const paragraf = [t.p1, t.p2, t.p3, t.p4, t.p5];
  const g = (nama: string, bidang: readonly string[]) => galatForm(props.formulir, nama, props.galat, bidang);
  const v = (nama: string, bawaan: Record<string, string>) =>
    isianForm(props.formulir, nama, props.isian, bawaan);
  const pilihUnit = bahan.unit.map((u) => ({ nilai: String(u.id), label: u.nama }));
  const unitPuncak = bahan.unit.find((u) => u.indukId === null);
  const csfHasil = props.pohon?.faktorKeberhasilan.filter((f) => f.pohonId === idHasil) ?? [];
  const simpulHasil = hasil ? ratakan([hasil]) : [];
  const pilihSimpul = (filter: (s: SimpulPohon) => boolean) =>
    simpulHasil
      .filter((x) => filter(x.s))
      .map((x) => ({ nilai: String(x.s.id), label: labelPilihanSimpul(x.s, x.dalam, k.bahasa) }));
  const perluHasil = n > 1 && hasil === null;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.pohonKinerja(opd.kode)}>
      <style>{raw(GAYA_POHON)}</style>
      <h1>{`${t.judul} · ${opd.nama} · ${tahun}`}</h1>
      <nav aria-label={t.judul}>
        <ol class="langkah-daftar">
          {judulLangkah.map((j, i) => (
            <li>
              <a href={tautan.langkah(i + 1, idHasil)} aria-current={i + 1 === n ? "step" : undefined}>
                {`${i + 1}. ${j}`}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <h2>
        {isi(t.langkahKe, { n })}: {judulLangkah[n - 1]}
      </h2>
      <p>{paragraf[n - 1]}</p>
      <Pemberitahuan pesan={props.pesan} />

      {perluHasil ? (
        <p>
          {t.belumHasil} <a href={tautan.langkah(1)}>{t.keLangkah1}</a>
        </p>
      ) : (
        <>
          {n > 1 && semuaHasil.length > 1 && (
            <ul class="tautan-baris">
              {semuaHasil.map((h) => (
                <li>
                  <a href={tautan.langkah(n, h.id)} aria-current={h.id === idHasil ? "true" : undefined}>
                    {h.kondisi}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="h-ada">
            <h3 id="h-ada">{n === 1 ? t.hasilAda : t.hasilDipilih}</h3>
            {n === 1 ? (
              semuaHasil.length === 0 ? (
                <p>{t.belumHasil.split(".")[0]}.</p>
              ) : (
                <ul>
                  {semuaHasil.map((h) => (
                    <li>
                      {h.kondisi} — <a href={tautan.langkah(2, h.id)}>{t.pakai}</a>
                    </li>
                  ))}
                </ul>
              )
            ) : (
              hasil && (
                <GarisPohon
                  akar={[hasil]}
                  tahun={tahun}
                  bahasa={k.bahasa}
                  tautan={(id) => tautan.simpul(id)}
                />
              )
            )}
          </section>

          {n === 1 && (
            <Langkah1
              {...{
                t,
                tautan,
                bahan,
                pemda: props.pemda,
                g,
                v,
                pilihUnit,
                unitPuncak,
                bahasa: k.bahasa,
                csrf: k.csrf,
              }}
            />
          )}

          {n === 2 && hasil && (
            <section aria-labelledby="h-csf">
              <h3 id="h-csf">{t.csf}</h3>
              {csfHasil.length === 0 ? (
                <p>{t.tanpaCsf}</p>
              ) : (
                <ol>
                  {csfHasil.map((f) => (
                    <li>
                      {f.uraian}{" "}
                      <Formulir
                        aksi={tautan.aksiLangkah(2, "hapus", idHasil)}
                        csrf={k.csrf}
                        class="sebaris"
                        galat={props.isian.faktorId === String(f.id) ? g("hapus-csf", []) : undefined}
                      >
                        <input type="hidden" name="faktorId" value={String(f.id)} />
                        <button type="submit" class="kedua">
                          {t.hapusCsf}
                        </button>
                      </Formulir>
                    </li>
                  ))}
                </ol>
              )}
              {props.formulir === "hapus-csf" &&
                !csfHasil.some((f) => props.isian.faktorId === String(f.id)) &&
                props.galat && (
                  <p class="galat-umum" role="alert">
                    {Object.values(props.galat).join("; ")}
                  </p>
                )}
              <Formulir aksi={tautan.langkah(2, idHasil)} csrf={k.csrf} galat={g("csf", ["uraian"])}>
                <AreaTeks
                  nama="uraian"
                  label={t.csf}
                  nilai={v("csf", {}).uraian}
                  galat={g("csf", ["uraian"])}
                  wajib
                  baris={2}
                />
                <button type="submit">{t.tambahCsf}</button>
              </Formulir>
            </section>
          )}

          {n === 3 && hasil && (
            <section aria-labelledby="h-l3">
              <h3 id="h-l3">{t.tambahSimpul}</h3>
              {(() => {
                const gg = g("simpul", [
                  "indukId",
                  "level",
                  "faktorKeberhasilanId",
                  "kondisi",
                  "unitKerjaId",
                ]);
                const vv = v("simpul", { indukId: String(hasil.id), level: "taktis" });
                return (
                  <Formulir aksi={tautan.langkah(3, idHasil)} csrf={k.csrf} galat={gg}>
                    <Pilihan
                      nama="indukId"
                      label={t.induk3}
                      nilai={vv.indukId}
                      pilihan={pilihSimpul(
                        (s) => s.level === "strategis" || s.level === "taktis" || s.level === "operasional",
                      )}
                      galat={gg}
                    />
                    <Pilihan
                      nama="level"
                      label={t.level}
                      nilai={vv.level}
                      pilihan={(["taktis", "operasional"] as const).map((lv) => ({
                        nilai: lv,
                        label: l[lv],
                      }))}
                      galat={gg}
                    />
                    <Pilihan
                      nama="faktorKeberhasilanId"
                      label={t.csfDiwujudkan}
                      nilai={vv.faktorKeberhasilanId}
                      pilihan={csfHasil.map((f) => ({ nilai: String(f.id), label: f.uraian }))}
                      kosong={t.tanpaCsfPilih}
                      galat={gg}
                    />
                    <AreaTeks
                      nama="kondisi"
                      label={t.kondisi}
                      nilai={vv.kondisi}
                      galat={gg}
                      wajib
                      baris={2}
                    />
                    <Pilihan
                      nama="unitKerjaId"
                      label={t.unit}
                      nilai={vv.unitKerjaId}
                      pilihan={pilihUnit}
                      kosong={t.tanpaUnit}
                      galat={gg}
                    />
                    <button type="submit">{t.tambahSimpul}</button>
                  </Formulir>
                );
              })()}
            </section>
          )}

          {n === 4 && hasil && (
            <section aria-labelledby="h-l4">
              <h3 id="h-l4">{t.tambahIndikator}</h3>
              {(() => {
                const gg = g("indikator", ["simpulId", "indikatorId", "nama", "satuan", "target"]);
                const vv = v("indikator", {});
                return (
                  <Formulir aksi={tautan.langkah(4, idHasil)} csrf={k.csrf} galat={gg}>
                    <Pilihan
                      nama="simpulId"
                      label={t.simpul}
                      nilai={vv.simpulId}
                      pilihan={pilihSimpul(() => true)}
                      galat={gg}
                    />
                    <Pilihan
                      nama="indikatorId"
                      label={t.indikatorRenstra}
                      nilai={vv.indikatorId}
                      pilihan={bahan.sasaran.flatMap((x) =>
                        x.indikator.map((i) => ({
                          nilai: String(i.id),
                          label: `${i.kode} ${i.nama} (${i.satuan})`,
                        })),
                      )}
                      kosong={t.indikatorSendiri}
                      galat={gg}
                    />
                    <Bidang
                      nama="nama"
                      label={t.namaIndikator}
                      nilai={vv.nama}
                      petunjuk={t.namaPetunjuk}
                      galat={gg}
                    />
                    <Bidang nama="satuan" label={t.satuan} nilai={vv.satuan} galat={gg} />
                    <Bidang
                      nama="target"
                      label={isi(t.target, { tahun })}
                      nilai={vv.target}
                      inputmode="decimal"
                      galat={gg}
                    />
                    <button type="submit">{t.tambahIndikator}</button>
                  </Formulir>
                );
              })()}
            </section>
          )}

          {n === 5 && hasil && (
            <>
              <section aria-labelledby="h-l5a">
                <h3 id="h-l5a">{t.anggaran}</h3>
                {bahan.kodeAnggaran.length === 0 && <p>{isi(t.tanpaDpa, { tahun })}</p>}
                {(() => {
                  const gg = g("anggaran", ["simpulId", "kode", "opdKode"]);
                  const vv = v("anggaran", {});
                  return (
                    <Formulir aksi={tautan.aksiLangkah(5, "anggaran", idHasil)} csrf={k.csrf} galat={gg}>
                      <Pilihan
                        nama="simpulId"
                        label={t.simpul}
                        nilai={vv.simpulId}
                        pilihan={pilihSimpul(() => true)}
                        galat={gg}
                      />
                      <Pilihan
                        nama="kode"
                        label={isi(t.kode, { tahun })}
                        nilai={vv.kode}
                        pilihan={bahan.kodeAnggaran.map((x) => ({
                          nilai: x.kode,
                          label: `${x.kode} ${x.nama}`,
                        }))}
                        kosong={t.pilihKode}
                        galat={gg}
                      />
                      <button type="submit">{t.tautkan}</button>
                    </Formulir>
                  );
                })()}
              </section>
              <section aria-labelledby="h-l5b">
                <h3 id="h-l5b">{t.pemilik}</h3>
                {(() => {
                  const gg = g("pemilik", ["simpulId", "unitKerjaId", "pegawaiId"]);
                  const vv = v("pemilik", {});
                  return (
                    <Formulir aksi={tautan.aksiLangkah(5, "pemilik", idHasil)} csrf={k.csrf} galat={gg}>
                      <Pilihan
                        nama="simpulId"
                        label={t.simpul}
                        nilai={vv.simpulId}
                        pilihan={pilihSimpul(() => true)}
                        galat={gg}
                      />
                      <Pilihan
                        nama="unitKerjaId"
                        label={t.unit}
                        nilai={vv.unitKerjaId}
                        pilihan={pilihUnit}
                        kosong={t.tanpaUnit}
                        galat={gg}
                      />
                      <Pilihan
                        nama="pegawaiId"
                        label={t.pegawai}
                        nilai={vv.pegawaiId}
                        pilihan={bahan.pegawai.map((p) => ({
                          nilai: String(p.id),
                          label: `${p.nama} — ${p.jabatan}`,
                        }))}
                        kosong={t.tanpaPegawai}
                        galat={gg}
                      />
                      <button type="submit">{t.simpanPemilik}</button>
                    </Formulir>
                  );
                })()}
              </section>
              <section aria-labelledby="h-l5c">
                <h3 id="h-l5c">{isi(t.pk, { tahun })}</h3>
                {bahan.pk.length === 0 ? (
                  <p>
                    {isi(t.tanpaPk, { tahun })} <a href={`${TAUTAN.pk(opd.kode)}?tahun=${tahun}`}>{t.kePk}</a>
                  </p>
                ) : (
                  <ul>
                    {bahan.pk.map((p) => (
                      <li>
                        <a href={tautan.usulanPk(p.id)}>{isi(t.pkUsul, { unit: p.unitNama })}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )}
        </>
      )}

      <nav class="baris-aksi" aria-label={t.judul}>
        {n > 1 && (
          <a class="tombol kedua" href={tautan.langkah(n - 1, idHasil)} rel="prev">
            {t.sebelumnya}
          </a>
        )}
        {n < 5 ? (
          <a class="tombol" href={tautan.langkah(n + 1, idHasil)} rel="next">
            {t.berikutnya}
          </a>
        ) : (
          <a class="tombol" href={tautan.pohon()}>
            {t.selesai}
          </a>
        )}
      </nav>
    </TataAplikasi>
  );
}

function Langkah1(props: {
  t: ReturnType<typeof kamusLangkah>;
  tautan: ReturnType<typeof tautanPohon>;
  bahan: BahanPohon;
  pemda: SimpulPohon[];
  g: (nama: string, bidang: readonly string[]) => GalatFormulir | undefined;
  v: (nama: string, bawaan: Record<string, string>) => Record<string, string>;
  pilihUnit: { nilai: string; label: string }[];
  unitPuncak: { id: number } | undefined;
  bahasa: "id" | "en";
  csrf: string;
}) {
  const { t, bahan } = props;
  if (bahan.sasaran.length === 0) return <p>{t.tanpaRenstra}</p>;
  const gg = props.g("hasil", ["sasaranId", "indukId", "kondisi", "unitKerjaId"]);
  const vv = props.v("hasil", {
    unitKerjaId: props.unitPuncak ? String(props.unitPuncak.id) : "",
    indukId: props.pemda[0] ? String(props.pemda[0].id) : "",
  });
  return (
    <section aria-labelledby="h-l1">
      <h3 id="h-l1">{t.simpanHasil}</h3>
      <Formulir aksi={props.tautan.langkah(1)} csrf={props.csrf} galat={gg}>
        <Pilihan
          nama="sasaranId"
          label={t.sasaran}
          nilai={vv.sasaranId}
          pilihan={bahan.sasaran.map((s) => ({ nilai: String(s.id), label: `${s.kode} ${s.uraian}` }))}
          kosong={t.pilihSasaran}
          galat={gg}
        />
        <Pilihan
          nama="indukId"
          label={t.induk}
          nilai={vv.indukId}
          pilihan={ratakan(props.pemda).map((x) => ({
            nilai: String(x.s.id),
            label: labelPilihanSimpul(x.s, x.dalam, props.bahasa),
          }))}
          kosong={t.indukBaru}
          petunjuk={t.indukPetunjuk}
          galat={gg}
        />
        <AreaTeks
          nama="kondisi"
          label={t.kondisiHasil}
          nilai={vv.kondisi}
          petunjuk={t.kondisiHasilPetunjuk}
          galat={gg}
          baris={2}
        />
        <Pilihan
          nama="unitKerjaId"
          label={t.unit}
          nilai={vv.unitKerjaId}
          pilihan={props.pilihUnit}
          kosong={t.tanpaUnit}
          galat={gg}
        />
        <button type="submit">{t.simpanHasil}</button>
      </Formulir>
    </section>
  );
}
