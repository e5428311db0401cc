import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, which the end-to-end tests drive (scripts/pasang-alat-uji.sh installs it). */
export const CHROMIUM = "/usr/bin/chromium";
/** Whether it is installed; without it the browser tests are skipped with a warning. */
export const ADA_CHROMIUM = existsSync(CHROMIUM);
/** Where screenshots for a person to look at are written. */
export const FOLDER_GAMBAR = process.env.TERUKUR_E2E_GAMBAR ?? join(tmpdir(), "terukur-e2e");

/** Serves an application on a free loopback port inside the test process; returns its origin and a stop. */
export async function layani(app: {
  fetch: (r: Request) => Response | Promise<Response>;
}): Promise<{ asal: string; hentikan: () => Promise<void> }> {
  let server: ServerType | undefined;
  const asal = await new Promise<string>((siap) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      siap(`http://127.0.0.1:${info.port}`),
    );
  });
  return {
    asal,
    hentikan: () => new Promise<void>((selesai) => (server ? server.close(() => selesai()) : selesai())),
  };
}

/** Headless Chromium with the flags a container needs and nothing that phones home. */
export function bukaChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
