/**
 * argv → a command and its options, with node:util's parseArgs (no dependency). Unknown flags and missing
 * values are bad input (exit 2), reported as `argv: message`.
 */
import { parseArgs } from 'node:util';
import { didYouMean, sourceError, type SourceError } from '../errors.js';

export const COMMANDS = ['route', 'validate', 'import', 'explain', 'doctor', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];
export type OutputFormat = 'text' | 'json' | 'markdown';

export interface CliOptions {
  command: CommandName;
  positionals: string[];
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
  /** Where directory-named patterns are checked (get_maintainer.pl's `-d`). Defaults to the policy's folder. */
  tree?: string;
  /** doctor: the repository, `owner/name`. */
  repo?: string;
  /** doctor: the branch to check. */
  branch?: string;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  maintainers: { type: 'string', short: 'm' },
  files: { type: 'string', multiple: true },
  'files-from': { type: 'string' },
  patch: { type: 'string' },
  git: { type: 'string' },
  format: { type: 'string', short: 'f' },
  people: { type: 'string' },
  author: { type: 'string' },
  'approved-by': { type: 'string', multiple: true },
  'max-reviewers': { type: 'string' },
  title: { type: 'string' },
  tree: { type: 'string' },
  repo: { type: 'string' },
  branch: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses argv (without node and the script). Returns the options or the errors, never throws. */
export function parseCliArgs(argv: readonly string[]): { value: CliOptions | null; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const fail = (message: string) => ({
    value: null,
    errors: [...errors, sourceError('BAD_ARGUMENT', message, 'argv')],
  });
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs throws TypeError with a clear message ("Unknown option '--fles'"); add a suggestion.
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(--?[\w-]+)'/.exec(message)?.[1];
    const suggestion = flag ? didYouMean(flag.replace(/^-+/, ''), Object.keys(OPTIONS)) : undefined;
    return fail(suggestion ? `${message} (did you mean '--${suggestion}'?)` : message);
  }
  const { values, positionals } = parsed;
  const [name = 'help', ...rest] = positionals;
  if (values.help) return { value: { ...defaults(), command: 'help', positionals: [] }, errors };
  if (!(COMMANDS as readonly string[]).includes(name)) {
    const suggestion = didYouMean(name, COMMANDS);
    return fail(`unknown command '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; try 'help'`);
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    return fail(`--format must be text, json or markdown, not '${format}'`);
  }
  let maxReviewers: number | undefined;
  if (values['max-reviewers'] !== undefined) {
    maxReviewers = Number(values['max-reviewers']);
    if (!Number.isInteger(maxReviewers) || maxReviewers < 0) {
      return fail(`--max-reviewers must be a whole number ≥ 0, not '${values['max-reviewers']}'`);
    }
  }
  if (values.config !== undefined && values.maintainers !== undefined) {
    return fail('give --config or --maintainers, not both (a maintainers.yml imports MAINTAINERS itself)');
  }
  return {
    value: {
      command: name as CommandName,
      positionals: rest,
      config: values.config,
      maintainers: values.maintainers,
      files: values.files ?? [],
      filesFrom: values['files-from'],
      patch: values.patch,
      git: values.git,
      format,
      people: values.people,
      author: values.author,
      approvedBy: (values['approved-by'] ?? []).flatMap((v) => v.split(',')).filter(Boolean),
      maxReviewers,
      title: values.title,
      tree: values.tree,
      repo: values.repo,
      branch: values.branch,
    },
    errors,
  };
}

function defaults(): CliOptions {
  return { command: 'help', positionals: [], files: [], format: 'text', approvedBy: [] };
}

export const USAGE = `rust-patch-router — route a patch as get_maintainer.pl does, then decide by Rust stance

Usage:
  rust-patch-router route [--config maintainers.yml | --maintainers MAINTAINERS]
                          [--files PATH...] [--files-from FILE|-] [--patch FILE|-] [--git BASE..HEAD]
                          [--format text|json|markdown] [--author LOGIN] [--approved-by LOGIN,...]
                          [--max-reviewers N] [--title TEXT] [--tree DIR]
  rust-patch-router validate [--config maintainers.yml | --maintainers MAINTAINERS]
  rust-patch-router import MAINTAINERS [--people people.yml]
  rust-patch-router explain PATH [--config maintainers.yml | --maintainers MAINTAINERS] [--format text|json]
  rust-patch-router doctor --repo owner/name [--branch BRANCH] [--config PATH] [--format text|json]
      (token from GITHUB_TOKEN, API root from GITHUB_API_URL: is the repository set up so the gate binds?)

Without --config or --maintainers, ./maintainers.yml is used (or ./MAINTAINERS when there is none).
--tree is where a pattern naming a directory without its trailing '/' is looked up, as get_maintainer.pl
does with -d; it defaults to the folder holding the policy file.

Exit codes: 0 routed, 1 blocked (an opt-out or undecided subsystem holds a Rust path), 2 bad input.
doctor: 0 all good, 1 problems found, 2 could not check.
`;
