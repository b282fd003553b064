/**
 * One M:/R: value of a kernel MAINTAINERS file as a Person. Imported people have no GitHub handle until the
 * policy's `import.people` maps their e-mail (policy assembly does that), so the e-mail is what matters here.
 */
import type { Person } from '../model.js';

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
export function parseKernelPerson(value: string): Person {
  const email = BRACKETED_EMAIL.exec(value)?.[1] ?? BARE_EMAIL.exec(value)?.[1];
  return email === undefined ? { handle: null, display: value } : { handle: null, display: value, email };
}
