/**
 * Items split into numbered groups that can be joined and split again (union-find cannot split, which
 * analysts' edits need). Group numbers are stable: a join keeps the first group's number.
 */
export class Partition {
  private readonly groupOf = new Map<string, number>();
  private readonly groups = new Map<number, string[]>();
  private next = 0;

  add(item: string): number {
    const existing = this.groupOf.get(item);
    if (existing !== undefined) return existing;
    return this.newGroup([item]);
  }

  group(item: string): number | undefined {
    return this.groupOf.get(item);
  }

  itemsOf(group: number): readonly string[] {
    return this.groups.get(group) ?? [];
  }

  /** Joins the groups of `a` and `b`; returns the surviving group (a's). */
  join(a: string, b: string): number {
    const ga = this.add(a);
    const gb = this.add(b);
    if (ga === gb) return ga;
    const moved = this.groups.get(gb)!;
    for (const item of moved) this.groupOf.set(item, ga);
    this.groups.get(ga)!.push(...moved);
    this.groups.delete(gb);
    return ga;
  }

  /** Moves `items` out of their groups into one new group. */
  split(items: string[]): number {
    for (const item of items) {
      const g = this.groupOf.get(item);
      if (g === undefined) continue;
      const rest = this.groups.get(g)!.filter((i) => i !== item);
      if (rest.length) this.groups.set(g, rest);
      else this.groups.delete(g);
    }
    return this.newGroup(items);
  }

  /** Every group as [number, items], in order of creation. */
  entries(): Array<[number, readonly string[]]> {
    return [...this.groups.entries()].sort((a, b) => a[0] - b[0]);
  }

  private newGroup(items: string[]): number {
    const g = this.next++;
    this.groups.set(g, [...items]);
    for (const item of items) this.groupOf.set(item, g);
    return g;
  }
}
