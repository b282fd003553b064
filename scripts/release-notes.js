#!/usr/bin/env node
// `node scripts/release-notes.js X.Y.Z [CHANGELOG.md]`: prints the CHANGELOG.md section of version X.Y.Z — the
// release notes — after checking what a release needs: a `## [X.Y.Z] - YYYY-MM-DD` heading (Keep a Changelog),
// a body that is not empty, and package.json at the same version. Exit 1 with the reason otherwise.
// The release workflow (.github/workflows/release.yml) runs it before tagging anything.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `X.Y.Z`, optionally with a pre-release suffix (`1.1.0-rc.1`); no leading `v`. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** A level-2 heading: where one version's section ends and the next begins. */
const SECTION = /^## /;

/**
 * The notes of `version` in a Keep a Changelog text, or the reason there are none.
 *
 * @example releaseNotes('# Changelog\n\n## [1.0.0] - 2026-12-07\n\n### Added\n\n- Everything.\n', '1.0.0')
 *   // → { notes: '### Added\n\n- Everything.\n', date: '2026-12-07' }
 * @example releaseNotes('## [1.0.0] - Unreleased\n\n- x\n', '1.0.0').error
 *   // → "CHANGELOG.md: the [1.0.0] section is not dated: write '## [1.0.0] - YYYY-MM-DD' when releasing"
 */
export function releaseNotes(changelog, version, file = 'CHANGELOG.md') {
  if (!VERSION.test(version)) return { error: `'${version}' is not a version: expected X.Y.Z (without the v)` };
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const heading = `## [${version}]`;
  const start = lines.findIndex((line) => line === heading || line.startsWith(`${heading} `));
  if (start < 0) return { error: `${file}: no '${heading} - YYYY-MM-DD' section: add the release's notes first` };
  const date = /^## \[[^\]]+\] - (\d{4}-\d{2}-\d{2})\s*$/.exec(lines[start])?.[1];
  if (date === undefined) {
    return {
      error: `${file}: the [${version}] section is not dated: write '${heading} - YYYY-MM-DD' when releasing`,
    };
  }
  let end = lines.findIndex((line, i) => i > start && SECTION.test(line));
  if (end < 0) end = lines.length;
  // Link reference definitions (`[1.0.0]: https://…`) at the end of the file belong to no section.
  const body = lines.slice(start + 1, end).filter((line) => !/^\[[^\]]+\]: /.test(line));
  const notes = body.join('\n').trim();
  if (notes === '') return { error: `${file}: the [${version}] section is empty` };
  return { notes: `${notes}\n`, date };
}

function main(argv) {
  const [tag, file = 'CHANGELOG.md'] = argv;
  if (tag === undefined) {
    process.stderr.write('usage: node scripts/release-notes.js X.Y.Z [CHANGELOG.md]\n');
    return 2;
  }
  const version = tag.replace(/^v/, '');
  const result = releaseNotes(readFileSync(file, 'utf8'), version, file);
  if (result.error) {
    process.stderr.write(`${result.error}\n`);
    return 1;
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  if (pkg.version !== version) {
    process.stderr.write(`package.json: version is ${pkg.version}, not ${version}: bump it in the release commit\n`);
    return 1;
  }
  process.stdout.write(result.notes);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
