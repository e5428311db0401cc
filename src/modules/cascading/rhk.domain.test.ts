import { describe, expect, it } from "vitest";
import { bacaSelXlsx } from "../../platform/excel.ts";
import type { SimpulPohon } from "./pohon.model.ts";
import { aspekDariSatuan, type PegawaiRhk, turunkanRhk } from "./rhk.domain.ts";
import { barisEksporRhk, eksporRhkCsv, eksporRhkXlsx, KOLOM_EKSPOR_RHK, targetCsv } from "./rhk-ekspor.ts";

function simpul(
  id: number,
  level: SimpulPohon["level"],
  kondisi: string,
  lain: Partial<SimpulPohon> = {},
): SimpulPohon {
  return {
    id,
    indukId: null,
    opdId: level === "strategis_pemda" ? null : 1,
    level,
    jenisHasil: "outcome",
    kondisi,
    urutan: 0,
    rpjmdSasaranId: null,
    sasaranId: null,
    unitKerja: null,
    pegawai: null,
    faktorKeberhasilan: null,
    indikator: [],
    anggaran: [],
    dukungan: [],
    anak: [],
    ...lain,
  };
}

const anggaran = (kode: string) => ({ opdId: 1, opdKode: "malili", kode, nama: null });

// A hand-made tree: pemda sasaran → OPD outcome (no unit: the OPD's head) → sekretariat → subbagian umum
// → an employee's RHK; and an operasional node of a unit without a struktural official.
const individu = simpul(6, "individu", "Tersusunnya draf Renja tepat waktu", {
  urutan: 1,
  pegawai: { id: 5, nama: "Pelaksana Umum", nip: "199001012020121001", jabatan: "Pelaksana" },
  indikator: [
    { id: 61, indikatorId: null, nama: "Jumlah draf Renja", satuan: "dokumen", target: { 2024: "1" } },
    { id: 62, indikatorId: null, nama: "Waktu penyelesaian draf", satuan: "Bulan", target: { 2024: "2" } },
  ],
});
const operasional = simpul(4, "operasional", "Tersusunnya dokumen perencanaan", {
  unitKerja: { id: 11, nama: "Subbagian Umum" },
  indikator: [
    {
      id: 41,
      indikatorId: null,
      nama: "Jumlah dokumen perencanaan",
      satuan: "dokumen",
      target: { 2024: "1250.50", 2025: "4" },
    },
  ],
  anak: [individu],
});
const taktis = simpul(3, "taktis", "Meningkatnya akuntabilitas kinerja", {
  unitKerja: { id: 10, nama: "Sekretariat" },
  indikator: [{ id: 31, indikatorId: null, nama: "Nilai SAKIP kecamatan", satuan: "nilai", target: {} }],
  anggaran: [anggaran("7.01.01"), anggaran("7.01.01.2.01")],
  anak: [operasional],
});
const tanpaPejabat = simpul(5, "operasional", "Terlaksananya pelayanan KTP", {
  urutan: 2,
  unitKerja: { id: 12, nama: "Seksi Pelayanan" },
});
const strategis = simpul(2, "strategis", "Meningkatnya kualitas pelayanan publik", {
  indikator: [
    {
      id: 21,
      indikatorId: 101,
      nama: "Indeks Kepuasan Masyarakat",
      satuan: "indeks",
      target: { 2024: "82.5" },
    },
  ],
  anak: [tanpaPejabat, taktis],
});
const pemda = simpul(1, "strategis_pemda", "Meningkatnya tata kelola pemerintahan", { anak: [strategis] });

function pegawai(
  id: number,
  nama: string,
  jabatan: string,
  jenisJabatan: PegawaiRhk["jenisJabatan"],
  eselon: string | null,
  unitKerjaId: number,
  unitNama: string,
): PegawaiRhk {
  return {
    id,
    nama,
    nip: id === 1 ? "198111162010011015" : null,
    jabatan,
    jenisJabatan,
    eselon,
    unitKerjaId,
    unitNama,
  };
}

const register: PegawaiRhk[] = [
  pegawai(1, "Camat", "Camat Malili", "struktural", "III.a", 9, "Camat"),
  pegawai(2, "Sekcam", "Sekretaris Camat", "struktural", "III.b", 10, "Sekretariat"),
  pegawai(3, "Kasubag", "Kepala Subbagian Umum", "struktural", "IV.a", 11, "Subbagian Umum"),
  pegawai(4, "Tanpa RHK", "Pelaksana", "pelaksana", null, 11, "Subbagian Umum"),
  pegawai(5, "Pelaksana Umum", "Pelaksana", "pelaksana", null, 11, "Subbagian Umum"),
  pegawai(7, "Kasubag Kedua", "Kepala Subbagian Umum", "struktural", "IV.a", 11, "Subbagian Umum"),
];

const kodeRenstra = new Map([[101, "IKU.1"]]);

describe("aspekDariSatuan", () => {
  it.each([
    ["%", "kualitas"],
    [" Persen ", "kualitas"],
    ["indeks", "kualitas"],
    ["Nilai", "kualitas"],
    ["hari", "waktu"],
    ["Bulan", "waktu"],
    ["dokumen", "kuantitas"],
    ["orang", "kuantitas"],
  ] as const)("%s → %s", (satuan, aspek) => {
    expect(aspekDariSatuan(satuan)).toBe(aspek);
  });
});

describe("turunkanRhk", () => {
  const hasil = turunkanRhk([pemda], register, kodeRenstra, 2024);

  it("gives each employee the RHK of their node, in register order, with the gaps", () => {
    expect(hasil.pegawai.map((p) => [p.pegawai.id, p.rhk.map((r) => r.simpulId)])).toEqual([
      [1, [2]],
      [2, [3]],
      [3, [4]],
      [4, []],
      [5, [6]],
      [7, []],
    ]);
  });

  it("derives the RHK, the superior's RHK, indicators with the year's target and the PK code", () => {
    const rhk = hasil.pegawai.flatMap((p) => p.rhk);
    expect(rhk).toEqual([
      {
        simpulId: 2,
        level: "strategis",
        sumber: "jabatan",
        rhk: "Meningkatnya kualitas pelayanan publik",
        rhkAtasan: "Meningkatnya tata kelola pemerintahan",
        simpulAtasanId: 1,
        indikator: [
          {
            nama: "Indeks Kepuasan Masyarakat",
            satuan: "indeks",
            aspek: "kualitas",
            target: "82.5",
            kodePk: ["IKU.1"],
          },
        ],
        kodeAnggaran: [],
      },
      {
        simpulId: 3,
        level: "taktis",
        sumber: "jabatan",
        rhk: "Meningkatnya akuntabilitas kinerja",
        rhkAtasan: "Meningkatnya kualitas pelayanan publik",
        simpulAtasanId: 2,
        indikator: [
          {
            nama: "Nilai SAKIP kecamatan",
            satuan: "nilai",
            aspek: "kualitas",
            target: null,
            kodePk: ["IKU.1"],
          },
        ],
        kodeAnggaran: ["7.01.01", "7.01.01.2.01"],
      },
      {
        simpulId: 4,
        level: "operasional",
        sumber: "jabatan",
        rhk: "Tersusunnya dokumen perencanaan",
        rhkAtasan: "Meningkatnya akuntabilitas kinerja",
        simpulAtasanId: 3,
        indikator: [
          {
            nama: "Jumlah dokumen perencanaan",
            satuan: "dokumen",
            aspek: "kuantitas",
            target: "1250.50",
            kodePk: ["IKU.1"],
          },
        ],
        kodeAnggaran: ["7.01.01", "7.01.01.2.01"],
      },
      {
        simpulId: 6,
        level: "individu",
        sumber: "individu",
        rhk: "Tersusunnya draf Renja tepat waktu",
        rhkAtasan: "Tersusunnya dokumen perencanaan",
        simpulAtasanId: 4,
        indikator: [
          {
            nama: "Jumlah draf Renja",
            satuan: "dokumen",
            aspek: "kuantitas",
            target: "1",
            kodePk: ["IKU.1"],
          },
          {
            nama: "Waktu penyelesaian draf",
            satuan: "Bulan",
            aspek: "waktu",
            target: "2",
            kodePk: ["IKU.1"],
          },
        ],
        kodeAnggaran: ["7.01.01", "7.01.01.2.01"],
      },
    ]);
  });

  it("lists a node of a unit without a struktural official as without owner", () => {
    expect(hasil.tanpaPemilik.map((r) => [r.simpulId, r.rhkAtasan, r.kodeAnggaran])).toEqual([
      [5, "Meningkatnya kualitas pelayanan publik", []],
    ]);
  });

  it("gives a node of a unit with two heads of the same eselon to the lower id", () => {
    expect(hasil.pegawai.find((p) => p.pegawai.id === 7)?.rhk).toEqual([]);
  });

  it("takes the year's target: 2025 has only the operasional node's", () => {
    const th2025 = turunkanRhk([pemda], register, kodeRenstra, 2025).pegawai.flatMap((p) =>
      p.rhk.flatMap((r) => r.indikator.map((i) => i.target)),
    );
    expect(th2025).toEqual([null, null, "4", null, null]);
  });

  it("gives a strategis node without a unit to nobody when the OPD has no struktural official", () => {
    const tanpaStruktural = register.filter((p) => p.jenisJabatan !== "struktural");
    const h = turunkanRhk([pemda], tanpaStruktural, kodeRenstra, 2024);
    expect(h.tanpaPemilik.map((r) => r.simpulId)).toEqual([2, 3, 4, 5]);
    expect(h.pegawai.map((p) => p.rhk.length)).toEqual([0, 1]);
  });
});

const KEPALA_CSV = KOLOM_EKSPOR_RHK.join(";");

describe("the e-Kinerja export", () => {
  const hasil = turunkanRhk([pemda], register, kodeRenstra, 2024);
  const baris = barisEksporRhk(hasil, 2024);

  it("writes targets with a decimal comma and no thousands mark", () => {
    expect([targetCsv("1250.50"), targetCsv("82.5"), targetCsv("70"), targetCsv(null)]).toEqual([
      "1250,5",
      "82,5",
      "70",
      "",
    ]);
  });

  it("has one row per RHK indicator, employees without RHK left out", () => {
    expect(baris.map((b) => [b.nama, b.indikator, b.target])).toEqual([
      ["Camat", "Indeks Kepuasan Masyarakat", "82.5"],
      ["Sekcam", "Nilai SAKIP kecamatan", null],
      ["Kasubag", "Jumlah dokumen perencanaan", "1250.50"],
      ["Pelaksana Umum", "Jumlah draf Renja", "1"],
      ["Pelaksana Umum", "Waktu penyelesaian draf", "2"],
    ]);
  });

  it("writes the CSV with a BOM, semicolons and CRLF", () => {
    expect(eksporRhkCsv(baris)).toBe(
      `\uFEFF${[
        KEPALA_CSV,
        "198111162010011015;Camat;Camat Malili;Camat;Meningkatnya tata kelola pemerintahan;Meningkatnya kualitas pelayanan publik;kualitas;Indeks Kepuasan Masyarakat;82,5;indeks;2024;IKU.1;",
        ";Sekcam;Sekretaris Camat;Sekretariat;Meningkatnya kualitas pelayanan publik;Meningkatnya akuntabilitas kinerja;kualitas;Nilai SAKIP kecamatan;;nilai;2024;IKU.1;7.01.01, 7.01.01.2.01",
        ";Kasubag;Kepala Subbagian Umum;Subbagian Umum;Meningkatnya akuntabilitas kinerja;Tersusunnya dokumen perencanaan;kuantitas;Jumlah dokumen perencanaan;1250,5;dokumen;2024;IKU.1;7.01.01, 7.01.01.2.01",
        ";Pelaksana Umum;Pelaksana;Subbagian Umum;Tersusunnya dokumen perencanaan;Tersusunnya draf Renja tepat waktu;kuantitas;Jumlah draf Renja;1;dokumen;2024;IKU.1;7.01.01, 7.01.01.2.01",
        ";Pelaksana Umum;Pelaksana;Subbagian Umum;Tersusunnya dokumen perencanaan;Tersusunnya draf Renja tepat waktu;waktu;Waktu penyelesaian draf;2;Bulan;2024;IKU.1;7.01.01, 7.01.01.2.01",
      ].join("\r\n")}\r\n`,
    );
  });

  it("quotes a cell holding a semicolon or a quote", () => {
    const [pertama] = baris;
    if (!pertama) throw new Error("no row");
    const csv = eksporRhkCsv([{ ...pertama, rhk: 'Layanan "cepat"; tepat' }]);
    expect(csv.split("\r\n")[1]).toContain(';"Layanan ""cepat""; tepat";');
  });

  it("writes an RHK without an indicator as one row with the indicator columns empty", () => {
    const h = turunkanRhk([pemda], register, kodeRenstra, 2024);
    const kosong = {
      ...h,
      pegawai: [{ pegawai: register[0] as PegawaiRhk, rhk: h.tanpaPemilik }],
    };
    expect(barisEksporRhk(kosong, 2024)).toEqual([
      {
        nip: "198111162010011015",
        nama: "Camat",
        jabatan: "Camat Malili",
        unit: "Camat",
        rhkAtasan: "Meningkatnya kualitas pelayanan publik",
        rhk: "Terlaksananya pelayanan KTP",
        aspek: "",
        indikator: "",
        target: null,
        satuan: "",
        periode: 2024,
        kodePk: "",
        kodeAnggaran: "",
      },
    ]);
  });

  it("writes the workbook: the target a number, NIP and codes as text", async () => {
    const sel = await bacaSelXlsx(await eksporRhkXlsx(baris));
    expect(sel[0]).toEqual([...KOLOM_EKSPOR_RHK]);
    expect(sel.slice(1)).toEqual([
      [
        "198111162010011015",
        "Camat",
        "Camat Malili",
        "Camat",
        "Meningkatnya tata kelola pemerintahan",
        "Meningkatnya kualitas pelayanan publik",
        "kualitas",
        "Indeks Kepuasan Masyarakat",
        82.5,
        "indeks",
        2024,
        "IKU.1",
        "",
      ],
      [
        "",
        "Sekcam",
        "Sekretaris Camat",
        "Sekretariat",
        "Meningkatnya kualitas pelayanan publik",
        "Meningkatnya akuntabilitas kinerja",
        "kualitas",
        "Nilai SAKIP kecamatan",
        "",
        "nilai",
        2024,
        "IKU.1",
        "7.01.01, 7.01.01.2.01",
      ],
      [
        "",
        "Kasubag",
        "Kepala Subbagian Umum",
        "Subbagian Umum",
        "Meningkatnya akuntabilitas kinerja",
        "Tersusunnya dokumen perencanaan",
        "kuantitas",
        "Jumlah dokumen perencanaan",
        1250.5,
        "dokumen",
        2024,
        "IKU.1",
        "7.01.01, 7.01.01.2.01",
      ],
      [
        "",
        "Pelaksana Umum",
        "Pelaksana",
        "Subbagian Umum",
        "Tersusunnya dokumen perencanaan",
        "Tersusunnya draf Renja tepat waktu",
        "kuantitas",
        "Jumlah draf Renja",
        1,
        "dokumen",
        2024,
        "IKU.1",
        "7.01.01, 7.01.01.2.01",
      ],
      [
        "",
        "Pelaksana Umum",
        "Pelaksana",
        "Subbagian Umum",
        "Tersusunnya dokumen perencanaan",
        "Tersusunnya draf Renja tepat waktu",
        "waktu",
        "Waktu penyelesaian draf",
        2,
        "Bulan",
        2024,
        "IKU.1",
        "7.01.01, 7.01.01.2.01",
      ],
    ]);
  });
});
