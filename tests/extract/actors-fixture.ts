import { stages, analyse } from "../../src/extract/pipeline.js";
import type { ActorRecord } from "../../src/record/schema.js";
import { source } from "../helpers.js";

const upToActors = stages.filter((s) => s.name === "tokens" || s.name === "actors");

/** The actors of a text, running only the stages the actors stage reads. */
export const actorsOf = (text: string) => analyse(source(text), upToActors).actors;

/** The actor with this name or alias; fails with the names there are. */
export const named = (actors: ActorRecord[], name: string) => {
  const found = actors.find((a) => a.name === name || a.aliases.includes(name));
  if (!found) throw new Error(`no actor named ${name} among ${actors.map((a) => a.name).join(", ")}`);
  return found;
};
