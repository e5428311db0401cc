/**
 * The generated Indonesian sentences of an LKjIP (PermenPANRB 53/2014, Anak Lampiran II; analyses a–g of
 * regulations.md §2.3). Pure: each takes the stored values the tables show and formats them with
 * platform/number-format.ts, so a sentence can never print a figure its table does not.
 */
import { keNumber, keString } from "../../platform/decimal.ts";
import { formatAngka, formatPersen, formatRupiah } from "../../platform/number-format.ts";
import type { HasilSerapan } from "../budget/anggaran.domain.ts";
import { terbilang } from "../consistency/terbilang.ts";
import type { HasilCapaian, Polaritas } from "../performance/capaian.domain.ts";
import { bandingTahunLalu } from "../performance/perbandingan.domain.ts";

const SATUAN_TANPA_LABEL = new Set(["nilai", "indeks", "skor", "poin", "angka"]);

/** "93,06" or "100 %" or "4 Laporan": a stored value with its satuan, the way sentences and tables print it. */
export function nilaiBersatuan(nilai: string, satuan: string | null): string {
  const angka = formatAngka(nilai);
  const s = (satuan ?? "").trim();
  if (s === "" || SATUAN_TANPA_LABEL.has(s.toLowerCase())) return angka;
  return `${angka} ${s}`;
}

/** "15 (lima belas)": the Indonesian official spelling of a count (angka and terbilang). */
export function angkaTerbilang(n: number): string {
  return `${n} (${terbilang(n)})`;
}

function tanpaTitikAkhir(s: string): string {
  return s.trim().replace(/[.;]+$/, "");
}

/** "a, b dan c": an Indonesian enumeration. */
export function gabungDaftar(butir: readonly string[]): string {
  if (butir.length <= 1) return butir.join("");
  return `${butir.slice(0, -1).join(", ")} dan ${butir[butir.length - 1]}`;
}

/** Input of the capaian sentence (analysis a): stored values, exactly as the table row shows them. */
export type InputKalimatCapaian = {
  indikator: string;
  tahun: number;
  target: string | null;
  realisasi: string | null;
  capaian: HasilCapaian;
  predikat: string | null;
  satuan: string | null;
  /** why the realisation is missing, from the realisation's catatan; the capaian's own reason otherwise */
  alasan?: string | null;
};

/**
 * Analysis (a), target against realisation this year (PermenPANRB 53/2014 §2.3 a). An indicator without a
 * realisation says so plainly with its reason; it never gets 0 % or a made-up value (decisions.md).
 */
export function kalimatCapaian(i: InputKalimatCapaian): string {
  const target = i.target === null ? null : nilaiBersatuan(i.target, i.satuan);
  if (i.realisasi === null) {
    const alasan = i.alasan ?? (i.capaian.status === "tidak_dapat_dihitung" ? i.capaian.alasan : null);
    const sebab = alasan ? ` karena ${tanpaTitikAkhir(alasan)}` : "";
    const terhadap = target === null ? "" : ` terhadap target ${target}`;
    return `Realisasi ${i.indikator} tahun ${i.tahun} belum dapat diukur${sebab}; capaian kinerjanya${terhadap} belum dapat dihitung.`;
  }
  const realisasi = nilaiBersatuan(i.realisasi, i.satuan);
  if (i.capaian.status === "tidak_dapat_dihitung") {
    return `Realisasi ${i.indikator} tahun ${i.tahun} sebesar ${realisasi}, tetapi capaian kinerjanya belum dapat dihitung karena ${hurufKecilAwal(tanpaTitikAkhir(i.capaian.alasan))}.`;
  }
  const predikat = i.predikat === null ? "" : ` dengan predikat ${i.predikat}`;
  return `Realisasi ${i.indikator} tahun ${i.tahun} sebesar ${realisasi} dari target ${target ?? "-"}, sehingga capaian kinerjanya ${formatPersen(i.capaian.persen)}${predikat}.`;
}

/** Lower-cases the first letter of a generated reason ("Target belum diisi" → "target belum diisi"). */
export function hurufKecilAwal(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** One year of an indicator's history, as the trend table shows it. */
export type TitikTren = { tahun: number; realisasi: string | null };

/**
 * Analysis (b), this year against earlier years (PermenPANRB 53/2014 §2.3 b): the exact change between
 * consecutive years with a realisation ("naik 5,21 dari 2021 ke 2022"), the overall direction, and the
 * years without a realisation.
 */
export function kalimatTren(i: {
  indikator: string;
  satuan: string | null;
  polaritas: Polaritas;
  titik: readonly TitikTren[];
}): string {
  const urut = [...i.titik].sort((a, b) => a.tahun - b.tahun);
  const ada = urut.filter((t): t is { tahun: number; realisasi: string } => t.realisasi !== null);
  const kosong = urut.filter((t) => t.realisasi === null).map((t) => String(t.tahun));
  const bagian: string[] = [];
  if (ada.length < 2) {
    bagian.push(
      `Realisasi ${i.indikator} belum dapat dibandingkan antartahun karena realisasi baru tercatat pada ${ada.length === 0 ? "tidak satu tahun pun" : `tahun ${ada[0]?.tahun}`}.`,
    );
  } else {
    const perubahan: string[] = [];
    for (let k = 1; k < ada.length; k++) {
      const lalu = ada[k - 1];
      const kini = ada[k];
      if (lalu === undefined || kini === undefined) continue;
      const b = bandingTahunLalu(kini.realisasi, lalu.realisasi, i.polaritas);
      perubahan.push(
        b.arah === "tetap"
          ? `tetap dari ${lalu.tahun} ke ${kini.tahun}`
          : `${b.arah} ${nilaiBersatuan(keString(b.selisih), i.satuan)} dari ${lalu.tahun} ke ${kini.tahun}`,
      );
    }
    bagian.push(`Realisasi ${i.indikator} ${gabungDaftar(perubahan)}.`);
    const awal = ada[0];
    const akhir = ada[ada.length - 1];
    if (awal !== undefined && akhir !== undefined) {
      const b = bandingTahunLalu(akhir.realisasi, awal.realisasi, i.polaritas);
      const arah =
        b.arah === "tetap"
          ? `sama dengan realisasi tahun ${awal.tahun}`
          : `${b.arah} ${nilaiBersatuan(keString(b.selisih), i.satuan)} dibandingkan tahun ${awal.tahun}`;
      const nilai = b.arah === "tetap" ? "tidak berubah" : b.membaik ? "membaik" : "menurun (memburuk)";
      bagian.push(
        `Secara keseluruhan realisasi tahun ${akhir.tahun} sebesar ${nilaiBersatuan(akhir.realisasi, i.satuan)} ${arah}, sehingga kinerjanya ${nilai}.`,
      );
    }
  }
  if (kosong.length > 0) {
    bagian.push(`Realisasi tahun ${gabungDaftar(kosong)} belum tersedia sehingga tidak dibandingkan.`);
  }
  return bagian.join(" ");
}

/**
 * Analysis (c), realisation so far against the Renstra end-of-period target (PermenPANRB 53/2014 §2.3 c):
 * IKM 93,06 against 94,5 is 98,48 %.
 */
export function kalimatTargetAkhir(i: {
  indikator: string;
  tahun: number;
  realisasi: string | null;
  kondisiAkhir: string | null;
  tahunAkhir: number;
  capaian: HasilCapaian;
  satuan: string | null;
}): string {
  const akhir =
    i.kondisiAkhir === null
      ? `target akhir Renstra tahun ${i.tahunAkhir}`
      : `target akhir Renstra tahun ${i.tahunAkhir} sebesar ${nilaiBersatuan(i.kondisiAkhir, i.satuan)}`;
  if (i.realisasi === null) {
    return `Capaian ${i.indikator} terhadap ${akhir} belum dapat dihitung karena realisasi tahun ${i.tahun} belum tersedia.`;
  }
  const realisasi = nilaiBersatuan(i.realisasi, i.satuan);
  if (i.capaian.status === "tidak_dapat_dihitung") {
    return `Realisasi ${i.indikator} tahun ${i.tahun} sebesar ${realisasi} belum dapat dibandingkan dengan ${akhir} karena ${hurufKecilAwal(tanpaTitikAkhir(i.capaian.alasan))}.`;
  }
  return `Realisasi ${i.indikator} sampai dengan tahun ${i.tahun} sebesar ${realisasi} telah mencapai ${formatPersen(i.capaian.persen)} dari ${akhir}.`;
}

/** Analysis (d): the national-standard comparison, or the plain statement that none is set. */
export function kalimatStandarNasional(i: {
  indikator: string;
  standar: string | null;
  satuan: string | null;
}): string {
  if (i.standar === null) {
    return `Belum terdapat standar nasional yang ditetapkan untuk indikator ${i.indikator}, sehingga perbandingan dengan standar nasional tidak dapat dilakukan.`;
  }
  return `Standar nasional untuk indikator ${i.indikator} adalah ${nilaiBersatuan(i.standar, i.satuan)}.`;
}

function teksSerapan(s: HasilSerapan): string {
  return s.status === "dihitung" ? formatPersen(s.persen) : "-";
}

/**
 * The budget sentence (Bab III B and Bab IV): pagu, realisation and serapan in that order, from the same
 * integers as Table "Realisasi Anggaran" — the reference report's Bab IV swapped pagu and realisasi; this
 * cannot.
 */
export function kalimatAnggaran(i: {
  subjek: string;
  pagu: bigint;
  realisasi: bigint;
  serapan: HasilSerapan;
}): string {
  const akhir =
    i.serapan.status === "dihitung"
      ? `sehingga serapan anggarannya ${formatPersen(i.serapan.persen)}`
      : `sehingga serapan anggarannya belum dapat dihitung karena ${hurufKecilAwal(tanpaTitikAkhir(i.serapan.alasan))}`;
  return `Pagu anggaran ${i.subjek} sebesar ${formatRupiah(i.pagu)} dengan realisasi sebesar ${formatRupiah(i.realisasi)}, ${akhir}.`;
}

/**
 * Analysis (f), efficiency: serapan of the sasaran's programs against the capaian of its indicators
 * (PermenPANRB 53/2014 §2.3 f; regulations.md §4.4). A capaian above the serapan means the result was reached
 * with proportionally less money.
 */
export function kalimatEfisiensi(i: {
  pagu: bigint;
  realisasi: bigint;
  serapan: HasilSerapan;
  capaian: readonly { indikator: string; hasil: HasilCapaian }[];
}): string {
  const awal = `Program yang mendukung sasaran ini menggunakan ${formatRupiah(i.realisasi)} dari pagu ${formatRupiah(i.pagu)} (serapan ${teksSerapan(i.serapan)}).`;
  if (i.capaian.length === 0)
    return `${awal} Sasaran ini tidak memiliki indikator kinerja utama yang diukur.`;
  const bagian = i.capaian.map((c) => {
    if (c.hasil.status !== "dihitung") {
      return `capaian ${c.indikator} belum dapat diukur sehingga efisiensinya belum dapat dinilai`;
    }
    const persen = formatPersen(c.hasil.persen);
    if (i.serapan.status !== "dihitung") return `capaian ${c.indikator} ${persen}`;
    const banding = c.hasil.persenPenuh - keNumber(i.serapan.persen);
    if (banding > 0) {
      return `capaian ${c.indikator} ${persen} lebih tinggi daripada serapan anggaran, sehingga anggaran digunakan secara efisien`;
    }
    if (banding === 0) return `capaian ${c.indikator} ${persen} sebanding dengan serapan anggaran`;
    return `capaian ${c.indikator} ${persen} lebih rendah daripada serapan anggaran, sehingga efisiensi penggunaan anggaran perlu ditingkatkan`;
  });
  const kalimat = gabungDaftar(bagian);
  return `${awal} ${kalimat.charAt(0).toUpperCase()}${kalimat.slice(1)}.`;
}

/** Counts by status of Table 1.4, the input of the staff sentence. */
export type JumlahPegawai = { pns: number; cpns: number; pppk: number; ptt: number; upahJasa: number };

/**
 * The staff sentence of Bab I "Data Umum Organisasi": totals with terbilang ("15 (lima belas) orang ASN"),
 * from the same register counts as Tables 1.1–1.4 (the reference wrote "15 (empat belas)").
 */
export function kalimatPegawai(i: { opd: string; tanggal: string; jumlah: JumlahPegawai }): string {
  const j = i.jumlah;
  const asn = j.pns + j.cpns + j.pppk;
  const nonAsn = j.ptt + j.upahJasa;
  const rincianAsn = [
    [j.pns, "PNS"],
    [j.cpns, "CPNS"],
    [j.pppk, "PPPK"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, l]) => `${angkaTerbilang(n as number)} orang ${l}`);
  const rincianNon = [
    [j.ptt, "PTT"],
    [j.upahJasa, "tenaga upah jasa"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, l]) => `${angkaTerbilang(n as number)} orang ${l}`);
  const asnTeks =
    rincianAsn.length > 1
      ? `${angkaTerbilang(asn)} orang ASN, yaitu ${gabungDaftar(rincianAsn)}`
      : `${angkaTerbilang(asn)} orang ASN`;
  const nonTeks =
    rincianNon.length > 1
      ? `${angkaTerbilang(nonAsn)} orang Non ASN, yaitu ${gabungDaftar(rincianNon)}`
      : nonAsn > 0
        ? `${angkaTerbilang(nonAsn)} orang Non ASN (${rincianNon[0]?.replace(/^.*orang /, "") ?? ""})`
        : null;
  const total = asn + nonAsn;
  return nonTeks === null
    ? `Jumlah aparatur ${i.opd} per ${i.tanggal} adalah ${angkaTerbilang(total)} orang, seluruhnya ${asnTeks}.`
    : `Jumlah aparatur ${i.opd} per ${i.tanggal} adalah ${angkaTerbilang(total)} orang, terdiri atas ${asnTeks}; serta ${nonTeks}.`;
}

/**
 * The ANJAB sentence under Table 3.7 (analysis f, "efisiensi penggunaan sumber daya"): needs against the
 * posts filled, and how many pelaksana posts are short or held by non-PNS staff.
 */
export function kalimatAnjab(i: {
  kebutuhanStruktural: number;
  kebutuhanPelaksana: number;
  struktural: number;
  pelaksanaPns: number;
  pelaksanaNonPns: number;
}): string {
  const kebutuhan = i.kebutuhanStruktural + i.kebutuhanPelaksana;
  const pelaksana = i.pelaksanaPns + i.pelaksanaNonPns;
  const terisi = i.struktural + pelaksana;
  const awal = `Berdasarkan hasil analisis jabatan dibutuhkan ${angkaTerbilang(kebutuhan)} pegawai, yaitu ${angkaTerbilang(i.kebutuhanStruktural)} jabatan struktural dan ${angkaTerbilang(i.kebutuhanPelaksana)} jabatan pelaksana; saat ini terisi ${angkaTerbilang(terisi)} orang, yaitu ${angkaTerbilang(i.struktural)} pejabat struktural dan ${angkaTerbilang(pelaksana)} pelaksana.`;
  const catatan: string[] = [];
  const kurang = i.kebutuhanPelaksana - pelaksana;
  if (kurang > 0) catatan.push(`${angkaTerbilang(kurang)} jabatan pelaksana belum terisi`);
  if (i.pelaksanaNonPns > 0) {
    catatan.push(`${angkaTerbilang(i.pelaksanaNonPns)} jabatan pelaksana masih diisi tenaga Non PNS`);
  }
  if (i.struktural < i.kebutuhanStruktural) {
    catatan.push(`${angkaTerbilang(i.kebutuhanStruktural - i.struktural)} jabatan struktural belum terisi`);
  }
  if (catatan.length === 0) return `${awal} Jumlah pegawai telah sesuai dengan hasil analisis jabatan.`;
  const teks = gabungDaftar(catatan);
  return `${awal} Jumlah pegawai belum sesuai dengan hasil analisis jabatan: ${teks}.`;
}

/** Input of the wilayah sentences: the kecamatan row and counts made from the desa/kelurahan rows. */
export type InputKalimatWilayah = {
  nama: string;
  luasKm2: string | null;
  jumlahDesa: number;
  jumlahKelurahan: number;
  jumlahDusun: number | null;
  jumlahRt: number | null;
  penduduk: { tahun: number; lakiLaki: number; perempuan: number; sumber: string | null } | null;
};

/**
 * The kondisi umum sentences of Bab I: area, desa and kelurahan counted from the stored rows, dusun/RT and
 * population by sex (total computed, never typed) (PermenPANRB 53/2014 "uraian singkat organisasi").
 */
export function kalimatWilayah(i: InputKalimatWilayah): string[] {
  const bagian: string[] = [];
  const wilayah: string[] = [];
  if (i.jumlahDesa > 0) wilayah.push(`${angkaTerbilang(i.jumlahDesa)} desa`);
  if (i.jumlahKelurahan > 0) wilayah.push(`${angkaTerbilang(i.jumlahKelurahan)} kelurahan`);
  const rinci: string[] = [];
  if (i.jumlahDusun !== null) rinci.push(`${angkaTerbilang(i.jumlahDusun)} dusun/lingkungan`);
  if (i.jumlahRt !== null) rinci.push(`${angkaTerbilang(i.jumlahRt)} RT`);
  const luas = i.luasKm2 === null ? null : `memiliki luas wilayah ${formatAngka(i.luasKm2)} km²`;
  const terdiri =
    wilayah.length === 0
      ? null
      : `terdiri atas ${gabungDaftar(wilayah)}${rinci.length > 0 ? `, dengan ${gabungDaftar(rinci)}` : ""}`;
  const isi = [luas, terdiri].filter((x): x is string => x !== null);
  if (isi.length > 0) bagian.push(`Kecamatan ${i.nama} ${isi.join(" dan ")}.`);
  if (i.penduduk !== null) {
    const p = i.penduduk;
    const total = p.lakiLaki + p.perempuan;
    const sumber = p.sumber ? ` (${p.sumber})` : "";
    bagian.push(
      `Jumlah penduduk Kecamatan ${i.nama} pada tahun ${p.tahun} sebanyak ${formatAngka(String(total))} jiwa${sumber}, terdiri atas ${formatAngka(String(p.lakiLaki))} jiwa laki-laki dan ${formatAngka(String(p.perempuan))} jiwa perempuan.`,
    );
  }
  return bagian;
}

/** The opening sentence of the Ikhtisar and Bab IV: how many sasaran and IKU the year's PK commits to. */
export function kalimatJumlahSasaran(i: {
  opd: string;
  tahun: number;
  sasaran: number;
  iku: number;
}): string {
  return `Pada tahun ${i.tahun} ${i.opd} menetapkan ${angkaTerbilang(i.sasaran)} sasaran strategis yang diukur dengan ${angkaTerbilang(i.iku)} indikator kinerja utama.`;
}

/** Bab IV: how many sasaran could be measured this year, naming those that could not. */
export function kalimatKeterukuran(i: {
  tahun: number;
  jumlah: number;
  belumTerukur: readonly string[];
}): string {
  const terukur = i.jumlah - i.belumTerukur.length;
  if (i.belumTerukur.length === 0) {
    return `Seluruh ${angkaTerbilang(i.jumlah)} sasaran dapat diukur capaian kinerjanya pada tahun ${i.tahun}.`;
  }
  return `Dari ${angkaTerbilang(i.jumlah)} sasaran, ${angkaTerbilang(terukur)} sasaran dapat diukur capaian kinerjanya pada tahun ${i.tahun}, sedangkan sasaran ${gabungDaftar(i.belumTerukur.map((s) => `"${s}"`))} belum dapat diukur.`;
}

/** Follow-up of the latest evaluation's recommendations: counts by status (LKE 88/2021 criterion on follow-up). */
export function kalimatTindakLanjut(i: {
  tahunEvaluasi: number;
  selesai: number;
  proses: number;
  belum: number;
}): string {
  const jumlah = i.selesai + i.proses + i.belum;
  const rincian = [
    i.selesai > 0 ? `${angkaTerbilang(i.selesai)} telah selesai` : null,
    i.proses > 0 ? `${angkaTerbilang(i.proses)} dalam proses` : null,
    i.belum > 0 ? `${angkaTerbilang(i.belum)} belum ditindaklanjuti` : null,
  ].filter((x): x is string => x !== null);
  return `Dari ${angkaTerbilang(jumlah)} rekomendasi hasil evaluasi akuntabilitas kinerja tahun ${i.tahunEvaluasi}, ${gabungDaftar(rincian)}.`;
}
