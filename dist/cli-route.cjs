'use strict';

var node_module = require('node:module');

const __builtin$1 = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:fs");

function formatSourceError(error) {
    if (error.line === 0)
        return `${error.file}: ${error.message}`;
    return `${error.file}:${error.line}:${error.col}: ${error.message}`;
}
function wholeInputError(code, message, file) {
    return { code, message, file, line: 0, col: 0 };
}
function sourceError(code, message, file, line = 1, col = 1) {
    return { code, message, file, line, col };
}
class InputError extends Error {
    errors;
    constructor(errors, options) {
        super(errors.map(formatSourceError).join('\n'), options);
        this.name = 'InputError';
        this.errors = errors;
    }
}
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

const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const TEAM_SLUG = /^[a-z\d][a-z\d_.-]{0,99}$/i;
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

const GET_MAINTAINER_EXTRAS = ['scm', 'status', 'subsystem', 'web', 'bug'];
const GIT_LIMITS = { minSignatures: 1, maxMaintainers: 5, minPercent: 5 };
const DEFAULT_GIT_SINCE = '1-year-ago';
const DEFAULT_SEPARATOR = ', ';
function getMaintainerOutput(switches) {
    const last = (name) => {
        const given = switches.filter((word) => word.startsWith(`${name}=`));
        return given.length === 0 ? undefined : given[given.length - 1].slice(name.length + 1);
    };
    const number = (name, otherwise) => {
        const value = last(name);
        return value === undefined ? otherwise : Number(value);
    };
    const negatable = (name, byDefault) => {
        const on = switches.lastIndexOf(name);
        const off = switches.lastIndexOf(`no${name}`);
        return on === off ? byDefault : on > off;
    };
    const separator = last('separator') ?? DEFAULT_SEPARATOR;
    const rolestats = negatable('rolestats', true);
    const letters = last('letters') ?? '';
    return {
        email: negatable('email', true),
        maintainers: negatable('m', true),
        reviewers: negatable('r', true),
        lists: negatable('l', true),
        moderatedLists: negatable('moderated', true),
        subscriberLists: negatable('s', false),
        roles: rolestats || negatable('roles', false),
        rolestats,
        names: negatable('n', true),
        removeDuplicates: negatable('remove-duplicates', true),
        mailmap: negatable('mailmap', true),
        chiefPenguins: negatable('git-chief-penguins', false),
        allSignatureTypes: negatable('git-all-signature-types', false),
        fileEmails: negatable('file-emails', false),
        keywordsInFile: negatable('keywords-in-file', false),
        keywords: negatable('keywords', true),
        fixes: negatable('fixes', true),
        gitFallback: negatable('git-fallback', true),
        git: negatable('git', false),
        gitSince: last('git-since') ?? DEFAULT_GIT_SINCE,
        gitLimits: {
            minSignatures: number('git-min-signatures', GIT_LIMITS.minSignatures),
            maxMaintainers: number('git-max-maintainers', GIT_LIMITS.maxMaintainers),
            minPercent: number('git-min-percent', GIT_LIMITS.minPercent),
        },
        multiline: negatable('multiline', true) && separator === DEFAULT_SEPARATOR,
        separator,
        sections: negatable('sections', false) || letters !== '',
        letters,
        patternDepth: number('pattern-depth', 0),
        extras: GET_MAINTAINER_EXTRAS.filter((extra) => negatable(extra, false)),
    };
}
function printedLines(lines, output) {
    if (lines.length === 0)
        return '';
    return output.multiline ? lines.map((line) => `${line}\n`).join('') : `${lines.join(output.separator)}\n`;
}
function printedBlocks(blocks, output) {
    const extra = (lines) => output.multiline || lines.length > 0 ? printedLines(lines, output) : '\n';
    return printedLines(blocks.people, output) + output.extras.map((name) => extra(blocks[name] ?? [])).join('');
}

const SWITCHES = [
    { name: 'email', negatable: true, help: 'the people (--noemail: only the lists, with --scm, --status, …)' },
    { name: 'm', negatable: true, help: 'M: maintainers (--nom: without them; -m is --maintainers here)' },
    { name: 'r', negatable: true, help: 'R: reviewers' },
    { name: 'l', negatable: true, help: 'L: mailing lists' },
    { name: 'moderated', negatable: true, help: 'the moderated L: lists among them' },
    { name: 's', negatable: true, help: 'the subscribers-only L: lists too (off by default)' },
    { name: 'n', negatable: true, help: 'names with the addresses (--non: addresses alone)' },
    { name: 'rolestats', negatable: true, help: '(role:SECTION) after each, git counts included' },
    { name: 'roles', negatable: true, help: 'with --norolestats, the roles without the git counts' },
    { name: 'remove-duplicates', negatable: true, help: 'each person once, by name or address' },
    { name: 'mailmap', negatable: true, help: "the tree's .mailmap applied" },
    { name: 'keywords', aliases: ['k'], negatable: true, help: 'the sections whose K: matches the patch' },
    {
        name: 'keywords-in-file',
        aliases: ['kf'],
        negatable: true,
        help: 'the sections whose K: matches a PATH file itself (off by default)',
    },
    {
        name: 'file-emails',
        aliases: ['fe'],
        negatable: true,
        help: 'the addresses written in each file, as (in file) (off by default; .yaml files always)',
    },
    { name: 'fixes', negatable: true, help: "the signers of the commits a patch's Fixes: lines name" },
    {
        name: 'git-fallback',
        negatable: true,
        help: "in a git work tree, the last year's signers and authors of files no exact pattern covers",
    },
    { name: 'git-since', value: 'DATE', help: "the git fallback's history from DATE on, as git reads it; 1-year-ago" },
    { name: 'git-min-signatures', value: 'N', help: 'the git fallback adds people counted at least N times; 1' },
    { name: 'git-max-maintainers', value: 'N', help: 'the git fallback adds at most N people per role and file; 5' },
    {
        name: 'git-min-percent',
        value: 'N',
        help: 'the git fallback adds people counted in at least N% of the commits or lines; 5',
    },
    {
        name: 'git-chief-penguins',
        negatable: true,
        help: 'Linus Torvalds too, as (chief penguin) and among git signers (off by default)',
    },
    {
        name: 'git-all-signature-types',
        negatable: true,
        help: 'every *-by: line of a commit counts as a signature, not only Signed-off-by:, Reviewed-by:, Acked-by:',
    },
    { name: 'git', negatable: true, help: "every file's history, not only the fallback's (off by default)" },
    { name: 'git-blame', negatable: 'only', help: "accepted: git blame is never asked, get_maintainer.pl's default" },
    { name: 'git-blame-signatures', negatable: true, help: 'accepted: only --git-blame, which is not taken, reads it' },
    { name: 'hg-since', value: 'DATE', help: 'accepted: Mercurial only; the history read is git' },
    { name: 'interactive', aliases: ['i'], negatable: 'only', help: 'accepted: never interactive, the default' },
    { name: 'multiline', negatable: true, help: 'one a line (--nomultiline: all on one line, ", " between them)' },
    { name: 'separator', value: 'SEP', help: 'everyone on one line, SEP between them' },
    { name: 'scm', negatable: true, help: "then the sections' T: trees" },
    { name: 'status', negatable: true, help: "then the sections' S: status" },
    { name: 'subsystem', negatable: true, help: "then the sections' names" },
    { name: 'web', negatable: true, help: "then the sections' W: pages" },
    { name: 'bug', negatable: true, help: "then the sections' B: bug trackers" },
    { name: 'sections', negatable: true, help: 'the MAINTAINERS sections each path reaches, instead of anyone' },
    { name: 'letters', value: 'LETTERS', help: '--sections with only these tags, e.g. MRL' },
    {
        name: 'pattern-depth',
        value: 'N',
        help: 'only F: patterns fewer than N directories above a path count; 0, all, by default',
    },
    { name: 'tree', negatable: 'only', help: 'accepted: no kernel tree is required (--tree DIR is the tree here)' },
    {
        name: 'file',
        anyFormat: true,
        help: "the arguments are paths, never patches (get_maintainer.pl's -f, as -f is with --format get-maintainer)",
    },
    {
        name: 'mpath',
        aliases: ['maintainer-path'],
        value: 'FILE',
        anyFormat: true,
        help: 'the MAINTAINERS file, as --maintainers (a directory of them is not taken)',
    },
];
const NOT_TAKEN = {
    'git-blame': "get_maintainer.pl's --git-blame (git blame of every line) is not taken",
    interactive: "get_maintainer.pl's --interactive is not taken: route's output is for scripts",
    i: "get_maintainer.pl's --interactive is not taken: route's output is for scripts",
    'self-test': "get_maintainer.pl's --self-test is not taken: run 'rust-patch-router validate' on the policy",
    'find-maintainer-files': "get_maintainer.pl's --find-maintainer-files is not taken: give the MAINTAINERS file",
};
const GET_MAINTAINER_FLAGS = SWITCHES.flatMap((entry) => {
    const help = entry.anyFormat ? entry.help : `get-maintainer format: ${entry.help}`;
    const negated = { name: `no${entry.name}`, help };
    if (entry.negatable === 'only')
        return [negated];
    const names = [entry.name, ...(entry.aliases ?? [])];
    const prefix = entry.negatable === true ? '[no]' : '';
    const shown = `${names.map((name) => `--${prefix}${name}`).join(', ')}${entry.value ? ` ${entry.value}` : ''}`;
    const flag = { name: entry.name, value: entry.value, help, shown };
    return entry.negatable === true ? [flag, { ...negated, hidden: true }] : [flag];
});
const GET_MAINTAINER_NAMES = new Set(GET_MAINTAINER_FLAGS.map((flag) => flag.name));
const ALIASES = new Map(SWITCHES.flatMap((entry) => (entry.aliases ?? []).map((alias) => [alias, entry.name])));
const ROUTE_SHORTS = new Set(['-m', '-f', '-c', '-h']);
function getMaintainerSpelling(word) {
    if (ROUTE_SHORTS.has(word))
        return word;
    const spelled = /^--?([a-z][a-z-]*)(=.*)?$/.exec(word);
    if (spelled === null)
        return word;
    const [, written, value = ''] = spelled;
    const negated = /^no-?(.+)$/.exec(written);
    const canonical = (name) => ALIASES.get(name) ?? name;
    const name = negated !== null && !GET_MAINTAINER_NAMES.has(written) ? `no${canonical(negated[1])}` : canonical(written);
    return GET_MAINTAINER_NAMES.has(name) ? `--${name}${value}` : word;
}
const WHOLE_NUMBERS = new Set(['git-min-signatures', 'git-max-maintainers', 'git-min-percent', 'pattern-depth']);
function switchValueProblem(name, value) {
    if (WHOLE_NUMBERS.has(name) && !/^[-+]?\d+$/.test(value ?? '')) {
        return `--${name} must be a whole number, not '${value}'`;
    }
    return undefined;
}
function leavesNoOne(switches) {
    const output = getMaintainerOutput(switches);
    if (output.sections)
        return undefined;
    if (!output.email && output.extras.length === 0) {
        return '--noemail leaves nothing to print: add --scm, --status, --subsystem, --web or --bug';
    }
    const { maintainers, reviewers, lists, subscriberLists, chiefPenguins, git } = output;
    return !output.email || maintainers || reviewers || lists || subscriberLists || chiefPenguins || git
        ? undefined
        : '--nom, --nor and --nol together leave no one to print';
}

const COMMANDS = ['route', 'explain', 'validate', 'import', 'doctor', 'help', 'version'];
const FORMATS = ['text', 'json', 'markdown', 'get-maintainer'];
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
const FLAGS = {
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
        '2 bad input. --format get-maintainer prints what get_maintainer.pl prints (for git send-email --cc-cmd, b4),\n' +
        'in a git work tree with its git fallback unless --nogit-fallback; given no change, it reads a patch from\n' +
        'standard input, as get_maintainer.pl does. Its switches below are also taken as Getopt::Long spells them\n' +
        '(--no-l, -nol).',
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
doctor: 0 all good, 1 problems found, 2 could not check. Any command: 3 a bug in rust-patch-router (please report it).
`;
function commandHelp(command) {
    if (command === 'help' || command === 'version')
        return USAGE;
    const flags = FLAGS[command]
        .filter((flag) => !flag.hidden)
        .map((flag) => {
        const spelled = `${flag.short ? `-${flag.short}, ` : '    '}${flag.shown ?? `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`}`;
        return `  ${spelled.padEnd(30)} ${flag.help}`;
    });
    return `Usage: rust-patch-router ${USAGE_LINES[command]}\n\n${SUMMARIES[command]}\n\n${flags.join('\n')}\n`;
}
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
        if (getMaintainerFormat && written === '-f' && !isFormatName(rest[i + 1])) {
            options.argumentsArePaths = true;
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
        if (command === 'route' && flag.name === 'git' && !inline && !isRevisionRange(rest[i + 1] ?? '')) {
            options.getMaintainerSwitches.push('git');
            continue;
        }
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
function isRevisionRange(word) {
    return word.includes('..') && !/(^|\/)\.\.(\/|$)/.test(word);
}
function unknownFlag(command, spelled) {
    const name = spelled.replace(/^-+/, '');
    if (command === 'route' && name in NOT_TAKEN)
        return new ArgumentError(NOT_TAKEN[name], command);
    const elsewhere = COMMANDS.filter((other) => other !== command && FLAGS[other].some((f) => f.name === name));
    if (elsewhere.length > 0)
        return new ArgumentError(`${command} takes no '${spelled}' (${elsewhere[0]} does)`, command);
    const suggestion = didYouMean(name, FLAGS[command].map((f) => f.name));
    return new ArgumentError(`unknown option '${spelled}'${suggestion ? ` (did you mean '--${suggestion}'?)` : ''}`, command);
}
function isFormatName(word) {
    return FORMATS.includes(word ?? '');
}
function formatAsked(words) {
    let asked;
    for (let i = 0; i < words.length && words[i] !== '--'; i++) {
        const word = words[i];
        if (word.startsWith('--format='))
            asked = word.slice('--format='.length);
        else if ((word === '--format' || word === '-f') && isFormatName(words[i + 1]))
            asked = words[++i];
    }
    return asked;
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
                const habit = command === 'route' && /[/.]/.test(value)
                    ? ` (to route a file, give it as an argument or with --files: -f is --format here, and get_maintainer.pl's --file only with --format get-maintainer)`
                    : '';
                throw new ArgumentError(`--format must be ${allowed}, not '${value}'${habit}`, command);
            }
            options.format = value;
            return;
        }
        case 'git':
            options.git = value;
            return;
        case 'mpath':
            options.maintainers = value;
            return;
        case 'file':
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
            else
                options[camel(name)] = value;
    }
}
function camel(name) {
    return name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
}
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
function checkGetMaintainerSwitches(options) {
    const [first] = options.getMaintainerSwitches;
    if (first === undefined)
        return;
    if (options.format !== 'get-maintainer' && options.getMaintainerSwitches.includes('git')) {
        throw new ArgumentError("--git takes a revision range, BASE..HEAD or BASE...HEAD (without one it is get_maintainer.pl's --git, every file's history, which --format get-maintainer takes)", options.command);
    }
    if (options.format !== 'get-maintainer') {
        throw new ArgumentError(`--${first.split('=')[0]} shapes --format get-maintainer only (add --format get-maintainer)`, options.command);
    }
    for (const given of options.getMaintainerSwitches) {
        const [name, value] = given.split(/=(.*)/s);
        const problem = switchValueProblem(name, value);
        if (problem !== undefined)
            throw new ArgumentError(problem, options.command);
    }
    const noOne = leavesNoOne(options.getMaintainerSwitches);
    if (noOne !== undefined)
        throw new ArgumentError(noOne, options.command);
}

const MAX_WARNINGS_SHOWN = 20;
function printErrors(errors, io) {
    io.stderr(errors.map((error) => `${formatSourceError(error)}\n`).join(''));
}
function printWarnings(warnings, io, limit = MAX_WARNINGS_SHOWN) {
    const shown = warnings.slice(0, limit);
    io.stderr(shown.map((warning) => `${formatSourceError(warning)} (warning)\n`).join(''));
    if (warnings.length > shown.length) {
        io.stderr(`… and ${warnings.length - shown.length} more warnings (run 'validate' to see them all)\n`);
    }
}

function changedPaths(files) {
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
function isSortedWithoutRenames(files) {
    for (let i = 0; i < files.length; i++) {
        if (files[i].previousPath !== undefined)
            return false;
        if (i > 0 && !(files[i - 1].path < files[i].path))
            return false;
    }
    return true;
}

const BUNDLED_DIR = '.';
const load = node_module.createRequire(require('node:url').pathToFileURL(__filename).href);
const loaded = {};
function lazyRequire(name) {
    return (loaded[name] ??= load(`${BUNDLED_DIR}/${name}.cjs`));
}

const MAX_INTERFACE_FILES = 500;
const INTERFACE_GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
function compileInterfaceFiles(patterns) {
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
const compiledTests = new Map();
const MAX_COMPILED_TESTS = 16;
function compileTest(patterns) {
    const prefixes = patterns.map(literalStart);
    let matchers;
    const compiled = () => (matchers ??= patterns.map(compilePattern));
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
function literalStart(pattern) {
    const at = pattern.search(/[*?[\]{}()!+@\\]/);
    return at === -1 ? pattern : pattern.slice(0, at);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
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

function interfacesWanted(policy, paths) {
    const patterns = policy.rustReview.interfaceFiles;
    if (patterns.length === 0)
        return false;
    const isInterfaceFile = compileInterfaceFiles(patterns);
    return paths.some((path) => path.endsWith('.h') || isInterfaceFile(path));
}

const MENTION_BREAKER = '\u200d';
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
const BLOCK_START = /^(?:[#+-]|\d+(?=[.)]))/;
const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
function visible(text) {
    return text.replace(INVISIBLE, (char) => NAMED_CONTROLS[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function escapeTerminal(text) {
    return visible(text);
}
function neutraliseMentions(text) {
    return text.replaceAll('@', `@${MENTION_BREAKER}`);
}
function escapeMarkdown(text) {
    const escaped = visible(text)
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`))
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;');
    return neutraliseMentions(escaped);
}
function codeSpan(text, options = {}) {
    let shown = visible(text);
    if (shown === '')
        return '` `';
    const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = shown.startsWith('`') || shown.endsWith('`') || (shown.startsWith(' ') && shown.endsWith(' '));
    if (pad)
        shown = ` ${shown} `;
    const span = `${fence}${shown}${fence}`;
    return options.inTable ? span.replaceAll('|', '\\|') : span;
}
function mention(handle, requested, options = {}) {
    if (requested.has(handle.toLowerCase()) && GITHUB_HANDLE.test(handle))
        return `@${handle}`;
    return codeSpan(handle, options);
}

const STANCE_SOURCE_WORDS = {
    policy: 'explicit',
    'import-stances': 'import stances',
    'rust-tag': '[RUST] in its name',
    'kernel-default': 'the kernel default for RUST',
    default: 'default-stance',
};
const sentences = new WeakMap();
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
function reasonJson(reason) {
    return { pattern: reason.pattern, origin: reason.origin };
}
function decidedBy(by) {
    if ('stance' in by) {
        const strictest = by.weighed > 1 ? `; strictest of ${by.weighed} owners` : '';
        return `, stance ${by.stance} (${STANCE_SOURCE_WORDS[by.source]}${strictest})`;
    }
    return '';
}
function fileDecisionWords(file, hold) {
    if (file.stance === null || file.stance === file.decision)
        return file.decision;
    const held = file.decision === 'needs-ack' || file.decision === 'blocked';
    if (held && hold !== undefined && hold.liftedBy.length > 0)
        return `${file.stance}, lifted by ${hold.liftedBy.join(', ')}`;
    return `${file.decision}, ${file.stance}`;
}

const VERDICT_TITLES = {
    routed: '✅ Routed',
    'needs-ack': '⏳ Needs ack',
    blocked: '⛔ Blocked',
};
const NO_RUST_SENTENCE = '✅ This pull request no longer changes Rust code and nothing holds it: rust-patch-router has nothing to route.';
function verdictHeading(verdict) {
    return `### ${VERDICT_TITLES[verdict]}`;
}
function verdictSentence(decision, name = (text) => text) {
    const all = decision.holds.filter((hold) => hold.liftedBy.length === 0);
    const byCheck = all.find((hold) => hold.checks !== undefined);
    const checkSentence = byCheck === undefined ? '' : ` ${checkHoldSentence(byCheck, name)}`;
    const standing = all.filter((hold) => hold.checks === undefined);
    if (byCheck !== undefined && standing.length === 0)
        return checkSentence.trim();
    return `${stanceSentence(decision, standing, name)}${checkSentence}`;
}
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
function nobodyCanLift(holds) {
    return holds.every((hold) => hold.canLift.length === 0);
}
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

const STANCES = ['core', 'opt-in', 'opt-out', 'undecided'];
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
const GITHUB_MAX_LABEL_LENGTH = 50;
const CHECK_IDS = ['safety-comment', 'unstable-feature', 'toolchain'];
const CHECK_LEVELS = ['off', 'warn', 'block'];
const DEFAULT_RUST_REVIEW = {
    checks: { 'safety-comment': 'warn', 'unstable-feature': 'warn', toolchain: 'warn' },
    featuresFiles: ['scripts/Makefile.build'],
    toolchainFiles: ['scripts/min-tool-version.sh', 'rust-toolchain', 'rust-toolchain.toml'],
    interfaceFiles: ['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**/*.rs'],
};

function ownersOf(matches) {
    const specific = matches.filter((match) => !match.fallback);
    return specific.length > 0 ? specific : [...matches];
}
function effectiveStance(subsystem, defaultStance) {
    if (subsystem.stance === undefined)
        return { stance: defaultStance, source: 'default' };
    return { stance: subsystem.stance, source: subsystem.stanceSource ?? 'policy' };
}
function resolveStance(owners, policy) {
    if (owners.length === 0)
        return null;
    if (policy.stanceResolution === 'strictest')
        return strictest(owners, policy);
    const stating = owners.find((owner) => policy.subsystems[owner.subsystem].stance !== undefined);
    const owner = stating ?? owners[0];
    return { owner, weighed: 1, ...effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance) };
}
function strictest(owners, policy) {
    let best = null;
    for (const owner of owners) {
        const candidate = effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance);
        if (best === null || STANCE_STRICTNESS[candidate.stance] > STANCE_STRICTNESS[best.stance]) {
            best = { owner, weighed: owners.length, ...candidate };
        }
    }
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
    lastOutcome(matches, rust) {
        const last = this.last;
        return last !== undefined && last.matches === matches && last.rust === rust ? last.outcome : undefined;
    }
    rememberOutcome(matches, rust, outcome) {
        this.last = { matches, rust, outcome };
        return outcome;
    }
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

const STANCE_DECISION = {
    core: 'core',
    'opt-in': 'opt-in',
    undecided: 'needs-ack',
    'opt-out': 'blocked',
};
function decideFile(path, previousPath, compiled, shared = new SharedValues(compiled.policy.subsystems)) {
    const matches = compiled.index.match(path);
    const rust = compiled.isRust(path);
    const outcome = shared.lastOutcome(matches, rust) ?? shared.rememberOutcome(matches, rust, decide(matches, rust, compiled, shared));
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
function decide(matches, rust, compiled, shared) {
    const { policy } = compiled;
    const owners = ownersOf(matches);
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
        asked: resolution.stance === 'opt-out' ? [] : [resolution.owner.subsystem],
        decider: resolution.owner.subsystem,
    };
}

function isTeam(handle) {
    return handle.includes('/');
}
function handleKey(handle) {
    return handle.toLowerCase();
}
function handlesOf(people) {
    return people.flatMap((person) => (person.handle === null ? [] : [person.handle]));
}
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

function holdOf(subsystem, stance, files, review) {
    const canLift = handlesOf(subsystem.maintainers);
    const author = review.author === undefined ? undefined : handleKey(review.author);
    const approved = new Set(review.approvedBy.map(handleKey).filter((key) => key !== author));
    const liftedBy = canLift.filter((handle) => !isTeam(handle) && approved.has(handleKey(handle)));
    return { subsystem: subsystem.name, stance, files, canLift, liftedBy, droppedAcks: [], cannotAck: [] };
}
function isHeld(hold) {
    return hold.liftedBy.length === 0;
}
function heldByCheck(holds) {
    return holds.some((hold) => hold.checks !== undefined && isHeld(hold));
}
function verdictOf(holds) {
    const standing = holds.filter(isHeld);
    if (standing.some((hold) => hold.stance === 'opt-out'))
        return 'blocked';
    return standing.length > 0 ? 'needs-ack' : 'routed';
}

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
function decisionLabels(decided, heldOwners, subsystemLabels, labels, reviewLabels = [], heldByCheck = false) {
    const status = [];
    for (const { decision, owner } of decided) {
        status.push(statusLabel(decision, { held: owner !== null && heldOwners.has(owner) }, labels));
    }
    if (heldByCheck)
        status.push(labels.blocked);
    return sortedLabels([...status, ...subsystemLabels, ...reviewLabels]);
}
function sortedLabels(labels) {
    const unique = new Set();
    for (const label of labels)
        if (label !== null)
            unique.add(label);
    return [...unique].sort(compareCodeUnits);
}
function managedLabels(policy) {
    const status = Object.values(policy.labels);
    return sortedLabels([...status, ...policy.subsystems.flatMap((subsystem) => subsystem.labels)]);
}
function compareCodeUnits(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

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
        for (const subsystem of file.asked)
            tallies.get(subsystem).asked = true;
        if (decision === 'needs-ack' || decision === 'blocked') {
            const decider = tallies.get(file.decider);
            decider.heldFiles.push(path);
            decider.heldStance = decision === 'blocked' ? 'opt-out' : 'undecided';
        }
    }
    sorted() {
        return [...this.tallies.values()].sort((a, b) => b.best - a.best || a.first - b.first);
    }
}
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

function headerOwners(header, compiled) {
    const matches = compiled.index.match(header);
    const specific = matches.filter((match) => !match.fallback);
    return (specific.length > 0 ? specific : matches).map((match) => match.subsystem);
}

const INCLUDE = /^\s*#\s*include\s*(?:<([^>\s]+)>|"([^"\s]+)")/;
const DOC_COMMENT = /^\s*\/\/(?:\/(?!\/)|!)(.*)$/;
const INLINE_LINK = /\]\(\s*<?srctree\/([^)\s>]+)>?\s*\)/g;
const LINK_DEFINITION = /^\s*\[[^\]]+\]:\s*<?srctree\/([^\s>]+)>?/;
const NO_SINGLE_FILE = ['asm/', 'generated/'];
function kindOf(path) {
    if (path.endsWith('.h') || path.endsWith('.c'))
        return 'c';
    if (path.endsWith('.rs'))
        return 'rust';
    return null;
}
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
function headersInText(path, text) {
    const headers = new Set();
    const kind = kindOf(path);
    if (kind === null)
        return [];
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
function systemInclude(name) {
    if (NO_SINGLE_FILE.some((prefix) => name.startsWith(prefix)))
        return null;
    return repositoryPath(`include/${name}`);
}
function localInclude(path, name) {
    const slash = path.lastIndexOf('/');
    return repositoryPath(slash === -1 ? name : `${path.slice(0, slash)}/${name}`);
}
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
class PairSet {
    pairs = new Map();
    add(rust, header) {
        this.pairs.set(`${rust}\u0000${header}`, { rust, header });
    }
    sorted(direction, order) {
        return [...this.pairs.values()].sort(order).map(({ rust, header }) => ({ direction, rust, header }));
    }
}

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
function addedLineIncludes(run, word) {
    return run.lines.some((line, index) => run.added[index] && line.includes(word));
}

const RAW_PREFIXES = new Set(['r', 'br', 'cr']);
const STRING_PREFIXES = new Set(['b', 'c']);
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
    opened = null;
    constructor(line, state) {
        this.line = line;
        this.state = state;
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
    charOrLifetime() {
        const { line, i } = this;
        if (line[i + 1] === '\\') {
            let end = i + 3;
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
function checkFeatureAttributes(path, hunks, sink) {
    for (const run of knownRuns(hunks)) {
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
function* linesAbove(line) {
    const { lines } = line.hunk;
    for (let k = line.index - 1; k >= 0; k--) {
        if (lines[k][0] === ' ' || lines[k][0] === line.marker)
            yield lines[k].slice(1);
    }
}
function* linesBelow(line) {
    const { lines } = line.hunk;
    for (let k = line.index + 1; k < lines.length; k++) {
        if (lines[k][0] === ' ' || lines[k][0] === line.marker)
            yield lines[k].slice(1);
    }
}
function startsAtTop(line) {
    return (line.marker === '+' ? line.hunk.newStart : line.hunk.oldStart) <= 1;
}

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

const KERNEL_FEATURES_FILE = 'scripts/Makefile.build';
const ASSIGNMENT = /^\s*rust_allowed_features\s*(?:::?=|\+=|\?=|=)(.*)$/;
const ANY_ASSIGNMENT = /^\s*[\w.-]+\s*(?:::?=|\+=|\?=|=)/;
function checkFeaturesFile(file, sink) {
    sink.findings.push({
        check: 'unstable-feature',
        path: file.path,
        line: wholeFileLine(file),
        message: `${file.status === 'removed' ? 'removes' : 'changes'} the list of allowed unstable features in ${file.path}`,
    });
}
function checkKernelFeaturesList(file, sink) {
    const before = new Set();
    const after = new Set();
    let shown;
    for (const hunk of file.hunks ?? []) {
        let undecided = false;
        for (const line of changedLines(hunk)) {
            const part = assignmentPart(line);
            if (part === 'unknown' && !undecided) {
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

const TOKEN = /[A-Za-z_]\w*|\S/g;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const FN_QUALIFIERS = new Set(['const', 'async', 'default']);
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

const SAFETY = /^[\s*]*SAFETY:/;
const SAFETY_SECTION = /^[\s/!*]*#+\s*Safety\b/;
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
function checkSafetyComments(path, hunks, sink) {
    for (const run of knownRuns(hunks)) {
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
function isSafetyComment(comment) {
    return !comment.doc && SAFETY.test(comment.text);
}

const MIN_TOOL_VERSION_FILE = 'scripts/min-tool-version.sh';
const RUST_TOOLS = ['rustc', 'bindgen'];
const ARM_PATTERN = /^\s*([^\s()]+(?:\s*\|\s*[^\s()]+)*)\s*\)/;
const ARM_END = /^\s*(?:;;|;&|;;&|esac\b|case\b)/;
const CASE_START = /^\s*case\b/;
const VERSION = /\b\d+(?:\.\d+)+\b/;
function checkToolchainFile(file, sink) {
    const verb = file.status === 'removed' ? 'removes' : file.status === 'added' ? 'adds' : 'changes';
    sink.findings.push({
        check: 'toolchain',
        path: file.path,
        line: wholeFileLine(file),
        message: `${verb} the pinned Rust toolchain file ${file.path}`,
    });
}
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

const GLOB_OPTIONS$1 = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
const GLOB_CHARS = /[*?[\]{}()!+@]/;
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
        }
    }
    return (path) => exact.has(path) || globs.some((matches) => matches(path));
}

const TOOLCHAIN_BASENAMES = new Set(['rust-toolchain', 'rust-toolchain.toml']);
function isRustupToolchainFile(path) {
    return TOOLCHAIN_BASENAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
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

const ROUTED_TO_CORE = new Set(['unstable-feature', 'toolchain']);
function reviewRoutes(files, compiled, shared, map, review) {
    const { policy } = compiled;
    const { rustReview, labels: statusLabels } = policy;
    const coreIndex = policy.subsystems.findIndex((subsystem) => subsystem.stance === 'core');
    const coreName = coreIndex === -1 ? null : policy.subsystems[coreIndex].name;
    const checked = reviewDiff(files, rustReview, (path) => compiled.isRust(path));
    failClosed(files, rustReview, (path) => compiled.isRust(path), checked);
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
function pairOwners(pair, compiled, shared) {
    if (pair.direction === 'rust-to-c')
        return headerOwners(pair.header, compiled);
    const routed = decideFile(pair.rust, undefined, compiled, shared);
    return routed.decider >= 0 ? [routed.decider] : routed.asked;
}
const LINE_CHECKS = ['safety-comment', 'unstable-feature'];
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

const DECISION_KINDS = [
    'core',
    'opt-in',
    'needs-ack',
    'blocked',
    'owners',
    'unowned',
];
const DEFAULT_MAX_REVIEWERS = 10;
const DEFAULT_KEYWORD_BUDGET_BYTES = 1024 * 1024;
function routeChanges(changes, compiled, options = {}) {
    const { policy } = compiled;
    const approvedBy = options.approvedBy ?? [];
    const shared = new SharedValues(policy.subsystems);
    const tallies = new OwnerTallies();
    const files = [];
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
    const labels = decisionLabels([...decided.values()].map(({ decision, decider }) => ({
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
function coreRow(core, review, policy, request) {
    if (core === -1)
        return [];
    const files = [...new Set(review.findings.map((finding) => finding.path))];
    const tally = { files, asked: true, ownsRust: true, heldFiles: [] };
    return [ownerReport(tally, policy.subsystems[core], policy.defaultStance, request)];
}
function coreRowSubsystem(review, owners, policy) {
    const core = review.core !== -1 ? review.core : policy.subsystems.findIndex((s) => s.name === review.hold?.subsystem);
    return core === -1 || owners.some((tally) => tally.subsystem === core) ? -1 : core;
}
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
function readGitName(rest) {
    if (rest.startsWith('"')) {
        const quoted = unquoteGitName(rest, 0);
        return quoted && { name: quoted.name, trailer: rest.slice(quoted.end).replace(/^\t/, '') };
    }
    const tab = rest.indexOf('\t');
    return tab < 0 ? { name: rest, trailer: '' } : { name: rest.slice(0, tab), trailer: rest.slice(tab + 1) };
}
function stripFirstComponent(name) {
    const slash = name.indexOf('/');
    return slash < 0 ? name : name.slice(slash + 1);
}
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

function isClean(path) {
    const first = path.charCodeAt(0);
    return (path !== '' &&
        first !== 0x2f &&
        first !== 0x2e &&
        !path.includes('//') &&
        !path.includes('/.') &&
        !path.includes('\0'));
}
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
            const message = `${normalized.problem}: ${JSON.stringify(fields[index])}`;
            errors.push(sourceError('BAD_PATH', nulSeparated ? `path ${index + 1}: ${message}` : message, file, nulSeparated ? 1 : index + 1, 1));
            continue;
        }
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

function perlOrder(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortAndUniq(values) {
    return [...new Set(values)].sort(perlOrder);
}

const BINARY_PROBE_BYTES = 8192;
function readTextInput(path, name, options = {}) {
    const read = readTextBytes(path, name, options);
    return 'error' in read ? read : { text: read.bytes.toString('utf8') };
}
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
function isNulSeparatedText(bytes) {
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return !/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text);
    }
    catch {
        return false;
    }
}
function refuse$1(file, message, code = 'BAD_ARGUMENT') {
    return { error: wholeInputError(code, message, file) };
}
function isDirectoryOnDisk(path) {
    return statOrNull(path)?.isDirectory() ?? false;
}
function statOrNull(path) {
    try {
        return __builtin$1.statSync(path);
    }
    catch {
        return null;
    }
}
function looksLikePatch(text) {
    if (/^From [0-9a-f]{7,40} /.test(text))
        return true;
    if (/^diff --git |^Index: /m.test(text))
        return true;
    return /^--- \S.*\n\+\+\+ \S/m.test(text);
}
function policyKind(text) {
    const head = text.slice(0, 64 * 1024);
    const tags = head.match(/^[A-Z]:[ \t]/gm)?.length ?? 0;
    if (tags >= 3)
        return 'kernel';
    if (/^(?:version|subsystems|import|rust|default-stance|labels)\s*:/m.test(head))
        return 'yaml';
    return 'unknown';
}
const PIPE_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));
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

const SNIFF_BYTES = 64 * 1024;
const MAX_MISSING_NAMED = 10;
const LARGE_INPUT_CHARS = 256 * 1024;
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
    const namedPaths = [];
    const listed = [];
    const missing = [];
    const addPaths = (paths, lookUp) => {
        for (const written of paths) {
            let path = written;
            if (!path.endsWith('/')) {
                const stat = statOrNull(__builtin.join(tree.root, path));
                if (stat?.isDirectory())
                    path = `${path}/`;
                else if (stat === null && (tree.explicit || options.format === 'get-maintainer'))
                    missing.push(path);
            }
            listed.push({ path, status: 'modified' });
            getMaintainerPaths.push(path);
            namedPaths.push(path);
        }
    };
    const notes = [];
    const addPatch = async (whole, name) => {
        const text = sized(whole);
        const { parseUnifiedDiff } = await Promise.resolve().then(function () { return require('./cli-parse-unified-diff.cjs'); }).then(function (n) { return n.parseUnifiedDiff$1; });
        const { readPatchLikeGetMaintainer } = await Promise.resolve().then(function () { return require('./cli-read-patch.cjs'); });
        const patch = parseUnifiedDiff(text, name);
        const read = readPatchLikeGetMaintainer(text);
        if (isCoverLetter(patch.errors, patch.value.title, read.noFiles)) {
            notes.push(wholeInputError('NOT_A_PATCH', 'a mail without a diff (a cover letter?): it changes no file', name));
        }
        else
            errors.push(...patch.errors);
        parts.push({ ...patch.value, keywordLines: read.keywordLines });
        const sorted = sortAndUniq([...getMaintainerPaths, ...read.files]);
        getMaintainerPaths.splice(0, getMaintainerPaths.length, ...sorted);
        for (const commit of read.fixes)
            getMaintainerFixes.add(commit);
    };
    let sources = 0;
    const addList = (text, name) => {
        sources += 1;
        const list = parsePathList(sized(text), name, tree.root);
        errors.push(...list.errors);
        if (tree.explicit) {
            addPaths(list.value.map((file) => file.path));
            return;
        }
        for (const file of list.value) {
            listed.push(file);
            getMaintainerPaths.push(file.path);
            namedPaths.push(file.path);
        }
    };
    const noChange = options.positionals.length === 0 &&
        options.files.length === 0 &&
        options.filesFrom === undefined &&
        options.patch === undefined &&
        options.git === undefined;
    const fromStandardInput = noChange && options.format === 'get-maintainer' && !isTerminal(0);
    if (noChange && !fromStandardInput) {
        throw new ArgumentError('route needs a change: PATH or PATCH arguments, - (standard input), --files, --files-from, --patch or --git', 'route');
    }
    const words = [
        ...(fromStandardInput ? ['-'] : options.positionals).map((word) => ({
            word,
            forcedPath: options.argumentsArePaths === true,
        })),
        ...options.files.map((word) => ({ word, forcedPath: true })),
    ];
    for (const { word, forcedPath } of words) {
        if (word === '-') {
            const read = readTextInput('-', 'standard input', { allowEmpty: true, allowNul: true });
            if ('error' in read)
                errors.push(read.error);
            else if (fromStandardInput && read.text.trim() === '') {
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
    const onlyOneList = sources === 1 && parts.slice(1).every((part) => part.files.length === 0);
    const changes = mergeChangeSets(parts, options.title, { unique: onlyOneList });
    return {
        changes,
        getMaintainerPaths,
        getMaintainerFixes: [...getMaintainerFixes],
        namedPaths,
        warnings: [...notes, ...missingFromTree(missing, tree)],
    };
}
function isCoverLetter(errors, title, noFiles) {
    return noFiles && title !== '' && errors.length > 0 && errors.every((error) => error.code === 'NOT_A_PATCH');
}
function isTerminal(fd) {
    const tty = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)('node:tty');
    return tty.isatty(fd);
}
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
function missingFromTree(missing, tree) {
    const named = missing
        .slice(0, MAX_MISSING_NAMED)
        .map((path) => wholeInputError('BAD_PATH', `not in the tree ${tree.root} (routed as written)`, path));
    if (missing.length > named.length) {
        named.push(wholeInputError('BAD_PATH', `… and ${missing.length - named.length} more paths not in the tree`, tree.root));
    }
    return named;
}
function mergeChangeSets(parts, title, options = {}) {
    const seen = new Set();
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

const BRACKETED_EMAIL = /<([^<>\s]+@[^<>\s]+)>/;
const BARE_EMAIL = /(?:^|\s)([^\s<>()",]+@[^\s<>()",]+)/;
function parseKernelPerson(value) {
    const email = BRACKETED_EMAIL.exec(value)?.[1] ?? BARE_EMAIL.exec(value)?.[1];
    return email === undefined ? { handle: null, display: value } : { handle: null, display: value, email };
}

const TAG_LINE = /^([A-Z]):[ \t\f\v]*/;
const IGNORED_LINE = /^\s*(?:#|$)/;
const KNOWN_TAGS = new Set('MRLSWQBCPTFXNK');
const EMPTY_PATTERN_CODE = {
    F: 'BAD_GLOB',
    X: 'BAD_GLOB',
    N: 'BAD_REGEX',
    K: 'BAD_REGEX',
};
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

const RUST_TAG = '[RUST]';
const RUST_TREE_SECTION = 'RUST';
const MAX_EMAIL_SUGGESTIONS = 50;
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
        const suggestion = suggestions++ < MAX_EMAIL_SUGGESTIONS ? didYouMean(mapping.email, emails) : undefined;
        const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
        const { file, line, col } = mapping.origin;
        warnings.push(sourceError('BAD_PERSON', `import.people: no section lists '${mapping.email}'${hint}`, file, line, col));
    }
    return { value: { subsystems, notOnGitHub: [...notOnGitHub] }, errors, warnings };
}

const STANCE_RESOLUTIONS = ['most-specific', 'strictest'];
const EXTENDS_IMPORTED = 'imported';
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
const EXTENDS_KEYS = ['name', 'rust', 'maintainers', 'reviewers', 'labels', 'extends'];
const DEFAULT_RUST_FILES = '**/*.rs';

function formatOrigin(origin) {
    return `${origin.file}:${origin.line}:${origin.col}`;
}
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
function readStance(r, raw, fallback) {
    return readChoice(r, raw, 'stance', STANCES, 'UNKNOWN_STANCE', fallback);
}
function checkLabel(r, label) {
    if (label.text.length <= GITHUB_MAX_LABEL_LENGTH)
        return true;
    r.error('LABEL_TOO_LONG', `label '${label.text}' is ${label.text.length} characters; GitHub allows at most ${GITHUB_MAX_LABEL_LENGTH}`, label.origin);
    return false;
}
function readLabels(r, raw, fallback) {
    return r
        .strings(raw, 'labels', fallback)
        .filter((label) => checkLabel(r, label))
        .map((label) => label.text);
}
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
function patternDialect(text) {
    return text.includes('**') || text.includes('{') ? 'glob' : 'kernel';
}
function readPatterns(r, raw, what, fallback, dialect) {
    return r.strings(raw, what, fallback).map(({ text, origin }) => ({
        text,
        dialect: dialect === 'path' ? patternDialect(text) : dialect,
        origin,
    }));
}
function readKeywords(r, raw, fallback) {
    return r.strings(raw, 'keywords', fallback).map(({ text, origin }) => ({ text, origin }));
}

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
function policyFromKernel(text, file) {
    return policyFromKernelSections(parseKernelMaintainers(text, file), file);
}
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
function extendSection(section, entry, doc, report) {
    const { stance, labels, maintainers, reviewers, origin, name } = entry.subsystem;
    const override = doc.import?.stances.find((s) => s.section === name);
    if (stance && override && override.stance !== stance) {
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

function foldCase(text) {
    const lower = text.toLowerCase();
    return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}
const EMPTY = { kind: 'empty' };
const OPAQUE = { kind: 'opaque', best: null };
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B', 'A', 'z']);
const REPEAT = /^\{(\d+)(?:,(\d*))?\}/;
const NON_ASCII$1 = /[\u0080-\uffff]/;
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
            this.failed = true;
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
            return OPAQUE;
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
            this.at++;
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

const PERL_X_WHITESPACE = /[ \t\n\r\f\v\u0085\u200e\u200f\u2028\u2029]/;
const VERTICAL = '\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}';
const HORIZONTAL = '\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}';
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

function maintainersBytes(buffer) {
    return { latin1: buffer.toString('latin1'), utf8: (start, end) => buffer.toString('utf8', start, end) };
}
const TAG = /^[A-Z]:/;
const IGNORED = /^\s*(?:#|$)/;
const PATTERN_MAGIC = '*?[](){}|+^$\\';
function sectionsReaching(file, paths, options) {
    const text = file.latin1;
    const line = (start, end) => lineText(file, start, end);
    if (!startsWithName(text, line))
        return null;
    const reachingLines = [];
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
function lineText(file, start, end) {
    const bytes = file.latin1.slice(start, end);
    return NON_ASCII.test(bytes) ? file.utf8(start, end) : bytes;
}
const NON_ASCII = /[\u0080-\uffff]/;
function asBytes(path) {
    return NON_ASCII.test(path) ? String.fromCharCode(...new TextEncoder().encode(path)) : path;
}
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
    const emit = (node) => node.size === 0 ? '' : `(?:${[...node].map(([char, next]) => `${escapeRegex$1(char)}${emit(next)}`).join('|')})?`;
    return emit(root);
}
function escapeRegex$1(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
function escapeClass(text) {
    return text.replace(/[\\\]^-]/g, '\\$&');
}
function findTag(text, tag, from) {
    if (from === 0 && text.startsWith(`${tag}:`))
        return 0;
    const at = text.indexOf(`\n${tag}:`, Math.max(0, from - 1));
    return at < 0 ? -1 : at + 1;
}
function nameReaches(pattern, paths, foldedPaths) {
    const simple = simpleLiteral(pattern);
    if (simple !== undefined)
        return simple === '' || paths.some((path) => path.includes(simple));
    const translated = translatePerl(pattern, true);
    if (translated.problem !== null)
        return true;
    const literal = requiredLiteral(translated.source);
    if (literal === null)
        return true;
    return literal.caseInsensitive
        ? foldedPaths.some((path) => path.includes(literal.text))
        : paths.some((path) => path.includes(literal.text));
}
function simpleLiteral(pattern) {
    if (/[|()\\{}\s#]/.test(pattern))
        return undefined;
    let best = '';
    let run = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '[') {
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
function sectionStart(text, at, lineAt) {
    let lineStart = at;
    while (lineStart > 0) {
        const previousEnd = lineStart - 1;
        const previousStart = previousEnd === 0 ? 0 : text.lastIndexOf('\n', previousEnd - 1) + 1;
        const line = lineAt(previousStart, previousEnd);
        lineStart = previousStart;
        if (!TAG.test(line) && !IGNORED.test(line))
            return previousStart;
    }
    return -1;
}
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

const REGEX_SYNTAX = /[(){}|+^$\\]/;
const WILDCARD = /[*?[\]]/;
const REWRITTEN = /[.*?]/;
function mayNameDirectory(text) {
    return text !== '' && !text.endsWith('/') && !REWRITTEN.test(text);
}
function kernelRegex(text) {
    return text.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
}
function kernelSpecificity(regex) {
    if (regex.startsWith('.*'))
        return -1;
    return countSlashes(regex) + (regex.endsWith('/') ? 0 : 1);
}
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
function countSlashes(text) {
    let count = 0;
    for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1))
        count++;
    return count;
}

function directoriesOf(paths) {
    const directories = new Set();
    for (const path of paths) {
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

const GRAM = 3;
const ASCII_LIMIT = 128;
function literalGrams(items) {
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
    const exactLiterals = items.flatMap((item) => item.literal && !item.literal.caseInsensitive ? [item.literal.text] : []);
    const anyExact = folded.size === 0 ? new RegExp(exactLiterals.map(escapeRegex).join('|')) : null;
    return (text) => {
        if (anyExact !== null && !anyExact.test(text))
            return alwaysValues;
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

const PLAIN_LITERAL = /^[A-Za-z0-9_/,:@=%&~!<>'"-]+$/;
function compilePerlRegex(text, origin, options = {}) {
    const built = buildPerlRegex(text, options);
    if ('regex' in built)
        return { value: built.regex, errors: [] };
    const message = `bad regular expression "${text}": ${built.why}`;
    const error = sourceError('BAD_REGEX', message, origin.file, origin.line, origin.col + built.offset);
    return { value: null, errors: [error] };
}
function buildPerlRegex(text, options = {}) {
    const translation = translatePerl(text, options.extended ?? false);
    if (translation.problem !== null)
        return { offset: translation.problem.offset, why: translation.problem.message };
    if (PLAIN_LITERAL.test(translation.source)) {
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
        const next = text.charCodeAt(i + 1);
        if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
            i++;
    }
    return bytes;
}

const MAX_KEYWORD_LINE_LENGTH = 4096;
const MAX_MATCHED_LINE_SHOWN = 120;
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
    const inText = (text) => {
        let folded;
        let lines;
        const hits = [];
        for (const keyword of keywords) {
            const literal = keyword.regex.requiredLiteral;
            if (literal !== null && !(literal.caseInsensitive ? (folded ??= foldCase(text)) : text).includes(literal.text)) {
                continue;
            }
            if (!keyword.regex.test(text))
                continue;
            lines ??= text.split('\n');
            const line = lines.find((candidate) => keyword.regex.test(candidate)) ?? lines[0];
            hits.push({
                ...keyword.hit,
                line: line.length > MAX_MATCHED_LINE_SHOWN ? `${line.slice(0, MAX_MATCHED_LINE_SHOWN)}…` : line,
            });
        }
        return hits;
    };
    return { value: { scan, inText }, errors, warnings: [] };
}
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
function toCandidate(path) {
    const dirs = [];
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        dirs.push(path.slice(0, i));
    const dirPrefix = dirs.length === 0 ? '' : path.slice(0, dirs[dirs.length - 1].length + 1);
    return { path, dirs, slashes: dirs.length, dirPrefix, plain: !NOT_PLAIN.test(path) };
}
function candidateIn(path, directory) {
    return {
        path,
        dirs: directory.dirs,
        slashes: directory.slashes,
        dirPrefix: directory.dirPrefix,
        plain: !NOT_PLAIN.test(path),
    };
}

const GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
const GLOB_MAGIC = /[*?[\]{}()!+@\\]/;
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

const SIMPLE_CLASS_BODY = /^[A-Za-z0-9_.,/-]+$/;
const NOT_UNITS = /[(){}|+^$\\\]\u007f-\uffff]/;
const ANY = { any: true };
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
function parseClass(body) {
    if (!SIMPLE_CLASS_BODY.test(body))
        return null;
    const ranges = [];
    for (let i = 0; i < body.length; i++) {
        const low = body.charCodeAt(i);
        if (body[i + 1] === '-' && i + 2 < body.length) {
            const high = body.charCodeAt(i + 2);
            if (high < low)
                return null;
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

const ALWAYS = () => true;
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
        const text = kernel.head;
        if (kernel.directory) {
            return {
                entry: pathEntry(where, pattern, kernel.specificity, { kind: 'below', dir: text.slice(0, -1) }, ALWAYS),
            };
        }
        const placement = { kind: 'literal', dirPrefix: text.slice(0, text.lastIndexOf('/') + 1), text };
        return { entry: pathEntry(where, pattern, kernel.specificity, placement, (c) => c.path.startsWith(text)) };
    }
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
function pathEntry(where, pattern, specificity, placement, test) {
    const { subsystem, role, order } = where;
    const asMatch = { subsystem, pattern, specificity, fallback: specificity === -1 };
    return { subsystem, role, pattern, specificity, order, placement, test, asMatch };
}
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
    if (!('regex' in built))
        throw new Error(`internal: simple kernel pattern ^${regex} did not compile: ${built.why}`);
    return built.regex;
}

function rankMatches(hits) {
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
function outranks(hit, current) {
    return (hit.specificity > current.specificity || (hit.specificity === current.specificity && hit.order < current.order));
}

const WILDCARD_START = /[*?[]/;
const PREFIX_KEY_LENGTH = 3;
function prefixKey(text, start, length) {
    let key = length;
    for (let i = 0; i < length; i++)
        key = key * 65536 + text.charCodeAt(start + i);
    return key;
}
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
function sameEntries(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function testInto(entries, candidate, hits) {
    if (entries === undefined)
        return;
    for (let i = 0; i < entries.length; i++)
        if (entries[i].test(candidate))
            hits.push(entries[i]);
}

const ANY_RS = '**/*.rs';
const RUST_GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
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
    const isRust = (path) => !path.endsWith('/') && matchers.some((matches) => matches(path));
    return { value: isRust, errors, warnings: [] };
}

const NO_KEYWORDS = {
    value: {
        scan: (texts) => ({
            hits: [],
            scan: { scannedBytes: 0, totalBytes: texts.reduce((sum, t) => sum + t.length, 0), capped: false },
        }),
        inText: () => [],
    },
    errors: [],
    warnings: [],
};
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

const PARTIAL_PARSE_MAX_PATHS = 64;
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
function kernelPolicy(bytes, text, file, scope) {
    if (scope !== 'everything' && scope.paths.length <= PARTIAL_PARSE_MAX_PATHS) {
        const slices = sectionsReaching(bytes, scope.paths, { keywords: scope.keywords });
        if (slices !== null) {
            return { assembled: policyFromKernelSections(parseKernelSlices(bytes, file, slices), file), partial: true };
        }
    }
    return { assembled: policyFromKernel(text(), file), partial: false };
}
async function configPolicy(text, file) {
    const { validateConfig } = await Promise.resolve().then(function () { return require('./cli-validate-config.cjs'); });
    const document = validateConfig(text, file, { importOutsideRepository: true });
    throwIfErrors(document.errors);
    const doc = document.value;
    let imported;
    if (doc.import) {
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

const EXIT_ROUTED = 0;
const EXIT_BLOCKED = 1;
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
    const getMaintainer = options.format === 'get-maintainer'
        ? await Promise.resolve().then(function () { return require('./cli-get-maintainer-output.cjs'); }).then((module) => ({
            module,
            switches: module.getMaintainerSwitches(tree, options.getMaintainerSwitches),
        }))
        : undefined;
    const keywords = keywordTexts(changes).length > 0 ||
        (getMaintainer !== undefined && getMaintainer.module.searchesFiles(getMaintainer.switches, input.namedPaths));
    let loaded = await loadPolicy(source, { paths, keywords }, tree);
    printWarnings(loaded.warnings, io);
    if (getMaintainer !== undefined) {
        const change = {
            paths: input.getMaintainerPaths,
            namedPaths: input.namedPaths,
            keywordTexts: keywordTexts(changes),
            fixes: input.getMaintainerFixes,
        };
        const { text, warnings } = await getMaintainer.module.getMaintainerText(change, loaded, tree, getMaintainer.switches);
        printWarnings(warnings, io);
        io.stdout(text);
        return EXIT_ROUTED;
    }
    let interfaceMap;
    if (interfacesWanted(loaded.compiled.policy, routed)) {
        const { interfacePaths, treeInterfaceMap } = await Promise.resolve().then(function () { return require('./cli-interface-map.cjs'); });
        interfaceMap = treeInterfaceMap(tree, loaded.compiled.policy);
        const more = interfaceMap === undefined ? [] : interfacePaths(changes.files, interfaceMap, loaded.compiled.policy);
        if (!loaded.covers(more))
            loaded = await loadPolicy(source, { paths: [...paths, ...more], keywords }, tree);
    }
    const decision = routeChanges(changes, loaded.compiled, {
        author: options.author,
        approvedBy: options.approvedBy,
        maxReviewers: options.maxReviewers,
        ...(interfaceMap === undefined ? {} : { interfaceMap }),
    });
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
const MANY_PATHS = 10_000;
let youngGenerationKeptSmall = false;
function keepYoungGenerationSmall() {
    if (youngGenerationKeptSmall)
        return;
    youngGenerationKeptSmall = true;
    const v8 = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)('node:v8');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--no-parallel-scavenge');
}
function keywordTexts(changes) {
    const texts = changes.keywordLines === undefined
        ? [changes.title, changes.body, ...changes.diffLines]
        : [changes.title, ...changes.keywordLines];
    return texts.filter((text) => text !== '');
}
const WRITE_BUFFER_BYTES = 1 << 20;
function writeChunks(chunks, io) {
    let buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    for (const chunk of chunks) {
        if (used + chunk.length * 3 > buffer.length) {
            if (used > 0)
                io.stdout(buffer.subarray(0, used));
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
exports.GET_MAINTAINER_FLAGS = GET_MAINTAINER_FLAGS;
exports.GIT_LIMITS = GIT_LIMITS;
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
exports.countSlashes = countSlashes;
exports.didYouMean = didYouMean;
exports.escapeMarkdown = escapeMarkdown;
exports.escapeTerminal = escapeTerminal;
exports.fileDecisionWords = fileDecisionWords;
exports.formatOrigin = formatOrigin;
exports.formatSourceError = formatSourceError;
exports.getMaintainerOutput = getMaintainerOutput;
exports.getMaintainerSpelling = getMaintainerSpelling;
exports.handleProblem = handleProblem;
exports.headersInText = headersInText;
exports.interfacePairs = interfacePairs;
exports.isDirectoryOnDisk = isDirectoryOnDisk;
exports.lazyRequire = lazyRequire;
exports.leavesNoOne = leavesNoOne;
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
exports.printedBlocks = printedBlocks;
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
exports.switchValueProblem = switchValueProblem;
exports.treeOf = treeOf;
exports.validateRepoPath = validateRepoPath;
exports.verdictHeading = verdictHeading;
exports.verdictSentence = verdictSentence;
exports.wholeInputError = wholeInputError;
