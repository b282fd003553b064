/**
 * `import MAINTAINERS [--people people.yml]`: prints a maintainers.yml that imports the MAINTAINERS file,
 * with its people mapped to GitHub and the stances the kernel's own conventions imply (RUST is the Rust
 * tree, `[RUST]` sections are opt-in), ready to edit.
 */
import { basename } from 'node:path';
import { policyFromKernel } from '../config/assemble-policy.js';
import { printPolicyYaml } from '../config/print-policy.js';
import { InputError, sourceError } from '../errors.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { parsePeopleMap } from './parse-people-map.js';
import { printWarnings } from './print-errors.js';
import { readInput } from './read-input.js';

export function runImport(options: CliOptions, io: CliIo): number {
  const [maintainers, ...extra] = options.positionals;
  if (maintainers === undefined || extra.length > 0) {
    throw new InputError([sourceError('BAD_ARGUMENT', 'import takes exactly one MAINTAINERS file', 'argv')]);
  }
  const text = readInput(maintainers, 'import');
  if (text.value === null) throw new InputError(text.errors);
  const policy = policyFromKernel(text.value, maintainers);
  if (policy.errors.length > 0) throw new InputError(policy.errors);
  let people: Record<string, string> = {};
  if (options.people !== undefined) {
    const peopleText = readInput(options.people, '--people');
    if (peopleText.value === null) throw new InputError(peopleText.errors);
    const parsed = parsePeopleMap(peopleText.value, options.people);
    if (parsed.errors.length > 0) throw new InputError(parsed.errors);
    people = parsed.value;
  }
  printWarnings(policy.warnings, io);
  // The printed policy sits at the repository root beside MAINTAINERS, wherever we read it from.
  io.stdout(printPolicyYaml(policy.value, { people, importPath: basename(maintainers) }));
  return 0;
}
