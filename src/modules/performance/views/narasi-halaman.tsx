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
import { URUTAN_JENIS_NARASI } from "../narasi.service.ts";
import type { JenisNarasi, LayarNarasi, ParagrafNarasi } from "../narasi-layar.service.ts";

/** The words of the narratives screen, in both languages. */
export const teksNarasi = buatKamus(
  {
    judul: "Narasi LKjIP",
    tahun: "Tahun",
    tampilkan: "Tampilkan",
    pengantar:
      "Narasi adalah satu-satunya teks yang diketik; setiap angka di sekitarnya dihitung dari data. Simpan tiap paragraf sendiri-sendiri.",
    opd: "Narasi perangkat daerah",
    sasaran: "Sasaran",
    anggaran: "Kode anggaran",
    paragraf: "paragraf",
    simpan: "Simpan paragraf",
    baru: "Tambah paragraf",
    jenis: "Jenis narasi",
    lekatSasaran: "Melekat pada sasaran (boleh kosong)",
    lekatAnggaran: "Melekat pada program/kegiatan/sub kegiatan (boleh kosong)",
    tanpa: "— tidak —",
    urutan: "Paragraf ke",
    isi: "Isi paragraf",
    hanyaBaca: "Anda dapat membaca narasi ini; perencana perangkat daerah yang mengubahnya.",
    kosong: "Belum ditulis.",
  },
  {
    judul: "LKjIP narratives",
    tahun: "Year",
    tampilkan: "Show",
    pengantar:
      "Narratives are the only typed text; every number around them is computed from the data. Save each paragraph on its own.",
    opd: "Agency narratives",
    sasaran: "Objective",
    anggaran: "Budget code",
    paragraf: "paragraph",
    simpan: "Save paragraph",
    baru: "Add a paragraph",
    jenis: "Kind of narrative",
    lekatSasaran: "Attached to an objective (optional)",
    lekatAnggaran: "Attached to a programme/activity/sub-activity (optional)",
    tanpa: "— none —",
    urutan: "Paragraph number",
    isi: "Paragraph text",
    hanyaBaca: "You can read these narratives; the agency's planner edits them.",
    kosong: "Not written yet.",
  },
);

const JUDUL_JENIS: Record<JenisNarasi, { id: string; en: string }> = {
  kata_pengantar: { id: "Kata pengantar", en: "Foreword" },
  gambaran_umum: { id: "Gambaran umum", en: "General description" },
  peran_organisasi: { id: "Peran organisasi", en: "Role of the organisation" },
  isu_strategis: { id: "Isu strategis", en: "Strategic issues" },
  analisis: { id: "Analisis capaian", en: "Analysis of results" },
  faktor_pendukung: { id: "Faktor pendukung", en: "Supporting factors" },
  faktor_penghambat: { id: "Faktor penghambat", en: "Obstacles" },
  hambatan: { id: "Hambatan", en: "Hindrances" },
  solusi: { id: "Solusi", en: "Solutions" },
  efisiensi: { id: "Efisiensi sumber daya", en: "Use of resources" },
  kendala: { id: "Kendala", en: "Constraints" },
  langkah_antisipatif: { id: "Langkah antisipatif", en: "Anticipatory steps" },
  uraian_kegiatan: { id: "Uraian kegiatan", en: "Description of activities" },
};

/** Kinds offered as empty slots for the OPD as a whole (Bab I of the LKjIP). */
const JENIS_OPD: readonly JenisNarasi[] = [
  "kata_pengantar",
  "gambaran_umum",
  "peran_organisasi",
  "isu_strategis",
];
/** Kinds offered as empty slots for each sasaran (the analyses of Bab III.A). */
const JENIS_SASARAN: readonly JenisNarasi[] = [
  "analisis",
  "faktor_pendukung",
  "faktor_penghambat",
  "solusi",
  "efisiensi",
];

/** The key of one paragraph's slot, used to name its text area and to find it again after a refusal. */
export function kunciSlot(
  p: Pick<ParagrafNarasi, "jenis" | "sasaranKode" | "kodeAnggaran" | "urutan">,
): string {
  return [p.jenis, p.sasaranKode ?? "", p.kodeAnggaran ?? "", p.urutan].join("~");
}

/** A refused paragraph: its slot key ("baru" for the new-paragraph form), messages and typed fields. */
export type GagalNarasi = { slot: string; galat: GalatFormulir; isian: Record<string, string> };

type Slot = Omit<ParagrafNarasi, "isi"> & { isi: string | null };

function judulJenis(j: JenisNarasi, bahasa: Bahasa): string {
  return JUDUL_JENIS[j][bahasa];
}

function FormParagraf(props: {
  k: KonteksHalaman;
  aksi: string;
  tahun: number;
  slot: Slot;
  bolehUbah: boolean;
  gagal: GagalNarasi | null;
}) {
  const t = teksNarasi(props.k.bahasa);
  const s = props.slot;
  const kunci = kunciSlot(s);
  const label = `${judulJenis(s.jenis, props.k.bahasa)} · ${t.paragraf} ${s.urutan}`;
  if (!props.bolehUbah) {
    return (
      <div class="narasi-baca">
        <h4>{label}</h4>
        {s.isi === null ? <p class="kosong">{t.kosong}</p> : <p>{s.isi}</p>}
      </div>
    );
  }
  const g = props.gagal?.slot === kunci ? props.gagal : null;
  return (
    <Formulir aksi={props.aksi} csrf={props.k.csrf} class="narasi-paragraf">
      <input type="hidden" name="slot" value={kunci} />
      <input type="hidden" name="tahun" value={String(props.tahun)} />
      <input type="hidden" name="jenis" value={s.jenis} />
      <input type="hidden" name="sasaranKode" value={s.sasaranKode ?? ""} />
      <input type="hidden" name="kodeAnggaran" value={s.kodeAnggaran ?? ""} />
      <input type="hidden" name="urutan" value={String(s.urutan)} />
      <AreaTeks
        nama={`isi_${kunci}`}
        label={label}
        nilai={g ? (g.isian.isi ?? "") : (s.isi ?? "")}
        galat={g ? { [`isi_${kunci}`]: g.galat.isi ?? Object.values(g.galat)[0] ?? "" } : undefined}
        baris={s.isi && s.isi.length > 400 ? 6 : 3}
      />
      <button type="submit" class="kedua">
        {t.simpan}
      </button>
    </Formulir>
  );
}

function urutkanSlot(daftar: Slot[]): Slot[] {
  const posisi = (j: JenisNarasi) => URUTAN_JENIS_NARASI.indexOf(j);
  return daftar.sort((a, b) => posisi(a.jenis) - posisi(b.jenis) || a.urutan - b.urutan);
}

/** Written paragraphs of a group plus an empty first paragraph for each expected kind not yet written. */
function slotKelompok(
  paragraf: ParagrafNarasi[],
  sasaranKode: string | null,
  kodeAnggaran: string | null,
  jenisKosong: readonly JenisNarasi[],
): Slot[] {
  const ada: Slot[] = paragraf.filter(
    (p) => p.sasaranKode === sasaranKode && p.kodeAnggaran === kodeAnggaran,
  );
  for (const jenis of jenisKosong) {
    if (!ada.some((p) => p.jenis === jenis))
      ada.push({ jenis, sasaranKode, kodeAnggaran, urutan: 1, isi: null });
  }
  return urutkanSlot(ada);
}

/** The narratives screen: every paragraph of the year by OPD, sasaran and budget code, each with its own form. */
export function HalamanNarasi(props: {
  k: KonteksHalaman;
  opd: { kode: string; nama: string };
  tahun: number;
  layar: LayarNarasi;
  bolehUbah: boolean;
  gagal: GagalNarasi | null;
  pesan: string | null;
}) {
  const t = teksNarasi(props.k.bahasa);
  const { layar } = props;
  const aksi = TAUTAN.narasi(props.opd.kode);
  const kodeBerNarasi = [...new Set(layar.paragraf.flatMap((p) => (p.kodeAnggaran ? [p.kodeAnggaran] : [])))];
  const namaKode = new Map(layar.kodeAnggaran.map((x) => [x.kode, x.nama]));
  const gBaru = props.gagal?.slot === "baru" ? props.gagal : null;
  const umum = { k: props.k, aksi, tahun: props.tahun, bolehUbah: props.bolehUbah, gagal: props.gagal };
  return (
    <>
      <h1>
        {t.judul} · {props.opd.nama} {props.tahun}
      </h1>
      <Pemberitahuan pesan={props.pesan} />
      <form method="get" action={aksi} class="filter">
        <div class="bidang">
          <label for="f-tahun-narasi">{t.tahun}</label>
          <input
            id="f-tahun-narasi"
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
      <p class="redup">{props.bolehUbah ? t.pengantar : t.hanyaBaca}</p>
      <section>
        <h2>{t.opd}</h2>
        {slotKelompok(layar.paragraf, null, null, JENIS_OPD).map((s) => (
          <FormParagraf {...umum} slot={s} />
        ))}
      </section>
      {layar.sasaran.map((sa) => (
        <section>
          <h2>
            {t.sasaran} {sa.kode}: {sa.uraian}
          </h2>
          {slotKelompok(layar.paragraf, sa.kode, null, JENIS_SASARAN).map((s) => (
            <FormParagraf {...umum} slot={s} />
          ))}
        </section>
      ))}
      {kodeBerNarasi.map((kode) => (
        <section>
          <h2>
            {t.anggaran} {kode} {namaKode.get(kode) ?? ""}
          </h2>
          {slotKelompok(layar.paragraf, null, kode, []).map((s) => (
            <FormParagraf {...umum} slot={s} />
          ))}
        </section>
      ))}
      {props.bolehUbah && (
        <section id="narasi-baru">
          <h2>{t.baru}</h2>
          <Formulir aksi={aksi} csrf={props.k.csrf} galat={gBaru?.galat}>
            <input type="hidden" name="slot" value="baru" />
            <input type="hidden" name="tahun" value={String(props.tahun)} />
            <Pilihan
              nama="jenis"
              label={t.jenis}
              wajib
              nilai={gBaru?.isian.jenis}
              galat={gBaru?.galat}
              pilihan={URUTAN_JENIS_NARASI.map((j) => ({ nilai: j, label: judulJenis(j, props.k.bahasa) }))}
            />
            <Pilihan
              nama="sasaranKode"
              label={t.lekatSasaran}
              kosong={t.tanpa}
              nilai={gBaru?.isian.sasaranKode}
              galat={gBaru?.galat}
              pilihan={layar.sasaran.map((s) => ({ nilai: s.kode, label: `${s.kode} ${s.uraian}` }))}
            />
            <Pilihan
              nama="kodeAnggaran"
              label={t.lekatAnggaran}
              kosong={t.tanpa}
              nilai={gBaru?.isian.kodeAnggaran}
              galat={gBaru?.galat}
              pilihan={layar.kodeAnggaran.map((s) => ({ nilai: s.kode, label: `${s.kode} ${s.nama}` }))}
            />
            <Bidang
              nama="urutan"
              label={t.urutan}
              jenis="number"
              min="1"
              nilai={gBaru?.isian.urutan ?? "1"}
              galat={gBaru?.galat}
            />
            <AreaTeks nama="isi" label={t.isi} wajib nilai={gBaru?.isian.isi} galat={gBaru?.galat} />
            <button type="submit">{t.simpan}</button>
          </Formulir>
        </section>
      )}
    </>
  );
}
