'use strict';

var node_module = require('node:module');

const __builtin$1 = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:fs");

/**
 * Errors as values that carry where they came from.
 *
 * Parsers never throw on bad input: they return `{ value, errors, warnings }` so that every problem in a
 * file is reported at once, each as `file:line:col: message`. Only the edges (CLI, action) turn errors
 * into an exit code.
 */
/**
 * Formats an error the way compilers do, so editors and CI logs can jump to it.
 *
 * @example formatSourceError({ code: 'BAD_GLOB', message: "unclosed '['", file: 'maintainers.yml', line: 3, col: 7 })
 *   // → "maintainers.yml:3:7: unclosed '['"
 */
function formatSourceError(error) {
    // A problem with the whole input (missing, empty, binary) has no position to point at: `file: message`.
    if (error.line === 0)
        return `${error.file}: ${error.message}`;
    return `${error.file}:${error.line}:${error.col}: ${error.message}`;
}
/**
 * A problem with an input as a whole (it is missing, empty, binary, of the wrong kind): printed as
 * `file: message`, since no line of it is at fault.
 *
 * @example formatSourceError(wholeInputError('FILE_NOT_FOUND', 'no such file (--patch)', 'x.patch')) // → 'x.patch: no such file (--patch)'
 */
function wholeInputError(code, message, file) {
    return { code, message, file, line: 0, col: 0 };
}
/** Builds a SourceError; `line` and `col` default to 1 for errors about a whole input. */
function sourceError(code, message, file, line = 1, col = 1) {
    return { code, message, file, line, col };
}
/**
 * Bad input, thrown only at the edges (CLI, action) once parsers have collected their errors.
 * Exit code 2 on the command line; a failed step with annotations in the action.
 */
class InputError extends Error {
    errors;
    constructor(errors, options) {
        super(errors.map(formatSourceError).join('\n'), options);
        this.name = 'InputError';
        this.errors = errors;
    }
}
/**
 * Suggests the closest candidate for a misspelt word (Levenshtein distance ≤ 1/3 of its length, at least 2).
 *
 * @example didYouMean('opt-inn', ['core', 'opt-in', 'opt-out']) // → 'opt-in'
 */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}

/**
 * What a GitHub handle may look like, checked when the policy is read so that a typo fails `validate`
 * instead of an all-or-nothing review request (one bad login makes GitHub reject the whole request).
 */
/**
 * GitHub's sign-up rule: letters, digits and single hyphens, not at either end, at most 39 characters.
 * Read it as: an alphanumeric, then up to 38 more, each an alphanumeric or a hyphen followed by one.
 */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
/** A team slug is its name lowercased with other characters turned into `-`; `_` and `.` survive. */
const TEAM_SLUG = /^[a-z\d][a-z\d_.-]{0,99}$/i;
/**
 * Says what is wrong with a handle written in the policy, or undefined when it is a valid login or
 * `org/team`.
 *
 * @example handleProblem('ojeda') // → undefined
 * @example handleProblem('@ojeda') // → "'@ojeda' is not a GitHub login: write it without '@'"
 */
function handleProblem(handle) {
    if (handle.startsWith('@'))
        return `'${handle}' is not a GitHub login: write it without '@'`;
    if (handle.includes('@')) {
        return `'${handle}' is an e-mail address, not a GitHub login (map e-mails to logins under import.people)`;
    }
    const slash = handle.indexOf('/');
    if (slash === -1) {
        if (LOGIN.test(handle))
            return undefined;
        return `'${handle}' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)`;
    }
    const org = handle.slice(0, slash);
    const team = handle.slice(slash + 1);
    if (LOGIN.test(org) && TEAM_SLUG.test(team))
        return undefined;
    return `'${handle}' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers`;
}

/** get_maintainer.pl's `$output_separator`. */
const DEFAULT_SEPARATOR = ', ';
/**
 * What get_maintainer.pl prints given these of its switches, spelled without dashes (`nol`, `norolestats`,
 * `separator=,`; the last of a kind counts); others (`nogit`) change nothing here. No switch: everyone, with roles,
 * one a line, its default.
 *
 * @example getMaintainerOutput(['nol', 'norolestats']) // → { maintainers: true, reviewers: true, lists: false, roles: false, keywords: true, fixes: true, multiline: true, separator: ', ' }
 */
function getMaintainerOutput(switches) {
    const separators = switches.filter((given) => given.startsWith('separator='));
    const separator = separators.length === 0 ? DEFAULT_SEPARATOR : separators[separators.length - 1].slice('separator='.length);
    return {
        maintainers: !switches.includes('nom'),
        reviewers: !switches.includes('nor'),
        lists: !switches.includes('nol'),
        roles: !switches.includes('norolestats'),
        keywords: !switches.includes('nokeywords'),
        fixes: !switches.includes('nofixes'),
        // `$output_multiline = 0 if ($output_separator ne ", ")`.
        multiline: !switches.includes('nomultiline') && separator === DEFAULT_SEPARATOR,
        separator,
    };
}
/**
 * get_maintainer.pl's `output`: each line with its newline, or all of them on one line joined by the separator.
 * Nothing at all when there is no one (it prints only `if (@maintainers)`).
 *
 * @example printedLines(['a <a@x>', 'b@x'], getMaintainerOutput(['separator=,'])) // → 'a <a@x>,b@x\n'
 */
function printedLines(lines, output) {
    if (lines.length === 0)
        return '';
    return output.multiline ? lines.map((line) => `${line}\n`).join('') : `${lines.join(output.separator)}\n`;
}

/**
 * get_maintainer.pl's switches as `route --format get-maintainer` takes them: which there are, and how Perl's
 * Getopt::Long lets people spell them. What each one prints is get-maintainer/output-options.ts's.
 */
/**
 * get_maintainer.pl's own switches for what it prints, spelled as it spells them, so the `--to-cmd` and
 * `--cc-cmd` of a kernel developer's git config carry over: they apply to `--format get-maintainer` only.
 */
const GET_MAINTAINER_FLAGS = [
    { name: 'nom', help: 'get-maintainer format: without M: maintainers (get_maintainer.pl --nom)' },
    { name: 'nor', help: 'get-maintainer format: without R: reviewers (get_maintainer.pl --nor)' },
    { name: 'nol', help: 'get-maintainer format: without L: mailing lists (get_maintainer.pl --nol)' },
    {
        name: 'norolestats',
        help: 'get-maintainer format: addresses only, no (role:SECTION) (get_maintainer.pl --norolestats)',
    },
    {
        name: 'nokeywords',
        help: 'get-maintainer format: without the sections a K: keyword finds in a patch (get_maintainer.pl --nokeywords)',
    },
    {
        name: 'separator',
        value: 'SEP',
        help: 'get-maintainer format: everyone on one line, SEP between them (get_maintainer.pl --separator)',
    },
    {
        name: 'nomultiline',
        help: 'get-maintainer format: everyone on one line, ", " between them (get_maintainer.pl --nomultiline)',
    },
    {
        name: 'nofixes',
        help: "get-maintainer format: without the signers of the patch's Fixes: commits (get_maintainer.pl --nofixes)",
    },
    // What this format always prints: accepted so that get_maintainer.pl's command line can be kept as it is (b4's
    // default send-auto-to-cmd and send-auto-cc-cmd give all three).
    {
        name: 'nogit',
        help: "get-maintainer format: accepted; the files' git history is never asked (get_maintainer.pl --nogit)",
    },
    { name: 'nogit-fallback', help: 'get-maintainer format: accepted, as --nogit (get_maintainer.pl --nogit-fallback)' },
    {
        name: 'nogit-chief-penguins',
        help: 'get-maintainer format: accepted; Linus Torvalds is left out, as get_maintainer.pl does by default',
    },
];
const GET_MAINTAINER_NAMES = new Set(GET_MAINTAINER_FLAGS.map((flag) => flag.name));
/** Getopt::Long's short names of get_maintainer.pl's switches (`'k|keywords!'`), for their negations. */
const GET_MAINTAINER_ALIASES = { k: 'keywords' };
/**
 * get_maintainer.pl reads its switches with Perl's Getopt::Long, which takes `--separator` as `-separator` too and a
 * negated switch as `--nol`, `--no-l`, `-nol` or `-no-l` (`--nok` for `--nokeywords`): git configs and scripts use
 * them all. Each is read as the spelling listed here; anything else is returned as it is.
 *
 * @example getMaintainerSpelling('-norolestats') // → '--norolestats'
 * @example getMaintainerSpelling('--no-git-fallback') // → '--nogit-fallback'
 * @example getMaintainerSpelling('-separator=,') // → '--separator=,'
 */
function getMaintainerSpelling(word) {
    const spelled = /^--?([a-z][a-z-]*)(=.*)?$/.exec(word);
    if (spelled === null)
        return word;
    const [, written, value = ''] = spelled;
    const negated = /^no-?(.+)$/.exec(written);
    const name = negated === null ? written : `no${GET_MAINTAINER_ALIASES[negated[1]] ?? negated[1]}`;
    return GET_MAINTAINER_NAMES.has(name) ? `--${name}${value}` : word;
}

/**
 * argv → a command and its options, and each command's help. A small parser of our own rather than
 * node:util's parseArgs: `--files a b c` takes every path up to the next flag (as docs/CLI.md writes it),
 * each command accepts only its own flags, and errors read as one sentence about the argument, never as
 * Node's wording or a fake `argv:1:1` position.
 */
const COMMANDS = ['route', 'explain', 'validate', 'import', 'doctor', 'help', 'version'];
const FORMATS = ['text', 'json', 'markdown', 'get-maintainer'];
/** A bad command line: said in one sentence, then the command's usage. */
class ArgumentError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
        this.name = 'ArgumentError';
    }
}
const POLICY_FLAGS = [
    { name: 'config', short: 'c', value: 'FILE', help: 'the policy, maintainers.yml (default: ./maintainers.yml)' },
    { name: 'maintainers', short: 'm', value: 'FILE', help: 'a kernel MAINTAINERS file used on its own' },
    {
        name: 'tree',
        value: 'DIR',
        help: "the source tree: directories and paths are looked up there (get_maintainer.pl's -d, -f)",
    },
];
/** Every flag, by command. Order is the order help lists them. */
const FLAGS = {
    route: [
        ...POLICY_FLAGS,
        { name: 'files', value: 'PATH...', repeat: true, help: 'paths to route (also: PATH arguments)' },
        { name: 'files-from', value: 'FILE|-', help: 'paths, one a line or NUL-separated (git diff --name-only [-z])' },
        { name: 'patch', value: 'FILE|-', help: 'a patch: git format-patch, a series, git diff (also: a PATCH argument)' },
        { name: 'git', value: 'BASE..HEAD', help: 'the commits between two revisions, through git' },
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
const USAGE_LINES = {
    route: 'route [PATH | PATCH | -]... [--files PATH...] [--files-from FILE|-] [--patch FILE|-] [--git BASE..HEAD]',
    explain: 'explain PATH... [--format text|json]',
    validate: 'validate [--config maintainers.yml | --maintainers MAINTAINERS]',
    import: 'import MAINTAINERS [--people people.yml] > maintainers.yml',
    doctor: 'doctor --repo owner/name [--branch BRANCH] [--config PATH] [--format text|json]',
};
const SUMMARIES = {
    route: 'Where does this change go, and will it be blocked? Routes paths as get_maintainer.pl does, then applies\n' +
        'the Rust policy. An argument naming a file whose content is a patch is routed as that patch; any other\n' +
        'argument is a path. Exit 0 routed, 1 blocked (a Rust path held by an opt-out or undecided subsystem),\n' +
        "2 bad input. --format get-maintainer prints what 'get_maintainer.pl --nogit --nogit-fallback' prints\n" +
        '(for git send-email --cc-cmd, b4); given no change, it reads a patch from standard input, as get_maintainer.pl\n' +
        'does. Its switches below are also taken as Getopt::Long spells them (--no-l, -nol).',
    explain: 'Every pattern that matched or excluded each path, where it was written, and the decision.',
    validate: 'Reads, assembles and compiles the policy as route and the action do; every problem as file:line:col.',
    import: 'Prints a maintainers.yml importing MAINTAINERS, with its path as you gave it.',
    doctor: 'Is the repository set up so the gate binds? Reads it through the API (token from GITHUB_TOKEN, API root\n' +
        'from GITHUB_API_URL) and prints each problem with its fix. Exit 0 all good, 1 problems found, 2 could not check.',
};
const USAGE = `rust-patch-router — route a patch as get_maintainer.pl does, then decide by Rust stance

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
doctor: 0 all good, 1 problems found, 2 could not check.
`;
/** The help of one command: what it does, then each of its flags. */
function commandHelp(command) {
    if (command === 'help' || command === 'version')
        return USAGE;
    const flags = FLAGS[command].map((flag) => {
        const spelled = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
        return `  ${spelled.padEnd(30)} ${flag.help}`;
    });
    return `Usage: rust-patch-router ${USAGE_LINES[command]}\n\n${SUMMARIES[command]}\n\n${flags.join('\n')}\n`;
}
/**
 * Parses argv (without node and the script). Throws ArgumentError with the problem in one sentence.
 *
 * @example parseCliArgs(['route', '--files', 'a.c', 'b.c']).files // → ['a.c', 'b.c']
 */
function parseCliArgs(argv) {
    const options = {
        command: 'help',
        positionals: [],
        files: [],
        format: 'text',
        approvedBy: [],
        getMaintainerSwitches: [],
    };
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-V' || first === 'version')
        return { ...options, command: 'version' };
    if (first === '--help' || first === '-h')
        return options;
    if (first === undefined)
        throw new ArgumentError('no command given');
    if (first.startsWith('-')) {
        throw new ArgumentError(`a command comes first (route, explain, validate or import), not the flag ${first}`);
    }
    if (!COMMANDS.includes(first)) {
        const suggestion = didYouMean(first, COMMANDS);
        throw new ArgumentError(`unknown command '${first}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`);
    }
    const command = first;
    options.command = command;
    if (command === 'help' || command === 'version') {
        if (command === 'help' && rest[0] !== undefined) {
            if (!COMMANDS.includes(rest[0]))
                throw new ArgumentError(`no command '${rest[0]}'`);
            options.helpFor = rest[0];
        }
        return options;
    }
    const flags = FLAGS[command];
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
        const word = getMaintainerSpelling(written);
        const equals = word.indexOf('=');
        const inline = word.startsWith('--') && equals > 0;
        const spelled = inline ? word.slice(0, equals) : word;
        const flag = flags.find((f) => spelled === `--${f.name}` || (f.short !== undefined && spelled === `-${f.short}`));
        if (flag === undefined)
            throw unknownFlag(command, spelled);
        if (flag.name === 'help')
            return { ...options, command: 'help', helpFor: command };
        let value;
        if (inline)
            value = word.slice(equals + 1);
        else if (flag.value !== undefined) {
            value = rest[++i];
            if (value === undefined || (value.startsWith('-') && value !== '-' && !/^-\d/.test(value))) {
                throw new ArgumentError(`--${flag.name} needs a value (${flag.value})`, command);
            }
        }
        if (flag.value === undefined && value !== undefined) {
            throw new ArgumentError(`--${flag.name} takes no value`, command);
        }
        setFlag(options, flag.name, value, command);
        filesOpen = flag.name === 'files';
    }
    return check(options);
}
function unknownFlag(command, spelled) {
    const name = spelled.replace(/^-+/, '');
    const elsewhere = COMMANDS.filter((other) => other !== command && FLAGS[other].some((f) => f.name === name));
    if (elsewhere.length > 0)
        return new ArgumentError(`${command} takes no '${spelled}' (${elsewhere[0]} does)`, command);
    const suggestion = didYouMean(name, FLAGS[command].map((f) => f.name));
    return new ArgumentError(`unknown option '${spelled}'${suggestion ? ` (did you mean '--${suggestion}'?)` : ''}`, command);
}
function setFlag(options, name, value, command) {
    switch (name) {
        case 'files':
            options.files.push(value);
            return;
        case 'approved-by':
            options.approvedBy.push(...value.split(',').filter(Boolean));
            return;
        case 'format': {
            const textOrJson = command === 'explain' || command === 'doctor';
            if (!FORMATS.includes(value) || (textOrJson && !['text', 'json'].includes(value))) {
                const allowed = textOrJson ? 'text or json' : 'text, json, markdown or get-maintainer';
                // get_maintainer.pl's `-f` means "these are files": its users type `-f drivers/x.c` out of habit.
                const habit = command === 'route' && /[/.]/.test(value)
                    ? ` (to route a file, give it as an argument or with --files: -f is --format here, not get_maintainer.pl's --file)`
                    : '';
                throw new ArgumentError(`--format must be ${allowed}, not '${value}'${habit}`, command);
            }
            options.format = value;
            return;
        }
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
            else
                options[camel(name)] = value;
    }
}
function camel(name) {
    return name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
}
/** What no single flag can check: combinations, and values that must be GitHub logins. */
function check(options) {
    const { command } = options;
    if (options.config !== undefined && options.maintainers !== undefined) {
        throw new ArgumentError('give --config or --maintainers, not both (a maintainers.yml imports MAINTAINERS itself)', command);
    }
    for (const [flag, logins] of [
        ['--author', options.author === undefined ? [] : [options.author]],
        ['--approved-by', options.approvedBy],
    ]) {
        for (const login of logins) {
            const problem = handleProblem(login);
            if (problem !== undefined || login.includes('/')) {
                throw new ArgumentError(`${flag}: ${problem ?? `'${login}' is a team; a review comes from a person`}`, command);
            }
        }
    }
    checkGetMaintainerSwitches(options);
    if (command === 'validate' && options.positionals.length > 0) {
        throw new ArgumentError(`validate takes no arguments, got '${options.positionals[0]}' (the policy is --config FILE or --maintainers FILE)`, command);
    }
    if (command === 'import' && options.positionals.length !== 1) {
        throw new ArgumentError(options.positionals.length === 0
            ? 'import needs the MAINTAINERS file to import'
            : `import takes one MAINTAINERS file, got ${options.positionals.length}: ${options.positionals.join(' ')}`, command);
    }
    if (command === 'doctor' && options.positionals.length > 0) {
        throw new ArgumentError(`doctor takes no arguments, got '${options.positionals[0]}' (the repository is --repo owner/name)`, command);
    }
    if (command === 'explain' && options.positionals.length === 0) {
        throw new ArgumentError('explain needs at least one PATH', command);
    }
    return options;
}
/** get_maintainer.pl's switches shape only its own format, and leave something to print (as it insists). */
function checkGetMaintainerSwitches(options) {
    const [first] = options.getMaintainerSwitches;
    if (first === undefined)
        return;
    if (options.format !== 'get-maintainer') {
        throw new ArgumentError(`--${first.split('=')[0]} shapes --format get-maintainer only (add --format get-maintainer)`, options.command);
    }
    const { maintainers, reviewers, lists } = getMaintainerOutput(options.getMaintainerSwitches);
    if (!maintainers && !reviewers && !lists) {
        throw new ArgumentError('--nom, --nor and --nol together leave no one to print', options.command);
    }
}

/**
 * What a CLI command may touch besides the files it names — its output streams and working directory — and
 * how problems are printed there: `file:line:col: message`, the way compilers do, so editors and CI logs
 * can jump to them.
 */
/** More than this many warnings are counted, not listed (a whole kernel MAINTAINERS may have hundreds). */
const MAX_WARNINGS_SHOWN = 20;
/** Prints errors, one a line. */
function printErrors(errors, io) {
    io.stderr(errors.map((error) => `${formatSourceError(error)}\n`).join(''));
}
/** Prints warnings, the first `limit` in full and the rest counted. */
function printWarnings(warnings, io, limit = MAX_WARNINGS_SHOWN) {
    const shown = warnings.slice(0, limit);
    io.stderr(shown.map((warning) => `${formatSourceError(warning)} (warning)\n`).join(''));
    if (warnings.length > shown.length) {
        io.stderr(`… and ${warnings.length - shown.length} more warnings (run 'validate' to see them all)\n`);
    }
}

/**
 * Lists each file's path, followed by its previous path when it has one, in change-set order. A path listed
 * twice (a file renamed away and another added in its place) is decided once; if one of its listings is the
 * new side of a rename, the decision keeps that `previousPath`.
 *
 * @example changedPaths([{ path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs', status: 'renamed' }])
 *   // → [{ path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs' }, { path: 'rust/kernel/rnull.rs' }]
 */
function changedPaths(files) {
    // The tree-wide case — a sorted list (as git prints it) without renames — is its own answer: no map of
    // 100,000 entries and no copy of each path is needed to find what is already unique and in order.
    if (isSortedWithoutRenames(files))
        return files;
    const byPath = new Map();
    const add = (path, previousPath) => {
        const seen = byPath.get(path);
        if (seen === undefined)
            byPath.set(path, previousPath === undefined ? { path } : { path, previousPath });
        else if (seen.previousPath === undefined && previousPath !== undefined)
            seen.previousPath = previousPath;
    };
    for (const file of files) {
        const previousPath = file.previousPath !== undefined && file.previousPath !== file.path ? file.previousPath : undefined;
        add(file.path, previousPath);
        if (previousPath !== undefined)
            add(previousPath, undefined);
    }
    return [...byPath.values()];
}
/** Strictly increasing paths (so each once) and no previous paths. */
function isSortedWithoutRenames(files) {
    for (let i = 0; i < files.length; i++) {
        if (files[i].previousPath !== undefined)
            return false;
        if (i > 0 && !(files[i - 1].path < files[i].path))
            return false;
    }
    return true;
}

/**
 * Libraries loaded on first use instead of at start-up: re2js (N:/K: regexes) and minimatch (maintainers.yml
 * globs, `rust.files`). Each costs about 10 ms to load, and routing one kernel path through an unchanged
 * MAINTAINERS usually needs neither (docs/PERFORMANCE.md, "The CLI: what a run does, and what limits it").
 *
 * Synchronous, so the core stays synchronous: `createRequire` loads each library's CommonJS build. The bundles
 * in dist/ carry those builds beside them (rollup.config.js writes dist/re2js.cjs and dist/minimatch.cjs and
 * sets BUNDLED_DIR below), since a GitHub Action runs without node_modules; run from the sources, they come
 * from node_modules.
 */
/** The folder of the bundled copies, relative to the bundle; rollup.config.js rewrites this line. */
const BUNDLED_DIR = '.';
const load = node_module.createRequire(require('node:url').pathToFileURL(__filename).href);
const loaded = {};
/**
 * The library, loaded the first time it is asked for.
 *
 * @example lazyRequire('minimatch').minimatch('rust/x.rs', '**\/*.rs') // → true
 */
function lazyRequire(name) {
    return (loaded[name] ??= load(`${BUNDLED_DIR}/${name}.cjs`));
}

/** How many interface files are read at most (docs/RUST-REVIEW.md, "Where the files come from"). */
const MAX_INTERFACE_FILES = 500;
/**
 * The options `rust.files` is matched with (routing/classify-rust.ts), for the same reasons: `dot: true` so a
 * dotted name counts, `nonegate`/`nocomment` so `!x`/`#x` name files, `platform: 'linux'` so `\` is no separator.
 */
const INTERFACE_GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/**
 * Compiles `rust.interface-files` once (never per path). The policy's reader validates the patterns; one that
 * minimatch still refuses throws here, naming it, rather than silently matching nothing.
 *
 * @example compileInterfaceFiles(['rust/helpers/*.c'])('rust/helpers/blk.c') // → true
 */
function compileInterfaceFiles(patterns) {
    // A run asks for the same patterns several times (interfacesWanted, the pairs, the review): compile once.
    const key = JSON.stringify(patterns);
    const known = compiledTests.get(key);
    if (known !== undefined)
        return known;
    const test = compileTest(patterns);
    if (compiledTests.size >= MAX_COMPILED_TESTS)
        compiledTests.clear();
    compiledTests.set(key, test);
    return test;
}
/** The tests compiled so far, by their patterns as JSON. */
const compiledTests = new Map();
/** A long-lived process (the action's sweep) meets few policies; bound the cache all the same. */
const MAX_COMPILED_TESTS = 16;
function compileTest(patterns) {
    // Most paths share no pattern's literal start (`rust/`): they are answered without minimatch, which a
    // one-file CLI run then never loads (docs/PERFORMANCE.md, "The CLI: what a run does, and what limits it").
    const prefixes = patterns.map(literalStart);
    let matchers;
    const compiled = () => (matchers ??= patterns.map(compilePattern));
    // A directory (routed as `dir/`) is never an interface file, whatever its name.
    return (path) => !path.endsWith('/') &&
        prefixes.some((prefix) => path.startsWith(prefix)) &&
        compiled().some((matcher) => matcher.match(path));
}
function compilePattern(pattern) {
    try {
        return new (lazyRequire('minimatch').Minimatch)(pattern, INTERFACE_GLOB_OPTIONS);
    }
    catch (error) {
        throw new Error(`rust.interface-files pattern "${pattern}" cannot be compiled`, { cause: error });
    }
}
/** What every path a pattern matches starts with: its text up to the first glob character (or a `\` escape). */
function literalStart(pattern) {
    const at = pattern.search(/[*?[\]{}()!+@\\]/);
    return at === -1 ? pattern : pattern.slice(0, at);
}
/** Code-unit order, the same on every machine and locale (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Which of the matching files to read when more than `cap` match, deterministically: headers first (the
 * bindings header includes most of what Rust wraps), then C files (the helpers, one per C API), then the rest
 * (the many `.rs` files), each group in path order.
 *
 * @example chooseInterfaceFiles(['rust/kernel/sync.rs', 'rust/helpers/mutex.c', 'rust/bindings/bindings_helper.h'], 2)
 *   // → { chosen: ['rust/bindings/bindings_helper.h', 'rust/helpers/mutex.c'], over: 1 }
 */
function chooseInterfaceFiles(paths, cap = MAX_INTERFACE_FILES) {
    const ranked = [...new Set(paths)].sort((a, b) => rankOf(a) - rankOf(b) || compare(a, b));
    const kept = Math.max(0, cap);
    return { chosen: ranked.slice(0, kept), over: Math.max(0, ranked.length - kept) };
}
function rankOf(path) {
    if (path.endsWith('.h'))
        return 0;
    if (path.endsWith('.c'))
        return 1;
    return 2;
}

/** @example interfacesWanted(policy, ['drivers/net/phy/phy.c']) // → false */
function interfacesWanted(policy, paths) {
    const patterns = policy.rustReview.interfaceFiles;
    if (patterns.length === 0)
        return false;
    const isInterfaceFile = compileInterfaceFiles(patterns);
    return paths.some((path) => path.endsWith('.h') || isInterfaceFile(path));
}

/**
 * The only place paths, names and handles are escaped for Markdown, HTML and terminals.
 *
 * Everything the reports show comes from the policy or the PR (paths, subsystem names, reasons quoting
 * patterns, people), so none of it is trusted: a path could carry `<!-- rust-patch-router -->` to plant the
 * sticky marker, `|` to break a table, a newline or an ANSI escape to forge output lines, bidi overrides to
 * disguise itself, or `@someone` to notify people nobody meant to ask.
 */
/** U+200D ZERO WIDTH JOINER: after `@` it keeps the text readable but stops GitHub from seeing a mention. */
const MENTION_BREAKER = '\u200d';
/**
 * C0/C1 controls, and the Unicode line separators and bidi embeddings/overrides/isolates ("Trojan Source")
 * that reorder or split what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * ASCII punctuation CommonMark reads as inline markup anywhere, backslash-escaped: emphasis, code, links,
 * table cells, strikethrough. `(`/`)` and `!` are left alone (no link or image can form once `[`/`]` are
 * escaped); `<`, `>`, `&` become entities.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
/** What starts a heading, list or ordered list, should a value begin a line (`#`, `-`, `+`, `1.`, `1)`). */
const BLOCK_START = /^(?:[#+-]|\d+(?=[.)]))/;
/** What GitHub accepts as a login (`ojeda`) or a team (`rust-for-linux/reviewers`); anything else is never @-ed. */
const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
/**
 * Shows invisible and line-breaking characters as escapes, so one value stays one visible line.
 *
 * @example visible('a\nb\u202e') // → 'a\\nb\\u202e'
 */
function visible(text) {
    return text.replace(INVISIBLE, (char) => NAMED_CONTROLS[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text for a terminal: control characters (ESC of ANSI sequences included) made visible, nothing else touched.
 *
 * @example escapeTerminal('rust/\u001b[2Jx.rs') // → 'rust/\\u001b[2Jx.rs'
 */
function escapeTerminal(text) {
    return visible(text);
}
/**
 * Breaks every `@` so GitHub notifies nobody, while the text still reads the same.
 *
 * @example neutraliseMentions('cc @ojeda') // → 'cc @\u200dojeda'
 */
function neutraliseMentions(text) {
    return text.replaceAll('@', `@${MENTION_BREAKER}`);
}
/**
 * Plain text inside Markdown (paragraphs, list items, table cells): renders as the literal text, starts no
 * markup, HTML, table cell or mention.
 *
 * @example escapeMarkdown('BLOCK LAYER [RUST] <x@y>') // → 'BLOCK LAYER \\[RUST\\] &lt;x@\u200dy&gt;'
 */
function escapeMarkdown(text) {
    const escaped = visible(text)
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`))
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;');
    return neutraliseMentions(escaped);
}
/**
 * A code span showing `text` literally (paths, labels, handles nobody requested): the fence is longer than
 * any backtick run inside, and mentions are not processed in code. In a GFM table a `|` ends the cell even
 * inside code, so `inTable` escapes it (GFM removes that backslash again).
 *
 * @example codeSpan('a`b') // → '``a`b``'
 * @example codeSpan('x|y', { inTable: true }) // → '`x\\|y`'
 */
function codeSpan(text, options = {}) {
    let shown = visible(text);
    if (shown === '')
        return '` `';
    const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each side when both are spaces, and a backtick at an edge would
    // merge with the fence: pad with one space in those cases.
    const pad = shown.startsWith('`') || shown.endsWith('`') || (shown.startsWith(' ') && shown.endsWith(' '));
    if (pad)
        shown = ` ${shown} `;
    const span = `${fence}${shown}${fence}`;
    return options.inTable ? span.replaceAll('|', '\\|') : span;
}
/**
 * A GitHub handle as the reports show it: `@login` / `@org/team` when it was requested for review (so the
 * mention is the request's own notification), otherwise a code span that notifies nobody.
 *
 * @example mention('ojeda', new Set(['ojeda'])) // → '@ojeda'
 * @example mention('hch', new Set()) // → '`hch`'
 */
function mention(handle, requested, options = {}) {
    if (requested.has(handle.toLowerCase()) && GITHUB_HANDLE.test(handle))
        return `@${handle}`;
    return codeSpan(handle, options);
}

/** How reports name where a stance came from. */
const STANCE_SOURCE_WORDS = {
    policy: 'explicit',
    'import-stances': 'import stances',
    'rust-tag': '[RUST] in its name',
    'kernel-default': 'the kernel default for RUST',
    default: 'default-stance',
};
/**
 * Routing shares one Reason object between the thousands of paths one pattern decides; its sentence is made
 * once per object too (a tree-wide text or JSON report has 100,000 of them).
 */
const sentences = new WeakMap();
/**
 * The reason as one sentence (unescaped: each report escapes it for its medium).
 *
 * @example reasonText(reason)
 *   // → '"rust/kernel/block/" (MAINTAINERS:3941) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in ([RUST] in its name)'
 */
function reasonText(reason) {
    let text = sentences.get(reason);
    if (text === undefined) {
        const { pattern, origin, subsystem } = reason;
        const fallback = reason.fallback ? ' (fallback: nothing more specific owns it)' : '';
        text = `"${pattern}" (${origin.file}:${origin.line}) → ${subsystem}${fallback}${decidedBy(reason.by)}`;
        sentences.set(reason, text);
    }
    return text;
}
/**
 * The reason as `--format json` and the action's `report` output print it: the pattern and where it is written.
 * Its subsystem is the file's `owner` and its sentence is reasonText's; printing either again on each of a
 * tree's 86,629 lines would double the output (docs/PERFORMANCE.md).
 *
 * @example reasonJson(reason) // → { pattern: 'rust/', origin: { file: 'MAINTAINERS', line: 20512, col: 4 } }
 */
function reasonJson(reason) {
    return { pattern: reason.pattern, origin: reason.origin };
}
/**
 * A non-Rust path's other owners are not counted here ("and 1 more owner" named nobody): every report lists
 * them by name beside the reason (`subsystems`).
 */
function decidedBy(by) {
    if ('stance' in by) {
        const strictest = by.weighed > 1 ? `; strictest of ${by.weighed} owners` : '';
        return `, stance ${by.stance} (${STANCE_SOURCE_WORDS[by.source]}${strictest})`;
    }
    return '';
}
/**
 * A file's decision as reports word it, agreeing with the verdict: a Rust path whose hold was lifted reads
 * `opt-out, lifted by hch-lst`, never `blocked` under a ✅ headline.
 *
 * @example fileDecisionWords({ decision: 'blocked', stance: 'opt-out', … }, { liftedBy: ['hch-lst'], … }) // → 'opt-out, lifted by hch-lst'
 * @example fileDecisionWords({ decision: 'opt-in', stance: 'opt-in', … }, undefined) // → 'opt-in'
 */
function fileDecisionWords(file, hold) {
    if (file.stance === null || file.stance === file.decision)
        return file.decision;
    const held = file.decision === 'needs-ack' || file.decision === 'blocked';
    if (held && hold !== undefined && hold.liftedBy.length > 0)
        return `${file.stance}, lifted by ${hold.liftedBy.join(', ')}`;
    return `${file.decision}, ${file.stance}`;
}

/** Emoji and title of each verdict. */
const VERDICT_TITLES = {
    routed: '✅ Routed',
    'needs-ack': '⏳ Needs ack',
    blocked: '⛔ Blocked',
};
/** The one sentence of a PR that no longer touches Rust nor is held: the comment is edited to say so. */
const NO_RUST_SENTENCE = '✅ This pull request no longer changes Rust code and nothing holds it: rust-patch-router has nothing to route.';
/** A Markdown heading for the verdict. */
function verdictHeading(verdict) {
    return `### ${VERDICT_TITLES[verdict]}`;
}
/**
 * One sentence: how many Rust files go where, which subsystems hold them, and what lifts the hold.
 * `name` escapes subsystem names for the output format (identity for a terminal).
 *
 * @example verdictSentence(decision, (s) => s)
 *   // → '1 Rust file is in DMA MAPPING HELPERS, which opted out of Rust: only an approving review from one of its maintainers (an exception) lifts the hold.'
 */
function verdictSentence(decision, name = (text) => text) {
    const all = decision.holds.filter((hold) => hold.liftedBy.length === 0);
    // The Rust tree's hold over blocking findings is worded apart: nobody opted out, a check failed.
    const byCheck = all.find((hold) => hold.checks !== undefined);
    const checkSentence = byCheck === undefined ? '' : ` ${checkHoldSentence(byCheck, name)}`;
    const standing = all.filter((hold) => hold.checks === undefined);
    if (byCheck !== undefined && standing.length === 0)
        return checkSentence.trim();
    return `${stanceSentence(decision, standing, name)}${checkSentence}`;
}
/** The sentence for a hold of the Rust tree over findings of checks set to `block`. */
function checkHoldSentence(hold, name) {
    const checks = (hold.checks ?? []).join(', ');
    const files = hold.files.length === 1 ? '1 file' : `${hold.files.length} files`;
    const lifts = nobodyCanLift([hold])
        ? `${NOBODY_ON_GITHUB(1)} lift the hold`
        : `an approving review from one of ${name(hold.subsystem)}'s maintainers lifts the hold`;
    return `Blocking Rust ${hold.checks?.length === 1 ? 'check' : 'checks'} (${checks}) found something in ${files}: ${lifts}.`;
}
function stanceSentence(decision, standing, name) {
    const refused = standing.filter((hold) => hold.stance === 'opt-out');
    if (refused.length > 0) {
        const waiting = countFiles(standing) - countFiles(refused);
        const alsoWaiting = waiting > 0 ? `; ${waiting} more ${waiting === 1 ? 'waits' : 'wait'} for an ack` : '';
        const lifts = nobodyCanLift(refused)
            ? `${NOBODY_ON_GITHUB(refused.length)} lift the hold`
            : `only an approving review from one of ${refused.length === 1 ? 'its' : 'their'} maintainers (an exception) lifts the hold`;
        return `${rustFiles(countFiles(refused))} in ${names(refused, name)}, which opted out of Rust: ${lifts}${alsoWaiting}.`;
    }
    if (standing.length > 0) {
        const files = countFiles(standing);
        const acks = nobodyCanLift(standing)
            ? `${NOBODY_ON_GITHUB(standing.length)} ack ${files === 1 ? 'it' : 'them'}`
            : `an approving review from one of ${standing.length === 1 ? 'its' : 'their'} maintainers acks ${files === 1 ? 'it' : 'them'}`;
        return `${rustFiles(files)} in ${names(standing, name)}, which ${standing.length === 1 ? 'has' : 'have'} not decided on Rust yet: ${acks}.`;
    }
    const count = decision.rustFiles.length;
    if (count === 0)
        return 'This change touches no Rust code; it goes to the maintainers of the code it touches.';
    const unowned = decision.files.filter((file) => file.rust && file.decision === 'unowned').length;
    const nothingHolds = decision.holds.length > 0 ? 'every hold was lifted by a maintainer’s approval' : 'nothing holds this change';
    if (unowned === count) {
        return `${count === 1 ? '1 Rust file has' : `${count} Rust files have`} no owner in the policy: nobody decides ${count === 1 ? 'it' : 'them'}, and ${nothingHolds}.`;
    }
    const owned = count - unowned;
    const rest = unowned > 0 ? `; ${unowned} more ${unowned === 1 ? 'has' : 'have'} no owner in the policy` : '';
    return `${rustFiles(owned)} going to the subsystems that decide ${owned === 1 ? 'it' : 'them'}, and ${nothingHolds}${rest}.`;
}
/** A hold nobody on GitHub can lift: every maintainer of it is "not on GitHub" (a MAINTAINERS used alone). */
function nobodyCanLift(holds) {
    return holds.every((hold) => hold.canLift.length === 0);
}
/** What to say when no maintainer of the holding subsystems has a GitHub login, so no review can count. */
const NOBODY_ON_GITHUB = (count) => `none of ${count === 1 ? 'its' : 'their'} maintainers has a GitHub login (map their e-mails under import.people in a maintainers.yml), so no approval can`;
function countFiles(holds) {
    return holds.reduce((sum, hold) => sum + hold.files.length, 0);
}
function rustFiles(count) {
    return count === 1 ? '1 Rust file is' : `${count} Rust files are`;
}
function names(holds, name) {
    const listed = holds.map((hold) => name(hold.subsystem));
    return listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
}

/**
 * The same text as a stream of lines (each with its newline), so the CLI can write a tree-wide report of
 * 100,000 paths without first building it as one string.
 */
function* renderTextChunks(decision) {
    yield `${VERDICT_TITLES[decision.verdict]}: ${verdictSentence(decision, escapeTerminal)}\n`;
    const holds = new Map(decision.holds.filter((hold) => hold.checks === undefined).map((h) => [h.subsystem, h]));
    if (decision.holds.length > 0) {
        yield '\nholds:\n';
        for (const hold of decision.holds)
            yield `${holdLine(hold)}\n`;
    }
    if (decision.files.length > 0)
        yield '\n';
    for (const file of decision.files)
        yield fileLines(file, file.owner === null ? undefined : holds.get(file.owner));
    const keywordHits = decision.keywordHits ?? [];
    if (keywordHits.length > 0) {
        yield '\nkeywords:\n';
        const owning = new Set(decision.subsystems.filter((report) => !report.mentioned).map((report) => report.name));
        for (const hit of keywordHits) {
            const role = owning.has(hit.subsystem) ? '' : ' (mentioned: labelled, not asked)';
            yield `  ${escapeTerminal(hit.subsystem)}${role}: K: ${escapeTerminal(hit.pattern)} (${escapeTerminal(`${hit.origin.file}:${hit.origin.line}`)}) matched "${escapeTerminal(hit.line)}"\n`;
        }
    }
    yield* reviewLines(decision);
    yield* peopleLines(decision);
    yield `\nlabels: ${list(decision.labels)}\n`;
    yield `reviewers: ${list(decision.reviewers)}\n`;
    if (decision.teamReviewers.length > 0)
        yield `team reviewers: ${list(decision.teamReviewers)}\n`;
    if (decision.reviewersCapped.length > 0)
        yield `not requested (over the cap): ${list(decision.reviewersCapped)}\n`;
    if (decision.keywordScan.capped) {
        const { scannedBytes, totalBytes } = decision.keywordScan;
        yield `keywords: only the first ${scannedBytes} of ${totalBytes} bytes were scanned\n`;
    }
    for (const change of decision.policyChanges ?? []) {
        yield `policy change: ${escapeTerminal(change.subsystem)}: ${change.from ?? '(absent)'} → ${change.to ?? '(absent)'}\n`;
    }
}
/** The Rust review: findings (`path:line: check: message`), places not checked, and the interface pairs. */
function* reviewLines(decision) {
    const findings = decision.findings ?? [];
    if (findings.length > 0) {
        yield '\nrust review:\n';
        for (const finding of findings) {
            const where = finding.line === null ? finding.path : `${finding.path}:${finding.line}`;
            const severity = finding.severity === 'block' ? ' (blocks)' : '';
            yield `  ${escapeTerminal(where)}: ${finding.check}${severity}: ${escapeTerminal(finding.message)}\n`;
        }
    }
    for (const place of decision.review?.unchecked ?? []) {
        const where = place.line === null ? place.path : `${place.path}:${place.line}`;
        yield `  ${escapeTerminal(where)}: ${place.check} not checked: ${escapeTerminal(place.reason)}\n`;
    }
    const interfaces = decision.interfaces ?? [];
    if (interfaces.length > 0) {
        yield '\ninterfaces:\n';
        for (const route of interfaces) {
            const [changed, other] = route.direction === 'rust-to-c' ? [route.rust, route.header] : [route.header, route.rust];
            const asked = route.reviewers.length > 0 ? list(route.reviewers) : 'nobody on GitHub asked';
            yield `  ${escapeTerminal(changed)} (${route.direction}, ${escapeTerminal(other)}) → ${list(route.owners)}: ${asked}\n`;
        }
    }
    if (decision.review?.interfacesNotRouted) {
        yield '\ninterfaces: not routed (no source tree: give --tree DIR to read the Rust ↔ C map)\n';
    }
    const notRead = decision.review?.interfaceFilesNotRead ?? 0;
    if (notRead > 0)
        yield `interfaces: ${notRead} interface files not read (over the cap of 500, or not text)\n`;
}
/** `path → OWNER (decision)`, the reason, and every owning subsystem when there is more than the decider. */
function fileLines(file, hold) {
    const from = file.previousPath === undefined ? '' : ` (renamed from ${escapeTerminal(file.previousPath)})`;
    const owner = file.owner === null ? 'nobody' : escapeTerminal(file.owner);
    const reason = file.reason === null ? "no subsystem's patterns match" : escapeTerminal(reasonText(file.reason));
    const head = `${escapeTerminal(file.path)}${from} → ${owner} (${fileDecisionWords(file, hold)})\n    ${reason}\n`;
    if (file.subsystems.length <= 1)
        return head;
    return `${head}    matched: ${list(file.subsystems)}\n`;
}
function holdLine(hold) {
    const files = `${hold.files.length} ${hold.files.length === 1 ? 'file' : 'files'}`;
    const state = hold.liftedBy.length > 0
        ? `lifted by ${list(hold.liftedBy)}`
        : hold.canLift.length > 0
            ? `held until ${hold.canLift.length === 1 ? '' : 'one of '}${list(hold.canLift)} approves`
            : 'held: none of its maintainers has a GitHub login, so no approval can lift it';
    const why = hold.checks === undefined ? hold.stance : `blocking ${hold.checks.join(', ')}`;
    return `  ${escapeTerminal(hold.subsystem)} (${why}, ${files}): ${state}`;
}
/**
 * Everyone the decision asks (and the maintainers of each hold), once each, in the order of the subsystems
 * (most specific first), with every subsystem that names them. People without a GitHub login are written as
 * the policy has them (`Name <e-mail>` from MAINTAINERS) and marked.
 */
function* peopleLines(decision) {
    const people = new Map();
    for (const report of decision.subsystems) {
        if (report.mentioned)
            continue;
        const named = [
            ...report.asked.map((handle) => ({ person: handle, onGitHub: true })),
            ...report.notOnGitHub.map((person) => ({ person, onGitHub: false })),
        ];
        for (const { person, onGitHub } of named) {
            const key = person.toLowerCase();
            const seen = people.get(key);
            if (seen === undefined)
                people.set(key, { display: person, subsystems: [report.name], onGitHub });
            else if (!seen.subsystems.includes(report.name))
                seen.subsystems.push(report.name);
        }
    }
    if (people.size === 0)
        return;
    yield '\npeople (each once, with the subsystems that ask them):\n';
    for (const { display, subsystems, onGitHub } of people.values()) {
        const mark = onGitHub ? '' : ' (not on GitHub)';
        yield `  ${escapeTerminal(display)}: ${list(subsystems)}${mark}\n`;
    }
}
function list(items, joiner = ', ') {
    return items.length === 0 ? '(none)' : items.map(escapeTerminal).join(joiner);
}

/**
 * The policy as the core sees it, whatever file it came from (maintainers.yml, a kernel MAINTAINERS, or both
 * merged). Plain data: parsers produce it, the matcher compiles it, routing reads it.
 */
const STANCES = ['core', 'opt-in', 'opt-out', 'undecided'];
/** Strictest first, for `stance-resolution: strictest`. */
const STANCE_STRICTNESS = { 'opt-out': 3, undecided: 2, 'opt-in': 1, core: 0 };
const DEFAULT_STATUS_LABELS = {
    core: 'rust: core',
    'opt-in': 'rust',
    'needs-ack': 'rust: needs-ack',
    blocked: 'rust: blocked',
    'unstable-feature': 'rust: unstable-feature',
    toolchain: 'rust: toolchain',
    'bindings-affected': 'rust: bindings-affected',
};
/** GitHub rejects longer label names with 422. */
const GITHUB_MAX_LABEL_LENGTH = 50;
const CHECK_IDS = ['safety-comment', 'unstable-feature', 'toolchain'];
const CHECK_LEVELS = ['off', 'warn', 'block'];
const DEFAULT_RUST_REVIEW = {
    checks: { 'safety-comment': 'warn', 'unstable-feature': 'warn', toolchain: 'warn' },
    featuresFiles: ['scripts/Makefile.build'],
    toolchainFiles: ['scripts/min-tool-version.sh', 'rust-toolchain', 'rust-toolchain.toml'],
    interfaceFiles: ['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**/*.rs'],
};

/**
 * The owners of a path among its matches (kept most specific first): the non-fallback matches, or the
 * fallbacks when there are no others.
 *
 * @example ownersOf([{ subsystem: 7, fallback: true, … }]) // → that one: THE REST owns what nobody else does
 */
function ownersOf(matches) {
    const specific = matches.filter((match) => !match.fallback);
    return specific.length > 0 ? specific : [...matches];
}
/**
 * A subsystem's stance as routing applies it: the one it states, else the policy's `default-stance`.
 *
 * @example effectiveStance({ name: 'NETWORKING DRIVERS', … }, 'undecided') // → { stance: 'undecided', source: 'default' }
 */
function effectiveStance(subsystem, defaultStance) {
    if (subsystem.stance === undefined)
        return { stance: defaultStance, source: 'default' };
    return { stance: subsystem.stance, source: subsystem.stanceSource ?? 'policy' };
}
/**
 * Resolves the deciding owner and stance of a Rust path from its owners (most specific first, as `ownersOf`
 * returns them). Null when the path has no owner: it is then `unowned`, which does not block.
 */
function resolveStance(owners, policy) {
    if (owners.length === 0)
        return null;
    if (policy.stanceResolution === 'strictest')
        return strictest(owners, policy);
    const stating = owners.find((owner) => policy.subsystems[owner.subsystem].stance !== undefined);
    const owner = stating ?? owners[0];
    return { owner, weighed: 1, ...effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance) };
}
/** The most restrictive effective stance among all owners; on a tie the more specific owner decides. */
function strictest(owners, policy) {
    let best = null;
    for (const owner of owners) {
        const candidate = effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance);
        if (best === null || STANCE_STRICTNESS[candidate.stance] > STANCE_STRICTNESS[best.stance]) {
            best = { owner, weighed: owners.length, ...candidate };
        }
    }
    // owners is non-empty (checked by the caller), so best is set.
    return best;
}

class SharedValues {
    subsystems;
    names = { next: new Map() };
    reasons = new Map();
    last;
    constructor(subsystems) {
        this.subsystems = subsystems;
    }
    /** The outcome of the previous path, when this one has the same matches (the same array) and Rust-ness. */
    lastOutcome(matches, rust) {
        const last = this.last;
        return last !== undefined && last.matches === matches && last.rust === rust ? last.outcome : undefined;
    }
    /** Keeps `outcome` for the next path, and returns it. */
    rememberOutcome(matches, rust, outcome) {
        this.last = { matches, rust, outcome };
        return outcome;
    }
    /** The names of the matched subsystems, in match order. */
    subsystemNames(matches) {
        let node = this.names;
        for (const match of matches) {
            let next = node.next.get(match.subsystem);
            if (next === undefined) {
                next = { next: new Map() };
                node.next.set(match.subsystem, next);
            }
            node = next;
        }
        node.names ??= matches.map((match) => this.subsystems[match.subsystem].name);
        return node.names;
    }
    /**
     * The reason citing `decider`'s pattern, decided `by` an owner count or a stance: one object for every path
     * with the same pattern, subsystem, fallback flag and `by`.
     *
     * @example shared.reason(match, { owners: 2 }) === shared.reason(match, { owners: 2 }) // → true
     */
    reason(decider, by) {
        let byOwner = this.reasons.get(decider.pattern);
        if (byOwner === undefined) {
            byOwner = new Map();
            this.reasons.set(decider.pattern, byOwner);
        }
        const owner = decider.subsystem * 2 + (decider.fallback ? 1 : 0);
        let byDecided = byOwner.get(owner);
        if (byDecided === undefined) {
            byDecided = new Map();
            byOwner.set(owner, byDecided);
        }
        // An owner count is a number; a stance decision one of a few strings (made only for Rust paths).
        const decided = 'stance' in by ? `${by.stance}\u0000${by.source}\u0000${by.weighed}` : by.owners;
        let reason = byDecided.get(decided);
        if (reason === undefined) {
            const { text: pattern, origin } = decider.pattern;
            reason = { subsystem: this.subsystems[decider.subsystem].name, pattern, origin, fallback: decider.fallback, by };
            byDecided.set(decided, reason);
        }
        return reason;
    }
}

/** What a Rust path's stance makes of it. */
const STANCE_DECISION = {
    core: 'core',
    'opt-in': 'opt-in',
    undecided: 'needs-ack',
    'opt-out': 'blocked',
};
/**
 * Decides one path. `previousPath` is recorded on the decision only (the old path of a rename is decided on
 * its own, by the caller).
 *
 * @example decideFile('rust/kernel/str.rs', undefined, compiled).decision
 *   // → { path: 'rust/kernel/str.rs', rust: true, subsystems: ['RUST'], stance: 'core', decision: 'core', owner: 'RUST', … }
 */
function decideFile(path, previousPath, compiled, shared = new SharedValues(compiled.policy.subsystems)) {
    const matches = compiled.index.match(path);
    const rust = compiled.isRust(path);
    // The files of one directory mostly share their matches (the index hands out one array for them): they are
    // then decided alike, and only the path differs.
    const outcome = shared.lastOutcome(matches, rust) ?? shared.rememberOutcome(matches, rust, decide(matches, rust, compiled, shared));
    // Documented keys first, in order (docs/ROUTING.md, "The JSON shape"), so renderJson prints it as it is (no
    // reordering copy of 100,000 objects), and with one shape for every path (previousPath last, set only for renames).
    const decision = {
        path,
        rust,
        subsystems: outcome.subsystems,
        stance: outcome.stance,
        decision: outcome.decision,
        owner: outcome.owner,
        stanceSource: outcome.stanceSource,
        reason: outcome.reason,
    };
    if (previousPath !== undefined)
        decision.previousPath = previousPath;
    return { decision, owners: outcome.owners, asked: outcome.asked, decider: outcome.decider };
}
/** Everything about a path's decision but the path: owners, stance, reason. */
function decide(matches, rust, compiled, shared) {
    const { policy } = compiled;
    const owners = ownersOf(matches);
    // A Rust path is decided by its stance owner; any other path by its most specific owner.
    const resolution = rust ? resolveStance(owners, policy) : null;
    const decider = resolution?.owner ?? owners[0];
    const reason = decider === undefined
        ? null
        : shared.reason(decider, resolution === null
            ? { owners: owners.length }
            : { stance: resolution.stance, source: resolution.source, weighed: resolution.weighed });
    const subsystems = shared.subsystemNames(matches);
    const owner = decider === undefined ? null : policy.subsystems[decider.subsystem].name;
    if (resolution === null) {
        const decision = decider !== undefined ? 'owners' : 'unowned';
        const asked = owners.map((match) => match.subsystem);
        return { subsystems, stance: null, stanceSource: null, decision, owner, reason, owners, asked, decider: -1 };
    }
    return {
        subsystems,
        stance: resolution.stance,
        stanceSource: resolution.source,
        decision: STANCE_DECISION[resolution.stance],
        owner,
        reason,
        owners,
        // (docs/ROUTING.md, "Stances"): an opt-out owner is asked nothing ("they said no"); its hold is still reported.
        asked: resolution.stance === 'opt-out' ? [] : [resolution.owner.subsystem],
        decider: resolution.owner.subsystem,
    };
}

/** A team is written `org/team`; a login cannot contain `/`. */
function isTeam(handle) {
    return handle.includes('/');
}
/** GitHub logins and team slugs are case-insensitive: compare them lower-cased. */
function handleKey(handle) {
    return handle.toLowerCase();
}
/** The GitHub handles among people, skipping those not on GitHub (handle null). */
function handlesOf(people) {
    return people.flatMap((person) => (person.handle === null ? [] : [person.handle]));
}
/**
 * Builds the request from the asked subsystems, already in order (best specificity first). `later` tiers
 * (the Rust tree for a finding, interface owners: docs/RUST-REVIEW.md) follow them, each tier its maintainers
 * then its reviewers, so the cap cuts them first.
 *
 * @example pickReviewers([rust], { author: 'ojeda', maxReviewers: 1 })
 *   // RUST: maintainers [ojeda, alex], reviewers [rust-for-linux/reviewers]
 *   // → { reviewers: ['alex'], teamReviewers: [], capped: ['rust-for-linux/reviewers'], … }
 */
function pickReviewers(asked, options) {
    const author = options.author === undefined ? undefined : handleKey(options.author);
    const seen = new Set();
    const ordered = [];
    const candidates = [asked, ...(options.later ?? [])].flatMap((tier) => [
        ...tier.flatMap((s) => handlesOf(s.maintainers)),
        ...tier.flatMap((s) => handlesOf(s.reviewers)),
    ]);
    for (const handle of candidates) {
        const key = handleKey(handle);
        if (key === author || seen.has(key))
            continue;
        seen.add(key);
        ordered.push(handle);
    }
    const cap = Math.max(0, Math.floor(options.maxReviewers));
    const kept = ordered.slice(0, cap);
    return {
        reviewers: kept.filter((handle) => !isTeam(handle)),
        teamReviewers: kept.filter(isTeam),
        capped: ordered.slice(cap),
        requested: new Set(kept.map(handleKey)),
    };
}

/**
 * The hold of one subsystem over the Rust paths it decided.
 *
 * @example holdOf(dmaMapping, 'opt-out', ['kernel/dma/map.rs'], { approvedBy: ['hch'], author: 'alice' })
 *   // → { subsystem: 'DMA MAPPING HELPERS', stance: 'opt-out', files: [...], canLift: ['hch', 'mszyprow'], liftedBy: ['hch'], droppedAcks: [], cannotAck: [] }
 */
function holdOf(subsystem, stance, files, review) {
    const canLift = handlesOf(subsystem.maintainers);
    const author = review.author === undefined ? undefined : handleKey(review.author);
    const approved = new Set(review.approvedBy.map(handleKey).filter((key) => key !== author));
    const liftedBy = canLift.filter((handle) => !isTeam(handle) && approved.has(handleKey(handle)));
    return { subsystem: subsystem.name, stance, files, canLift, liftedBy, droppedAcks: [], cannotAck: [] };
}
/** Whether a hold still stands. */
function isHeld(hold) {
    return hold.liftedBy.length === 0;
}
/** Whether the Rust tree's hold over blocking findings still stands (docs/RUST-REVIEW.md, "Holds from checks"). */
function heldByCheck(holds) {
    return holds.some((hold) => hold.checks !== undefined && isHeld(hold));
}
/** Blocked while an opt-out hold stands, waiting for an ack while an undecided one does. */
function verdictOf(holds) {
    const standing = holds.filter(isHeld);
    if (standing.some((hold) => hold.stance === 'opt-out'))
        return 'blocked';
    return standing.length > 0 ? 'needs-ack' : 'routed';
}

/**
 * The status label of one file decision (docs/ROUTING.md, "Labels"); null when the policy disables it or the decision
 * carries none (`owners`, `unowned`). A lifted hold reads as opt-in: the maintainers said yes to this PR.
 *
 * @example statusLabel('needs-ack', { held: false }, DEFAULT_STATUS_LABELS) // → 'rust'
 */
function statusLabel(decision, hold, labels) {
    switch (decision) {
        case 'core':
            return labels.core;
        case 'opt-in':
            return labels['opt-in'];
        case 'needs-ack':
            return hold.held ? labels['needs-ack'] : labels['opt-in'];
        case 'blocked':
            return hold.held ? labels.blocked : labels['opt-in'];
        default:
            return null;
    }
}
/**
 * The labels of a decision: the status label of each distinct (file decision, deciding owner) pair, given
 * which owners' holds still stand, plus every label the owning and mentioned subsystems name. Routing and
 * the step that lifts holds from acks (lift-holds.ts) both compute labels here, so they cannot disagree.
 *
 * @example decisionLabels([{ decision: 'needs-ack', owner: 'NETWORKING DRIVERS' }], new Set(), ['subsystem: net'], DEFAULT_STATUS_LABELS)
 *   // → ['rust', 'subsystem: net']   (the hold was lifted: it reads as opt-in)
 */
function decisionLabels(decided, heldOwners, subsystemLabels, labels, reviewLabels = [], heldByCheck = false) {
    const status = [];
    for (const { decision, owner } of decided) {
        status.push(statusLabel(decision, { held: owner !== null && heldOwners.has(owner) }, labels));
    }
    // A blocking finding holds the PR like an opt-out does (docs/RUST-REVIEW.md, "Holds from checks").
    if (heldByCheck)
        status.push(labels.blocked);
    return sortedLabels([...status, ...subsystemLabels, ...reviewLabels]);
}
/** Sorted (by code unit, so the order is the same everywhere) and without duplicates or nulls. */
function sortedLabels(labels) {
    const unique = new Set();
    for (const label of labels)
        if (label !== null)
            unique.add(label);
    return [...unique].sort(compareCodeUnits);
}
/**
 * The status labels (those not disabled: the four of the stances and the three of the Rust review) and every
 * label any subsystem names.
 *
 * @example managedLabels(policy) // → ['rust', 'rust: bindings-affected', 'rust: blocked', 'rust: core', …, 'subsystem: rust']
 */
function managedLabels(policy) {
    const status = Object.values(policy.labels);
    return sortedLabels([...status, ...policy.subsystems.flatMap((subsystem) => subsystem.labels)]);
}
function compareCodeUnits(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

/**
 * Aggregates routed paths per owning subsystem as they are decided, so a path's owners and asked lists
 * need not outlive its decision (a tree-wide change has 100,000 of them).
 *
 * @example const tally = new OwnerTallies(); routed.forEach((file) => tally.add(file));
 *   tally.sorted().map((t) => t.subsystem) // → [2, 0]: "BLOCK LAYER DEVICE DRIVER API [RUST]", then RUST
 */
class OwnerTallies {
    tallies = new Map();
    add(file) {
        const { tallies } = this;
        const { path, rust, decision } = file.decision;
        for (const owner of file.owners) {
            let tally = tallies.get(owner.subsystem);
            if (tally === undefined) {
                tally = {
                    subsystem: owner.subsystem,
                    files: [],
                    best: owner.specificity,
                    first: tallies.size,
                    asked: false,
                    ownsRust: false,
                    heldFiles: [],
                };
                tallies.set(owner.subsystem, tally);
            }
            tally.files.push(path);
            tally.best = Math.max(tally.best, owner.specificity);
            tally.ownsRust ||= rust;
        }
        // The asked and deciding subsystems are always among the path's owners, so their tallies exist.
        for (const subsystem of file.asked)
            tallies.get(subsystem).asked = true;
        if (decision === 'needs-ack' || decision === 'blocked') {
            const decider = tallies.get(file.decider);
            decider.heldFiles.push(path);
            decider.heldStance = decision === 'blocked' ? 'opt-out' : 'undecided';
        }
    }
    /** The owning subsystems, most specific first (ties: first appearance). */
    sorted() {
        return [...this.tallies.values()].sort((a, b) => b.best - a.best || a.first - b.first);
    }
}
/**
 * The report row of an owning subsystem. `stance` is shown only when it owns Rust in this PR (for C-only
 * owners it decides nothing). `notOnGitHub` names the people it would have asked, or who could lift its hold,
 * had they a GitHub login.
 */
function ownerReport(tally, subsystem, defaultStance, request) {
    const stance = tally.ownsRust ? effectiveStance(subsystem, defaultStance) : null;
    const people = tally.asked
        ? [...subsystem.maintainers, ...subsystem.reviewers]
        : tally.heldFiles.length > 0
            ? subsystem.maintainers
            : [];
    const asked = tally.asked
        ? unique(handlesOf([...subsystem.maintainers, ...subsystem.reviewers])).filter((handle) => request.requested.has(handleKey(handle)))
        : [];
    return {
        name: subsystem.name,
        stance: stance?.stance ?? null,
        stanceSource: stance?.source ?? null,
        files: tally.files,
        asked,
        notOnGitHub: unique(people.flatMap((person) => (person.handle === null ? [person.display] : []))),
        mentioned: false,
        labels: subsystem.labels,
    };
}
/** The report row of a subsystem only mentioned by keyword: labelled and listed, owning and asked nothing. */
function mentionedReport(subsystem) {
    return {
        name: subsystem.name,
        stance: null,
        stanceSource: null,
        files: [],
        asked: [],
        notOnGitHub: [],
        mentioned: true,
        labels: subsystem.labels,
    };
}
function unique(items) {
    const seen = new Set();
    return items.filter((item) => {
        const key = handleKey(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

/**
 * The subsystem indexes (into the policy's `subsystems`) owning `header`, most specific first. Takes the
 * compiled policy (routing's CompiledPolicy; only its path index is read).
 *
 * This is decideFile's `asked` for a non-Rust path: every owner, the fallbacks only when nothing else matches
 * (routing/resolve-stance.ts, ownersOf). It is not called through decideFile for two reasons: routing calls
 * this folder, so this folder cannot import routing (src/architecture.test.ts, layers); and decideFile would
 * apply the stance rules if `rust.files` happened to cover the header (a policy with `**`), whereas a header's
 * owners are never decided by a stance. header-owners.kernel.test.ts pins the rule to get_maintainer.pl's
 * answers for every header 6.12's Rust code names.
 *
 * @example headerOwners('include/linux/phy.h', compiled).map((i) => compiled.policy.subsystems[i].name)
 *   // → ['ETHERNET PHY LIBRARY'] (on 6.12's MAINTAINERS: THE REST matches too, but as a fallback)
 */
function headerOwners(header, compiled) {
    const matches = compiled.index.match(header);
    const specific = matches.filter((match) => !match.fallback);
    return (specific.length > 0 ? specific : matches).map((match) => match.subsystem);
}

/**
 * The C headers one line of an interface file names (docs/RUST-REVIEW.md, "The Rust ↔ C map"): the `#include`
 * lines of a C file or header (the bindings header, the helpers), the doc-comment links to `srctree/` headers of
 * a Rust file. Used on whole files at the base (build-interface-map.ts) and on a diff's changed lines
 * (interface-pairs.ts), so both read a line the same way.
 */
/**
 * `#include <linux/phy.h>` or `#include "local.h"` (spaces allowed around `#`, as cpp allows): group 1 the
 * `<…>` name, group 2 the `"…"` one. A commented-out include (`// #include`) does not start with `#`.
 */
const INCLUDE = /^\s*#\s*include\s*(?:<([^>\s]+)>|"([^"\s]+)")/;
/**
 * A Rust doc comment: `///` or `//!`, but not `////`, which rustc reads as a plain comment. Group 1 the text.
 * Only doc comments count: rustdoc renders their links, so they are what the author declared to wrap.
 */
const DOC_COMMENT = /^\s*\/\/(?:\/(?!\/)|!)(.*)$/;
/** An inline link target, ``[`include/linux/phy.h`](srctree/include/linux/phy.h)``: group 1 the path. */
const INLINE_LINK = /\]\(\s*<?srctree\/([^)\s>]+)>?\s*\)/g;
/** A link definition, ``[`struct mutex`]: srctree/include/linux/mutex.h``: group 1 the path. */
const LINK_DEFINITION = /^\s*\[[^\]]+\]:\s*<?srctree\/([^\s>]+)>?/;
/**
 * `<asm/…>` names no single file: the build picks `arch/$ARCH/include/asm/…` and only falls back to
 * `include/asm-generic/…` for the architectures that list it as generic-y. Mapping it to asm-generic would ask
 * the asm-generic maintainers about every architecture's header, and tell a Rust file about asm-generic changes
 * most builds never see, so it names nothing. `<generated/…>` is a build output, not in the source tree.
 * (`<asm-generic/…>` and `<uapi/asm-generic/…>` are real paths and map like any other.)
 */
const NO_SINGLE_FILE = ['asm/', 'generated/'];
/** Whether an interface file is read for `#include` lines (C) or for doc-comment links (Rust). */
function kindOf(path) {
    if (path.endsWith('.h') || path.endsWith('.c'))
        return 'c';
    if (path.endsWith('.rs'))
        return 'rust';
    return null;
}
/**
 * The headers one line of `path` names, as repository paths (a line rarely names more than one, but a doc
 * comment may link twice). Only `.h` targets: `helpers.c`'s `#include "blk.c"` gathers the helpers into one
 * object for the build and names no C interface.
 *
 * @example headersInLine('rust/helpers/blk.c', '#include <linux/blk-mq.h>') // → ['include/linux/blk-mq.h']
 * @example headersInLine('rust/kernel/sync/lock/mutex.rs', '/// [`struct mutex`]: srctree/include/linux/mutex.h')
 *   // → ['include/linux/mutex.h']
 */
function headersInLine(path, line) {
    const kind = kindOf(path);
    if (kind === 'c') {
        const include = INCLUDE.exec(line);
        if (include === null)
            return [];
        const header = include[1] !== undefined ? systemInclude(include[1]) : localInclude(path, include[2]);
        return header === null ? [] : [header];
    }
    if (kind === 'rust') {
        const doc = DOC_COMMENT.exec(line);
        if (doc === null)
            return [];
        const targets = [...doc[1].matchAll(INLINE_LINK)].map((link) => link[1]);
        const definition = LINK_DEFINITION.exec(doc[1]);
        if (definition !== null)
            targets.push(definition[1]);
        return targets.flatMap((target) => {
            const header = repositoryPath(target.replace(/#.*$/, ''));
            return header === null ? [] : [header];
        });
    }
    return [];
}
/**
 * The headers a whole file names, sorted, each once.
 *
 * @example headersInText('rust/helpers/blk.c', '#include <linux/blkdev.h>\n#include <linux/blk-mq.h>\n')
 *   // → ['include/linux/blk-mq.h', 'include/linux/blkdev.h']
 */
function headersInText(path, text) {
    const headers = new Set();
    const kind = kindOf(path);
    if (kind === null)
        return [];
    // Only a line holding this word can name a header (INCLUDE, INLINE_LINK and LINK_DEFINITION all need it):
    // jump from one to the next instead of splitting the file and trying the patterns on every line. The map
    // reads every interface file of the tree on each run (docs/PERFORMANCE.md, "What each row means").
    const word = kind === 'c' ? 'include' : 'srctree/';
    for (let at = text.indexOf(word); at !== -1;) {
        const start = text.lastIndexOf('\n', at) + 1;
        const newline = text.indexOf('\n', at);
        const end = newline === -1 ? text.length : newline;
        for (const header of headersInLine(path, text.slice(start, end)))
            headers.add(header);
        at = newline === -1 ? -1 : text.indexOf(word, end);
    }
    return [...headers].sort(compare);
}
/**
 * `<linux/phy.h>` → `include/linux/phy.h`: the kernel builds with `-I include`. It also searches
 * `include/uapi`, so a `<linux/x.h>` that exists only there would be `include/uapi/linux/x.h`; telling that
 * needs the tree's listing, and none of the headers 6.12's Rust code includes is such a case.
 */
function systemInclude(name) {
    if (NO_SINGLE_FILE.some((prefix) => name.startsWith(prefix)))
        return null;
    return repositoryPath(`include/${name}`);
}
/** `"local.h"` in `rust/helpers/x.c` → `rust/helpers/local.h`: cpp looks in the including file's folder first. */
function localInclude(path, name) {
    const slash = path.lastIndexOf('/');
    return repositoryPath(slash === -1 ? name : `${path.slice(0, slash)}/${name}`);
}
/** A normalised repository path of a header, or null when it is not one (not `.h`, or leaves the tree). */
function repositoryPath(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.pop() === undefined)
                return null;
        }
        else {
            parts.push(part);
        }
    }
    const normalised = parts.join('/');
    return normalised.endsWith('.h') ? normalised : null;
}

/**
 * The pairs `files` touch, each once: rust-to-c (rust path, header) sorted by rust then header, then
 * c-to-rust sorted by header then rust.
 *
 * - rust-to-c, for a changed interface file (its new path, or the old one when it moved out of the interface
 *   files): a `.rs` file or a helper `.c` → the headers it names at the base (under either path of a rename)
 *   plus those its added lines name; an interface header (the bindings header) → only those its added and
 *   removed lines name, since it includes every header any binding needs and a one-line change to it concerns
 *   one header. Without hunks (a path list), only the base is known: a header then names nothing.
 * - c-to-rust, for a changed path (either path of a rename) that the map knows as a header → one pair per Rust
 *   side naming it.
 *
 * @example interfacePairs([{ path: 'include/linux/phy.h', status: 'modified' }], map, isInterfaceFile)
 *   // → [{ direction: 'c-to-rust', rust: 'rust/bindings/bindings_helper.h', header: 'include/linux/phy.h' },
 *   //    { direction: 'c-to-rust', rust: 'rust/kernel/net/phy.rs', header: 'include/linux/phy.h' }]
 */
function interfacePairs(files, map, isInterfaceFile) {
    const rustToC = new PairSet();
    const cToRust = new PairSet();
    for (const file of files) {
        const paths = file.previousPath === undefined ? [file.path] : [file.path, file.previousPath];
        const rust = paths.find(isInterfaceFile);
        if (rust !== undefined) {
            for (const header of namedByChange(file, paths, rust, map))
                rustToC.add(rust, header);
        }
        for (const header of paths) {
            for (const side of map.rustOf.get(header) ?? [])
                cToRust.add(side, header);
        }
    }
    return [
        ...rustToC.sorted('rust-to-c', (a, b) => compare(a.rust, b.rust) || compare(a.header, b.header)),
        ...cToRust.sorted('c-to-rust', (a, b) => compare(a.header, b.header) || compare(a.rust, b.rust)),
    ];
}
/** The headers a changed interface file names for rust-to-c (see interfacePairs). */
function namedByChange(file, paths, rust, map) {
    const headers = new Set();
    const onlyChangedLines = rust.endsWith('.h');
    if (!onlyChangedLines) {
        for (const path of paths)
            for (const header of map.headersOf.get(path) ?? [])
                headers.add(header);
    }
    for (const hunk of file.hunks ?? []) {
        for (const line of hunk.lines) {
            const marker = line[0];
            if (marker === '+' || (onlyChangedLines && marker === '-')) {
                for (const header of headersInLine(rust, line.slice(1)))
                    headers.add(header);
            }
        }
    }
    return headers;
}
/** Pairs of one direction, each once. */
class PairSet {
    pairs = new Map();
    add(rust, header) {
        // NUL cannot occur in a path, so the key is unambiguous.
        this.pairs.set(`${rust}\u0000${header}`, { rust, header });
    }
    sorted(direction, order) {
        return [...this.pairs.values()].sort(order).map(({ rust, header }) => ({ direction, rust, header }));
    }
}

/**
 * One run per hunk with new-side lines. Hunks are never joined, even when their numbers touch: a series'
 * hunks are concatenated across patches (merge-series.ts), so touching numbers may belong to different
 * versions of the file.
 *
 * @example knownRuns([{ oldStart: 1, newStart: 1, lines: [' a', '-b', '+c'] }])
 *   // → [{ start: 1, lines: ['a', 'c'], added: [false, true] }]
 */
function knownRuns(hunks) {
    const runs = [];
    for (const hunk of hunks) {
        const run = { start: hunk.newStart, lines: [], added: [] };
        for (const line of hunk.lines) {
            if (line[0] === '-')
                continue;
            run.lines.push(line.slice(1));
            run.added.push(line[0] === '+');
        }
        if (run.lines.length > 0)
            runs.push(run);
    }
    return runs;
}
/**
 * Whether an added line of the run holds `word`. A check whose findings all sit on an added line holding a
 * word (`unsafe`, `#!`) skips the other runs unlexed: lexing only blanks comments and literals, so the word
 * is in the code only if it is in the text.
 */
function addedLineIncludes(run, word) {
    return run.lines.some((line, index) => run.added[index] && line.includes(word));
}

/**
 * Just enough of Rust's lexical structure for the checks
 * (docs/RUST-REVIEW.md, "What does not fool the checks"): which text is code and which is a comment or a literal. `"unsafe {"` in a string, `'{'` as a
 * char, `// unsafe {` and a block comment around `unsafe {` must not read as an unsafe block, and `SAFETY:`
 * counts only in a comment.
 *
 * It reads a run of consecutive lines and starts in code: the diff shows the checks runs of a file, never
 * what came before them (a run starting inside a block comment or a string is misread, and the checks say
 * "cannot tell" rather than "missing" near a run's top for that reason too).
 */
/** The prefixes that make the string after them raw: `r"…"`, `br#"…"#`, `cr"…"`. */
const RAW_PREFIXES = new Set(['r', 'br', 'cr']);
/** The prefixes of a string that still has escapes: `b"…"`, `c"…"`. */
const STRING_PREFIXES = new Set(['b', 'c']);
/**
 * Lexes consecutive lines of one Rust file.
 *
 * @example lexRust(['f("unsafe {"); // SAFETY: x']).map((l) => [l.code.replace(/ +/g, ' '), l.comments])
 *   // → [['f( ); ', [{ text: ' SAFETY: x', doc: false }]]]
 */
function lexRust(lines) {
    let state = { mode: 'code' };
    return lines.map((line) => {
        const lexer = new LineLexer(line, state);
        const lexed = lexer.run();
        state = lexer.state;
        return lexed;
    });
}
class LineLexer {
    line;
    state;
    out;
    comments = [];
    i = 0;
    /** The entry of a block comment opened on this line, which its text goes into. */
    opened = null;
    constructor(line, state) {
        this.line = line;
        this.state = state;
        // UTF-16 units, as the indices are: blanking a character keeps every column where it was.
        this.out = line.split('');
    }
    run() {
        while (this.i < this.line.length) {
            switch (this.state.mode) {
                case 'block':
                    this.inBlockComment(this.state);
                    break;
                case 'string':
                    this.inString();
                    break;
                case 'raw':
                    this.inRawString(this.state.hashes);
                    break;
                default:
                    this.inCode();
            }
        }
        return { code: this.out.join(''), comments: this.comments };
    }
    blank(from, to) {
        for (let k = from; k < to; k++)
            this.out[k] = ' ';
    }
    inCode() {
        const { line, i } = this;
        const c = line[i];
        if (c === '/' && line[i + 1] === '/') {
            const text = line.slice(i + 2);
            // `////` is an ordinary comment; `///` and `//!` are doc comments.
            const doc = (text.startsWith('/') && !text.startsWith('//')) || text.startsWith('!');
            this.comments.push({ text, doc });
            this.blank(i, line.length);
            this.i = line.length;
        }
        else if (c === '/' && line[i + 1] === '*') {
            const after = line.slice(i + 2, i + 4);
            const doc = (after.startsWith('*') && after !== '**' && after !== '*/') || after.startsWith('!');
            this.blank(i, i + 2);
            this.i = i + 2;
            this.state = { mode: 'block', depth: 1, doc };
            this.opened = { text: '', doc };
            this.comments.push(this.opened);
        }
        else if (c === '"') {
            this.blank(i, i + 1);
            this.i = i + 1;
            this.state = { mode: 'string' };
        }
        else if (c === "'") {
            this.charOrLifetime();
        }
        else if (/[A-Za-z_]/.test(c)) {
            this.word();
        }
        else {
            this.i = i + 1;
        }
    }
    /** An identifier, or the prefix of a byte, C or raw string. */
    word() {
        const { line, i } = this;
        let end = i;
        while (end < line.length && /\w/.test(line[end]))
            end++;
        const word = line.slice(i, end);
        if (RAW_PREFIXES.has(word)) {
            let hashes = 0;
            while (line[end + hashes] === '#')
                hashes++;
            if (line[end + hashes] === '"') {
                this.blank(i, end + hashes + 1);
                this.i = end + hashes + 1;
                this.state = { mode: 'raw', hashes };
                return;
            }
        }
        if (STRING_PREFIXES.has(word) && line[end] === '"') {
            this.blank(i, end + 1);
            this.i = end + 1;
            this.state = { mode: 'string' };
            return;
        }
        if (word === 'b' && line[end] === "'") {
            this.blank(i, end);
            this.i = end;
            this.charOrLifetime();
            return;
        }
        this.i = end;
    }
    /**
     * `'x'`, `'\n'`, `'\u{1F980}'`, `'🦀'` are chars; `'a` in `&'a T` or `'outer: loop` is a lifetime or label,
     * which Rust tells apart by the quote that closes a char right after its one character.
     */
    charOrLifetime() {
        const { line, i } = this;
        if (line[i + 1] === '\\') {
            let end = i + 3; // past the quote, the backslash and the escaped character (which may be a quote)
            while (end < line.length && line[end] !== "'")
                end++;
            this.blank(i, end + 1);
            this.i = end + 1;
            return;
        }
        const point = line.codePointAt(i + 1);
        const width = point === undefined ? 1 : point > 0xffff ? 2 : 1;
        if (point !== undefined && line[i + 1 + width] === "'") {
            this.blank(i, i + 2 + width);
            this.i = i + 2 + width;
            return;
        }
        this.i = i + 1;
    }
    inString() {
        const { line } = this;
        let k = this.i;
        while (k < line.length && line[k] !== '"')
            k += line[k] === '\\' ? 2 : 1;
        const end = Math.min(k + 1, line.length);
        this.blank(this.i, end);
        this.i = end;
        if (k < line.length)
            this.state = { mode: 'code' };
    }
    inRawString(hashes) {
        const closing = '"' + '#'.repeat(hashes);
        const at = this.line.indexOf(closing, this.i);
        const end = at < 0 ? this.line.length : at + closing.length;
        this.blank(this.i, end);
        this.i = end;
        if (at >= 0)
            this.state = { mode: 'code' };
    }
    /** Block comments nest in Rust: `/* a /* b *\/ still a comment *\/`. */
    inBlockComment(state) {
        const { line } = this;
        const start = this.i;
        let k = start;
        let depth = state.depth;
        while (k < line.length && depth > 0) {
            if (line[k] === '/' && line[k + 1] === '*') {
                depth++;
                k += 2;
            }
            else if (line[k] === '*' && line[k + 1] === '/') {
                depth--;
                k += 2;
            }
            else
                k++;
        }
        const textEnd = depth === 0 ? k - 2 : k;
        // A comment opened on this line already has its entry; one carried over from the line above gets one here.
        if (this.opened)
            this.opened.text += line.slice(start, textEnd);
        else
            this.comments.push({ text: line.slice(start, textEnd), doc: state.doc });
        this.opened = null;
        this.blank(start, k);
        this.i = k;
        this.state = depth === 0 ? { mode: 'code' } : { mode: 'block', depth, doc: state.doc };
    }
}

const INNER_ATTRIBUTE = /#!\s*\[/g;
const FEATURE_LIST = /\bfeature\s*\(([^)]*)\)/g;
/** One finding per added inner attribute that enables features; the message names them. */
function checkFeatureAttributes(path, hunks, sink) {
    for (const run of knownRuns(hunks)) {
        // A finding is a `#!` on an added line.
        if (!addedLineIncludes(run, '#!'))
            continue;
        const code = lexRust(run.lines).map((line) => line.code);
        const text = code.join('\n');
        for (const match of text.matchAll(INNER_ATTRIBUTE)) {
            const at = match.index;
            const line = lineOf(code, at);
            if (!run.added[line])
                continue;
            const body = text.slice(at + match[0].length, closingBracket(text, at + match[0].length));
            const features = [...body.matchAll(FEATURE_LIST)].flatMap((list) => list[1]
                .split(',')
                .map((name) => name.trim())
                .filter((name) => name !== ''));
            if (features.length === 0)
                continue;
            const names = features.map((name) => `\`${name}\``).join(', ');
            const noun = features.length === 1 ? 'feature' : 'features';
            sink.findings.push({
                check: 'unstable-feature',
                path,
                line: run.start + line,
                message: `\`#![feature(...)]\` enables the unstable ${noun} ${names}`,
            });
        }
    }
}
/** The index of the `]` that closes the attribute opened just before `from`, or the text's end. */
function closingBracket(text, from) {
    let depth = 1;
    for (let k = from; k < text.length; k++) {
        if (text[k] === '[')
            depth++;
        else if (text[k] === ']' && --depth === 0)
            return k;
    }
    return text.length;
}
function lineOf(code, offset) {
    let line = 0;
    for (let seen = code[0].length + 1; seen <= offset; seen += code[++line].length + 1)
        ;
    return line;
}

/**
 * The changed lines of a hunk, in order.
 *
 * @example changedLines({ oldStart: 5, newStart: 5, lines: [' a', '-b', '+c'] }).map((l) => l.newLine) // → [6, 6]
 */
function changedLines(hunk) {
    const numbers = [];
    let next = hunk.newStart;
    for (const line of hunk.lines)
        numbers.push(line[0] === '-' ? null : next++);
    const changed = [];
    hunk.lines.forEach((line, index) => {
        const marker = line[0];
        if (marker !== '+' && marker !== '-')
            return;
        changed.push({
            hunk,
            index,
            marker,
            text: line.slice(1),
            newLine: numbers[index] ?? nearestNumber(numbers, index),
        });
    });
    return changed;
}
function nearestNumber(numbers, index) {
    for (let k = index + 1; k < numbers.length; k++)
        if (numbers[k] !== null)
            return numbers[k];
    for (let k = index - 1; k >= 0; k--)
        if (numbers[k] !== null)
            return numbers[k];
    return null;
}
/**
 * The lines above a changed line in its own version of the file, nearest first, without markers: context
 * and added lines for an added line, context and removed lines for a removed one.
 */
function* linesAbove(line) {
    const { lines } = line.hunk;
    for (let k = line.index - 1; k >= 0; k--) {
        if (lines[k][0] === ' ' || lines[k][0] === line.marker)
            yield lines[k].slice(1);
    }
}
/** The lines below a changed line in its own version of the file, nearest first, without markers. */
function* linesBelow(line) {
    const { lines } = line.hunk;
    for (let k = line.index + 1; k < lines.length; k++) {
        if (lines[k][0] === ' ' || lines[k][0] === line.marker)
            yield lines[k].slice(1);
    }
}
/** Whether the hunk starts at the top of the changed line's version of the file: nothing is above it. */
function startsAtTop(line) {
    return (line.marker === '+' ? line.hunk.newStart : line.hunk.oldStart) <= 1;
}

/**
 * The first changed line of the new file: a removed file, or a change without diff text (a pure rename,
 * a path list), has none.
 */
function wholeFileLine(file) {
    if (file.status === 'removed')
        return null;
    for (const hunk of file.hunks ?? []) {
        const [first] = changedLines(hunk);
        if (first)
            return first.newLine;
    }
    return null;
}

/** The kernel's features file, whose assignment is looked for; also the name messages give it. */
const KERNEL_FEATURES_FILE = 'scripts/Makefile.build';
/** `rust_allowed_features := a,b` (or `=`, `+=`, `?=`, `::=`), and what follows the operator. */
const ASSIGNMENT = /^\s*rust_allowed_features\s*(?:::?=|\+=|\?=|=)(.*)$/;
/** Any make assignment: a chain of continued lines that starts with one of another variable is not the list. */
const ANY_ASSIGNMENT = /^\s*[\w.-]+\s*(?:::?=|\+=|\?=|=)/;
/** Any change to a features file other than the kernel's: one finding for the file. */
function checkFeaturesFile(file, sink) {
    sink.findings.push({
        check: 'unstable-feature',
        path: file.path,
        line: wholeFileLine(file),
        message: `${file.status === 'removed' ? 'removes' : 'changes'} the list of allowed unstable features in ${file.path}`,
    });
}
/**
 * A change to the `rust_allowed_features` assignment of scripts/Makefile.build (also a line continued from
 * it with `\`): one finding naming the features it allows or no longer allows.
 */
function checkKernelFeaturesList(file, sink) {
    const before = new Set();
    const after = new Set();
    let shown;
    for (const hunk of file.hunks ?? []) {
        let undecided = false;
        for (const line of changedLines(hunk)) {
            const part = assignmentPart(line);
            if (part === 'unknown' && !undecided) {
                // One note per hunk: its removed and added lines are one change.
                undecided = true;
                const reason = `cannot tell whether this line continues \`rust_allowed_features\`: the lines above are not in the diff`;
                sink.unchecked.push({ check: 'unstable-feature', path: file.path, line: line.newLine ?? 1, reason });
            }
            if (part === null || part === 'unknown')
                continue;
            for (const name of part.split(/[\s,\\]+/))
                if (name !== '')
                    (line.marker === '+' ? after : before).add(name);
            if (!shown || (shown.marker === '-' && line.marker === '+'))
                shown = line;
        }
    }
    if (!shown)
        return;
    sink.findings.push({
        check: 'unstable-feature',
        path: file.path,
        line: file.status === 'removed' ? null : shown.newLine,
        message: describeChange$1([...after].filter((name) => !before.has(name)), [...before].filter((name) => !after.has(name))),
    });
}
/**
 * The feature names a changed line holds when it is part of the assignment, null when it is not, `unknown`
 * when it continues a line above the hunk.
 */
function assignmentPart(line) {
    const own = ASSIGNMENT.exec(line.text);
    if (own)
        return own[1];
    let continued = false;
    for (const above of linesAbove(line)) {
        if (!above.trimEnd().endsWith('\\'))
            return null;
        continued = true;
        if (ASSIGNMENT.test(above))
            return line.text;
        if (ANY_ASSIGNMENT.test(above))
            return null;
    }
    // Nothing above in the hunk, or a chain of continued lines that runs off its top.
    return continued && !startsAtTop(line) ? 'unknown' : null;
}
function describeChange$1(allowed, dropped) {
    const list = (names) => `unstable feature${names.length === 1 ? '' : 's'} ${names.map((name) => `\`${name}\``).join(', ')}`;
    const where = `in \`rust_allowed_features\` (${KERNEL_FEATURES_FILE})`;
    if (allowed.length > 0 && dropped.length > 0)
        return `allows the ${list(allowed)} and no longer the ${list(dropped)} ${where}`;
    if (allowed.length > 0)
        return `allows the ${list(allowed)} ${where}`;
    if (dropped.length > 0)
        return `no longer allows the ${list(dropped)} ${where}`;
    return `changes the list of allowed unstable features ${where}`;
}

/**
 * Where a run of lexed Rust uses `unsafe` in a way that must be explained (docs/RUST-REVIEW.md,
 * "safety-comment"): an `unsafe { … }` block, an `unsafe impl`, a `pub unsafe fn`. Reads tokens, not lines,
 * so `unsafe` and its `{` may be on different lines, and `unsafe` inside a macro's body or arguments is found
 * like any other.
 */
/** An identifier or keyword, or any other single non-blank character. */
const TOKEN = /[A-Za-z_]\w*|\S/g;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
/** Qualifiers that may stand between the visibility and `unsafe`: `pub const unsafe fn`. */
const FN_QUALIFIERS = new Set(['const', 'async', 'default']);
/**
 * Finds the unsafe sites in lexed code (literals and comments blanked, see lex-rust.ts).
 *
 * Not sites: `unsafe fn` without `pub` (its callers' blocks carry the burden), `unsafe trait`,
 * `unsafe extern` blocks, `unsafe fn(…)` pointer types, `#[unsafe(no_mangle)]`, the raw identifier
 * `r#unsafe`. An `unsafe` whose next token is past the run's end is `undecided`.
 *
 * @example findUnsafe(['let x = unsafe {', '    f()', '};']).sites // → [{ kind: 'block', line: 0, itemLine: 0 }]
 */
function findUnsafe(code) {
    const tokens = tokenize(code);
    const sites = [];
    const undecided = [];
    tokens.forEach((token, k) => {
        if (token.text !== 'unsafe' || tokens[k - 1]?.text === '#')
            return;
        const next = tokens[k + 1];
        if (!next) {
            undecided.push(token.line);
            return;
        }
        if (next.text === '{')
            sites.push({ kind: 'block', line: token.line, itemLine: token.line });
        else if (next.text === 'impl')
            sites.push({ kind: 'impl', line: token.line, itemLine: token.line });
        else {
            const fnAt = next.text === 'extern' ? k + 2 : k + 1;
            const name = tokens[fnAt + 1]?.text;
            if (tokens[fnAt]?.text !== 'fn' || name === undefined || !IDENTIFIER.test(name))
                return;
            const visibility = visibilityBefore(tokens, k);
            if (visibility)
                sites.push({ kind: 'pub-fn', line: token.line, itemLine: visibility.line, name });
        }
    });
    return { sites, undecided };
}
function tokenize(code) {
    const tokens = [];
    code.forEach((text, line) => {
        for (const match of text.matchAll(TOKEN))
            tokens.push({ text: match[0], line });
    });
    return tokens;
}
/** The `pub` token of `pub`, `pub(crate)`, `pub(in path)` before `unsafe` (past `const`/`async`), if any. */
function visibilityBefore(tokens, unsafeAt) {
    let j = unsafeAt - 1;
    while (j >= 0 && FN_QUALIFIERS.has(tokens[j].text))
        j--;
    if (tokens[j]?.text === 'pub')
        return tokens[j];
    if (tokens[j]?.text !== ')')
        return undefined;
    let depth = 0;
    for (; j >= 0; j--) {
        if (tokens[j].text === ')')
            depth++;
        else if (tokens[j].text === '(' && --depth === 0)
            break;
    }
    return tokens[j - 1]?.text === 'pub' ? tokens[j - 1] : undefined;
}

/** `SAFETY:` opening a comment's text; `*` and blanks before it are a block comment's margin. */
const SAFETY = /^[\s*]*SAFETY:/;
/** A `# Safety` heading in a doc comment, at any level. */
const SAFETY_SECTION = /^[\s/!*]*#+\s*Safety\b/;
/** How far up a multi-line attribute's `#[` is looked for. */
const MAX_ATTRIBUTE_LINES = 20;
const MESSAGES = {
    block: () => '`unsafe` block without a `// SAFETY:` comment just above it',
    impl: () => '`unsafe impl` without a `// SAFETY:` comment just above it',
    'pub-fn': (site) => `\`pub unsafe fn ${site.name}\` without a \`# Safety\` section in its doc comment`,
};
const UNKNOWN_REASONS = {
    block: 'the lines just above this `unsafe` block are not in the diff, so its `// SAFETY:` comment cannot be seen',
    impl: 'the lines just above this `unsafe impl` are not in the diff, so its `// SAFETY:` comment cannot be seen',
    'pub-fn': 'the doc comment of this `pub unsafe fn` is not wholly in the diff, so its `# Safety` section cannot be seen',
};
/**
 * Checks the added lines of one Rust file. One finding per line and kind: two bare blocks on one line are
 * one thing to fix.
 */
function checkSafetyComments(path, hunks, sink) {
    for (const run of knownRuns(hunks)) {
        // Every finding and unchecked place is an `unsafe` on an added line.
        if (!addedLineIncludes(run, 'unsafe'))
            continue;
        const lexed = lexRust(run.lines);
        const { sites, undecided } = findUnsafe(lexed.map((line) => line.code));
        const seen = new Set();
        for (const site of sites) {
            const key = `${site.kind}:${site.line}`;
            if (!run.added[site.line] || seen.has(key))
                continue;
            seen.add(key);
            let verdict = site.kind === 'pub-fn' ? safetySection(lexed, site.itemLine) : safetyComment(lexed, site.line);
            // A run that starts at line 1 has nothing above it: what it lacks is missing, not unseen.
            if (verdict === 'unknown' && run.start === 1)
                verdict = 'missing';
            const line = run.start + site.line;
            if (verdict === 'missing')
                sink.findings.push({ check: 'safety-comment', path, line, message: MESSAGES[site.kind](site) });
            if (verdict === 'unknown')
                sink.unchecked.push({ check: 'safety-comment', path, line, reason: UNKNOWN_REASONS[site.kind] });
        }
        for (const index of new Set(undecided)) {
            if (!run.added[index])
                continue;
            const reason = 'what follows this `unsafe` is not in the diff, so whether it is a block cannot be told';
            sink.unchecked.push({ check: 'safety-comment', path, line: run.start + index, reason });
        }
    }
}
/**
 * A `// SAFETY:` comment on the line itself, or in the block of comment-only lines directly above it (the
 * SAFETY paragraph may follow other comment lines, and run over several). Code or a blank line ends the
 * block: a SAFETY comment above those explains something else. Reaching the run's top inside the block is
 * "unknown": it may go on above.
 */
function safetyComment(lexed, at) {
    if (lexed[at].comments.some(isSafetyComment))
        return 'explained';
    let i = at - 1;
    for (; i >= 0 && isCommentOnly(lexed[i]); i--) {
        if (lexed[i].comments.some(isSafetyComment))
            return 'explained';
    }
    return i < 0 ? 'unknown' : 'missing';
}
/**
 * A `# Safety` heading in the doc comment above the item at `itemLine`, past attributes (`#[inline]`,
 * `#[must_use]`, also over several lines) and plain comments between the doc and the item.
 */
function safetySection(lexed, itemLine) {
    let i = itemLine - 1;
    while (i >= 0) {
        const line = lexed[i];
        const code = line.code.trim();
        if (code === '' && line.comments.length > 0) {
            if (line.comments.some((comment) => comment.doc && SAFETY_SECTION.test(comment.text)))
                return 'explained';
            i--;
        }
        else if (code.startsWith('#[')) {
            i--;
        }
        else if (code.endsWith(']')) {
            const start = attributeStart(lexed, i);
            if (start === null)
                break;
            i = start - 1;
        }
        else
            break;
    }
    return i < 0 ? 'unknown' : 'missing';
}
/**
 * The line where the attribute ending on `end` opens with `#[`; null if it is not an attribute. When the
 * search reaches the run's top, 0: the caller then stands at the top, where it cannot tell.
 */
function attributeStart(lexed, end) {
    for (let k = end; k >= 0 && k > end - MAX_ATTRIBUTE_LINES; k--) {
        if (lexed[k].code.trim().startsWith('#['))
            return k;
    }
    return end < MAX_ATTRIBUTE_LINES ? 0 : null;
}
function isCommentOnly(line) {
    return line.comments.length > 0 && line.code.trim() === '';
}
/** A plain comment opening with `SAFETY:`; a doc comment documents the item, it does not justify the block. */
function isSafetyComment(comment) {
    return !comment.doc && SAFETY.test(comment.text);
}

/** The kernel's file of minimum tool versions; also the name messages give it. */
const MIN_TOOL_VERSION_FILE = 'scripts/min-tool-version.sh';
/** The arms of min-tool-version.sh that pin the Rust toolchain. */
const RUST_TOOLS = ['rustc', 'bindgen'];
/** A `case` arm's pattern line: `rustc)`, `gcc|clang)`, `*)`. */
const ARM_PATTERN = /^\s*([^\s()]+(?:\s*\|\s*[^\s()]+)*)\s*\)/;
/** Lines that end an arm or the whole `case`: whatever is under them is in no arm. */
const ARM_END = /^\s*(?:;;|;&|;;&|esac\b|case\b)/;
/** The `case` line itself: a line above it is in no arm. */
const CASE_START = /^\s*case\b/;
const VERSION = /\b\d+(?:\.\d+)+\b/;
/** Any change to a file that pins the toolchain: one finding for the file. */
function checkToolchainFile(file, sink) {
    const verb = file.status === 'removed' ? 'removes' : file.status === 'added' ? 'adds' : 'changes';
    sink.findings.push({
        check: 'toolchain',
        path: file.path,
        line: wholeFileLine(file),
        message: `${verb} the pinned Rust toolchain file ${file.path}`,
    });
}
/** A change in the `rustc)` or `bindgen)` arm of min-tool-version.sh: one finding per tool. */
function checkMinToolVersion(file, sink) {
    const arms = new Map();
    for (const hunk of file.hunks ?? []) {
        let undecided = false;
        for (const line of changedLines(hunk)) {
            const arm = armOf(line);
            if (arm === undefined) {
                if (!undecided) {
                    const reason = `cannot tell which tool's \`case\` arm of ${MIN_TOOL_VERSION_FILE} this change is in: the arm starts above the diff's lines`;
                    sink.unchecked.push({ check: 'toolchain', path: file.path, line: line.newLine ?? 1, reason });
                }
                undecided = true;
                continue;
            }
            const tool = arm?.find((name) => RUST_TOOLS.includes(name));
            if (tool === undefined)
                continue;
            const change = arms.get(tool) ?? { shown: line };
            const version = VERSION.exec(line.text)?.[0];
            if (version !== undefined)
                change[line.marker === '+' ? 'added' : 'removed'] ??= version;
            if (change.shown.marker === '-' && line.marker === '+')
                change.shown = line;
            arms.set(tool, change);
        }
    }
    for (const tool of RUST_TOOLS) {
        const change = arms.get(tool);
        if (!change)
            continue;
        sink.findings.push({
            check: 'toolchain',
            path: file.path,
            line: file.status === 'removed' ? null : change.shown.newLine,
            message: describeChange(tool, change),
        });
    }
}
/**
 * The tool names of the arm a changed line is in: null when it is in none (above the `case`, or between
 * `;;` and the next pattern), undefined when the hunk does not reach up to the arm's pattern line.
 */
function armOf(line) {
    const own = ARM_PATTERN.exec(line.text);
    if (own)
        return armNames(own[1]);
    for (const above of linesAbove(line)) {
        if (ARM_END.test(above))
            return null;
        const pattern = ARM_PATTERN.exec(above);
        if (pattern)
            return armNames(pattern[1]);
    }
    if (startsAtTop(line))
        return null;
    // Nothing above says; a `case` line below, before any arm, puts the line above the whole `case`.
    for (const below of linesBelow(line)) {
        if (CASE_START.test(below))
            return null;
        if (ARM_PATTERN.test(below) || ARM_END.test(below))
            break;
    }
    return undefined;
}
function armNames(pattern) {
    return pattern.split('|').map((name) => name.trim().replace(/^["']|["']$/g, ''));
}
function describeChange(tool, change) {
    const { removed, added } = change;
    if (removed !== undefined && added !== undefined && removed !== added) {
        const verb = compareVersions(added, removed) > 0 ? 'raises' : 'lowers';
        return `${verb} the minimum ${tool} from ${removed} to ${added}`;
    }
    return `changes the minimum ${tool} version in ${MIN_TOOL_VERSION_FILE}`;
}
/** Numeric, part by part: 1.80.0 is above 1.8.0. */
function compareVersions(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
        const diff = (left[k] ?? 0) - (right[k] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

/** As `rust.files` (routing/classify-rust.ts): dot files match, `!` and `#` are literal, `/` separates. */
const GLOB_OPTIONS$1 = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/** Characters that make a pattern a glob rather than a path. */
const GLOB_CHARS = /[*?[\]{}()!+@]/;
/**
 * Compiles patterns into one test. A pattern minimatch refuses matches nothing: the policy's validation
 * reports it; the checks must not fail on it.
 *
 * @example compilePathSet(['scripts/Makefile.build', 'rust/*.toml'])('rust/x.toml') // → true
 */
function compilePathSet(patterns) {
    const exact = new Set();
    const globs = [];
    for (const pattern of patterns) {
        if (!GLOB_CHARS.test(pattern)) {
            exact.add(pattern);
            continue;
        }
        try {
            const matcher = new (lazyRequire('minimatch').Minimatch)(pattern, GLOB_OPTIONS$1);
            globs.push((path) => matcher.match(path));
        }
        catch {
            // reported by the policy's validation
        }
    }
    return (path) => exact.has(path) || globs.some((matches) => matches(path));
}

/** Toolchain files wherever they are: rustup reads them in any directory it builds in. */
const TOOLCHAIN_BASENAMES = new Set(['rust-toolchain', 'rust-toolchain.toml']);
/**
 * A rustup toolchain file, in any directory: checked by `toolchain` whatever `rust.toolchain-files` says.
 *
 * @example isRustupToolchainFile('samples/rust/rust-toolchain.toml') // → true
 */
function isRustupToolchainFile(path) {
    return TOOLCHAIN_BASENAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * Runs every check that is not `off` on the changed files.
 *
 * - A deleted file has no added lines, so no safety or `#![feature]` finding; its removal of the features
 *   list or a toolchain pin is a finding, with line null.
 * - A file without hunks (a path list, a binary file, a diff GitHub left out) is not checked line by line;
 *   a toolchain or features file is still a finding for the file, since its path says enough.
 * - A place whose deciding lines are not in the diff is in `unchecked`, never a finding.
 *
 * @param isRust whether a path is Rust (the policy's `rust.files`).
 * @example reviewDiff([{ path: 'rust/x.rs', status: 'added', hunks: [{ oldStart: 0, newStart: 1, lines: ['+unsafe { f() }'] }] }], DEFAULT_RUST_REVIEW, (p) => p.endsWith('.rs'))
 *   // → { findings: [{ check: 'safety-comment', path: 'rust/x.rs', line: 1,
 *   //      message: '`unsafe` block without a `// SAFETY:` comment just above it' }], unchecked: [] }
 */
function reviewDiff(files, policy, isRust) {
    const sink = { findings: [], unchecked: [] };
    const on = (check) => policy.checks[check] !== 'off';
    const isFeaturesFile = compilePathSet(policy.featuresFiles);
    const isToolchainFile = compilePathSet(policy.toolchainFiles);
    for (const file of files) {
        if (file.status === 'unchanged')
            continue;
        if (file.hunks && file.status !== 'removed' && isRust(file.path)) {
            if (on('safety-comment'))
                checkSafetyComments(file.path, file.hunks, sink);
            if (on('unstable-feature'))
                checkFeatureAttributes(file.path, file.hunks, sink);
        }
        if (on('unstable-feature') && isFeaturesFile(file.path)) {
            if (file.path !== KERNEL_FEATURES_FILE)
                checkFeaturesFile(file, sink);
            else if (file.hunks)
                checkKernelFeaturesList(file, sink);
        }
        if (on('toolchain')) {
            if (file.path === MIN_TOOL_VERSION_FILE) {
                if (isToolchainFile(file.path) && file.hunks)
                    checkMinToolVersion(file, sink);
            }
            else if (isRustupToolchainFile(file.path) || isToolchainFile(file.path))
                checkToolchainFile(file, sink);
        }
    }
    return sink;
}

/** Checks whose findings go to the Rust tree whatever the path's owner. */
const ROUTED_TO_CORE = new Set(['unstable-feature', 'toolchain']);
/**
 * Reviews the change: checks on its hunks, interface pairs from `map` (none without one).
 *
 * @example reviewRoutes(files, compiled, shared, map, { author: 'alice', approvedBy: [] }).findings
 *   // → [{ check: 'unstable-feature', path: 'drivers/gpu/nova/lib.rs', line: 3, severity: 'warn', subsystem: 'RUST', … }]
 */
function reviewRoutes(files, compiled, shared, map, review) {
    const { policy } = compiled;
    const { rustReview, labels: statusLabels } = policy;
    const coreIndex = policy.subsystems.findIndex((subsystem) => subsystem.stance === 'core');
    const coreName = coreIndex === -1 ? null : policy.subsystems[coreIndex].name;
    const checked = reviewDiff(files, rustReview, (path) => compiled.isRust(path));
    failClosed(files, rustReview, (path) => compiled.isRust(path), checked);
    // In file and line order, as a reader goes through the diff.
    const findings = checked.findings
        .map((finding) => ({
        ...finding,
        severity: rustReview.checks[finding.check] === 'block' ? 'block' : 'warn',
        subsystem: coreName,
    }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    const routedToCore = findings.some((finding) => ROUTED_TO_CORE.has(finding.check));
    const pairs = [];
    if (map !== undefined) {
        const isInterfaceFile = compileInterfaceFiles(rustReview.interfaceFiles);
        for (const pair of interfacePairs(files, map, isInterfaceFile)) {
            pairs.push({ pair, owners: pairOwners(pair, compiled, shared) });
        }
    }
    const interfaceOwners = [...new Set(pairs.flatMap((entry) => entry.owners))];
    const labels = [];
    if (findings.some((finding) => finding.check === 'unstable-feature'))
        labels.push(statusLabels['unstable-feature']);
    if (findings.some((finding) => finding.check === 'toolchain'))
        labels.push(statusLabels.toolchain);
    if (pairs.some((entry) => entry.pair.direction === 'c-to-rust'))
        labels.push(statusLabels['bindings-affected']);
    if (routedToCore)
        labels.push(...(policy.subsystems[coreIndex]?.labels ?? []));
    labels.push(...interfaceOwners.flatMap((index) => policy.subsystems[index].labels));
    const blocking = findings.filter((finding) => finding.severity === 'block');
    // With no Rust tree in the policy nobody could lift the hold: the findings stay, as warnings would
    // (`validate` says so, docs/RUST-REVIEW.md, "Holds from checks").
    const hold = blocking.length === 0 || coreIndex === -1
        ? null
        : {
            ...holdOf(policy.subsystems[coreIndex], 'opt-out', [...new Set(blocking.map((f) => f.path))], review),
            checks: [...new Set(blocking.map((finding) => finding.check))],
        };
    return {
        findings,
        unchecked: checked.unchecked,
        pairs,
        core: routedToCore ? coreIndex : -1,
        interfaceOwners,
        labels: labels.filter((label) => label !== null),
        hold,
    };
}
/**
 * Who is asked because of one pair. rust-to-c: the header's owners as for any non-Rust path (a fallback such
 * as THE REST only when nothing else owns it). c-to-rust: the Rust side's deciding owner (its stance owner for
 * a Rust file; the most specific owners for a helper or the bindings header, which are C).
 */
function pairOwners(pair, compiled, shared) {
    if (pair.direction === 'rust-to-c')
        return headerOwners(pair.header, compiled);
    const routed = decideFile(pair.rust, undefined, compiled, shared);
    return routed.decider >= 0 ? [routed.decider] : routed.asked;
}
/** Checks that read a Rust file's added lines (the others judge features and toolchain files by path too). */
const LINE_CHECKS = ['safety-comment', 'unstable-feature'];
/**
 * A Rust file whose diff exists but was not given (too large for GitHub's `patch`, past git's cap) cannot be
 * cleared by a check that reads its lines: under `block` that is a finding, so the Rust tree must look (a huge
 * diff must not be a way around the check); under `warn` a note that it was not checked.
 */
function failClosed(files, review, isRust, into) {
    for (const file of files) {
        if (!file.diffOmitted || file.status === 'removed' || !isRust(file.path))
            continue;
        for (const check of LINE_CHECKS) {
            if (review.checks[check] === 'block') {
                into.findings.push({ check, path: file.path, line: null, message: OMITTED_FINDING });
            }
            else if (review.checks[check] === 'warn') {
                into.unchecked.push({ check, path: file.path, line: null, reason: 'its diff is too large to be shown' });
            }
        }
    }
}
const OMITTED_FINDING = 'not checked: its diff is too large to be shown, and a blocking check does not pass what it cannot read';

/**
 * routeChanges: the whole decision for one change set (docs/ROUTING.md, "The pipeline"), as plain data. Pure: the policy comes
 * compiled, the reviews come as `approvedBy`, nothing is read or written.
 *
 * Each path is decided on its own (decide-file.ts); this file aggregates per subsystem, in one pass over the
 * paths, so a 100k-file PR costs one index lookup per path and nothing quadratic.
 */
/** Every file decision, for numbering (decision, decider) pairs. */
const DECISION_KINDS = [
    'core',
    'opt-in',
    'needs-ack',
    'blocked',
    'owners',
    'unowned',
];
/** The `max-reviewers` default (docs/ROUTING.md, "Reviewers"). */
const DEFAULT_MAX_REVIEWERS = 10;
/** Keyword scanning stops after this much PR text and diff (docs/ROUTING.md, "Keywords": bounded). */
const DEFAULT_KEYWORD_BUDGET_BYTES = 1024 * 1024;
/**
 * Routes a change set.
 *
 * @example
 *   routeChanges({ files: [{ path: 'rust/kernel/str.rs', status: 'modified' }], title: '', body: '', diffLines: [] }, compiled)
 *   // → { files: [{ path: 'rust/kernel/str.rs', decision: 'core', owner: 'RUST', … }], labels: ['rust: core', …],
 *   //     reviewers: ['ojeda', 'alex'], blocked: false, verdict: 'routed', … }
 */
function routeChanges(changes, compiled, options = {}) {
    const { policy } = compiled;
    const approvedBy = options.approvedBy ?? [];
    const shared = new SharedValues(policy.subsystems);
    const tallies = new OwnerTallies();
    const files = [];
    // Status labels depend only on each path's decision and its decider's hold: keep the distinct pairs.
    // Keyed by a number (decision kind, decider), not a string: no key string made for each of 100,000 paths.
    const decided = new Map();
    for (const entry of changedPaths(changes.files)) {
        const routed = decideFile(entry.path, entry.previousPath, compiled, shared);
        tallies.add(routed);
        files.push(routed.decision);
        const { decision } = routed.decision;
        const key = (routed.decider + 1) * DECISION_KINDS.length + DECISION_KINDS.indexOf(decision);
        if (!decided.has(key))
            decided.set(key, { decision, decider: routed.decider });
    }
    const owners = tallies.sorted();
    const texts = changes.keywordLines === undefined
        ? [changes.title, changes.body, ...changes.diffLines]
        : [changes.title, ...changes.keywordLines];
    const keywords = compiled.keywords.scan(texts, options.keywordBudgetBytes ?? DEFAULT_KEYWORD_BUDGET_BYTES);
    const owning = new Set(owners.map((tally) => tally.subsystem));
    const assumed = new Set(options.assumeMentioned ?? []);
    const assumedIndexes = assumed.size === 0 ? [] : policy.subsystems.flatMap((s, i) => (assumed.has(s.name) ? [i] : []));
    const review = reviewRoutes(changes.files, compiled, shared, options.interfaceMap, {
        approvedBy,
        author: options.author,
    });
    // The Rust tree, when findings give it a row of its own, owns those files: it is not also "mentioned".
    const core = coreRowSubsystem(review, owners, policy);
    const mentioned = [...new Set([...keywords.hits.map((hit) => hit.subsystem), ...assumedIndexes])]
        .filter((subsystem) => !owning.has(subsystem) && subsystem !== core)
        .sort((a, b) => a - b);
    const request = pickReviewers(owners.filter((tally) => tally.asked).map((tally) => policy.subsystems[tally.subsystem]), {
        author: options.author,
        maxReviewers: options.maxReviewers ?? DEFAULT_MAX_REVIEWERS,
        later: [
            review.core === -1 ? [] : [policy.subsystems[review.core]],
            review.interfaceOwners.map((index) => policy.subsystems[index]),
        ],
    });
    const holdsBySubsystem = new Map();
    for (const tally of owners) {
        if (tally.heldStance === undefined)
            continue;
        const hold = holdOf(policy.subsystems[tally.subsystem], tally.heldStance, tally.heldFiles, {
            approvedBy,
            author: options.author,
        });
        holdsBySubsystem.set(tally.subsystem, hold);
    }
    const holds = [...holdsBySubsystem.values(), ...(review.hold === null ? [] : [review.hold])];
    const labels = decisionLabels(
    // The decider of a non-Rust or unowned path carries no hold (and may be -1): its owner is irrelevant.
    [...decided.values()].map(({ decision, decider }) => ({
        decision,
        owner: policy.subsystems[decider]?.name ?? null,
    })), new Set(holds.filter(isHeld).map((hold) => hold.subsystem)), [
        ...owners.flatMap((tally) => policy.subsystems[tally.subsystem].labels),
        ...(core === -1 ? [] : policy.subsystems[core].labels),
        ...mentioned.flatMap((subsystem) => policy.subsystems[subsystem].labels),
    ], policy.labels, review.labels, heldByCheck(holds));
    return {
        files,
        mentioned: mentioned.map((subsystem) => policy.subsystems[subsystem].name),
        labels,
        reviewers: request.reviewers,
        teamReviewers: request.teamReviewers,
        blocked: holds.some(isHeld),
        holds,
        verdict: verdictOf(holds),
        managedLabels: managedLabels(policy),
        subsystems: [
            ...owners.map((tally) => ownerReport(tally, policy.subsystems[tally.subsystem], policy.defaultStance, request)),
            ...coreRow(core, review, policy, request),
            ...mentioned.map((subsystem) => mentionedReport(policy.subsystems[subsystem])),
        ],
        keywordScan: keywords.scan,
        keywordHits: keywords.hits.map((hit) => ({
            subsystem: policy.subsystems[hit.subsystem].name,
            pattern: hit.keyword.text,
            origin: hit.keyword.origin,
            line: hit.line,
        })),
        reviewersCapped: request.capped,
        rustFiles: files.filter((file) => file.rust).map((file) => file.path),
        findings: review.findings,
        interfaces: review.pairs.map(({ pair, owners: asked }) => interfaceRoute(pair, asked, policy.subsystems, request)),
        review: {
            unchecked: review.unchecked,
            labels: review.labels,
            interfacesNotRouted: options.interfaceMap === undefined &&
                interfacesWanted(policy, files.map((file) => file.path)),
            interfaceFilesNotRead: options.interfaceMap?.notRead ?? 0,
        },
    };
}
/**
 * The Rust tree's row when a finding sends the PR to it (or it holds blocking findings) but it owns none of the
 * paths: its files are the findings' files. Nothing when it owns a path already (its row is there).
 */
function coreRow(core, review, policy, request) {
    if (core === -1)
        return [];
    const files = [...new Set(review.findings.map((finding) => finding.path))];
    const tally = { files, asked: true, ownsRust: true, heldFiles: [] };
    return [ownerReport(tally, policy.subsystems[core], policy.defaultStance, request)];
}
/** The Rust tree's index when it gets a row of its own (coreRow), else -1. */
function coreRowSubsystem(review, owners, policy) {
    const core = review.core !== -1 ? review.core : policy.subsystems.findIndex((s) => s.name === review.hold?.subsystem);
    return core === -1 || owners.some((tally) => tally.subsystem === core) ? -1 : core;
}
/** One pair as the JSON shows it: the subsystems asked because of it and which of their people were asked. */
function interfaceRoute(pair, asked, subsystems, request) {
    const people = asked.flatMap((index) => [
        ...handlesOf(subsystems[index].maintainers),
        ...handlesOf(subsystems[index].reviewers),
    ]);
    return {
        ...pair,
        owners: asked.map((index) => subsystems[index].name),
        reviewers: [...new Set(people.filter((handle) => request.requested.has(handleKey(handle))))],
    };
}

const __builtin = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:path");

/**
 * File names as git writes them in patches: C-style quoting, the `a/` `b/` prefixes, and the two names of a
 * `diff --git` line (which git does not quote when they merely contain spaces, so they need untangling).
 */
/** The escapes git's quote_c_style() emits, besides three-digit octal bytes. */
const C_ESCAPES = {
    a: 0x07,
    b: 0x08,
    t: 0x09,
    n: 0x0a,
    v: 0x0b,
    f: 0x0c,
    r: 0x0d,
    '"': 0x22,
    '\\': 0x5c,
};
const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder('utf-8');
/**
 * Decodes the C-quoted name that starts at `text[start]` (which must be `"`). Octal escapes are bytes of a
 * UTF-8 name, so they are collected as bytes and decoded together: `"t\303\251st.c"` is `tést.c`.
 * Returns null when the quote is unterminated or an escape is not one git writes.
 *
 * @example unquoteGitName('"a/t\\303\\251st.c" b/x', 0) // → { name: 'a/tést.c', end: 17 }
 */
function unquoteGitName(text, start = 0) {
    if (text[start] !== '"')
        return null;
    const bytes = [];
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"')
            return { name: utf8Lenient.decode(Uint8Array.from(bytes)), end: i + 1 };
        if (ch !== '\\') {
            // Unescaped non-ASCII appears with core.quotePath=false; re-encode it so it joins the escaped bytes.
            const codePoint = text.codePointAt(i);
            const char = String.fromCodePoint(codePoint);
            for (const byte of utf8.encode(char))
                bytes.push(byte);
            i += char.length;
            continue;
        }
        const next = text[i + 1];
        if (next !== undefined && next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next]);
            i += 2;
        }
        else if (/^[0-3][0-7]{2}$/.test(text.slice(i + 1, i + 4))) {
            bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
            i += 4;
        }
        else {
            return null;
        }
    }
    return null;
}
/**
 * Reads one name from a `---`/`+++`/`rename from` style line remainder: quoted, or raw up to the first tab
 * (diff -u puts a timestamp after a tab, and git adds a tab after names containing a space).
 * Returns null for an unterminated quote.
 */
function readGitName(rest) {
    if (rest.startsWith('"')) {
        const quoted = unquoteGitName(rest, 0);
        return quoted && { name: quoted.name, trailer: rest.slice(quoted.end).replace(/^\t/, '') };
    }
    const tab = rest.indexOf('\t');
    return tab < 0 ? { name: rest, trailer: '' } : { name: rest.slice(0, tab), trailer: rest.slice(tab + 1) };
}
/**
 * Drops the first path component, as `git apply` and `patch -p1` do (`a/drivers/x.c` → `drivers/x.c`).
 * A name without a `/` is kept: there is nothing to strip.
 */
function stripFirstComponent(name) {
    const slash = name.indexOf('/');
    return slash < 0 ? name : name.slice(slash + 1);
}
/**
 * Splits what follows `diff --git ` into the old and new names, prefixes kept.
 *
 * Quoted names are unambiguous. Unquoted names may contain spaces (`a/x y b/x y`); git only writes such a
 * line when both names are equal after their prefix, so the split is the space where the two halves agree,
 * which is how git's own git_header_name() decides. Returns null when no split is certain; the caller then
 * needs the `---`/`+++` or `rename` lines.
 *
 * @example splitDiffGitNames('a/Documentation/my notes.rst b/Documentation/my notes.rst')
 *   // → { oldName: 'a/Documentation/my notes.rst', newName: 'b/Documentation/my notes.rst' }
 */
function splitDiffGitNames(rest) {
    if (rest.startsWith('"')) {
        const first = unquoteGitName(rest, 0);
        if (!first || rest[first.end] !== ' ')
            return null;
        const second = rest.slice(first.end + 1);
        const newName = second.startsWith('"') ? unquoteWhole(second) : second;
        return newName === null ? null : { oldName: first.name, newName };
    }
    if (rest.endsWith('"')) {
        for (let space = rest.indexOf(' "'); space >= 0; space = rest.indexOf(' "', space + 1)) {
            const newName = unquoteWhole(rest.slice(space + 1));
            if (newName !== null)
                return { oldName: rest.slice(0, space), newName };
        }
        return null;
    }
    for (let space = rest.indexOf(' '); space >= 0; space = rest.indexOf(' ', space + 1)) {
        const oldName = rest.slice(0, space);
        const newName = rest.slice(space + 1);
        if (oldName.includes('/') && stripFirstComponent(oldName) === stripFirstComponent(newName)) {
            return { oldName, newName };
        }
    }
    return null;
}
function unquoteWhole(text) {
    const quoted = unquoteGitName(text, 0);
    return quoted && quoted.end === text.length ? quoted.name : null;
}

/**
 * Paths as people and tools hand them over: `--files-from FILE|-` (one a line, as `git diff --name-only` or a
 * hand-written list gives them, or NUL-separated as `git diff -z --name-only` does) and PATH arguments.
 *
 * A path is made repository-relative the way get_maintainer.pl canonicalises its `-f` arguments (File::Spec's
 * canonpath): `./x` → `x`, `a//b` → `a/b`, `a/./b` → `a/b`, an absolute path inside the tree → relative to it.
 * A trailing `/` names a directory and is kept: get_maintainer.pl routes a directory as `dir/`.
 */
/**
 * Whether a path certainly needs no normalising: it does not start with `/` or `.` and holds no `//`, `/.` or
 * NUL. Cheap native searches, since a tree-wide list has 100,000 paths; anything else (`.gitignore`,
 * `a/.hidden`) takes the careful way, which keeps what is fine.
 */
function isClean(path) {
    const first = path.charCodeAt(0);
    return (path !== '' &&
        first !== 0x2f && // '/'
        first !== 0x2e && // '.'
        !path.includes('//') &&
        !path.includes('/.') &&
        !path.includes('\0'));
}
/**
 * Why `path` cannot be a file path inside a repository, or null when it can. Used for paths read from a
 * patch, which must already be clean.
 *
 * @example validateRepoPath('drivers/net/phy/ax88796b_rust.rs') // → null
 * @example validateRepoPath('drivers/../MAINTAINERS') // → "'..' segment: not a path inside the repository"
 */
function validateRepoPath(path) {
    if (path === '')
        return 'empty path';
    if (path.includes('\0'))
        return 'contains a NUL byte';
    if (path.startsWith('/'))
        return 'absolute path: give it relative to the repository root';
    if (path.endsWith('/'))
        return "ends with '/': a directory, not a file";
    if (isClean(path))
        return null;
    for (const segment of path.split('/')) {
        if (segment === '..')
            return "'..' segment: not a path inside the repository";
        if (segment === '.')
            return "'.' segment: not a normalized path";
        if (segment === '')
            return "empty segment ('//'): not a normalized path";
    }
    return null;
}
/**
 * A path as written → the repository-relative path get_maintainer.pl would route, or why there is none.
 * `root` is the tree's absolute path: an absolute path inside it is made relative. A trailing `/` is kept.
 *
 * @example normalizeRepoPath('./drivers//net/./phy/') // → { path: 'drivers/net/phy/' }
 * @example normalizeRepoPath('/work/linux/rust/Makefile', '/work/linux') // → { path: 'rust/Makefile' }
 * @example normalizeRepoPath('rust/../MAINTAINERS') // → { problem: "'..' segment: …" }
 */
function normalizeRepoPath(written, root) {
    if (isClean(written))
        return { path: written };
    if (written === '')
        return { problem: 'empty path' };
    if (written.includes('\0'))
        return { problem: 'contains a NUL byte' };
    let path = written;
    if (path.startsWith('/')) {
        const base = root === undefined ? undefined : root.replace(/\/+$/, '');
        if (base === undefined || !path.startsWith(`${base}/`)) {
            const where = base === undefined ? 'the repository' : `the tree ${base}`;
            return { problem: `absolute path outside ${where}: give it relative to the tree's root` };
        }
        path = path.slice(base.length + 1);
    }
    const directory = path.endsWith('/') || path.endsWith('/.') || path === '.';
    const segments = [];
    for (const segment of path.split('/')) {
        if (segment === '..')
            return { problem: "'..' segment: not a path inside the repository" };
        if (segment !== '' && segment !== '.')
            segments.push(segment);
    }
    if (segments.length === 0)
        return { problem: 'names the whole tree, not a path in it' };
    return { path: `${segments.join('/')}${directory ? '/' : ''}` };
}
/**
 * Parses a path list. Newline-separated (CRLF accepted): each line is trimmed, blank lines and `#` comments
 * are skipped, git's C-quoted names (`"samples/rust/w\303\266rld.rs"`) are unquoted. NUL-separated (the
 * text holds a NUL): every field is a path as it is, as `-z` promises. Repeated paths are listed once.
 *
 * @param file the name to report errors against.
 * @param root the tree's absolute path, for absolute paths in the list. Optional.
 * @example parsePathList('./rust/kernel/str.rs\r\n\r\n# C\n  MAINTAINERS \n', 'list.txt').value
 *   // → [{ path: 'rust/kernel/str.rs', status: 'modified' }, { path: 'MAINTAINERS', status: 'modified' }]
 */
function parsePathList(text, file, root) {
    const errors = [];
    const seen = new Set();
    const value = [];
    const nulSeparated = text.includes('\0');
    let sorted = true;
    const fields = text.split(nulSeparated ? '\0' : '\n');
    for (let index = 0; index < fields.length; index++) {
        let path = fields[index];
        if (!nulSeparated) {
            path = path.trim();
            if (path === '' || path.startsWith('#'))
                continue;
            if (path.startsWith('"')) {
                const quoted = unquoteGitName(path, 0);
                if (quoted && quoted.end === path.length)
                    path = quoted.name;
            }
        }
        else if (path === '') {
            continue;
        }
        const normalized = normalizeRepoPath(path, root);
        if ('problem' in normalized) {
            // A NUL list has no lines: number its fields instead.
            const message = `${normalized.problem}: ${JSON.stringify(fields[index])}`;
            errors.push(sourceError('BAD_PATH', nulSeparated ? `path ${index + 1}: ${message}` : message, file, nulSeparated ? 1 : index + 1, 1));
            continue;
        }
        // A sorted list (git's order) repeats nothing while each path follows the last: the set is only filled
        // once the order breaks, so a 100,000-path list needs no set of 100,000 entries.
        const previous = value.length > 0 ? value[value.length - 1].path : undefined;
        if (sorted && previous !== undefined && !(previous < normalized.path)) {
            sorted = false;
            for (const file of value)
                seen.add(file.path);
        }
        if (!sorted) {
            if (seen.has(normalized.path))
                continue;
            seen.add(normalized.path);
        }
        value.push({ path: normalized.path, status: 'modified' });
    }
    return { value, errors, warnings: [] };
}

/**
 * Perl's default `sort`, as get_maintainer.pl sorts paths and addresses: by character (UTF-16 code unit here, the
 * same order on the ASCII these are), not by locale.
 *
 * @example ['b', 'B', 'a'].sort(perlOrder) // → ['B', 'a', 'b']
 */
function perlOrder(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * get_maintainer.pl's `sort_and_uniq`: sorted, each once.
 *
 * @example sortAndUniq(['kernel/x.c', 'dev/null', 'kernel/x.c']) // → ['dev/null', 'kernel/x.c']
 */
function sortAndUniq(values) {
    return [...new Set(values)].sort(perlOrder);
}

/**
 * The CLI's reads: a file or `-` for standard input, refused in one line when it cannot be what the flag
 * asks for (missing, a directory, empty, binary) — never echoed back, never a stack trace — and the sniffing
 * that tells a patch from a path list, and a kernel MAINTAINERS from a maintainers.yml.
 */
/** How far into an input a NUL byte is looked for: text never has one, binary files almost always early. */
const BINARY_PROBE_BYTES = 8192;
/**
 * Reads a text input. `name` is how errors refer to it (`--patch`, `--maintainers`); `-` is standard input,
 * reported as `<stdin>`. `allowEmpty` accepts an empty input (an empty path list is an empty change).
 *
 * @example readTextInput('/dev/null', '--maintainers') // → { error: '/dev/null: empty (--maintainers)' as a SourceError }
 */
function readTextInput(path, name, options = {}) {
    const read = readTextBytes(path, name, options);
    return 'error' in read ? read : { text: read.bytes.toString('utf8') };
}
/**
 * readTextInput's checks without the decoding, for a reader that decodes only what it needs (a kernel
 * MAINTAINERS routed for a few paths: maintainers/sections-reaching.ts).
 */
function readTextBytes(path, name, options = {}) {
    const shown = path === '-' ? '<stdin>' : path;
    let bytes;
    try {
        if (path === '-') {
            bytes = readAllSync(0);
        }
        else {
            if (__builtin$1.statSync(path).isDirectory())
                return refuse$1(shown, `a directory, not a file (${name})`);
            bytes = __builtin$1.readFileSync(path);
        }
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
        return refuse$1(shown, `${why} (${name})`, 'FILE_NOT_FOUND');
    }
    if (bytes.length === 0 && !options.allowEmpty)
        return refuse$1(shown, `empty (${name})`);
    const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
    if (nul >= 0 && !(options.allowNul && isNulSeparatedText(bytes))) {
        return refuse$1(shown, `a binary file (a NUL byte at offset ${nul}), not text (${name})`);
    }
    return { bytes };
}
/** `git diff -z --name-only` output: valid UTF-8 whose only control characters are NUL and line ends. */
function isNulSeparatedText(bytes) {
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        // eslint-disable-next-line no-control-regex
        return !/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text);
    }
    catch {
        return false;
    }
}
function refuse$1(file, message, code = 'BAD_ARGUMENT') {
    return { error: wholeInputError(code, message, file) };
}
/** True when `path` exists and is a directory (get_maintainer.pl's `-d`), false on any error. */
function isDirectoryOnDisk(path) {
    return statOrNull(path)?.isDirectory() ?? false;
}
/** The file's stat, or null when it does not exist or cannot be read. */
function statOrNull(path) {
    try {
        return __builtin$1.statSync(path);
    }
    catch {
        return null;
    }
}
/**
 * Whether a text is a patch (or a series of them) rather than a list of paths: it has a `diff --git` line,
 * a `---`/`+++` pair, or starts as `git format-patch` mail does. A path list never has these: a path does not
 * start with `diff --git ` and `git diff --name-only` prints no `---` lines.
 *
 * @example looksLikePatch('From 1a2b… Mon Sep 17 00:00:00 2001\nFrom: A <a@b>\n') // → true
 * @example looksLikePatch('rust/kernel/str.rs\n') // → false
 */
function looksLikePatch(text) {
    if (/^From [0-9a-f]{7,40} /.test(text))
        return true;
    if (/^diff --git |^Index: /m.test(text))
        return true;
    return /^--- \S.*\n\+\+\+ \S/m.test(text);
}
/**
 * What a policy file looks like, to tell a user who gave a kernel MAINTAINERS to --config (or a YAML file to
 * --maintainers) which flag they meant, instead of a screen of errors.
 */
function policyKind(text) {
    const head = text.slice(0, 64 * 1024);
    // A kernel MAINTAINERS has tag lines (`M:\tName <a@b>`) at the start of lines, many of them.
    const tags = head.match(/^[A-Z]:[ \t]/gm)?.length ?? 0;
    if (tags >= 3)
        return 'kernel';
    if (/^(?:version|subsystems|import|rust|default-stance|labels)\s*:/m.test(head))
        return 'yaml';
    return 'unknown';
}
/** How long to wait before reading a non-blocking pipe again when it has nothing yet. */
const PIPE_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * A blocking read of a file descriptor (standard input: 0) to its end. The CLI is a filter
 * (`git diff --name-only | rust-patch-router route -`): it waits for the writer before it in the pipe, where
 * `readFileSync(0)` fails with EAGAIN on a non-blocking pipe.
 */
function readAllSync(fd) {
    const chunks = [];
    const buffer = Buffer.alloc(1 << 20);
    for (;;) {
        let read;
        try {
            read = __builtin$1.readSync(fd, buffer, 0, buffer.length, null);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EAGAIN') {
                Atomics.wait(pause, 0, 0, PIPE_RETRY_MS);
                continue;
            }
            if (code === 'EOF')
                break;
            throw error;
        }
        if (read === 0)
            break;
        chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    return Buffer.concat(chunks);
}

/**
 * The change `route` decides, from every source the command line names — PATH and PATCH arguments, `-`,
 * `--files`, `--files-from`, `--patch`, `--git` — as one ChangeSet, plus the paths in the order
 * get_maintainer.pl would visit them (for `--format get-maintainer`, which given none of them reads standard
 * input, as get_maintainer.pl does).
 *
 * An argument is a patch when it names a file whose content is one (looksLikePatch), and a path otherwise, so
 * `route 0004-net-phy.patch` routes the patch, as `get_maintainer.pl 0004-net-phy.patch` does, and a path list
 * is never read as a patch nor a patch as a path list.
 */
/** How much of an argument's file is read to tell a patch from any other file. */
const SNIFF_BYTES = 64 * 1024;
/** Paths missing from an explicit --tree are each named up to this many times, then counted. */
const MAX_MISSING_NAMED = 10;
/** Text inputs from this many characters on (about 6,000 paths of a kernel tree) are large: see `onLargeInput`. */
const LARGE_INPUT_CHARS = 256 * 1024;
/**
 * Reads every change source; throws InputError (exit 2) with every problem, ArgumentError when there is none.
 * The patch parsers and git are imported only when a patch or a range is given: most runs route paths.
 * `onLargeInput` runs once, before the first large text input (LARGE_INPUT_CHARS) is parsed: what the run
 * allocates from then on is sized by that input, and the caller may want to prepare for it (route-command.ts).
 */
async function readRouteInput(options, cwd, tree, onLargeInput = () => { }) {
    let large = false;
    const sized = (text) => {
        if (!large && text.length >= LARGE_INPUT_CHARS) {
            large = true;
            onLargeInput();
        }
        return text;
    };
    const errors = [];
    const parts = [];
    const getMaintainerPaths = [];
    const getMaintainerFixes = new Set();
    const listed = [];
    const missing = [];
    /** `lookUp`: ask the tree whether each path is a directory (and, with --tree, whether it exists). */
    const addPaths = (paths, lookUp) => {
        for (const written of paths) {
            let path = written;
            if (!path.endsWith('/')) {
                const stat = statOrNull(__builtin.join(tree.root, path));
                // get_maintainer.pl routes an existing directory `-f kernel/dma` as `kernel/dma/`.
                if (stat?.isDirectory())
                    path = `${path}/`;
                else if (stat === null && tree.explicit)
                    missing.push(path);
            }
            listed.push({ path, status: 'modified' });
            getMaintainerPaths.push(path);
        }
    };
    const notes = [];
    // Read where it comes on the command line: get_maintainer.pl's path order depends on it (below).
    const addPatch = async (whole, name) => {
        const text = sized(whole);
        const { parseUnifiedDiff } = await Promise.resolve().then(function () { return require('./cli-parse-unified-diff.cjs'); }).then(function (n) { return n.parseUnifiedDiff$1; });
        const { readPatchLikeGetMaintainer } = await Promise.resolve().then(function () { return require('./cli-read-patch.cjs'); });
        const patch = parseUnifiedDiff(text, name);
        const read = readPatchLikeGetMaintainer(text);
        if (isCoverLetter(patch.errors, patch.value.title, read.noFiles)) {
            // git send-email runs its --cc-cmd on a series' cover letter too, and stops at a command that fails:
            // get_maintainer.pl warns and goes on, and so do we. Its text is still searched for keywords, as there.
            notes.push(wholeInputError('NOT_A_PATCH', 'a mail without a diff (a cover letter?): it changes no file', name));
        }
        else
            errors.push(...patch.errors);
        parts.push({ ...patch.value, keywordLines: read.keywordLines });
        // After each patch get_maintainer.pl sorts every path it has so far (`@files = sort_and_uniq(@files)`), so the
        // paths of a series given in one call come out sorted together, and a PATH argument before it among them.
        const sorted = sortAndUniq([...getMaintainerPaths, ...read.files]);
        getMaintainerPaths.splice(0, getMaintainerPaths.length, ...sorted);
        for (const commit of read.fixes)
            getMaintainerFixes.add(commit);
    };
    // A list (`git diff --name-only`) names files: the tree is asked about them only when --tree was given.
    let sources = 0;
    const addList = (text, name) => {
        sources += 1;
        const list = parsePathList(sized(text), name, tree.root);
        errors.push(...list.errors);
        if (tree.explicit) {
            addPaths(list.value.map((file) => file.path));
            return;
        }
        // Nothing to ask the tree: the list's own entries are the change's, not copied (a tree lists 86,629).
        for (const file of list.value) {
            listed.push(file);
            getMaintainerPaths.push(file.path);
        }
    };
    const noChange = options.positionals.length === 0 &&
        options.files.length === 0 &&
        options.filesFrom === undefined &&
        options.patch === undefined &&
        options.git === undefined;
    // get_maintainer.pl given no file reads a patch from standard input, unless that is a terminal: b4 pipes each
    // patch so to its send-auto-to-cmd and send-auto-cc-cmd. Other formats keep the refusal, so that a script that
    // forgot its arguments is told so rather than routing whatever its standard input holds.
    const fromStandardInput = noChange && options.format === 'get-maintainer' && !isTerminal(0);
    if (noChange && !fromStandardInput) {
        throw new ArgumentError('route needs a change: PATH or PATCH arguments, - (standard input), --files, --files-from, --patch or --git', 'route');
    }
    const words = [
        ...(fromStandardInput ? ['-'] : options.positionals).map((word) => ({ word, forcedPath: false })),
        ...options.files.map((word) => ({ word, forcedPath: true })),
    ];
    for (const { word, forcedPath } of words) {
        if (word === '-') {
            const read = readTextInput('-', 'standard input', { allowEmpty: true, allowNul: true });
            if ('error' in read)
                errors.push(read.error);
            else if (fromStandardInput && read.text.trim() === '') {
                // Nothing was piped: routing nothing would print no one, as if the change had no maintainers.
                errors.push(wholeInputError('BAD_ARGUMENT', 'empty: route needs a change (a patch on standard input, or PATH or PATCH arguments)', '<stdin>'));
            }
            else if (looksLikePatch(read.text))
                await addPatch(read.text, '<stdin>');
            else
                addList(read.text, '<stdin>');
            continue;
        }
        if (!forcedPath && isPatchFile(__builtin.resolve(cwd, word))) {
            const read = readTextInput(__builtin.resolve(cwd, word), word);
            if ('error' in read)
                errors.push({ ...read.error, file: word });
            else
                await addPatch(read.text, word);
            continue;
        }
        const normalized = normalizeRepoPath(word, tree.root);
        if ('problem' in normalized)
            errors.push(wholeInputError('BAD_PATH', normalized.problem, word));
        else {
            sources += 1;
            addPaths([normalized.path]);
        }
    }
    if (options.filesFrom !== undefined) {
        const read = readTextInput(options.filesFrom, '--files-from', { allowEmpty: true, allowNul: true });
        const name = options.filesFrom === '-' ? '<stdin>' : options.filesFrom;
        if ('error' in read)
            errors.push(read.error);
        else if (looksLikePatch(read.text)) {
            errors.push(wholeInputError('BAD_ARGUMENT', 'a patch, not a list of paths (--files-from): give it as an argument or with --patch', name));
        }
        else
            addList(read.text, name);
    }
    if (options.patch !== undefined) {
        const read = readTextInput(options.patch, '--patch');
        if ('error' in read)
            errors.push(read.error);
        else
            await addPatch(read.text, options.patch === '-' ? '<stdin>' : options.patch);
    }
    if (options.git !== undefined) {
        const { readGitChanges } = await Promise.resolve().then(function () { return require('./cli-read-git-changes.cjs'); });
        const git = readGitChanges(options.git, cwd);
        errors.push(...git.errors);
        parts.push(git.value);
        getMaintainerPaths.push(...git.value.files.map((file) => file.path));
    }
    if (errors.length > 0)
        throw new InputError(errors);
    parts.unshift({ files: listed, title: '', body: '', diffLines: [] });
    // One list and nothing else (the tree-wide case) is deduplicated already: no second pass over it.
    const onlyOneList = sources === 1 && parts.slice(1).every((part) => part.files.length === 0);
    const changes = mergeChangeSets(parts, options.title, { unique: onlyOneList });
    return {
        changes,
        getMaintainerPaths,
        getMaintainerFixes: [...getMaintainerFixes],
        warnings: [...notes, ...missingFromTree(missing, tree)],
    };
}
/**
 * A mail that is not a patch only for having no diff: git format-patch's cover letter (`[PATCH 0/N]`), which has a
 * subject and names no file. Anything else without a diff stays an error.
 */
function isCoverLetter(errors, title, noFiles) {
    return noFiles && title !== '' && errors.length > 0 && errors.every((error) => error.code === 'NOT_A_PATCH');
}
/**
 * get_maintainer.pl's `-t STDIN`. `node:tty` is required here, not imported: it is loaded only by a run that has
 * to ask, and a one-file route never does.
 */
function isTerminal(fd) {
    const tty = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)('node:tty');
    return tty.isatty(fd);
}
/** Whether an argument names a file whose beginning is a patch (a regular file, read up to SNIFF_BYTES). */
function isPatchFile(path) {
    const stat = statOrNull(path);
    if (stat === null || !stat.isFile())
        return false;
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    let fd;
    try {
        fd = __builtin$1.openSync(path, 'r');
        const read = __builtin$1.readSync(fd, buffer, 0, buffer.length, 0);
        return looksLikePatch(buffer.subarray(0, read).toString('utf8'));
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            __builtin$1.closeSync(fd);
    }
}
/** Paths not in an explicit --tree: routed as written, and said so (get_maintainer.pl refuses them). */
function missingFromTree(missing, tree) {
    const named = missing
        .slice(0, MAX_MISSING_NAMED)
        .map((path) => wholeInputError('BAD_PATH', `not in the tree ${tree.root} (routed as written)`, path));
    if (missing.length > named.length) {
        named.push(wholeInputError('BAD_PATH', `… and ${missing.length - named.length} more paths not in the tree`, tree.root));
    }
    return named;
}
/**
 * Joins change sets: files deduplicated by path (first wins; `unique` when they are already), texts
 * concatenated. Keyword lines: a patch's
 * are get_maintainer.pl's (read-patch.ts); a part without them (a git range) contributes its title, body and
 * diff lines as they are.
 */
function mergeChangeSets(parts, title, options = {}) {
    const seen = new Set();
    // Already unique: one list (the tree-wide case) is taken as it is, not copied.
    const withFiles = parts.filter((part) => part.files.length > 0);
    const files = !options.unique
        ? []
        : withFiles.length === 1
            ? withFiles[0].files
            : withFiles.flatMap((part) => part.files);
    for (const part of options.unique ? [] : parts) {
        for (const file of part.files) {
            if (seen.has(file.path))
                continue;
            seen.add(file.path);
            files.push(file);
        }
    }
    const texts = parts.filter((part) => part.keywordLines !== undefined || part.title || part.body || part.diffLines.length > 0);
    const merged = {
        files,
        title: title ??
            texts
                .map((part) => part.title)
                .filter(Boolean)
                .join('\n'),
        body: texts
            .map((part) => part.body)
            .filter(Boolean)
            .join('\n\n'),
        diffLines: texts.flatMap((part) => part.diffLines),
    };
    if (texts.some((part) => part.keywordLines !== undefined)) {
        merged.title = title ?? '';
        merged.keywordLines = texts.flatMap((part) => part.keywordLines ?? [part.title, part.body, ...part.diffLines]);
    }
    return merged;
}

/** `<address>` as in `"James E.J. Bottomley" <James.Bottomley@HansenPartnership.com>`. */
const BRACKETED_EMAIL = /<([^<>\s]+@[^<>\s]+)>/;
/** A bare address, as in `x86@kernel.org` or `linux-block@vger.kernel.org (moderated)`. */
const BARE_EMAIL = /(?:^|\s)([^\s<>()",]+@[^\s<>()",]+)/;
/**
 * Reads `Name <email> (comment)` or a bare `email`. `display` keeps the value as written; `email` is absent
 * when there is none (the caller warns: such a person can never be mapped to GitHub).
 *
 * @example parseKernelPerson('Miguel Ojeda <ojeda@kernel.org>')
 *   // → { handle: null, display: 'Miguel Ojeda <ojeda@kernel.org>', email: 'ojeda@kernel.org' }
 * @example parseKernelPerson('x86@kernel.org') // → { handle: null, display: 'x86@kernel.org', email: 'x86@kernel.org' }
 */
function parseKernelPerson(value) {
    const email = BRACKETED_EMAIL.exec(value)?.[1] ?? BARE_EMAIL.exec(value)?.[1];
    return email === undefined ? { handle: null, display: value } : { handle: null, display: value, email };
}

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
/** `X: value`: the tag letter, then optional whitespace, then the value (get_maintainer.pl's `^([A-Z]):\s*(.*)`). */
const TAG_LINE = /^([A-Z]):[ \t\f\v]*/;
/** Lines get_maintainer.pl drops before looking for sections. */
const IGNORED_LINE = /^\s*(?:#|$)/;
/** The tags of the MAINTAINERS format, as its preamble documents them. */
const KNOWN_TAGS = new Set('MRLSWQBCPTFXNK');
/** Pattern tags whose empty value get_maintainer.pl still applies (an empty F: owns every top-level file). */
const EMPTY_PATTERN_CODE = {
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
function parseKernelMaintainers(text, file, options = {}) {
    const firstLine = options.firstLine ?? 1;
    const subsystems = [];
    const errors = [];
    const warnings = [];
    let pendingName = null;
    let current = null;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].trimEnd();
        const lineNumber = index + firstLine;
        const tag = TAG_LINE.exec(line);
        if (tag === null) {
            if (IGNORED_LINE.test(line))
                continue;
            pendingName = { name: line, line: lineNumber };
            current = null;
            continue;
        }
        if (pendingName !== null) {
            current = newSubsystem(pendingName.name, { file, line: pendingName.line, col: 1 });
            subsystems.push(current);
            pendingName = null;
        }
        const origin = { file, line: lineNumber, col: tag[0].length + 1 };
        if (current === null) {
            // Only possible before the first name line: every later tag follows some name.
            errors.push(problem('TAG_OUTSIDE_SECTION', `${tag[1]}: line before any section name`, origin));
            continue;
        }
        addTag(current, tag[1], line.slice(tag[0].length), origin, warnings);
    }
    return { value: subsystems, errors, warnings };
}
function addTag(subsystem, letter, value, origin, warnings) {
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
function newSubsystem(name, origin) {
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
function problem(code, message, origin) {
    return sourceError(code, message, origin.file, origin.line, origin.col);
}

/**
 * MAINTAINERS sections → policy subsystems: people mapped to GitHub handles, stances given by
 * `import.stances`, the `[RUST]` naming rule, or (for a MAINTAINERS used alone) the kernel's defaults.
 * Internal to src/config, subject to change.
 */
/** How the kernel marks a section for a Rust driver or abstraction its maintainers took (three in 6.12). */
const RUST_TAG = '[RUST]';
/** The kernel's Rust tree: core when a MAINTAINERS file is used alone (docs/POLICY.md, "MAINTAINERS on its own"). */
const RUST_TREE_SECTION = 'RUST';
/** Unused `import.people` entries that get a "did you mean"; the rest are listed without one. */
const MAX_EMAIL_SUGGESTIONS = 50;
/**
 * Maps every imported person through `people` (e-mails compared without case, as MAINTAINERS spells
 * them inconsistently) and gives each section its stance. The sections are copied, never mutated.
 *
 * @example adoptSections(sections, { people: [{ email: 'ojeda@kernel.org', handle: 'ojeda', origin }], stances: [] })
 */
function adoptSections(sections, options) {
    const errors = [];
    const warnings = [];
    const handles = new Map(options.people.map((mapping) => [mapping.email.toLowerCase(), mapping]));
    const used = new Set();
    const notOnGitHub = new Set();
    const adopt = (person) => {
        const mapping = person.email === undefined ? undefined : handles.get(person.email.toLowerCase());
        if (mapping === undefined) {
            if (person.handle === null)
                notOnGitHub.add(person.display);
            return { ...person };
        }
        used.add(mapping);
        return { ...person, handle: mapping.handle };
    };
    const subsystems = sections.map((section) => {
        const subsystem = {
            ...section,
            maintainers: section.maintainers.map(adopt),
            reviewers: section.reviewers.map(adopt),
        };
        if (options.rustTree && section.name === RUST_TREE_SECTION) {
            return { ...subsystem, stance: 'core', stanceSource: 'kernel-default' };
        }
        if (section.name.includes(RUST_TAG))
            return { ...subsystem, stance: 'opt-in', stanceSource: 'rust-tag' };
        return subsystem;
    });
    const byName = new Map(subsystems.map((subsystem, index) => [subsystem.name, index]));
    for (const { section, stance, origin } of options.stances) {
        const index = byName.get(section);
        if (index === undefined) {
            const suggestion = didYouMean(section, [...byName.keys()]);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
            const message = `import.stances: ${options.path ?? 'MAINTAINERS'} has no section '${section}'${hint}`;
            errors.push(sourceError('UNKNOWN_SUBSYSTEM', message, origin.file, origin.line, origin.col));
            continue;
        }
        subsystems[index] = { ...subsystems[index], stance, stanceSource: 'import-stances' };
    }
    const emails = [
        ...new Set(sections.flatMap((s) => [...s.maintainers, ...s.reviewers]).flatMap((p) => p.email ?? [])),
    ];
    let suggestions = 0;
    for (const mapping of options.people) {
        if (used.has(mapping))
            continue;
        // A mapping nobody uses is most often a misspelt e-mail: the person it meant stays "not on GitHub".
        // A people file shared across trees may hold thousands of unused ones, so only the first few get a
        // suggestion (each is a scan of every e-mail in MAINTAINERS).
        const suggestion = suggestions++ < MAX_EMAIL_SUGGESTIONS ? didYouMean(mapping.email, emails) : undefined;
        const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
        const { file, line, col } = mapping.origin;
        warnings.push(sourceError('BAD_PERSON', `import.people: no section lists '${mapping.email}'${hint}`, file, line, col));
    }
    return { value: { subsystems, notOnGitHub: [...notOnGitHub] }, errors, warnings };
}

/** Every stance-resolution, the default first. */
const STANCE_RESOLUTIONS = ['most-specific', 'strictest'];
/** The only value `extends:` takes: the entry adds to the MAINTAINERS section of the same name. */
const EXTENDS_IMPORTED = 'imported';
/**
 * Every key maintainers.yml accepts, per mapping. validateConfig rejects anything else and the schema
 * test checks maintainers.schema.json lists exactly these, so the two cannot drift apart.
 */
const CONFIG_KEYS = {
    top: ['version', 'rust', 'default-stance', 'stance-resolution', 'labels', 'import', 'subsystems'],
    rust: ['files', 'checks', 'features-files', 'toolchain-files', 'interface-files'],
    labels: ['core', 'opt-in', 'needs-ack', 'blocked', 'unstable-feature', 'toolchain', 'bindings-affected'],
    import: ['path', 'people', 'stances'],
    subsystem: [
        'name',
        'rust',
        'maintainers',
        'reviewers',
        'files',
        'exclude',
        'names',
        'keywords',
        'labels',
        'status',
        'extends',
    ],
};
/** What an `extends: imported` entry may add to a section; its paths and people come from MAINTAINERS. */
const EXTENDS_KEYS = ['name', 'rust', 'maintainers', 'reviewers', 'labels', 'extends'];
/** The default `rust.files`: every Rust source file, anywhere. */
const DEFAULT_RUST_FILES = '**/*.rs';

/**
 * Readers for the values maintainers.yml is made of (stances, labels, people, patterns), on top of the
 * YAML-level reads of YamlReader. Internal to src/config, subject to change.
 */
/** An origin as `file:line:col`, for messages that point at a second place. */
function formatOrigin(origin) {
    return `${origin.file}:${origin.line}:${origin.col}`;
}
/**
 * A string that must be one of `allowed`; a typo gets a suggestion, anything else the list.
 *
 * @example "unknown stance 'opt-inn' (did you mean 'opt-in'?)"
 */
function readChoice(r, raw, what, allowed, code, fallback) {
    const value = r.string(raw, what, fallback);
    if (value === undefined)
        return undefined;
    if (allowed.includes(value.text))
        return value.text;
    const suggestion = didYouMean(value.text, allowed);
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; expected one of: ${allowed.join(', ')}`;
    r.error(code, `unknown ${what} '${value.text}'${hint}`, value.origin);
    return undefined;
}
/** A stance: core | opt-in | opt-out | undecided. */
function readStance(r, raw, fallback) {
    return readChoice(r, raw, 'stance', STANCES, 'UNKNOWN_STANCE', fallback);
}
/** Checks a label name against GitHub's limit, which would otherwise fail only when the label is added. */
function checkLabel(r, label) {
    if (label.text.length <= GITHUB_MAX_LABEL_LENGTH)
        return true;
    r.error('LABEL_TOO_LONG', `label '${label.text}' is ${label.text.length} characters; GitHub allows at most ${GITHUB_MAX_LABEL_LENGTH}`, label.origin);
    return false;
}
/** A subsystem's `labels:` list. */
function readLabels(r, raw, fallback) {
    return r
        .strings(raw, 'labels', fallback)
        .filter((label) => checkLabel(r, label))
        .map((label) => label.text);
}
/** A GitHub handle (login or org/team), or undefined when malformed (reported). */
function readHandle(r, raw, what, fallback) {
    const value = r.string(raw, what, fallback);
    if (value === undefined)
        return undefined;
    const problem = handleProblem(value.text);
    if (problem === undefined)
        return value.text;
    r.error('BAD_PERSON', problem, value.origin);
    return undefined;
}
/** `maintainers:` or `reviewers:`: GitHub logins and org/teams. */
function readPeople(r, raw, what, fallback) {
    const people = [];
    for (const value of r.strings(raw, what, fallback)) {
        const problem = handleProblem(value.text);
        if (problem !== undefined)
            r.error('BAD_PERSON', problem, value.origin);
        else
            people.push({ handle: value.text, display: value.text });
    }
    return people;
}
/**
 * The dialect of a maintainers.yml path pattern: `**` and `{a,b}` exist only in globs; everything else is
 * read as get_maintainer.pl reads F:, so where the two overlap the kernel's meaning wins (docs/POLICY.md, "Pattern dialects").
 *
 * @example patternDialect('rust/') // → 'kernel'
 * @example patternDialect('**\/Kconfig') // → 'glob'
 */
function patternDialect(text) {
    return text.includes('**') || text.includes('{') ? 'glob' : 'kernel';
}
/** `files:` or `exclude:` (dialect by pattern), `names:` (regex), or `rust.files` (always glob). */
function readPatterns(r, raw, what, fallback, dialect) {
    return r.strings(raw, what, fallback).map(({ text, origin }) => ({
        text,
        dialect: dialect === 'path' ? patternDialect(text) : dialect,
        origin,
    }));
}
/** `keywords:`, K: regular expressions on the PR text and diff. */
function readKeywords(r, raw, fallback) {
    return r.strings(raw, 'keywords', fallback).map(({ text, origin }) => ({ text, origin }));
}

/**
 * One Policy from its sources: a validated maintainers.yml, the MAINTAINERS file it imports, or a
 * MAINTAINERS file on its own. Pure: the caller reads the files (importPath says which).
 */
/**
 * Merges the imported MAINTAINERS sections and `subsystems:` into one list, imported sections first.
 * A name in both is an error unless the `subsystems:` entry says `extends: imported`, which adds its
 * stance, labels and GitHub people to the section.
 *
 * @example assemblePolicy(doc, { text: readFileSync('MAINTAINERS', 'utf8'), file: 'MAINTAINERS' })
 */
function assemblePolicy(doc, imported) {
    const errors = [];
    const warnings = [];
    const report = (origin, code, message) => errors.push(sourceError(code, message, origin.file, origin.line, origin.col));
    let sections = [];
    let notOnGitHub = [];
    if (doc.import && !imported) {
        report(doc.import.origin, 'FILE_NOT_FOUND', `import.path: '${doc.import.path}' was not read`);
    }
    else if (doc.import && imported) {
        const parsed = parseKernelMaintainers(imported.text, imported.file);
        const adopted = adoptSections(parsed.value, doc.import);
        errors.push(...parsed.errors, ...adopted.errors);
        warnings.push(...parsed.warnings, ...adopted.warnings);
        sections = adopted.value.subsystems;
        notOnGitHub = adopted.value.notOnGitHub;
    }
    const byName = new Map(sections.map((section, index) => [section.name, index]));
    const own = [];
    for (const entry of doc.subsystems) {
        const { name, origin } = entry.subsystem;
        const index = byName.get(name);
        if (!entry.extendsImported && index === undefined) {
            own.push(entry.subsystem);
        }
        else if (!entry.extendsImported) {
            const where = formatOrigin(sections[index].origin);
            const message = `subsystem '${name}' is also defined at ${where}; add 'extends: imported' to add to it`;
            report(origin, 'DUPLICATE_SUBSYSTEM', message);
        }
        else if (index !== undefined) {
            sections[index] = extendSection(sections[index], entry, doc, report);
        }
        else if (!doc.import) {
            report(entry.extendsImported, 'UNKNOWN_SUBSYSTEM', "'extends: imported' needs an 'import:' to extend");
        }
        else if (imported) {
            // Without the imported text every section is unknown; the missing import was reported once above.
            report(origin, 'UNKNOWN_SUBSYSTEM', unknownSection(name, doc.import.path, [...byName.keys()]));
        }
    }
    const policy = {
        version: 1,
        rustFiles: doc.rustFiles,
        rustReview: doc.rustReview,
        defaultStance: doc.defaultStance,
        stanceResolution: doc.stanceResolution,
        labels: { ...doc.labels },
        subsystems: [...sections, ...own],
        sources: doc.import ? [doc.file, doc.import.path] : [doc.file],
        notOnGitHub,
    };
    return { value: policy, errors, warnings };
}
/**
 * A MAINTAINERS file used alone (docs/POLICY.md, "MAINTAINERS on its own"): the section `RUST` is the Rust tree (core), `[RUST]` sections
 * opt in, every other section is left to `default-stance: undecided`. Nobody is mapped to GitHub.
 *
 * @example policyFromKernel(text, 'MAINTAINERS').value.subsystems.find((s) => s.name === 'RUST')?.stance // → 'core'
 */
function policyFromKernel(text, file) {
    return policyFromKernelSections(parseKernelMaintainers(text, file), file);
}
/**
 * policyFromKernel over sections already parsed: the whole file, or only the sections a change reaches
 * (maintainers/sections-reaching.ts).
 */
function policyFromKernelSections(parsed, file) {
    const adopted = adoptSections(parsed.value, { people: [], stances: [], rustTree: true });
    const policy = {
        version: 1,
        rustFiles: [{ text: DEFAULT_RUST_FILES, dialect: 'glob', origin: { file, line: 1, col: 1 } }],
        rustReview: { ...DEFAULT_RUST_REVIEW, checks: { ...DEFAULT_RUST_REVIEW.checks } },
        defaultStance: 'undecided',
        stanceResolution: 'most-specific',
        labels: { ...DEFAULT_STATUS_LABELS },
        subsystems: adopted.value.subsystems,
        sources: [file],
        notOnGitHub: adopted.value.notOnGitHub,
    };
    return {
        value: policy,
        errors: [...parsed.errors, ...adopted.errors],
        warnings: [...parsed.warnings, ...adopted.warnings],
    };
}
function unknownSection(name, file, sections) {
    const suggestion = didYouMean(name, sections);
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
    return `'${name}' extends no section: ${file} has no section '${name}'${hint}`;
}
/** An `extends: imported` entry's additions; a stance given both here and in import.stances must agree. */
function extendSection(section, entry, doc, report) {
    const { stance, labels, maintainers, reviewers, origin, name } = entry.subsystem;
    const override = doc.import?.stances.find((s) => s.section === name);
    if (stance && override && override.stance !== stance) {
        // Two stances for one section is a definition given twice, whichever was meant: name both places.
        report(origin, 'DUPLICATE_SUBSYSTEM', `'${name}' is given stance '${stance}' here but '${override.stance}' at ${formatOrigin(override.origin)}`);
    }
    return {
        ...section,
        ...(stance && { stance, stanceSource: 'policy' }),
        maintainers: addPeople(section.maintainers, maintainers),
        reviewers: addPeople(section.reviewers, reviewers),
        labels: [...new Set([...section.labels, ...labels])],
    };
}
function addPeople(people, added) {
    const handles = new Set(people.map((person) => person.handle));
    return [...people, ...added.filter((person) => !handles.has(person.handle))];
}

/**
 * The longest literal that every match of an RE2 pattern must contain, found by a small recursive-descent
 * walk of the pattern. Callers check `text.includes(literal)` (a native substring search) before running the
 * regex, which for K: over a large diff and N: over a large tree skips nearly every regex run.
 *
 * Soundness over reach: anything the walk does not fully understand counts as "no literal here", so a missing
 * literal only costs speed, never a match. Case-insensitive literals are ASCII only and compared after
 * `foldCase`, which maps every character RE2 folds onto an ASCII letter (including `ſ` → `s` and the Kelvin
 * sign → `k`) to that letter.
 */
/**
 * Lowercases text for a case-insensitive literal check, the same way the literal itself was lowercased.
 *
 * @example foldCase('Ruſt') // → 'rust'
 */
function foldCase(text) {
    const lower = text.toLowerCase();
    return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}
const EMPTY = { kind: 'empty' };
const OPAQUE = { kind: 'opaque', best: null };
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B', 'A', 'z']);
const REPEAT = /^\{(\d+)(?:,(\d*))?\}/;
/** Any UTF-16 unit outside ASCII (surrogate halves included). */
const NON_ASCII$1 = /[\u0080-\uffff]/;
/**
 * The required literal of an RE2 pattern, or null when none is cheap to prove.
 *
 * @example requiredLiteral('\\b(?i:rust)\\b') // → { text: 'rust', caseInsensitive: true }
 * @example requiredLiteral('[^a-z]tegra') // → { text: 'tegra', caseInsensitive: false }
 * @example requiredLiteral('foo|bar') // → null
 */
function requiredLiteral(source) {
    const walker = new Walker(source);
    const piece = walker.alternation(false);
    if (walker.failed || walker.at < source.length)
        return null;
    const found = piece.kind === 'literal' ? finish(piece.text, piece.ci) : piece.kind === 'opaque' ? piece.best : null;
    return found !== null && found.text.length > 0 ? found : null;
}
class Walker {
    source;
    at = 0;
    failed = false;
    constructor(source) {
        this.source = source;
    }
    /** branch ('|' branch)*; a real alternation guarantees no literal (common substrings are not worth it). */
    alternation(ci) {
        const first = this.sequence(ci);
        if (this.source[this.at] !== '|')
            return first;
        while (this.source[this.at] === '|') {
            this.at++;
            this.sequence(ci);
        }
        return OPAQUE;
    }
    /** Concatenation: adjacent literals (and zero-width assertions between them) form one contiguous run. */
    sequence(startCi) {
        let ci = startCi;
        let run = { text: '', ci: false };
        let exact = true;
        let best = null;
        const flush = () => {
            if (run.text.length > 0)
                best = longer(best, finish(run.text, run.ci));
            run = { text: '', ci: false };
        };
        while (!this.failed && this.at < this.source.length) {
            const c = this.source[this.at];
            if (c === '|' || c === ')')
                break;
            const flags = this.inlineFlags(ci);
            if (flags !== undefined) {
                ci = flags;
                continue;
            }
            const piece = this.quantified(this.atom(ci));
            if (piece.kind === 'empty')
                continue;
            if (piece.kind === 'opaque') {
                exact = false;
                flush();
                best = longer(best, piece.best);
                continue;
            }
            const mixesCase = (run.ci || piece.ci) && (NON_ASCII$1.test(run.text) || NON_ASCII$1.test(piece.text));
            if (mixesCase) {
                exact = false;
                flush();
            }
            run.text += piece.text;
            run.ci ||= piece.ci;
        }
        if (exact && run.text.length > 0)
            return { kind: 'literal', text: run.text, ci: run.ci };
        flush();
        return best === null && exact ? EMPTY : { kind: 'opaque', best };
    }
    /** `(?i)`, `(?-i)`, `(?s)`: flags for the rest of the group. The new case-insensitivity, or undefined if none. */
    inlineFlags(ci) {
        if (!this.source.startsWith('(?', this.at))
            return undefined;
        const match = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(this.source.slice(this.at, this.at + 16));
        if (match === null)
            return undefined;
        this.at += match[0].length;
        if (match[2]?.includes('i'))
            return false;
        return match[1].includes('i') ? true : ci;
    }
    atom(ci) {
        const c = this.source[this.at];
        if (c === '(')
            return this.group(ci);
        if (c === '[') {
            this.skipClass();
            return OPAQUE;
        }
        this.at++;
        if (c === '^' || c === '$')
            return EMPTY;
        if (c === '.')
            return OPAQUE;
        if (c === '\\')
            return this.escape(ci);
        if (c === '*' || c === '+' || c === '?') {
            this.failed = true; // a quantifier with nothing to repeat: RE2 would have refused it
            return OPAQUE;
        }
        return literal(c, ci);
    }
    group(outerCi) {
        const head = /^\((?:\?(?:P?<[^>]*>|([a-zA-Z]*)(?:-([a-zA-Z]*))?:))?/.exec(this.source.slice(this.at, this.at + 64));
        if (head === null) {
            this.failed = true;
            return OPAQUE;
        }
        this.at += head[0].length;
        let ci = outerCi;
        if (head[1]?.includes('i'))
            ci = true;
        if (head[2]?.includes('i'))
            ci = false;
        const inner = this.alternation(ci);
        if (this.source[this.at] !== ')') {
            this.failed = true;
            return OPAQUE;
        }
        this.at++;
        return inner;
    }
    escape(ci) {
        const next = this.source[this.at];
        if (next === undefined) {
            this.failed = true;
            return OPAQUE;
        }
        this.at++;
        if (ZERO_WIDTH_ESCAPES.has(next))
            return EMPTY;
        if ((next === 'p' || next === 'P' || next === 'x') && this.source[this.at] === '{') {
            const close = this.source.indexOf('}', this.at);
            this.at = close < 0 ? this.source.length : close + 1;
            return OPAQUE;
        }
        if (/[A-Za-z0-9]/.test(next))
            return OPAQUE; // classes, control and numeric escapes: not worth decoding
        return literal(next, ci);
    }
    quantified(piece) {
        const c = this.source[this.at];
        let min;
        if (c === '*' || c === '?')
            min = 0;
        else if (c === '+')
            min = 1;
        else if (c === '{' && REPEAT.test(this.source.slice(this.at, this.at + 24))) {
            const repeat = REPEAT.exec(this.source.slice(this.at, this.at + 24));
            min = Number(repeat[1]);
            this.at += repeat[0].length - 1;
        }
        else
            return piece;
        this.at++;
        if (this.source[this.at] === '?')
            this.at++; // lazy: same set of matches
        if (min === 0 || piece.kind === 'empty')
            return min === 0 ? OPAQUE : piece;
        return piece.kind === 'literal' ? { kind: 'opaque', best: finish(piece.text, piece.ci) } : piece;
    }
    skipClass() {
        let i = this.at + 1;
        if (this.source[i] === '^')
            i++;
        if (this.source[i] === ']')
            i++;
        while (i < this.source.length && this.source[i] !== ']') {
            if (this.source[i] === '\\')
                i += 2;
            else if (this.source.startsWith('[:', i)) {
                const close = this.source.indexOf(':]', i + 2);
                i = close < 0 ? i + 1 : close + 2;
            }
            else
                i++;
        }
        if (i >= this.source.length)
            this.failed = true;
        this.at = i + 1;
    }
}
/** One literal character; a non-ASCII one under `(?i)` is opaque (its case folding is not worth modelling). */
function literal(c, ci) {
    if (ci && NON_ASCII$1.test(c))
        return OPAQUE;
    return { kind: 'literal', text: c, ci };
}
function finish(text, ci) {
    return { text: ci ? foldCase(text) : text, caseInsensitive: ci };
}
function longer(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return b.text.length > a.text.length ? b : a;
}

/**
 * Perl regular-expression text (as MAINTAINERS N:/K: lines and maintainers.yml `names:`/`keywords:` write it)
 * → RE2 syntax, for re2js.
 *
 * RE2 already reads most Perl syntax the same way (`(?i:…)`, `(?i)`, `\b`, `(?:…)`, `\+`, classes, POSIX
 * classes, `(?<name>…)`). What it lacks, this pass either rewrites with the same meaning or refuses with a
 * reason: RE2 guarantees linear time by having no backtracking, so backreferences and lookaround cannot exist
 * there at all, and saying so beats re2js's "invalid escape sequence: `\1`".
 */
/** Characters Perl's `/x` ignores outside classes (Pattern_White_Space). */
const PERL_X_WHITESPACE = /[ \t\n\r\f\v\u0085\u200e\u200f\u2028\u2029]/;
/** Perl vertical whitespace (`\v`); RE2's `\v` is the single VT character instead. */
const VERTICAL = '\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}';
/** Perl horizontal whitespace (`\h`), which RE2 does not know. */
const HORIZONTAL = '\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}';
/**
 * Perl escapes that RE2 lacks or reads differently, rewritten to the same meaning. `\Z` and `$` below
 * consume the final newline rather than stopping before it: the same answer for a yes/no search.
 */
const ESCAPE_REWRITES = {
    Z: '(?:\\n?\\z)',
    h: `[${HORIZONTAL}]`,
    H: `[^${HORIZONTAL}]`,
    v: `[${VERTICAL}]`,
    V: `[^${VERTICAL}]`,
    R: `(?:\\r\\n|[${VERTICAL}])`,
    e: '\\x1B',
};
const REFUSED_ESCAPES = {
    g: 'backreferences (\\g…) are not supported: patterns run on a linear-time engine (RE2)',
    k: 'named backreferences (\\k…) are not supported: patterns run on a linear-time engine (RE2)',
    K: '\\K (keep) is not supported by the linear-time engine (RE2)',
    G: '\\G is not supported by the linear-time engine (RE2)',
    Q: '\\Q…\\E is not supported: Perl itself ignores it in a pattern read from a file, as get_maintainer.pl reads them',
    E: '\\E is not supported: Perl itself ignores it in a pattern read from a file, as get_maintainer.pl reads them',
};
const REFUSED_GROUPS = [
    ['(?=', 'lookahead (?=…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?!', 'negative lookahead (?!…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?<=', 'lookbehind (?<=…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?<!', 'negative lookbehind (?<!…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?>', 'atomic groups (?>…) are not supported: patterns run on a linear-time engine (RE2)'],
];
/**
 * Rewrites a Perl pattern for RE2. With `extended` (Perl's `/x`, as get_maintainer.pl applies N: and K:),
 * unescaped whitespace outside classes is dropped and `#` starts a comment to the end of the line.
 *
 * @example translatePerl('[^a-z] tegra # not integrator', true) // → { source: '[^a-z]tegra', problem: null }
 * @example translatePerl('(a)\\1', false).problem // → { offset: 3, message: 'backreferences (\\1) are not supported: …' }
 */
function translatePerl(text, extended) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '[') {
            const end = classEnd(text, i);
            out.push(text.slice(i, end));
            i = end;
        }
        else if (c === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                return refuse(i, 'trailing backslash');
            if (next >= '1' && next <= '9') {
                return refuse(i, `backreferences (\\${next}) are not supported: patterns run on a linear-time engine (RE2)`);
            }
            const refused = REFUSED_ESCAPES[next];
            if (refused !== undefined)
                return refuse(i, refused);
            // `\N{…}` is a named character (left to RE2 to refuse); bare `\N` is "not a newline".
            if (next === 'N' && text[i + 2] !== '{')
                out.push('[^\\n]');
            else
                out.push(ESCAPE_REWRITES[next] ?? `\\${next}`);
            i += 2;
        }
        else if (c === '(' && text.startsWith('(?#', i)) {
            const close = text.indexOf(')', i);
            if (close < 0)
                return refuse(i, 'unterminated (?#…) comment');
            i = close + 1;
        }
        else if (c === '(' && text[i + 1] === '?') {
            const refused = REFUSED_GROUPS.find(([opener]) => text.startsWith(opener, i));
            if (refused !== undefined)
                return refuse(i, refused[1]);
            out.push(c);
            i++;
        }
        else if (c === '$') {
            out.push('(?:\\n?$)');
            i++;
        }
        else if (extended && PERL_X_WHITESPACE.test(c)) {
            i++;
        }
        else if (extended && c === '#') {
            const newline = text.indexOf('\n', i);
            i = newline < 0 ? text.length : newline;
        }
        else {
            out.push(c);
            i++;
        }
    }
    return { source: out.join(''), problem: null };
}
/**
 * The offset just past the class opened at `start`, copied verbatim: whitespace is significant inside a class
 * even under `/x`, a `]` first in the class is literal in Perl and RE2 alike, and `[:alpha:]` nests brackets.
 * An unclosed class runs to the end of the text, where RE2 reports it.
 */
function classEnd(text, start) {
    let i = start + 1;
    if (text[i] === '^')
        i++;
    if (text[i] === ']')
        i++;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === '[' && text[i + 1] === ':') {
            const close = text.indexOf(':]', i + 2);
            i = close < 0 ? i + 1 : close + 2;
        }
        else if (c === ']')
            return i + 1;
        else
            i++;
    }
    return text.length;
}
function refuse(offset, message) {
    return { source: '', problem: { offset, message } };
}

/**
 * The sections of a kernel MAINTAINERS file that routing a handful of paths can reach, found without parsing
 * the file: a one-file `route` (what `git send-email --cc-cmd` runs for each patch) then parses a dozen
 * sections instead of 2,900, which is most of the difference between starting in 70 ms and in 300 ms
 * (docs/PERFORMANCE.md).
 *
 * A section is kept when one of its lines could match: an F:/X: pattern whose literal head (the text before
 * its first character with regex meaning; get_maintainer.pl's `.` is literal) is a prefix of a path, an N:
 * pattern whose required literal occurs in a path (or that has none), and, when keywords are searched, every
 * section with a K: line. This over-approximates and never misses: a section left out cannot match any of
 * the paths, so parsing only the kept ones routes them exactly as parsing everything. What it does not do is
 * check the sections left out; `validate` reads the whole file.
 *
 * It reads the file as bytes, one character per byte (MaintainersBytes), and decodes as UTF-8 only the
 * sections it keeps: decoding all of 6.12's 780 KB as UTF-8 (whose names are not all ASCII, so V8 stores
 * it two bytes a character) cost more than the search itself, 10–13 ms against 4–6 ms for the latin1 copy
 * on the machine of docs/PERFORMANCE.md. (Reading it in 32 KB pieces instead, to hold no copy whole, saved
 * nothing there and made the search slower: a piece cannot look back for its section's name.) The tags, patterns and paths it compares are ASCII in any MAINTAINERS there is; a line
 * that is not is decoded before it is judged, so the answer is the one the decoded text would give.
 */
/**
 * The file read into `buffer`, as MaintainersBytes.
 *
 * @example maintainersBytes(Buffer.from('RUST — Rust\n')).latin1.length // → 14 (the dash is 3 bytes)
 */
function maintainersBytes(buffer) {
    return { latin1: buffer.toString('latin1'), utf8: (start, end) => buffer.toString('utf8', start, end) };
}
/** A tag line: `X:` at the start of a line (get_maintainer.pl's `^([A-Z]):`). */
const TAG = /^[A-Z]:/;
/** Lines get_maintainer.pl drops: blank, or `#` comments. */
const IGNORED = /^\s*(?:#|$)/;
/** Characters after which an F:/X: pattern is no longer a literal string (get_maintainer.pl's regex). */
const PATTERN_MAGIC = '*?[](){}|+^$\\';
/**
 * The slices of the sections that can reach `paths` (or, with `keywords`, that have K: lines), in file order,
 * each once. Returns null when the file does not start with a section name (a tag line before any name is an
 * error only the full parser words).
 *
 * @example sectionsReaching(maintainersBytes(readFileSync('MAINTAINERS')), ['drivers/net/phy/ax88796b_rust.rs'], { keywords: false }).length // → 18 on 6.12
 */
function sectionsReaching(file, paths, options) {
    const text = file.latin1;
    const line = (start, end) => lineText(file, start, end);
    if (!startsWithName(text, line))
        return null;
    const reachingLines = [];
    // F:/X: (8,000 lines in 6.12): one regex over the whole text finds those whose literal head is a prefix of a
    // path, in native code, instead of a loop over every line.
    const filePatterns = new RegExp(`^[FX]:[ \\t]*${prefixesOf(paths.map(asBytes))}(?=[${escapeClass(PATTERN_MAGIC)}]|[ \\t]*\\r?$)`, 'gm');
    for (let match = filePatterns.exec(text); match !== null; match = filePatterns.exec(text))
        reachingLines.push(match.index);
    const foldedPaths = paths.map(foldCase);
    for (let at = findTag(text, 'N', 0); at >= 0; at = findTag(text, 'N', at + 2)) {
        if (nameReaches(line(at + 2, lineEnd(text, at)).trim(), paths, foldedPaths))
            reachingLines.push(at);
    }
    if (options.keywords)
        for (let at = findTag(text, 'K', 0); at >= 0; at = findTag(text, 'K', at + 2))
            reachingLines.push(at);
    /** Reaching tag lines (offsets), by the offset of their section's name line. */
    const sections = new Map();
    for (const at of reachingLines) {
        const start = sectionStart(text, at, line);
        if (start < 0)
            continue;
        const lines = sections.get(start);
        if (lines === undefined)
            sections.set(start, [at]);
        else
            lines.push(at);
    }
    const offsets = [...sections.keys()].sort((a, b) => a - b);
    // Line numbers are counted once, walking forward from one offset of interest to the next.
    const lineAt = new Map();
    let lineNumber = 1;
    let counted = 0;
    for (const offset of [...offsets, ...reachingLines].sort((a, b) => a - b)) {
        for (let i = text.indexOf('\n', counted); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
            lineNumber++;
        counted = offset;
        lineAt.set(offset, lineNumber);
    }
    return offsets.map((start) => ({
        start,
        end: sectionEnd(text, start, line),
        line: lineAt.get(start),
        reaching: new Set(sections.get(start).map((at) => lineAt.get(at))),
    }));
}
/**
 * The line between two byte offsets as the parser reads it: the bytes themselves when they are ASCII, else
 * decoded (a name line of only non-ASCII blanks is blank to the parser; an N: regex may spell a non-ASCII name).
 */
function lineText(file, start, end) {
    const bytes = file.latin1.slice(start, end);
    return NON_ASCII.test(bytes) ? file.utf8(start, end) : bytes;
}
const NON_ASCII = /[\u0080-\uffff]/;
/** A path as the bytes MAINTAINERS would spell it in (UTF-8), one character per byte. */
function asBytes(path) {
    return NON_ASCII.test(path) ? String.fromCharCode(...new TextEncoder().encode(path)) : path;
}
/**
 * A regex matching exactly the prefixes of the paths (the empty one included), from their trie:
 * `['ab', 'ac']` → `(?:a(?:b|c)?)?`.
 */
function prefixesOf(paths) {
    const root = new Map();
    for (const path of paths) {
        let node = root;
        for (const char of path) {
            let next = node.get(char);
            if (next === undefined) {
                next = new Map();
                node.set(char, next);
            }
            node = next;
        }
    }
    // Each level is optional: a pattern's literal head may stop anywhere along a path.
    const emit = (node) => node.size === 0 ? '' : `(?:${[...node].map(([char, next]) => `${escapeRegex$1(char)}${emit(next)}`).join('|')})?`;
    return emit(root);
}
function escapeRegex$1(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
function escapeClass(text) {
    return text.replace(/[\\\]^-]/g, '\\$&');
}
/** The next `TAG:` at the start of a line, from `from` on. */
function findTag(text, tag, from) {
    if (from === 0 && text.startsWith(`${tag}:`))
        return 0;
    const at = text.indexOf(`\n${tag}:`, Math.max(0, from - 1));
    return at < 0 ? -1 : at + 1;
}
/**
 * Whether an N: regex (searched anywhere in a path, with Perl's /x) can match one of the paths: it cannot when
 * a literal every match contains is in none of them. Most N: lines are plain names (`imx`, `sifive`) or names
 * with a class or a `*` (`bcm113*`, `[^a-z]tegra`), whose literal is read here directly; the rest go through
 * the translation to RE2 and its required-literal analysis.
 */
function nameReaches(pattern, paths, foldedPaths) {
    const simple = simpleLiteral(pattern);
    if (simple !== undefined)
        return simple === '' || paths.some((path) => path.includes(simple));
    const translated = translatePerl(pattern, true);
    if (translated.problem !== null)
        return true; // let the full compile word the error
    const literal = requiredLiteral(translated.source);
    if (literal === null)
        return true;
    return literal.caseInsensitive
        ? foldedPaths.some((path) => path.includes(literal.text))
        : paths.some((path) => path.includes(literal.text));
}
/**
 * The longest run of plain characters an N: pattern requires, for patterns made only of plain characters,
 * `.`, `^`, `$`, bracket classes and the quantifiers `*`, `+`, `?` (a quantified character leaves the run);
 * '' when such a pattern has no run; undefined for anything else (alternation, groups, escapes, `{`, blanks or
 * `#`, which /x would read differently).
 *
 * @example simpleLiteral('bcm113*') // → 'bcm11'
 * @example simpleLiteral('[^a-z]tegra') // → 'tegra'
 * @example simpleLiteral('(?i)rust') // → undefined
 */
function simpleLiteral(pattern) {
    if (/[|()\\{}\s#]/.test(pattern))
        return undefined;
    let best = '';
    let run = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '[') {
            // A class: `]` right after `[` or `[^` is a member, not the end.
            let close = i + 1;
            if (pattern[close] === '^')
                close++;
            if (pattern[close] === ']')
                close++;
            close = pattern.indexOf(']', close);
            if (close < 0)
                return undefined;
            i = close;
            best = run.length > best.length ? run : best;
            run = '';
            continue;
        }
        if (char === '*' || char === '+' || char === '?') {
            // The character before is optional or repeated: it leaves the run.
            if (char !== '+')
                run = run.slice(0, -1);
            best = run.length > best.length ? run : best;
            run = '';
            continue;
        }
        if (char === '.' || char === '^' || char === '$') {
            best = run.length > best.length ? run : best;
            run = '';
            continue;
        }
        run += char;
    }
    return run.length > best.length ? run : best;
}
/** Whether the first line get_maintainer.pl keeps is a section name (not a tag). */
function startsWithName(text, lineAt) {
    for (let start = 0; start < text.length;) {
        const end = lineEnd(text, start);
        const line = lineAt(start, end);
        if (TAG.test(line))
            return false;
        if (!IGNORED.test(line))
            return true;
        start = end + 1;
    }
    return true;
}
/** The start of the name line of the section holding the tag line at `at`, or -1 when none precedes it. */
function sectionStart(text, at, lineAt) {
    let lineStart = at;
    while (lineStart > 0) {
        const previousEnd = lineStart - 1; // the '\n' that ends the line before
        const previousStart = previousEnd === 0 ? 0 : text.lastIndexOf('\n', previousEnd - 1) + 1;
        const line = lineAt(previousStart, previousEnd);
        lineStart = previousStart;
        if (!TAG.test(line) && !IGNORED.test(line))
            return previousStart;
    }
    return -1;
}
/** Where the section starting at `start` ends: at the next name line (the next kept line that is no tag). */
function sectionEnd(text, start, lineAt) {
    let at = lineEnd(text, start) + 1;
    while (at < text.length) {
        const end = lineEnd(text, at);
        const line = lineAt(at, end);
        if (!TAG.test(line) && !IGNORED.test(line))
            return at;
        at = end + 1;
    }
    return text.length;
}
function lineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end < 0 ? text.length : end;
}
/**
 * Parses the given slices as parseKernelMaintainers parses the whole file — the same sections, with the same
 * `file:line:col` origins — keeping of their F:/X:/N:/K: lines only those that can reach the paths: the others
 * cannot match them, and each pattern left out is one fewer to compile.
 */
function parseKernelSlices(bytes, file, slices) {
    const parsed = { value: [], errors: [], warnings: [] };
    for (const slice of slices) {
        const part = parseKernelMaintainers(bytes.utf8(slice.start, slice.end), file, { firstLine: slice.line });
        const reaches = (pattern) => slice.reaching.has(pattern.origin.line);
        for (const section of part.value) {
            section.files = section.files.filter(reaches);
            section.exclude = section.exclude.filter(reaches);
            section.names = section.names.filter(reaches);
            section.keywords = section.keywords.filter(reaches);
            parsed.value.push(section);
        }
        parsed.errors.push(...part.errors);
        parsed.warnings.push(...part.warnings);
    }
    return parsed;
}

/**
 * One F:/X: pattern as scripts/get_maintainer.pl (v0.26) reads it, and how the index can look it up.
 *
 * get_maintainer.pl rewrites the text into a regex (`.` → `\.`, `*` → `.*`, `?` → `.`), appends `/` when
 * `-d` says the result names a directory, and then matches `m@^$pattern@`, with the same `/` count required
 * unless the pattern ends in `/`. Everything else in the text keeps its regex meaning: `[ch]` is a class, and
 * so would be `+`, `(a|b)` or `^`. We keep the source text and derive the regex from it (never rewriting in
 * place), then classify the pattern so the index can find it from a path's own directories.
 */
/** Characters that keep a regex meaning get_maintainer.pl does not neutralise and that can move a match. */
const REGEX_SYNTAX = /[(){}|+^$\\]/;
/** The wildcards get_maintainer.pl creates (`*`, `?`) and the classes it leaves alone. */
const WILDCARD = /[*?[\]]/;
/** What get_maintainer.pl rewrites before its `-d` test; a pattern containing one never names a directory. */
const REWRITTEN = /[.*?]/;
/**
 * Whether get_maintainer.pl would ask the tree about this pattern: its `-d` runs on the rewritten text, so
 * only a pattern without `.`, `*`, `?` (and without a trailing `/`) can be found to be a directory.
 *
 * @example mayNameDirectory('drivers/net/ethernet/3com') // → true
 * @example mayNameDirectory('arch/x86/boot/compressed/vmlinux.lds.S') // → false
 */
function mayNameDirectory(text) {
    return text !== '' && !text.endsWith('/') && !REWRITTEN.test(text);
}
/**
 * The rewrite of get_maintainer.pl's read loop, without the directory slash.
 *
 * @example kernelRegex('drivers/net/phy/bcm*.[ch]') // → 'drivers/net/phy/bcm.*\\.[ch]'
 */
function kernelRegex(text) {
    return text.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
}
/**
 * get_maintainer.pl's specificity ("value_pd") of a rewritten pattern.
 *
 * @example kernelSpecificity('include/drm/drm') // → 2
 * @example kernelSpecificity('rust/') // → 1
 * @example kernelSpecificity('.*\/') // → -1
 */
function kernelSpecificity(regex) {
    if (regex.startsWith('.*'))
        return -1;
    return countSlashes(regex) + (regex.endsWith('/') ? 0 : 1);
}
/**
 * Reads one pattern. `isDirectory` is asked only when get_maintainer.pl would run `-d` (see mayNameDirectory).
 *
 * @example readKernelPattern('include/drm/drm', () => false)
 *   // → { regex: 'include/drm/drm', directory: false, slashes: 2, specificity: 3, shape: 'literal', head: 'include/drm/drm' }
 * @example readKernelPattern('drivers/*\/net/', () => false).shape // → 'wildcard' (head 'drivers/')
 */
function readKernelPattern(text, isDirectory) {
    let regex = kernelRegex(text);
    if (mayNameDirectory(text) && isDirectory(text))
        regex += '/';
    const directory = regex.endsWith('/');
    const slashes = countSlashes(regex);
    const specificity = kernelSpecificity(regex);
    let shape;
    let head;
    const wildcard = text.search(WILDCARD);
    if (REGEX_SYNTAX.test(text)) {
        shape = 'residual';
        head = '';
    }
    else if (wildcard < 0) {
        shape = 'literal';
        head = directory && !text.endsWith('/') ? `${text}/` : text;
    }
    else {
        head = text.slice(0, text.lastIndexOf('/', wildcard - 1) + 1);
        shape = head === '' ? 'residual' : 'wildcard';
    }
    return { regex, directory, slashes, specificity, shape, head };
}
/** `tr@/@@`. */
function countSlashes(text) {
    let count = 0;
    for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1))
        count++;
    return count;
}

/**
 * A pattern names a directory when some path lies below it: on a whole tree's file list this is exactly `-d`
 * (git tracks no empty directories), and on a PR's changed paths it is right for every path routed.
 *
 * @example directoriesOf(['rust/kernel/str.rs'])('rust/kernel') // → true
 * @example directoriesOf(['rust/kernel/str.rs'])('rust/kernel/str.rs') // → false
 */
function directoriesOf(paths) {
    const directories = new Set();
    for (const path of paths) {
        // Walk up from the deepest directory; stop at one already seen, since its ancestors were added with it.
        for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
            const dir = path.slice(0, i);
            if (directories.has(dir))
                break;
            directories.add(dir);
            if (i === 0)
                break;
        }
    }
    return (pattern) => directories.has(pattern);
}

/**
 * Many regexes over one text, each behind its required literal: instead of one substring search per regex,
 * file each regex under the first three characters of its literal and read the text's three-character windows
 * once (a poor man's Aho-Corasick). For the kernel's ~100 N: patterns this turns ~100 searches per path into
 * one pass over it. Used for N: over paths and for K: over diff lines.
 */
const GRAM = 3;
const ASCII_LIMIT = 128;
/**
 * Returns a function that lists the items whose literal may occur in a text: every item whose literal's first
 * three characters (case-folded) occur in the case-folded text, plus every item that has no usable literal
 * (none, shorter than three characters, or not ASCII there). Items come back in their original order, each
 * once; the caller still checks the literal and runs the regex. The returned array must not be modified.
 *
 * @example
 *   const candidates = literalGrams([{ literal: { text: 'tegra', caseInsensitive: false }, value: 1 }]);
 *   candidates('arch/arm/mach-tegra/x.c') // → [1]
 *   candidates('drivers/integrator/x.c') // → [1]   (shares "teg": the caller's check rejects it)
 *   candidates('drivers/net/x.c') // → []
 */
function literalGrams(items) {
    // Case-sensitive literals are looked up in the text as it is; only case-insensitive ones need it folded.
    const exact = new Map();
    const folded = new Map();
    const always = [];
    items.forEach((item, index) => {
        const literal = item.literal;
        const key = literal === null ? null : gramKey(literal.text, 0);
        if (literal === null || key === null)
            always.push(index);
        else
            addTo(literal.caseInsensitive ? folded : exact, key, index);
    });
    const alwaysValues = always.map((index) => items[index].value);
    if (exact.size === 0 && folded.size === 0)
        return () => alwaysValues;
    // Most texts (paths of a tree, lines of a diff) contain none of the literals: one native regex over the text
    // answers that before any window is read. It only decides whether to look; the windows decide what is found.
    const exactLiterals = items.flatMap((item) => item.literal && !item.literal.caseInsensitive ? [item.literal.text] : []);
    const anyExact = folded.size === 0 ? new RegExp(exactLiterals.map(escapeRegex).join('|')) : null;
    return (text) => {
        if (anyExact !== null && !anyExact.test(text))
            return alwaysValues;
        // Hits are few (most texts contain no literal at all), so a plain array beats a Set here.
        let hits = null;
        const collect = (grams, scanned) => {
            for (let i = 0; i + GRAM <= scanned.length; i++) {
                const key = gramKey(scanned, i);
                const list = key === null ? undefined : grams.get(key);
                if (list === undefined)
                    continue;
                hits ??= [];
                for (const index of list)
                    if (!hits.includes(index))
                        hits.push(index);
            }
        };
        if (exact.size > 0)
            collect(exact, text);
        if (folded.size > 0)
            collect(folded, foldCase(text));
        if (hits === null)
            return alwaysValues;
        return [...always, ...hits].sort((x, y) => x - y).map((index) => items[index].value);
    };
}
function addTo(grams, key, index) {
    const list = grams.get(key);
    if (list === undefined)
        grams.set(key, [index]);
    else
        list.push(index);
}
/** Three ASCII characters as one number (no substring allocated); null when shorter or not ASCII. */
function gramKey(text, at) {
    if (at + GRAM > text.length)
        return null;
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    const c = text.charCodeAt(at + 2);
    if (a >= ASCII_LIMIT || b >= ASCII_LIMIT || c >= ASCII_LIMIT)
        return null;
    return (a << 14) | (b << 7) | c;
}
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** RE2 source made of characters that only ever match themselves (outside a class, as here). */
const PLAIN_LITERAL = /^[A-Za-z0-9_/,:@=%&~!<>'"-]+$/;
/**
 * Compiles a Perl pattern. A pattern RE2 cannot run (backreferences, lookaround) or that does not parse is a
 * BAD_REGEX error naming the pattern and why, at its origin (the column of the offending construct when known).
 *
 * @example compilePerlRegex('\\b(?i:rust)\\b', origin).value?.test('Rust for Linux') // → true
 * @example compilePerlRegex('[^a-z] tegra', origin, { extended: true }).value?.test('drivers/integrator') // → false
 * @example compilePerlRegex('(a)\\1', origin).errors[0].message
 *   // → 'bad regular expression "(a)\1": backreferences (\1) are not supported: patterns run on a linear-time engine (RE2)'
 */
function compilePerlRegex(text, origin, options = {}) {
    const built = buildPerlRegex(text, options);
    if ('regex' in built)
        return { value: built.regex, errors: [] };
    const message = `bad regular expression "${text}": ${built.why}`;
    const error = sourceError('BAD_REGEX', message, origin.file, origin.line, origin.col + built.offset);
    return { value: null, errors: [error] };
}
/**
 * compilePerlRegex without the error formatting, for callers that word the error themselves (an F: pattern is a
 * regex to get_maintainer.pl, but a bad one is a bad path pattern to the user). `offset` is into `text`.
 *
 * @example buildPerlRegex('a[b') // → { offset: 0, why: 'error parsing regexp: missing closing ]: `[b`' }
 */
function buildPerlRegex(text, options = {}) {
    const translation = translatePerl(text, options.extended ?? false);
    if (translation.problem !== null)
        return { offset: translation.problem.offset, why: translation.problem.message };
    if (PLAIN_LITERAL.test(translation.source)) {
        // Most N: lines are plain names (`imx`, `sifive`, `cros_ec`): a substring test answers exactly what the
        // regex would, without loading or compiling the engine.
        const literal = translation.source;
        return {
            regex: {
                text,
                requiredLiteral: { text: literal, caseInsensitive: false },
                test: (input) => input.includes(literal),
            },
        };
    }
    let compiled;
    try {
        compiled = lazyRequire('re2js').RE2JS.compile(translation.source);
    }
    catch (error) {
        if (!(error instanceof lazyRequire('re2js').RE2JSException))
            throw error;
        return { offset: 0, why: error.message };
    }
    const regex = {
        text,
        requiredLiteral: requiredLiteral(translation.source),
        test: (input) => compiled.test(input),
    };
    return { regex };
}

/**
 * The UTF-8 size of a string without encoding it: the keyword budget is stated in bytes (what a diff weighs
 * on the wire), and encoding megabytes only to measure them would cost as much as scanning them.
 *
 * @example utf8Length('Rust') // → 4
 * @example utf8Length('Miguel Ojeda — ü') // → 19
 * @example utf8Length('🦀') // → 4
 */
function utf8Length(text) {
    let bytes = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            continue;
        if (code < 0x800) {
            bytes += 1;
            continue;
        }
        bytes += 2;
        // A surrogate pair is two UTF-16 units and four UTF-8 bytes: count it once, skip its second half.
        const next = text.charCodeAt(i + 1);
        if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
            i++;
    }
    return bytes;
}

/**
 * Lines longer than this (UTF-16 units) are scanned up to it only. Keywords are identifiers and names; a line
 * this long is generated or minified content, where a keyword hit says nothing about the change.
 */
const MAX_KEYWORD_LINE_LENGTH = 4096;
/** How much of the matched line a hit keeps: enough to recognise it, not a whole minified file. */
const MAX_MATCHED_LINE_SHOWN = 120;
/**
 * Compiles every K: once per run. A keyword that cannot run (bad syntax, backreferences, lookaround) is a
 * BAD_REGEX error at its origin; the others still work.
 *
 * @example
 *   const { value } = compileKeywordIndex(subsystems); // RUST has K: \b(?i:rust)\b
 *   value.scan(['Add Rust bindings for block devices'], 1 << 20).hits.map((h) => subsystems[h.subsystem].name) // → ['RUST']
 */
function compileKeywordIndex(subsystems) {
    const errors = [];
    const keywords = [];
    subsystems.forEach((subsystem, index) => {
        for (const keyword of subsystem.keywords) {
            const compiled = compilePerlRegex(keyword.text, keyword.origin, { extended: true });
            errors.push(...compiled.errors);
            if (compiled.value !== null) {
                keywords.push({ order: keywords.length, hit: { subsystem: index, keyword }, regex: compiled.value });
            }
        }
    });
    const candidatesIn = literalGrams(keywords.map((k) => ({ literal: k.regex.requiredLiteral, value: k })));
    const scan = (texts, budgetBytes) => {
        const found = new Array(keywords.length).fill(undefined);
        let foundCount = 0;
        let scannedBytes = 0;
        let capped = false;
        const totalBytes = texts.reduce((sum, text) => sum + utf8Length(text), 0);
        search: for (const text of texts) {
            for (let start = 0; start <= text.length;) {
                if (foundCount === keywords.length)
                    break search;
                const newline = text.indexOf('\n', start);
                const end = newline < 0 ? text.length : newline;
                const cut = Math.min(end, start + MAX_KEYWORD_LINE_LENGTH);
                const line = text.slice(start, cut);
                const bytes = utf8Length(line) + (cut === end && newline >= 0 ? 1 : 0);
                if (scannedBytes + bytes > budgetBytes) {
                    capped = true;
                    break search;
                }
                scannedBytes += bytes;
                if (cut < end)
                    capped = true;
                foundCount += searchLine(line.endsWith('\r') ? line.slice(0, -1) : line, candidatesIn(line), found);
                if (newline < 0)
                    break;
                start = newline + 1;
            }
        }
        const hits = keywords.filter((k) => found[k.order] !== undefined).map((k) => ({ ...k.hit, line: found[k.order] }));
        return { hits, scan: { scannedBytes, totalBytes, capped } };
    };
    return { value: { scan }, errors, warnings: [] };
}
/** Tests the candidate keywords not yet found against one line; returns how many it found. */
function searchLine(line, candidates, found) {
    let folded;
    let count = 0;
    for (const keyword of candidates) {
        if (found[keyword.order] !== undefined)
            continue;
        const literal = keyword.regex.requiredLiteral;
        if (literal !== null) {
            const haystack = literal.caseInsensitive ? (folded ??= foldCase(line)) : line;
            if (!haystack.includes(literal.text))
                continue;
        }
        if (keyword.regex.test(line)) {
            found[keyword.order] = line.length > MAX_MATCHED_LINE_SHOWN ? `${line.slice(0, MAX_MATCHED_LINE_SHOWN)}…` : line;
            count++;
        }
    }
    return count;
}

const NOT_PLAIN = /[\n\uD800-\uDFFF]/;
/**
 * @example toCandidate('drivers/net/phy/ax.rs')
 *   // → { path: 'drivers/net/phy/ax.rs', dirs: ['drivers', 'drivers/net', 'drivers/net/phy'], slashes: 3,
 *   //     dirPrefix: 'drivers/net/phy/', plain: true }
 */
function toCandidate(path) {
    const dirs = [];
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        dirs.push(path.slice(0, i));
    const dirPrefix = dirs.length === 0 ? '' : path.slice(0, dirs[dirs.length - 1].length + 1);
    return { path, dirs, slashes: dirs.length, dirPrefix, plain: !NOT_PLAIN.test(path) };
}
/**
 * The candidate for a path in a directory already taken apart (the index keeps one view per directory): only
 * the path and its plainness are new.
 *
 * @example candidateIn('drivers/net/phy/ax.rs', toCandidate('drivers/net/phy/x.c')).dirs // → ['drivers', 'drivers/net', 'drivers/net/phy']
 */
function candidateIn(path, directory) {
    return {
        path,
        dirs: directory.dirs,
        slashes: directory.slashes,
        dirPrefix: directory.dirPrefix,
        plain: !NOT_PLAIN.test(path),
    };
}

/**
 * `dot: true` so `.github/**` and dotfiles below a directory match; `nonegate`/`nocomment` so `!x` and `#x` are
 * the names they spell instead of silently inverting or disabling the pattern (exclusions are `exclude:`);
 * `platform: 'linux'` because paths are always `/`-separated, even on a Windows runner.
 */
const GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/** Characters with glob meaning in minimatch (wildcards, classes, braces, extglobs, escapes). */
const GLOB_MAGIC = /[*?[\]{}()!+@\\]/;
/**
 * Compiles a glob, or says why it is bad: an unclosed `[` or `{` would silently match only its literal
 * spelling in minimatch, which is never what was meant.
 *
 * @example readGlobPattern('rust/**\/*.rs') // → { match, specificity: 2, head: 'rust/' }
 * @example readGlobPattern('drivers/{net,wifi') // → { why: "unclosed '{'" }
 */
function readGlobPattern(text) {
    const unclosed = unclosedBracket(text);
    if (unclosed !== null)
        return { why: `unclosed '${unclosed}'` };
    if (text === '')
        return { why: 'empty pattern' };
    let matcher;
    try {
        matcher = new (lazyRequire('minimatch').Minimatch)(text.endsWith('/') ? `${text}**` : text, GLOB_OPTIONS);
    }
    catch (error) {
        return { why: error instanceof Error ? error.message : String(error) };
    }
    const specificity = text.startsWith('*') ? -1 : countSlashes(text) + (text.endsWith('/') ? 0 : 1);
    return { match: (path) => matcher.match(path), specificity, head: literalHead(text) };
}
function literalHead(text) {
    const magic = text.search(GLOB_MAGIC);
    const head = text.slice(0, text.lastIndexOf('/', magic < 0 ? text.length : magic - 1) + 1);
    const segments = head.split('/').slice(0, -1);
    return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? head : '';
}
/** The first bracket left open (`[` with no `]`, or more `{` than `}`), honouring `\` escapes. */
function unclosedBracket(text) {
    let braces = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            braces++;
        else if (c === '}')
            braces = Math.max(0, braces - 1);
        else if (c === '[') {
            // `[]…]` and `[!]…]` keep a leading `]` literal, as in shells.
            let j = i + 1;
            if (text[j] === '!' || text[j] === '^')
                j++;
            if (text[j] === ']')
                j++;
            const close = text.indexOf(']', j);
            if (close < 0)
                return '[';
            i = close;
        }
    }
    return braces > 0 ? '{' : null;
}

/**
 * A direct matcher for the F: patterns almost every kernel wildcard is made of: plain characters, `*`, `?`
 * and simple classes like `[ch]` or `[0-9]`. It answers what get_maintainer.pl's `m@^$pattern@` answers for
 * them, without building 1,300 regex automata at startup; anything outside that shape returns null and goes
 * to the regex engine instead. The naive matcher runs every pattern through the regex engine, and the tests
 * hold the two to the same answers on every path of the kernel tree.
 *
 * Paths only: the caller sends a path holding a newline or a non-BMP character (which Perl's `.` would
 * treat differently from one UTF-16 unit) to the regex engine.
 */
/** Class bodies we read ourselves: letters, digits, `_ . , / -`; `[^…]`, `[:alpha:]`, `]`-first go to the regex engine. */
const SIMPLE_CLASS_BODY = /^[A-Za-z0-9_.,/-]+$/;
/**
 * Outside classes: characters that would make the text something other than units and stars, and anything
 * beyond ASCII (left to the regex engine, so that the simple shape is always a regex it compiles).
 */
const NOT_UNITS = /[(){}|+^$\\\]\u007f-\uffff]/;
const ANY = { any: true };
/**
 * The matcher for a pattern's text (before get_maintainer.pl's rewrite, with a directory's `/` added), anchored
 * at the start of the path and open at its end; null when the text is not in the simple shape.
 *
 * @example compileKernelWildcard('drivers/net/phy/bcm*.[ch]')?.('drivers/net/phy/bcm7xxx.c') // → true
 * @example compileKernelWildcard('drivers/(a|b)') // → null
 */
function compileKernelWildcard(text) {
    const segments = [];
    for (const part of text.split('*')) {
        const units = parseUnits(part);
        if (units === null)
            return null;
        const literal = units.every((unit) => typeof unit === 'string') ? units.join('') : null;
        segments.push({ units, literal });
    }
    const [first, ...rest] = segments;
    // `.*` takes any run, so each later segment can go at its earliest place: a later place only leaves less room
    // for the segments after it. The end is open, as in `m@^…@`: placing every segment is a match.
    return (path) => {
        if (!matchesAt(first, path, 0))
            return false;
        let at = first.units.length;
        for (const segment of rest) {
            const found = find(segment, path, at);
            if (found < 0)
                return false;
            at = found + segment.units.length;
        }
        return true;
    };
}
function parseUnits(part) {
    const units = [];
    for (let i = 0; i < part.length; i++) {
        const c = part[i];
        if (c === '?')
            units.push(ANY);
        else if (c === '[') {
            const close = part.indexOf(']', i + 1);
            const ranges = close < 0 ? null : parseClass(part.slice(i + 1, close));
            if (ranges === null)
                return null;
            units.push({ ranges });
            i = close;
        }
        else if (NOT_UNITS.test(c))
            return null;
        else
            units.push(c);
    }
    return units;
}
/** `a-z0-9_` → code point ranges; a leading or trailing `-` is literal, as in Perl. */
function parseClass(body) {
    if (!SIMPLE_CLASS_BODY.test(body))
        return null;
    const ranges = [];
    for (let i = 0; i < body.length; i++) {
        const low = body.charCodeAt(i);
        if (body[i + 1] === '-' && i + 2 < body.length) {
            const high = body.charCodeAt(i + 2);
            if (high < low)
                return null; // Perl: "Invalid [] range"; the regex engine words the error
            ranges.push([low, high]);
            i += 2;
        }
        else
            ranges.push([low, low]);
    }
    return ranges;
}
function matchesAt(segment, path, at) {
    if (segment.literal !== null)
        return path.startsWith(segment.literal, at);
    if (at + segment.units.length > path.length)
        return false;
    return segment.units.every((unit, i) => {
        if (typeof unit === 'string')
            return path[at + i] === unit;
        if ('any' in unit)
            return true;
        const c = path.charCodeAt(at + i);
        return unit.ranges.some(([low, high]) => c >= low && c <= high);
    });
}
function find(segment, path, from) {
    if (segment.literal !== null)
        return path.indexOf(segment.literal, from);
    for (let at = from; at + segment.units.length <= path.length; at++)
        if (matchesAt(segment, path, at))
            return at;
    return -1;
}

/**
 * One pattern of one subsystem, compiled, with where the index files it (globset's `MatchStrategy`).
 * internal, subject to change: compile-subsystem-index.ts is the only user.
 *
 * The placement is what makes lookups cheap: every path that can match a pattern has the pattern's bucket key
 * among its own lookup keys (its directories, its `/` count, its directory prefix), so a path only ever tests
 * the patterns filed under those keys. Each placement below says why that holds.
 */
const ALWAYS = () => true;
/**
 * Compiles one pattern by its dialect. A pattern that cannot compile is an error at its origin, never an
 * entry that silently matches nothing.
 */
function compilePathEntry(pattern, where, isDirectory) {
    const { file, line, col } = pattern.origin;
    if (pattern.dialect === 'regex') {
        const built = buildPerlRegex(pattern.text, { extended: true });
        if (!('regex' in built)) {
            const message = `bad regular expression "${pattern.text}": ${built.why}`;
            return { error: sourceError('BAD_REGEX', message, file, line, col + built.offset) };
        }
        const { regex } = built;
        const literal = regex.requiredLiteral;
        const test = literal === null
            ? (c) => regex.test(c.path)
            : (c) => (literal.caseInsensitive ? foldCase(c.path) : c.path).includes(literal.text) && regex.test(c.path);
        return { entry: pathEntry(where, pattern, 0, { kind: 'name', literal }, test) };
    }
    if (pattern.dialect === 'glob') {
        const glob = readGlobPattern(pattern.text);
        if ('why' in glob)
            return { error: sourceError('BAD_GLOB', `bad glob "${pattern.text}": ${glob.why}`, file, line, col) };
        const placement = glob.head === '' ? { kind: 'every' } : { kind: 'glob-below', dir: glob.head.slice(0, -1) };
        return { entry: pathEntry(where, pattern, glob.specificity, placement, (c) => glob.match(c.path)) };
    }
    const kernel = readKernelPattern(pattern.text, isDirectory);
    if (kernel.shape === 'literal') {
        // A literal `m@^dir/@` owns exactly the paths that have `dir` among their directories.
        const text = kernel.head;
        if (kernel.directory) {
            return {
                entry: pathEntry(where, pattern, kernel.specificity, { kind: 'below', dir: text.slice(0, -1) }, ALWAYS),
            };
        }
        const placement = { kind: 'literal', dirPrefix: text.slice(0, text.lastIndexOf('/') + 1), text };
        return { entry: pathEntry(where, pattern, kernel.specificity, placement, (c) => c.path.startsWith(text)) };
    }
    // A text like `foo[ab]` has no `.*?`, so `-d` may still have given it a `/`.
    const withSlash = kernel.directory && !pattern.text.endsWith('/') ? `${pattern.text}/` : pattern.text;
    const test = kernelTest(withSlash, kernel.regex);
    if ('why' in test) {
        const message = `bad path pattern "${pattern.text}" (get_maintainer.pl reads it as the regex ^${kernel.regex}): ${test.why}`;
        return { error: sourceError('BAD_GLOB', message, file, line, col) };
    }
    const dir = kernel.head.slice(0, -1);
    let placement;
    if (kernel.shape === 'wildcard') {
        placement = kernel.directory
            ? { kind: 'below', dir }
            : { kind: 'below-with-slashes', dir, slashes: kernel.slashes };
    }
    else {
        placement = kernel.directory ? { kind: 'every' } : { kind: 'slashes', slashes: kernel.slashes };
    }
    return { entry: pathEntry(where, pattern, kernel.specificity, placement, test) };
}
/**
 * Every entry is built here, as one object literal: the index reads `test`, `role` and `subsystem` of
 * thousands of entries per run, and entries spread from differently shaped objects each get their own hidden
 * class, which made those reads megamorphic (measured 50× slower in the naive matcher).
 */
function pathEntry(where, pattern, specificity, placement, test) {
    const { subsystem, role, order } = where;
    const asMatch = { subsystem, pattern, specificity, fallback: specificity === -1 };
    return { subsystem, role, pattern, specificity, order, placement, test, asMatch };
}
/**
 * `m@^$regex@` for a non-literal kernel pattern: the direct wildcard matcher when the pattern has its simple
 * shape and the path is plain, else the regex engine. For simple shapes the regex is built only when a
 * non-plain path first needs it: they always compile (printable ASCII, `\\.`, `.*`, `.` and `[a-z]` classes).
 */
function kernelTest(text, regex) {
    const wildcard = compileKernelWildcard(text);
    if (wildcard !== null) {
        let engine;
        return (c) => (c.plain ? wildcard(c.path) : (engine ??= compiledRegex(regex)).test(c.path));
    }
    const built = buildPerlRegex(`^${regex}`);
    return 'regex' in built ? (c) => built.regex.test(c.path) : { why: built.why };
}
function compiledRegex(regex) {
    const built = buildPerlRegex(`^${regex}`);
    // Not bad input: kernel-wildcard.ts only accepts texts whose regex compiles, so this is a broken invariant.
    if (!('regex' in built))
        throw new Error(`internal: simple kernel pattern ^${regex} did not compile: ${built.why}`);
    return built.regex;
}

/**
 * Drops every subsystem one of whose X: patterns hit (get_maintainer.pl tests exclusions first and skips the
 * section), keeps each remaining subsystem's most specific pattern (the first written, on a tie), and sorts
 * most specific first, ties in policy order.
 *
 * get_maintainer.pl itself records the specificity of the *last* matching pattern of a section and sorts a
 * Perl hash, so its ties come out in no fixed order; docs/ROUTING.md ("Specificity") asks for the most specific pattern and policy
 * order instead. The set of subsystems is the same either way.
 */
function rankMatches(hits) {
    // A path has a handful of hits, so plain scans beat building a Map and a Set for each of 86k paths.
    const excluded = [];
    for (const hit of hits)
        if (hit.role === 'exclude')
            excluded.push(hit.subsystem);
    const best = [];
    for (const hit of hits) {
        if (hit.role === 'exclude' || excluded.includes(hit.subsystem))
            continue;
        const at = best.findIndex((entry) => entry.subsystem === hit.subsystem);
        if (at < 0)
            best.push(hit);
        else if (outranks(hit, best[at]))
            best[at] = hit;
    }
    return best.sort((a, b) => b.specificity - a.specificity || a.subsystem - b.subsystem).map((entry) => entry.asMatch);
}
/** More specific, or as specific and written first. */
function outranks(hit, current) {
    return (hit.specificity > current.specificity || (hit.specificity === current.specificity && hit.order < current.order));
}

/** Characters that are not plain in a wildcard pattern: any character may stand there. */
const WILDCARD_START = /[*?[]/;
/** How many plain characters at most key a wildcard pattern (below its directory). */
const PREFIX_KEY_LENGTH = 3;
/**
 * `length` (1 to 3) UTF-16 units of `text` from `start` as one number, the length included so that keys of
 * different lengths never collide: no substring is made for the 100,000 paths of a tree.
 */
function prefixKey(text, start, length) {
    let key = length;
    for (let i = 0; i < length; i++)
        key = key * 65536 + text.charCodeAt(start + i);
    return key;
}
/**
 * Compiles the index once per run. Bad patterns are errors naming the pattern at its origin; the index is
 * still built from the good ones so every problem is reported in one run.
 *
 * @example
 *   const { value: index } = compileSubsystemIndex(parseKernelMaintainers(text, 'MAINTAINERS').value, { isDirectory });
 *   index.match('drivers/net/phy/ax88796b_rust.rs').map((m) => subsystems[m.subsystem].name)
 *   // → ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST']
 */
function compileSubsystemIndex(subsystems, options = {}) {
    const isDirectory = options.isDirectory ?? (() => false);
    const errors = [];
    const byDir = new Map();
    const literals = new Map();
    const bySlashes = new Map();
    const names = [];
    const everywhere = [];
    const bucket = (dir) => getOrCreate(byDir, dir, () => ({
        below: [],
        belowWithSlashes: new Map(),
        belowWithSlashesByPrefix: new Map(),
        globs: [],
    }));
    let order = 0;
    subsystems.forEach((subsystem, index) => {
        const roles = [
            ['exclude', subsystem.exclude],
            ['file', subsystem.files],
            ['name', subsystem.names],
        ];
        for (const [role, patterns] of roles) {
            for (const pattern of patterns) {
                const compiled = compilePathEntry(pattern, { subsystem: index, role, order: order++ }, isDirectory);
                if ('error' in compiled) {
                    errors.push(compiled.error);
                    continue;
                }
                const { entry } = compiled;
                const { placement } = entry;
                switch (placement.kind) {
                    case 'literal': {
                        const literal = getOrCreate(literals, placement.dirPrefix, () => ({ bare: [], byFirst: new Map() }));
                        const first = placement.text[placement.dirPrefix.length];
                        if (first === undefined)
                            literal.bare.push(entry);
                        else
                            getOrCreate(literal.byFirst, first, () => []).push(entry);
                        break;
                    }
                    case 'below':
                        bucket(placement.dir).below.push(entry);
                        break;
                    case 'below-with-slashes':
                        {
                            const found = bucket(placement.dir);
                            const start = placement.dir.length + 1;
                            let plain = 0;
                            while (plain < PREFIX_KEY_LENGTH && start + plain < pattern.text.length) {
                                if (WILDCARD_START.test(pattern.text[start + plain]))
                                    break;
                                plain++;
                            }
                            if (plain > 0) {
                                const byPrefix = getOrCreate(found.belowWithSlashesByPrefix, placement.slashes, () => new Map());
                                getOrCreate(byPrefix, prefixKey(pattern.text, start, plain), () => []).push(entry);
                            }
                            else {
                                getOrCreate(found.belowWithSlashes, placement.slashes, () => []).push(entry);
                            }
                        }
                        break;
                    case 'glob-below':
                        bucket(placement.dir).globs.push(entry);
                        break;
                    case 'slashes':
                        getOrCreate(bySlashes, placement.slashes, () => []).push(entry);
                        break;
                    case 'name':
                        names.push({ literal: placement.literal, value: entry });
                        break;
                    case 'every':
                        everywhere.push(entry);
                }
            }
        }
    });
    const namesIn = literalGrams(names);
    const globsAtPaths = [...byDir.values()].some((found) => found.globs.length > 0);
    /**
     * What every path of one directory shares: its directories, `/` count and the patterns filed under them.
     * A tree-wide change lists thousands of files per directory (sorted, as git lists them), so the lookups and
     * the directory strings are made once per directory, not once per path.
     */
    const views = new Map();
    let last;
    const viewOf = (path) => {
        const slash = path.lastIndexOf('/');
        if (last !== undefined && last.dirPrefix.length === slash + 1 && path.startsWith(last.dirPrefix))
            return last;
        const dirPrefix = path.slice(0, slash + 1);
        let view = views.get(dirPrefix);
        if (view === undefined) {
            const { dirs, slashes } = toCandidate(path);
            // References to the index's own lists, not copies: thousands of directories share the long ones.
            const lists = [];
            const add = (list) => {
                if (list !== undefined && list.length > 0)
                    lists.push(list);
            };
            const byPrefix = [];
            for (const dir of dirs) {
                const found = byDir.get(dir);
                if (found === undefined)
                    continue;
                add(found.below);
                add(found.belowWithSlashes.get(slashes));
                add(found.globs);
                const prefixed = found.belowWithSlashesByPrefix.get(slashes);
                if (prefixed !== undefined)
                    byPrefix.push({ dir, byPrefix: prefixed });
            }
            const literal = literals.get(dirPrefix);
            add(literal?.bare);
            add(bySlashes.get(slashes));
            add(everywhere);
            view = { dirPrefix, dirs, slashes, lists, byPrefix, literalsByFirst: literal?.byFirst };
            views.set(dirPrefix, view);
        }
        last = view;
        return view;
    };
    // Plain loops into one array, no closure or wrapper per path: this runs 100,000 times for a tree.
    const lookup = (path) => {
        const view = viewOf(path);
        const candidate = candidateIn(path, view);
        const hits = [];
        for (const list of view.lists)
            testInto(list, candidate, hits);
        for (const { dir, byPrefix } of view.byPrefix) {
            const start = dir.length + 1;
            for (let length = 1; length <= PREFIX_KEY_LENGTH && start + length <= path.length; length++) {
                testInto(byPrefix.get(prefixKey(path, start, length)), candidate, hits);
            }
        }
        testInto(view.literalsByFirst?.get(path[view.dirPrefix.length]), candidate, hits);
        if (globsAtPaths)
            testInto(byDir.get(path)?.globs, candidate, hits);
        testInto(namesIn(path), candidate, hits);
        return hits;
    };
    let lastHits;
    let lastRanked = [];
    const index = {
        match(path) {
            const hits = lookup(path);
            // The files of one directory usually hit the same patterns: rank them once for the run of them.
            if (lastHits !== undefined && sameEntries(hits, lastHits))
                return lastRanked;
            lastHits = hits;
            lastRanked = rankMatches(hits);
            return lastRanked;
        },
        explain(path) {
            const hits = lookup(path).sort((a, b) => a.order - b.order);
            const hit = (entry) => ({
                subsystem: entry.subsystem,
                pattern: entry.pattern,
                specificity: entry.specificity,
            });
            return {
                matched: hits.filter((entry) => entry.role !== 'exclude').map(hit),
                excluded: hits.filter((entry) => entry.role === 'exclude').map(hit),
            };
        },
    };
    return { value: index, errors, warnings: [] };
}
function getOrCreate(map, key, create) {
    let value = map.get(key);
    if (value === undefined) {
        value = create();
        map.set(key, value);
    }
    return value;
}
/** The same entries in the same order (lookups of paths of one directory list them in the same order). */
function sameEntries(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** Appends the entries of `entries` whose test `candidate` passes. */
function testInto(entries, candidate, hits) {
    if (entries === undefined)
        return;
    for (let i = 0; i < entries.length; i++)
        if (entries[i].test(candidate))
            hits.push(entries[i]);
}

/** `rust.files`' default: with minimatch's `dot: true`, every path ending in `.rs` (tested against it). */
const ANY_RS = '**/*.rs';
/**
 * `dot: true` so `.github/x.rs` and `rust/.hidden.rs` count; `nonegate`/`nocomment` so `!x` and `#x` mean the
 * file names they spell rather than silently inverting or disabling the pattern; `platform: 'linux'` so a
 * Windows runner does not read `\` as a path separator: paths here are always `/`-separated.
 */
const RUST_GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/**
 * Compiles `rust.files` into one classifier. A pattern minimatch refuses (too long, too many extglobs) is a
 * BAD_GLOB error at its origin and matches nothing; an empty pattern is an error too, since it would match
 * nothing while looking like it does something.
 *
 * @example compileRustClassifier([{ text: '**\/*.rs', dialect: 'glob', origin }]).value('rust/kernel/str.rs') // → true
 */
function compileRustClassifier(patterns) {
    const errors = [];
    const matchers = [];
    for (const pattern of patterns) {
        const { file, line, col } = pattern.origin;
        if (pattern.text.trim() === '') {
            errors.push(sourceError('BAD_GLOB', 'empty rust.files pattern matches nothing', file, line, col));
            continue;
        }
        if (pattern.text === ANY_RS) {
            // The default, and by far the most common: minimatch's answer for a normalised path, without loading it.
            matchers.push((path) => path.endsWith('.rs'));
            continue;
        }
        try {
            const matcher = new (lazyRequire('minimatch').Minimatch)(pattern.text, RUST_GLOB_OPTIONS);
            matchers.push((path) => matcher.match(path));
        }
        catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            errors.push(sourceError('BAD_GLOB', `rust.files pattern "${pattern.text}": ${why}`, file, line, col));
        }
    }
    // A directory (routed as `dir/`, as get_maintainer.pl does) is never a Rust change, whatever its name.
    const isRust = (path) => !path.endsWith('/') && matchers.some((matches) => matches(path));
    return { value: isRust, errors, warnings: [] };
}

/** The keyword index of a policy compiled without its keywords: searching it finds nothing. */
const NO_KEYWORDS = {
    value: {
        scan: (texts) => ({
            hits: [],
            scan: { scannedBytes: 0, totalBytes: texts.reduce((sum, t) => sum + t.length, 0), capped: false },
        }),
    },
    errors: [],
    warnings: [],
};
/**
 * Compiles a policy. Errors and warnings of the matcher, the keyword index and `rust.files` are passed through
 * as they are (each already names `file:line:col` and the pattern), so one run reports every bad pattern.
 *
 * @example
 *   const { value: compiled, errors } = compilePolicy(policy);
 *   if (errors.length === 0) routeChanges(changes, compiled);
 */
function compilePolicy(policy, options = {}) {
    const index = compileSubsystemIndex(policy.subsystems, options.isDirectory ? { isDirectory: options.isDirectory } : undefined);
    const keywords = options.keywords === false ? NO_KEYWORDS : compileKeywordIndex(policy.subsystems);
    const rust = compileRustClassifier(policy.rustFiles);
    return {
        value: { policy, index: index.value, keywords: keywords.value, isRust: rust.value },
        errors: [...index.errors, ...keywords.errors, ...rust.errors],
        warnings: [...index.warnings, ...keywords.warnings, ...rust.warnings],
    };
}

/**
 * Finds, reads and compiles the policy for a CLI command: `--config maintainers.yml` (its `import:` read
 * relative to the config's folder), `--maintainers MAINTAINERS` alone, or ./maintainers.yml, else
 * ./MAINTAINERS. Reading happens here; parsing and compiling are the core's.
 *
 * A kernel MAINTAINERS routed for a handful of paths is parsed only where those paths can reach
 * (maintainers/sections-reaching.ts): the same answer, a tenth of the start-up. `validate` and large changes
 * parse everything.
 */
/** Up to this many paths, only the sections they can reach are parsed; past it, the whole file is. */
const PARTIAL_PARSE_MAX_PATHS = 64;
/**
 * The policy file the options name, or the default one in `cwd`.
 *
 * @example policySource({ maintainers: '../linux/MAINTAINERS', … }, '.') // → { file: '../linux/MAINTAINERS', kernel: true, flag: '--maintainers' }
 */
function policySource(options, cwd) {
    if (options.config !== undefined)
        return { file: options.config, kernel: false, flag: '--config' };
    if (options.maintainers !== undefined)
        return { file: options.maintainers, kernel: true, flag: '--maintainers' };
    if (__builtin$1.existsSync(__builtin.join(cwd, 'maintainers.yml')))
        return { file: 'maintainers.yml', kernel: false, flag: '--config' };
    if (__builtin$1.existsSync(__builtin.join(cwd, 'MAINTAINERS')))
        return { file: 'MAINTAINERS', kernel: true, flag: '--maintainers' };
    throw new ArgumentError(`no policy: neither ./maintainers.yml nor ./MAINTAINERS is in ${__builtin.resolve(cwd)}; give --config FILE or --maintainers FILE`, options.command);
}
/** The tree: --tree (which must be a directory), else the policy file's folder. */
function treeOf(options, source, cwd) {
    if (options.tree === undefined)
        return { root: __builtin.resolve(cwd, __builtin.dirname(source.file)), explicit: false };
    const root = __builtin.resolve(cwd, options.tree);
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
async function loadPolicy(source, scope, tree) {
    let assembled;
    let partial = false;
    let kernelText;
    if (source.kernel) {
        const read = readTextBytes(source.file, source.flag);
        if ('error' in read)
            throw new InputError([read.error]);
        const bytes = maintainersBytes(read.bytes);
        const kind = policyKind(bytes.latin1);
        if (kind === 'yaml')
            throw wrongFlag(source.file, 'a maintainers.yml', '--config');
        let text;
        // Decoded whole only when needed: a full parse, or get-maintainer's keyword order.
        kernelText = () => (text ??= bytes.utf8(0, read.bytes.length));
        ({ assembled, partial } = kernelPolicy(bytes, kernelText, source.file, scope));
        if (assembled.errors.length === 0 && assembled.value.subsystems.length === 0 && kind !== 'kernel') {
            throw new InputError([
                wholeInputError('BAD_ARGUMENT', `has no MAINTAINERS sections, no 'X:<tab>value' tag lines (${source.flag})`, source.file),
            ]);
        }
    }
    else {
        const read = readTextInput(source.file, source.flag);
        if ('error' in read)
            throw new InputError([read.error]);
        const { text } = read;
        if (policyKind(text) === 'kernel')
            throw wrongFlag(source.file, 'a kernel MAINTAINERS file', '--maintainers');
        assembled = await configPolicy(text, source.file);
    }
    throwIfErrors(assembled.errors);
    const paths = scope === 'everything' ? [] : scope.paths;
    const belowRoutedPath = directoriesOf(paths);
    const notDirectories = [];
    const isDirectory = (pattern) => {
        const answer = belowRoutedPath(pattern) || isDirectoryOnDisk(__builtin.join(tree.root, pattern));
        if (!answer)
            notDirectories.push(pattern);
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
            if (partial)
                return more.every((path) => paths.includes(path));
            const belowMore = directoriesOf(more);
            return !notDirectories.some((pattern) => belowMore(pattern));
        },
    };
}
/** A kernel MAINTAINERS, parsed where the scope's paths reach or whole (then decoded whole: `text()`). */
function kernelPolicy(bytes, text, file, scope) {
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
async function configPolicy(text, file) {
    const { validateConfig } = await Promise.resolve().then(function () { return require('./cli-validate-config.cjs'); });
    // On the command line import.path is a file on disk, relative to the policy's folder, wherever it leads.
    const document = validateConfig(text, file, { importOutsideRepository: true });
    throwIfErrors(document.errors);
    const doc = document.value;
    let imported;
    if (doc.import) {
        // import.path is relative to the folder of maintainers.yml (the repository root, for the action).
        const folder = __builtin.resolve(__builtin.dirname(file));
        const importFile = __builtin.isAbsolute(doc.import.path) ? doc.import.path : __builtin.join(__builtin.dirname(file), doc.import.path);
        const importedRead = readTextInput(importFile, 'import.path');
        if ('error' in importedRead) {
            const { file: at, line, col } = doc.import.origin;
            const why = importedRead.error.message.replace(/ \(import\.path\)$/, '');
            throw new InputError([
                sourceError('FILE_NOT_FOUND', `import.path '${doc.import.path}': ${why} at ${__builtin.resolve(importFile)} (import.path is relative to the folder of ${file}: ${folder})`, at, line, col),
            ]);
        }
        if (policyKind(importedRead.text) === 'yaml')
            throw wrongFlag(importFile, 'a maintainers.yml', 'import.path (a MAINTAINERS file)');
        imported = { text: importedRead.text, file: importFile };
    }
    const assembled = assemblePolicy(doc, imported);
    return { ...assembled, warnings: [...document.warnings, ...assembled.warnings] };
}
function wrongFlag(file, what, flag) {
    return new InputError([wholeInputError('BAD_ARGUMENT', `this looks like ${what}: use ${flag} ${file}`, file)]);
}
function throwIfErrors(errors) {
    if (errors.length > 0)
        throw new InputError([...errors]);
}

/**
 * `route`: where does this change go, and will it be blocked? Prints the decision as text, JSON, the Markdown
 * of the PR comment, or get_maintainer.pl's own output (docs/CLI.md, "Output formats"). Exit 0 routed,
 * 1 blocked; `--format get-maintainer` exits 0 whatever the holds, as get_maintainer.pl does, since
 * `git send-email --cc-cmd` stops at a failing command.
 */
const EXIT_ROUTED = 0;
const EXIT_BLOCKED = 1;
/** Where the CLI's Markdown points for rows it would cut: it cuts none, but the renderer asks for a pointer. */
const MARKDOWN_POINTER = 'run with --format json for every row';
async function runRoute(options, io) {
    const source = policySource(options, io.cwd);
    const tree = treeOf(options, source, io.cwd);
    const input = await readRouteInput(options, io.cwd, tree, keepYoungGenerationSmall);
    printWarnings(input.warnings, io);
    const { changes } = input;
    const routed = changedPaths(changes.files).map((entry) => entry.path);
    if (routed.length >= MANY_PATHS)
        keepYoungGenerationSmall();
    const paths = options.format === 'get-maintainer' ? [...routed, ...input.getMaintainerPaths] : routed;
    const keywords = keywordTexts(changes).length > 0;
    let loaded = await loadPolicy(source, { paths, keywords }, tree);
    printWarnings(loaded.warnings, io);
    if (options.format === 'get-maintainer') {
        const { getMaintainerText } = await Promise.resolve().then(function () { return require('./cli-get-maintainer-output.cjs'); });
        const change = {
            paths: input.getMaintainerPaths,
            keywordTexts: keywordTexts(changes),
            fixes: input.getMaintainerFixes,
        };
        const { text, warnings } = getMaintainerText(change, loaded, tree, options.getMaintainerSwitches);
        printWarnings(warnings, io);
        io.stdout(text);
        return EXIT_ROUTED;
    }
    let interfaceMap;
    if (interfacesWanted(loaded.compiled.policy, routed)) {
        const { interfacePaths, treeInterfaceMap } = await Promise.resolve().then(function () { return require('./cli-interface-map.cjs'); });
        interfaceMap = treeInterfaceMap(tree, loaded.compiled.policy);
        const more = interfaceMap === undefined ? [] : interfacePaths(changes.files, interfaceMap, loaded.compiled.policy);
        // A MAINTAINERS parsed only as far as the changed paths reach must also reach the pairs' paths (and a
        // pattern judged by the paths alone may name a directory above them); a policy read whole is kept.
        if (!loaded.covers(more))
            loaded = await loadPolicy(source, { paths: [...paths, ...more], keywords }, tree);
    }
    const decision = routeChanges(changes, loaded.compiled, {
        author: options.author,
        approvedBy: options.approvedBy,
        maxReviewers: options.maxReviewers,
        ...(interfaceMap === undefined ? {} : { interfaceMap }),
    });
    // Text is the common case; the other renderers are loaded when asked for.
    if (options.format === 'json') {
        const { renderJsonChunks } = await Promise.resolve().then(function () { return require('./cli-render-json.cjs'); });
        writeChunks(renderJsonChunks(decision), io);
    }
    else if (options.format === 'markdown') {
        const { renderComment } = await Promise.resolve().then(function () { return require('./cli-render-comment.cjs'); });
        io.stdout(renderComment(decision, { maxLength: Number.POSITIVE_INFINITY, pointer: MARKDOWN_POINTER, fresh: true }));
    }
    else
        writeChunks(renderTextChunks(decision), io);
    return decision.blocked ? EXIT_BLOCKED : EXIT_ROUTED;
}
/**
 * From this many paths on, the decision is big enough for the young generation's growth to matter: the check
 * for changes that came in no large text (a `--git` range), after readRouteInput's own for large ones.
 */
const MANY_PATHS = 10_000;
let youngGenerationKeptSmall = false;
/**
 * Keeps V8's young generation at its starting size (1 MB semi-spaces) for the rest of the run, and scavenges it
 * on the main thread. A tree-wide decision lives until it is printed, so nearly everything the run allocates
 * survives each scavenge, and V8 answers a high survival rate by doubling the semi-spaces (to 2 × 8 MB on Node
 * 24, 2 × 16 MB on Node 20). The larger space saves no work here — the survivors are promoted all the same — but
 * costs peak RSS. It has to be set before the large input is parsed (readRouteInput's `onLargeInput`): set
 * after, as it once was, the space had already grown, and Node 24 peaked at 153 MB. Scavenges of 1 MB are many
 * and short, and on them V8's parallel scavenging costs more CPU in handing out work than it saves.
 * Measured on the whole 6.12 tree, 8 interleaved runs each (docs/PERFORMANCE.md): peak RSS 144 → 126 MB on
 * Node 20 and 153 → 143 MB on Node 24, CPU 2 % less on both. V8 reads both flags each time it would grow the
 * space or scavenge, so setting them mid-run takes effect; a V8 that ignored them would change nothing.
 *
 * `node:v8` is required here, not imported: loading it loads Node's heap utilities and with them the whole
 * stream library, about 15 ms of a one-file run that never needs it.
 */
function keepYoungGenerationSmall() {
    // Once a run: a large input asks first (readRouteInput), and the path count may ask again.
    if (youngGenerationKeptSmall)
        return;
    youngGenerationKeptSmall = true;
    const v8 = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)('node:v8');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--no-parallel-scavenge');
}
/** The texts routeChanges searches for K: keywords (routing/route.ts). */
function keywordTexts(changes) {
    const texts = changes.keywordLines === undefined
        ? [changes.title, changes.body, ...changes.diffLines]
        : [changes.title, ...changes.keywordLines];
    return texts.filter((text) => text !== '');
}
/** Output is encoded into buffers of this size, each written whole. */
const WRITE_BUFFER_BYTES = 1 << 20;
/**
 * Writes many small pieces as few large writes, encoding each piece straight into a buffer (a tree-wide
 * decision is ~35 MB in 100,000 lines: joining them into one string first cost as much as making them).
 */
function writeChunks(chunks, io) {
    let buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    for (const chunk of chunks) {
        // A UTF-16 unit is at most 3 UTF-8 bytes, so this is a safe bound without measuring the chunk.
        if (used + chunk.length * 3 > buffer.length) {
            if (used > 0)
                io.stdout(buffer.subarray(0, used));
            // The write above is synchronous: the buffer can be filled again at once.
            if (chunk.length * 3 > buffer.length)
                buffer = Buffer.allocUnsafe(chunk.length * 3);
            used = 0;
        }
        used += buffer.write(chunk, used);
    }
    if (used > 0)
        io.stdout(buffer.subarray(0, used));
}

var routeCommand = /*#__PURE__*/Object.freeze({
    __proto__: null,
    EXIT_BLOCKED: EXIT_BLOCKED,
    EXIT_ROUTED: EXIT_ROUTED,
    runRoute: runRoute
});

exports.ArgumentError = ArgumentError;
exports.CHECK_IDS = CHECK_IDS;
exports.CHECK_LEVELS = CHECK_LEVELS;
exports.CONFIG_KEYS = CONFIG_KEYS;
exports.DEFAULT_KEYWORD_BUDGET_BYTES = DEFAULT_KEYWORD_BUDGET_BYTES;
exports.DEFAULT_RUST_FILES = DEFAULT_RUST_FILES;
exports.DEFAULT_RUST_REVIEW = DEFAULT_RUST_REVIEW;
exports.DEFAULT_STATUS_LABELS = DEFAULT_STATUS_LABELS;
exports.EXTENDS_IMPORTED = EXTENDS_IMPORTED;
exports.EXTENDS_KEYS = EXTENDS_KEYS;
exports.InputError = InputError;
exports.MAX_INTERFACE_FILES = MAX_INTERFACE_FILES;
exports.NO_RUST_SENTENCE = NO_RUST_SENTENCE;
exports.STANCE_RESOLUTIONS = STANCE_RESOLUTIONS;
exports.STANCE_SOURCE_WORDS = STANCE_SOURCE_WORDS;
exports.USAGE = USAGE;
exports.__builtin = __builtin$1;
exports.__builtin$1 = __builtin;
exports.assemblePolicy = assemblePolicy;
exports.checkLabel = checkLabel;
exports.chooseInterfaceFiles = chooseInterfaceFiles;
exports.codeSpan = codeSpan;
exports.commandHelp = commandHelp;
exports.compare = compare;
exports.compileInterfaceFiles = compileInterfaceFiles;
exports.didYouMean = didYouMean;
exports.escapeMarkdown = escapeMarkdown;
exports.escapeTerminal = escapeTerminal;
exports.fileDecisionWords = fileDecisionWords;
exports.formatOrigin = formatOrigin;
exports.formatSourceError = formatSourceError;
exports.getMaintainerOutput = getMaintainerOutput;
exports.handleProblem = handleProblem;
exports.headersInText = headersInText;
exports.interfacePairs = interfacePairs;
exports.lazyRequire = lazyRequire;
exports.loadPolicy = loadPolicy;
exports.mention = mention;
exports.normalizeRepoPath = normalizeRepoPath;
exports.parseCliArgs = parseCliArgs;
exports.perlOrder = perlOrder;
exports.policyFromKernel = policyFromKernel;
exports.policyKind = policyKind;
exports.policySource = policySource;
exports.printErrors = printErrors;
exports.printWarnings = printWarnings;
exports.printedLines = printedLines;
exports.readChoice = readChoice;
exports.readGitName = readGitName;
exports.readHandle = readHandle;
exports.readKeywords = readKeywords;
exports.readLabels = readLabels;
exports.readPatterns = readPatterns;
exports.readPeople = readPeople;
exports.readStance = readStance;
exports.readTextInput = readTextInput;
exports.reasonJson = reasonJson;
exports.reasonText = reasonText;
exports.routeChanges = routeChanges;
exports.routeCommand = routeCommand;
exports.sortAndUniq = sortAndUniq;
exports.sourceError = sourceError;
exports.splitDiffGitNames = splitDiffGitNames;
exports.statOrNull = statOrNull;
exports.stripFirstComponent = stripFirstComponent;
exports.treeOf = treeOf;
exports.validateRepoPath = validateRepoPath;
exports.verdictHeading = verdictHeading;
exports.verdictSentence = verdictSentence;
exports.wholeInputError = wholeInputError;
