/**
 * Finds, reads and compiles the policy for a CLI command: `--config maintainers.yml` (its `import:` read
 * relative to the config's folder), `--maintainers MAINTAINERS` alone, or ./maintainers.yml, else
 * ./MAINTAINERS. Reading happens here; parsing and compiling are the core's.
 *
 * A kernel MAINTAINERS routed for a handful of paths is parsed only where those paths can reach
 * (maintainers/sections-reaching.ts): the same answer, a tenth of the start-up. `validate` and large changes
 * parse everything.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { assemblePolicy, policyFromKernel, policyFromKernelSections } from '../config/assemble-policy.js';
import { InputError, sourceError, wholeInputError, type Parsed, type SourceError } from '../errors.js';
import {
  maintainersBytes,
  parseKernelSlices,
  sectionsReaching,
  type MaintainersBytes,
} from '../maintainers/sections-reaching.js';
import { directoriesOf } from '../matcher/directories.js';
import type { Policy } from '../model.js';
import { compilePolicy, type CompiledPolicy } from '../routing/compile-policy.js';
import { ArgumentError, type CliOptions } from './args.js';
import { isDirectoryOnDisk, policyKind, readTextBytes, readTextInput, statOrNull } from './inputs.js';

/** Which file holds the policy, and how to read it. */
export interface PolicySource {
  file: string;
  /** A kernel MAINTAINERS used on its own (`--maintainers`, or ./MAINTAINERS without ./maintainers.yml). */
  kernel: boolean;
  /** The flag that named it, for messages. */
  flag: '--config' | '--maintainers';
}

/** The source tree: where paths and directory-named patterns are looked up (get_maintainer.pl's cwd). */
export interface Tree {
  /** Absolute. */
  root: string;
  /** Given with --tree: paths missing from it are warned about. Otherwise the policy's folder, silently. */
  explicit: boolean;
}

export interface LoadedPolicy {
  compiled: CompiledPolicy;
  warnings: SourceError[];
  /**
   * The MAINTAINERS text, when the policy is one (get-maintainer output orders keywords by its lines): decoded
   * when first asked for, since routing a few paths decodes only the sections they reach.
   */
  kernelText?: () => string;
  /**
   * Whether the same policy loaded for these paths too would be this one, so a run that finds more paths to
   * route (interface routing's headers and Rust files) need not read, parse and compile it again: not when a
   * kernel MAINTAINERS was parsed only where the first paths reach, nor when a pattern taken for a file would
   * be a directory above one of the new paths.
   */
  covers(more: readonly string[]): boolean;
}

/** What a run routes, so a kernel MAINTAINERS can be read only as far as it needs: or 'everything'. */
export type PolicyScope = { paths: readonly string[]; keywords: boolean } | 'everything';

/** Up to this many paths, only the sections they can reach are parsed; past it, the whole file is. */
const PARTIAL_PARSE_MAX_PATHS = 64;

/**
 * The policy file the options name, or the default one in `cwd`.
 *
 * @example policySource({ maintainers: '../linux/MAINTAINERS', … }, '.') // → { file: '../linux/MAINTAINERS', kernel: true, flag: '--maintainers' }
 */
export function policySource(
  options: Pick<CliOptions, 'command' | 'config' | 'maintainers'>,
  cwd: string,
): PolicySource {
  if (options.config !== undefined) return { file: options.config, kernel: false, flag: '--config' };
  if (options.maintainers !== undefined) return { file: options.maintainers, kernel: true, flag: '--maintainers' };
  if (existsSync(join(cwd, 'maintainers.yml'))) return { file: 'maintainers.yml', kernel: false, flag: '--config' };
  if (existsSync(join(cwd, 'MAINTAINERS'))) return { file: 'MAINTAINERS', kernel: true, flag: '--maintainers' };
  throw new ArgumentError(
    `no policy: neither ./maintainers.yml nor ./MAINTAINERS is in ${resolve(cwd)}; give --config FILE or --maintainers FILE`,
    options.command,
  );
}

/** The tree: --tree (which must be a directory), else the policy file's folder. */
export function treeOf(options: Pick<CliOptions, 'command' | 'tree'>, source: PolicySource, cwd: string): Tree {
  if (options.tree === undefined) return { root: resolve(cwd, dirname(source.file)), explicit: false };
  const root = resolve(cwd, options.tree);
  const stat = statOrNull(root);
  if (stat === null || !stat.isDirectory()) {
    const why = stat === null ? 'no such directory' : 'not a directory';
    throw new ArgumentError(`--tree ${options.tree}: ${why}`, options.command);
  }
  return { root, explicit: true };
}

/**
 * Reads, assembles and compiles the policy; throws InputError (exit 2) with every problem found. A pattern
 * naming a directory without its trailing `/` is a directory when a routed path lies below it or when it is
 * one in the tree (get_maintainer.pl's `-d`), so routing a lone file answers as routing the whole tree does.
 */
export async function loadPolicy(source: PolicySource, scope: PolicyScope, tree: Tree): Promise<LoadedPolicy> {
  let assembled: Parsed<Policy>;
  let partial = false;
  let kernelText: (() => string) | undefined;
  if (source.kernel) {
    const read = readTextBytes(source.file, source.flag);
    if ('error' in read) throw new InputError([read.error]);
    const bytes = maintainersBytes(read.bytes);
    const kind = policyKind(bytes.latin1);
    if (kind === 'yaml') throw wrongFlag(source.file, 'a maintainers.yml', '--config');
    let text: string | undefined;
    // Decoded whole only when needed: a full parse, or get-maintainer's keyword order.
    kernelText = () => (text ??= bytes.utf8(0, read.bytes.length));
    ({ assembled, partial } = kernelPolicy(bytes, kernelText, source.file, scope));
    if (assembled.errors.length === 0 && assembled.value.subsystems.length === 0 && kind !== 'kernel') {
      throw new InputError([
        wholeInputError(
          'BAD_ARGUMENT',
          `has no MAINTAINERS sections, no 'X:<tab>value' tag lines (${source.flag})`,
          source.file,
        ),
      ]);
    }
  } else {
    const read = readTextInput(source.file, source.flag);
    if ('error' in read) throw new InputError([read.error]);
    const { text } = read;
    if (policyKind(text) === 'kernel') throw wrongFlag(source.file, 'a kernel MAINTAINERS file', '--maintainers');
    assembled = await configPolicy(text, source.file);
  }
  throwIfErrors(assembled.errors);
  const paths = scope === 'everything' ? [] : scope.paths;
  const belowRoutedPath = directoriesOf(paths);
  const notDirectories: string[] = [];
  const isDirectory = (pattern: string) => {
    const answer = belowRoutedPath(pattern) || isDirectoryOnDisk(join(tree.root, pattern));
    if (!answer) notDirectories.push(pattern);
    return answer;
  };
  // Keywords are compiled only when there is text to search (a patch, a range, a title); `validate` compiles all.
  const keywords = scope === 'everything' || scope.keywords;
  const compiled = compilePolicy(assembled.value, { isDirectory, keywords });
  throwIfErrors(compiled.errors);
  return {
    compiled: compiled.value,
    warnings: [...assembled.warnings, ...compiled.warnings],
    kernelText,
    covers: (more) => {
      if (partial) return more.every((path) => paths.includes(path));
      const belowMore = directoriesOf(more);
      return !notDirectories.some((pattern) => belowMore(pattern));
    },
  };
}

/** A kernel MAINTAINERS, parsed where the scope's paths reach or whole (then decoded whole: `text()`). */
function kernelPolicy(
  bytes: MaintainersBytes,
  text: () => string,
  file: string,
  scope: PolicyScope,
): { assembled: Parsed<Policy>; partial: boolean } {
  if (scope !== 'everything' && scope.paths.length <= PARTIAL_PARSE_MAX_PATHS) {
    const slices = sectionsReaching(bytes, scope.paths, { keywords: scope.keywords });
    // null: a tag line before any section name, an error only the full parse words.
    if (slices !== null) {
      return { assembled: policyFromKernelSections(parseKernelSlices(bytes, file, slices), file), partial: true };
    }
  }
  return { assembled: policyFromKernel(text(), file), partial: false };
}

/** maintainers.yml, and the MAINTAINERS it imports. The YAML parser is loaded only on this path. */
async function configPolicy(text: string, file: string): Promise<Parsed<Policy>> {
  const { validateConfig } = await import('../config/validate-config.js');
  // On the command line import.path is a file on disk, relative to the policy's folder, wherever it leads.
  const document = validateConfig(text, file, { importOutsideRepository: true });
  throwIfErrors(document.errors);
  const doc = document.value!;
  let imported: { text: string; file: string } | undefined;
  if (doc.import) {
    // import.path is relative to the folder of maintainers.yml (the repository root, for the action).
    const folder = resolve(dirname(file));
    const importFile = isAbsolute(doc.import.path) ? doc.import.path : join(dirname(file), doc.import.path);
    const importedRead = readTextInput(importFile, 'import.path');
    if ('error' in importedRead) {
      const { file: at, line, col } = doc.import.origin;
      const why = importedRead.error.message.replace(/ \(import\.path\)$/, '');
      throw new InputError([
        sourceError(
          'FILE_NOT_FOUND',
          `import.path '${doc.import.path}': ${why} at ${resolve(importFile)} (import.path is relative to the folder of ${file}: ${folder})`,
          at,
          line,
          col,
        ),
      ]);
    }
    if (policyKind(importedRead.text) === 'yaml')
      throw wrongFlag(importFile, 'a maintainers.yml', 'import.path (a MAINTAINERS file)');
    imported = { text: importedRead.text, file: importFile };
  }
  const assembled = assemblePolicy(doc, imported);
  return { ...assembled, warnings: [...document.warnings, ...assembled.warnings] };
}

function wrongFlag(file: string, what: string, flag: string): InputError {
  return new InputError([wholeInputError('BAD_ARGUMENT', `this looks like ${what}: use ${flag} ${file}`, file)]);
}

function throwIfErrors(errors: readonly SourceError[]): void {
  if (errors.length > 0) throw new InputError([...errors]);
}
