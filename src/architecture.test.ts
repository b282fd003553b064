/**
 * The shape of src/ (docs/ARCHITECTURE.md), checked on every test run: each import of every file under src/
 * (tests included) is read with TypeScript's own pre-processor, which sees static, type-only, re-export and
 * dynamic imports and skips comments and strings.
 *
 * - Layers: a folder imports only folders of a lower layer (and its own files). A new folder must be given a
 *   layer in LAYERS below, next to the folders it sits among: that is the point of the test.
 * - No cycle: no file reaches itself through imports, inside a folder or across folders.
 * - I/O at the edges: only the edge layers import node's I/O modules, Octokit and @actions/*; only
 *   action/main.ts imports @actions/core.
 * - Tests stay out of production: nothing in src/ imports tests/, and no production file imports a test, a
 *   test helper (`*.test-helper.ts`) or anything outside src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(SRC, '..');

/**
 * Lowest first. A unit is a folder of src/ or a file at its top (named without `.ts`). A unit may import
 * units of lower layers only; units of one layer never import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'model', 'lazy-require'], // the vocabulary: SourceError, Parsed<T>; Policy, Subsystem, Stance; lazy libraries
  ['regex'], // Perl regexes (N:, K:) in linear time
  ['maintainers'], // MAINTAINERS → sections
  ['config'], // maintainers.yml → Policy (and MAINTAINERS imported into it)
  ['matcher', 'keywords', 'diff'], // the compiled path index; K: scanning; changes as data
  ['rust-review'], // the Rust checks on a diff's hunks, and the policy's `rust:` keys they and interfaces read
  ['interfaces'], // the Rust ↔ C map and the pairs a change touches; routing asks the headers' owners
  ['routing'], // compile the policy, route a change set → RoutingDecision
  ['report', 'get-maintainer', 'doctor'], // RoutingDecision → text, JSON, Markdown; get_maintainer.pl's own output; a repository's set-up → doctor's findings
  ['github', 'local'], // the I/O edges: GitHub's API; local files and git
  ['action', 'cli'], // the two entries
];

/** The layers that may do I/O: their files may import these modules. */
const EDGE_UNITS = new Set(['github', 'local', 'action', 'cli']);
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads)$|^@octokit\/|^@actions\//;

interface SourceFile {
  /** Path from the repository root, with `/`. */
  path: string;
  unit: string;
  test: boolean;
  imports: string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const fromRoot = (path: string) => relative(ROOT, path).split(sep).join('/');

function unitOf(path: string): string {
  const [first, ...rest] = relative(SRC, path).split(sep);
  return rest.length === 0 ? first.replace(/(\.test|\.test-helper)?\.ts$/, '') : first;
}

/** Every file of src/ but this test, which reads the others and imports none of them. */
const files: SourceFile[] = listFiles(SRC)
  .filter((path) => path !== fileURLToPath(import.meta.url))
  .map((path) => ({
    path: fromRoot(path),
    unit: unitOf(path),
    test: /\.test(-helper)?\.ts$/.test(path),
    imports: ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles.map((ref) => ref.fileName),
  }));

/** A relative import as the file it names (from the root, `.ts`); a package name as it is. */
function target(from: SourceFile, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return fromRoot(resolve(ROOT, dirname(from.path), specifier)).replace(/\.js$/, '.ts');
}

const layerOf = new Map(LAYERS.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)));

describe('architecture', () => {
  it('architecture gives every folder and top-level file of src/ a layer', () => {
    const placed = [...new Set(files.map((file) => file.unit))];
    expect(placed.filter((unit) => !layerOf.has(unit))).toEqual([]);
  });

  it('architecture has no import from a layer to one above it or beside it', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const specifier of file.imports) {
        const to = target(file, specifier);
        if (!to.startsWith('src/')) continue;
        const unit = unitOf(resolve(ROOT, to));
        if (unit === file.unit) continue;
        const [from, into] = [layerOf.get(file.unit), layerOf.get(unit)];
        if (from === undefined || into === undefined || into >= from) {
          upward.push(`${file.path} → ${to} (${file.unit} is layer ${from}, ${unit} is layer ${into})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('architecture has no import cycle between files', () => {
    const graph = new Map(
      files.map((file) => [file.path, file.imports.map((s) => target(file, s)).filter((to) => to.startsWith('src/'))]),
    );
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('architecture keeps I/O modules, Octokit and @actions/* at the edges, and @actions/core in action/main.ts', () => {
    const misplaced: string[] = [];
    for (const file of files.filter((f) => !f.test)) {
      for (const specifier of file.imports) {
        if (IO_MODULES.test(specifier) && !EDGE_UNITS.has(file.unit)) misplaced.push(`${file.path} → ${specifier}`);
        if (specifier === '@actions/core' && file.path !== 'src/action/main.ts') {
          misplaced.push(`${file.path} → ${specifier}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('architecture keeps tests out of production: no test, test helper or outside file is imported by src/', () => {
    const leaks: string[] = [];
    for (const file of files) {
      for (const specifier of file.imports) {
        const to = target(file, specifier);
        if (to.startsWith('tests/')) leaks.push(`${file.path} → ${to}`);
        if (file.test || !specifier.startsWith('.')) continue;
        if (!to.startsWith('src/') || /\.test(-helper)?\.ts$/.test(to)) leaks.push(`${file.path} → ${to}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('architecture finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cyclesOf(graph)).toEqual(['a → b → c', 'e → e']);
  });
});

/**
 * The strongly connected components with more than one file, or a file importing itself (Tarjan), each as
 * its files in discovery order.
 */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.unshift(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (component.length > 1) cycles.push(component.join(' → '));
    else if (selfLoop) cycles.push(`${node} → ${node}`);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
