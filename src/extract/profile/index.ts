import type { Doc } from "../../doc/doc.js";
import { profileSetting } from "../../kb/profile.js";
import { chooseProfile } from "./choose.js";

export { chooseProfile, profileScores, scoreProfile, type ProfileScore } from "./choose.js";

/**
 * Sets the document's negotiation profile before the stages run: the one the user gave, or (auto)
 * the shipped profile its text matches best, with the reason kept for the record.
 */
export function assignProfile(doc: Doc): void {
  const setting = profileSetting();
  if (setting.mode === "given") {
    doc.profile = setting.profile;
    doc.profileChoice = { name: setting.profile.name, chosenBy: "given", score: null, cues: [] };
    return;
  }
  // a headline given apart from the body (manifest, HTML) counts too; one inside the body is already there
  const title = doc.source.title && !doc.text.includes(doc.source.title) ? doc.source.title : "";
  const { profile, choice } = chooseProfile(doc.text, title);
  doc.profile = profile;
  doc.profileChoice = choice;
}
