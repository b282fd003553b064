/**
 * argv → command → exit code. Bad input of any kind (arguments, files, policy, patch) is an InputError,
 * printed as `file:line:col: message` with exit code 2; anything else is a bug and says so.
 */
import { InputError } from '../errors.js';
import { parseCliArgs, USAGE } from './args.js';
import { runDoctor } from './doctor-command.js';
import { runExplain } from './explain-command.js';
import { runImport } from './import-command.js';
import type { CliIo } from './io.js';
import { printErrors } from './print-errors.js';
import { runRoute } from './route-command.js';
import { runValidate } from './validate-command.js';

export const EXIT_BAD_INPUT = 2;
/** A bug, not the user's input: distinct from 2 so scripts can tell them apart. */
export const EXIT_INTERNAL_ERROR = 3;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.value === null) {
    printErrors(args.errors, io);
    io.stderr(`\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const options = args.value;
  try {
    switch (options.command) {
      case 'route':
        return await runRoute(options, io);
      case 'validate':
        return runValidate(options, io);
      case 'import':
        return runImport(options, io);
      case 'explain':
        return runExplain(options, io);
      case 'doctor':
        return await runDoctor(options, io);
      case 'help':
        io.stdout(USAGE);
        return 0;
    }
  } catch (error) {
    if (error instanceof InputError) {
      printErrors(error.errors, io);
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`rust-patch-router: internal error (please report it):\n${detail}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}
