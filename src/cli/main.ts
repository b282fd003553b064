/**
 * argv → command → exit code, and how problems are printed. Bad input of any kind (arguments, files, policy,
 * patch) ends with exit code 2: an argument error as one `rust-patch-router: …` sentence and the command's
 * usage, an input error as `file:line:col: message`. Anything else is a bug and says so (exit 3).
 *
 * Each command's module is imported when it runs, so `--version` or `route` loads only what it uses (the
 * bundle splits along these imports: see rollup.config.js and docs/PERFORMANCE.md).
 */
import { InputError } from '../errors.js';
import { ArgumentError, commandHelp, parseCliArgs, USAGE, type CliOptions } from './args.js';
import { printErrors, type CliIo } from './output.js';

export const EXIT_BAD_INPUT = 2;
/** A bug, not the user's input: distinct from 2 so scripts can tell them apart. */
export const EXIT_INTERNAL_ERROR = 3;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    return argumentError(error, io);
  }
  try {
    switch (options.command) {
      case 'route':
        return await (await import('./route-command.js')).runRoute(options, io);
      case 'explain':
        return await (await import('./explain-command.js')).runExplain(options, io);
      case 'validate':
        return await (await import('./validate-command.js')).runValidate(options, io);
      case 'import':
        return await (await import('./import-command.js')).runImport(options, io);
      case 'doctor':
        return await (await import('./doctor-command.js')).runDoctor(options, io);
      case 'version':
        io.stdout(`rust-patch-router ${io.version()}\n`);
        return 0;
      case 'help':
        io.stdout(options.helpFor === undefined ? USAGE : commandHelp(options.helpFor));
        return 0;
    }
  } catch (error) {
    if (error instanceof ArgumentError) return argumentError(error, io);
    if (error instanceof InputError) {
      printErrors(error.errors, io);
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`rust-patch-router: internal error (please report it):\n${detail}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}

/** One sentence, then where to read more: the command's flags, or the general usage. */
function argumentError(error: ArgumentError, io: CliIo): number {
  const more =
    error.command === undefined ? `\n${USAGE}` : `Run 'rust-patch-router ${error.command} --help' for its flags.\n`;
  io.stderr(`rust-patch-router: ${error.message}\n${more}`);
  return EXIT_BAD_INPUT;
}
