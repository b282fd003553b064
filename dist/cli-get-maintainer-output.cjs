'use strict';

var route = require('./cli-route.cjs');
var node_module = require('node:module');

const __builtin = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:os");

const SIGNATURE = /^[ \t]*(?:Signed-off-by:|Reviewed-by:|Acked-by:).*@.*$/;
const ANY_SIGNATURE = /^[ \t]*(.+?)[Bb][Yy]:.*@.*$/;
const CHIEF_PENGUINS = /Linus Torvalds/i;
const DEFAULT_SIGNATURE_RULES = { allTypes: false, chiefPenguins: false };
function isSignature(line, rules = DEFAULT_SIGNATURE_RULES) {
    return (rules.allTypes ? ANY_SIGNATURE : SIGNATURE).test(line);
}
function leftOut(line, rules = DEFAULT_SIGNATURE_RULES) {
    return !rules.chiefPenguins && CHIEF_PENGUINS.test(line);
}
function signatureText(line) {
    return line.replace(/\s*.*:\s*(.+)\s*/, '$1');
}
function gitOutputLines(output) {
    const lines = output.replace(/^[ \t\n\r\f\v]*/gm, '').split('\n');
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function signersInMessage(message, rules = DEFAULT_SIGNATURE_RULES) {
    return gitOutputLines(message)
        .filter((line) => isSignature(line, rules) && !leftOut(line, rules))
        .map(signatureText);
}
function ignoredAddresses(text) {
    return text
        .split('\n')
        .map((line) => line.trim().replace(/#.*$/, ''))
        .filter((line) => line.includes('@'));
}

function vcsAssign(role, divisor, tally, options) {
    const limits = options.limits ?? route.GIT_LIMITS;
    const ranked = [...tally].filter(([, count]) => count > 0);
    if (ranked.length === 0)
        return [];
    const over = divisor <= 0 ? 1 : divisor;
    ranked.sort(([a, countA], [b, countB]) => countB - countA || route.perlOrder(a, b));
    const assigned = [];
    let counted = 0;
    for (const [email, count] of ranked) {
        const percent = Math.min((count * 100) / over, 100);
        if (options.ignored.includes(email))
            continue;
        counted++;
        if (count < limits.minSignatures || counted > limits.maxMaintainers || percent < limits.minPercent)
            break;
        assigned.push({ email, role: options.rolestats ? `${role}:${count}/${over}=${perlRound(percent)}%` : role });
    }
    return assigned;
}
function tallyOf(values) {
    const tally = new Map();
    for (const value of values)
        tally.set(value, (tally.get(value) ?? 0) + 1);
    return tally;
}
function perlRound(value) {
    const floor = Math.floor(value);
    const fraction = value - floor;
    if (fraction !== 0.5)
        return fraction < 0.5 ? floor : floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
}

const COMMIT = /^GitCommit: ([0-9a-f]{40,40})/;
const AUTHOR = /^GitAuthor: (.*)/;
function fileSignoffs(lines, file, deduplicate, mailmap, rules = DEFAULT_SIGNATURE_RULES) {
    const stat = statPattern(file);
    const signatures = lines.filter((line) => isSignature(line, rules));
    const stats = lines.filter((line) => stat.test(line));
    let authors = lines.filter((line) => AUTHOR.test(line));
    let signers = [];
    let commits = 0;
    if (signatures.length > 0) {
        commits = lines.filter((line) => COMMIT.test(line)).length;
        authors = authors.map((line) => deduplicate(signatureText(line)));
        signers = signatures.filter((line) => !leftOut(line, rules)).map((line) => deduplicate(signatureText(line)));
    }
    signers = signers.map(deduplicate);
    const tallies = [
        { role: 'commit_signer', divisor: commits, tally: tallyOf(signers.map(mailmap)) },
        { role: 'authored', divisor: commits, tally: tallyOf(authors.map(mailmap)) },
    ];
    if (authors.length !== stats.length)
        return tallies;
    const changed = stats.map((line) => {
        const [, added, removed] = stat.exec(line);
        return { added: Number(added), removed: Number(removed) };
    });
    const total = (side) => changed.reduce((sum, lines) => sum + lines[side], 0);
    const added = new Map();
    const removed = new Map();
    for (const author of unique(unique(authors).map(deduplicate))) {
        const own = changed.filter((_, at) => author === deduplicate(authors[at]));
        const email = mailmap(author);
        added.set(email, (added.get(email) ?? 0) + own.reduce((sum, lines) => sum + lines.added, 0));
        removed.set(email, (removed.get(email) ?? 0) + own.reduce((sum, lines) => sum + lines.removed, 0));
    }
    tallies.push({ role: 'added_lines', divisor: total('added'), tally: added }, { role: 'removed_lines', divisor: total('removed'), tally: removed });
    return tallies;
}
function isUnsigned(lines, rules = DEFAULT_SIGNATURE_RULES) {
    return lines.some((line) => AUTHOR.test(line)) && !lines.some((line) => isSignature(line, rules));
}
function statPattern(file) {
    try {
        return new RegExp(`^(\\d+)\\t(\\d+)\\t${file}$`);
    }
    catch {
        return new RegExp(`^(\\d+)\\t(\\d+)\\t${file.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`);
    }
}
function unique(values) {
    return [...new Set(values)];
}

function pathsForGitFallback(subsystems, index, paths) {
    return paths.filter((path) => !/MAINTAINERS$/.test(path) && !hasExactPattern(subsystems, index, path));
}
function hasExactPattern(subsystems, index, path) {
    const { matched, excluded } = index.explain(path);
    const skipped = new Set(excluded.map((hit) => hit.subsystem));
    const depth = route.countSlashes(path);
    return matched.some((hit) => hit.pattern.dialect !== 'regex' &&
        !skipped.has(hit.subsystem) &&
        hit.specificity >= depth &&
        isMaintained(subsystems[hit.subsystem]));
}
function isMaintained(subsystem) {
    const statuses = subsystem.tags.S ?? [];
    return (statuses.some((status) => /(maintain|support)/i.test(status)) &&
        subsystem.maintainers.some((person) => person.origin !== undefined));
}

const NAME_ANGLE_ADDRESS = /^([^<]+)<(.+@.*)>.*$/;
const ANGLE_ADDRESS = /^\s*<(.+@\S*)>.*$/;
const BARE_ADDRESS = /^(.+@\S*).*$/;
const MUST_QUOTE = /[^A-Za-z0-9_ -]/;
function parseEmail(formatted) {
    let name = '';
    let address = '';
    let match = NAME_ANGLE_ADDRESS.exec(formatted);
    if (match !== null) {
        name = match[1];
        address = match[2];
    }
    else if ((match = ANGLE_ADDRESS.exec(formatted)) !== null) {
        address = match[1];
    }
    else if ((match = BARE_ADDRESS.exec(formatted)) !== null) {
        address = match[1];
    }
    return { name: escapeName(stripQuotes(trimPerl(name))), address: trimPerl(address) };
}
function formatEmail(name, address, usename = true) {
    const shown = escapeName(stripQuotes(trimPerl(name)));
    const bare = trimPerl(address);
    return shown === '' || !usename ? bare : `${shown} <${bare}>`;
}
function escapeName(name) {
    if (!MUST_QUOTE.test(name))
        return name;
    return `"${name.replace(/(?<!\\)"/g, '\\"')}"`;
}
function trimPerl(text) {
    return text.replace(/^\s+|\s+$/g, '');
}
function stripQuotes(text) {
    return text.replace(/^"|"$/g, '');
}
const LWSP = '(?:(?:\\r\\n)?[ \\t])';
const SPECIALS = '()<>@,;:\\\\".\\[\\]';
const CONTROLS = '\\x00-\\x1f\\x7f';
const DTEXT = '[^\\[\\]\\r\\\\]';
const DOMAIN_LITERAL = `\\[(?:${DTEXT}|\\\\.)*\\]${LWSP}*`;
const QUOTED_STRING = `"(?:[^\\"\\r\\\\]|\\\\.|${LWSP})*"${LWSP}*`;
const ATOM = `[^${SPECIALS} ${CONTROLS}]+(?:${LWSP}+|$|(?=[\\["${SPECIALS}]))`;
const WORD = `(?:${ATOM}|${QUOTED_STRING})`;
const LOCALPART = `${WORD}(?:\\.${LWSP}*${WORD})*`;
const SUB_DOMAIN = `(?:${ATOM}|${DOMAIN_LITERAL})`;
const DOMAIN = `${SUB_DOMAIN}(?:\\.${LWSP}*${SUB_DOMAIN})*`;
const ADDR_SPEC = `${LOCALPART}@${LWSP}*${DOMAIN}`;
const PHRASE = `${WORD}*`;
const ROUTE = `(?:@${DOMAIN}(?:,@${LWSP}*${DOMAIN})*:${LWSP}*)`;
const ROUTE_ADDR = `\\<${LWSP}*${ROUTE}?${ADDR_SPEC}\\>${LWSP}*`;
const MAILBOX = `(?:${ADDR_SPEC}|${PHRASE}${ROUTE_ADDR})`;
const GROUP = `${PHRASE}:${LWSP}*(?:${MAILBOX}(?:,\\s*${MAILBOX})*)?;\\s*`;
const RFC822 = `${LWSP}*(?:${MAILBOX}|${GROUP})`;
const LATIN1_ONLY = /^[\x00-\xff]*$/;
let rfc822;
function rfc822Regexes() {
    rfc822 ??= {
        one: new RegExp(`^${RFC822}$`, 's'),
        list: new RegExp(`^(?:${RFC822})?(?:,(?:${RFC822})?)*$`, 's'),
        item: new RegExp(`(?:^|,${LWSP}*)(${RFC822})`, 'gs'),
    };
    return rfc822;
}
function stripComments(text) {
    const comment = /^((?:[^"\\]|\\.)*(?:"(?:[^"\\]|\\.)*"(?:[^"\\]|\\.)*)*)\((?:[^()\\]|\\.)*\)/s;
    let stripped = text;
    for (let next = stripped.replace(comment, '$1 '); next !== stripped; next = stripped.replace(comment, '$1 ')) {
        stripped = next;
    }
    return stripped;
}
function splitAddresses(value) {
    const stripped = stripComments(value);
    const latin1 = LATIN1_ONLY.test(stripped);
    const { one, list, item } = rfc822Regexes();
    if (latin1 && one.test(stripped))
        return [value];
    if (!latin1 || !list.test(stripped))
        return [value];
    const found = [];
    item.lastIndex = 0;
    for (let match = item.exec(stripped); match !== null; match = item.exec(stripped)) {
        if (match[0] === '')
            item.lastIndex++;
        if (match[1] === '' || match[1] === '0')
            break;
        found.push(match[1]);
    }
    return found.length > 0 ? found : [value];
}

const NAME_ADDRESS = /^([^<]+)<([^>]+)>$/;
const ADDRESS_ADDRESS = /^<([^>]+)>\s*<([^>]+)>$/;
const NAME_ADDRESS_ADDRESS = /^(.+)<([^>]+)>\s*<([^>]+)>$/;
const NAME_ADDRESS_NAME_ADDRESS = /^(.+)<([^>]+)>\s*(.+)\s*<([^>]+)>$/;
function parseMailmap(text) {
    const mailmap = { names: new Map(), addresses: new Map() };
    for (const raw of text.split('\n')) {
        const line = raw.replace(/#.*$/, '').replace(/^\s+|\s+$/g, '');
        if (line === '')
            continue;
        let match;
        if ((match = NAME_ADDRESS.exec(line)) !== null) {
            const { name, address } = parseEmail(`${match[1].trimEnd()} <${match[2]}>`);
            mailmap.names.set(address, name);
        }
        else if ((match = ADDRESS_ADDRESS.exec(line)) !== null) {
            mailmap.addresses.set(match[2], match[1]);
        }
        else if ((match = NAME_ADDRESS_ADDRESS.exec(line)) !== null) {
            const real = parseEmail(`${match[1].trimEnd()} <${match[2]}>`);
            mailmap.names.set(match[3], real.name);
            mailmap.addresses.set(match[3], real.address);
        }
        else if ((match = NAME_ADDRESS_NAME_ADDRESS.exec(line)) !== null) {
            const real = parseEmail(`${match[1].trimEnd()} <${match[2]}>`);
            const wrong = parseEmail(`${match[3].trimEnd()} <${match[4]}>`);
            const key = formatEmail(wrong.name, wrong.address);
            mailmap.names.set(key, real.name);
            mailmap.addresses.set(key, real.address);
        }
    }
    return mailmap;
}
function mailmapEmail(mailmap, line) {
    const { name, address } = parseEmail(line);
    const email = formatEmail(name, address);
    if (mailmap === undefined)
        return email;
    let realName = name;
    let realAddress = address;
    const key = mailmap.names.has(email) || mailmap.addresses.has(email) ? email : address;
    realName = mailmap.names.get(key) ?? realName;
    realAddress = mailmap.addresses.get(key) ?? realAddress;
    return formatEmail(realName, realAddress);
}

function readsEmailsFrom(path, all = false) {
    return (all || path.endsWith('.yaml')) && !/\bMAINTAINERS$/.test(path);
}
const POSSIBLE_ADDRESS = /[\p{L}"' ,.+-]*\s*[,]*\s*[(<{]{0,1}[A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9]+[)>}]{0,1}/gu;
const BRACKETED = /[(<{]{0,1}([A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+)[)>}]{0,1}/g;
const NAME_SEPARATOR = /[^\p{L}',.+-]/u;
const LONE_PUNCTUATION = /^[',.+-]$/;
function emailsInFile(text, usename = true) {
    const found = (text.match(POSSIBLE_ADDRESS) ?? []).map((raw) => cleanFileEmail(raw, usename));
    return [...new Set(found)];
}
function cleanFileEmail(raw, usename) {
    const { name: parsedName, address } = parseEmail(raw.replace(BRACKETED, '<$1>'));
    const unquoted = parsedName.replace(/^"(.*)"$/, '$1');
    const words = perlSplit(unquoted, NAME_SEPARATOR).filter((word) => !LONE_PUNCTUATION.test(word));
    let name;
    if (words.length > 2) {
        const [first, middle, last] = words.slice(-3);
        const initial = (word) => word.length === 1 || (word.length === 2 && word.endsWith('.'));
        const firstIsInitial = (first.length === 1 && /\p{L}/u.test(first)) || (first.length === 2 && first.endsWith('.'));
        name = firstIsInitial || initial(middle) ? `${first} ${middle} ${last}` : `${middle} ${last}`;
    }
    else {
        name = words.join(' ');
    }
    if (/[,.]$/.test(name))
        name = name.slice(0, -1);
    if (/^[,.]/.test(name))
        name = name.slice(1);
    return formatEmail(name, address, usename);
}
function perlSplit(text, separator) {
    const fields = text.split(separator);
    while (fields.length > 0 && fields[fields.length - 1] === '')
        fields.pop();
    return fields;
}

function sectionsForPath(index, path, patternDepth = 0) {
    const { matched, excluded } = index.explain(path);
    const skipped = new Set(excluded.map((hit) => hit.subsystem));
    const depth = route.countSlashes(path);
    const last = new Map();
    for (const hit of matched) {
        if (skipped.has(hit.subsystem))
            continue;
        if (patternDepth > 0 && hit.pattern.dialect !== 'regex' && depth - hit.specificity >= patternDepth)
            continue;
        const { line, col } = hit.pattern.origin;
        const seen = last.get(hit.subsystem);
        if (seen === undefined || line > seen.line || (line === seen.line && col > seen.col)) {
            last.set(hit.subsystem, { line, col, weight: hit.specificity });
        }
    }
    return [...last]
        .map(([subsystem, { weight }]) => ({ subsystem, weight }))
        .sort((a, b) => b.weight - a.weight || a.subsystem - b.subsystem);
}
function typevalueIndexes(text, lines) {
    const wanted = Math.max(0, ...lines);
    const indexAt = new Map();
    let kept = 0;
    let start = 0;
    for (let line = 1; line <= wanted && start <= text.length; line++) {
        const end = text.indexOf('\n', start);
        const content = text.slice(start, end < 0 ? text.length : end);
        indexAt.set(line, kept);
        if (/^[A-Z]:/.test(content) || !/^\s*(?:#|$)/.test(content))
            kept++;
        if (end < 0)
            break;
        start = end + 1;
    }
    return lines.map((line) => indexAt.get(line) ?? kept);
}
function orderKeywordVisits(visits) {
    const seen = new Set();
    const unique = visits.filter((visit) => !seen.has(visit.index) && seen.add(visit.index));
    return unique.sort((a, b) => {
        const x = String(a.index);
        const y = String(b.index);
        return x < y ? -1 : x > y ? 1 : 0;
    });
}

const SECTION_NAME_MAX = 50;
const CHIEF_PENGUIN = { name: 'Linus Torvalds', address: 'torvalds@linux-foundation.org' };
const STATUS_ROLES = {
    supported: 'supporter',
    maintained: 'maintainer',
    'odd fixes': 'odd fixer',
    orphan: 'orphan minder',
    obsolete: 'obsolete minder',
    'buried alive in reporters': 'chief penguin',
};
function renderGetMaintainer(input) {
    const output = input.output ?? route.getMaintainerOutput([]);
    let emailTo = [];
    const listTo = [];
    const namesUsed = new Set();
    const addressesUsed = new Set();
    const listsUsed = new Set();
    const pushEmail = (line, role) => {
        const { name, address } = parseEmail(line);
        if (address === '')
            return;
        const entry = [formatEmail(name, address, output.names), role];
        if (!output.removeDuplicates) {
            emailTo.push(entry);
            return;
        }
        if ((name !== '' && namesUsed.has(name.toLowerCase())) || addressesUsed.has(address.toLowerCase()))
            return;
        emailTo.push(entry);
        if (name !== '')
            namesUsed.add(name.toLowerCase());
        addressesUsed.add(address.toLowerCase());
    };
    const addRole = (email, role) => addRoleTo(emailTo, email, role, output);
    const facts = { scm: [], status: [], subsystem: [], web: [], bug: [] };
    const visit = (subsystem, suffix) => {
        const name = sectionName(subsystem.name);
        facts.subsystem.push(subsystem.name);
        for (const [tag, into] of [
            ['T', facts.scm],
            ['S', facts.status],
            ['W', facts.web],
            ['B', facts.bug],
        ]) {
            for (const value of subsystem.tags[tag] ?? [])
                into.push(`${value}${suffix}`);
        }
        for (const list of subsystem.tags.L ?? []) {
            const split = /(\S+)\s+(.*)$/.exec(list);
            const address = split === null ? list : split[1];
            const additional = split === null ? '' : split[2];
            const subscribersOnly = additional.includes('subscribers-only');
            const kind = subscribersOnly
                ? 'subscriber list'
                : additional.includes('moderated')
                    ? 'moderated list'
                    : 'open list';
            const wanted = output.lists && (subscribersOnly ? output.subscriberLists : kind === 'open list' || output.moderatedLists);
            if (!wanted || listsUsed.has(address.toLowerCase()))
                continue;
            listsUsed.add(address.toLowerCase());
            listTo.push([address, `${kind}${name === 'THE REST' ? '' : `:${name}`}${suffix}`]);
        }
        const status = roleOf(subsystem);
        for (const person of peopleInFileOrder(subsystem)) {
            if (!(person.reviewer ? output.reviewers : output.maintainers))
                continue;
            const role = person.reviewer ? `reviewer:${name}` : `${status}:${name}`;
            for (const address of splitAddresses(person.value))
                pushEmail(address, `${role}${suffix}`);
        }
    };
    const fileEmails = [];
    for (const path of input.paths) {
        for (const { subsystem } of sectionsForPath(input.index, path, output.patternDepth)) {
            visit(input.subsystems[subsystem], '');
        }
        if (input.readFile !== undefined && readsEmailsFrom(path, output.fileEmails)) {
            const text = input.readFile(path);
            if (text !== undefined)
                fileEmails.push(...emailsInFile(text, output.names));
        }
    }
    for (const { subsystem, keyword } of output.keywords ? orderKeywordVisits(input.keywords) : []) {
        visit(input.subsystems[subsystem], `:Keyword:${keyword.text}`);
    }
    const deduplicate = deduplicator(input.mailmap, output.removeDuplicates);
    const rules = { allTypes: output.allSignatureTypes, chiefPenguins: output.chiefPenguins };
    const mailmap = (email) => mailmapEmail(input.mailmap, email);
    const assign = (role, divisor, tally) => {
        for (const assigned of vcsAssign(role, divisor, tally, {
            ignored: input.ignored ?? [],
            rolestats: output.rolestats,
            limits: output.gitLimits,
        })) {
            pushEmail(assigned.email, '');
            addRole(assigned.email, assigned.role);
        }
    };
    for (const entry of [...emailTo, ...listTo])
        entry[0] = deduplicate(entry[0]);
    for (const path of (output.git || output.gitFallback) && output.email ? input.paths : []) {
        const lines = input.histories?.get(path);
        if (lines === undefined)
            continue;
        for (const { role, divisor, tally } of fileSignoffs(lines, path, deduplicate, mailmap, rules))
            assign(role, divisor, tally);
    }
    if (output.email) {
        const chief = formatEmail(CHIEF_PENGUIN.name, CHIEF_PENGUIN.address, output.names);
        if (output.chiefPenguins)
            emailTo.push([chief, 'chief penguin']);
        else {
            const his = perlPattern(chief);
            emailTo = emailTo.filter(([address]) => !his.test(address));
        }
        for (const email of [...new Set(fileEmails)]) {
            const { name, address } = parseEmail(mailmap(email));
            const formatted = formatEmail(name, address, output.names);
            pushEmail(formatted, '');
            addRole(formatted, 'in file');
        }
    }
    for (const signers of output.fixes && output.email ? (input.fixes ?? []) : []) {
        assign('blamed_fixes', 1, tallyOf(signers.map((signer) => mailmap(deduplicate(deduplicate(signer))))));
    }
    const printed = new Set();
    const lines = [];
    for (const [address, role] of output.email ? [...emailTo, ...listTo] : listTo) {
        if (printed.has(address))
            continue;
        printed.add(address);
        lines.push(output.roles ? `${address} (${role})` : address);
    }
    const unique = (values) => [...new Set(values)];
    return {
        people: lines,
        scm: unique(facts.scm),
        status: unique(facts.status),
        subsystem: unique(facts.subsystem),
        web: unique(facts.web),
        bug: unique(facts.bug),
    };
}
function sectionName(name) {
    if (name.length <= SECTION_NAME_MAX)
        return name;
    return `${name.slice(0, SECTION_NAME_MAX - 3).replace(/\s*$/, '')}...`;
}
function roleOf(subsystem) {
    const statuses = subsystem.tags.S ?? [];
    const status = (statuses[statuses.length - 1] ?? 'unknown').toLowerCase();
    return STATUS_ROLES[status] ?? status;
}
function peopleInFileOrder(subsystem) {
    const people = [
        ...subsystem.maintainers.map((person) => ({ person, reviewer: false })),
        ...subsystem.reviewers.map((person) => ({ person, reviewer: true })),
    ];
    const listed = people.filter(({ person }) => person.origin !== undefined && person.email !== undefined);
    listed.sort((a, b) => a.person.origin.line - b.person.origin.line);
    return listed.map(({ person, reviewer }) => ({ value: person.display, reviewer }));
}
function deduplicator(mailmap, removeDuplicates) {
    const byName = new Map();
    const byAddress = new Map();
    return (email) => {
        const parsed = parseEmail(email);
        const mapped = mailmapEmail(mailmap, formatEmail(parsed.name, parsed.address));
        if (!removeDuplicates)
            return mapped;
        let { name, address } = parseEmail(mapped);
        const known = (name !== '' ? byName.get(name.toLowerCase()) : undefined) ?? byAddress.get(address.toLowerCase());
        if (known !== undefined) {
            [name, address] = known;
        }
        else {
            byName.set(name.toLowerCase(), [name, address]);
            byAddress.set(address.toLowerCase(), [name, address]);
        }
        return mailmapEmail(mailmap, formatEmail(name, address));
    };
}
function addRoleTo(entries, email, role, output) {
    const { name, address } = parseEmail(email);
    const printedAs = formatEmail(name, address, output.names);
    for (const entry of entries) {
        const other = parseEmail(entry[0]);
        const same = output.removeDuplicates ? name === other.name || address === other.address : entry[0] === printedAs;
        if (same && !entry[1].includes(role)) {
            entry[1] = entry[1] === '' ? role : `${entry[1]},${role}`;
        }
    }
}
function perlPattern(text) {
    return new RegExp(text.replace(/[^A-Za-z0-9 @<>_.-]/g, '\\$&'));
}

const TAG = /^([A-Z]):[ \t\r\f\v]*([^\n]*)$/;
const DROPPED = /^[ \t\r\f\v]*$|^[ \t\r\f\v]*#/;
function sectionText(lines, nameLine, letters, isDirectory) {
    const printed = [lines[nameLine - 1]];
    for (let at = nameLine; at < lines.length; at++) {
        const line = lines[at];
        const tag = TAG.exec(line);
        if (tag === null) {
            if (DROPPED.test(line))
                continue;
            break;
        }
        const [, type, value] = tag;
        if (letters !== '' && !letters.toUpperCase().includes(type))
            continue;
        printed.push(`${type}:\t${type === 'F' || type === 'X' ? roundTrip(value, isDirectory) : value}`);
    }
    printed.push('');
    return printed;
}
function roundTrip(value, isDirectory) {
    let stored = value.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
    if (isDirectory(stored))
        stored = stored.replace(/([^/])$/, '$1/');
    return `F:${stored}`
        .replace(/([^\\])\.([^*])/g, '$1?$2')
        .replace(/([^\\])\.$/, '$1?')
        .replace(/\\\./g, '.')
        .replace(/\.\*/g, '*')
        .slice(2);
}
function sectionsText(input) {
    const { subsystems, index, lines, letters, patternDepth, isDirectory } = input;
    return input.paths.flatMap((path) => sectionsForPath(index, path, patternDepth).flatMap(({ subsystem }) => sectionText(lines, subsystems[subsystem].origin.line, letters, isDirectory)));
}

const HISTORY_FORMAT = 'GitCommit: %H%nGitAuthor: %an <%ae>%nGitDate: %aD%nGitSubject: %s%n%b%n';
const MESSAGE_MAX_BYTES = 4 * 1024 * 1024;
const HISTORY_MAX_BYTES = 256 * 1024 * 1024;
async function readCommitMessage(root, commit) {
    if (!/^[0-9a-fA-F]{6,40}$/.test(commit))
        return { problem: `'${commit}' is not a commit id` };
    if (!isGitWorkTree(root))
        return { missing: true };
    return git(root, ['log', '--no-color', '--no-show-signature', '--format=%b', '-1', commit], MESSAGE_MAX_BYTES);
}
function isGitWorkTree(root) {
    return route.__builtin.existsSync(route.__builtin$1.join(root, '.git'));
}
const MAX_GIT_PROCESSES = 8;
async function readFileHistories(root, paths, since) {
    if (!isGitWorkTree(root))
        return paths.map(() => ({ missing: true }));
    const answers = new Array(paths.length);
    let next = 0;
    const ask = async () => {
        for (let at = next++; at < paths.length; at = next++) {
            const args = ['log', '--no-color', '--no-show-signature', '--follow', `--since=${since}`, '--numstat'];
            const path = paths[at];
            answers[at] = await git(root, [...args, '--no-merges', `--format=${HISTORY_FORMAT}`, '--', path], HISTORY_MAX_BYTES);
        }
    };
    const processes = Math.max(1, Math.min(paths.length, __builtin.availableParallelism(), MAX_GIT_PROCESSES));
    await Promise.all(Array.from({ length: processes }, ask));
    return answers;
}
const GIT_ENV = { LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
async function git(root, args, maxBuffer) {
    const { execFile } = await Promise.resolve().then(function () { return require('./cli-_builtin_node_child_process.cjs'); }).then(function (n) { return n._builtin_node_child_process; });
    return new Promise((resolve) => {
        const options = { cwd: root, encoding: 'utf8', maxBuffer, env: { ...process.env, ...GIT_ENV } };
        execFile('git', args, options, (error, stdout, stderr) => {
            const code = error?.code;
            if (code === 'ENOENT')
                resolve({ missing: true });
            else if (error === null)
                resolve({ output: stdout });
            else
                resolve({ problem: stderr.split('\n').find((line) => line.trim() !== '') ?? error.message });
        });
    });
}

const ON_THE_COMMAND_LINE_ONLY = new Map([
    ['mpath', 'the MAINTAINERS file is read before this file: give it with --maintainers'],
    ['file', 'the arguments are read before this file'],
]);
function confSwitches(text, file) {
    const words = wordsOf(text);
    const switches = [];
    const errors = [];
    const problem = (word, message) => errors.push(route.sourceError('BAD_ARGUMENT', message, file, word.line, word.col));
    for (let at = 0; at < words.length; at++) {
        const word = words[at];
        const spelled = route.getMaintainerSpelling(word.text);
        const [written, inline] = spelled.startsWith('--') ? spelled.slice(2).split(/=(.*)/s) : ['', undefined];
        const flag = route.GET_MAINTAINER_FLAGS.find(({ name }) => name === written);
        if (flag === undefined) {
            problem(word, `'${word.text}' is not a get_maintainer.pl switch that route --format get-maintainer takes`);
            continue;
        }
        if (ON_THE_COMMAND_LINE_ONLY.has(flag.name)) {
            problem(word, `--${flag.name} is taken on the command line only (${ON_THE_COMMAND_LINE_ONLY.get(flag.name)})`);
            if (flag.value !== undefined && inline === undefined)
                at++;
            continue;
        }
        let value = inline;
        if (flag.value !== undefined && value === undefined)
            value = words[++at]?.text;
        if (flag.value !== undefined && value === undefined) {
            problem(word, `--${flag.name} needs a value (${flag.value})`);
            continue;
        }
        if (flag.value === undefined && value !== undefined) {
            problem(word, `--${flag.name} takes no value`);
            continue;
        }
        const wrong = route.switchValueProblem(flag.name, value);
        if (wrong !== undefined)
            problem(word, wrong);
        else
            switches.push(value === undefined ? flag.name : `${flag.name}=${value}`);
    }
    const noOne = route.leavesNoOne(switches);
    if (noOne !== undefined)
        errors.push(route.sourceError('BAD_ARGUMENT', noOne, file, 1, 1));
    return { value: switches, errors, warnings: [] };
}
function wordsOf(text) {
    const words = [];
    text.split('\n').forEach((line, index) => {
        for (const match of line.matchAll(/\S+/g)) {
            if (match[0].startsWith('#'))
                break;
            words.push({ text: match[0], line: index + 1, col: match.index + 1 });
        }
    });
    return words;
}

function getMaintainerSwitches(tree, given) {
    const switches = [...switchesInConf(tree.root), ...given];
    const noOne = route.leavesNoOne(switches);
    if (noOne !== undefined)
        throw new route.ArgumentError(`${noOne} (with .get_maintainer.conf's switches)`, 'route');
    return switches;
}
function searchesFiles(switches, namedPaths) {
    const output = route.getMaintainerOutput(switches);
    return output.keywords && output.keywordsInFile && !output.sections && namedPaths.length > 0;
}
async function getMaintainerText(change, loaded, tree, switches) {
    const { paths, keywordTexts } = change;
    const { compiled, kernelText } = loaded;
    const output = route.getMaintainerOutput(switches);
    if (output.sections)
        return { text: sectionsOnly(change.paths, loaded, tree, output), warnings: [] };
    const searched = output.keywords && keywordTexts.length > 0;
    const hits = uniqueHits([
        ...(searched ? compiled.keywords.scan(keywordTexts, route.DEFAULT_KEYWORD_BUDGET_BYTES).hits : []),
        ...(searchesFiles(switches, change.namedPaths) ? keywordsInFiles(change.namedPaths, loaded, tree) : []),
    ]);
    const keywordLines = hits.map((hit) => hit.keyword.origin.line);
    const indexes = kernelText === undefined || hits.length < 2 ? keywordLines : typevalueIndexes(kernelText(), keywordLines);
    const mailmapText = output.mailmap ? readOrUndefined(route.__builtin$1.join(tree.root, '.mailmap')) : undefined;
    const warnings = [];
    const rules = { allTypes: output.allSignatureTypes, chiefPenguins: output.chiefPenguins };
    const fixes = output.fixes && output.email ? await fixesSigners(change.fixes, tree, rules, warnings) : [];
    const fallback = output.gitFallback && kernelText !== undefined;
    const asked = output.email && (output.git || fallback) && inGitWorkTree(tree, output, warnings);
    const histories = asked
        ? await fileHistories(output.git ? paths : pathsForGitFallback(compiled.policy.subsystems, compiled.index, paths), output.gitSince, tree, rules, warnings)
        : new Map();
    const blocks = renderGetMaintainer({
        subsystems: compiled.policy.subsystems,
        index: compiled.index,
        paths,
        keywords: hits.map((hit, at) => ({ subsystem: hit.subsystem, keyword: hit.keyword, index: indexes[at] })),
        output,
        mailmap: mailmapText === undefined ? undefined : parseMailmap(mailmapText),
        readFile: (path) => readOrUndefined(route.__builtin$1.join(tree.root, path)),
        fixes,
        histories,
        ignored: fixes.length === 0 && histories.size === 0
            ? []
            : ignoredAddresses(readOrUndefined(whichConf(tree.root, '.get_maintainer.ignore')) ?? ''),
    });
    return { text: route.printedBlocks(blocks, output), warnings };
}
function sectionsOnly(paths, loaded, tree, output) {
    const { compiled, kernelText } = loaded;
    if (kernelText === undefined) {
        const why = '--sections and --letters print the MAINTAINERS file itself: give it with --maintainers';
        throw new route.InputError([route.wholeInputError('BAD_ARGUMENT', why, output.letters === '' ? '--sections' : '--letters')]);
    }
    const lines = sectionsText({
        subsystems: compiled.policy.subsystems,
        index: compiled.index,
        paths,
        lines: kernelText().split('\n'),
        letters: output.letters,
        patternDepth: output.patternDepth,
        isDirectory: (pattern) => route.isDirectoryOnDisk(route.__builtin$1.join(tree.root, pattern)),
    });
    return lines.map((line) => `${line}\n`).join('');
}
function keywordsInFiles(paths, loaded, tree) {
    const hits = [];
    for (const path of paths) {
        if (path === 'MAINTAINERS' || route.statOrNull(route.__builtin$1.join(tree.root, path))?.isFile() !== true)
            continue;
        const text = readOrUndefined(route.__builtin$1.join(tree.root, path));
        if (text !== undefined)
            hits.push(...loaded.compiled.keywords.inText(text));
    }
    return hits;
}
function uniqueHits(hits) {
    const seen = new Set();
    return hits.filter((hit) => !seen.has(hit.keyword) && seen.add(hit.keyword));
}
async function fixesSigners(commits, tree, rules, warnings) {
    const fixes = [];
    for (const commit of commits) {
        const message = await readCommitMessage(tree.root, commit);
        if ('missing' in message)
            break;
        if ('output' in message)
            fixes.push(signersInMessage(message.output, rules));
        else
            warnings.push(gitWarning(tree, `Fixes: ${commit}: git could not read the commit (${message.problem}); its signers are not added`));
    }
    return fixes;
}
async function fileHistories(paths, since, tree, rules, warnings) {
    const asked = [...new Set(paths)];
    const answers = await readFileHistories(tree.root, asked, since);
    const histories = new Map();
    asked.forEach((path, at) => {
        const history = answers[at];
        if ('missing' in history)
            return;
        if ('problem' in history) {
            const why = `${path}: git could not read its history (${history.problem}); its signers and authors are not added`;
            warnings.push(gitWarning(tree, why));
            return;
        }
        const lines = gitOutputLines(history.output);
        histories.set(path, lines);
        if (isUnsigned(lines, rules)) {
            const why = `${path}: no commit of its last year has a Signed-off-by:, Reviewed-by: or Acked-by: line; its authors are counted as get_maintainer.pl counts them (its "Bad divisor")`;
            warnings.push(gitWarning(tree, why));
        }
    });
    return histories;
}
function inGitWorkTree(tree, output, warnings) {
    if (isGitWorkTree(tree.root))
        return true;
    if (output.git) {
        warnings.push(gitWarning(tree, '--git: not a git work tree (or no git): nobody is added from its history'));
    }
    return false;
}
function gitWarning(tree, message) {
    return route.wholeInputError('GIT_FAILED', message, route.__builtin$1.join(tree.root, '.git'));
}
function whichConf(root, name) {
    const path = [root, __builtin.homedir(), route.__builtin$1.join(root, '.scripts')].map((folder) => route.__builtin$1.join(folder, name)).find(route.__builtin.existsSync);
    return path !== undefined && route.statOrNull(path)?.isFile() ? path : undefined;
}
function switchesInConf(root) {
    const path = whichConf(root, '.get_maintainer.conf');
    if (path === undefined)
        return [];
    const read = route.readTextInput(path, "get_maintainer.pl's .get_maintainer.conf", { allowEmpty: true });
    if ('error' in read)
        throw new route.InputError([read.error]);
    const switches = confSwitches(read.text, path);
    if (switches.errors.length > 0)
        throw new route.InputError(switches.errors);
    return switches.value;
}
function readOrUndefined(path) {
    if (path === undefined)
        return undefined;
    try {
        return route.__builtin.readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

exports.getMaintainerSwitches = getMaintainerSwitches;
exports.getMaintainerText = getMaintainerText;
exports.searchesFiles = searchesFiles;
