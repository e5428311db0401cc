import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka } from "../../../platform/number-format.ts";
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
import { boleh } from "../../auth/auth.policy.ts";
import type { RhkTurunan } from "../rhk.domain.ts";
import type { DaftarRhk } from "../rhk.service.ts";

/** The RHK screen's words in both languages. */
export const kamusRhk = buatKamus(
  {
    judul: "Rencana hasil kerja pegawai",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    unduhCsv: "Unduh CSV untuk e-Kinerja",
    unduhXlsx: "Unduh Excel untuk e-Kinerja",
    pengantar:
      "RHK tiap pegawai diturunkan dari pohon kinerja (PermenPANRB 6/2022): RHK pejabat dari simpul unit yang dipimpinnya, RHK pegawai lain dari simpul individu miliknya.",
    tanpaPohon: "Belum ada pohon kinerja untuk tahun {tahun}.",
    nip: "NIP",
    unit: "Unit kerja",
    belumAda: "Belum punya RHK.",
    rhk: "RHK",
    rhkAtasan: "RHK atasan yang diintervensi",
    indikator: "Indikator kinerja individu",
    aspek: "Aspek",
    target: "Target {tahun}",
    satuan: "Satuan",
    kodePk: "Indikator PK",
    tanpaIndikator: "Belum ada indikator",
    tanpaTarget: "belum ada",
    jabatan: "dari jabatan",
    individu: "RHK individu",
    tanpaPemilik: "Simpul tanpa pemilik",
    tanpaPemilikPetunjuk:
      "Simpul berikut tidak menunjuk pegawai aktif atau unit yang punya pejabat struktural; RHK-nya belum menjadi milik siapa pun.",
    ringkas: "{ada} dari {semua} pegawai sudah punya RHK.",
    tambah: "Tambah RHK pegawai",
    pegawai: "Pegawai",
    pilihPegawai: "Pilih pegawai",
    induk: "RHK atasan yang diintervensi (simpul)",
    pilihInduk: "Pilih simpul",
    kondisi: "Rencana hasil kerja",
    indikatorBaru: "Indikator kinerja individu",
    satuanBaru: "Satuan",
    targetBaru: "Target tahun {tahun}",
    targetPetunjuk: "Angka dengan koma desimal, misalnya 12 atau 95,5",
    simpan: "Simpan RHK",
  },
  {
    judul: "Employees' planned work results",
    tahun: "Year",
    tampilkan: "Show",
    unduhCsv: "Download CSV for e-Kinerja",
    unduhXlsx: "Download Excel for e-Kinerja",
    pengantar:
      "Each employee's RHK comes from the performance tree (PermenPANRB 6/2022): an official's from the node of the unit they lead, other employees' from their own individual nodes.",
    tanpaPohon: "There is no performance tree for {tahun} yet.",
    nip: "NIP",
    unit: "Unit",
    belumAda: "No RHK yet.",
    rhk: "RHK",
    rhkAtasan: "Superior's RHK it supports",
    indikator: "Individual performance indicator",
    aspek: "Aspect",
    target: "Target {tahun}",
    satuan: "Unit",
    kodePk: "PK indicator",
    tanpaIndikator: "No indicator yet",
    tanpaTarget: "none yet",
    jabatan: "from the position",
    individu: "individual RHK",
    tanpaPemilik: "Nodes without an owner",
    tanpaPemilikPetunjuk:
      "These nodes name no active employee and no unit with a structural official; their RHK belongs to no one yet.",
    ringkas: "{ada} of {semua} employees have an RHK.",
    tambah: "Add an employee's RHK",
    pegawai: "Employee",
    pilihPegawai: "Choose an employee",
    induk: "Superior's RHK it supports (node)",
    pilihInduk: "Choose a node",
    kondisi: "Planned work result",
    indikatorBaru: "Individual performance indicator",
    satuanBaru: "Unit",
    targetBaru: "Target for {tahun}",
    targetPetunjuk: "A number with a decimal comma, e.g. 12 or 95,5",
    simpan: "Save RHK",
  },
);

type Kamus = ReturnType<typeof kamusRhk>;

/** The RHK screen's address for an OPD (and the exports beside it). */
export function tautanRhk(kode: string, akhiran: "" | ".csv" | ".xlsx" = ""): string {
  return `${TAUTAN.pohonKinerja(kode)}/rhk${akhiran}`;
}

const LABEL_LEVEL: Record<string, string> = {
  strategis: "Strategis",
  taktis: "Taktis",
  operasional: "Operasional",
  individu: "Individu",
};

function TabelRhk(props: { daftar: RhkTurunan[]; tahun: number; t: Kamus }) {
  const { t } = props;
  return (
    <div class="tabel-gulir">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.rhkAtasan}</th>
            <th scope="col">{t.rhk}</th>
            <th scope="col">{t.indikator}</th>
            <th scope="col">{t.aspek}</th>
            <th scope="col">{t.target.replace("{tahun}", String(props.tahun))}</th>
            <th scope="col">{t.satuan}</th>
            <th scope="col">{t.kodePk}</th>
          </tr>
        </thead>
        <tbody>
          {props.daftar.flatMap((r) => {
            const jumlah = Math.max(1, r.indikator.length);
            const awal = (
              <>
                <td rowspan={jumlah}>{r.rhkAtasan ?? "—"}</td>
                <td rowspan={jumlah}>
                  {r.rhk}{" "}
                  <small>
                    ({LABEL_LEVEL[r.level] ?? r.level}, {r.sumber === "jabatan" ? t.jabatan : t.individu})
                  </small>
                </td>
              </>
            );
            if (r.indikator.length === 0) {
              return [
                <tr>
                  {awal}
                  <td colspan={5}>{t.tanpaIndikator}</td>
                </tr>,
              ];
            }
            return r.indikator.map((i, n) => (
              <tr>
                {n === 0 && awal}
                <td>{i.nama}</td>
                <td>{i.aspek}</td>
                <td class="angka">{i.target === null ? t.tanpaTarget : formatAngka(i.target)}</td>
                <td>{i.satuan}</td>
                <td>{i.kodePk.join(", ")}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}

/** GET /opd/:kode/pohon-kinerja/rhk: every employee with their RHK, the exports, and the form to add one. */
export function HalamanRhk(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  data: DaftarRhk;
  pesan: string | null;
  isian: Record<string, string>;
  galat?: GalatFormulir;
}) {
  const { k, opd, data } = props;
  const t = kamusRhk(k.bahasa);
  const tahun = data.tahun;
  const bolehTambah = boleh(k.pengguna, "ubah_perencanaan", opd.id);
  const adaRhk = data.pegawai.filter((p) => p.rhk.length > 0).length;
  return (
    <TataAplikasi k={k} judul={`${t.judul} · ${opd.nama}`} opd={opd} aktif={TAUTAN.pohonKinerja(opd.kode)}>
      <h1>{t.judul}</h1>
      <Pemberitahuan pesan={props.pesan} />
      <p>{t.pengantar}</p>
      <form method="get" action={tautanRhk(opd.kode)} class="filter">
        <Bidang nama="tahun" label={t.tahun} nilai={String(tahun)} inputmode="numeric" />
        <button type="submit" class="kedua">
          {t.tampilkan}
        </button>
      </form>
      <p>
        <a href={`${tautanRhk(opd.kode, ".csv")}?tahun=${tahun}`}>{t.unduhCsv}</a> ·{" "}
        <a href={`${tautanRhk(opd.kode, ".xlsx")}?tahun=${tahun}`}>{t.unduhXlsx}</a>
      </p>
      {!data.adaPohon && <p class="kosong">{t.tanpaPohon.replace("{tahun}", String(tahun))}</p>}
      <p>{t.ringkas.replace("{ada}", String(adaRhk)).replace("{semua}", String(data.pegawai.length))}</p>
      {data.pegawai.map(({ pegawai: p, rhk }) => (
        <section class="kartu" id={`pegawai-${p.id}`}>
          <h2>{p.nama}</h2>
          <p>
            {p.jabatan} · {p.unitNama}
            {p.nip && (
              <>
                {" "}
                · {t.nip} {p.nip}
              </>
            )}
          </p>
          {rhk.length === 0 ? (
            <p class="kosong">{t.belumAda}</p>
          ) : (
            <TabelRhk daftar={rhk} tahun={tahun} t={t} />
          )}
        </section>
      ))}
      {data.tanpaPemilik.length > 0 && (
        <section class="kartu">
          <h2>{t.tanpaPemilik}</h2>
          <p>{t.tanpaPemilikPetunjuk}</p>
          <TabelRhk daftar={data.tanpaPemilik} tahun={tahun} t={t} />
        </section>
      )}
      {bolehTambah && (
        <section id="tambah-rhk">
          <h2>{t.tambah}</h2>
          <Formulir aksi={tautanRhk(opd.kode)} csrf={k.csrf} galat={props.galat}>
            <input type="hidden" name="tahun" value={String(tahun)} />
            <Pilihan
              nama="pegawaiId"
              label={t.pegawai}
              wajib
              nilai={props.isian.pegawaiId ?? ""}
              kosong={t.pilihPegawai}
              galat={props.galat}
              pilihan={data.pegawai.map(({ pegawai: p }) => ({
                nilai: String(p.id),
                label: `${p.nama} — ${p.jabatan}, ${p.unitNama}`,
              }))}
            />
            <Pilihan
              nama="indukId"
              label={t.induk}
              wajib
              nilai={props.isian.indukId ?? ""}
              kosong={t.pilihInduk}
              galat={props.galat}
              pilihan={data.simpulInduk.map((s) => ({
                nilai: String(s.id),
                label: `${"· ".repeat(s.kedalaman)}${LABEL_LEVEL[s.level] ?? s.level}: ${s.kondisi}`,
              }))}
            />
            <AreaTeks
              nama="kondisi"
              label={t.kondisi}
              wajib
              nilai={props.isian.kondisi}
              galat={props.galat}
              baris={2}
            />
            <Bidang
              nama="indikator"
              label={t.indikatorBaru}
              wajib
              nilai={props.isian.indikator}
              galat={props.galat}
            />
            <Bidang nama="satuan" label={t.satuanBaru} wajib nilai={props.isian.satuan} galat={props.galat} />
            <Bidang
              nama="target"
              label={t.targetBaru.replace("{tahun}", String(tahun))}
              wajib
              inputmode="decimal"
              petunjuk={t.targetPetunjuk}
              nilai={props.isian.target}
              galat={props.galat}
            />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
    </TataAplikasi>
  );
}
