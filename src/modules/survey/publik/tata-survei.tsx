import type { Child } from "hono/jsx";

/**
 * The shell of the public survey pages: no script, no image, one small stylesheet, so a citizen on a slow
 * phone connection gets the form fast; `kios` switches to large type for a tablet at the counter.
 */
export function TataSurvei(props: {
  judul: string;
  children: Child;
  kios?: boolean;
  /** a `<meta http-equiv="refresh">` target and delay, for the kiosk's return to an empty form */
  segarkan?: { detik: number; ke: string };
  kelas?: string;
}) {
  const kelas = [props.kios ? "kios" : "", props.kelas ?? ""].filter(Boolean).join(" ");
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.segarkan && (
          <meta http-equiv="refresh" content={`${props.segarkan.detik};url=${props.segarkan.ke}`} />
        )}
        <meta name="robots" content="noindex" />
        <title>{props.judul}</title>
        <link rel="stylesheet" href="/public/survei.css" />
      </head>
      <body class={kelas || undefined}>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
