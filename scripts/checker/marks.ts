// Lays the claims of a text out as nested marks. Claims may overlap (a sum covers the figures it adds
// up); nested ones become nested marks, and a claim that only partly overlaps another is cut into
// fragments, each a mark with the same claim index. Pure: no DOM, so it can be tested anywhere.

/** A span of the text: plain text, or a mark of claim `claim` holding more spans. */
export type Span = { readonly text: string } | { readonly claim: number; readonly part: number; readonly children: Span[] };

interface Range { readonly start: number; readonly end: number }

export function layout(text: string, claims: readonly Range[]): Span[] {
  const ok = claims.map((c, i) => ({ i, start: c.start, end: c.end })).filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
  const cuts = new Set<number>([0, text.length]);
  for (const c of ok) { cuts.add(c.start); cuts.add(c.end); }
  const points = [...cuts].sort((a, b) => a - b);
  // Outer claims first: earlier start, then later end, then order of the list.
  const order = (a: (typeof ok)[number], b: (typeof ok)[number]) => a.start - b.start || b.end - a.end || a.i - b.i;
  const root: Span[] = [];
  const stack: { claim: number; children: Span[] }[] = [];
  const parts = new Map<number, number>();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k] as number;
    const b = points[k + 1] as number;
    const active = ok.filter((c) => c.start <= a && c.end >= b).sort(order);
    let same = 0;
    while (same < stack.length && same < active.length && stack[same]?.claim === active[same]?.i) same++;
    stack.length = same;
    for (const c of active.slice(same)) {
      const part = parts.get(c.i) ?? 0;
      parts.set(c.i, part + 1);
      const mark = { claim: c.i, part, children: [] as Span[] };
      (stack.length === 0 ? root : (stack[stack.length - 1] as { children: Span[] }).children).push(mark);
      stack.push(mark);
    }
    const into = stack.length === 0 ? root : (stack[stack.length - 1] as { children: Span[] }).children;
    into.push({ text: text.slice(a, b) });
  }
  return root;
}
