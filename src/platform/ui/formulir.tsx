import type { Child } from "hono/jsx";
import { galatDariBasisdata } from "../db/galat-basisdata.ts";
import { GalatTerukur } from "../errors.ts";
import { BIDANG_CSRF } from "../http/konteks.ts";

/** A form's refusal: the message per field (key null: the whole form), shown beside the field. */
export type GalatFormulir = Record<string, string>;

/** Key under which a refusal that names no field is shown (at the top of the form). */
export const GALAT_UMUM = "_umum";

/**
 * Runs a write for a form and turns a refusal the user can fix into per-field messages instead of an
 * error page, so the form is shown again with what they typed. Other failures still propagate.
 */
export async function cobaSimpan<T>(
  tulis: () => Promise<T>,
): Promise<{ ok: true; hasil: T } | { ok: false; galat: GalatFormulir; status: 400 | 409 | 403 }> {
  try {
    return { ok: true, hasil: await tulis() };
  } catch (e) {
    const g = e instanceof GalatTerukur ? e : galatDariBasisdata(e);
    if (!g || !["input_tidak_valid", "konflik", "di_luar_cakupan"].includes(g.jenis)) throw e;
    const status = g.jenis === "input_tidak_valid" ? 400 : g.jenis === "konflik" ? 409 : 403;
    // beside its field the message needs no "field: " prefix (validasi adds it for the API and the CLI)
    const pesan =
      g.bidang && g.message.startsWith(`${g.bidang}: `) ? g.message.slice(g.bidang.length + 2) : g.message;
    return { ok: false, galat: { [g.bidang ?? GALAT_UMUM]: pesan }, status };
  }
}

/** A form that posts with its CSRF token; works without JavaScript. */
export function Formulir(props: {
  aksi: string;
  csrf: string;
  children: Child;
  galat?: GalatFormulir;
  multipart?: boolean;
  class?: string;
  id?: string;
}) {
  const umum = props.galat?.[GALAT_UMUM];
  return (
    <form
      method="post"
      action={props.aksi}
      enctype={props.multipart ? "multipart/form-data" : undefined}
      class={props.class}
      id={props.id}
      novalidate
    >
      <input type="hidden" name={BIDANG_CSRF} value={props.csrf} />
      {umum && (
        <p class="galat-umum" role="alert">
          {umum}
        </p>
      )}
      {props.children}
    </form>
  );
}

type PropsBidang = {
  nama: string;
  label: string;
  nilai?: string | number | null;
  galat?: GalatFormulir;
  /** the key in galat when it differs from the input name (a service names fields its own way) */
  kunciGalat?: string;
  petunjuk?: string;
  wajib?: boolean;
};

function idBidang(nama: string): string {
  return `f-${nama.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

function Pesan(props: { id: string; pesan: string | undefined; petunjuk?: string }) {
  return (
    <>
      {props.petunjuk && (
        <small class="petunjuk" id={`${props.id}-petunjuk`}>
          {props.petunjuk}
        </small>
      )}
      {props.pesan && (
        <small class="galat" id={`${props.id}-galat`} role="alert">
          {props.pesan}
        </small>
      )}
    </>
  );
}

function atributAria(id: string, pesan: string | undefined, petunjuk: string | undefined) {
  const rujuk = [pesan ? `${id}-galat` : null, petunjuk ? `${id}-petunjuk` : null].filter(Boolean).join(" ");
  return { "aria-invalid": pesan ? "true" : undefined, "aria-describedby": rujuk || undefined };
}

/** A labelled input with its message beside it and the typed value kept. */
export function Bidang(
  props: PropsBidang & {
    jenis?: "text" | "number" | "date" | "password" | "file" | "email" | "datetime-local";
    inputmode?: "decimal" | "numeric" | "text";
    accept?: string;
    autocomplete?: string;
    min?: string;
    max?: string;
    step?: string;
  },
) {
  const id = idBidang(props.nama);
  const pesan = props.galat?.[props.kunciGalat ?? props.nama];
  return (
    <div class={pesan ? "bidang bidang-galat" : "bidang"}>
      <label for={id}>
        {props.label}
        {props.wajib && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        name={props.nama}
        type={props.jenis ?? "text"}
        value={props.jenis === "password" || props.jenis === "file" ? undefined : (props.nilai ?? undefined)}
        inputmode={props.inputmode}
        accept={props.accept}
        autocomplete={props.autocomplete}
        min={props.min}
        max={props.max}
        step={props.step}
        required={props.wajib}
        {...atributAria(id, pesan, props.petunjuk)}
      />
      <Pesan id={id} pesan={pesan} petunjuk={props.petunjuk} />
    </div>
  );
}

/** A labelled text area with its message beside it. */
export function AreaTeks(props: PropsBidang & { baris?: number }) {
  const id = idBidang(props.nama);
  const pesan = props.galat?.[props.kunciGalat ?? props.nama];
  return (
    <div class={pesan ? "bidang bidang-galat" : "bidang"}>
      <label for={id}>
        {props.label}
        {props.wajib && <span aria-hidden="true"> *</span>}
      </label>
      <textarea
        id={id}
        name={props.nama}
        rows={props.baris ?? 4}
        required={props.wajib}
        {...atributAria(id, pesan, props.petunjuk)}
      >
        {props.nilai ?? ""}
      </textarea>
      <Pesan id={id} pesan={pesan} petunjuk={props.petunjuk} />
    </div>
  );
}

/** A labelled select with its message beside it; the chosen value kept. */
export function Pilihan(
  props: PropsBidang & { pilihan: readonly { nilai: string; label: string }[]; kosong?: string },
) {
  const id = idBidang(props.nama);
  const pesan = props.galat?.[props.kunciGalat ?? props.nama];
  const nilai = props.nilai === null || props.nilai === undefined ? "" : String(props.nilai);
  return (
    <div class={pesan ? "bidang bidang-galat" : "bidang"}>
      <label for={id}>
        {props.label}
        {props.wajib && <span aria-hidden="true"> *</span>}
      </label>
      <select id={id} name={props.nama} required={props.wajib} {...atributAria(id, pesan, props.petunjuk)}>
        {props.kosong !== undefined && <option value="">{props.kosong}</option>}
        {props.pilihan.map((o) => (
          <option value={o.nilai} selected={o.nilai === nilai}>
            {o.label}
          </option>
        ))}
      </select>
      <Pesan id={id} pesan={pesan} petunjuk={props.petunjuk} />
    </div>
  );
}

/** A one-line notice after a successful write (shown after the redirect, read from ?pesan=). */
export function Pemberitahuan(props: { pesan: string | null | undefined }) {
  return props.pesan ? (
    <p class="pemberitahuan" role="status">
      {props.pesan}
    </p>
  ) : null;
}
