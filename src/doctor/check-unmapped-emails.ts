/**
 * Check `unmapped-emails`: people imported from MAINTAINERS are known by e-mail; without an `import.people`
 * entry mapping the e-mail to a GitHub login they are kept in the report as "not on GitHub", never asked, and
 * can never lift a hold (docs/POLICY.md, "Importing MAINTAINERS"). A kernel MAINTAINERS names thousands of people, so
 * the finding counts them and names the first few.
 */
import type { Policy } from '../model.js';
import { plural, summariseList } from './summarise.js';
import type { Finding } from './types.js';

export function checkUnmappedEmails(policy: Policy, policyPath: string): Finding[] {
  const unmapped = policy.notOnGitHub;
  if (unmapped.length === 0) return [];
  return [
    {
      check: 'unmapped-emails',
      severity: 'warning',
      message:
        `${plural(unmapped.length, 'person', 'people')} imported from ${policy.sources[1] ?? 'MAINTAINERS'} ` +
        `${unmapped.length === 1 ? 'has' : 'have'} no GitHub login, so they are never asked and can never ack: ` +
        `${summariseList(unmapped)}.`,
      fix: `Map each e-mail to a login under import.people in ${policyPath} (\`ojeda@kernel.org: ojeda\`).`,
      file: policyPath,
    },
  ];
}
