import { assignedSigners, ignoredAddresses, MAX_SIGNERS_PER_COMMIT, signersInMessage } from './fixes-signers.js';

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

  it("keeps the text after a line's last colon, as its s/\\s*.*:\\s*(.+)\\s*/$1/ does", () => {
    expect(signersInMessage('Acked-by: "Q: Colon" <q@example.org>')).toEqual(['Colon" <q@example.org>']);
  });
});

describe('assignedSigners (get_maintainer.pl: vcs_assign)', () => {
  it('most signatures first, then in sorted order (one of the orders its hash gives)', () => {
    expect(assignedSigners(['B <b@x>', 'C <c@x>', 'A <a@x>', 'C <c@x>'], [])).toEqual([
      { email: 'C <c@x>', signatures: 2 },
      { email: 'A <a@x>', signatures: 1 },
      { email: 'B <b@x>', signatures: 1 },
    ]);
  });

  it(`skips .get_maintainer.ignore's addresses before counting to ${MAX_SIGNERS_PER_COMMIT}`, () => {
    const signers = ['P1 <p1@x>', 'P2 <p2@x>', 'P3 <p3@x>', 'P4 <p4@x>', 'P5 <p5@x>', 'P6 <p6@x>', 'P7 <p7@x>'];
    expect(assignedSigners(signers, ['P1 <p1@x>']).map(({ email }) => email)).toEqual([
      'P2 <p2@x>',
      'P3 <p3@x>',
      'P4 <p4@x>',
      'P5 <p5@x>',
      'P6 <p6@x>',
    ]);
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
