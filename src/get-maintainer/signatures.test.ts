import { gitOutputLines, ignoredAddresses, signatureText, signersInMessage } from './signatures.js';

describe('signersInMessage (get_maintainer.pl: vcs_find_signers, extract_formatted_signatures)', () => {
  it('takes Signed-off-by:, Reviewed-by: and Acked-by: lines with an address, indented or not, in order', () => {
    const message = [
      'Map the page before use.',
      '',
      'Signed-off-by: Ann Dev <ann@example.org>',
      '  Reviewed-by: Mara Szy <mara@example.com>',
      'Acked-by: Chris Hell <chris@example.de>',
      'Cc: Someone Else <else@example.org>',
      'Tested-by: Tess Ter <tess@example.net>',
      'Suggested-by: Sue Gest <sue@example.org>',
      'Signed-off-by: no address here',
      'signed-off-by: Low Case <low@example.org>',
    ].join('\n');
    expect(signersInMessage(message)).toEqual([
      'Ann Dev <ann@example.org>',
      'Mara Szy <mara@example.com>',
      'Chris Hell <chris@example.de>',
    ]);
  });

  it('leaves out Linus Torvalds (its chief penguin), without case', () => {
    expect(signersInMessage('Signed-off-by: linus torvalds <torvalds@example.org>\nAcked-by: A <a@x.org>')).toEqual([
      'A <a@x.org>',
    ]);
  });

  it('with --git-chief-penguins keeps him, and with --git-all-signature-types takes every …-by: line', () => {
    const message =
      'Signed-off-by: Linus Torvalds <torvalds@example.org>\nTested-by: Tess Ter <tess@example.net>\nReported by: Rep Orter <rep@example.org>\nCc: c@example.org';
    expect(signersInMessage(message, { allTypes: false, chiefPenguins: true })).toEqual([
      'Linus Torvalds <torvalds@example.org>',
    ]);
    expect(signersInMessage(message, { allTypes: true, chiefPenguins: false })).toEqual([
      'Tess Ter <tess@example.net>',
      'Rep Orter <rep@example.org>',
    ]);
  });

  it("keeps the text after a line's last colon, as its s/\\s*.*:\\s*(.+)\\s*/$1/ does", () => {
    expect(signersInMessage('Acked-by: "Q: Colon" <q@example.org>')).toEqual(['Colon" <q@example.org>']);
  });
});

describe('gitOutputLines (get_maintainer.pl: git_execute_cmd)', () => {
  it('drops leading blanks and with them blank lines, and the trailing empty lines', () => {
    expect(gitOutputLines('GitCommit: 1\n\n    Signed-off-by: A <a@x>\n  \n\tAcked-by: B <b@x>\n\n')).toEqual([
      'GitCommit: 1',
      'Signed-off-by: A <a@x>',
      'Acked-by: B <b@x>',
    ]);
  });

  it("keeps a no-break space, which Perl's \\s does not take on git's bytes", () => {
    expect(gitOutputLines('\u00a0Acked-by: A <a@x>\n')).toEqual(['\u00a0Acked-by: A <a@x>']);
  });
});

describe('signatureText (get_maintainer.pl: extract_formatted_signatures)', () => {
  it('the text after the last colon, for signature and GitAuthor: lines alike', () => {
    expect(signatureText('GitAuthor: Ann Dev <ann@example.org>')).toBe('Ann Dev <ann@example.org>');
    expect(signatureText('Reviewed-by:Mara Szy <mara@example.com>')).toBe('Mara Szy <mara@example.com>');
  });
});

describe('ignoredAddresses (get_maintainer.pl: .get_maintainer.ignore)', () => {
  it('one address a line; comments and blank lines dropped; a blank before a comment kept, as there', () => {
    expect(
      ignoredAddresses(
        '# gone\nAlan Cox <alan@example.org>\n\n  Old One <old@example.org>\nB <b@x> # why\nno address\n',
      ),
    ).toEqual(['Alan Cox <alan@example.org>', 'Old One <old@example.org>', 'B <b@x> ']);
  });
});
