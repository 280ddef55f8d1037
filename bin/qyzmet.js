#!/usr/bin/env node
// Entry point of the `qyzmet` command: registers the TypeScript loader, then runs the CLI.
import { register } from "tsx/esm/api";

register();
// A closed pipe (`qyzmet catalog show … | head`) ends the command quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
