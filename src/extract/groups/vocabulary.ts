import { readKbFile } from "../../kb/files.js";

/** The words that name a collective party (src/kb/data/group-parties.json), lower-cased. */
export interface GroupVocabulary {
  /** heads that name a party alone ('producers', 'the unions') */
  heads: Set<string>;
  /** heads that name a party only with a modifier before them ('consumer delegates', 'EC countries') */
  modifiedHeads: Set<string>;
  /** 'the Dutch': a people's name after 'the' is a party */
  peoples: Set<string>;
  /** words dropped from the front of the phrase */
  determiners: Set<string>;
}

interface GroupPartiesFile {
  heads: string[];
  modifiedHeads: string[];
  peoples: string[];
  determiners: string[];
}

let loaded: GroupVocabulary | undefined;

export function groupVocabulary(): GroupVocabulary {
  if (!loaded) {
    const file = readKbFile<GroupPartiesFile>("group-parties.json");
    const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
    loaded = { heads: lower(file.heads), modifiedHeads: lower(file.modifiedHeads), peoples: lower(file.peoples), determiners: lower(file.determiners) };
  }
  return loaded;
}
