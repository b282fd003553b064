'use strict';

var route = require('./cli-route.cjs');
require('node:module');

/**
 * argv → command → exit code, and how problems are printed. Bad input of any kind (arguments, files, policy,
 * patch) ends with exit code 2: an argument error as one `rust-patch-router: …` sentence and the command's
 * usage, an input error as `file:line:col: message`. Anything else is a bug and says so (exit 3).
 *
 * Each command's module is imported when it runs, so `--version` or `route` loads only what it uses (the
 * bundle splits along these imports: see rollup.config.js and docs/PERFORMANCE.md).
 */
const EXIT_BAD_INPUT = 2;
/** A bug, not the user's input: distinct from 2 so scripts can tell them apart. */
const EXIT_INTERNAL_ERROR = 3;
async function main(argv, io) {
    let options;
    try {
        options = route.parseCliArgs(argv);
    }
    catch (error) {
        if (!(error instanceof route.ArgumentError))
            throw error;
        return argumentError(error, io);
    }
    try {
        switch (options.command) {
            case 'route':
                return await (await Promise.resolve().then(function () { return require('./cli-route.cjs'); }).then(function (n) { return n.routeCommand; })).runRoute(options, io);
            case 'explain':
                return await (await Promise.resolve().then(function () { return require('./cli-explain-command.cjs'); })).runExplain(options, io);
            case 'validate':
                return await (await Promise.resolve().then(function () { return require('./cli-validate-command.cjs'); })).runValidate(options, io);
            case 'import':
                return await (await Promise.resolve().then(function () { return require('./cli-import-command.cjs'); })).runImport(options, io);
            case 'doctor':
                return await (await Promise.resolve().then(function () { return require('./cli-doctor-command.cjs'); }).then(function (n) { return n.doctorCommand; })).runDoctor(options, io);
            case 'version':
                io.stdout(`rust-patch-router ${io.version()}\n`);
                return 0;
            case 'help':
                io.stdout(options.helpFor === undefined ? route.USAGE : route.commandHelp(options.helpFor));
                return 0;
        }
    }
    catch (error) {
        if (error instanceof route.ArgumentError)
            return argumentError(error, io);
        if (error instanceof route.InputError) {
            route.printErrors(error.errors, io);
            return EXIT_BAD_INPUT;
        }
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.stderr(`rust-patch-router: internal error (please report it):\n${detail}\n`);
        return EXIT_INTERNAL_ERROR;
    }
}
/** One sentence, then where to read more: the command's flags, or the general usage. */
function argumentError(error, io) {
    const more = error.command === undefined ? `\n${route.USAGE}` : `Run 'rust-patch-router ${error.command} --help' for its flags.\n`;
    io.stderr(`rust-patch-router: ${error.message}\n${more}`);
    return EXIT_BAD_INPUT;
}

/**
 * The CLI entry (bundled to dist/cli.cjs, run by bin/rust-patch-router.cjs). Kept small on purpose: every command
 * is imported when it runs (main.ts), so start-up pays only for what the command uses.
 *
 * Output goes straight to file descriptors 1 and 2 with writeSync rather than through process.stdout: creating
 * that stream loads Node's whole stream machinery (a few milliseconds of a one-file run, docs/PERFORMANCE.md),
 * and a blocking write is the simplest backpressure there is — a slow reader down the pipe holds us back
 * instead of a 50 MB decision queueing up in memory.
 */
/** How long to wait before writing again to a non-blocking pipe that is full. */
const PIPE_FULL_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Writes all of `data` to `fd`, waiting while a non-blocking pipe is full. */
function writeAll(fd, data) {
    let bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    while (bytes.length > 0) {
        try {
            bytes = bytes.subarray(route.__builtin.writeSync(fd, bytes));
        }
        catch (error) {
            const code = error.code;
            if (code === 'EAGAIN') {
                Atomics.wait(pause, 0, 0, PIPE_FULL_RETRY_MS);
                continue;
            }
            // The reader went away (`… | head`): stop quietly with the exit code so far, as Unix filters do.
            if (code === 'EPIPE')
                process.exit(process.exitCode ?? 0);
            throw error;
        }
    }
}
void main(process.argv.slice(2), {
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    cwd: process.cwd(),
    // dist/cli.cjs sits one folder below package.json; read only when --version asks.
    version: () => JSON.parse(route.__builtin.readFileSync(new URL('../package.json', require('node:url').pathToFileURL(__filename).href), 'utf8')).version,
}).then((code) => {
    process.exitCode = code;
});
