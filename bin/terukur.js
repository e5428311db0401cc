#!/usr/bin/env node
// The `terukur` command: loads the TypeScript sources through tsx and runs the CLI.
import { register } from "tsx/esm/api";

register();
const { jalankanCli } = await import("../src/cli.ts");
process.exitCode = await jalankanCli(process.argv.slice(2));
