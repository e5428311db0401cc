import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";

/** Placeholder until the screens land (issue 4). */
export function ruteJadwal(_dep: DependensiAplikasi): Hono<EnvAplikasi> {
  return new Hono<EnvAplikasi>();
}
