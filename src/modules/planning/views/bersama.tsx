import type { Bahasa } from "../../../platform/i18n/kamus.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import type { GalatFormulir } from "../../../platform/ui/formulir.tsx";

/**
 * A refused form post being shown again: which form on the page it was (several forms share field names),
 * the messages per field, and what the person typed.
 */
export type Kiriman = { formulir: string; galat: GalatFormulir; isian: Record<string, string> };

/** The messages of a refused post for one form of the page, without the schema's "field: " prefix. */
export function galatUntuk(k: Kiriman | null | undefined, formulir: string): GalatFormulir | undefined {
  if (!k || k.formulir !== formulir) return undefined;
  const hasil: GalatFormulir = {};
  for (const [bidang, pesan] of Object.entries(k.galat)) {
    hasil[bidang] = pesan.startsWith(`${bidang}: `) ? pesan.slice(bidang.length + 2) : pesan;
  }
  return hasil;
}

/**
 * Messages of a refused post that no field of the re-rendered page shows, at the top of the page or section:
 * a refusal whose form or field is not on the page must still be seen.
 */
export function GalatLepas(props: { pesan: readonly string[] }) {
  return (
    <>
      {props.pesan.map((p) => (
        <p class="galat-umum" role="alert">
          {p}
        </p>
      ))}
    </>
  );
}

/** The value to show in a field: what was typed in the refused post of this form, else the stored value. */
export function nilaiUntuk(
  k: Kiriman | null | undefined,
  formulir: string,
  nama: string,
  bawaan: string | null | undefined,
): string {
  if (k && k.formulir === formulir) return k.isian[nama] ?? "";
  return bawaan ?? "";
}

/**
 * A stored NUMERIC as a person would type it back ("93.05" → "93,05", no thousands dots): the editor
 * prefills inputs with it, and "1.234" would be refused as ambiguous when posted again.
 */
export function angkaIsian(nilai: string | null | undefined): string {
  return nilai === null || nilai === undefined ? "" : nilai.replace(".", ",");
}

/** A target for display: "93,05", a range "90–95", or a dash when none was set. */
export function teksTarget(target: string | null, targetAtas: string | null): string {
  if (target === null) return "—";
  return targetAtas === null ? formatAngka(target) : `${formatAngka(target)}–${formatAngka(targetAtas)}`;
}

const kamusStatus = buatKamus(
  { draf: "Draf", diajukan: "Diajukan", diverifikasi: "Diverifikasi", disetujui: "Disetujui" },
  { draf: "Draft", diajukan: "Submitted", diverifikasi: "Verified", disetujui: "Approved" },
);

/** The workflow state as a coloured badge (public/aplikasi.css .status-*). */
export function LencanaStatus(props: {
  status: "draf" | "diajukan" | "diverifikasi" | "disetujui";
  bahasa: Bahasa;
}) {
  return <span class={`status status-${props.status}`}>{kamusStatus(props.bahasa)[props.status]}</span>;
}

/** A labelled checkbox (the form helpers have none); posts `ya` when ticked. */
export function Centang(props: { nama: string; label: string; dicentang: boolean }) {
  const id = `f-${props.nama.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <div class="bidang bidang-centang">
      <label for={id}>
        <input id={id} type="checkbox" name={props.nama} value="ya" checked={props.dicentang} /> {props.label}
      </label>
    </div>
  );
}

const kamusTahun = buatKamus(
  { tahun: "Tahun", tampilkan: "Tampilkan" },
  { tahun: "Year", tampilkan: "Show" },
);

/** A small GET form choosing the year of a yearly screen (works without JavaScript). */
export function PilihTahun(props: {
  aksi: string;
  tahun: number;
  pilihan: readonly number[];
  bahasa: Bahasa;
}) {
  const t = kamusTahun(props.bahasa);
  const daftar = props.pilihan.includes(props.tahun) ? props.pilihan : [...props.pilihan, props.tahun];
  return (
    <form method="get" action={props.aksi} class="filter">
      <div class="bidang">
        <label for="f-tahun">{t.tahun}</label>
        <select id="f-tahun" name="tahun">
          {[...daftar]
            .sort((a, b) => b - a)
            .map((th) => (
              <option value={String(th)} selected={th === props.tahun}>
                {th}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" class="kedua">
        {t.tampilkan}
      </button>
    </form>
  );
}
