import type { DealRelease } from "./schema.js";

type Labelled = Pick<DealRelease, "category" | "count"> & { includes?: DealRelease["includes"] };

const counted = (r: { category: string; count: number | null }) => (r.count !== null ? `${r.count} ${r.category}` : r.category);

/** A release as people read it: "150 prisoners", "50 hostages (women, children)", "13 hostages, including 4 children". */
export function releaseLabel(r: Labelled): string {
  const includes = r.includes ?? [];
  if (!includes.length) return counted(r);
  if (includes.some((i) => i.count !== null)) return `${counted(r)}, including ${includes.map(counted).join(", ")}`;
  const names = includes.map((i) => i.category);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0]!;
  // "50 women and children": a list without a pool noun counts people
  if (r.category === "people") return r.count !== null ? `${r.count} ${list}` : list;
  return `${counted(r)} (${list})`;
}
