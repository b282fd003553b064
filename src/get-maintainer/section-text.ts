/**
 * get_maintainer.pl's `--sections` (and `--letters`): instead of people, the MAINTAINERS sections each path
 * reaches, printed as it keeps them — the name line, then each tag line as `X:<tab>value` (blank and `#` lines
 * between them dropped), each section followed by an empty line.
 *
 * It prints F: and X: patterns after a round trip through its own reading of them: `.` → `\.`, `*` → `.*`, `?` → `.`,
 * a `/` added to a pattern that names a directory (`-d`, in the tree), then back (`\.` → `.`, `.*` → `*`, a lone `.`
 * → `?`). The round trip is kept, since the output must be its own: `F: drivers/net/phy` naming a directory is
 * printed `F:	drivers/net/phy/`.
 */

import type { SubsystemIndex } from '../matcher/types.js';
import type { Subsystem } from '../model.js';
import { sectionsForPath } from './section-order.js';

/** A tag line as get_maintainer.pl reads one, `^([A-Z]):\s*(.*)`: Perl's `\s` and `.` on bytes (a CR is kept). */
const TAG = /^([A-Z]):[ \t\r\f\v]*([^\n]*)$/;
/** Lines it drops: blank or `#` comments. */
const DROPPED = /^[ \t\r\f\v]*$|^[ \t\r\f\v]*#/;

/**
 * The lines get_maintainer.pl prints for the section whose name is on line `nameLine` (1-based) of the file's
 * `lines`, with the empty line after it. `letters` (its `--letters`, '' for all) keeps only the tag lines of those
 * letters, without case; `isDirectory` answers its `-d` on a pattern as it has rewritten it.
 *
 * @example sectionText(['RUST', 'M:  Ann <a@x>', '', 'F:\trust/*.rs'], 1, '', () => false) // → ['RUST', 'M:\tAnn <a@x>', 'F:\trust/*.rs', '']
 */
export function sectionText(
  lines: readonly string[],
  nameLine: number,
  letters: string,
  isDirectory: (pattern: string) => boolean,
): string[] {
  const printed = [lines[nameLine - 1]];
  for (let at = nameLine; at < lines.length; at++) {
    const line = lines[at];
    const tag = TAG.exec(line);
    if (tag === null) {
      if (DROPPED.test(line)) continue;
      break;
    }
    const [, type, value] = tag;
    if (letters !== '' && !letters.toUpperCase().includes(type)) continue;
    printed.push(`${type}:\t${type === 'F' || type === 'X' ? roundTrip(value, isDirectory) : value}`);
  }
  printed.push('');
  return printed;
}

/** A pattern as get_maintainer.pl stores it, then as it prints it again. */
function roundTrip(value: string, isDirectory: (pattern: string) => boolean): string {
  let stored = value.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
  if (isDirectory(stored)) stored = stored.replace(/([^/])$/, '$1/');
  // Its restoring substitutions, on "F:" + the pattern (the tag's colon can stand before a dot).
  return `F:${stored}`
    .replace(/([^\\])\.([^*])/g, '$1?$2')
    .replace(/([^\\])\.$/, '$1?')
    .replace(/\\\./g, '.')
    .replace(/\.\*/g, '*')
    .slice(2);
}

/**
 * Everything `--sections` prints for the paths: each path's sections in section-order.ts's order (a section
 * reached by two paths is printed twice, as there), lines without their newlines.
 *
 * @example sectionsText({ subsystems, index, paths: ['rust/kernel/lib.rs'], lines, letters: '', patternDepth: 0, isDirectory })
 *   // → ['RUST', 'M:\tMiguel Ojeda <ojeda@kernel.org>', …, '', 'THE REST', …, '']
 */
export function sectionsText(input: {
  subsystems: readonly Subsystem[];
  index: SubsystemIndex;
  paths: readonly string[];
  /** The MAINTAINERS file's lines, whose numbers the subsystems' origins give. */
  lines: readonly string[];
  letters: string;
  patternDepth: number;
  isDirectory: (pattern: string) => boolean;
}): string[] {
  const { subsystems, index, lines, letters, patternDepth, isDirectory } = input;
  return input.paths.flatMap((path) =>
    sectionsForPath(index, path, patternDepth).flatMap(({ subsystem }) =>
      sectionText(lines, subsystems[subsystem].origin.line, letters, isDirectory),
    ),
  );
}
