/** The languages of the interface: Indonesian first, English as the second catalogue (design brief §6). */
export type Bahasa = "id" | "en";

/** Reads a language choice from a cookie or a form; anything unknown falls back to Indonesian. */
export function bahasaDari(nilai: string | null | undefined): Bahasa {
  return nilai === "en" ? "en" : "id";
}

/**
 * One screen's words in both languages; the English catalogue must have every Indonesian key, so the
 * type checker refuses a missing translation. Each screen keeps its own catalogue beside its view.
 */
export function buatKamus<const T extends Record<string, string>>(
  id: T,
  en: { [K in keyof T]: string },
): (bahasa: Bahasa) => { [K in keyof T]: string } {
  return (bahasa) => (bahasa === "en" ? en : id);
}
