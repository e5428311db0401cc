import { type Bahasa, buatKamus } from "../../../platform/i18n/kamus.ts";
import {
  AreaTeks,
  Bidang,
  Formulir,
  type GalatFormulir,
  Pemberitahuan,
  Pilihan,
} from "../../../platform/ui/formulir.tsx";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../../platform/ui/tautan.ts";
import { jalurKelola } from "../kelola-jalur.ts";
import type { LayarSurveiKelola, PeriodeKelola } from "../kelola-layar.service.ts";
import { KODE_SEKALI_MAKS } from "../penyiapan.service.ts";

/** The words of the survey management screen, in both languages. */
export const teksKelola = buatKamus(
  {
    judul: "Survei Kepuasan Masyarakat (SKM)",
    pengantar:
      "Siapkan survei perangkat daerah ini: unit layanan dengan QR-nya, jenis layanan, periode survei, kode sekali pakai, dan terapkan IKM ke IKU.",
    hasilPublik: "Halaman hasil publik",
    imporKertas: "Impor kuesioner kertas",
    hanyaBaca: "Anda dapat membaca pengaturan survei ini; perencana perangkat daerah yang mengubahnya.",
    unitJudul: "Unit layanan",
    unitKosong: "Belum ada unit layanan.",
    kode: "Kode",
    nama: "Nama",
    formulir: "Formulir publik",
    poster: "Poster QR (A4)",
    kios: "Mode kios",
    nonaktif: "nonaktif",
    unitTambah: "Tambah unit layanan",
    kodeUnitPetunjuk: "Huruf kecil, angka dan tanda minus; menjadi alamat /s/kode pada QR.",
    jenisJudul: "Jenis layanan",
    jenisKosong: "Belum ada jenis layanan.",
    jenisTambah: "Tambah jenis layanan",
    periodeJudul: "Periode survei",
    periodeKosong: "Belum ada periode survei.",
    periode: "Periode",
    tanggal: "Tanggal",
    pengguna: "Pengguna layanan",
    iku: "IKU",
    kuesioner: "Kuesioner",
    responden: "Responden",
    ikm: "IKM",
    mutu: "Mutu",
    realisasi: "Realisasi IKU",
    aksi: "Aksi",
    belum: "belum",
    tidakTerikat: "tidak terikat",
    terapkan: "Terapkan IKM ke IKU",
    periodeTambah: "Tambah periode survei",
    tahun: "Tahun",
    jenisPeriode: "Jenis periode",
    triwulan: "Triwulan",
    semester: "Semester",
    tahunan: "Tahunan",
    ke: "Periode ke",
    mulai: "Tanggal mulai",
    selesai: "Tanggal selesai",
    jumlahPengguna: "Jumlah pengguna layanan dalam periode (boleh kosong)",
    jumlahPenggunaPetunjuk: "Dipakai untuk memeriksa kecukupan sampel (Krejcie & Morgan).",
    indikator: "Indikator IKU yang diisi IKM (boleh kosong)",
    tanpaIndikator: "— tidak dikaitkan —",
    pilihKuesioner: "Kuesioner",
    wajibKode: "Responden wajib memasukkan kode sekali pakai dari struk layanan",
    kodeJudul: "Kode sekali pakai",
    kodePengantar:
      "Kode dicetak pada struk layanan; setiap kode menerima satu respons. Hanya periode yang mewajibkan kode yang tercantum.",
    kodeKosong: "Tidak ada periode yang mewajibkan kode sekali pakai.",
    kodeTersisa: "kode belum dipakai",
    jumlahKode: "Jumlah kode baru",
    buatKode: "Buat kode",
    cetakKode: "Cetak daftar kode",
    kuesionerJudul: "Kuesioner",
    standar: "standar",
    khusus: "khusus pemda",
    kuesionerTambah: "Tambah kuesioner khusus",
    kuesionerHanyaAdmin: "Kuesioner khusus berlaku untuk seluruh pemda dan ditambahkan oleh admin pemda.",
    namaKuesioner: "Nama kuesioner",
    sumber: "Sumber/dasar kuesioner",
    unsur: "Unsur, satu per baris",
    unsurPetunjuk:
      "Bentuk: kunci; nama unsur; bobot; pertanyaan (boleh kosong). Bobot pecahan (1/9) atau desimal (0,25); jumlah bobot harus tepat 1.",
    simpan: "Simpan",
  },
  {
    judul: "Public satisfaction survey (SKM)",
    pengantar:
      "Set up this agency's survey: service units with their QR codes, service types, survey periods, one-time codes, and apply the IKM to the key indicator.",
    hasilPublik: "Public results page",
    imporKertas: "Import paper questionnaires",
    hanyaBaca: "You can read this survey set-up; the agency's planner changes it.",
    unitJudul: "Service units",
    unitKosong: "No service unit yet.",
    kode: "Code",
    nama: "Name",
    formulir: "Public form",
    poster: "QR poster (A4)",
    kios: "Kiosk mode",
    nonaktif: "inactive",
    unitTambah: "Add a service unit",
    kodeUnitPetunjuk: "Lower-case letters, digits and hyphens; becomes the address /s/code in the QR code.",
    jenisJudul: "Service types",
    jenisKosong: "No service type yet.",
    jenisTambah: "Add a service type",
    periodeJudul: "Survey periods",
    periodeKosong: "No survey period yet.",
    periode: "Period",
    tanggal: "Dates",
    pengguna: "Service users",
    iku: "Key indicator",
    kuesioner: "Questionnaire",
    responden: "Respondents",
    ikm: "IKM",
    mutu: "Grade",
    realisasi: "Indicator result",
    aksi: "Actions",
    belum: "not yet",
    tidakTerikat: "not bound",
    terapkan: "Apply IKM to the key indicator",
    periodeTambah: "Add a survey period",
    tahun: "Year",
    jenisPeriode: "Kind of period",
    triwulan: "Quarter",
    semester: "Half-year",
    tahunan: "Year",
    ke: "Period number",
    mulai: "Start date",
    selesai: "End date",
    jumlahPengguna: "Number of service users in the period (optional)",
    jumlahPenggunaPetunjuk: "Used to check the sample size (Krejcie & Morgan).",
    indikator: "Key indicator fed by the IKM (optional)",
    tanpaIndikator: "— not bound —",
    pilihKuesioner: "Questionnaire",
    wajibKode: "Respondents must enter a one-time code from the service receipt",
    kodeJudul: "One-time codes",
    kodePengantar:
      "Codes are printed on service receipts; each admits one response. Only periods that require codes are listed.",
    kodeKosong: "No period requires one-time codes.",
    kodeTersisa: "codes not used yet",
    jumlahKode: "Number of new codes",
    buatKode: "Make codes",
    cetakKode: "Print the code list",
    kuesionerJudul: "Questionnaires",
    standar: "standard",
    khusus: "local government's own",
    kuesionerTambah: "Add a custom questionnaire",
    kuesionerHanyaAdmin:
      "Custom questionnaires apply to the whole local government and are added by its admin.",
    namaKuesioner: "Questionnaire name",
    sumber: "Source/basis of the questionnaire",
    unsur: "Elements, one per line",
    unsurPetunjuk:
      "Form: key; element name; weight; question (optional). Weight as a fraction (1/9) or decimal (0.25); the weights must sum to exactly 1.",
    simpan: "Save",
  },
);

/** Which form of the screen was refused, with its messages and what the person typed. */
export type GagalKelola = {
  bagian: "unit" | "jenis" | "periode" | "kode" | "kuesioner" | "terapkan";
  /** the period of a per-period form (codes, terapkan) */
  periodeId?: number;
  galat: GalatFormulir;
  isian: Record<string, string>;
};

function angkaId(nilai: string | null, bahasa: Bahasa): string {
  if (nilai === null) return "–";
  return bahasa === "id" ? nilai.replace(".", ",") : nilai;
}

function BarisPeriode(props: {
  p: PeriodeKelola;
  bahasa: Bahasa;
  kodeOpd: string;
  csrf: string;
  bolehUbah: boolean;
}) {
  const { p, bahasa } = props;
  const t = teksKelola(bahasa);
  return (
    <tr id={`periode-${p.id}`}>
      <td data-label={t.periode}>
        {p.nama}
        <br />
        <small>{p.kuesioner}</small>
      </td>
      <td data-label={t.tanggal}>
        {p.mulai} – {p.selesai}
      </td>
      <td data-label={t.pengguna}>{p.jumlahPengguna ?? "–"}</td>
      <td data-label={t.iku}>{p.indikator ? `${p.indikator.kode} ${p.indikator.nama}` : t.tidakTerikat}</td>
      <td data-label={t.responden}>{p.responden}</td>
      <td data-label={t.ikm}>{angkaId(p.ikm, bahasa)}</td>
      <td data-label={t.mutu}>{p.mutu ? `${p.mutu.huruf} (${p.mutu.sebutan})` : "–"}</td>
      <td data-label={t.realisasi}>
        {p.realisasi ? `${angkaId(p.realisasi.nilai, bahasa)} (${p.realisasi.status})` : t.belum}
      </td>
      <td data-label={t.aksi}>
        {props.bolehUbah && (
          <Formulir aksi={jalurKelola.terapkan(props.kodeOpd, p.id)} csrf={props.csrf}>
            <button type="submit" class="kedua">
              {t.terapkan}
            </button>
          </Formulir>
        )}
      </td>
    </tr>
  );
}

function pilihanIndikator(layar: LayarSurveiKelola) {
  return layar.indikator.map((i) => ({ nilai: i.kode, label: `${i.kode} ${i.nama} (Renstra ${i.renstra})` }));
}

/** The survey management screen of one OPD: five sections, each with its own plain form. */
export function HalamanKelolaSurvei(props: {
  k: KonteksHalaman;
  opd: { id: number; kode: string; nama: string };
  layar: LayarSurveiKelola;
  bolehUbah: boolean;
  bolehKuesioner: boolean;
  gagal: GagalKelola | null;
  pesan: string | null;
}) {
  const { k, opd, layar, gagal } = props;
  const t = teksKelola(k.bahasa);
  const isi = (bagian: GagalKelola["bagian"]) => (gagal?.bagian === bagian ? gagal.isian : {});
  const galat = (bagian: GagalKelola["bagian"]) => (gagal?.bagian === bagian ? gagal.galat : undefined);
  const iPeriode = isi("periode");
  const tahunIni = String(new Date().getFullYear());
  const periodeKode = layar.periode.filter((p) => p.kodeSekaliPakai);
  return (
    <>
      <h1>{`${t.judul} · ${opd.nama}`}</h1>
      <Pemberitahuan pesan={props.pesan} />
      {(gagal?.bagian === "terapkan" ||
        // a code request for a period whose code form is not on the page: its message goes on top
        (gagal?.bagian === "kode" && !periodeKode.some((p) => p.id === gagal.periodeId))) && (
        <p class="galat-umum" role="alert">
          {Object.values(gagal?.galat ?? {}).join(" ")}
        </p>
      )}
      <p>{t.pengantar}</p>
      <p class="baris-aksi">
        <a href={`/s/hasil/${opd.kode}`}>{t.hasilPublik}</a>
        {props.bolehUbah && (
          <>
            {" · "}
            <a href={TAUTAN.surveiImpor(opd.kode)}>{t.imporKertas}</a>
          </>
        )}
      </p>
      {!props.bolehUbah && <p>{t.hanyaBaca}</p>}

      <section id="unit" aria-labelledby="judul-unit">
        <h2 id="judul-unit">{t.unitJudul}</h2>
        {layar.unit.length === 0 ? (
          <p>{t.unitKosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.kode}</th>
                <th scope="col">{t.nama}</th>
                <th scope="col">{t.formulir}</th>
                <th scope="col">{t.poster}</th>
                <th scope="col">{t.kios}</th>
              </tr>
            </thead>
            <tbody>
              {layar.unit.map((u) => (
                <tr>
                  <td data-label={t.kode}>
                    {u.kode}
                    {!u.aktif && ` (${t.nonaktif})`}
                  </td>
                  <td data-label={t.nama}>{u.nama}</td>
                  <td data-label={t.formulir}>
                    <a href={`/s/${u.kode}`}>/s/{u.kode}</a>
                  </td>
                  <td data-label={t.poster}>
                    <a href={`/s/${u.kode}/poster`}>{t.poster}</a>
                  </td>
                  <td data-label={t.kios}>
                    <a href={`/s/${u.kode}?kiosk=1`}>{t.kios}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {props.bolehUbah && (
          <Formulir aksi={jalurKelola.unit(opd.kode)} csrf={k.csrf} galat={galat("unit")}>
            <h3>{t.unitTambah}</h3>
            <div class="baris-bidang">
              <Bidang
                nama="unitKode"
                kunciGalat="kode"
                label={t.kode}
                nilai={isi("unit").unitKode}
                galat={galat("unit")}
                petunjuk={t.kodeUnitPetunjuk}
                wajib
              />
              <Bidang
                nama="unitNama"
                kunciGalat="nama"
                label={t.nama}
                nilai={isi("unit").unitNama}
                galat={galat("unit")}
                wajib
              />
            </div>
            <button type="submit">{t.unitTambah}</button>
          </Formulir>
        )}
      </section>

      <section id="jenis" aria-labelledby="judul-jenis">
        <h2 id="judul-jenis">{t.jenisJudul}</h2>
        {layar.jenis.length === 0 ? (
          <p>{t.jenisKosong}</p>
        ) : (
          <ul>
            {layar.jenis.map((j) => (
              <li>
                <code>{j.kode}</code> {j.nama}
                {!j.aktif && ` (${t.nonaktif})`}
              </li>
            ))}
          </ul>
        )}
        {props.bolehUbah && (
          <Formulir aksi={jalurKelola.jenis(opd.kode)} csrf={k.csrf} galat={galat("jenis")}>
            <h3>{t.jenisTambah}</h3>
            <div class="baris-bidang">
              <Bidang
                nama="jenisKode"
                kunciGalat="kode"
                label={t.kode}
                nilai={isi("jenis").jenisKode}
                galat={galat("jenis")}
                wajib
              />
              <Bidang
                nama="jenisNama"
                kunciGalat="nama"
                label={t.nama}
                nilai={isi("jenis").jenisNama}
                galat={galat("jenis")}
                wajib
              />
            </div>
            <button type="submit">{t.jenisTambah}</button>
          </Formulir>
        )}
      </section>

      <section id="periode" aria-labelledby="judul-periode">
        <h2 id="judul-periode">{t.periodeJudul}</h2>
        {layar.periode.length === 0 ? (
          <p>{t.periodeKosong}</p>
        ) : (
          <table class="susun">
            <thead>
              <tr>
                <th scope="col">{t.periode}</th>
                <th scope="col">{t.tanggal}</th>
                <th scope="col">{t.pengguna}</th>
                <th scope="col">{t.iku}</th>
                <th scope="col">{t.responden}</th>
                <th scope="col">{t.ikm}</th>
                <th scope="col">{t.mutu}</th>
                <th scope="col">{t.realisasi}</th>
                <th scope="col">{t.aksi}</th>
              </tr>
            </thead>
            <tbody>
              {layar.periode.map((p) => (
                <BarisPeriode
                  p={p}
                  bahasa={k.bahasa}
                  kodeOpd={opd.kode}
                  csrf={k.csrf}
                  bolehUbah={props.bolehUbah}
                />
              ))}
            </tbody>
          </table>
        )}
        {props.bolehUbah && (
          <Formulir aksi={jalurKelola.periode(opd.kode)} csrf={k.csrf} galat={galat("periode")}>
            <h3>{t.periodeTambah}</h3>
            <div class="baris-bidang">
              <Bidang
                nama="tahun"
                label={t.tahun}
                jenis="number"
                inputmode="numeric"
                nilai={iPeriode.tahun ?? tahunIni}
                galat={galat("periode")}
                wajib
              />
              <Pilihan
                nama="periodeJenis"
                label={t.jenisPeriode}
                nilai={iPeriode.periodeJenis ?? "tahun"}
                pilihan={[
                  { nilai: "tahun", label: t.tahunan },
                  { nilai: "semester", label: t.semester },
                  { nilai: "triwulan", label: t.triwulan },
                ]}
                galat={galat("periode")}
                wajib
              />
              <Bidang
                nama="periodeKe"
                label={t.ke}
                jenis="number"
                inputmode="numeric"
                nilai={iPeriode.periodeKe ?? "1"}
                galat={galat("periode")}
                wajib
              />
            </div>
            <div class="baris-bidang">
              <Bidang
                nama="mulai"
                label={t.mulai}
                jenis="date"
                nilai={iPeriode.mulai}
                galat={galat("periode")}
                wajib
              />
              <Bidang
                nama="selesai"
                label={t.selesai}
                jenis="date"
                nilai={iPeriode.selesai}
                galat={galat("periode")}
                wajib
              />
              <Bidang
                nama="jumlahPengguna"
                label={t.jumlahPengguna}
                jenis="number"
                inputmode="numeric"
                nilai={iPeriode.jumlahPengguna}
                petunjuk={t.jumlahPenggunaPetunjuk}
                galat={galat("periode")}
              />
            </div>
            <Pilihan
              nama="indikatorKode"
              label={t.indikator}
              nilai={iPeriode.indikatorKode}
              kosong={t.tanpaIndikator}
              pilihan={pilihanIndikator(layar)}
              galat={galat("periode")}
            />
            <Pilihan
              nama="kuesionerKode"
              label={t.pilihKuesioner}
              nilai={iPeriode.kuesionerKode ?? "permenpanrb-14-2017"}
              pilihan={layar.kuesioner.map((q) => ({
                nilai: q.kode,
                label: `${q.nama} (${q.khusus ? t.khusus : t.standar})`,
              }))}
              galat={galat("periode")}
              wajib
            />
            <div class="bidang bidang-centang">
              <label>
                <input
                  type="checkbox"
                  name="kodeSekaliPakai"
                  value="ya"
                  checked={iPeriode.kodeSekaliPakai === "ya"}
                />
                {t.wajibKode}
              </label>
            </div>
            <button type="submit">{t.periodeTambah}</button>
          </Formulir>
        )}
      </section>

      <section id="kode" aria-labelledby="judul-kode">
        <h2 id="judul-kode">{t.kodeJudul}</h2>
        <p>{t.kodePengantar}</p>
        {periodeKode.length === 0 ? (
          <p>{t.kodeKosong}</p>
        ) : (
          periodeKode.map((p) => {
            const milikIni = gagal?.bagian === "kode" && gagal.periodeId === p.id;
            return (
              <div class="kode-periode">
                <h3>{`${p.nama}: ${p.kodeTersisa} ${t.kodeTersisa}`}</h3>
                <p>
                  <a href={jalurKelola.kode(opd.kode, p.id)}>{t.cetakKode}</a>
                </p>
                {props.bolehUbah && (
                  <Formulir
                    aksi={jalurKelola.kode(opd.kode, p.id)}
                    csrf={k.csrf}
                    galat={milikIni ? gagal.galat : undefined}
                    class="filter"
                  >
                    <Bidang
                      nama={`jumlah_${p.id}`}
                      kunciGalat="jumlah"
                      label={t.jumlahKode}
                      jenis="number"
                      inputmode="numeric"
                      min="1"
                      max={String(KODE_SEKALI_MAKS)}
                      nilai={milikIni ? gagal.isian[`jumlah_${p.id}`] : undefined}
                      galat={milikIni ? gagal.galat : undefined}
                      wajib
                    />
                    <button type="submit">{t.buatKode}</button>
                  </Formulir>
                )}
              </div>
            );
          })
        )}
      </section>

      <section id="kuesioner" aria-labelledby="judul-kuesioner">
        <h2 id="judul-kuesioner">{t.kuesionerJudul}</h2>
        <ul>
          {layar.kuesioner.map((q) => (
            <li>
              <code>{q.kode}</code> {q.nama} ({q.khusus ? t.khusus : t.standar})
            </li>
          ))}
        </ul>
        {props.bolehKuesioner ? (
          <Formulir aksi={jalurKelola.kuesioner(opd.kode)} csrf={k.csrf} galat={galat("kuesioner")}>
            <h3>{t.kuesionerTambah}</h3>
            <div class="baris-bidang">
              <Bidang
                nama="kqKode"
                kunciGalat="kode"
                label={t.kode}
                nilai={isi("kuesioner").kqKode}
                galat={galat("kuesioner")}
                wajib
              />
              <Bidang
                nama="kqNama"
                kunciGalat="nama"
                label={t.namaKuesioner}
                nilai={isi("kuesioner").kqNama}
                galat={galat("kuesioner")}
                wajib
              />
            </div>
            <Bidang
              nama="kqSumber"
              kunciGalat="sumber"
              label={t.sumber}
              nilai={isi("kuesioner").kqSumber ?? "PermenPANRB 14/2017, disesuaikan"}
              galat={galat("kuesioner")}
              wajib
            />
            <AreaTeks
              nama="kqUnsur"
              kunciGalat="unsur"
              label={t.unsur}
              nilai={isi("kuesioner").kqUnsur}
              petunjuk={t.unsurPetunjuk}
              galat={galat("kuesioner")}
              baris={9}
              wajib
            />
            <button type="submit">{t.kuesionerTambah}</button>
          </Formulir>
        ) : (
          <p>{t.kuesionerHanyaAdmin}</p>
        )}
      </section>
    </>
  );
}
