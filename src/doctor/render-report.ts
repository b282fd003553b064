/**
 * A doctor report as text (for a terminal or a CI log) or JSON (for scripts). Messages carry text from the
 * repository (workflow names, logins, subsystem names): control characters are replaced so nothing in a
 * workflow file can drive the reader's terminal.
 */
import { exitCodeOf } from './diagnose.js';
import { plural } from './summarise.js';
import type { DoctorReport, Finding, Severity } from './types.js';

const LABEL: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  'not-checked': 'not checked',
  note: 'note',
};

const OUTCOME_LABEL = { pass: 'ok', problems: 'problems', 'not-checked': 'not checked' } as const;

/**
 * @example renderReportText({ repository: 'o/r', branch: 'main', findings: [], checks: [] })
 *   // → 'o/r (branch main): all good\n'
 */
export function renderReportText(report: DoctorReport): string {
  const lines = [`${clean(report.repository)} (branch ${clean(report.branch)}): ${headline(report)}`];
  for (const finding of report.findings) {
    lines.push('', `${LABEL[finding.severity]} [${finding.check}] ${clean(finding.message)}`);
    lines.push(`  fix: ${clean(finding.fix)}`);
    if (finding.file) lines.push(`  at ${clean(finding.file)}${finding.line ? `:${finding.line}` : ''}`);
  }
  if (report.checks.length > 0) {
    lines.push('', 'checks:');
    const width = Math.max(...report.checks.map((c) => OUTCOME_LABEL[c.outcome].length));
    for (const { check, outcome } of report.checks) lines.push(`  ${OUTCOME_LABEL[outcome].padEnd(width)}  ${check}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderReportJson(report: DoctorReport): string {
  const count = (severity: Severity) => report.findings.filter((f) => f.severity === severity).length;
  const json = {
    repository: report.repository,
    branch: report.branch,
    exitCode: exitCodeOf(report),
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      notChecked: count('not-checked'),
      notes: count('note'),
    },
    checks: report.checks,
    findings: report.findings,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function headline(report: DoctorReport): string {
  const by = (severity: Severity) => report.findings.filter((f: Finding) => f.severity === severity).length;
  const parts = [
    by('error') > 0 ? plural(by('error'), 'error') : '',
    by('warning') > 0 ? plural(by('warning'), 'warning') : '',
    by('not-checked') > 0 ? `${plural(by('not-checked'), 'check')} could not run` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'all good' : parts.join(', ');
}

/** C0 and C1 control characters (ESC among them) except newline and tab, as `?`. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
