import { readFileSync } from 'node:fs';
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import type { ChangeSet } from '../diff/types.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { routeChanges } from '../routing/route.js';
import { renderText } from './render-text.js';

const EXAMPLE = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');
const compiled = compilePolicy(assemblePolicy(validateConfig(EXAMPLE, 'maintainers.yml').value!).value).value;
const route = (paths: string[], text: Partial<ChangeSet> = {}) =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [], ...text },
    compiled,
  );

describe('renderText', () => {
  it('renders a realistic decision: verdict, one line per path with its reason, holds, labels, reviewers', () => {
    const decision = routeChanges(
      {
        files: [
          { path: 'rust/kernel/block/mq/request.rs', status: 'modified' },
          { path: 'rust/kernel/dma.rs', status: 'modified' },
          { path: 'drivers/net/ethernet/asix/ax_rust.rs', previousPath: 'drivers/block/ax_rust.rs', status: 'renamed' },
          { path: 'Documentation/rust/index.rst', status: 'modified' },
        ],
        title: 'rust: block: add request helpers',
        body: '',
        diffLines: [],
      },
      compiled,
      { author: 'contributor', approvedBy: ['davem'] },
    );
    expect(renderText(decision)).toMatchInlineSnapshot();
  });

  it('says where an unowned path goes: nobody', () => {
    const decision = routeChanges(
      { files: [{ path: 'x.rs', status: 'added' }], title: '', body: '', diffLines: [] },
      compilePolicy(assemblePolicy(validateConfig('version: 1\n', 'maintainers.yml').value!).value).value,
    );
    expect(renderText(decision)).toContain("x.rs → nobody (unowned)\n    no subsystem's patterns match\n");
  });

  it('cannot be made to print escape sequences or extra lines by a path', () => {
    const text = renderText(route(['rust/\u001b[2Jevil\nfake line.rs']));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('rust/\\u001b[2Jevil\\nfake line.rs → RUST (core, core)');
  });
});
