/**
 * The pohon kinerja of Kecamatan Malili for its Renstra 2021–2026 (issue 9), as plain data: the reference report
 * has no tree (its follow-up table §3.3 says the office did not yet know how to build one), so it is built here
 * from what the report does state, following PermenPANRB 89/2021:
 * - pemda nodes: the RPJMD items the report names for each sasaran (BAB III: misi 4, tujuan M4.T1 and M4.T2;
 *   the RPJMD sasaran are not named, see NOTES.md, so the pemda nodes state those tujuan);
 * - strategic nodes: the two Renstra sasaran with their Renstra indicators and targets (Table 2.1, IKU table),
 *   owned by the Camat;
 * - tactical nodes: one per program of Table 2.2, owned by the Sekretaris Camat (program penunjang) or the
 *   Kepala Seksi whose duties the program is (the eselon structure of Tables 1.3 and 3.7);
 * - operational nodes: one per kegiatan, owned by its subbagian or seksi and funded by the kegiatan code (so
 *   every sub kegiatan under it funds the node), with one output indicator per sub kegiatan and the 2024
 *   targets of Table 2.2;
 * - a few employees' RHK under the operational nodes of their own unit;
 * - critical success factors per sasaran, drawn from the report's analysis of what drove or held back each
 *   sasaran, tagged on the conditions that must hold for them;
 * - crosscutting: the Inspektorat, which evaluates the LAKIP, supports the accountability sasaran.
 * Targets other than the Renstra's are given for 2024 only, the one year the report states them.
 */

/** An indicator of a lower node with its targets per year (decimal strings). */
export type SeedIndikatorPohon = { nama: string; satuan: string; target: Readonly<Record<number, string>> };

/** A tactical, operational or individual node and the nodes under it. */
export type SeedSimpulPohon = {
  level: "taktis" | "operasional" | "individu";
  kondisi: string;
  /** unit kerja code of the owner */
  unitKode: string;
  /** the employee who owns it (by name in the demo register), null when the unit owns it */
  pegawaiNama: string | null;
  /** key of a critical success factor of the strategic node above, when this node is one of its conditions */
  faktor: string | null;
  /** Kepmendagri 050 codes of Malili's DPA that fund it */
  anggaran: readonly string[];
  indikator: readonly SeedIndikatorPohon[];
  anak: readonly SeedSimpulPohon[];
};

/** A strategic node: a Renstra sasaran (its statement, indicators and targets are read from the Renstra). */
export type SeedSimpulStrategis = {
  sasaranKode: string;
  /** the RPJMD tujuan code of the pemda node it hangs under */
  pemdaTujuanKode: string;
  unitKode: string;
  pegawaiNama: string;
  faktor: readonly { kunci: string; uraian: string }[];
  dukungan: readonly {
    opdKode: string;
    peran: "pengampu" | "pendukung";
    porsi: string | null;
    keterangan: string;
  }[];
  anak: readonly SeedSimpulPohon[];
};

/** The whole demo tree: the year whose plan period it belongs to, the pemda nodes and the strategic branches. */
export type SeedPohon = {
  tahun: number;
  /** RPJMD tujuan codes stated as pemda nodes, in order */
  pemdaTujuanKode: readonly string[];
  strategis: readonly SeedSimpulStrategis[];
};

const T = 2024;
const CAMAT = "NASIR, SP., M.Si";

function op(
  kondisi: string,
  unitKode: string,
  kegiatanKode: string,
  faktor: string | null,
  indikator: [nama: string, satuan: string, target2024: string][],
  anak: SeedSimpulPohon[] = [],
): SeedSimpulPohon {
  return {
    level: "operasional",
    kondisi,
    unitKode,
    pegawaiNama: null,
    faktor,
    anggaran: [kegiatanKode],
    indikator: indikator.map(([nama, satuan, target]) => ({ nama, satuan, target: { [T]: target } })),
    anak,
  };
}

function rhk(
  kondisi: string,
  unitKode: string,
  pegawaiNama: string,
  [nama, satuan, target]: [string, string, string],
): SeedSimpulPohon {
  return {
    level: "individu",
    kondisi,
    unitKode,
    pegawaiNama,
    faktor: null,
    anggaran: [],
    indikator: [{ nama, satuan, target: { [T]: target } }],
    anak: [],
  };
}

function taktis(
  kondisi: string,
  unitKode: string,
  pegawaiNama: string,
  programKode: string,
  faktor: string | null,
  [nama, satuan]: [string, string],
  anak: SeedSimpulPohon[],
): SeedSimpulPohon {
  return {
    level: "taktis",
    kondisi,
    unitKode,
    pegawaiNama,
    faktor,
    anggaran: [programKode],
    indikator: [{ nama, satuan, target: { [T]: "100" } }],
    anak,
  };
}

/** Kecamatan Malili's tree for the Renstra 2021–2026. */
export const pohonMalili: SeedPohon = {
  tahun: T,
  pemdaTujuanKode: ["M4.T1", "M4.T2"],
  strategis: [
    {
      sasaranKode: "S1",
      pemdaTujuanKode: "M4.T1",
      unitKode: "camat",
      pegawaiNama: CAMAT,
      faktor: [
        {
          kunci: "S1.F1",
          uraian:
            "Pelayanan administrasi di loket kecamatan cepat, mudah dan sesuai standar pelayanan, didukung sumber daya manusia, sarana dan prasarana yang memadai",
        },
        {
          kunci: "S1.F2",
          uraian:
            "Koordinasi dan komunikasi yang efektif dengan pemerintah desa dan kelurahan, Forkopimcam, tokoh agama dan tokoh masyarakat",
        },
      ],
      dukungan: [],
      anak: [
        taktis(
          "Meningkatnya kualitas pelayanan urusan pemerintahan yang dilimpahkan kepada Camat",
          "seksi-pelayanan",
          "Pegawai PNS 07",
          "7.01.02",
          "S1.F1",
          ["Persentase permohonan layanan yang diselesaikan sesuai standar pelayanan", "%"],
          [
            op(
              "Terlaksananya pelayanan perizinan non usaha yang dilimpahkan kepada Camat",
              "seksi-pelayanan",
              "7.01.02.2.04",
              "S1.F1",
              [["Jumlah laporan pelayanan perizinan non usaha", "Laporan", "4"]],
              [
                rhk(
                  "Terlayaninya permohonan perizinan non usaha di loket kecamatan",
                  "seksi-pelayanan",
                  "Pegawai PNS 13",
                  ["Jumlah laporan rekapitulasi permohonan perizinan non usaha", "Laporan", "4"],
                ),
              ],
            ),
          ],
        ),
        taktis(
          "Meningkatnya partisipasi dan keberdayaan masyarakat desa dan kelurahan",
          "seksi-pmd",
          "Pegawai PNS 05",
          "7.01.03",
          "S1.F2",
          ["Persentase lembaga kemasyarakatan dan pokmas yang aktif dalam perencanaan dan pembangunan", "%"],
          [
            op(
              "Terfasilitasinya partisipasi masyarakat dan kegiatan pemberdayaan di desa",
              "seksi-pmd",
              "7.01.03.2.01",
              null,
              [
                [
                  "Jumlah lembaga kemasyarakatan yang berpartisipasi dalam musrenbang desa",
                  "Lembaga Kemasyarakatan",
                  "5",
                ],
                ["Jumlah laporan kegiatan pemberdayaan masyarakat di wilayah kecamatan", "Laporan", "12"],
              ],
              [
                rhk(
                  "Terfasilitasinya lembaga kemasyarakatan desa dalam musrenbang desa",
                  "seksi-pmd",
                  "Pegawai PNS 11",
                  ["Jumlah lembaga kemasyarakatan yang difasilitasi", "Lembaga Kemasyarakatan", "5"],
                ),
              ],
            ),
            op("Terlaksananya pemberdayaan masyarakat di kelurahan", "seksi-pmd", "7.01.03.2.02", null, [
              ["Jumlah pokmas/ormas kelurahan yang diberdayakan", "Pokmas/Ormas", "2"],
            ]),
          ],
        ),
        taktis(
          "Terjaganya ketenteraman dan ketertiban umum di wilayah Kecamatan Malili",
          "seksi-trantib",
          "Pegawai PNS 06",
          "7.01.04",
          "S1.F2",
          ["Persentase gangguan ketenteraman dan ketertiban umum yang tertangani", "%"],
          [
            op(
              "Terkoordinasinya upaya ketenteraman dan ketertiban umum bersama Polri, TNI, instansi vertikal, tokoh agama dan tokoh masyarakat",
              "seksi-trantib",
              "7.01.04.2.01",
              null,
              [
                ["Jumlah laporan koordinasi dengan Polri, TNI dan instansi vertikal", "Laporan", "4"],
                ["Jumlah laporan pertemuan dengan tokoh agama dan tokoh masyarakat", "Laporan", "4"],
              ],
              [
                rhk(
                  "Tersusunnya laporan koordinasi keamanan wilayah kecamatan",
                  "seksi-trantib",
                  "Pegawai PNS 12",
                  ["Jumlah laporan koordinasi keamanan wilayah", "Laporan", "4"],
                ),
              ],
            ),
            op(
              "Terkoordinasinya penegakan peraturan daerah dan peraturan kepala daerah",
              "seksi-trantib",
              "7.01.04.2.02",
              null,
              [["Jumlah laporan koordinasi penegakan perda dan perkada", "Laporan", "4"]],
            ),
          ],
        ),
        taktis(
          "Meningkatnya efektivitas koordinasi penyelenggaraan pemerintahan umum di kecamatan",
          "seksi-pemerintahan",
          "Pegawai PNS 04",
          "7.01.05",
          "S1.F2",
          ["Persentase kesepakatan rapat Forkopimcam yang ditindaklanjuti", "%"],
          [
            op(
              "Terlaksananya tugas Forum Koordinasi Pimpinan di Kecamatan",
              "seksi-pemerintahan",
              "7.01.05.2.01",
              null,
              [["Jumlah dokumen pelaksanaan tugas Forkopimcam", "Dokumen", "12"]],
              [
                rhk(
                  "Tersusunnya notulen dan laporan rapat Forkopimcam",
                  "seksi-pemerintahan",
                  "Pegawai PNS 10",
                  ["Jumlah laporan rapat Forkopimcam", "Dokumen", "12"],
                ),
              ],
            ),
          ],
        ),
        taktis(
          "Meningkatnya tertib penyelenggaraan pemerintahan desa",
          "seksi-pemerintahan",
          "Pegawai PNS 04",
          "7.01.06",
          "S1.F2",
          ["Persentase desa yang APBDes-nya diverifikasi dan direkomendasikan tepat waktu", "%"],
          [
            op(
              "Terpantaunya perencanaan dan pelaksanaan pembangunan kawasan perdesaan",
              "seksi-pemerintahan",
              "7.01.06.2.01",
              null,
              [["Jumlah laporan koordinasi pembangunan kawasan perdesaan", "Laporan", "15"]],
            ),
          ],
        ),
      ],
    },
    {
      sasaranKode: "S2",
      pemdaTujuanKode: "M4.T2",
      unitKode: "camat",
      pegawaiNama: CAMAT,
      faktor: [
        {
          kunci: "S2.F1",
          uraian:
            "Dokumen perencanaan, pengukuran dan pelaporan kinerja tersusun tepat waktu dengan data lengkap dari setiap subbagian dan seksi",
        },
        {
          kunci: "S2.F2",
          uraian:
            "Pengelolaan keuangan, kepegawaian, barang milik daerah dan layanan perkantoran yang tertib dan akuntabel",
        },
      ],
      dukungan: [
        {
          opdKode: "inspektorat",
          peran: "pendukung",
          porsi: null,
          keterangan:
            "Mengevaluasi akuntabilitas kinerja dan menetapkan Nilai LAKIP kecamatan (Tabel 3.5; LHE 2024 belum terbit saat laporan disusun)",
        },
      ],
      anak: [
        taktis(
          "Meningkatnya kualitas tata kelola perencanaan, keuangan dan administrasi Kecamatan Malili",
          "sekretariat",
          "Pegawai PNS 01",
          "7.01.01",
          null,
          ["Persentase capaian kinerja Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "%"],
          [
            op(
              "Tersusunnya dokumen perencanaan, penganggaran dan evaluasi kinerja Kecamatan Malili",
              "subbag-perencanaan",
              "7.01.01.2.01",
              "S2.F1",
              [
                ["Jumlah dokumen perencanaan perangkat daerah yang disusun", "Dokumen", "2"],
                ["Jumlah dokumen RKA-SKPD yang disusun", "Dokumen", "2"],
                ["Jumlah dokumen DPA-SKPD yang disusun", "Dokumen", "2"],
                ["Jumlah dokumen evaluasi kinerja perangkat daerah", "Dokumen", "10"],
              ],
            ),
            op(
              "Terpenuhinya gaji dan tunjangan ASN serta laporan keuangan SKPD",
              "subbag-umum",
              "7.01.01.2.02",
              "S2.F2",
              [
                ["Jumlah ASN yang menerima gaji dan tunjangan", "Orang", "21"],
                ["Jumlah laporan keuangan bulanan/triwulanan/semesteran SKPD", "Dokumen", "12"],
              ],
              [
                rhk(
                  "Tersusunnya laporan keuangan bulanan SKPD tepat waktu",
                  "subbag-umum",
                  "Pegawai PNS 08",
                  ["Jumlah laporan keuangan bulanan yang disusun tepat waktu", "Dokumen", "12"],
                ),
              ],
            ),
            op(
              "Tertatausahakannya barang milik daerah pada Kecamatan Malili",
              "subbag-umum",
              "7.01.01.2.03",
              "S2.F2",
              [["Jumlah laporan penatausahaan barang milik daerah", "Dokumen", "4"]],
            ),
            op("Terlaporkannya pengelolaan retribusi daerah", "subbag-umum", "7.01.01.2.04", "S2.F2", [
              ["Jumlah laporan pengelolaan retribusi daerah", "Dokumen", "12"],
            ]),
            op(
              "Tertibnya administrasi kepegawaian dan meningkatnya pemahaman ASN atas peraturan perundang-undangan",
              "subbag-perencanaan",
              "7.01.01.2.05",
              "S2.F2",
              [
                ["Jumlah dokumen administrasi kepegawaian yang diolah", "Dokumen", "12"],
                ["Jumlah ASN yang mengikuti bimbingan teknis", "Orang", "5"],
              ],
            ),
            op(
              "Terpenuhinya kebutuhan administrasi umum perkantoran",
              "subbag-umum",
              "7.01.01.2.06",
              "S2.F2",
              [
                ["Jumlah paket komponen instalasi listrik/penerangan kantor yang disediakan", "Paket", "15"],
                ["Jumlah paket bahan logistik kantor yang disediakan", "Paket", "15"],
                ["Jumlah paket barang cetakan dan penggandaan", "Paket", "200"],
                ["Jumlah dokumen bahan bacaan dan peraturan perundang-undangan", "Dokumen", "8"],
                ["Jumlah laporan fasilitasi kunjungan tamu", "Laporan", "12"],
                ["Jumlah laporan rapat koordinasi dan konsultasi SKPD", "Laporan", "200"],
              ],
            ),
            op("Tersedianya mebel serta peralatan dan mesin kantor", "subbag-umum", "7.01.01.2.07", "S2.F2", [
              ["Jumlah unit mebel yang diadakan", "Unit", "2"],
              ["Jumlah unit peralatan dan mesin lainnya yang diadakan", "Unit", "3"],
            ]),
            op(
              "Terpenuhinya jasa surat-menyurat, komunikasi, air, listrik dan pelayanan umum kantor",
              "subbag-umum",
              "7.01.01.2.08",
              "S2.F2",
              [
                ["Jumlah laporan penyediaan jasa surat-menyurat", "Laporan", "4"],
                ["Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik", "Laporan", "12"],
                ["Jumlah laporan penyediaan jasa pelayanan umum kantor", "Laporan", "12"],
              ],
            ),
            op(
              "Terpeliharanya kendaraan dinas, peralatan dan gedung kantor",
              "subbag-umum",
              "7.01.01.2.09",
              "S2.F2",
              [
                ["Jumlah kendaraan dinas yang dipelihara dan dibayar pajaknya", "Unit", "8"],
                ["Jumlah unit peralatan dan mesin yang dipelihara", "Unit", "17"],
                ["Jumlah unit gedung kantor dan bangunan yang dipelihara", "Unit", "5"],
              ],
            ),
          ],
        ),
      ],
    },
  ],
};
