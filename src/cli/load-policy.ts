/**
 * Finds, reads and compiles the policy for a CLI command: `--config maintainers.yml` (with its `import:`
 * read relative to the config's folder), `--maintainers MAINTAINERS` alone, or ./maintainers.yml, else
 * ./MAINTAINERS. All reading happens here; parsing and compiling are the core's.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assemblePolicy, policyFromKernel } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import { InputError, type Parsed } from '../errors.js';
import { readConfigFile } from '../local/read-config-file.js';
import { directoriesOf } from '../matcher/directories.js';
import type { Policy } from '../model.js';
import { compilePolicy, type CompiledPolicy } from '../routing/compile-policy.js';
import { isDirectoryOnDisk } from './read-input.js';

export interface PolicySource {
  config?: string;
  maintainers?: string;
  /** Where to look up directory-named patterns; defaults to the policy file's folder. */
  tree?: string;
}

export interface LoadedPolicy {
  compiled: CompiledPolicy;
  warnings: Parsed<unknown>['warnings'];
  /** The file the policy was read from, for messages. */
  file: string;
}

/** Reads and assembles the policy; throws InputError (exit 2) with every problem found. */
export function readPolicy(source: PolicySource): {
  policy: Policy;
  file: string;
  warnings: Parsed<unknown>['warnings'];
} {
  const file =
    source.config ??
    source.maintainers ??
    (existsSync('maintainers.yml') || !existsSync('MAINTAINERS') ? 'maintainers.yml' : 'MAINTAINERS');
  const kernelOnly = source.maintainers !== undefined || (source.config === undefined && file === 'MAINTAINERS');
  const text = orThrow(readConfigFile(file));
  if (kernelOnly) {
    const parsed = policyFromKernel(text, file);
    throwIfErrors(parsed);
    return { policy: parsed.value, file, warnings: parsed.warnings };
  }
  const document = validateConfig(text, file);
  throwIfErrors(document);
  const doc = document.value!;
  let imported: { text: string; file: string } | undefined;
  if (doc.import) {
    // import.path is repository-relative; the config sits at the repository root.
    const importFile = join(dirname(file), doc.import.path);
    imported = { text: orThrow(readConfigFile(importFile, doc.import.origin)), file: importFile };
  }
  const assembled = assemblePolicy(doc, imported);
  throwIfErrors(assembled);
  return { policy: assembled.value, file, warnings: [...document.warnings, ...assembled.warnings] };
}

/**
 * Compiles the policy for routing `paths`. A pattern naming a directory without its trailing `/` is a
 * directory when a routed path lies below it or when it is one in the tree on disk (get_maintainer.pl's
 * `-d`), so routing a lone file gives the same answer as routing the whole tree.
 */
export function loadPolicy(source: PolicySource, paths: readonly string[]): LoadedPolicy {
  const { policy, file, warnings } = readPolicy(source);
  const tree = resolve(source.tree ?? dirname(file));
  const belowRoutedPath = directoriesOf(paths);
  const isDirectory = (pattern: string) => belowRoutedPath(pattern) || isDirectoryOnDisk(join(tree, pattern));
  const compiled = compilePolicy(policy, { isDirectory });
  throwIfErrors(compiled);
  return { compiled: compiled.value, warnings: [...warnings, ...compiled.warnings], file };
}

function orThrow<T>(result: { value: T | null; errors: Parsed<unknown>['errors'] }): T {
  if (result.errors.length > 0 || result.value === null) throw new InputError(result.errors);
  return result.value;
}

function throwIfErrors(parsed: { errors: Parsed<unknown>['errors'] }): void {
  if (parsed.errors.length > 0) throw new InputError(parsed.errors);
}
