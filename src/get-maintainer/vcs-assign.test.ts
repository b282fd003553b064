import { GIT_LIMITS } from './output-options.js';
import { perlRound, tallyOf, vcsAssign } from './vcs-assign.js';

const options = { ignored: [], rolestats: true };

describe('vcsAssign (get_maintainer.pl: vcs_assign)', () => {
  it('most counted first, then in sorted order (one of the orders its hash gives), each with COUNT/DIVISOR=PERCENT%', () => {
    expect(vcsAssign('commit_signer', 8, tallyOf(['B <b@x>', 'C <c@x>', 'A <a@x>', 'C <c@x>']), options)).toEqual([
      { email: 'C <c@x>', role: 'commit_signer:2/8=25%' },
      { email: 'A <a@x>', role: 'commit_signer:1/8=12%' },
      { email: 'B <b@x>', role: 'commit_signer:1/8=12%' },
    ]);
  });

  it('caps the percent at 100 (a Fixes: commit signed twice by one person is 2/1=100%)', () => {
    expect(vcsAssign('blamed_fixes', 1, tallyOf(['A <a@x>', 'A <a@x>']), options)).toEqual([
      { email: 'A <a@x>', role: 'blamed_fixes:2/1=100%' },
    ]);
  });

  it(`skips .get_maintainer.ignore's addresses before counting to ${GIT_LIMITS.maxMaintainers}`, () => {
    const tally = tallyOf(['P1 <p1@x>', 'P2 <p2@x>', 'P3 <p3@x>', 'P4 <p4@x>', 'P5 <p5@x>', 'P6 <p6@x>', 'P7 <p7@x>']);
    const kept = vcsAssign('commit_signer', 7, tally, { ignored: ['P1 <p1@x>'], rolestats: true });
    expect(kept.map(({ email }) => email)).toEqual(['P2 <p2@x>', 'P3 <p3@x>', 'P4 <p4@x>', 'P5 <p5@x>', 'P6 <p6@x>']);
  });

  it(`stops at the first person under ${GIT_LIMITS.minPercent}% of the divisor`, () => {
    const tally = new Map([
      ['A <a@x>', 19],
      ['B <b@x>', 1],
      ['C <c@x>', 1],
    ]);
    expect(vcsAssign('added_lines', 21, tally, options)).toEqual([{ email: 'A <a@x>', role: 'added_lines:19/21=90%' }]);
  });

  it('reads a divisor of 0 as 1, after get_maintainer.pl\'s "Bad divisor"; the role alone without rolestats', () => {
    expect(vcsAssign('authored', 0, tallyOf(['A <a@x>']), options)).toEqual([
      { email: 'A <a@x>', role: 'authored:1/1=100%' },
    ]);
    expect(vcsAssign('authored', 3, tallyOf(['A <a@x>']), { ignored: [], rolestats: false })).toEqual([
      { email: 'A <a@x>', role: 'authored' },
    ]);
  });

  it('adds no one for an empty tally or counts of 0', () => {
    expect(vcsAssign('added_lines', 0, new Map([['A <a@x>', 0]]), options)).toEqual([]);
  });
});

describe("perlRound (Perl's sprintf %.0f)", () => {
  it('rounds half to even, as C does, and the rest to nearest', () => {
    expect([0.5, 1.5, 12.5, 37.5, 33.3, 66.7, 99.5, 100].map(perlRound)).toEqual([0, 2, 12, 38, 33, 67, 100, 100]);
  });
});
