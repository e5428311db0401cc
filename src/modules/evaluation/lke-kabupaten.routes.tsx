import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";

/** The evaluator's kabupaten view (issue 6): every OPD's LKE score, predikat, rank and follow-up completion. */
export function ruteLkeKabupaten(_dep: DependensiAplikasi): Hono<EnvAplikasi> {
  return new Hono<EnvAplikasi>();
}
