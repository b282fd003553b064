/**
 * The kernel's `.mailmap`, as get_maintainer.pl reads it (`read_mailmap`, `mailmap_email`): it rewrites the
 * people MAINTAINERS names to their current name and address before printing them, so a maintainer whose
 * MAINTAINERS line still has an old address is printed with the new one (6.12's INFINIBAND SUBSYSTEM is one).
 *
 * Keys are compared exactly, as get_maintainer.pl does (git itself folds case; get_maintainer.pl does not).
 */
import { formatEmail, parseEmail } from './email.js';

/** Replacement names and addresses, keyed by an address or by a full `Name <address>`. */
export interface Mailmap {
  names: Map<string, string>;
  addresses: Map<string, string>;
}

const NAME_ADDRESS = /^([^<]+)<([^>]+)>$/;
const ADDRESS_ADDRESS = /^<([^>]+)>\s*<([^>]+)>$/;
const NAME_ADDRESS_ADDRESS = /^(.+)<([^>]+)>\s*<([^>]+)>$/;
const NAME_ADDRESS_NAME_ADDRESS = /^(.+)<([^>]+)>\s*(.+)\s*<([^>]+)>$/;

/**
 * Reads a `.mailmap` (the four forms of git-shortlog(1), `#` comments).
 *
 * @example parseMailmap('Jason Gunthorpe <jgg@ziepe.ca> <jgg@nvidia.com>\n').names.get('jgg@nvidia.com') // → 'Jason Gunthorpe'
 */
export function parseMailmap(text: string): Mailmap {
  const mailmap: Mailmap = { names: new Map(), addresses: new Map() };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/^\s+|\s+$/g, '');
    if (line === '') continue;
    let match: RegExpExecArray | null;
    if ((match = NAME_ADDRESS.exec(line)) !== null) {
      const { name, address } = parseEmail(`${match[1].trimEnd()} <${match[2]}>`);
      mailmap.names.set(address, name);
    } else if ((match = ADDRESS_ADDRESS.exec(line)) !== null) {
      mailmap.addresses.set(match[2], match[1]);
    } else if ((match = NAME_ADDRESS_ADDRESS.exec(line)) !== null) {
      const real = parseEmail(`${match[1].trimEnd()} <${match[2]}>`);
      mailmap.names.set(match[3], real.name);
      mailmap.addresses.set(match[3], real.address);
    } else if ((match = NAME_ADDRESS_NAME_ADDRESS.exec(line)) !== null) {
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
export function mailmapEmail(mailmap: Mailmap | undefined, line: string): string {
  const { name, address } = parseEmail(line);
  const email = formatEmail(name, address);
  if (mailmap === undefined) return email;
  let realName = name;
  let realAddress = address;
  const key = mailmap.names.has(email) || mailmap.addresses.has(email) ? email : address;
  realName = mailmap.names.get(key) ?? realName;
  realAddress = mailmap.addresses.get(key) ?? realAddress;
  return formatEmail(realName, realAddress);
}
