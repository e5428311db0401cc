import { raw } from "hono/html";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { Formulir, type GalatFormulir, Pemberitahuan } from "../../../platform/ui/formulir.tsx";
import { type KonteksHalaman, TataAplikasi } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { tampilTargetPohon } from "../tata-letak-pohon.domain.ts";
import type { StatusUsulan, UsulanPk } from "../usulan-pk.domain.ts";
import { GAYA_POHON } from "./garis-pohon.tsx";
import { kamusLabelPohon } from "./label-pohon.ts";
import { tautanPohon } from "./tautan-pohon.ts";

/** The PK proposal screen's words in both languages. */
export const kamusUsulanPk = buatKamus(
  {
    judul: "Usulan Perjanjian Kinerja dari pohon kinerja",
    pengantar:
      "Indikator dan target di bawah ini diambil dari simpul {level} milik {unit} pada pohon kinerja, berdampingan dengan isi Perjanjian Kinerja tahun {tahun} sekarang. Baris yang berbeda ditandai.",
    statusPk: "Status PK",
    indikator: "Indikator",
    simpul: "Simpul",
    kode: "Kode",
    targetPohon: "Target di pohon",
    targetPk: "Target di PK sekarang",
    keadaan: "Keadaan",
    tanpaIndikator: "Pohon belum memuat indikator untuk PK ini.",
    program: "Program",
    nama: "Nama",
    tanpaProgram: "Belum ada program yang mendanai simpul-simpul ini.",
    hanyaDiPk: "Ada di PK tetapi tidak di pohon",
    hanyaDiPkPetunjuk: "Baris ini dikeluarkan dari PK bila usulan diterapkan.",
    catatan: "Catatan",
    terapkan: "Terapkan usulan ke Perjanjian Kinerja",
    sama: "PK sudah sama dengan pohon kinerja.",
    terkunci: "PK ini sudah {status}; perubahan harus melalui revisi di halaman PK.",
    kembaliPohon: "Kembali ke pohon kinerja",
    kePk: "Halaman Perjanjian Kinerja",
    sSama: "Sama",
    sBaru: "Baru (belum ada di PK)",
    sTargetBerbeda: "Target berbeda",
    sBukanRenstra: "Bukan indikator Renstra: tidak dapat masuk PK",
    sTanpaTarget: "Belum ada target tahun ini",
    pBaru: "Baru (belum ada di PK)",
    draf: "draf",
    diajukan: "diajukan",
    diverifikasi: "diverifikasi",
    disetujui: "disetujui",
  },
  {
    judul: "Performance Agreement proposed from the performance tree",
    pengantar:
      "The indicators and targets below come from the {level} nodes owned by {unit} in the performance tree, beside what the {tahun} Performance Agreement says now. Rows that differ are marked.",
    statusPk: "PK status",
    indikator: "Indicators",
    simpul: "Node",
    kode: "Code",
    targetPohon: "Target in the tree",
    targetPk: "Target in the PK now",
    keadaan: "State",
    tanpaIndikator: "The tree holds no indicators for this PK yet.",
    program: "Programmes",
    nama: "Name",
    tanpaProgram: "No programme funds these nodes yet.",
    hanyaDiPk: "In the PK but not in the tree",
    hanyaDiPkPetunjuk: "These rows leave the PK when the proposal is applied.",
    catatan: "Notes",
    terapkan: "Apply the proposal to the Performance Agreement",
    sama: "The PK already matches the performance tree.",
    terkunci: "This PK is already {status}; changes go through a revision on the PK page.",
    kembaliPohon: "Back to the performance tree",
    kePk: "Performance Agreement page",
    sSama: "Same",
    sBaru: "New (not in the PK yet)",
    sTargetBerbeda: "Different target",
    sBukanRenstra: "Not a Renstra indicator: cannot enter the PK",
    sTanpaTarget: "No target for this year yet",
    pBaru: "New (not in the PK yet)",
    draf: "draft",
    diajukan: "submitted",
    diverifikasi: "verified",
    disetujui: "approved",
  },
);

const LABEL_STATUS: Record<
  StatusUsulan,
  "sSama" | "sBaru" | "sTargetBerbeda" | "sBukanRenstra" | "sTanpaTarget"
> = {
  sama: "sSama",
  baru: "sBaru",
  target_berbeda: "sTargetBerbeda",
  bukan_renstra: "sBukanRenstra",
  tanpa_target: "sTanpaTarget",
};

const KELAS_STATUS: Record<StatusUsulan, string | undefined> = {
  sama: undefined,
  baru: "baru",
  target_berbeda: "beda",
  bukan_renstra: "beda",
  tanpa_target: "beda",
};

function isi(teks: string, nilai: Record<string, string | number>): string {
  return teks.replace(/\{(\w+)\}/g, (_m, k: string) => String(nilai[k] ?? ""));
}

/** GET /opd/:kode/pohon-kinerja/usulan-pk/:pkId: the proposed PK beside the current one; POST applies it. */
export function HalamanUsulanPk(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  usulan: UsulanPk;
  bolehUbah: boolean;
  pesan: string | null;
  galat?: GalatFormulir;
}) {
  const { k, opd, usulan: u } = props;
  const t = kamusUsulanPk(k.bahasa);
  const l = kamusLabelPohon(k.bahasa);
  const tautan = tautanPohon(opd.kode, u.tahun);
  const adaHanyaDiPk = u.hanyaDiPk.indikator.length > 0 || u.hanyaDiPk.program.length > 0;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.pohonKinerja(opd.kode)}>
      <style>{raw(GAYA_POHON)}</style>
      <p>
        <a href={tautan.pohon()}>{t.kembaliPohon}</a> ·{" "}
        <a href={`${TAUTAN.pk(opd.kode)}?tahun=${u.tahun}`}>{t.kePk}</a>
      </p>
      <h1>{`${t.judul} · ${u.unitKerja.nama} · ${u.tahun}`}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <p>{isi(t.pengantar, { level: l[u.level], unit: u.unitKerja.nama, tahun: u.tahun })}</p>
      <p>
        {t.statusPk}: <span class={`status status-${u.status}`}>{t[u.status]}</span>
      </p>

      <h2>{t.indikator}</h2>
      {u.indikator.length === 0 ? (
        <p>{t.tanpaIndikator}</p>
      ) : (
        <div class="gulir">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.simpul}</th>
                <th scope="col">{t.kode}</th>
                <th scope="col">{t.indikator}</th>
                <th scope="col">{t.targetPohon}</th>
                <th scope="col">{t.targetPk}</th>
                <th scope="col">{t.keadaan}</th>
              </tr>
            </thead>
            <tbody>
              {u.indikator.map((i) => (
                <tr class={KELAS_STATUS[i.status]}>
                  <td>{i.kondisi}</td>
                  <td>{i.kode ?? "—"}</td>
                  <td>{i.nama}</td>
                  <td>{i.target === null ? "—" : tampilTargetPohon(i.target, i.satuan)}</td>
                  <td>{i.targetPk === null ? "—" : tampilTargetPohon(i.targetPk, i.satuan)}</td>
                  <td>{t[LABEL_STATUS[i.status]]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t.program}</h2>
      {u.program.length === 0 ? (
        <p>{t.tanpaProgram}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.kode}</th>
              <th scope="col">{t.nama}</th>
              <th scope="col">{t.keadaan}</th>
            </tr>
          </thead>
          <tbody>
            {u.program.map((p) => (
              <tr class={p.status === "baru" ? "baru" : undefined}>
                <td>{p.kode}</td>
                <td>{p.nama ?? "—"}</td>
                <td>{p.status === "baru" ? t.pBaru : t.sSama}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {adaHanyaDiPk && (
        <>
          <h2>{t.hanyaDiPk}</h2>
          <p>{t.hanyaDiPkPetunjuk}</p>
          <ul>
            {u.hanyaDiPk.indikator.map((i) => (
              <li class="beda">{`${i.kode} ${i.nama}: ${tampilTargetPohon(i.target, "")}`}</li>
            ))}
            {u.hanyaDiPk.program.map((p) => (
              <li class="beda">{p.kode}</li>
            ))}
          </ul>
        </>
      )}

      {u.catatan.length > 0 && (
        <>
          <h2>{t.catatan}</h2>
          <ul>
            {u.catatan.map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        </>
      )}

      {!u.adaPerbedaan ? (
        <p>{t.sama}</p>
      ) : u.status !== "draf" ? (
        <p>{isi(t.terkunci, { status: t[u.status] })}</p>
      ) : null}
      {props.bolehUbah && (u.adaPerbedaan || props.galat) && (
        <Formulir aksi={tautan.usulanPk(u.pkId)} csrf={k.csrf} galat={props.galat}>
          <button type="submit">{t.terapkan}</button>
        </Formulir>
      )}
    </TataAplikasi>
  );
}
