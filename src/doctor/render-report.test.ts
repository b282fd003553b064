import { renderReportJson, renderReportText } from './render-report.js';
import type { DoctorReport } from './types.js';

const REPORT: DoctorReport = {
  repository: 'rust-for-linux/linux',
  branch: 'main',
  findings: [
    {
      check: 'required-status',
      severity: 'error',
      message: "The status 'rust-patch-router' is not required on main: a held PR can be merged anyway.",
      fix: 'Require it.',
    },
    {
      check: 'permissions',
      severity: 'warning',
      message: "Job 'route' lacks issues: write.",
      fix: 'Give the job issues: write.',
      file: '.github/workflows/rust-patch-router.yml',
      line: 23,
    },
    {
      check: 'code-owner-review',
      severity: 'not-checked',
      message: 'Branch protection could not be read.',
      fix: 'Use an admin token.',
    },
  ],
  checks: [
    { check: 'required-status', outcome: 'problems' },
    { check: 'permissions', outcome: 'problems' },
    { check: 'code-owner-review', outcome: 'not-checked' },
    { check: 'sweep', outcome: 'pass' },
  ],
};

describe('renderReport', () => {
  it('renderReportText prints each finding with its fix and place, then every check', () => {
    expect(renderReportText(REPORT)).toBe(
      [
        'rust-for-linux/linux (branch main): 1 error, 1 warning, 1 check could not run',
        '',
        "error [required-status] The status 'rust-patch-router' is not required on main: a held PR can be merged anyway.",
        '  fix: Require it.',
        '',
        "warning [permissions] Job 'route' lacks issues: write.",
        '  fix: Give the job issues: write.',
        '  at .github/workflows/rust-patch-router.yml:23',
        '',
        'not checked [code-owner-review] Branch protection could not be read.',
        '  fix: Use an admin token.',
        '',
        'checks:',
        '  problems     required-status',
        '  problems     permissions',
        '  not checked  code-owner-review',
        '  ok           sweep',
        '',
      ].join('\n'),
    );
  });

  it('renderReportText says "all good" when nothing was found', () => {
    expect(renderReportText({ ...REPORT, findings: [], checks: [] })).toBe(
      'rust-for-linux/linux (branch main): all good\n',
    );
  });

  it('renderReportText neutralises terminal control characters from the repository', () => {
    const report = {
      ...REPORT,
      findings: [{ ...REPORT.findings[0], message: 'name \u001b]0;pwned\u0007 here' }],
      checks: [],
    };
    expect(renderReportText(report)).toContain('name ?]0;pwned? here');
  });

  it('renderReportJson gives the exit code, counts, checks and findings', () => {
    const json = JSON.parse(renderReportJson(REPORT));
    expect(json).toMatchObject({
      repository: 'rust-for-linux/linux',
      branch: 'main',
      exitCode: 1,
      summary: { errors: 1, warnings: 1, notChecked: 1, notes: 0 },
    });
    expect(json.findings).toHaveLength(3);
    expect(json.checks[3]).toEqual({ check: 'sweep', outcome: 'pass' });
  });
});
