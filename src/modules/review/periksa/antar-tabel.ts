/**
 * Agreement across tables (issue 7 item 2; PermenPANRB 53/2014 Lampiran III: the PK, the budget and the
 * realisation tables must tell one story): the same program, kegiatan or total with different pagu or
 * realisation, the same indicator with different targets or realisations for a year. One finding per
 * figure, naming every table and value; it is placed at the first table that departs from the first value.
 */
import { bandingkan, type Desimal } from "../../../platform/decimal.ts";
import { bandingAngka, lokasiSel, namaTabel, potongKutipan, tulisAngka } from "./bantu.ts";
import { type AturanReviu, type TemuanBerurut, urutanSel } from "./konteks.ts";
import { type AsalNilai, nilaiAnggaran, nilaiIndikator } from "./nilai-tabel.ts";

type Fakta = { kunci: string; nama: string; nilai: Desimal; asal: AsalNilai };

function kelompokkan(
  fakta: readonly Fakta[],
  kodeAturan: string,
  apa: (nama: string) => string,
  rupiah: boolean,
): TemuanBerurut[] {
  const grup = new Map<string, Fakta[]>();
  for (const f of fakta) grup.set(f.kunci, [...(grup.get(f.kunci) ?? []), f]);
  const hasil: TemuanBerurut[] = [];
  for (const daftar of grup.values()) {
    // one value per table: a table stating two values for one key is ambiguous (two rows with one name)
    const perTabel = new Map<number, Fakta[]>();
    for (const f of daftar)
      perTabel.set(f.asal.tabel.urutan, [...(perTabel.get(f.asal.tabel.urutan) ?? []), f]);
    const tunggal = [...perTabel.values()]
      .filter((fs) => fs.every((f) => bandingkan(f.nilai, fs[0]?.nilai ?? f.nilai) === 0))
      .map((fs) => fs[0] as Fakta);
    if (tunggal.length < 2) continue;
    const [acuan, ...lain] = tunggal;
    if (acuan === undefined) continue;
    const beda = lain.find((f) => bandingkan(f.nilai, acuan.nilai) !== 0);
    if (beda === undefined) continue;
    const tulis = (d: Desimal) => (rupiah ? `Rp ${tulisAngka(d)}` : tulisAngka(d));
    const rincian = tunggal
      .map((f) => `${tulis(f.nilai)} (${namaTabel(f.asal.tabel.tabel)}, baris ${f.asal.indeksBaris + 1})`)
      .join("; ");
    hasil.push({
      kode: kodeAturan,
      jenis: "antar_tabel",
      tingkat: "tinggi",
      pesan: `${apa(acuan.nama)} berbeda antar tabel: ${rincian}.`,
      lokasi: lokasiSel(
        beda.asal.tabel.tabel,
        beda.asal.indeksBaris,
        beda.asal.indeksKolom,
        potongKutipan(beda.nama),
      ),
      ...bandingAngka(beda.nilai, acuan.nilai),
      urutan: urutanSel(beda.asal.tabel, beda.asal.indeksBaris),
    });
  }
  return hasil;
}

/** Budgets and indicator figures that one table states differently from another. */
export const periksaAntarTabel: AturanReviu = (konteks) => {
  const anggaran = nilaiAnggaran(konteks);
  // a total is only comparable between tables listing the same programmes (not a table of one sasaran's programmes)
  const programPerTabel = new Map<number, string>();
  for (const t of konteks.tabel) {
    const kunci = [
      ...new Set(anggaran.filter((a) => a.asal.tabel === t && a.tingkat === "program").map((a) => a.kunci)),
    ].sort();
    programPerTabel.set(t.urutan, kunci.join("|"));
  }
  const faktaAnggaran = (jenis: "pagu" | "realisasi"): Fakta[] =>
    anggaran
      .filter((a) => a.jenis === jenis)
      .map((a) => ({
        kunci:
          a.tingkat === "total"
            ? `total:${programPerTabel.get(a.asal.tabel.urutan) ?? ""}`
            : `${a.tingkat}:${a.kunci}`,
        nama: a.tingkat === "total" ? "jumlah seluruh program" : a.uraian,
        nilai: a.nilai,
        asal: a.asal,
      }))
      .filter((f) => !f.kunci.startsWith("total:") || f.kunci !== "total:");
  const indikator = nilaiIndikator(konteks);
  const faktaIndikator = (jenis: "target" | "realisasi"): Fakta[] =>
    indikator
      .filter((n) => n.jenis === jenis)
      .map((n) => ({
        kunci: `${n.kunci}@${n.tahun}`,
        nama: `${n.indikator} tahun ${n.tahun}`,
        nilai: n.nilai,
        asal: n.asal,
      }));
  return [
    ...kelompokkan(faktaAnggaran("pagu"), "pagu_antar_tabel", (n) => `Pagu "${n}"`, true),
    ...kelompokkan(
      faktaAnggaran("realisasi"),
      "realisasi_anggaran_antar_tabel",
      (n) => `Realisasi anggaran "${n}"`,
      true,
    ),
    ...kelompokkan(faktaIndikator("target"), "target_antar_tabel", (n) => `Target ${n}`, false),
    ...kelompokkan(faktaIndikator("realisasi"), "realisasi_antar_tabel", (n) => `Realisasi ${n}`, false),
  ];
};
