/**
 * argv → a command and its options, and each command's help. A small parser of our own rather than
 * node:util's parseArgs: `--files a b c` takes every path up to the next flag (as docs/CLI.md writes it),
 * each command accepts only its own flags, and errors read as one sentence about the argument, never as
 * Node's wording or a fake `argv:1:1` position.
 */
import { handleProblem } from '../config/github-handle.js';
import { didYouMean } from '../errors.js';
import {
  GET_MAINTAINER_FLAGS,
  GET_MAINTAINER_NAMES,
  getMaintainerSpelling,
  leavesNoOne,
  NOT_TAKEN,
  switchValueProblem,
} from './get-maintainer-switches.js';

export const COMMANDS = ['route', 'explain', 'validate', 'import', 'doctor', 'help', 'version'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const FORMATS = ['text', 'json', 'markdown', 'get-maintainer'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliOptions {
  command: CommandName;
  /** Command-line words that are not flags: paths or patches for `route`, paths for `explain`. */
  positionals: string[];
  /** The command whose help `help COMMAND` or `COMMAND --help` asks for. */
  helpFor?: CommandName;
  config?: string;
  maintainers?: string;
  files: string[];
  filesFrom?: string;
  patch?: string;
  git?: string;
  format: OutputFormat;
  people?: string;
  /** PR author (never asked for review), for a what-if run. */
  author?: string;
  /** Logins whose approval is assumed, for a what-if run of acks. */
  approvedBy: string[];
  maxReviewers?: number;
  title?: string;
  /** get_maintainer.pl's `--file`: PATH arguments are paths even when they hold a patch. */
  argumentsArePaths?: boolean;
  /** Where paths and directory-named patterns are looked up (get_maintainer.pl's tree). */
  tree?: string;
  /** doctor: the repository, `owner/name`. */
  repo?: string;
  /** doctor: the branch to check. */
  branch?: string;
  /**
   * get_maintainer.pl's switches as given (`nol`, `nogit`, …, and `separator=,` with its value), which only
   * `--format get-maintainer` takes.
   */
  getMaintainerSwitches: string[];
}

/** A bad command line: said in one sentence, then the command's usage. */
export class ArgumentError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/** A flag; `shown` is how help spells it (`--[no]scm`), and a `hidden` one (`--noscm`) is left out of help. */
type Flag = {
  name: string;
  short?: string;
  value?: string;
  repeat?: boolean;
  help: string;
  shown?: string;
  hidden?: boolean;
};

const POLICY_FLAGS: Flag[] = [
  { name: 'config', short: 'c', value: 'FILE', help: 'the policy, maintainers.yml (default: ./maintainers.yml)' },
  { name: 'maintainers', short: 'm', value: 'FILE', help: 'a kernel MAINTAINERS file used on its own' },
  {
    name: 'tree',
    value: 'DIR',
    help: "the source tree: directories and paths are looked up there (get_maintainer.pl's -d, -f)",
  },
];

/** Every flag, by command. Order is the order help lists them. */
const FLAGS: Readonly<Record<CommandName, Flag[]>> = {
  route: [
    ...POLICY_FLAGS,
    { name: 'files', value: 'PATH...', repeat: true, help: 'paths to route (also: PATH arguments)' },
    { name: 'files-from', value: 'FILE|-', help: 'paths, one a line or NUL-separated (git diff --name-only [-z])' },
    { name: 'patch', value: 'FILE|-', help: 'a patch: git format-patch, a series, git diff (also: a PATCH argument)' },
    {
      name: 'git',
      value: 'BASE..HEAD',
      help: "the commits between two revisions, through git (without a range: get_maintainer.pl's --git)",
    },
    { name: 'format', short: 'f', value: 'FORMAT', help: 'text (default), json, markdown or get-maintainer' },
    { name: 'author', value: 'LOGIN', help: 'what-if: the pull request author (never asked)' },
    { name: 'approved-by', value: 'LOGIN,...', repeat: true, help: 'what-if: these maintainers approved' },
    { name: 'max-reviewers', value: 'N', help: 'cap on people and teams asked (default 10)' },
    { name: 'title', value: 'TEXT', help: 'the pull request title, searched for K: keywords' },
    ...GET_MAINTAINER_FLAGS,
    { name: 'help', short: 'h', help: 'this help' },
  ],
  explain: [
    ...POLICY_FLAGS,
    { name: 'format', short: 'f', value: 'FORMAT', help: 'text (default) or json' },
    { name: 'help', short: 'h', help: 'this help' },
  ],
  validate: [...POLICY_FLAGS, { name: 'help', short: 'h', help: 'this help' }],
  import: [
    { name: 'people', value: 'FILE', help: 'a YAML map of e-mail: GitHub login (or org/team)' },
    { name: 'help', short: 'h', help: 'this help' },
  ],
  doctor: [
    { name: 'repo', value: 'OWNER/NAME', help: 'the repository (default: $GITHUB_REPOSITORY)' },
    { name: 'branch', value: 'BRANCH', help: "the branch to check (default: the repository's default branch)" },
    {
      name: 'config',
      short: 'c',
      value: 'PATH',
      help: "the policy's path in the repository (default: maintainers.yml)",
    },
    { name: 'format', short: 'f', value: 'FORMAT', help: 'text (default) or json' },
    { name: 'help', short: 'h', help: 'this help' },
  ],
  help: [],
  version: [],
};

const USAGE_LINES: Readonly<Record<Exclude<CommandName, 'help' | 'version'>, string>> = {
  route: 'route [PATH | PATCH | -]... [--files PATH...] [--files-from FILE|-] [--patch FILE|-] [--git BASE..HEAD]',
  explain: 'explain PATH... [--format text|json]',
  validate: 'validate [--config maintainers.yml | --maintainers MAINTAINERS]',
  import: 'import MAINTAINERS [--people people.yml] > maintainers.yml',
  doctor: 'doctor --repo owner/name [--branch BRANCH] [--config PATH] [--format text|json]',
};

const SUMMARIES: Readonly<Record<Exclude<CommandName, 'help' | 'version'>, string>> = {
  route:
    'Where does this change go, and will it be blocked? Routes paths as get_maintainer.pl does, then applies\n' +
    'the Rust policy. An argument naming a file whose content is a patch is routed as that patch; any other\n' +
    'argument is a path. Exit 0 routed, 1 blocked (a Rust path held by an opt-out or undecided subsystem),\n' +
    '2 bad input. --format get-maintainer prints what get_maintainer.pl prints (for git send-email --cc-cmd, b4),\n' +
    'in a git work tree with its git fallback unless --nogit-fallback; given no change, it reads a patch from\n' +
    'standard input, as get_maintainer.pl does. Its switches below are also taken as Getopt::Long spells them\n' +
    '(--no-l, -nol).',
  explain: 'Every pattern that matched or excluded each path, where it was written, and the decision.',
  validate: 'Reads, assembles and compiles the policy as route and the action do; every problem as file:line:col.',
  import: 'Prints a maintainers.yml importing MAINTAINERS, with its path as you gave it.',
  doctor:
    'Is the repository set up so the gate binds? Reads it through the API (token from GITHUB_TOKEN, API root\n' +
    'from GITHUB_API_URL) and prints each problem with its fix. Exit 0 all good, 1 problems found, 2 could not check.',
};

export const USAGE = `rust-patch-router — route a patch as get_maintainer.pl does, then decide by Rust stance

Usage:
  rust-patch-router ${USAGE_LINES.route}
                          [--config maintainers.yml | --maintainers MAINTAINERS] [--tree DIR]
                          [--format text|json|markdown|get-maintainer] [--author LOGIN] [--approved-by LOGIN,...]
  rust-patch-router ${USAGE_LINES.explain}
  rust-patch-router ${USAGE_LINES.validate}
  rust-patch-router ${USAGE_LINES.import}
  rust-patch-router ${USAGE_LINES.doctor}
  rust-patch-router help [COMMAND] | --version

Without --config or --maintainers, ./maintainers.yml is used (or ./MAINTAINERS when there is none).
Run 'rust-patch-router COMMAND --help' for a command's flags.

Exit codes: 0 routed, 1 blocked, 2 bad input (printed as file:line:col: message).
doctor: 0 all good, 1 problems found, 2 could not check. Any command: 3 a bug in rust-patch-router (please report it).
`;

/** The help of one command: what it does, then each of its flags. */
export function commandHelp(command: CommandName): string {
  if (command === 'help' || command === 'version') return USAGE;
  const flags = FLAGS[command]
    .filter((flag) => !flag.hidden)
    .map((flag) => {
      const spelled = `${flag.short ? `-${flag.short}, ` : '    '}${flag.shown ?? `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`}`;
      return `  ${spelled.padEnd(30)} ${flag.help}`;
    });
  return `Usage: rust-patch-router ${USAGE_LINES[command]}\n\n${SUMMARIES[command]}\n\n${flags.join('\n')}\n`;
}

/**
 * Parses argv (without node and the script). Throws ArgumentError with the problem in one sentence.
 *
 * @example parseCliArgs(['route', '--files', 'a.c', 'b.c']).files // → ['a.c', 'b.c']
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    command: 'help',
    positionals: [],
    files: [],
    format: 'text',
    approvedBy: [],
    getMaintainerSwitches: [],
  };
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V' || first === 'version') return { ...options, command: 'version' };
  if (first === '--help' || first === '-h') return options;
  if (first === undefined) throw new ArgumentError('no command given');
  if (first.startsWith('-')) {
    throw new ArgumentError(`a command comes first (route, explain, validate or import), not the flag ${first}`);
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    const suggestion = didYouMean(first, COMMANDS);
    throw new ArgumentError(`unknown command '${first}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`);
  }
  const command = first as CommandName;
  options.command = command;
  if (command === 'help' || command === 'version') {
    if (command === 'help' && rest[0] !== undefined) {
      if (!(COMMANDS as readonly string[]).includes(rest[0])) throw new ArgumentError(`no command '${rest[0]}'`);
      options.helpFor = rest[0] as CommandName;
    }
    return options;
  }
  const flags = FLAGS[command];
  const getMaintainerFormat = command === 'route' && formatAsked(rest) === 'get-maintainer';
  let onlyPositionals = false;
  let filesOpen = false;
  for (let i = 0; i < rest.length; i++) {
    const written = rest[i];
    if (onlyPositionals || written === '-' || !written.startsWith('-')) {
      (filesOpen ? options.files : options.positionals).push(written);
      continue;
    }
    filesOpen = false;
    if (written === '--') {
      onlyPositionals = true;
      continue;
    }
    // get_maintainer.pl's `-f` says "these are files" and takes no value; its users type `-f drivers/x.c` out of
    // habit. Where the command line asks for its format, `-f` before anything but a format's name is that `-f`.
    if (getMaintainerFormat && written === '-f' && !isFormatName(rest[i + 1])) {
      options.argumentsArePaths = true;
      continue;
    }
    const word = getMaintainerSpelling(written);
    const equals = word.indexOf('=');
    const inline = word.startsWith('--') && equals > 0;
    const spelled = inline ? word.slice(0, equals) : word;
    const flag = flags.find((f) => spelled === `--${f.name}` || (f.short !== undefined && spelled === `-${f.short}`));
    if (flag === undefined) throw unknownFlag(command, spelled);
    if (flag.name === 'help') return { ...options, command: 'help', helpFor: command };
    // A revision range always holds `..`: `--git` without one is get_maintainer.pl's `--git` (every file's
    // history), which its users give before their files (`--git -f drivers/x.c`, `--git ../0001.patch`).
    if (command === 'route' && flag.name === 'git' && !inline && !isRevisionRange(rest[i + 1] ?? '')) {
      options.getMaintainerSwitches.push('git');
      continue;
    }
    let value: string | undefined;
    if (inline) value = word.slice(equals + 1);
    else if (flag.value !== undefined) {
      value = rest[++i];
      if (value === undefined || (value.startsWith('-') && value !== '-' && !/^-\d/.test(value))) {
        throw new ArgumentError(`--${flag.name} needs a value (${flag.value})`, command);
      }
    }
    if (flag.value === undefined && value !== undefined) {
      throw new ArgumentError(`--${flag.name} takes no value`, command);
    }
    setFlag(options, flag.name, value!, command);
    filesOpen = flag.name === 'files';
  }
  return check(options);
}

/**
 * Whether a word is a revision range, `A..B` or `A...B`, rather than a path: it holds `..`, and not as a path's
 * parent step (`../x.patch`, `a/../b`), which no range has since no ref name has a component starting with `.`.
 *
 * @example isRevisionRange('origin/main..HEAD') // → true
 * @example isRevisionRange('../outgoing/0001-fix.patch') // → false
 */
export function isRevisionRange(word: string): boolean {
  return word.includes('..') && !/(^|\/)\.\.(\/|$)/.test(word);
}

function unknownFlag(command: CommandName, spelled: string): ArgumentError {
  const name = spelled.replace(/^-+/, '');
  if (command === 'route' && name in NOT_TAKEN) return new ArgumentError(NOT_TAKEN[name], command);
  const elsewhere = COMMANDS.filter((other) => other !== command && FLAGS[other].some((f) => f.name === name));
  if (elsewhere.length > 0)
    return new ArgumentError(`${command} takes no '${spelled}' (${elsewhere[0]} does)`, command);
  const suggestion = didYouMean(
    name,
    FLAGS[command].map((f) => f.name),
  );
  return new ArgumentError(
    `unknown option '${spelled}'${suggestion ? ` (did you mean '--${suggestion}'?)` : ''}`,
    command,
  );
}

function isFormatName(word: string | undefined): boolean {
  return (FORMATS as readonly string[]).includes(word ?? '');
}

/**
 * The output format the command line asks for, read before its flags are (the last one given counts, as for any
 * flag given twice); undefined when none is given. A value that is no format's name is left to the parser's error.
 *
 * @example formatAsked(['-f', 'drivers/x.c', '--format', 'get-maintainer']) // → 'get-maintainer'
 */
function formatAsked(words: readonly string[]): string | undefined {
  let asked: string | undefined;
  for (let i = 0; i < words.length && words[i] !== '--'; i++) {
    const word = words[i];
    if (word.startsWith('--format=')) asked = word.slice('--format='.length);
    else if ((word === '--format' || word === '-f') && isFormatName(words[i + 1])) asked = words[++i];
  }
  return asked;
}

function setFlag(options: CliOptions, name: string, value: string, command: CommandName): void {
  switch (name) {
    case 'files':
      options.files.push(value);
      return;
    case 'approved-by':
      options.approvedBy.push(...value.split(',').filter(Boolean));
      return;
    case 'format': {
      const textOrJson = command === 'explain' || command === 'doctor';
      if (!(FORMATS as readonly string[]).includes(value) || (textOrJson && !['text', 'json'].includes(value))) {
        const allowed = textOrJson ? 'text or json' : 'text, json, markdown or get-maintainer';
        // get_maintainer.pl's `-f` means "these are files": its users type `-f drivers/x.c` out of habit.
        const habit =
          command === 'route' && /[/.]/.test(value)
            ? ` (to route a file, give it as an argument or with --files: -f is --format here, and get_maintainer.pl's --file only with --format get-maintainer)`
            : '';
        throw new ArgumentError(`--format must be ${allowed}, not '${value}'${habit}`, command);
      }
      options.format = value as OutputFormat;
      return;
    }
    case 'git':
      // A revision range (get_maintainer.pl's `--git`, which shares the name, is read before a value is taken).
      options.git = value;
      return;
    case 'mpath':
      // get_maintainer.pl's `--mpath FILE`: where its MAINTAINERS is, which is what --maintainers says here (the
      // last of the two given counts, as for any flag given twice).
      options.maintainers = value;
      return;
    case 'file':
      // get_maintainer.pl's `-f`/`--file`: its arguments are files, whatever they hold.
      options.argumentsArePaths = true;
      return;
    case 'max-reviewers': {
      const count = Number(value);
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(count)) {
        throw new ArgumentError(`--max-reviewers must be a whole number ≥ 0, not '${value}'`, command);
      }
      options.maxReviewers = count;
      return;
    }
    default:
      if (GET_MAINTAINER_NAMES.has(name))
        options.getMaintainerSwitches.push(value === undefined ? name : `${name}=${value}`);
      else (options as unknown as Record<string, unknown>)[camel(name)] = value;
  }
}

function camel(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

/** What no single flag can check: combinations, and values that must be GitHub logins. */
function check(options: CliOptions): CliOptions {
  const { command } = options;
  if (options.config !== undefined && options.maintainers !== undefined) {
    throw new ArgumentError(
      'give --config or --maintainers, not both (a maintainers.yml imports MAINTAINERS itself)',
      command,
    );
  }
  for (const [flag, logins] of [
    ['--author', options.author === undefined ? [] : [options.author]],
    ['--approved-by', options.approvedBy],
  ] as const) {
    for (const login of logins) {
      const problem = handleProblem(login);
      if (problem !== undefined || login.includes('/')) {
        throw new ArgumentError(`${flag}: ${problem ?? `'${login}' is a team; a review comes from a person`}`, command);
      }
    }
  }
  checkGetMaintainerSwitches(options);
  if (command === 'validate' && options.positionals.length > 0) {
    throw new ArgumentError(
      `validate takes no arguments, got '${options.positionals[0]}' (the policy is --config FILE or --maintainers FILE)`,
      command,
    );
  }
  if (command === 'import' && options.positionals.length !== 1) {
    throw new ArgumentError(
      options.positionals.length === 0
        ? 'import needs the MAINTAINERS file to import'
        : `import takes one MAINTAINERS file, got ${options.positionals.length}: ${options.positionals.join(' ')}`,
      command,
    );
  }
  if (command === 'doctor' && options.positionals.length > 0) {
    throw new ArgumentError(
      `doctor takes no arguments, got '${options.positionals[0]}' (the repository is --repo owner/name)`,
      command,
    );
  }
  if (command === 'explain' && options.positionals.length === 0) {
    throw new ArgumentError('explain needs at least one PATH', command);
  }
  return options;
}

/** get_maintainer.pl's switches shape only its own format, and leave something to print (as it insists). */
function checkGetMaintainerSwitches(options: CliOptions): void {
  const [first] = options.getMaintainerSwitches;
  if (first === undefined) return;
  if (options.format !== 'get-maintainer' && options.getMaintainerSwitches.includes('git')) {
    throw new ArgumentError(
      "--git takes a revision range, BASE..HEAD or BASE...HEAD (without one it is get_maintainer.pl's --git, every file's history, which --format get-maintainer takes)",
      options.command,
    );
  }
  if (options.format !== 'get-maintainer') {
    throw new ArgumentError(
      `--${first.split('=')[0]} shapes --format get-maintainer only (add --format get-maintainer)`,
      options.command,
    );
  }
  for (const given of options.getMaintainerSwitches) {
    const [name, value] = given.split(/=(.*)/s);
    const problem = switchValueProblem(name, value);
    if (problem !== undefined) throw new ArgumentError(problem, options.command);
  }
  const noOne = leavesNoOne(options.getMaintainerSwitches);
  if (noOne !== undefined) throw new ArgumentError(noOne, options.command);
}
