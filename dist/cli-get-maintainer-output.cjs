'use strict';

var route = require('./cli-route.cjs');
var node_module = require('node:module');
var _builtin_node_child_process = require('./cli-_builtin_node_child_process.cjs');

const __builtin = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:os");

/**
 * The people of a patch's `Fixes:` commits, as get_maintainer.pl adds them even with `--nogit --nogit-fallback`
 * (only `--nofixes` stops it): for each commit a `Fixes:` line names, the Signed-off-by:, Reviewed-by: and
 * Acked-by: lines of its message, as `blamed_fixes` (its `vcs_add_commit_signers`, `vcs_find_signers`,
 * `extract_formatted_signatures` and `vcs_assign`). Reading the message is git's, at the edge
 * (local/read-commit-message.ts); what is made of it is here.
 */
/** get_maintainer.pl's `@signature_tags`: the people responsible for the code or familiar with it. */
const SIGNATURE = /^[ \t]*(?:Signed-off-by:|Reviewed-by:|Acked-by:).*@.*$/;
/** Its `$penguin_chiefs`, matched anywhere in the line, without case: left out unless `--git-chief-penguins`. */
const CHIEF_PENGUINS = /Linus Torvalds/i;
/** Its `$email_git_max_maintainers`: at most this many people of one commit are added. */
const MAX_SIGNERS_PER_COMMIT = 5;
/**
 * The signers in a commit message, in message order and not yet deduplicated: each signature line's text after
 * its last `:` (get_maintainer.pl's `s/\s*.*:\s*(.+)\s*\/$1/`), without Linus Torvalds.
 *
 * @example signersInMessage('Fix it.\n\nSigned-off-by: Ann Dev <ann@example.org>\nCc: x@example.org\n') // → ['Ann Dev <ann@example.org>']
 */
function signersInMessage(message) {
    return message
        .split('\n')
        .map((line) => line.replace(/^\s+/, ''))
        .filter((line) => SIGNATURE.test(line) && !CHIEF_PENGUINS.test(line))
        .map((line) => line.replace(/\s*.*:\s*(.+)\s*/, '$1'));
}
/**
 * `vcs_assign(role, 1, signers)` for one commit: its signers (deduplicated and through the mailmap, as the caller
 * has them) counted, most signatures first, those in `.get_maintainer.ignore` skipped, at most
 * MAX_SIGNERS_PER_COMMIT. get_maintainer.pl orders signers of equal count as its hash does, which changes from
 * run to run; they are sorted here, which is one of the orders it prints.
 *
 * @example assignedSigners(['B <b@x>', 'A <a@x>', 'B <b@x>'], []) // → [{ email: 'B <b@x>', signatures: 2 }, { email: 'A <a@x>', signatures: 1 }]
 */
function assignedSigners(signers, ignored) {
    const counts = new Map();
    for (const email of [...signers].sort(route.perlOrder))
        counts.set(email, (counts.get(email) ?? 0) + 1);
    const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || route.perlOrder(a, b));
    const assigned = [];
    for (const [email, signatures] of ranked) {
        if (ignored.includes(email))
            continue;
        if (assigned.length === MAX_SIGNERS_PER_COMMIT)
            break;
        assigned.push({ email, signatures });
    }
    return assigned;
}
/**
 * The addresses of a `.get_maintainer.ignore` file: one a line, `#` comments and blanks dropped. get_maintainer.pl
 * keeps a line only when it is a valid RFC 822 address; here, when it has an `@`.
 *
 * @example ignoredAddresses('# old addresses\nAlan Cox <alan@example.org>\n\n') // → ['Alan Cox <alan@example.org>']
 */
function ignoredAddresses(text) {
    // Its order: blanks trimmed first, then the comment cut (a blank before `#` stays, and the line then matches no one).
    return text
        .split('\n')
        .map((line) => line.trim().replace(/#.*$/, ''))
        .filter((line) => line.includes('@'));
}

/**
 * E-mail addresses as scripts/get_maintainer.pl (v0.26) reads and prints them: `parse_email`, `format_email`,
 * `escape_name`, and the RFC 822 check that decides whether one M:/R: value names one person or a list.
 *
 * `--format get-maintainer` must print byte for byte what get_maintainer.pl prints, so that
 * `git send-email --cc-cmd` can call us instead; every function here is a port of the Perl sub it names,
 * quirks included (documented where they surprise).
 */
/** `Name <address…>` (the address is everything up to the last `>`, Perl's greedy `(.+\@.*)>`). */
const NAME_ANGLE_ADDRESS = /^([^<]+)<(.+@.*)>.*$/;
const ANGLE_ADDRESS = /^\s*<(.+@\S*)>.*$/;
const BARE_ADDRESS = /^(.+@\S*).*$/;
/** escape_name's `/[^\w \-]/ai`: any character but ASCII word characters, space and `-` forces quotes. */
const MUST_QUOTE = /[^A-Za-z0-9_ -]/;
/**
 * `parse_email`: splits `Name <address>`, `<address>` or a bare `address`; the name comes back trimmed, with
 * one surrounding pair of quotes removed and then quoted again by `escape_name` when it needs quoting.
 *
 * @example parseEmail('Miguel Ojeda <ojeda@kernel.org>') // → { name: 'Miguel Ojeda', address: 'ojeda@kernel.org' }
 * @example parseEmail('Björn Roy Baron <bjorn3_gh@protonmail.com>').name // → '"Björn Roy Baron"'
 * @example parseEmail('x86@kernel.org') // → { name: '', address: 'x86@kernel.org' }
 */
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
/**
 * `format_email($name, $address, 1)`: `Name <address>`, or the address alone when there is no name. The name
 * is trimmed, unquoted and re-quoted like parseEmail's, so formatting a parsed address is idempotent.
 *
 * @example formatEmail('"David S. Miller"', 'davem@davemloft.net') // → '"David S. Miller" <davem@davemloft.net>'
 * @example formatEmail('', 'netdev@vger.kernel.org') // → 'netdev@vger.kernel.org'
 */
function formatEmail(name, address) {
    const shown = escapeName(stripQuotes(trimPerl(name)));
    const bare = trimPerl(address);
    return shown === '' ? bare : `${shown} <${bare}>`;
}
/**
 * `escape_name`: a name with anything but ASCII letters, digits, `_`, space and `-` is put in double quotes,
 * its own unescaped quotes backslash-escaped.
 *
 * @example escapeName('David S. Miller') // → '"David S. Miller"'
 * @example escapeName('Linus Torvalds') // → 'Linus Torvalds'
 */
function escapeName(name) {
    if (!MUST_QUOTE.test(name))
        return name;
    return `"${name.replace(/(?<!\\)"/g, '\\"')}"`;
}
/** `s/^\s+|\s+$//g`. */
function trimPerl(text) {
    return text.replace(/^\s+|\s+$/g, '');
}
/** `s/^\"|\"$//g`: one quote off each end, independently. */
function stripQuotes(text) {
    return text.replace(/^"|"$/g, '');
}
// RFC 822, as get_maintainer.pl's make_rfc822re builds it (its comments explain the atom's lookahead).
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
/** Perl's `$rfc822_char`: every character must be in Latin-1. */
// eslint-disable-next-line no-control-regex
const LATIN1_ONLY = /^[\x00-\xff]*$/;
let rfc822;
/** Compiled on first use: only people of sections a path reaches are ever checked. */
function rfc822Regexes() {
    rfc822 ??= {
        one: new RegExp(`^${RFC822}$`, 's'),
        list: new RegExp(`^(?:${RFC822})?(?:,(?:${RFC822})?)*$`, 's'),
        item: new RegExp(`(?:^|,${LWSP}*)(${RFC822})`, 'gs'),
    };
    return rfc822;
}
/** `rfc822_strip_comments`: each parenthesised comment (outside quotes) becomes one space. */
function stripComments(text) {
    const comment = /^((?:[^"\\]|\\.)*(?:"(?:[^"\\]|\\.)*"(?:[^"\\]|\\.)*)*)\((?:[^()\\]|\\.)*\)/s;
    let stripped = text;
    for (let next = stripped.replace(comment, '$1 '); next !== stripped; next = stripped.replace(comment, '$1 ')) {
        stripped = next;
    }
    return stripped;
}
/**
 * `push_email_addresses`'s reading of one M:/R: value: the value itself when it is one valid RFC 822 address
 * (or neither one nor a valid list), or each address of a valid comma-separated list.
 *
 * @example splitAddresses('Jane Doe <jane@example.org>') // → ['Jane Doe <jane@example.org>']
 * @example splitAddresses('a@example.org, b@example.org') // → ['a@example.org', 'b@example.org']
 */
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
        // Perl's `while (my $entry = shift(@list))` stops at the first false entry ('' or '0').
        if (match[1] === '' || match[1] === '0')
            break;
        found.push(match[1]);
    }
    return found.length > 0 ? found : [value];
}

/**
 * The kernel's `.mailmap`, as get_maintainer.pl reads it (`read_mailmap`, `mailmap_email`): it rewrites the
 * people MAINTAINERS names to their current name and address before printing them, so a maintainer whose
 * MAINTAINERS line still has an old address is printed with the new one (6.12's INFINIBAND SUBSYSTEM is one).
 *
 * Keys are compared exactly, as get_maintainer.pl does (git itself folds case; get_maintainer.pl does not).
 */
const NAME_ADDRESS = /^([^<]+)<([^>]+)>$/;
const ADDRESS_ADDRESS = /^<([^>]+)>\s*<([^>]+)>$/;
const NAME_ADDRESS_ADDRESS = /^(.+)<([^>]+)>\s*<([^>]+)>$/;
const NAME_ADDRESS_NAME_ADDRESS = /^(.+)<([^>]+)>\s*(.+)\s*<([^>]+)>$/;
/**
 * Reads a `.mailmap` (the four forms of git-shortlog(1), `#` comments).
 *
 * @example parseMailmap('Jason Gunthorpe <jgg@ziepe.ca> <jgg@nvidia.com>\n').names.get('jgg@nvidia.com') // → 'Jason Gunthorpe'
 */
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
/**
 * `mailmap_email`: the person as the mailmap says they are now, formatted `Name <address>`. An entry for the
 * whole `Name <address>` wins over one for the address alone.
 *
 * @example mailmapEmail(mailmap, 'Jason Gunthorpe <jgg@nvidia.com>') // → 'Jason Gunthorpe <jgg@ziepe.ca>'
 */
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

/**
 * get_maintainer.pl's `(in file)` people: for a `.yaml` file (a device-tree binding, whose `maintainers:` list
 * names its owners) it reads the file and adds every address it finds (`maintainers_in_file`,
 * `clean_file_emails`). Those people are printed with the role `in file`, after everyone MAINTAINERS names.
 */
/** Only these files are read for addresses (get_maintainer.pl's default, without `--file-emails`). */
function readsEmailsFrom(path) {
    return path.endsWith('.yaml') && !/\bMAINTAINERS$/.test(path);
}
/** get_maintainer.pl's "possible address" regex: optional name-like text, then an address in optional brackets. */
const POSSIBLE_ADDRESS = /[\p{L}"' ,.+-]*\s*[,]*\s*[(<{]{0,1}[A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9]+[)>}]{0,1}/gu;
const BRACKETED = /[(<{]{0,1}([A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+)[)>}]{0,1}/g;
const NAME_SEPARATOR = /[^\p{L}',.+-]/u;
const LONE_PUNCTUATION = /^[',.+-]$/;
/**
 * The addresses get_maintainer.pl finds in a file's text, as it formats them (`Name <address>`), each once,
 * in order of appearance.
 *
 * @example emailsInFile('maintainers:\n  - Rob Herring <robh@kernel.org>\n') // → ['Rob Herring <robh@kernel.org>']
 */
function emailsInFile(text) {
    const found = (text.match(POSSIBLE_ADDRESS) ?? []).map(cleanFileEmail);
    return [...new Set(found)];
}
/** `clean_file_emails` for one match: keep the last two names (three with an initial), drop stray punctuation. */
function cleanFileEmail(raw) {
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
    return formatEmail(name, address);
}
/** Perl's `split`: like String.split, but trailing empty fields are dropped. */
function perlSplit(text, separator) {
    const fields = text.split(separator);
    while (fields.length > 0 && fields[fields.length - 1] === '')
        fields.pop();
    return fields;
}

/**
 * The sections get_maintainer.pl visits for `path`, heaviest first, ties in file order.
 *
 * @example sectionsForPath(index, 'drivers/net/phy/ax88796b_rust.rs').map((v) => subsystems[v.subsystem].name)
 *   // → ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST']
 */
function sectionsForPath(index, path) {
    const { matched, excluded } = index.explain(path);
    const skipped = new Set(excluded.map((hit) => hit.subsystem));
    const last = new Map();
    for (const hit of matched) {
        if (skipped.has(hit.subsystem))
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
/**
 * The index each line of a MAINTAINERS file has in get_maintainer.pl's `@typevalue` (every line but blank ones
 * and `#` comments), for ordering keyword sections as it does. Counts only up to the last line asked for.
 *
 * @example typevalueIndexes('A\n\n# c\nK:\tfoo\n', [4]) // → [1]
 */
function typevalueIndexes(text, lines) {
    const wanted = Math.max(0, ...lines);
    const indexAt = new Map();
    let kept = 0;
    let start = 0;
    for (let line = 1; line <= wanted && start <= text.length; line++) {
        const end = text.indexOf('\n', start);
        const content = text.slice(start, end < 0 ? text.length : end);
        indexAt.set(line, kept);
        // get_maintainer.pl keeps tag lines and any line that is not blank and not a `#` comment.
        if (/^[A-Z]:/.test(content) || !/^\s*(?:#|$)/.test(content))
            kept++;
        if (end < 0)
            break;
        start = end + 1;
    }
    return lines.map((line) => indexAt.get(line) ?? kept);
}
/**
 * Sorts keyword visits as `sort_and_uniq` sorts their line indexes: as strings, each index once.
 *
 * @example orderKeywordVisits([{ index: 9800 }, { index: 10234 }]) // → [{ index: 10234 }, { index: 9800 }]
 */
function orderKeywordVisits(visits) {
    const seen = new Set();
    const unique = visits.filter((visit) => !seen.has(visit.index) && seen.add(visit.index));
    return unique.sort((a, b) => {
        const x = String(a.index);
        const y = String(b.index);
        return x < y ? -1 : x > y ? 1 : 0;
    });
}

/** get_maintainer.pl's `$output_section_maxlen`. */
const SECTION_NAME_MAX = 50;
/** Its `@penguin_chief`: removed from the output unless `--git-chief-penguins`. */
const CHIEF_PENGUIN = /Linus Torvalds <torvalds.linux-foundation.org>/;
/** `get_maintainer_role`: the S: value, lower-cased, as a role. */
const STATUS_ROLES = {
    supported: 'supporter',
    maintained: 'maintainer',
    'odd fixes': 'odd fixer',
    orphan: 'orphan minder',
    obsolete: 'obsolete minder',
    'buried alive in reporters': 'chief penguin',
};
/**
 * The lines get_maintainer.pl prints for the input, without trailing newlines.
 *
 * @example renderGetMaintainer({ subsystems, index, paths: ['drivers/net/phy/ax88796b_rust.rs'], keywords: [] })
 *   // → ['FUJITA Tomonori <fujita.tomonori@gmail.com> (reviewer:ASIX PHY DRIVER [RUST])', …, 'linux-kernel@vger.kernel.org (open list)']
 */
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
        if ((name !== '' && namesUsed.has(name.toLowerCase())) || addressesUsed.has(address.toLowerCase()))
            return;
        emailTo.push([formatEmail(name, address), role]);
        if (name !== '')
            namesUsed.add(name.toLowerCase());
        addressesUsed.add(address.toLowerCase());
    };
    const visit = (subsystem, suffix) => {
        const name = sectionName(subsystem.name);
        for (const list of output.lists ? (subsystem.tags.L ?? []) : []) {
            const split = /(\S+)\s+(.*)$/.exec(list);
            const address = split === null ? list : split[1];
            const additional = split === null ? '' : split[2];
            if (additional.includes('subscribers-only') || listsUsed.has(address.toLowerCase()))
                continue;
            listsUsed.add(address.toLowerCase());
            const kind = additional.includes('moderated') ? 'moderated list' : 'open list';
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
        for (const { subsystem } of sectionsForPath(input.index, path))
            visit(input.subsystems[subsystem], '');
        if (input.readFile !== undefined && readsEmailsFrom(path)) {
            const text = input.readFile(path);
            if (text !== undefined)
                fileEmails.push(...emailsInFile(text));
        }
    }
    for (const { subsystem, keyword } of output.keywords ? orderKeywordVisits(input.keywords) : []) {
        visit(input.subsystems[subsystem], `:Keyword:${keyword.text}`);
    }
    const deduplicate = deduplicator(input.mailmap);
    for (const entry of [...emailTo, ...listTo])
        entry[0] = deduplicate(entry[0]);
    emailTo = emailTo.filter(([address]) => !CHIEF_PENGUIN.test(address));
    for (const email of [...new Set(fileEmails)]) {
        const { name, address } = parseEmail(mailmapEmail(input.mailmap, email));
        const formatted = formatEmail(name, address);
        pushEmail(formatted, '');
        addRole(emailTo, formatted, 'in file');
    }
    // `vcs_add_commit_signers(commit, "blamed_fixes")`: each signer deduplicated (twice there, as here), mailmapped.
    for (const signers of output.fixes ? (input.fixes ?? []) : []) {
        const emails = signers.map((signer) => mailmapEmail(input.mailmap, deduplicate(deduplicate(signer))));
        for (const { email, signatures } of assignedSigners(emails, input.ignored ?? [])) {
            pushEmail(email, '');
            addRole(emailTo, email, output.roles ? `blamed_fixes:${signatures}/1=100%` : 'blamed_fixes');
        }
    }
    const printed = new Set();
    const lines = [];
    for (const [address, role] of [...emailTo, ...listTo]) {
        if (printed.has(address))
            continue;
        printed.add(address);
        // `merge_email`: with roles off, the address alone (still printed once).
        lines.push(output.roles ? `${address} (${role})` : address);
    }
    return lines;
}
/** `get_subsystem_name`: names over 50 characters are cut to 47, trailing blanks dropped, and `...` added. */
function sectionName(name) {
    if (name.length <= SECTION_NAME_MAX)
        return name;
    return `${name.slice(0, SECTION_NAME_MAX - 3).replace(/\s*$/, '')}...`;
}
/** `get_maintainer_role`: from the section's last S: line; `unknown` without one. */
function roleOf(subsystem) {
    const statuses = subsystem.tags.S ?? [];
    const status = (statuses[statuses.length - 1] ?? 'unknown').toLowerCase();
    return STATUS_ROLES[status] ?? status;
}
/** M: and R: values in the order the section lists them (get_maintainer.pl adds people in file order). */
function peopleInFileOrder(subsystem) {
    const people = [
        ...subsystem.maintainers.map((person) => ({ person, reviewer: false })),
        ...subsystem.reviewers.map((person) => ({ person, reviewer: true })),
    ];
    // People added by maintainers.yml (`extends: imported`) have no MAINTAINERS line and no e-mail: skip them.
    const listed = people.filter(({ person }) => person.origin !== undefined && person.email !== undefined);
    listed.sort((a, b) => a.person.origin.line - b.person.origin.line);
    return listed.map(({ person, reviewer }) => ({ value: person.display, reviewer }));
}
/**
 * `deduplicate_email`: through the mailmap, then to the first name-and-address seen with the same name (or,
 * failing that, the same address), compared without case.
 */
function deduplicator(mailmap) {
    const byName = new Map();
    const byAddress = new Map();
    return (email) => {
        const parsed = parseEmail(email);
        let { name, address } = parseEmail(mailmapEmail(mailmap, formatEmail(parsed.name, parsed.address)));
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
/**
 * `add_role`: appends `role` to every entry with the same name or the same address (compared exactly) that
 * does not have it yet. A name-less address matches every name-less entry: get_maintainer.pl does the same.
 */
function addRole(entries, email, role) {
    const { name, address } = parseEmail(email);
    for (const entry of entries) {
        const other = parseEmail(entry[0]);
        if ((name === other.name || address === other.address) && !entry[1].includes(role)) {
            entry[1] = entry[1] === '' ? role : `${entry[1]},${role}`;
        }
    }
}

/**
 * The body of one commit's message, from the git CLI, for `--format get-maintainer`'s `Fixes:` signers
 * (get-maintainer/fixes-signers.ts): what get_maintainer.pl's `git log --no-color -1 COMMIT` gives it, without the
 * lines it does not read. As there, only where the tree is a git work tree (`.git` at its top) and git runs.
 */
/** One commit message is small; a larger answer is not one. */
const MESSAGE_MAX_BYTES = 4 * 1024 * 1024;
/**
 * `git log --no-color --format=%b -1 COMMIT` in `root`. COMMIT is a `Fixes:` line's 6 to 40 hex digits, so it
 * cannot be read as an option or a path.
 *
 * @example readCommitMessage('/src/linux', '0123456789ab') // → { body: 'Signed-off-by: Ann Dev <ann@example.org>\n' }
 */
function readCommitMessage(root, commit) {
    if (!/^[0-9a-fA-F]{6,40}$/.test(commit))
        return { problem: `'${commit}' is not a commit id` };
    if (!route.__builtin.existsSync(route.__builtin$1.join(root, '.git')))
        return { missing: true };
    const result = _builtin_node_child_process.__builtin.spawnSync('git', ['log', '--no-color', '--no-show-signature', '--format=%b', '-1', commit], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: MESSAGE_MAX_BYTES,
        stdio: ['ignore', 'pipe', 'pipe'],
        // C locale: git's messages are then the ones we document; optional locks: reading must not touch the index.
        env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    });
    // No git to run: get_maintainer.pl's vcs_exists() is false, and it adds no one.
    if (result.error?.code === 'ENOENT')
        return { missing: true };
    if (result.error)
        return { problem: result.error.message };
    if (result.status !== 0) {
        return { problem: result.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${result.status}` };
    }
    return { body: result.stdout };
}

/**
 * `route --format get-maintainer`: get_maintainer.pl's output for the change, with what get_maintainer.pl
 * reads from its tree — `.mailmap`, `.get_maintainer.ignore`, the `.yaml` files whose maintainers it lists, and
 * from git the messages of the commits a patch's `Fixes:` lines name — read from ours.
 */
/**
 * What get_maintainer.pl would print for the change, and warnings: a `Fixes:` commit git could not read
 * (get_maintainer.pl lets git's error through and adds no one for it).
 */
function getMaintainerText(change, loaded, tree, 
/** get_maintainer.pl's switches given (`nol`, `norolestats`, …). */
switches) {
    const { paths, keywordTexts } = change;
    const { compiled, kernelText } = loaded;
    const output = route.getMaintainerOutput(switches);
    const searched = output.keywords && keywordTexts.length > 0;
    const hits = searched ? compiled.keywords.scan(keywordTexts, route.DEFAULT_KEYWORD_BUDGET_BYTES).hits : [];
    const keywordLines = hits.map((hit) => hit.keyword.origin.line);
    // get_maintainer.pl orders keyword sections by their K: line's place among MAINTAINERS' kept lines.
    const indexes = kernelText === undefined || hits.length < 2 ? keywordLines : typevalueIndexes(kernelText(), keywordLines);
    const mailmapFile = route.__builtin$1.join(tree.root, '.mailmap');
    const warnings = [];
    const fixes = [];
    for (const commit of output.fixes ? change.fixes : []) {
        const message = readCommitMessage(tree.root, commit);
        if ('missing' in message)
            break;
        if ('body' in message)
            fixes.push(signersInMessage(message.body));
        else {
            const why = `Fixes: ${commit}: git could not read the commit (${message.problem}); its signers are not added`;
            warnings.push(route.wholeInputError('GIT_FAILED', why, route.__builtin$1.join(tree.root, '.git')));
        }
    }
    const lines = renderGetMaintainer({
        subsystems: compiled.policy.subsystems,
        index: compiled.index,
        paths,
        keywords: hits.map((hit, at) => ({ subsystem: hit.subsystem, keyword: hit.keyword, index: indexes[at] })),
        output,
        mailmap: route.__builtin.existsSync(mailmapFile) ? parseMailmap(route.__builtin.readFileSync(mailmapFile, 'utf8')) : undefined,
        readFile: (path) => readOrUndefined(route.__builtin$1.join(tree.root, path)),
        fixes,
        ignored: fixes.length === 0 ? [] : ignoredAddresses(ignoreFile(tree.root) ?? ''),
    });
    return { text: route.printedLines(lines, output), warnings };
}
/** get_maintainer.pl's `which_conf(".get_maintainer.ignore")`: the tree's top, then $HOME, then `.scripts`. */
function ignoreFile(root) {
    for (const folder of [root, __builtin.homedir(), route.__builtin$1.join(root, '.scripts')]) {
        const text = readOrUndefined(route.__builtin$1.join(folder, '.get_maintainer.ignore'));
        if (text !== undefined)
            return text;
    }
    return undefined;
}
function readOrUndefined(path) {
    try {
        return route.__builtin.readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

exports.getMaintainerText = getMaintainerText;
