import type { Command } from "commander";
import { recordJsonSchema } from "../../record/schema.js";
import type { SetExit } from "../main.js";

export function registerSchema(program: Command, _setExit: SetExit): void {
  program
    .command("schema")
    .description("print the JSON Schema of the record")
    .action(() => {
      process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });
}
