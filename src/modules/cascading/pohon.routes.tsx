import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";

/** The pohon kinerja screens of one OPD (issue 9): tree editor, guided flow, diagram, matrix, RHK. */
export function rutePohonKinerja(_dep: DependensiAplikasi): Hono<EnvAplikasi> {
  return new Hono<EnvAplikasi>();
}
