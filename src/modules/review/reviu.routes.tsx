import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";

/** The review screens (issue 7): upload a hand-written report, read its findings, import its history. */
export function ruteReviu(_dep: DependensiAplikasi): Hono<EnvAplikasi> {
  return new Hono<EnvAplikasi>();
}
