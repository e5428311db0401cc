import type { Child } from "hono/jsx";

/** The shell of every page: Indonesian, light (one small stylesheet, no script), readable on a phone. */
export function Tata(props: { judul: string; children: Child }) {
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.judul} · Terukur`}</title>
        <link rel="stylesheet" href="/public/terukur.css" />
      </head>
      <body>
        <header class="kepala">
          <a href="/" class="merek">
            Terukur
          </a>
          <span class="subjudul">Akuntabilitas kinerja dari satu sumber data</span>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
