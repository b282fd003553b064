/**
 * The repository cites only itself: code comments, tests and docs point at docs/*.md sections
 * (`(docs/GATE.md, "Acks")`), never at a specification kept outside the repository, which someone who clones
 * the project cannot read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED = ['src', 'tests', 'emulator', 'scripts', 'docs', '.github', '.ci'];
const TOP_LEVEL = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md', 'action.yml', 'maintainers.yml'];
const TEXT = /\.(?:ts|js|md|ya?ml|json)$|^run$/;
/**
 * Lines that the structure work of issue 11 rewrites or moves on its own branch (editing them here too would
 * make the two branches conflict): allowed at these paths only, so a moved copy is still caught. Remove the
 * entries once that work has landed and replaced them.
 */
const IN_FLIGHT: Record<string, readonly string[]> = {
  'src/routing/changed-paths.ts': ['renames count both the old and the new path'],
  'src/diff/touched-paths.ts': ['for a rename or copy, the path it came from'],
  'src/routing/decide-file.ts': ['keys first and in its order', 'an opt-out owner is asked nothing'],
};
/** Built from parts so that this file does not match itself. */
const OUTSIDE_CITATION = new RegExp(['SPEC', ' §'].join('') + '|\\b' + ['GITHUB', '\\.md'].join(''));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures' || name === 'node24' || name === 'actionlint') return [];
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) && !name.endsWith('openapi-operations.json') ? [path] : [];
  });
}

describe('citations', () => {
  it('point into the repository, not at a specification outside it', () => {
    const found = [...SCANNED.flatMap((dir) => files(join(ROOT, dir))), ...TOP_LEVEL.map((name) => join(ROOT, name))]
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, where: `${relative(ROOT, path)}:${i + 1}` }))
          .filter(({ line }) => OUTSIDE_CITATION.test(line)),
      )
      .filter(({ where, line }) => !IN_FLIGHT[where.slice(0, where.lastIndexOf(':'))]?.some((t) => line.includes(t)))
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(found).toEqual([]);
  });
});
