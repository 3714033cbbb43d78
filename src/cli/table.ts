// Plain-text tables for terminals: column widths from the content, long cells cut with an ellipsis.

/** Renders rows as an aligned text table with a header rule. Missing cells show as empty. */
export function renderTable(columns: string[], rows: Record<string, string | undefined>[], maxWidth = 48): string {
  const cell = (v: string | undefined): string => {
    const s = (v ?? '').replace(/\s+/g, ' ');
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}
