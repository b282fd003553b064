/**
 * `import MAINTAINERS [--people people.yml]`: prints a maintainers.yml that imports the MAINTAINERS file,
 * with its people mapped to GitHub and the stances the kernel's own conventions imply (RUST is the Rust
 * tree, `[RUST]` sections are opt-in), ready to edit.
 *
 * `import.path` is printed relative to the current folder, where `> maintainers.yml` puts the policy, so
 * `import ../linux/MAINTAINERS > maintainers.yml` followed by `validate` finds it.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { policyFromKernel } from '../config/assemble-policy.js';
import { parsePeopleMap } from '../config/parse-people-map.js';
import { printPolicyYaml } from '../config/print-policy.js';
import { InputError, wholeInputError } from '../errors.js';
import type { CliOptions } from './args.js';
import { policyKind, readTextInput } from './inputs.js';
import { printWarnings, type CliIo } from './output.js';

export function runImport(options: CliOptions, io: CliIo): number {
  const [maintainers] = options.positionals;
  const read = readTextInput(maintainers, 'import');
  if ('error' in read) throw new InputError([read.error]);
  if (policyKind(read.text) === 'yaml') {
    throw new InputError([
      wholeInputError(
        'BAD_ARGUMENT',
        'looks like a maintainers.yml, not a kernel MAINTAINERS file (import)',
        maintainers,
      ),
    ]);
  }
  const policy = policyFromKernel(read.text, maintainers);
  if (policy.errors.length > 0) throw new InputError(policy.errors);
  if (policy.value.subsystems.length === 0) {
    throw new InputError([
      wholeInputError('BAD_ARGUMENT', "has no MAINTAINERS sections, no 'X:<tab>value' tag lines (import)", maintainers),
    ]);
  }
  let people: Record<string, string> = {};
  if (options.people !== undefined) {
    const peopleRead = readTextInput(options.people, '--people');
    if ('error' in peopleRead) throw new InputError([peopleRead.error]);
    const parsed = parsePeopleMap(peopleRead.text, options.people);
    if (parsed.errors.length > 0) throw new InputError(parsed.errors);
    people = parsed.value;
  }
  printWarnings(policy.warnings, io);
  const importPath = relative(io.cwd, resolve(io.cwd, maintainers)) || maintainers;
  if (importPath.startsWith('..') || isAbsolute(importPath)) {
    io.stderr(
      `note: import.path '${importPath}' lies outside this folder: the CLI reads it from here; in a repository, ` +
        'the action reads import.path relative to the repository root\n',
    );
  }
  io.stdout(printPolicyYaml(policy.value, { people, importPath }));
  return 0;
}
