/** The action's entry (action.yml `main: dist/index.js` once bundled). */
import { run } from './main.js';

await run();
