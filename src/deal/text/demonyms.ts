import { readKbFile } from "../../kb/files.js";

let adjectives: Map<string, string> | undefined;

/** The state a demonym adjective names ("Israeli" is Israel), from src/kb/data/states.json. */
export function stateOfAdjective(word: string): string | undefined {
  adjectives ??= new Map(readKbFile<{ states: Array<{ name: string; adjectives?: string[] }> }>("states.json").states
    .flatMap((s) => (s.adjectives ?? []).map((a) => [a, s.name] as [string, string])));
  return adjectives.get(word);
}
