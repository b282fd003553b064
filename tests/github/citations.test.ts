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

/** `(docs/GATE.md, "Acks")`, `docs/CLI.md ("route")`: a doc and the heading of one of its sections. */
const DOC_CITATION = /docs\/([A-Z][A-Z-]*\.md),? \(?"([^"]+)"/g;

const scannedFiles = () => [
  ...SCANNED.flatMap((dir) => files(join(ROOT, dir))),
  ...TOP_LEVEL.map((name) => join(ROOT, name)),
];

describe('citations', () => {
  it('name a heading that the cited doc has', () => {
    const headings = new Map<string, Set<string>>();
    const headingsOf = (doc: string) => {
      if (!headings.has(doc)) {
        const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
        headings.set(doc, new Set(text.split('\n').flatMap((line) => /^#{2,4} (.+)$/.exec(line)?.[1] ?? [])));
      }
      return headings.get(doc)!;
    };
    const broken = scannedFiles().flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(DOC_CITATION)]
        .filter(([, doc, heading]) => !headingsOf(doc).has(heading))
        .map(([citation]) => `${relative(ROOT, path)}: ${citation}`),
    );
    expect(broken).toEqual([]);
  });

  it('point into the repository, not at a specification outside it', () => {
    const found = scannedFiles()
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, where: `${relative(ROOT, path)}:${i + 1}` }))
          .filter(({ line }) => OUTSIDE_CITATION.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(found).toEqual([]);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped (`_` and `-` kept), each space a `-`. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('links between the docs', () => {
  const MARKDOWN = [
    ...readdirSync(join(ROOT, 'docs')).map((name) => join('docs', name)),
    ...['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'],
  ].filter((path) => path.endsWith('.md'));
  /** `[text](target)` with a relative target (no scheme). */
  const LINK = /\]\((?![a-z]+:)([^)\s#]*)(?:#([^)\s]+))?\)/g;

  it.each(MARKDOWN)('%s links only to files and headings that exist', (path) => {
    // Code is not a link: fenced blocks, then ``double`` and `single` backtick spans.
    const text = readFileSync(join(ROOT, path), 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/``.*?``/g, '')
      .replace(/`[^`\n]*`/g, '');
    const broken: string[] = [];
    for (const [link, target, anchor] of text.matchAll(LINK)) {
      const file = target === '' ? join(ROOT, path) : resolve(ROOT, dirname(path), target);
      let exists = true;
      try {
        statSync(file);
      } catch {
        exists = false;
      }
      if (!exists) broken.push(`${link}: no such file`);
      else if (anchor !== undefined && file.endsWith('.md')) {
        const anchors = new Set(
          readFileSync(file, 'utf8')
            .split('\n')
            .flatMap((line) => /^#{1,6} (.+)$/.exec(line)?.[1] ?? [])
            .map(slug),
        );
        if (!anchors.has(anchor)) broken.push(`${link}: no heading with anchor #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
