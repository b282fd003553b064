/**
 * scripts/release-notes.js, which the release workflow runs before tagging: the notes are the version's
 * CHANGELOG.md section, and a release without a dated section or with package.json at another version stops
 * there (CONTRIBUTING.md, "Releasing").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'release-notes.js');

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2027-02-01

### Fixed

- A fix.

## [1.0.0] - 2026-12-20

### Added

- Everything.

[1.1.0]: https://example.org/v1.1.0
[1.0.0]: https://example.org/v1.0.0
`;

/** Runs the script in a folder holding `changelog` and a package.json at `packageVersion`. */
function releaseNotes(version: string, changelog = CHANGELOG, packageVersion = version.replace(/^v/, '')) {
  const dir = mkdtempSync(join(tmpdir(), 'release-notes-'));
  try {
    writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: packageVersion }));
    const run = spawnSync(process.execPath, [SCRIPT, version], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/release-notes.js', () => {
  it('prints the version’s section, up to the next version, without link definitions', () => {
    expect(releaseNotes('1.0.0')).toEqual({ status: 0, stdout: '### Added\n\n- Everything.\n', stderr: '' });
    expect(releaseNotes('v1.1.0')).toEqual({ status: 0, stdout: '### Fixed\n\n- A fix.\n', stderr: '' });
  });

  it.each([
    ['1.2.0', CHANGELOG, '1.2.0', "no '## [1.2.0] - YYYY-MM-DD' section"],
    ['1.0.0', '## [1.0.0] - Unreleased\n\n- x\n', '1.0.0', 'the [1.0.0] section is not dated'],
    ['1.0.0', '## [1.0.0] - 2026-12-20\n\n## [0.9.0] - 2026-01-01\n\n- y\n', '1.0.0', 'the [1.0.0] section is empty'],
    ['1.0.0', CHANGELOG, '0.1.0', 'package.json: version is 0.1.0, not 1.0.0'],
    ['one', CHANGELOG, 'one', "'one' is not a version"],
  ])('refuses %s (%#) and says why', (version, changelog, packageVersion, why) => {
    const run = releaseNotes(version, changelog, packageVersion);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(why);
  });

  it('finds a section for package.json’s version in the repository’s own CHANGELOG.md', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = spawnSync(process.execPath, [SCRIPT, version], { cwd: ROOT, encoding: 'utf8' });
    // Dated (ready to release) or still "Unreleased" (dated in the release commit); never missing.
    if (run.status !== 0) expect(run.stderr).toContain(`the [${version}] section is not dated`);
    else expect(run.stdout.trim()).not.toBe('');
  });
});
