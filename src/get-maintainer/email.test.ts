import { escapeName, formatEmail, parseEmail, splitAddresses } from './email.js';

describe('email (get_maintainer.pl parse_email, format_email, escape_name, rfc822)', () => {
  it.each([
    ['Miguel Ojeda <ojeda@kernel.org>', { name: 'Miguel Ojeda', address: 'ojeda@kernel.org' }],
    ['"David S. Miller" <davem@davemloft.net>', { name: '"David S. Miller"', address: 'davem@davemloft.net' }],
    ['Björn Roy Baron <bjorn3_gh@protonmail.com>', { name: '"Björn Roy Baron"', address: 'bjorn3_gh@protonmail.com' }],
    ['"Lee, Chun-Yi" <jlee@suse.com>', { name: '"Lee, Chun-Yi"', address: 'jlee@suse.com' }],
    ['x86@kernel.org', { name: '', address: 'x86@kernel.org' }],
    ['<only@example.org>', { name: '', address: 'only@example.org' }],
    ['Name <a@b> (comment)', { name: 'Name', address: 'a@b' }],
    ['no address at all', { name: '', address: '' }],
  ])('parseEmail(%j) → %j', (text, expected) => {
    expect(parseEmail(text)).toEqual(expected);
  });

  it.each([
    ['Linus Torvalds', 'Linus Torvalds'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ['David S. Miller', '"David S. Miller"'],
    ["O'Donoghue", '"O\'Donoghue"'],
    ['Say "hi"', '"Say \\"hi\\""'],
  ])('escapeName(%j) → %j', (name, escaped) => {
    expect(escapeName(name)).toBe(escaped);
  });

  it('formatEmail prints Name <address>, or the address alone, and is idempotent over parseEmail', () => {
    expect(formatEmail('', 'netdev@vger.kernel.org')).toBe('netdev@vger.kernel.org');
    const { name, address } = parseEmail('"David S. Miller" <davem@davemloft.net>');
    expect(formatEmail(name, address)).toBe('"David S. Miller" <davem@davemloft.net>');
  });

  it.each([
    ['Jane Doe <jane@example.org>', ['Jane Doe <jane@example.org>']],
    ['"Lee, Chun-Yi" <jlee@suse.com>', ['"Lee, Chun-Yi" <jlee@suse.com>']],
    // Not one valid address nor a valid list (the comma splits a bare name off): kept whole, as there.
    ['Enrico Weigelt, metux IT consult <info@metux.net>', ['Enrico Weigelt, metux IT consult <info@metux.net>']],
    ['a@example.org, Bee <b@example.org>', ['a@example.org', 'Bee <b@example.org>']],
    ['Paweł Nowak <pawel@example.pl>', ['Paweł Nowak <pawel@example.pl>']],
  ])('splitAddresses(%j) → %j', (value, addresses) => {
    expect(splitAddresses(value)).toEqual(addresses);
  });
});
