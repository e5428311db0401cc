import type { ObjekAlur, StatusAlur } from "../../../platform/db/schema.ts";
import { BIDANG_CSRF } from "../../../platform/http/konteks.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";
import type { KonteksHalaman } from "../../../platform/ui/tata-aplikasi.tsx";
import { boleh, bolehUnitIndikator } from "../../auth/auth.policy.ts";
import { LABEL_LANGKAH, LABEL_STATUS, langkahTersedia, TINDAKAN_LANGKAH } from "../alur.domain.ts";
import { TAUTAN_ALUR } from "../tautan-alur.ts";

const kamus = buatKamus(
  {
    komentar: "Komentar",
    komentarKembalikan: "Apa yang perlu diperbaiki",
    alasan: "Alasan revisi",
    petunjukAlasan: "Paling sedikit 10 karakter; tercatat di riwayat.",
    bukaRevisi: "Buka revisi",
    revisiKe: "revisi",
  },
  {
    komentar: "Comment",
    komentarKembalikan: "What needs correcting",
    alasan: "Reason for revision",
    petunjukAlasan: "At least 10 characters; kept in the history.",
    bukaRevisi: "Open a revision",
    revisiKe: "revision",
  },
);

/** The workflow status as a badge (class "status status-<status>"), with the revision number when reopened. */
export function LencanaStatus(props: { status: StatusAlur; k: KonteksHalaman; revisi?: number }) {
  const t = kamus(props.k.bahasa);
  return (
    <span class={`status status-${props.status}`}>
      {LABEL_STATUS[props.status][props.k.bahasa]}
      {props.revisi ? ` · ${t.revisiKe} ${props.revisi}` : ""}
    </span>
  );
}

type PropsAlur = {
  objek: ObjekAlur;
  id: number;
  status: StatusAlur;
  /** the OPD code of the page */
  kode: string;
  /** where to come back after the step (this page) */
  lanjut: string;
  k: KonteksHalaman;
  /** the OPD's id, so buttons are shown only to people who may act on it */
  opdId?: number;
  /** for a realisation: the unit responsible for its indicator (a kepala seksi acts only on their unit's) */
  unitPenanggungJawabId?: number | null;
  revisi?: number;
};

/**
 * The status badge and one small form per step this person may take now (a comment field with each;
 * required when returning). Screens of realisations, PKs and documents put it on each row.
 */
export function TombolAlur(props: PropsAlur) {
  const { k } = props;
  const t = kamus(k.bahasa);
  const p = k.pengguna;
  const langkah = langkahTersedia(props.status).filter(
    (l) =>
      p !== null &&
      boleh(p, TINDAKAN_LANGKAH[l], props.opdId) &&
      (props.objek !== "realisasi_indikator" ||
        props.unitPenanggungJawabId === undefined ||
        bolehUnitIndikator(p, props.unitPenanggungJawabId)),
  );
  const aksi = TAUTAN_ALUR.alur(props.kode, props.objek, props.id);
  return (
    <div class="tombol-alur">
      <LencanaStatus status={props.status} k={k} revisi={props.revisi} />
      {langkah.map((l) => {
        const idKomentar = `komentar-${props.objek}-${props.id}-${l}`;
        return (
          <form method="post" action={aksi} class="langkah-alur">
            <input type="hidden" name={BIDANG_CSRF} value={k.csrf} />
            <input type="hidden" name="langkah" value={l} />
            <input type="hidden" name="lanjut" value={props.lanjut} />
            <label for={idKomentar} class="alur-sr">
              {l === "kembalikan" ? t.komentarKembalikan : t.komentar}
            </label>
            <input
              id={idKomentar}
              name="komentar"
              type="text"
              placeholder={l === "kembalikan" ? t.komentarKembalikan : t.komentar}
              required={l === "kembalikan"}
            />
            <button type="submit" class={l === "kembalikan" ? "kedua" : undefined}>
              {LABEL_LANGKAH[l][k.bahasa]}
            </button>
          </form>
        );
      })}
    </div>
  );
}

/** The form that reopens an approved item with a reason; shown only to those who approve, on approved items. */
export function FormRevisi(props: Omit<PropsAlur, "unitPenanggungJawabId" | "revisi">) {
  const { k } = props;
  const t = kamus(k.bahasa);
  if (props.status !== "disetujui" || !boleh(k.pengguna, "setujui", props.opdId)) return null;
  const idAlasan = `alasan-${props.objek}-${props.id}`;
  return (
    <details class="form-revisi">
      <summary>{t.bukaRevisi}</summary>
      <form method="post" action={TAUTAN_ALUR.revisi(props.kode, props.objek, props.id)}>
        <input type="hidden" name={BIDANG_CSRF} value={k.csrf} />
        <input type="hidden" name="lanjut" value={props.lanjut} />
        <div class="bidang">
          <label for={idAlasan}>{t.alasan}</label>
          <textarea
            id={idAlasan}
            name="alasan"
            rows={2}
            minlength={10}
            required
            aria-describedby={`${idAlasan}-p`}
          />
          <small class="petunjuk" id={`${idAlasan}-p`}>
            {t.petunjukAlasan}
          </small>
        </div>
        <button type="submit" class="bahaya">
          {t.bukaRevisi}
        </button>
      </form>
    </details>
  );
}
