/**
 * A kernel-format MAINTAINERS file → subsystems, with every value's `file:line:col`.
 *
 * Sections are cut exactly where scripts/get_maintainer.pl (v0.26) cuts them. It keeps every line that is a
 * tag (`^([A-Z]):\s*(.*)`) or a "name" (any other line that is not blank and not a `#` comment), drops the
 * rest, and reads a section as one name line followed by tag lines. So blank lines do not end a section (the
 * next name line does), a name followed by another name owns nothing (that is how the prose preamble, whose
 * tag-looking examples are indented by a tab, falls away), and a tag line before any name belongs to nothing.
 * One pass over the lines: a 5 MB file parses in linear time. `firstLine` numbers a slice of a larger file
 * (sections-reaching.ts parses only the sections a change can reach).
 */
import { sourceError, type ErrorCode, type Parsed, type SourceError } from '../errors.js';
import type { Origin, Subsystem } from '../model.js';
import { parseKernelPerson } from './kernel-person.js';

/** `X: value`: the tag letter, then optional whitespace, then the value (get_maintainer.pl's `^([A-Z]):\s*(.*)`). */
const TAG_LINE = /^([A-Z]):[ \t\f\v]*/;
/** Lines get_maintainer.pl drops before looking for sections. */
const IGNORED_LINE = /^\s*(?:#|$)/;
/** The tags of the MAINTAINERS format, as its preamble documents them. */
const KNOWN_TAGS = new Set('MRLSWQBCPTFXNK');
/** Pattern tags whose empty value get_maintainer.pl still applies (an empty F: owns every top-level file). */
const EMPTY_PATTERN_CODE: Readonly<Record<string, ErrorCode>> = {
  F: 'BAD_GLOB',
  X: 'BAD_GLOB',
  N: 'BAD_REGEX',
  K: 'BAD_REGEX',
};

/**
 * Parses a kernel MAINTAINERS file. Section names and values lose trailing whitespace (and a CR of CRLF files),
 * which get_maintainer.pl would keep and then never match; that is the only departure from its reading.
 * A section's stance is not set here: the `[RUST]` rule belongs to policy assembly.
 *
 * @example parseKernelMaintainers('RUST\nM:\tMiguel Ojeda <ojeda@kernel.org>\nF:\trust/\n', 'MAINTAINERS').value[0]
 *   // → { name: 'RUST', maintainers: [{ handle: null, display: 'Miguel Ojeda <ojeda@kernel.org>', email: 'ojeda@kernel.org' }],
 *   //     files: [{ text: 'rust/', dialect: 'kernel', origin: { file: 'MAINTAINERS', line: 3, col: 4 } }], … }
 */
export function parseKernelMaintainers(
  text: string,
  file: string,
  options: { firstLine?: number } = {},
): Parsed<Subsystem[]> {
  const firstLine = options.firstLine ?? 1;
  const subsystems: Subsystem[] = [];
  const errors: SourceError[] = [];
  const warnings: SourceError[] = [];
  let pendingName: { name: string; line: number } | null = null;
  let current: Subsystem | null = null;

  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trimEnd();
    const lineNumber = index + firstLine;
    const tag = TAG_LINE.exec(line);
    if (tag === null) {
      if (IGNORED_LINE.test(line)) continue;
      pendingName = { name: line, line: lineNumber };
      current = null;
      continue;
    }
    if (pendingName !== null) {
      current = newSubsystem(pendingName.name, { file, line: pendingName.line, col: 1 });
      subsystems.push(current);
      pendingName = null;
    }
    const origin: Origin = { file, line: lineNumber, col: tag[0].length + 1 };
    if (current === null) {
      // Only possible before the first name line: every later tag follows some name.
      errors.push(problem('TAG_OUTSIDE_SECTION', `${tag[1]}: line before any section name`, origin));
      continue;
    }
    addTag(current, tag[1], line.slice(tag[0].length), origin, warnings);
  }
  return { value: subsystems, errors, warnings };
}

function addTag(subsystem: Subsystem, letter: string, value: string, origin: Origin, warnings: SourceError[]): void {
  if (value === '' && EMPTY_PATTERN_CODE[letter] !== undefined) {
    const why = letter === 'F' ? ' (get_maintainer.pl reads it as every top-level file)' : '';
    warnings.push(problem(EMPTY_PATTERN_CODE[letter], `empty ${letter}: pattern in "${subsystem.name}"${why}`, origin));
  }
  switch (letter) {
    case 'M':
    case 'R': {
      const person = { ...parseKernelPerson(value), origin };
      if (person.email === undefined) {
        warnings.push(problem('BAD_PERSON', `${letter}: "${value}" has no e-mail address to map to GitHub`, origin));
      }
      (letter === 'M' ? subsystem.maintainers : subsystem.reviewers).push(person);
      return;
    }
    case 'F':
      subsystem.files.push({ text: value, dialect: 'kernel', origin });
      return;
    case 'X':
      subsystem.exclude.push({ text: value, dialect: 'kernel', origin });
      return;
    case 'N':
      subsystem.names.push({ text: value, dialect: 'regex', origin });
      return;
    case 'K':
      subsystem.keywords.push({ text: value, origin });
      return;
    case 'S':
      // A few sections state one status per part (KVM/powerpc has three): the first is the status, all are kept.
      subsystem.status ??= value;
      break;
    default:
      if (!KNOWN_TAGS.has(letter)) {
        warnings.push(problem('UNKNOWN_TAG', `unknown tag ${letter}: in "${subsystem.name}" (kept as is)`, origin));
      }
  }
  (subsystem.tags[letter] ??= []).push(value);
}

function newSubsystem(name: string, origin: Origin): Subsystem {
  return {
    name,
    maintainers: [],
    reviewers: [],
    files: [],
    exclude: [],
    names: [],
    keywords: [],
    labels: [],
    origin,
    tags: {},
  };
}

function problem(code: ErrorCode, message: string, origin: Origin): SourceError {
  return sourceError(code, message, origin.file, origin.line, origin.col);
}
