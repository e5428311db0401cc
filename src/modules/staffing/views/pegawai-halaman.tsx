import { buatKamus } from "../../../platform/i18n/kamus.ts";
import {
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import type { UnitPegawai } from "../pegawai-layar.service.ts";
import {
  BARIS_JABATAN,
  BARIS_STATUS,
  KOLOM_ESELON,
  URUTAN_KELOMPOK_PENDIDIKAN,
  URUTAN_RUANG,
} from "../staffing.domain.ts";
import type { RekapKepegawaian } from "../staffing.service.ts";

/** The words of the staffing screen, in both languages. */
export const teksPegawai = buatKamus(
  {
    judul: "Kepegawaian",
    tahun: "Tahun kebutuhan ANJAB",
    tampilkan: "Tampilkan",
    register: "Daftar pegawai aktif",
    nama: "Nama",
    nip: "NIP",
    status: "Status",
    golRuang: "Gol./ruang",
    golongan: "Golongan",
    ruang: "Ruang",
    pendidikan: "Pendidikan",
    jabatan: "Jabatan",
    jenisJabatan: "Jenis jabatan",
    eselon: "Eselon",
    unit: "Unit kerja",
    tanpaPegawai: "Belum ada pegawai di unit ini.",
    rekap: "Rekapitulasi (dihitung dari daftar)",
    t11: "Tabel 1.1 Pegawai menurut golongan dan ruang",
    t12: "Tabel 1.2 ASN menurut golongan dan pendidikan",
    t13: "Tabel 1.3 ASN menurut jabatan dan eselon",
    t14: "Tabel 1.4 Pegawai menurut status",
    t37: "Tabel 3.7 Kebutuhan ANJAB dan kondisi pegawai",
    jumlah: "Jumlah",
    anjabStruktural: "ANJAB struktural",
    anjabPelaksana: "ANJAB pelaksana",
    struktural: "Struktural",
    pelaksanaPns: "Pelaksana PNS",
    pelaksanaNonPns: "Pelaksana non-PNS",
    tambah: "Tambah pegawai",
    petunjukNip: "18 digit; kosongkan bila tidak ada (PTT, upah jasa)",
    tidakAda: "— tidak ada —",
    simpan: "Simpan",
    aturAnjab: "Atur kebutuhan ANJAB",
    jumlahKebutuhan: "Jumlah kebutuhan",
  },
  {
    judul: "Staffing",
    tahun: "Year of the job-analysis needs",
    tampilkan: "Show",
    register: "Active employees",
    nama: "Name",
    nip: "NIP",
    status: "Status",
    golRuang: "Grade",
    golongan: "Grade (golongan)",
    ruang: "Step (ruang)",
    pendidikan: "Education",
    jabatan: "Position",
    jenisJabatan: "Kind of position",
    eselon: "Echelon",
    unit: "Unit",
    tanpaPegawai: "No employees in this unit yet.",
    rekap: "Summary (computed from the register)",
    t11: "Table 1.1 Employees by grade",
    t12: "Table 1.2 Civil servants by grade and education",
    t13: "Table 1.3 Civil servants by position and echelon",
    t14: "Table 1.4 Employees by status",
    t37: "Table 3.7 Job-analysis needs against current staff",
    jumlah: "Total",
    anjabStruktural: "Needed, structural",
    anjabPelaksana: "Needed, staff",
    struktural: "Structural",
    pelaksanaPns: "Staff (civil servants)",
    pelaksanaNonPns: "Staff (others)",
    tambah: "Add an employee",
    petunjukNip: "18 digits; leave empty when there is none (contract staff)",
    tidakAda: "— none —",
    simpan: "Save",
    aturAnjab: "Set job-analysis needs",
    jumlahKebutuhan: "Number needed",
  },
);

/** A refused form of the page with its messages and what was typed. */
export type GagalPegawai = { form: "pegawai" | "anjab"; galat: GalatFormulir; isian: Record<string, string> };

const opsi = (daftar: readonly string[]) => daftar.map((x) => ({ nilai: x, label: x }));

function Rekap(props: { r: RekapKepegawaian; t: ReturnType<typeof teksPegawai> }) {
  const { r, t } = props;
  return (
    <section>
      <h2>{t.rekap}</h2>
      <h3>{t.t11}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.golongan}</th>
            {URUTAN_RUANG.map((x) => (
              <th class="angka">{x}</th>
            ))}
            <th class="angka">{t.jumlah}</th>
          </tr>
        </thead>
        <tbody>
          {r.golongan.baris.map((b) => (
            <tr>
              <th>{b.golongan}</th>
              {URUTAN_RUANG.map((x) => (
                <td class="angka">{b.ruang[x]}</td>
              ))}
              <td class="angka">{b.jumlah}</td>
            </tr>
          ))}
          <tr>
            <th>PPPK</th>
            <td colspan={URUTAN_RUANG.length} />
            <td class="angka">{r.golongan.pppk}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <td>{t.jumlah}</td>
            {URUTAN_RUANG.map((x) => (
              <td class="angka">{r.golongan.jumlahRuang[x]}</td>
            ))}
            <td class="angka">{r.golongan.total}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t.t12}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.golongan}</th>
            {URUTAN_KELOMPOK_PENDIDIKAN.map((x) => (
              <th class="angka">{x}</th>
            ))}
            <th class="angka">{t.jumlah}</th>
          </tr>
        </thead>
        <tbody>
          {r.pendidikan.baris.map((b) => (
            <tr>
              <th>{b.golongan}</th>
              {URUTAN_KELOMPOK_PENDIDIKAN.map((x) => (
                <td class="angka">{b.kolom[x]}</td>
              ))}
              <td class="angka">{b.jumlah}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t.jumlah}</td>
            {URUTAN_KELOMPOK_PENDIDIKAN.map((x) => (
              <td class="angka">{r.pendidikan.jumlahKolom[x]}</td>
            ))}
            <td class="angka">{r.pendidikan.total}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t.t13}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.jabatan}</th>
            {KOLOM_ESELON.map((x) => (
              <th class="angka">{x.label}</th>
            ))}
            <th class="angka">{t.jumlah}</th>
          </tr>
        </thead>
        <tbody>
          {BARIS_JABATAN.map((j) => {
            const b = r.jabatan.baris.find((x) => x.jenisJabatan === j.kunci);
            return (
              <tr>
                <th>{j.label}</th>
                {KOLOM_ESELON.map((x) => (
                  <td class="angka">{b?.kolom[x.kunci] ?? 0}</td>
                ))}
                <td class="angka">{b?.jumlah ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>{t.jumlah}</td>
            {KOLOM_ESELON.map((x) => (
              <td class="angka">{r.jabatan.jumlahKolom[x.kunci]}</td>
            ))}
            <td class="angka">{r.jabatan.total}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t.t14}</h3>
      <table>
        <tbody>
          {BARIS_STATUS.map((s) => (
            <tr>
              <th>{s.label}</th>
              <td class="angka">{r.status.baris.find((x) => x.status === s.kunci)?.jumlah ?? 0}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t.jumlah}</td>
            <td class="angka" id="total-pegawai">
              {r.status.total}
            </td>
          </tr>
        </tfoot>
      </table>
      <h3>{t.t37}</h3>
      <table class="susun">
        <thead>
          <tr>
            <th>{t.unit}</th>
            <th class="angka">{t.anjabStruktural}</th>
            <th class="angka">{t.anjabPelaksana}</th>
            <th class="angka">{t.struktural}</th>
            <th class="angka">{t.pelaksanaPns}</th>
            <th class="angka">{t.pelaksanaNonPns}</th>
          </tr>
        </thead>
        <tbody>
          {r.anjab.baris.map((b) => (
            <tr>
              <td data-label={t.unit}>{b.nama}</td>
              <td data-label={t.anjabStruktural} class="angka">
                {b.anjabStruktural}
              </td>
              <td data-label={t.anjabPelaksana} class="angka">
                {b.anjabPelaksana}
              </td>
              <td data-label={t.struktural} class="angka">
                {b.struktural}
              </td>
              <td data-label={t.pelaksanaPns} class="angka">
                {b.pelaksanaPns}
              </td>
              <td data-label={t.pelaksanaNonPns} class="angka">
                {b.pelaksanaNonPns}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t.jumlah}</td>
            <td data-label={t.anjabStruktural} class="angka">
              {r.anjab.jumlah.anjabStruktural}
            </td>
            <td data-label={t.anjabPelaksana} class="angka">
              {r.anjab.jumlah.anjabPelaksana}
            </td>
            <td data-label={t.struktural} class="angka">
              {r.anjab.jumlah.struktural}
            </td>
            <td data-label={t.pelaksanaPns} class="angka">
              {r.anjab.jumlah.pelaksanaPns}
            </td>
            <td data-label={t.pelaksanaNonPns} class="angka">
              {r.anjab.jumlah.pelaksanaNonPns}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** The staffing screen: the register per unit, the computed LKjIP tables, and the perencana's entry forms. */
export function HalamanPegawai(props: {
  k: KonteksHalaman;
  opd: { kode: string; nama: string };
  tahun: number;
  register: UnitPegawai[];
  rekap: RekapKepegawaian;
  bolehUbah: boolean;
  gagal: GagalPegawai | null;
  pesan: string | null;
}) {
  const t = teksPegawai(props.k.bahasa);
  const aksi = TAUTAN.pegawai(props.opd.kode);
  const gP = props.gagal?.form === "pegawai" ? props.gagal : null;
  const gA = props.gagal?.form === "anjab" ? props.gagal : null;
  const pilihanUnit = props.register.map((u) => ({ nilai: u.kode, label: u.nama }));
  const jenisJabatan = BARIS_JABATAN.map((j) => ({ nilai: j.kunci, label: j.kunci }));
  return (
    <>
      <h1>
        {t.judul} · {props.opd.nama}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      <form method="get" action={aksi} class="filter">
        <div class="bidang">
          <label for="f-tahun-anjab">{t.tahun}</label>
          <input
            id="f-tahun-anjab"
            name="tahun"
            type="number"
            value={String(props.tahun)}
            min="2000"
            max="2200"
          />
        </div>
        <div class="bidang">
          <button type="submit" class="kedua">
            {t.tampilkan}
          </button>
        </div>
      </form>
      <section>
        <h2>{t.register}</h2>
        <table class="susun">
          <thead>
            <tr>
              <th>{t.nama}</th>
              <th>{t.nip}</th>
              <th>{t.status}</th>
              <th>{t.golRuang}</th>
              <th>{t.pendidikan}</th>
              <th>{t.jabatan}</th>
              <th>{t.eselon}</th>
            </tr>
          </thead>
          {props.register.map((u) => (
            <tbody>
              <tr>
                <th colspan={7} scope="colgroup">
                  {u.nama}
                </th>
              </tr>
              {u.pegawai.length === 0 && (
                <tr>
                  <td colspan={7} class="kosong">
                    {t.tanpaPegawai}
                  </td>
                </tr>
              )}
              {u.pegawai.map((p) => (
                <tr>
                  <td data-label={t.nama}>{p.nama}</td>
                  <td data-label={t.nip}>{p.nip ?? "—"}</td>
                  <td data-label={t.status}>{p.status.replace("_", " ")}</td>
                  <td data-label={t.golRuang}>{p.golongan ? `${p.golongan}/${p.ruang ?? ""}` : "—"}</td>
                  <td data-label={t.pendidikan}>{p.pendidikan}</td>
                  <td data-label={t.jabatan}>
                    {p.jabatan} <span class="redup">({p.jenis_jabatan})</span>
                  </td>
                  <td data-label={t.eselon}>{p.eselon ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      <Rekap r={props.rekap} t={t} />
      {props.bolehUbah && (
        <section id="tambah-pegawai">
          <h2>{t.tambah}</h2>
          <Formulir aksi={aksi} csrf={props.k.csrf} galat={gP?.galat}>
            <input type="hidden" name="tahun" value={String(props.tahun)} />
            <Bidang nama="nama" label={t.nama} wajib nilai={gP?.isian.nama} galat={gP?.galat} />
            <Bidang
              nama="nip"
              label={t.nip}
              inputmode="numeric"
              petunjuk={t.petunjukNip}
              nilai={gP?.isian.nip}
              galat={gP?.galat}
            />
            <Pilihan
              nama="unitKode"
              label={t.unit}
              wajib
              nilai={gP?.isian.unitKode}
              galat={gP?.galat}
              pilihan={pilihanUnit}
            />
            <Pilihan
              nama="status"
              label={t.status}
              wajib
              nilai={gP?.isian.status}
              galat={gP?.galat}
              pilihan={BARIS_STATUS.map((s) => ({ nilai: s.kunci, label: s.label }))}
            />
            <div class="baris-bidang">
              <Pilihan
                nama="golongan"
                label={t.golongan}
                kosong={t.tidakAda}
                nilai={gP?.isian.golongan}
                galat={gP?.galat}
                pilihan={opsi(["IV", "III", "II", "I"])}
              />
              <Pilihan
                nama="ruang"
                label={t.ruang}
                kosong={t.tidakAda}
                nilai={gP?.isian.ruang}
                galat={gP?.galat}
                pilihan={opsi(URUTAN_RUANG)}
              />
            </div>
            <Pilihan
              nama="pendidikan"
              label={t.pendidikan}
              wajib
              nilai={gP?.isian.pendidikan ?? "S1"}
              galat={gP?.galat}
              pilihan={opsi(["S3", "S2", "S1", "D4", "D3", "D2", "D1", "SMA", "SMP", "SD"])}
            />
            <Bidang nama="jabatan" label={t.jabatan} wajib nilai={gP?.isian.jabatan} galat={gP?.galat} />
            <Pilihan
              nama="jenisJabatan"
              label={t.jenisJabatan}
              wajib
              nilai={gP?.isian.jenisJabatan ?? "pelaksana"}
              galat={gP?.galat}
              pilihan={jenisJabatan}
            />
            <Pilihan
              nama="eselon"
              label={t.eselon}
              kosong={t.tidakAda}
              nilai={gP?.isian.eselon}
              galat={gP?.galat}
              pilihan={opsi(["II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"])}
            />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
      {props.bolehUbah && (
        <section id="atur-anjab">
          <h2>
            {t.aturAnjab} {props.tahun}
          </h2>
          <Formulir aksi={`${aksi}/anjab`} csrf={props.k.csrf} galat={gA?.galat}>
            <input type="hidden" name="tahun" value={String(props.tahun)} />
            <Pilihan
              nama="a_unitKode"
              kunciGalat="unitKode"
              label={t.unit}
              wajib
              nilai={gA?.isian.unitKode}
              galat={gA?.galat}
              pilihan={pilihanUnit}
            />
            <Pilihan
              nama="a_jenisJabatan"
              kunciGalat="jenisJabatan"
              label={t.jenisJabatan}
              wajib
              nilai={gA?.isian.jenisJabatan}
              galat={gA?.galat}
              pilihan={jenisJabatan}
            />
            <Bidang
              nama="a_jumlah"
              kunciGalat="jumlah"
              label={t.jumlahKebutuhan}
              jenis="number"
              min="0"
              wajib
              nilai={gA?.isian.jumlah}
              galat={gA?.galat}
            />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
    </>
  );
}
