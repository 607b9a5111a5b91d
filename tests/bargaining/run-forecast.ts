import { Command } from "commander";
import { vi } from "vitest";
import { registerForecast } from "../../src/cli/commands/forecast.js";

/**
 * `parley forecast ARGS` through commander, as src/cli/main.ts runs it (main turns an action's error
 * into `parley: MESSAGE` and exit code 2), capturing standard output.
 */
export async function runForecast(args: string[]): Promise<{ stdout: string; error: Error | undefined }> {
  const program = new Command("parley").exitOverride();
  registerForecast(program, () => {});
  let stdout = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["node", "parley", "forecast", ...args]);
    return { stdout, error: undefined };
  } catch (error) {
    return { stdout, error: error as Error };
  } finally {
    write.mockRestore();
  }
}
