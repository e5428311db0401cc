/** `terukur cadangan buat|pulihkan` (issue 8): a consistent, versioned backup of one installation, and its restore. */
export async function perintahCadangan(_argumen: string[]): Promise<number> {
  console.error("cadangan: belum tersedia");
  return 2;
}
