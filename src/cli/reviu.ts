/** `terukur reviu FILE [--json]` (issue 7): reads a hand-written report, checks it and prints the findings. */
export async function perintahReviu(_argumen: string[]): Promise<number> {
  console.error("reviu: belum tersedia");
  return 2;
}
