import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";

/** The LKE assessment screens of one OPD (issue 6): self-assessment, evaluator scoring, what-if, LHE. */
export function ruteLke(_dep: DependensiAplikasi): Hono<EnvAplikasi> {
  return new Hono<EnvAplikasi>();
}
