/**
 * The benchmark's output: one table (Markdown, so docs/PERFORMANCE.md can quote it as printed), a summary line
 * naming every target that failed, and the same rows as JSON for machines (`--json`).
 */

/** A target a row is held to, and whether this run met it. */
export interface Target {
  /** As printed: `≥ 5,000×`, `≤ 200 MB`. */
  text: string;
  pass: boolean;
}

/** One line of the table. */
export interface Row {
  /** Stable key for machines: `cli-tree`, `growth-policy-16x`. */
  id: string;
  /** What was measured, in words. */
  label: string;
  /** The measured number in `unit` (milliseconds, megabytes, requests, or a ratio). */
  value: number;
  unit: 'ms' | 'MB' | 'requests' | 'writes' | 'ratio';
  /** As printed in the "total" column. */
  shown: string;
  /** Milliseconds per path, for rows that route paths. */
  perPathMs?: number;
  /** As printed in the "per path" column. */
  perPathShown?: string;
  target?: Target;
  /** Detail too long for the table (which requests, what went wrong), printed below it. */
  note?: string;
}

/** A titled group of rows: the table prints the title as a separator line. */
export interface Section {
  title: string;
  rows: Row[];
}

/** Where and on what the rows were measured. */
export interface RunInfo {
  input: string;
  environment: string;
  seconds: number;
}

/**
 * Renders the sections as one Markdown table.
 *
 * @example renderTable([{ title: 'routing', rows: [row] }]) // → '| measurement | total | per path | target | result |\n…'
 */
export function renderTable(sections: readonly Section[]): string {
  const lines: string[][] = [['measurement', 'total', 'per path', 'target', 'result']];
  for (const section of sections) {
    lines.push([`**${section.title}**`, '', '', '', '']);
    for (const row of section.rows) {
      lines.push([
        row.label,
        row.shown,
        row.perPathShown ?? '',
        row.target?.text ?? '',
        row.target ? (row.target.pass ? 'PASS' : 'FAIL') : '',
      ]);
    }
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((cells) => cells[column].length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [format(lines[0]), rule, ...lines.slice(1).map(format)].join('\n');
}

/** The rows' notes as a list under the table, each led by its row's label. */
export function renderNotes(sections: readonly Section[]): string {
  const noted = sections.flatMap((section) => section.rows).filter((row) => row.note);
  return noted.map((row) => `- ${row.label}: ${row.note}`).join('\n');
}

/**
 * One line saying how many targets passed and naming each failure with its number, so a log reader needs no
 * table to know the verdict.
 */
export function summaryLine(sections: readonly Section[]): string {
  const targeted = sections.flatMap((section) => section.rows).filter((row) => row.target);
  const failed = targeted.filter((row) => !row.target!.pass);
  const head = `SUMMARY: ${targeted.length - failed.length} of ${targeted.length} targets met`;
  if (failed.length === 0) return `${head}.`;
  return `${head}; FAIL: ${failed.map((row) => `${row.label} = ${row.shown} (target ${row.target!.text})`).join('; ')}.`;
}

/** The whole run as one JSON document. */
export function renderJson(info: RunInfo, sections: readonly Section[]): string {
  const rows = sections.flatMap((section) => section.rows.map((row) => ({ section: section.title, ...row })));
  const targeted = rows.filter((row) => row.target);
  return JSON.stringify(
    {
      ...info,
      rows,
      targets: { met: targeted.filter((row) => row.target!.pass).length, total: targeted.length },
      summary: summaryLine(sections),
    },
    null,
    2,
  );
}
