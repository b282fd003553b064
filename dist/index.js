import * as os from 'os';
import os__default, { EOL } from 'os';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { promises, constants } from 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import { C as Context, c as commonjsGlobal, g as getDefaultExportFromCjs, R as RequestError, O as Octokit, r as restEndpointMethods, p as paginateRest } from './action-shared.js';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
import { createRequire } from 'node:module';

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}

function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
process.platform === 'win32';
fs.constants.O_RDONLY;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
process.platform === 'win32';

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}

const context = new Context();

/**
 * Errors as values that carry where they came from.
 *
 * Parsers never throw on bad input: they return `{ value, errors, warnings }` so that every problem in a
 * file is reported at once, each as `file:line:col: message`. Only the edges (CLI, action) turn errors
 * into an exit code.
 */
/**
 * Formats an error the way compilers do, so editors and CI logs can jump to it.
 *
 * @example formatSourceError({ code: 'BAD_GLOB', message: "unclosed '['", file: 'maintainers.yml', line: 3, col: 7 })
 *   // → "maintainers.yml:3:7: unclosed '['"
 */
function formatSourceError(error) {
    // A problem with the whole input (missing, empty, binary) has no position to point at: `file: message`.
    if (error.line === 0)
        return `${error.file}: ${error.message}`;
    return `${error.file}:${error.line}:${error.col}: ${error.message}`;
}
/** Builds a SourceError; `line` and `col` default to 1 for errors about a whole input. */
function sourceError(code, message, file, line = 1, col = 1) {
    return { code, message, file, line, col };
}
/**
 * Bad input, thrown only at the edges (CLI, action) once parsers have collected their errors.
 * Exit code 2 on the command line; a failed step with annotations in the action.
 */
class InputError extends Error {
    errors;
    constructor(errors, options) {
        super(errors.map(formatSourceError).join('\n'), options);
        this.name = 'InputError';
        this.errors = errors;
    }
}
/**
 * Suggests the closest candidate for a misspelt word (Levenshtein distance ≤ 1/3 of its length, at least 2).
 *
 * @example didYouMean('opt-inn', ['core', 'opt-in', 'opt-out']) // → 'opt-in'
 */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}

var light$1 = {exports: {}};

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
var light = light$1.exports;

var hasRequiredLight;

function requireLight () {
	if (hasRequiredLight) return light$1.exports;
	hasRequiredLight = 1;
	(function (module, exports) {
		(function (global, factory) {
			module.exports = factory() ;
		}(light, (function () {
			var commonjsGlobal$1 = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof commonjsGlobal !== 'undefined' ? commonjsGlobal : typeof self !== 'undefined' ? self : {};

			function getCjsExportFromNamespace (n) {
				return n && n['default'] || n;
			}

			var load = function(received, defaults, onto = {}) {
			  var k, ref, v;
			  for (k in defaults) {
			    v = defaults[k];
			    onto[k] = (ref = received[k]) != null ? ref : v;
			  }
			  return onto;
			};

			var overwrite = function(received, defaults, onto = {}) {
			  var k, v;
			  for (k in received) {
			    v = received[k];
			    if (defaults[k] !== void 0) {
			      onto[k] = v;
			    }
			  }
			  return onto;
			};

			var parser = {
				load: load,
				overwrite: overwrite
			};

			var DLList;

			DLList = class DLList {
			  constructor(incr, decr) {
			    this.incr = incr;
			    this.decr = decr;
			    this._first = null;
			    this._last = null;
			    this.length = 0;
			  }

			  push(value) {
			    var node;
			    this.length++;
			    if (typeof this.incr === "function") {
			      this.incr();
			    }
			    node = {
			      value,
			      prev: this._last,
			      next: null
			    };
			    if (this._last != null) {
			      this._last.next = node;
			      this._last = node;
			    } else {
			      this._first = this._last = node;
			    }
			    return void 0;
			  }

			  shift() {
			    var value;
			    if (this._first == null) {
			      return;
			    } else {
			      this.length--;
			      if (typeof this.decr === "function") {
			        this.decr();
			      }
			    }
			    value = this._first.value;
			    if ((this._first = this._first.next) != null) {
			      this._first.prev = null;
			    } else {
			      this._last = null;
			    }
			    return value;
			  }

			  first() {
			    if (this._first != null) {
			      return this._first.value;
			    }
			  }

			  getArray() {
			    var node, ref, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, ref.value));
			    }
			    return results;
			  }

			  forEachShift(cb) {
			    var node;
			    node = this.shift();
			    while (node != null) {
			      (cb(node), node = this.shift());
			    }
			    return void 0;
			  }

			  debug() {
			    var node, ref, ref1, ref2, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, {
			        value: ref.value,
			        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
			        next: (ref2 = ref.next) != null ? ref2.value : void 0
			      }));
			    }
			    return results;
			  }

			};

			var DLList_1 = DLList;

			var Events;

			Events = class Events {
			  constructor(instance) {
			    this.instance = instance;
			    this._events = {};
			    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
			      throw new Error("An Emitter already exists for this object");
			    }
			    this.instance.on = (name, cb) => {
			      return this._addListener(name, "many", cb);
			    };
			    this.instance.once = (name, cb) => {
			      return this._addListener(name, "once", cb);
			    };
			    this.instance.removeAllListeners = (name = null) => {
			      if (name != null) {
			        return delete this._events[name];
			      } else {
			        return this._events = {};
			      }
			    };
			  }

			  _addListener(name, status, cb) {
			    var base;
			    if ((base = this._events)[name] == null) {
			      base[name] = [];
			    }
			    this._events[name].push({cb, status});
			    return this.instance;
			  }

			  listenerCount(name) {
			    if (this._events[name] != null) {
			      return this._events[name].length;
			    } else {
			      return 0;
			    }
			  }

			  async trigger(name, ...args) {
			    var e, promises;
			    try {
			      if (name !== "debug") {
			        this.trigger("debug", `Event triggered: ${name}`, args);
			      }
			      if (this._events[name] == null) {
			        return;
			      }
			      this._events[name] = this._events[name].filter(function(listener) {
			        return listener.status !== "none";
			      });
			      promises = this._events[name].map(async(listener) => {
			        var e, returned;
			        if (listener.status === "none") {
			          return;
			        }
			        if (listener.status === "once") {
			          listener.status = "none";
			        }
			        try {
			          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
			          if (typeof (returned != null ? returned.then : void 0) === "function") {
			            return (await returned);
			          } else {
			            return returned;
			          }
			        } catch (error) {
			          e = error;
			          {
			            this.trigger("error", e);
			          }
			          return null;
			        }
			      });
			      return ((await Promise.all(promises))).find(function(x) {
			        return x != null;
			      });
			    } catch (error) {
			      e = error;
			      {
			        this.trigger("error", e);
			      }
			      return null;
			    }
			  }

			};

			var Events_1 = Events;

			var DLList$1, Events$1, Queues;

			DLList$1 = DLList_1;

			Events$1 = Events_1;

			Queues = class Queues {
			  constructor(num_priorities) {
			    this.Events = new Events$1(this);
			    this._length = 0;
			    this._lists = (function() {
			      var j, ref, results;
			      results = [];
			      for (j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); 1 <= ref ? ++j : --j) {
			        results.push(new DLList$1((() => {
			          return this.incr();
			        }), (() => {
			          return this.decr();
			        })));
			      }
			      return results;
			    }).call(this);
			  }

			  incr() {
			    if (this._length++ === 0) {
			      return this.Events.trigger("leftzero");
			    }
			  }

			  decr() {
			    if (--this._length === 0) {
			      return this.Events.trigger("zero");
			    }
			  }

			  push(job) {
			    return this._lists[job.options.priority].push(job);
			  }

			  queued(priority) {
			    if (priority != null) {
			      return this._lists[priority].length;
			    } else {
			      return this._length;
			    }
			  }

			  shiftAll(fn) {
			    return this._lists.forEach(function(list) {
			      return list.forEachShift(fn);
			    });
			  }

			  getFirst(arr = this._lists) {
			    var j, len, list;
			    for (j = 0, len = arr.length; j < len; j++) {
			      list = arr[j];
			      if (list.length > 0) {
			        return list;
			      }
			    }
			    return [];
			  }

			  shiftLastFrom(priority) {
			    return this.getFirst(this._lists.slice(priority).reverse()).shift();
			  }

			};

			var Queues_1 = Queues;

			var BottleneckError;

			BottleneckError = class BottleneckError extends Error {};

			var BottleneckError_1 = BottleneckError;

			var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

			NUM_PRIORITIES = 10;

			DEFAULT_PRIORITY = 5;

			parser$1 = parser;

			BottleneckError$1 = BottleneckError_1;

			Job = class Job {
			  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
			    this.task = task;
			    this.args = args;
			    this.rejectOnDrop = rejectOnDrop;
			    this.Events = Events;
			    this._states = _states;
			    this.Promise = Promise;
			    this.options = parser$1.load(options, jobDefaults);
			    this.options.priority = this._sanitizePriority(this.options.priority);
			    if (this.options.id === jobDefaults.id) {
			      this.options.id = `${this.options.id}-${this._randomIndex()}`;
			    }
			    this.promise = new this.Promise((_resolve, _reject) => {
			      this._resolve = _resolve;
			      this._reject = _reject;
			    });
			    this.retryCount = 0;
			  }

			  _sanitizePriority(priority) {
			    var sProperty;
			    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
			    if (sProperty < 0) {
			      return 0;
			    } else if (sProperty > NUM_PRIORITIES - 1) {
			      return NUM_PRIORITIES - 1;
			    } else {
			      return sProperty;
			    }
			  }

			  _randomIndex() {
			    return Math.random().toString(36).slice(2);
			  }

			  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
			    if (this._states.remove(this.options.id)) {
			      if (this.rejectOnDrop) {
			        this._reject(error != null ? error : new BottleneckError$1(message));
			      }
			      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
			      return true;
			    } else {
			      return false;
			    }
			  }

			  _assertStatus(expected) {
			    var status;
			    status = this._states.jobStatus(this.options.id);
			    if (!(status === expected || (expected === "DONE" && status === null))) {
			      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
			    }
			  }

			  doReceive() {
			    this._states.start(this.options.id);
			    return this.Events.trigger("received", {args: this.args, options: this.options});
			  }

			  doQueue(reachedHWM, blocked) {
			    this._assertStatus("RECEIVED");
			    this._states.next(this.options.id);
			    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
			  }

			  doRun() {
			    if (this.retryCount === 0) {
			      this._assertStatus("QUEUED");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
			  }

			  async doExecute(chained, clearGlobalState, run, free) {
			    var error, eventInfo, passed;
			    if (this.retryCount === 0) {
			      this._assertStatus("RUNNING");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    this.Events.trigger("executing", eventInfo);
			    try {
			      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
			      if (clearGlobalState()) {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._resolve(passed);
			      }
			    } catch (error1) {
			      error = error1;
			      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			    }
			  }

			  doExpire(clearGlobalState, run, free) {
			    var error, eventInfo;
			    if (this._states.jobStatus(this.options.id === "RUNNING")) {
			      this._states.next(this.options.id);
			    }
			    this._assertStatus("EXECUTING");
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
			    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			  }

			  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
			    var retry, retryAfter;
			    if (clearGlobalState()) {
			      retry = (await this.Events.trigger("failed", error, eventInfo));
			      if (retry != null) {
			        retryAfter = ~~retry;
			        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
			        this.retryCount++;
			        return run(retryAfter);
			      } else {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._reject(error);
			      }
			    }
			  }

			  doDone(eventInfo) {
			    this._assertStatus("EXECUTING");
			    this._states.next(this.options.id);
			    return this.Events.trigger("done", eventInfo);
			  }

			};

			var Job_1 = Job;

			var BottleneckError$2, LocalDatastore, parser$2;

			parser$2 = parser;

			BottleneckError$2 = BottleneckError_1;

			LocalDatastore = class LocalDatastore {
			  constructor(instance, storeOptions, storeInstanceOptions) {
			    this.instance = instance;
			    this.storeOptions = storeOptions;
			    this.clientId = this.instance._randomIndex();
			    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
			    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
			    this._running = 0;
			    this._done = 0;
			    this._unblockTime = 0;
			    this.ready = this.Promise.resolve();
			    this.clients = {};
			    this._startHeartbeat();
			  }

			  _startHeartbeat() {
			    var base;
			    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
			      return typeof (base = (this.heartbeat = setInterval(() => {
			        var amount, incr, maximum, now, reservoir;
			        now = Date.now();
			        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
			          this._lastReservoirRefresh = now;
			          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
			          this.instance._drainAll(this.computeCapacity());
			        }
			        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
			          ({
			            reservoirIncreaseAmount: amount,
			            reservoirIncreaseMaximum: maximum,
			            reservoir
			          } = this.storeOptions);
			          this._lastReservoirIncrease = now;
			          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
			          if (incr > 0) {
			            this.storeOptions.reservoir += incr;
			            return this.instance._drainAll(this.computeCapacity());
			          }
			        }
			      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
			    } else {
			      return clearInterval(this.heartbeat);
			    }
			  }

			  async __publish__(message) {
			    await this.yieldLoop();
			    return this.instance.Events.trigger("message", message.toString());
			  }

			  async __disconnect__(flush) {
			    await this.yieldLoop();
			    clearInterval(this.heartbeat);
			    return this.Promise.resolve();
			  }

			  yieldLoop(t = 0) {
			    return new this.Promise(function(resolve, reject) {
			      return setTimeout(resolve, t);
			    });
			  }

			  computePenalty() {
			    var ref;
			    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
			  }

			  async __updateSettings__(options) {
			    await this.yieldLoop();
			    parser$2.overwrite(options, options, this.storeOptions);
			    this._startHeartbeat();
			    this.instance._drainAll(this.computeCapacity());
			    return true;
			  }

			  async __running__() {
			    await this.yieldLoop();
			    return this._running;
			  }

			  async __queued__() {
			    await this.yieldLoop();
			    return this.instance.queued();
			  }

			  async __done__() {
			    await this.yieldLoop();
			    return this._done;
			  }

			  async __groupCheck__(time) {
			    await this.yieldLoop();
			    return (this._nextRequest + this.timeout) < time;
			  }

			  computeCapacity() {
			    var maxConcurrent, reservoir;
			    ({maxConcurrent, reservoir} = this.storeOptions);
			    if ((maxConcurrent != null) && (reservoir != null)) {
			      return Math.min(maxConcurrent - this._running, reservoir);
			    } else if (maxConcurrent != null) {
			      return maxConcurrent - this._running;
			    } else if (reservoir != null) {
			      return reservoir;
			    } else {
			      return null;
			    }
			  }

			  conditionsCheck(weight) {
			    var capacity;
			    capacity = this.computeCapacity();
			    return (capacity == null) || weight <= capacity;
			  }

			  async __incrementReservoir__(incr) {
			    var reservoir;
			    await this.yieldLoop();
			    reservoir = this.storeOptions.reservoir += incr;
			    this.instance._drainAll(this.computeCapacity());
			    return reservoir;
			  }

			  async __currentReservoir__() {
			    await this.yieldLoop();
			    return this.storeOptions.reservoir;
			  }

			  isBlocked(now) {
			    return this._unblockTime >= now;
			  }

			  check(weight, now) {
			    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
			  }

			  async __check__(weight) {
			    var now;
			    await this.yieldLoop();
			    now = Date.now();
			    return this.check(weight, now);
			  }

			  async __register__(index, weight, expiration) {
			    var now, wait;
			    await this.yieldLoop();
			    now = Date.now();
			    if (this.conditionsCheck(weight)) {
			      this._running += weight;
			      if (this.storeOptions.reservoir != null) {
			        this.storeOptions.reservoir -= weight;
			      }
			      wait = Math.max(this._nextRequest - now, 0);
			      this._nextRequest = now + wait + this.storeOptions.minTime;
			      return {
			        success: true,
			        wait,
			        reservoir: this.storeOptions.reservoir
			      };
			    } else {
			      return {
			        success: false
			      };
			    }
			  }

			  strategyIsBlock() {
			    return this.storeOptions.strategy === 3;
			  }

			  async __submit__(queueLength, weight) {
			    var blocked, now, reachedHWM;
			    await this.yieldLoop();
			    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
			      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
			    }
			    now = Date.now();
			    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
			    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
			    if (blocked) {
			      this._unblockTime = now + this.computePenalty();
			      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
			      this.instance._dropAllQueued();
			    }
			    return {
			      reachedHWM,
			      blocked,
			      strategy: this.storeOptions.strategy
			    };
			  }

			  async __free__(index, weight) {
			    await this.yieldLoop();
			    this._running -= weight;
			    this._done += weight;
			    this.instance._drainAll(this.computeCapacity());
			    return {
			      running: this._running
			    };
			  }

			};

			var LocalDatastore_1 = LocalDatastore;

			var BottleneckError$3, States;

			BottleneckError$3 = BottleneckError_1;

			States = class States {
			  constructor(status1) {
			    this.status = status1;
			    this._jobs = {};
			    this.counts = this.status.map(function() {
			      return 0;
			    });
			  }

			  next(id) {
			    var current, next;
			    current = this._jobs[id];
			    next = current + 1;
			    if ((current != null) && next < this.status.length) {
			      this.counts[current]--;
			      this.counts[next]++;
			      return this._jobs[id]++;
			    } else if (current != null) {
			      this.counts[current]--;
			      return delete this._jobs[id];
			    }
			  }

			  start(id) {
			    var initial;
			    initial = 0;
			    this._jobs[id] = initial;
			    return this.counts[initial]++;
			  }

			  remove(id) {
			    var current;
			    current = this._jobs[id];
			    if (current != null) {
			      this.counts[current]--;
			      delete this._jobs[id];
			    }
			    return current != null;
			  }

			  jobStatus(id) {
			    var ref;
			    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
			  }

			  statusJobs(status) {
			    var k, pos, ref, results, v;
			    if (status != null) {
			      pos = this.status.indexOf(status);
			      if (pos < 0) {
			        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
			      }
			      ref = this._jobs;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        if (v === pos) {
			          results.push(k);
			        }
			      }
			      return results;
			    } else {
			      return Object.keys(this._jobs);
			    }
			  }

			  statusCounts() {
			    return this.counts.reduce(((acc, v, i) => {
			      acc[this.status[i]] = v;
			      return acc;
			    }), {});
			  }

			};

			var States_1 = States;

			var DLList$2, Sync;

			DLList$2 = DLList_1;

			Sync = class Sync {
			  constructor(name, Promise) {
			    this.schedule = this.schedule.bind(this);
			    this.name = name;
			    this.Promise = Promise;
			    this._running = 0;
			    this._queue = new DLList$2();
			  }

			  isEmpty() {
			    return this._queue.length === 0;
			  }

			  async _tryToRun() {
			    var args, cb, error, reject, resolve, returned, task;
			    if ((this._running < 1) && this._queue.length > 0) {
			      this._running++;
			      ({task, args, resolve, reject} = this._queue.shift());
			      cb = (await (async function() {
			        try {
			          returned = (await task(...args));
			          return function() {
			            return resolve(returned);
			          };
			        } catch (error1) {
			          error = error1;
			          return function() {
			            return reject(error);
			          };
			        }
			      })());
			      this._running--;
			      this._tryToRun();
			      return cb();
			    }
			  }

			  schedule(task, ...args) {
			    var promise, reject, resolve;
			    resolve = reject = null;
			    promise = new this.Promise(function(_resolve, _reject) {
			      resolve = _resolve;
			      return reject = _reject;
			    });
			    this._queue.push({task, args, resolve, reject});
			    this._tryToRun();
			    return promise;
			  }

			};

			var Sync_1 = Sync;

			var version = "2.19.5";
			var version$1 = {
				version: version
			};

			var version$2 = /*#__PURE__*/Object.freeze({
				version: version,
				default: version$1
			});

			var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

			parser$3 = parser;

			Events$2 = Events_1;

			RedisConnection$1 = require$$2;

			IORedisConnection$1 = require$$3;

			Scripts$1 = require$$4;

			Group = (function() {
			  class Group {
			    constructor(limiterOptions = {}) {
			      this.deleteKey = this.deleteKey.bind(this);
			      this.limiterOptions = limiterOptions;
			      parser$3.load(this.limiterOptions, this.defaults, this);
			      this.Events = new Events$2(this);
			      this.instances = {};
			      this.Bottleneck = Bottleneck_1;
			      this._startAutoCleanup();
			      this.sharedConnection = this.connection != null;
			      if (this.connection == null) {
			        if (this.limiterOptions.datastore === "redis") {
			          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        } else if (this.limiterOptions.datastore === "ioredis") {
			          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        }
			      }
			    }

			    key(key = "") {
			      var ref;
			      return (ref = this.instances[key]) != null ? ref : (() => {
			        var limiter;
			        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
			          id: `${this.id}-${key}`,
			          timeout: this.timeout,
			          connection: this.connection
			        }));
			        this.Events.trigger("created", limiter, key);
			        return limiter;
			      })();
			    }

			    async deleteKey(key = "") {
			      var deleted, instance;
			      instance = this.instances[key];
			      if (this.connection) {
			        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
			      }
			      if (instance != null) {
			        delete this.instances[key];
			        await instance.disconnect();
			      }
			      return (instance != null) || deleted > 0;
			    }

			    limiters() {
			      var k, ref, results, v;
			      ref = this.instances;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        results.push({
			          key: k,
			          limiter: v
			        });
			      }
			      return results;
			    }

			    keys() {
			      return Object.keys(this.instances);
			    }

			    async clusterKeys() {
			      var cursor, end, found, i, k, keys, len, next, start;
			      if (this.connection == null) {
			        return this.Promise.resolve(this.keys());
			      }
			      keys = [];
			      cursor = null;
			      start = `b_${this.id}-`.length;
			      end = "_settings".length;
			      while (cursor !== 0) {
			        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
			        cursor = ~~next;
			        for (i = 0, len = found.length; i < len; i++) {
			          k = found[i];
			          keys.push(k.slice(start, -end));
			        }
			      }
			      return keys;
			    }

			    _startAutoCleanup() {
			      var base;
			      clearInterval(this.interval);
			      return typeof (base = (this.interval = setInterval(async() => {
			        var e, k, ref, results, time, v;
			        time = Date.now();
			        ref = this.instances;
			        results = [];
			        for (k in ref) {
			          v = ref[k];
			          try {
			            if ((await v._store.__groupCheck__(time))) {
			              results.push(this.deleteKey(k));
			            } else {
			              results.push(void 0);
			            }
			          } catch (error) {
			            e = error;
			            results.push(v.Events.trigger("error", e));
			          }
			        }
			        return results;
			      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
			    }

			    updateSettings(options = {}) {
			      parser$3.overwrite(options, this.defaults, this);
			      parser$3.overwrite(options, options, this.limiterOptions);
			      if (options.timeout != null) {
			        return this._startAutoCleanup();
			      }
			    }

			    disconnect(flush = true) {
			      var ref;
			      if (!this.sharedConnection) {
			        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
			      }
			    }

			  }
			  Group.prototype.defaults = {
			    timeout: 1000 * 60 * 5,
			    connection: null,
			    Promise: Promise,
			    id: "group-key"
			  };

			  return Group;

			}).call(commonjsGlobal$1);

			var Group_1 = Group;

			var Batcher, Events$3, parser$4;

			parser$4 = parser;

			Events$3 = Events_1;

			Batcher = (function() {
			  class Batcher {
			    constructor(options = {}) {
			      this.options = options;
			      parser$4.load(this.options, this.defaults, this);
			      this.Events = new Events$3(this);
			      this._arr = [];
			      this._resetPromise();
			      this._lastFlush = Date.now();
			    }

			    _resetPromise() {
			      return this._promise = new this.Promise((res, rej) => {
			        return this._resolve = res;
			      });
			    }

			    _flush() {
			      clearTimeout(this._timeout);
			      this._lastFlush = Date.now();
			      this._resolve();
			      this.Events.trigger("batch", this._arr);
			      this._arr = [];
			      return this._resetPromise();
			    }

			    add(data) {
			      var ret;
			      this._arr.push(data);
			      ret = this._promise;
			      if (this._arr.length === this.maxSize) {
			        this._flush();
			      } else if ((this.maxTime != null) && this._arr.length === 1) {
			        this._timeout = setTimeout(() => {
			          return this._flush();
			        }, this.maxTime);
			      }
			      return ret;
			    }

			  }
			  Batcher.prototype.defaults = {
			    maxTime: null,
			    maxSize: null,
			    Promise: Promise
			  };

			  return Batcher;

			}).call(commonjsGlobal$1);

			var Batcher_1 = Batcher;

			var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$8 = getCjsExportFromNamespace(version$2);

			var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
			  splice = [].splice;

			NUM_PRIORITIES$1 = 10;

			DEFAULT_PRIORITY$1 = 5;

			parser$5 = parser;

			Queues$1 = Queues_1;

			Job$1 = Job_1;

			LocalDatastore$1 = LocalDatastore_1;

			RedisDatastore$1 = require$$4$1;

			Events$4 = Events_1;

			States$1 = States_1;

			Sync$1 = Sync_1;

			Bottleneck = (function() {
			  class Bottleneck {
			    constructor(options = {}, ...invalid) {
			      var storeInstanceOptions, storeOptions;
			      this._addToQueue = this._addToQueue.bind(this);
			      this._validateOptions(options, invalid);
			      parser$5.load(options, this.instanceDefaults, this);
			      this._queues = new Queues$1(NUM_PRIORITIES$1);
			      this._scheduled = {};
			      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
			      this._limiter = null;
			      this.Events = new Events$4(this);
			      this._submitLock = new Sync$1("submit", this.Promise);
			      this._registerLock = new Sync$1("register", this.Promise);
			      storeOptions = parser$5.load(options, this.storeDefaults, {});
			      this._store = (function() {
			        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
			          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
			          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else if (this.datastore === "local") {
			          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
			          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else {
			          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
			        }
			      }).call(this);
			      this._queues.on("leftzero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
			      });
			      this._queues.on("zero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
			      });
			    }

			    _validateOptions(options, invalid) {
			      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
			        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
			      }
			    }

			    ready() {
			      return this._store.ready;
			    }

			    clients() {
			      return this._store.clients;
			    }

			    channel() {
			      return `b_${this.id}`;
			    }

			    channel_client() {
			      return `b_${this.id}_${this._store.clientId}`;
			    }

			    publish(message) {
			      return this._store.__publish__(message);
			    }

			    disconnect(flush = true) {
			      return this._store.__disconnect__(flush);
			    }

			    chain(_limiter) {
			      this._limiter = _limiter;
			      return this;
			    }

			    queued(priority) {
			      return this._queues.queued(priority);
			    }

			    clusterQueued() {
			      return this._store.__queued__();
			    }

			    empty() {
			      return this.queued() === 0 && this._submitLock.isEmpty();
			    }

			    running() {
			      return this._store.__running__();
			    }

			    done() {
			      return this._store.__done__();
			    }

			    jobStatus(id) {
			      return this._states.jobStatus(id);
			    }

			    jobs(status) {
			      return this._states.statusJobs(status);
			    }

			    counts() {
			      return this._states.statusCounts();
			    }

			    _randomIndex() {
			      return Math.random().toString(36).slice(2);
			    }

			    check(weight = 1) {
			      return this._store.__check__(weight);
			    }

			    _clearGlobalState(index) {
			      if (this._scheduled[index] != null) {
			        clearTimeout(this._scheduled[index].expiration);
			        delete this._scheduled[index];
			        return true;
			      } else {
			        return false;
			      }
			    }

			    async _free(index, job, options, eventInfo) {
			      var e, running;
			      try {
			        ({running} = (await this._store.__free__(index, options.weight)));
			        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
			        if (running === 0 && this.empty()) {
			          return this.Events.trigger("idle");
			        }
			      } catch (error1) {
			        e = error1;
			        return this.Events.trigger("error", e);
			      }
			    }

			    _run(index, job, wait) {
			      var clearGlobalState, free, run;
			      job.doRun();
			      clearGlobalState = this._clearGlobalState.bind(this, index);
			      run = this._run.bind(this, index, job);
			      free = this._free.bind(this, index, job);
			      return this._scheduled[index] = {
			        timeout: setTimeout(() => {
			          return job.doExecute(this._limiter, clearGlobalState, run, free);
			        }, wait),
			        expiration: job.options.expiration != null ? setTimeout(function() {
			          return job.doExpire(clearGlobalState, run, free);
			        }, wait + job.options.expiration) : void 0,
			        job: job
			      };
			    }

			    _drainOne(capacity) {
			      return this._registerLock.schedule(() => {
			        var args, index, next, options, queue;
			        if (this.queued() === 0) {
			          return this.Promise.resolve(null);
			        }
			        queue = this._queues.getFirst();
			        ({options, args} = next = queue.first());
			        if ((capacity != null) && options.weight > capacity) {
			          return this.Promise.resolve(null);
			        }
			        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
			        index = this._randomIndex();
			        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
			          var empty;
			          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
			          if (success) {
			            queue.shift();
			            empty = this.empty();
			            if (empty) {
			              this.Events.trigger("empty");
			            }
			            if (reservoir === 0) {
			              this.Events.trigger("depleted", empty);
			            }
			            this._run(index, next, wait);
			            return this.Promise.resolve(options.weight);
			          } else {
			            return this.Promise.resolve(null);
			          }
			        });
			      });
			    }

			    _drainAll(capacity, total = 0) {
			      return this._drainOne(capacity).then((drained) => {
			        var newCapacity;
			        if (drained != null) {
			          newCapacity = capacity != null ? capacity - drained : capacity;
			          return this._drainAll(newCapacity, total + drained);
			        } else {
			          return this.Promise.resolve(total);
			        }
			      }).catch((e) => {
			        return this.Events.trigger("error", e);
			      });
			    }

			    _dropAllQueued(message) {
			      return this._queues.shiftAll(function(job) {
			        return job.doDrop({message});
			      });
			    }

			    stop(options = {}) {
			      var done, waitForExecuting;
			      options = parser$5.load(options, this.stopDefaults);
			      waitForExecuting = (at) => {
			        var finished;
			        finished = () => {
			          var counts;
			          counts = this._states.counts;
			          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
			        };
			        return new this.Promise((resolve, reject) => {
			          if (finished()) {
			            return resolve();
			          } else {
			            return this.on("done", () => {
			              if (finished()) {
			                this.removeAllListeners("done");
			                return resolve();
			              }
			            });
			          }
			        });
			      };
			      done = options.dropWaitingJobs ? (this._run = function(index, next) {
			        return next.doDrop({
			          message: options.dropErrorMessage
			        });
			      }, this._drainOne = () => {
			        return this.Promise.resolve(null);
			      }, this._registerLock.schedule(() => {
			        return this._submitLock.schedule(() => {
			          var k, ref, v;
			          ref = this._scheduled;
			          for (k in ref) {
			            v = ref[k];
			            if (this.jobStatus(v.job.options.id) === "RUNNING") {
			              clearTimeout(v.timeout);
			              clearTimeout(v.expiration);
			              v.job.doDrop({
			                message: options.dropErrorMessage
			              });
			            }
			          }
			          this._dropAllQueued(options.dropErrorMessage);
			          return waitForExecuting(0);
			        });
			      })) : this.schedule({
			        priority: NUM_PRIORITIES$1 - 1,
			        weight: 0
			      }, () => {
			        return waitForExecuting(1);
			      });
			      this._receive = function(job) {
			        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
			      };
			      this.stop = () => {
			        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
			      };
			      return done;
			    }

			    async _addToQueue(job) {
			      var args, blocked, error, options, reachedHWM, shifted, strategy;
			      ({args, options} = job);
			      try {
			        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
			      } catch (error1) {
			        error = error1;
			        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
			        job.doDrop({error});
			        return false;
			      }
			      if (blocked) {
			        job.doDrop();
			        return true;
			      } else if (reachedHWM) {
			        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
			        if (shifted != null) {
			          shifted.doDrop();
			        }
			        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
			          if (shifted == null) {
			            job.doDrop();
			          }
			          return reachedHWM;
			        }
			      }
			      job.doQueue(reachedHWM, blocked);
			      this._queues.push(job);
			      await this._drainAll();
			      return reachedHWM;
			    }

			    _receive(job) {
			      if (this._states.jobStatus(job.options.id) != null) {
			        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
			        return false;
			      } else {
			        job.doReceive();
			        return this._submitLock.schedule(this._addToQueue, job);
			      }
			    }

			    submit(...args) {
			      var cb, fn, job, options, ref, ref1, task;
			      if (typeof args[0] === "function") {
			        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
			        options = parser$5.load({}, this.jobDefaults);
			      } else {
			        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
			        options = parser$5.load(options, this.jobDefaults);
			      }
			      task = (...args) => {
			        return new this.Promise(function(resolve, reject) {
			          return fn(...args, function(...args) {
			            return (args[0] != null ? reject : resolve)(args);
			          });
			        });
			      };
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      job.promise.then(function(args) {
			        return typeof cb === "function" ? cb(...args) : void 0;
			      }).catch(function(args) {
			        if (Array.isArray(args)) {
			          return typeof cb === "function" ? cb(...args) : void 0;
			        } else {
			          return typeof cb === "function" ? cb(args) : void 0;
			        }
			      });
			      return this._receive(job);
			    }

			    schedule(...args) {
			      var job, options, task;
			      if (typeof args[0] === "function") {
			        [task, ...args] = args;
			        options = {};
			      } else {
			        [options, task, ...args] = args;
			      }
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      this._receive(job);
			      return job.promise;
			    }

			    wrap(fn) {
			      var schedule, wrapped;
			      schedule = this.schedule.bind(this);
			      wrapped = function(...args) {
			        return schedule(fn.bind(this), ...args);
			      };
			      wrapped.withOptions = function(options, ...args) {
			        return schedule(options, fn, ...args);
			      };
			      return wrapped;
			    }

			    async updateSettings(options = {}) {
			      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
			      parser$5.overwrite(options, this.instanceDefaults, this);
			      return this;
			    }

			    currentReservoir() {
			      return this._store.__currentReservoir__();
			    }

			    incrementReservoir(incr = 0) {
			      return this._store.__incrementReservoir__(incr);
			    }

			  }
			  Bottleneck.default = Bottleneck;

			  Bottleneck.Events = Events$4;

			  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

			  Bottleneck.strategy = Bottleneck.prototype.strategy = {
			    LEAK: 1,
			    OVERFLOW: 2,
			    OVERFLOW_PRIORITY: 4,
			    BLOCK: 3
			  };

			  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

			  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

			  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

			  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

			  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

			  Bottleneck.prototype.jobDefaults = {
			    priority: DEFAULT_PRIORITY$1,
			    weight: 1,
			    expiration: null,
			    id: "<no-id>"
			  };

			  Bottleneck.prototype.storeDefaults = {
			    maxConcurrent: null,
			    minTime: 0,
			    highWater: null,
			    strategy: Bottleneck.prototype.strategy.LEAK,
			    penalty: null,
			    reservoir: null,
			    reservoirRefreshInterval: null,
			    reservoirRefreshAmount: null,
			    reservoirIncreaseInterval: null,
			    reservoirIncreaseAmount: null,
			    reservoirIncreaseMaximum: null
			  };

			  Bottleneck.prototype.localStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 250
			  };

			  Bottleneck.prototype.redisStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 5000,
			    clientTimeout: 10000,
			    Redis: null,
			    clientOptions: {},
			    clusterNodes: null,
			    clearDatastore: false,
			    connection: null
			  };

			  Bottleneck.prototype.instanceDefaults = {
			    datastore: "local",
			    connection: null,
			    id: "<no-id>",
			    rejectOnDrop: true,
			    trackDoneStatus: false,
			    Promise: Promise
			  };

			  Bottleneck.prototype.stopDefaults = {
			    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
			    dropWaitingJobs: true,
			    dropErrorMessage: "This limiter has been stopped."
			  };

			  return Bottleneck;

			}).call(commonjsGlobal$1);

			var Bottleneck_1 = Bottleneck;

			var lib = Bottleneck_1;

			return lib;

		}))); 
	} (light$1));
	return light$1.exports;
}

var lightExports = requireLight();
var BottleneckLight = /*@__PURE__*/getDefaultExportFromCjs(lightExports);

// pkg/dist-src/version.js
var VERSION$2 = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest$1(state, octokit, request, options) {
  const limiter = new BottleneckLight();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest$1.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION$2;

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$1 = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = BottleneckLight,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION$1;
throttling.triggersNotification = triggersNotification;

/**
 * The one Octokit the action uses: @actions/github's (Octokit with the REST methods and pagination), with retries
 * for transient failures (5xx) and the throttling plugin for GitHub's primary and secondary rate limits.
 *
 * Built from the same parts as @actions/github's `getOctokit`, with one difference in how requests go out:
 * @actions/github sends every request through the copy of undici it bundles, even without a proxy — half of
 * dist/index.js, loaded and compiled on every run. Here a request goes through Node's own fetch unless a proxy
 * applies to the API's URL (`https_proxy`/`HTTPS_PROXY`, `http_proxy`/`HTTP_PROXY`, minus `no_proxy`, as
 * @actions/http-client decides it); then @actions/github's proxy-aware fetch is loaded, on the first request.
 */
const GitHubOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
/**
 * Transient 5xx failures are retried this many times, after 1 then 4 seconds (plugin-retry's quadratic
 * backoff): a blip passes, an outage fails the run within seconds instead of idling the runner.
 */
const SERVER_ERROR_RETRIES = 2;
/**
 * A secondary rate limit is retried after the `retry-after` GitHub sends, this many times. A handful of
 * writes per run should never need more; past that something else is hammering the repository.
 */
const SECONDARY_LIMIT_RETRIES = 3;
/**
 * The primary limit (1,000 requests an hour for GITHUB_TOKEN) is retried once, and only when it resets
 * soon: waiting most of an hour would burn the runner's minutes for nothing.
 */
const PRIMARY_LIMIT_MAX_WAIT_SECONDS = 60;
/**
 * Statuses plugin-retry must not retry: its defaults, plus 429, which the throttling plugin owns (it
 * honours `retry-after`; retrying it twice would multiply the requests).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * Builds the client.
 *
 * @example createGitHubClient(token, { baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' })
 */
function createGitHubClient(token, options) {
    const log = options.log ?? (() => undefined);
    return new GitHubOctokit({
        auth: token,
        baseUrl: options.baseUrl,
        userAgent: withOrchestrationId('rust-patch-router', process.env.ACTIONS_ORCHESTRATION_ID),
        request: { fetch: fetchFor(options.baseUrl) },
        retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY },
        throttle: {
            onSecondaryRateLimit: (retryAfter, request, _o, count) => {
                if (count >= SECONDARY_LIMIT_RETRIES) {
                    log(`Secondary rate limit on ${request.method} ${request.url}: giving up after ${count} retries.`);
                    return false;
                }
                log(`Secondary rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
                return true;
            },
            onRateLimit: (retryAfter, request, _o, count) => {
                if (count >= 1 || retryAfter > PRIMARY_LIMIT_MAX_WAIT_SECONDS) {
                    log(`Rate limit exhausted on ${request.method} ${request.url}; it resets in ${retryAfter} s.`);
                    return false;
                }
                log(`Rate limit exhausted on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
                return true;
            },
        },
    });
}
/**
 * Node's fetch, or, when a proxy applies to `baseUrl`, @actions/github's proxy-aware fetch (loaded on the first
 * request, so a run without a proxy never loads undici).
 *
 * @example fetchFor('https://api.github.com') === globalThis.fetch // → true without HTTPS_PROXY
 */
function fetchFor(baseUrl) {
    if (getProxyUrl(new URL(baseUrl)) === undefined)
        return globalThis.fetch;
    let proxied;
    return async (input, init) => {
        proxied ??= import('./action-proxy-fetch.js').then(({ proxyFetch }) => proxyFetch);
        return (await proxied)(input, init);
    };
}
/**
 * The user agent with the run's orchestration id appended, as @actions/github does since 9.0 (GitHub uses it to
 * tell one workflow run's API calls from another's). Its own function lives in the module that builds the
 * proxy-aware fetch on load, so importing it would bring undici back into every run.
 *
 * @example withOrchestrationId('rust-patch-router', 'a1/b2') // → 'rust-patch-router actions_orchestration_id/a1_b2'
 */
function withOrchestrationId(userAgent, orchestrationId) {
    const id = orchestrationId?.trim();
    if (!id)
        return userAgent;
    return `${userAgent} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
}

/** The budgets seen so far, by resource (`core`, `graphql`, …). */
class RateLimits {
    #budgets = new Map();
    /** The last report for `resource`; undefined before any answer from it. */
    get(resource) {
        return this.#budgets.get(resource);
    }
    /** Sets a budget as `GET /rate_limit` reports it. */
    set(resource, budget) {
        this.#budgets.set(resource, budget);
    }
    /** Records an answer's headers (lower-cased names, as Octokit gives them). */
    record(headers) {
        const remaining = Number(headers?.['x-ratelimit-remaining']);
        if (headers === undefined || !Number.isFinite(remaining))
            return;
        const resource = typeof headers['x-ratelimit-resource'] === 'string' ? headers['x-ratelimit-resource'] : 'core';
        this.#budgets.set(resource, {
            remaining,
            limit: Number(headers['x-ratelimit-limit']) || 0,
            reset: Number(headers['x-ratelimit-reset']) || 0,
        });
    }
}
/**
 * Starts watching `client`'s answers, successful or not.
 *
 * @example const limits = watchRateLimits(client); await client.rest.pulls.get(…); limits.get('core')?.remaining // → 998
 */
function watchRateLimits(client) {
    const limits = new RateLimits();
    client.hook.after('request', (response) => limits.record(response.headers));
    client.hook.error('request', (error) => {
        const response = error.response;
        limits.record(response?.headers);
        throw error;
    });
    return limits;
}

/**
 * The one place that reads an Octokit RequestError's status and turns it into what it means for us. The
 * retry and throttling plugins have already retried what was transient by the time an error gets here.
 */
/** GitHub marks rate-limit 403/429 answers by message or by an exhausted remaining count. */
const RATE_LIMIT_MESSAGE = /rate limit/i;
/** A token that may not write here (observed wording for App/GITHUB_TOKEN and fine-grained PATs). */
const READ_ONLY_MESSAGE = /resource not accessible by (integration|personal access token)/i;
/** A locked conversation refusing a comment (observed: "Unable to create comment because issue is locked."). */
const LOCKED_MESSAGE = /\bis locked\b/i;
/**
 * Classifies anything a client call threw.
 *
 * @example classifyRequestError(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))
 *   // → { kind: 'read-only', status: 403, message: 'Resource not accessible by integration' }
 */
function classifyRequestError(error) {
    // describeRequestFailure wraps the RequestError: classify the HTTP answer, not the wrapper.
    if (statusOf(error) === 0 && error instanceof Error && error.cause !== undefined && statusOf(error.cause) !== 0) {
        return classifyRequestError(error.cause);
    }
    const status = statusOf(error);
    const message = messageOf(error);
    // GraphQL answers a spent budget with HTTP 200 and an error of type RATE_LIMITED (docs/GITHUB-PLATFORM.md).
    if (graphqlErrorTypes(error).includes('RATE_LIMITED'))
        return { kind: 'rate-limited', status, message };
    if (status === 429 || (status === 403 && (RATE_LIMIT_MESSAGE.test(message) || remainingIsZero(error)))) {
        return { kind: 'rate-limited', status, message };
    }
    if (status === 403 && READ_ONLY_MESSAGE.test(message))
        return { kind: 'read-only', status, message };
    if (status === 403 && LOCKED_MESSAGE.test(message))
        return { kind: 'locked', status, message };
    if (status === 403)
        return { kind: 'forbidden', status, message };
    if (status === 404)
        return { kind: 'not-found', status, message };
    if (status === 422)
        return { kind: 'rejected', status, message };
    return { kind: 'failed', status, message };
}
/**
 * Wraps a failure with what was being attempted, keeping the cause, so the log says which call failed.
 *
 * @example describeRequestFailure('add labels to #12', err).message
 *   // → 'Could not add labels to #12: HTTP 502 Bad Gateway'
 */
function describeRequestFailure(attempt, error) {
    const { status, message } = classifyRequestError(error);
    const what = status === 0 ? message : `HTTP ${status} ${message}`;
    return new Error(`Could not ${attempt}: ${what}`, { cause: error });
}
/**
 * True when a 422 lists `code` among GitHub's error details (e.g. `already_exists` for a label that
 * another run created first).
 */
function hasErrorCode(error, code) {
    const details = responseData(error)?.errors;
    return Array.isArray(details) && details.some((d) => typeof d === 'object' && d !== null && d.code === code);
}
function statusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return 0;
}
function messageOf(error) {
    const data = responseData(error);
    if (data && typeof data.message === 'string')
        return data.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
}
function responseData(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return undefined;
    const response = error.response;
    return typeof response?.data === 'object' && response.data !== null ? response.data : undefined;
}
/** The `type`s of a GraphQL error answer (Octokit's GraphqlResponseError keeps them in `errors`). */
function graphqlErrorTypes(error) {
    if (typeof error !== 'object' || error === null || !('errors' in error) || !Array.isArray(error.errors))
        return [];
    return error.errors.flatMap((e) => typeof e === 'object' && e !== null && 'type' in e && typeof e.type === 'string' ? [e.type] : []);
}
function remainingIsZero(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return false;
    const headers = error.response?.headers;
    return headers?.['x-ratelimit-remaining'] === '0';
}

/** The combined status lists at most this many contexts a page. */
const PAGE_SIZE$2 = 100;
/**
 * The latest status with `context` on `sha`, or null when there is none. The combined status holds one entry
 * per context (the latest), so other tools' statuses on the commit cost at most a page each, never a walk
 * through every status ever written.
 *
 * @example await getCommitStatus(client, repo, headSha, 'rust-patch-router') // → { state: 'failure', description: 'Blocked: …', targetUrl: '…' }
 */
async function getCommitStatus(client, repo, sha, context) {
    try {
        for (let page = 1;; page++) {
            const { data } = await client.rest.repos.getCombinedStatusForRef({
                ...repo,
                ref: sha,
                per_page: PAGE_SIZE$2,
                page,
            });
            const ours = data.statuses.find((status) => status.context === context);
            if (ours) {
                return {
                    state: ours.state,
                    description: ours.description ?? '',
                    targetUrl: ours.target_url ?? null,
                };
            }
            if (data.statuses.length < PAGE_SIZE$2)
                return null;
        }
    }
    catch (error) {
        const failure = describeRequestFailure(`read the commit status of ${sha}`, error);
        if (classifyRequestError(error).kind !== 'read-only')
            throw failure;
        // Even a fork's read-only token can read statuses: a refusal means the workflow's permissions omit them.
        throw new Error(`${failure.message}. Give the workflow statuses: write (it reads and writes the gate's status).`, {
            cause: error,
        });
    }
}

/**
 * Every write to the PR goes through here, so that dry-run writes nothing, a read-only token (a fork's PR
 * under `pull_request`) degrades to report-only with one warning instead of failing the run, and a run whose
 * facts went stale before its first write (the PR's head moved) writes nothing at all.
 */
/** Gates the writes of one run and remembers what was not written, for the job summary. */
class WriteGate {
    /** True once a write was refused with 403: the rest of the run writes nothing. */
    readOnly = false;
    /** What was not written (dry run, read-only token, superseded run), in the words of `attempt`. */
    skipped = [];
    /** Why this run writes nothing (from `beforeFirstWrite`), or null. */
    superseded = null;
    /** Writes made so far. */
    written = 0;
    #options;
    #checked = null;
    constructor(options) {
        this.#options = { ...options };
    }
    /** True when this run writes nothing by request (`dry-run`). */
    get dryRun() {
        return this.#options.dryRun;
    }
    /**
     * Runs `write` unless writing is off, e.g. `await gate.write('add labels to #12', () => addLabels(…))`.
     * Returns undefined when the write was skipped or refused for lack of permission; any other failure is
     * rethrown naming the attempt.
     */
    async write(attempt, write) {
        if (this.#options.dryRun) {
            this.#options.info(`dry-run: would ${attempt}`);
            this.skipped.push(attempt);
            return undefined;
        }
        if (this.readOnly) {
            this.skipped.push(attempt);
            return undefined;
        }
        await this.check();
        if (this.superseded !== null) {
            this.skipped.push(attempt);
            return undefined;
        }
        try {
            const result = await write();
            this.written++;
            return result;
        }
        catch (error) {
            const failure = classifyRequestError(error);
            if (failure.kind !== 'read-only')
                throw describeRequestFailure(attempt, error);
            this.readOnly = true;
            this.skipped.push(attempt);
            this.#options.warn(`The token cannot write to this repository (HTTP 403: ${failure.message}) when trying to ${attempt}. ` +
                'Pull requests from forks get a read-only token under pull_request and pull_request_review; otherwise ' +
                'the workflow lacks a permission (contents: read, pull-requests: write, issues: write, statuses: write). ' +
                'Continuing report-only: no label, review request, comment or commit status is written; the outputs, the ' +
                'job summary and the step result still apply. To write them on fork pull requests, run on ' +
                'pull_request_target (it reads the policy at the base commit and runs no PR code).');
            return undefined;
        }
    }
    /**
     * Runs `beforeFirstWrite` (once; later calls wait for the same answer). Callers that plan a write from
     * facts the check refreshes (the labels) call it first themselves; `write` calls it in any case.
     */
    async check() {
        const before = this.#options.beforeFirstWrite;
        if (before === undefined || this.#options.dryRun)
            return;
        this.#checked ??= before().then((reason) => {
            if (reason !== null) {
                this.superseded = reason;
                this.#options.warn(reason);
            }
        });
        await this.#checked;
    }
}

/**
 * The only place paths, names and handles are escaped for Markdown, HTML and terminals.
 *
 * Everything the reports show comes from the policy or the PR (paths, subsystem names, reasons quoting
 * patterns, people), so none of it is trusted: a path could carry `<!-- rust-patch-router -->` to plant the
 * sticky marker, `|` to break a table, a newline or an ANSI escape to forge output lines, bidi overrides to
 * disguise itself, or `@someone` to notify people nobody meant to ask.
 */
/** U+200D ZERO WIDTH JOINER: after `@` it keeps the text readable but stops GitHub from seeing a mention. */
const MENTION_BREAKER = '\u200d';
/**
 * C0/C1 controls, and the Unicode line separators and bidi embeddings/overrides/isolates ("Trojan Source")
 * that reorder or split what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * ASCII punctuation CommonMark reads as inline markup anywhere, backslash-escaped: emphasis, code, links,
 * table cells, strikethrough. `(`/`)` and `!` are left alone (no link or image can form once `[`/`]` are
 * escaped); `<`, `>`, `&` become entities.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
/** What starts a heading, list or ordered list, should a value begin a line (`#`, `-`, `+`, `1.`, `1)`). */
const BLOCK_START = /^(?:[#+-]|\d+(?=[.)]))/;
/** What GitHub accepts as a login (`ojeda`) or a team (`rust-for-linux/reviewers`); anything else is never @-ed. */
const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
/**
 * Shows invisible and line-breaking characters as escapes, so one value stays one visible line.
 *
 * @example visible('a\nb\u202e') // → 'a\\nb\\u202e'
 */
function visible(text) {
    return text.replace(INVISIBLE, (char) => NAMED_CONTROLS[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Breaks every `@` so GitHub notifies nobody, while the text still reads the same.
 *
 * @example neutraliseMentions('cc @ojeda') // → 'cc @\u200dojeda'
 */
function neutraliseMentions(text) {
    return text.replaceAll('@', `@${MENTION_BREAKER}`);
}
/**
 * Plain text inside Markdown (paragraphs, list items, table cells): renders as the literal text, starts no
 * markup, HTML, table cell or mention.
 *
 * @example escapeMarkdown('BLOCK LAYER [RUST] <x@y>') // → 'BLOCK LAYER \\[RUST\\] &lt;x@\u200dy&gt;'
 */
function escapeMarkdown(text) {
    const escaped = visible(text)
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`))
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;');
    return neutraliseMentions(escaped);
}
/**
 * A code span showing `text` literally (paths, labels, handles nobody requested): the fence is longer than
 * any backtick run inside, and mentions are not processed in code. In a GFM table a `|` ends the cell even
 * inside code, so `inTable` escapes it (GFM removes that backslash again).
 *
 * @example codeSpan('a`b') // → '``a`b``'
 * @example codeSpan('x|y', { inTable: true }) // → '`x\\|y`'
 */
function codeSpan(text, options = {}) {
    let shown = visible(text);
    if (shown === '')
        return '` `';
    const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each side when both are spaces, and a backtick at an edge would
    // merge with the fence: pad with one space in those cases.
    const pad = shown.startsWith('`') || shown.endsWith('`') || (shown.startsWith(' ') && shown.endsWith(' '));
    if (pad)
        shown = ` ${shown} `;
    const span = `${fence}${shown}${fence}`;
    return options.inTable ? span.replaceAll('|', '\\|') : span;
}
/**
 * A GitHub handle as the reports show it: `@login` / `@org/team` when it was requested for review (so the
 * mention is the request's own notification), otherwise a code span that notifies nobody.
 *
 * @example mention('ojeda', new Set(['ojeda'])) // → '@ojeda'
 * @example mention('hch', new Set()) // → '`hch`'
 */
function mention(handle, requested, options = {}) {
    if (requested.has(handle.toLowerCase()) && GITHUB_HANDLE.test(handle))
        return `@${handle}`;
    return codeSpan(handle, options);
}

/**
 * Fitting a report into GitHub's size limits (65,536 characters for a comment, 1 MiB for a job summary) by
 * cutting the least important lists first and saying where the rest is, rather than letting GitHub reject
 * the write or cut a table in half.
 */
/** Separates blocks: one blank line, so each is its own Markdown paragraph, table or HTML block. */
const BLOCK_SEPARATOR = '\n\n';
/** Builds a fixed paragraph, never cut. */
function paragraph(text) {
    return { head: text, items: [], joiner: '', tail: '', more: () => '' };
}
/**
 * Renders the blocks, cutting rows (lowest `cutOrder` first, the last rows of a block first) until the text
 * measures at most `max`. If the fixed parts alone are too long, the text is cut hard and ends with `overflow`.
 *
 * @example fitBlocks([paragraph('verdict'), { head: 'rows:', items: ['a', 'b'], joiner: '\n', tail: '', more: (n) => `${n} more`, cutOrder: 0 }], 20, (s) => s.length, '…')
 *   // → 'verdict\n\nrows:a\n1 more'
 */
function fitBlocks(blocks, max, measure, overflow) {
    const kept = blocks.map((block) => block.items.length);
    const sizes = blocks.map((block, i) => measure(renderBlock(block, kept[i])));
    const separators = Math.max(0, blocks.length - 1) * measure(BLOCK_SEPARATOR);
    let total = sizes.reduce((sum, size) => sum + size, separators);
    const cutOrder = blocks
        .map((block, i) => ({ i, order: block.cutOrder }))
        .filter((entry) => entry.order !== undefined)
        .sort((a, b) => a.order - b.order || a.i - b.i);
    for (const { i } of cutOrder) {
        if (total <= max)
            break;
        const others = total - sizes[i];
        kept[i] = largestFit(blocks[i], max - others, measure);
        sizes[i] = measure(renderBlock(blocks[i], kept[i]));
        total = others + sizes[i];
    }
    const text = blocks.map((block, i) => renderBlock(block, kept[i])).join(BLOCK_SEPARATOR);
    return total <= max ? text : cutHard(text, max, measure, overflow);
}
/** A block with its first `count` items and, if some were cut, its `more` line. */
function renderBlock(block, count) {
    const cut = block.items.length - count;
    const shown = block.items.slice(0, count).join(block.joiner);
    const more = cut > 0 ? `${count > 0 ? block.joiner : ''}${block.more(cut)}` : '';
    return `${block.head}${shown}${more}${block.tail}`;
}
/** The most items of `block` that fit in `budget` (0 when even none fit: the caller cuts elsewhere or hard). */
function largestFit(block, budget, measure) {
    const frame = measure(block.head) + measure(block.tail);
    const joiner = measure(block.joiner);
    let used = frame;
    let count = 0;
    for (const item of block.items) {
        const next = used + (count > 0 ? joiner : 0) + measure(item);
        const cut = block.items.length - (count + 1);
        const moreSize = cut > 0 ? joiner + measure(block.more(cut)) : 0;
        if (next + moreSize > budget)
            break;
        used = next;
        count++;
    }
    return count;
}
/** Last resort: keep what fits, never splitting a surrogate pair, and end with `overflow`. */
function cutHard(text, max, measure, overflow) {
    const room = Math.max(0, max - measure(overflow));
    let end = Math.min(text.length, room);
    while (end > 0 && measure(text.slice(0, end)) > room)
        end = Math.floor(end * 0.9);
    if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return `${text.slice(0, end)}${overflow}`;
}

/** How reports name where a stance came from. */
const STANCE_SOURCE_WORDS = {
    policy: 'explicit',
    'import-stances': 'import stances',
    'rust-tag': '[RUST] in its name',
    'kernel-default': 'the kernel default for RUST',
    default: 'default-stance',
};
/**
 * Routing shares one Reason object between the thousands of paths one pattern decides; its sentence is made
 * once per object too (a tree-wide text or JSON report has 100,000 of them).
 */
const sentences = new WeakMap();
/**
 * The reason as one sentence (unescaped: each report escapes it for its medium).
 *
 * @example reasonText(reason)
 *   // → '"rust/kernel/block/" (MAINTAINERS:3941) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in ([RUST] in its name)'
 */
function reasonText(reason) {
    let text = sentences.get(reason);
    if (text === undefined) {
        const { pattern, origin, subsystem } = reason;
        const fallback = reason.fallback ? ' (fallback: nothing more specific owns it)' : '';
        text = `"${pattern}" (${origin.file}:${origin.line}) → ${subsystem}${fallback}${decidedBy(reason.by)}`;
        sentences.set(reason, text);
    }
    return text;
}
/**
 * The reason as `--format json` and the action's `report` output print it: the pattern and where it is written.
 * Its subsystem is the file's `owner` and its sentence is reasonText's; printing either again on each of a
 * tree's 86,629 lines would double the output (docs/PERFORMANCE.md).
 *
 * @example reasonJson(reason) // → { pattern: 'rust/', origin: { file: 'MAINTAINERS', line: 20512, col: 4 } }
 */
function reasonJson(reason) {
    return { pattern: reason.pattern, origin: reason.origin };
}
/**
 * A non-Rust path's other owners are not counted here ("and 1 more owner" named nobody): every report lists
 * them by name beside the reason (`subsystems`).
 */
function decidedBy(by) {
    if ('stance' in by) {
        const strictest = by.weighed > 1 ? `; strictest of ${by.weighed} owners` : '';
        return `, stance ${by.stance} (${STANCE_SOURCE_WORDS[by.source]}${strictest})`;
    }
    return '';
}
/**
 * A file's decision as reports word it, agreeing with the verdict: a Rust path whose hold was lifted reads
 * `opt-out, lifted by hch-lst`, never `blocked` under a ✅ headline.
 *
 * @example fileDecisionWords({ decision: 'blocked', stance: 'opt-out', … }, { liftedBy: ['hch-lst'], … }) // → 'opt-out, lifted by hch-lst'
 * @example fileDecisionWords({ decision: 'opt-in', stance: 'opt-in', … }, undefined) // → 'opt-in'
 */
function fileDecisionWords(file, hold) {
    if (file.stance === null || file.stance === file.decision)
        return file.decision;
    const held = file.decision === 'needs-ack' || file.decision === 'blocked';
    if (held && hold !== undefined && hold.liftedBy.length > 0)
        return `${file.stance}, lifted by ${hold.liftedBy.join(', ')}`;
    return `${file.decision}, ${file.stance}`;
}

/**
 * The policy as the core sees it, whatever file it came from (maintainers.yml, a kernel MAINTAINERS, or both
 * merged). Plain data: parsers produce it, the matcher compiles it, routing reads it.
 */
const STANCES = ['core', 'opt-in', 'opt-out', 'undecided'];
/** Strictest first, for `stance-resolution: strictest`. */
const STANCE_STRICTNESS = { 'opt-out': 3, undecided: 2, 'opt-in': 1, core: 0 };
const DEFAULT_STATUS_LABELS = {
    core: 'rust: core',
    'opt-in': 'rust',
    'needs-ack': 'rust: needs-ack',
    blocked: 'rust: blocked',
    'unstable-feature': 'rust: unstable-feature',
    toolchain: 'rust: toolchain',
    'bindings-affected': 'rust: bindings-affected',
};
/** GitHub rejects longer label names with 422. */
const GITHUB_MAX_LABEL_LENGTH = 50;
const CHECK_IDS = ['safety-comment', 'unstable-feature', 'toolchain'];
const CHECK_LEVELS = ['off', 'warn', 'block'];
const DEFAULT_RUST_REVIEW = {
    checks: { 'safety-comment': 'warn', 'unstable-feature': 'warn', toolchain: 'warn' },
    featuresFiles: ['scripts/Makefile.build'],
    toolchainFiles: ['scripts/min-tool-version.sh', 'rust-toolchain', 'rust-toolchain.toml'],
    interfaceFiles: ['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**/*.rs'],
};

/** What each check looks for, as the section's group heading says it. */
const CHECK_TITLES = {
    'safety-comment': '`unsafe` without a safety comment',
    'unstable-feature': 'Unstable features (for the Rust tree)',
    toolchain: 'Rust toolchain (for the Rust tree)',
};
/** Cut before the subsystem table but after the per-file detail. */
const CUT_ORDER$1 = { findings: 1, interfaces: 1 };
/**
 * The blocks of both sections, in order. `requested`: lower-cased handles actually requested (only those are
 * @-mentioned).
 */
function reviewBlocks(decision, requested, pointer, lineLink) {
    const blocks = [];
    const findings = decision.findings ?? [];
    const notes = decision.review;
    if (findings.length > 0 || (notes?.unchecked.length ?? 0) > 0) {
        blocks.push(paragraph('#### Rust review'));
        for (const check of CHECK_IDS) {
            const ofCheck = findings.filter((finding) => finding.check === check);
            if (ofCheck.length === 0)
                continue;
            blocks.push({
                head: `**${CHECK_TITLES[check]}**\n\n`,
                items: ofCheck.map((finding) => findingItem(finding, lineLink)),
                joiner: '\n',
                tail: '',
                more: (cut) => `\n- … ${cut} more (${pointer})`,
                cutOrder: CUT_ORDER$1.findings,
            });
        }
        if (notes !== undefined && notes.unchecked.length > 0)
            blocks.push(paragraph(uncheckedSentence(notes)));
    }
    const interfaces = decision.interfaces ?? [];
    if (interfaces.length > 0) {
        blocks.push(paragraph('#### Interfaces'));
        blocks.push({
            head: '| Changed | Because of | Asked (interface) |\n| --- | --- | --- |\n',
            items: interfaces.map((route) => interfaceRow(route, requested)),
            joiner: '\n',
            tail: '',
            more: (cut) => `\n*… ${cut} more not shown: ${pointer}.*`,
            cutOrder: CUT_ORDER$1.interfaces,
        });
    }
    if (notes !== undefined && notes.interfaceFilesNotRead > 0) {
        blocks.push(paragraph(`Interface routing read the first files only: ${notes.interfaceFilesNotRead} more interface ${notes.interfaceFilesNotRead === 1 ? 'file was' : 'files were'} not read (over the cap of 500, or not text).`));
    }
    return blocks;
}
/** `- [path:line](link) (block): message` */
function findingItem(finding, lineLink) {
    const where = finding.line === null ? finding.path : `${finding.path}:${finding.line}`;
    const link = lineLink(finding.path, finding.line);
    const place = link === null ? codeSpan(where) : `[${codeSpan(where)}](${link})`;
    const blocking = finding.severity === 'block'
        ? ` — **blocks** until ${escapeMarkdown(finding.subsystem ?? 'the Rust tree')} approves`
        : '';
    return `- ${place}: ${messageMarkdown(finding.message)}${blocking}`;
}
/** One pair: what changed, the other side it concerns, and who was asked because of it. */
function interfaceRow(route, requested) {
    const [changed, other] = route.direction === 'rust-to-c' ? [route.rust, route.header] : [route.header, route.rust];
    const owners = route.owners.map(escapeMarkdown).join(', ') || '—';
    const people = route.reviewers.map((handle) => mention(handle, requested, { inTable: true })).join(', ');
    const asked = people.length > 0 ? `${owners}: ${people}` : owners;
    return `| ${codeSpan(changed, { inTable: true })} | ${codeSpan(other, { inTable: true })} | ${asked} |`;
}
function uncheckedSentence(notes) {
    const count = notes.unchecked.length;
    const shown = notes.unchecked
        .slice(0, 3)
        .map((place) => codeSpan(place.line === null ? place.path : `${place.path}:${place.line}`))
        .join(', ');
    const more = count > 3 ? ` and ${count - 3} more` : '';
    return `Not checked: ${shown}${more} — the lines above ${count === 1 ? 'it are' : 'them are'} not in the diff, so a safety comment there could not be seen.`;
}
/**
 * A check's message, whose code is written between backticks (`` `unsafe` ``, a feature's name): each such part
 * as a code span, the rest escaped. Both escape what they hold, so a name from the diff cannot inject Markdown.
 */
function messageMarkdown(message) {
    // An odd number of backticks has no pairing to trust: all of it escaped.
    if ((message.match(/`/g) ?? []).length % 2 === 1)
        return escapeMarkdown(message);
    return message
        .split('`')
        .map((part, at) => (at % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)))
        .join('');
}

/** Emoji and title of each verdict. */
const VERDICT_TITLES = {
    routed: '✅ Routed',
    'needs-ack': '⏳ Needs ack',
    blocked: '⛔ Blocked',
};
/** The one sentence of a PR that no longer touches Rust nor is held: the comment is edited to say so. */
const NO_RUST_SENTENCE = '✅ This pull request no longer changes Rust code and nothing holds it: rust-patch-router has nothing to route.';
/** A Markdown heading for the verdict. */
function verdictHeading(verdict) {
    return `### ${VERDICT_TITLES[verdict]}`;
}
/**
 * One sentence: how many Rust files go where, which subsystems hold them, and what lifts the hold.
 * `name` escapes subsystem names for the output format (identity for a terminal).
 *
 * @example verdictSentence(decision, (s) => s)
 *   // → '1 Rust file is in DMA MAPPING HELPERS, which opted out of Rust: only an approving review from one of its maintainers (an exception) lifts the hold.'
 */
function verdictSentence(decision, name = (text) => text) {
    const all = decision.holds.filter((hold) => hold.liftedBy.length === 0);
    // The Rust tree's hold over blocking findings is worded apart: nobody opted out, a check failed.
    const byCheck = all.find((hold) => hold.checks !== undefined);
    const checkSentence = byCheck === undefined ? '' : ` ${checkHoldSentence(byCheck, name)}`;
    const standing = all.filter((hold) => hold.checks === undefined);
    if (byCheck !== undefined && standing.length === 0)
        return checkSentence.trim();
    return `${stanceSentence(decision, standing, name)}${checkSentence}`;
}
/** The sentence for a hold of the Rust tree over findings of checks set to `block`. */
function checkHoldSentence(hold, name) {
    const checks = (hold.checks ?? []).join(', ');
    const files = hold.files.length === 1 ? '1 file' : `${hold.files.length} files`;
    const lifts = nobodyCanLift([hold])
        ? `${NOBODY_ON_GITHUB(1)} lift the hold`
        : `an approving review from one of ${name(hold.subsystem)}'s maintainers lifts the hold`;
    return `Blocking Rust ${hold.checks?.length === 1 ? 'check' : 'checks'} (${checks}) found something in ${files}: ${lifts}.`;
}
function stanceSentence(decision, standing, name) {
    const refused = standing.filter((hold) => hold.stance === 'opt-out');
    if (refused.length > 0) {
        const waiting = countFiles(standing) - countFiles(refused);
        const alsoWaiting = waiting > 0 ? `; ${waiting} more ${waiting === 1 ? 'waits' : 'wait'} for an ack` : '';
        const lifts = nobodyCanLift(refused)
            ? `${NOBODY_ON_GITHUB(refused.length)} lift the hold`
            : `only an approving review from one of ${refused.length === 1 ? 'its' : 'their'} maintainers (an exception) lifts the hold`;
        return `${rustFiles(countFiles(refused))} in ${names(refused, name)}, which opted out of Rust: ${lifts}${alsoWaiting}.`;
    }
    if (standing.length > 0) {
        const files = countFiles(standing);
        const acks = nobodyCanLift(standing)
            ? `${NOBODY_ON_GITHUB(standing.length)} ack ${files === 1 ? 'it' : 'them'}`
            : `an approving review from one of ${standing.length === 1 ? 'its' : 'their'} maintainers acks ${files === 1 ? 'it' : 'them'}`;
        return `${rustFiles(files)} in ${names(standing, name)}, which ${standing.length === 1 ? 'has' : 'have'} not decided on Rust yet: ${acks}.`;
    }
    const count = decision.rustFiles.length;
    if (count === 0)
        return 'This change touches no Rust code; it goes to the maintainers of the code it touches.';
    const unowned = decision.files.filter((file) => file.rust && file.decision === 'unowned').length;
    const nothingHolds = decision.holds.length > 0 ? 'every hold was lifted by a maintainer’s approval' : 'nothing holds this change';
    if (unowned === count) {
        return `${count === 1 ? '1 Rust file has' : `${count} Rust files have`} no owner in the policy: nobody decides ${count === 1 ? 'it' : 'them'}, and ${nothingHolds}.`;
    }
    const owned = count - unowned;
    const rest = unowned > 0 ? `; ${unowned} more ${unowned === 1 ? 'has' : 'have'} no owner in the policy` : '';
    return `${rustFiles(owned)} going to the subsystems that decide ${owned === 1 ? 'it' : 'them'}, and ${nothingHolds}${rest}.`;
}
/** A hold nobody on GitHub can lift: every maintainer of it is "not on GitHub" (a MAINTAINERS used alone). */
function nobodyCanLift(holds) {
    return holds.every((hold) => hold.canLift.length === 0);
}
/** What to say when no maintainer of the holding subsystems has a GitHub login, so no review can count. */
const NOBODY_ON_GITHUB = (count) => `none of ${count === 1 ? 'its' : 'their'} maintainers has a GitHub login (map their e-mails under import.people in a maintainers.yml), so no approval can`;
function countFiles(holds) {
    return holds.reduce((sum, hold) => sum + hold.files.length, 0);
}
function rustFiles(count) {
    return count === 1 ? '1 Rust file is' : `${count} Rust files are`;
}
function names(holds, name) {
    const listed = holds.map((hold) => name(hold.subsystem));
    return listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
}

/** Cut first to last when a report is too long: per-file detail goes first, the subsystem table nearly last. */
const CUT_ORDER = {
    files: 0,
    policyChanges: 1,
    capped: 2,
    notOnGitHub: 3,
    subsystems: 4,
    labels: 5,
    mentioned: 6,
    // Why an approval did not count is what a maintainer needs to act on: cut last.
    acks: 7,
};
/** Held files named per dropped ack before "and N more". */
const DROPPED_FILES_SHOWN = 5;
/** Re-routed open PRs listed by a policy edit's report before "and N more": the first few say enough. */
const REROUTES_SHOWN = 5;
/** A dash for an empty cell: GitHub renders an empty cell, but a dash says "nothing" on purpose. */
const NONE = '—';
/**
 * The report body as blocks. `pointer` says where the complete data is when rows are cut, e.g.
 * "see the job summary".
 */
function decisionBlocks(decision, pointer, notRequested = [], lineLink = () => null) {
    const refused = new Set(notRequested === 'everyone' ? [] : notRequested.map((h) => h.toLowerCase()));
    const asked = notRequested === 'everyone' ? [] : [...decision.reviewers, ...decision.teamReviewers];
    const requested = new Set(asked.map((h) => h.toLowerCase()).filter((h) => !refused.has(h)));
    const blocks = [paragraph(`${verdictHeading(decision.verdict)}\n\n${verdictSentence(decision)}`)];
    // The Rust tree's hold over blocking findings is shown in its own row and the Rust review section; kept out of
    // this map, it never colours the Rust tree's own paths as held.
    const holds = new Map(decision.holds.filter((hold) => hold.checks === undefined).map((h) => [h.subsystem, h]));
    const checkHold = decision.holds.find((hold) => hold.checks !== undefined);
    // Holds first, always: the subsystems that hold the change must never fall below a cut of the table.
    const owners = holdsFirst(decision.subsystems.filter((report) => !report.mentioned), new Map(decision.holds.map((hold) => [hold.subsystem, hold])));
    if (owners.length > 0) {
        blocks.push({
            head: '| Subsystem | Stance | Files | Asked | What lifts the hold |\n| --- | --- | ---: | --- | --- |\n',
            items: owners.map((report) => subsystemRow(report, holds.get(report.name) ?? (report.name === checkHold?.subsystem ? checkHold : undefined), requested)),
            joiner: '\n',
            tail: '',
            more: (cut) => `\n*… ${cut} more ${plural(cut, 'subsystem')} not shown: ${pointer}.*`,
            cutOrder: CUT_ORDER.subsystems,
        });
    }
    blocks.push(...reviewBlocks(decision, requested, pointer, lineLink));
    const ackNotes = decision.holds.flatMap((hold) => ackNoteItems(hold, requested));
    if (ackNotes.length > 0) {
        blocks.push({
            head: '**Approvals that do not lift a hold**\n\n',
            items: ackNotes,
            joiner: '\n',
            tail: '',
            more: (cut) => `\n- … ${cut} more (${pointer})`,
            cutOrder: CUT_ORDER.acks,
        });
    }
    const mentioned = decision.subsystems.filter((report) => report.mentioned);
    if (mentioned.length > 0) {
        blocks.push(inlineList('**Mentioned** by keyword (labelled, not asked): ', mentioned.map((r) => `${escapeMarkdown(r.name)}${keywordsOf(decision, r.name)}`), CUT_ORDER.mentioned, pointer));
    }
    if (decision.labels.length > 0) {
        blocks.push(inlineList('**Labels:** ', decision.labels.map((label) => codeSpan(label)), CUT_ORDER.labels, pointer));
    }
    if (decision.reviewersCapped.length > 0) {
        const capped = decision.reviewersCapped.map((handle) => codeSpan(handle));
        blocks.push(inlineList('**Not requested** (over the max-reviewers cap): ', capped, CUT_ORDER.capped, pointer));
    }
    const notOnGitHub = owners.flatMap((report) => report.notOnGitHub.map((person) => `${escapeMarkdown(person)} (${escapeMarkdown(report.name)})`));
    if (notOnGitHub.length > 0) {
        blocks.push(inlineList('**Not on GitHub** (named here, never requested): ', notOnGitHub, CUT_ORDER.notOnGitHub, pointer, '; '));
    }
    if (decision.keywordScan.capped) {
        const { scannedBytes, totalBytes } = decision.keywordScan;
        blocks.push(paragraph(`Keywords were looked for in the first ${scannedBytes} of ${totalBytes} bytes of the pull request's text and diff only.`));
    }
    if (decision.policyChanges !== undefined && decision.policyChanges.length > 0) {
        blocks.push({
            head: '**Policy changes proposed** by this pull request (it is routed by the base policy until merged):\n\n| Subsystem | Base | Proposed |\n| --- | --- | --- |\n',
            items: decision.policyChanges.map(policyChangeRow),
            joiner: '\n',
            tail: '',
            more: (cut) => `\n*… ${cut} more ${plural(cut, 'change')} not shown: ${pointer}.*`,
            cutOrder: CUT_ORDER.policyChanges,
        });
    }
    if (decision.policyReview !== undefined)
        blocks.push(...policyReviewBlocks(decision.policyReview, requested, pointer));
    if (decision.files.length > 0) {
        const count = `${decision.files.length} ${plural(decision.files.length, 'path')}`;
        blocks.push({
            head: `<details>\n<summary>Per-file detail (${count})</summary>\n\n| Path | Rust | Decision | Owner | Matched | Why |\n| --- | --- | --- | --- | --- | --- |\n`,
            items: decision.files.map((file) => fileRow(file, file.owner === null ? undefined : holds.get(file.owner))),
            joiner: '\n',
            tail: '\n\n</details>',
            more: (cut) => `\n*… ${cut} more ${plural(cut, 'path')} not shown: ${pointer}.*`,
            cutOrder: CUT_ORDER.files,
        });
    }
    return blocks;
}
/** English plural for the counts in reports. */
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}
function inlineList(head, items, cutOrder, pointer, joiner = ', ') {
    return { head, items, joiner, tail: '', more: (cut) => `… ${cut} more (${pointer})`, cutOrder };
}
function subsystemRow(report, hold, requested) {
    const stance = report.stance === null
        ? NONE
        : escapeMarkdown(`${report.stance} (${STANCE_SOURCE_WORDS[report.stanceSource ?? 'default']})`);
    const asked = report.asked.length > 0
        ? report.asked.map((handle) => mention(handle, requested, { inTable: true })).join(', ')
        : hold?.stance === 'opt-out'
            ? 'nobody (they said no)'
            : NONE;
    const cells = [escapeMarkdown(report.name), stance, String(report.files.length), asked, liftCell(hold, requested)];
    return `| ${cells.join(' | ')} |`;
}
function liftCell(hold, requested) {
    if (hold === undefined)
        return NONE;
    const named = (handles, joiner) => handles.map((handle) => mention(handle, requested, { inTable: true })).join(joiner);
    if (hold.liftedBy.length > 0)
        return `lifted by ${named(hold.liftedBy, ', ')}`;
    if (hold.canLift.length === 0)
        return 'nobody on GitHub: none of its maintainers has a GitHub login';
    // Routing cannot see team membership (routing/holds.ts): say so wherever a team is offered.
    const teams = hold.canLift.some((handle) => handle.includes('/'))
        ? ' (a team member counts when listed by login)'
        : '';
    return `an approving review from ${named(hold.canLift, ' or ')}${teams}`;
}
/**
 * One list item per approval that did not lift the hold: given on a commit since which the held files
 * changed (its maintainer is asked to review again), or by someone who cannot write to the repository.
 */
function ackNoteItems(hold, requested) {
    const subsystem = escapeMarkdown(hold.subsystem);
    const dropped = hold.droppedAcks.map((ack) => {
        const shown = ack.files.slice(0, DROPPED_FILES_SHOWN).map((file) => codeSpan(file));
        const more = ack.files.length > DROPPED_FILES_SHOWN ? ` and ${ack.files.length - DROPPED_FILES_SHOWN} more` : '';
        const commit = /^[0-9a-f]{40}$/i.test(ack.commit) ? codeSpan(ack.commit.slice(0, 7)) : escapeMarkdown(ack.commit);
        const changed = `${shown.join(', ')}${more} changed since`;
        return `- ${mention(ack.login, requested)} approved at ${commit} for ${subsystem}; ${changed}: a new review is requested.`;
    });
    const refused = hold.cannotAck.map((ack) => `- ${codeSpan(ack.login)} approved for ${subsystem} but cannot ack: ${escapeMarkdown(ack.reason)}.`);
    return [...dropped, ...refused];
}
/**
 * A policy edit's review: whose entries it changes (they are asked), and the open PRs it would re-route with
 * what changes for each. PR numbers are written as code, not links: a link would put a cross-reference in
 * each listed PR's timeline, again whenever the list changes.
 */
function policyReviewBlocks(review, requested, pointer) {
    const blocks = [];
    if (review.entries.length > 0) {
        const entries = review.entries.map((entry) => {
            const what = entry.change === 'changed' ? entry.fields.join(', ') : entry.change;
            return `${escapeMarkdown(entry.subsystem)} (${escapeMarkdown(what)})`;
        });
        const asked = review.asked.length > 0
            ? ` Their maintainers are asked to review: ${review.asked.map((handle) => mention(handle, requested)).join(', ')}.`
            : ' None of their maintainers has a GitHub login to ask.';
        const notAsked = review.notAsked.length > 0
            ? ` Not asked (too many to notify): ${review.notAsked.map((handle) => codeSpan(handle)).join(', ')}.`
            : '';
        blocks.push(inlineList(`**This PR changes ${review.entries.length} policy ${review.entries.length === 1 ? 'entry' : 'entries'}:** `, entries, CUT_ORDER.policyChanges, pointer, '; '));
        blocks.push(paragraph(`${asked.trim()}${notAsked}`));
    }
    const scope = review.compared < review.openPulls
        ? ` of the ${review.compared} newest of ${review.openPulls} open`
        : ` of ${review.compared} open`;
    const partial = review.partial ? ', by the first 100 paths of larger ones' : '';
    const count = review.reroutes.length;
    const head = `**This change re-routes ${count} open ${plural(count, 'PR')}** (compared by paths${scope}${partial}; acks not counted)`;
    if (count === 0) {
        blocks.push(paragraph(`${head}.`));
        return blocks;
    }
    const shown = review.reroutes.slice(0, REROUTES_SHOWN).map(rerouteItem);
    if (count > REROUTES_SHOWN)
        shown.push(`- … and ${count - REROUTES_SHOWN} more`);
    blocks.push({
        head: `${head}:\n\n`,
        items: shown,
        joiner: '\n',
        tail: '',
        more: (cut) => `\n- … ${cut} more (${pointer})`,
        cutOrder: CUT_ORDER.policyChanges,
    });
    return blocks;
}
function rerouteItem(reroute) {
    const parts = [];
    if (reroute.verdict.from !== reroute.verdict.to)
        parts.push(`${reroute.verdict.from} → ${reroute.verdict.to}`);
    const labels = [
        ...reroute.labelsAdded.map((l) => `+${codeSpan(l)}`),
        ...reroute.labelsRemoved.map((l) => `−${codeSpan(l)}`),
    ];
    if (labels.length > 0)
        parts.push(`labels ${labels.join(' ')}`);
    const reviewers = [
        ...reroute.reviewersAdded.map((h) => `+${codeSpan(h)}`),
        ...reroute.reviewersRemoved.map((h) => `−${codeSpan(h)}`),
    ];
    if (reviewers.length > 0)
        parts.push(`reviewers ${reviewers.join(' ')}`);
    return `- ${codeSpan(`#${reroute.number}`)} ${escapeMarkdown(reroute.title)}: ${parts.join('; ')}`;
}
function policyChangeRow(change) {
    const stance = (value) => (value === null ? '(none: subsystem absent)' : value);
    return `| ${escapeMarkdown(change.subsystem)} | ${stance(change.from)} | ${stance(change.to)} |`;
}
function fileRow(file, hold) {
    const path = file.previousPath === undefined
        ? codeSpan(file.path, { inTable: true })
        : `${codeSpan(file.path, { inTable: true })} (from ${codeSpan(file.previousPath, { inTable: true })})`;
    const decision = escapeMarkdown(fileDecisionWords(file, hold));
    const cells = [
        path,
        file.rust ? 'yes' : 'no',
        decision,
        file.owner === null ? NONE : escapeMarkdown(file.owner),
        file.subsystems.length === 0 ? NONE : file.subsystems.map(escapeMarkdown).join(', '),
        file.reason === null ? "no subsystem's patterns match" : escapeMarkdown(reasonText(file.reason)),
    ];
    return `| ${cells.join(' | ')} |`;
}
/**
 * The owning subsystems with those holding the change first (standing holds, then lifted ones), each group in
 * the routing order (most specific first).
 */
function holdsFirst(owners, holds) {
    const rank = (report) => {
        const hold = holds.get(report.name);
        if (hold === undefined)
            return 2;
        return hold.liftedBy.length === 0 ? 0 : 1;
    };
    return owners
        .map((report, at) => ({ report, at }))
        .sort((a, b) => rank(a.report) - rank(b.report) || a.at - b.at)
        .map(({ report }) => report);
}
/** ` (K: `…` at MAINTAINERS:20190)` for each keyword of the subsystem that matched. */
function keywordsOf(decision, subsystem) {
    const hits = (decision.keywordHits ?? []).filter((hit) => hit.subsystem === subsystem);
    if (hits.length === 0)
        return '';
    const shown = hits.map((hit) => `K: ${codeSpan(hit.pattern)} at ${escapeMarkdown(`${hit.origin.file}:${hit.origin.line}`)}`);
    return ` (${shown.join('; ')})`;
}

/** The hidden marker the action finds its comment by (together with the comment's author being its bot). */
const COMMENT_MARKER = '<!-- rust-patch-router -->';
/** GitHub rejects longer comment bodies. */
const GITHUB_MAX_COMMENT_LENGTH = 65_536;
/** Where the rows cut from the comment can be read in full. */
const POINTER$1 = 'see the job summary';
/**
 * Renders the comment: marker, verdict and its sentence, the subsystem table, then detail. Past `maxLength` the
 * per-file detail is cut first, then the other lists, each with a pointer to the job summary. A decision with
 * no Rust files and no holds renders the short "no Rust any more" body, which the action puts in place of an
 * earlier comment rather than deleting it.
 *
 * @example renderComment(decision).split('\n')[0] // → '<!-- rust-patch-router -->'
 */
function renderComment(decision, options = {}) {
    const marker = options.marker ?? COMMENT_MARKER;
    const max = options.maxLength ?? GITHUB_MAX_COMMENT_LENGTH;
    const pointer = options.pointer ?? POINTER$1;
    if (!options.fresh && !commentWanted(decision))
        return `${marker}\n${NO_RUST_SENTENCE}\n`;
    const blocks = [paragraph(marker), ...decisionBlocks(decision, pointer, options.notRequested, options.lineLink)];
    // The marker is its own block but must stay the first line: the separator's blank line is harmless in HTML.
    return `${fitBlocks(blocks, max - 1, (text) => text.length, `\n\n*… cut to fit a comment: ${pointer}.*`)}\n`;
}
/**
 * Whether a PR calls for the comment: it touches Rust, something holds it, or it edits the policy (its
 * reviewers need the entries it changes and the PRs it re-routes). Otherwise an existing comment is brought up
 * to date (it says the Rust is gone) but none is created.
 *
 * @example commentWanted(decisionOfCOnlyPr) // → false
 */
function commentWanted(decision) {
    return (decision.rustFiles.length > 0 ||
        decision.holds.length > 0 ||
        decision.policyReview !== undefined ||
        (decision.findings?.length ?? 0) > 0 ||
        (decision.interfaces?.length ?? 0) > 0);
}

/** GitHub's limit on a commit status description. */
const MAX_STATUS_DESCRIPTION = 140;
/**
 * The status of a decision: `failure` while a hold stands (naming the holding subsystems), else `success`.
 *
 * @example gateStatus(blockedDecision, { block: true })
 *   // → { state: 'failure', description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet' }
 */
function gateStatus(decision, options) {
    const standing = decision.holds.filter((hold) => hold.liftedBy.length === 0);
    if (standing.length > 0) {
        const held = `held by ${holdList(standing)}`;
        if (!options.block)
            return status('success', `Not enforced (block: false): ${held}`);
        const opted = standing.filter((hold) => hold.stance === 'opt-out');
        if (standing.length === 1 && standing[0].checks !== undefined) {
            return status('failure', `Blocked: Rust ${standing[0].checks.join(', ')} ${standing[0].checks.length === 1 ? 'check' : 'checks'}; ${standing[0].subsystem} has not approved`);
        }
        if (opted.length === standing.length && opted.length === 1) {
            return status('failure', `Blocked: ${opted[0].subsystem} opted out of Rust; no exception yet`);
        }
        if (opted.length === 0 && standing.length === 1) {
            return status('failure', `Needs ack: ${standing[0].subsystem} has not acked the Rust`);
        }
        return status('failure', `${opted.length > 0 ? 'Blocked' : 'Needs ack'}: ${held}`);
    }
    if (decision.holds.length > 0)
        return status('success', 'Routed: every hold lifted by a maintainer’s approval');
    const count = decision.rustFiles.length;
    if (count === 0)
        return status('success', 'No Rust changes: nothing to hold');
    return status('success', `Routed: ${count} Rust ${count === 1 ? 'file' : 'files'}, nothing held`);
}
/**
 * The status of a run that could not decide (policy unreadable at base, over-cap PR without a checkout, the
 * API failing…): `error`, with the first line of the cause.
 *
 * @example errorStatus('maintainers.yml does not exist at commit 5f1b2c3…') // → { state: 'error', description: 'Could not decide: maintainers.yml does not exist at commit 5f1b2c3…' }
 */
function errorStatus(cause) {
    const firstLine = cause.split('\n', 1)[0].trim() || 'the run failed';
    return status('error', `Could not decide: ${firstLine}`);
}
/** `A (opt-out), B (undecided)`; `status` cuts it to fit. */
function holdList(holds) {
    return holds.map((hold) => `${hold.subsystem} (${hold.checks?.join(', ') ?? hold.stance})`).join(', ');
}
/** Builds a status, cutting the description to GitHub's limit with an ellipsis. */
function status(state, description) {
    const oneLine = description.replace(/\s+/g, ' ');
    const cut = oneLine.length <= MAX_STATUS_DESCRIPTION ? oneLine : `${oneLine.slice(0, MAX_STATUS_DESCRIPTION - 1).trimEnd()}…`;
    return { state, description: cut };
}

/** Rows listed at most: a sweep that changes more says how many it leaves out. */
const MAX_ROWS = 200;
/**
 * @example renderSweepSummary({ trigger: 'schedule', scope: 'every open pull request', outcomes: [...], open: 500, … })
 *   // → '## rust-patch-router sweep\n\n**schedule**: every open pull request. 500 open; 500 re-decided: 2 updated, …'
 */
function renderSweepSummary(sweep, options = {}) {
    const lines = ['## rust-patch-router sweep', ''];
    const head = `**${escapeMarkdown(sweep.trigger)}**: ${escapeMarkdown(sweep.scope)}.`;
    if (sweep.skipped !== null) {
        lines.push(head, '', escapeMarkdown(sweep.skipped), '');
        return lines.join('\n');
    }
    const count = (result) => sweep.outcomes.filter((o) => o.result === result).length;
    const updated = options.dryRun ? 'would update' : 'updated';
    lines.push(`${head} ${sweep.open} open; ${sweep.outcomes.length} re-decided: ${count('updated')} ${updated}, ` +
        `${count('unchanged')} unchanged, ${count('superseded')} moved on meanwhile, ${count('error')} could not be decided.`, '');
    const diffs = sweep.outcomes.filter((o) => o.diffRead !== null).length;
    if (diffs > 0)
        lines.push(`Files read with their patches for ${diffs} of them (the others from GraphQL alone).`, '');
    if (sweep.stopped !== null) {
        const where = sweep.stopped.before === null ? 'before the next page of pull requests' : `before #${sweep.stopped.before}`;
        lines.push(`⏸️ Stopped ${where}: ${escapeMarkdown(sweep.stopped.reason)}. The next sweep starts over: the pull requests ` +
            'decided here already show their decision and cost it no write, so it goes on from here.', '');
    }
    if (sweep.limited)
        lines.push(`Only the ${sweep.outcomes.length} newest pull requests were swept (input \`sweep-limit\`).`, '');
    for (const error of sweep.policyErrors)
        lines.push(`❌ The policy could not be read: ${escapeMarkdown(error)}`, '');
    const rows = sweep.outcomes.filter((o) => o.result !== 'unchanged');
    if (rows.length > 0) {
        lines.push('| PR | Verdict | Result | Written |', '| --- | --- | --- | --- |');
        for (const row of rows.slice(0, MAX_ROWS)) {
            const written = row.result === 'error' ? (row.error ?? '') : row.writes.join('; ');
            lines.push(`| #${row.number} | ${row.verdict ?? '—'} | ${row.result} | ${escapeMarkdown(written.split('\n')[0]) || '—'} |`);
        }
        if (rows.length > MAX_ROWS)
            lines.push('', `… and ${rows.length - MAX_ROWS} more.`);
        lines.push('');
    }
    return lines.join('\n');
}

/** GitHub's limit for one step's summary, in bytes. */
const GITHUB_MAX_SUMMARY_BYTES = 1024 * 1024;
/** Where rows cut from the summary can be read in full. */
const POINTER = 'the `report` output has the complete decision';
/**
 * Renders the summary within 1 MiB (UTF-8), cutting the per-file detail first like the comment does.
 *
 * @example renderSummary(decision, { policyCommit: 'abc123', policyFile: 'maintainers.yml', timings: { route: 3 } })
 *   // → '## rust-patch-router\n\n### ✅ Routed\n\n…\n\nPolicy `maintainers.yml` at `abc123`.\n\n| Step | Time |…'
 */
function renderSummary(decision, context) {
    const blocks = [
        paragraph('## rust-patch-router'),
        ...decisionBlocks(decision, POINTER, context.notRequested, context.lineLink),
    ];
    const notes = context.notes ?? [];
    if (notes.length > 0) {
        blocks.push({
            head: '**Notes**\n\n',
            items: notes.map((note) => `- ${escapeMarkdown(note)}`),
            joiner: '\n',
            tail: '',
            more: (cut) => `- … ${cut} more (${POINTER})`,
            cutOrder: 3,
        });
    }
    blocks.push(paragraph(`Policy ${codeSpan(context.policyFile)} at ${codeSpan(context.policyCommit)}.`));
    const timings = Object.entries(context.timings);
    if (timings.length > 0) {
        blocks.push({
            head: '| Step | Time |\n| --- | ---: |\n',
            items: timings.map(([step, ms]) => `| ${escapeMarkdown(step)} | ${formatMilliseconds(ms)} |`),
            joiner: '\n',
            tail: '',
            more: (cut) => `\n*… ${cut} more steps*`,
            cutOrder: 1,
        });
    }
    const bytes = (text) => Buffer.byteLength(text, 'utf8');
    return `${fitBlocks(blocks, GITHUB_MAX_SUMMARY_BYTES - 1, bytes, `\n\n*… cut to fit the job summary: ${POINTER}.*`)}\n`;
}
function formatMilliseconds(ms) {
    return Number.isFinite(ms) ? `${Math.round(ms)} ms` : '—';
}

/**
 * @example blobLineLink('https://github.com', { owner: 'o', repo: 'r' }, 'c0ffee')('rust/kernel/a b.rs', 12)
 *   // → 'https://github.com/o/r/blob/c0ffee/rust/kernel/a%20b.rs#L12'
 */
function blobLineLink(serverUrl, repo, sha) {
    const base = `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/${sha}/`;
    return (path, line) => `${base}${path.split('/').map(encodeURIComponent).join('/')}${line === null ? '' : `#L${line}`}`;
}

/** GitHub drops error annotations past this many per step (docs/GITHUB-PLATFORM.md, "Annotations and the job summary"). */
const MAX_ERROR_ANNOTATIONS = 10;
/** Files the last annotation names; the job summary lists them all. */
const NAMED_IN_SUMMARY = 20;
/**
 * One annotation per Rust file under a standing hold, saying which subsystem holds it and whose approval
 * lifts it; at most `limit` (default 10: leave room for the step's own failure message by passing 9).
 *
 * @example heldFileAnnotations(decision)[0]
 *   // → { title: 'rust: blocked', file: 'kernel/dma/pool.rs',
 *   //     message: 'Rust in DMA MAPPING HELPERS, which opted out of Rust: blocked until one of its maintainers (hch, mszyprow) approves an exception.' }
 */
function heldFileAnnotations(decision, limit = MAX_ERROR_ANNOTATIONS) {
    const all = [];
    for (const hold of decision.holds) {
        // A blocking finding is annotated on its own line (findingAnnotations), not on the whole file.
        if (hold.liftedBy.length > 0 || hold.checks !== undefined)
            continue;
        const who = hold.canLift.length > 0 ? hold.canLift.join(', ') : 'nobody listed: add a maintainer to the policy';
        const message = hold.stance === 'opt-out'
            ? `Rust in ${hold.subsystem}, which opted out of Rust: blocked until one of its maintainers (${who}) approves an exception.`
            : `Rust in ${hold.subsystem}, which has not decided on Rust: waiting for an ack, an approving review by one of its maintainers (${who}).`;
        const title = hold.stance === 'opt-out' ? 'rust: blocked' : 'rust: needs-ack';
        for (const file of hold.files)
            all.push({ title, message, file });
    }
    if (all.length <= limit)
        return all;
    const shown = all.slice(0, limit - 1);
    const rest = all.slice(limit - 1);
    const listed = rest.slice(0, NAMED_IN_SUMMARY).map((a) => a.file);
    const names = rest.length > NAMED_IN_SUMMARY ? `${listed.join(', ')}, …` : listed.join(', ');
    shown.push({
        title: 'more held Rust files',
        message: `${rest.length} more held Rust files (see the job summary): ${names}`,
    });
    return shown;
}
/** GitHub also shows at most this many warning annotations per step. */
const MAX_WARNING_ANNOTATIONS = 10;
/**
 * The Rust review's findings as annotations on their lines (docs/RUST-REVIEW.md, "Findings"): blocking ones
 * first, as errors, up to `errorLimit`; the others as warnings, up to 10. Past a limit the findings stay in
 * the comment and the summary, which list them all.
 *
 * @example findingAnnotations(decision, 9)[0]
 *   // → { level: 'warning', title: 'rust: safety-comment', file: 'rust/kernel/x.rs', line: 12, message: '`unsafe` block without …' }
 */
function findingAnnotations(decision, errorLimit) {
    const held = new Set(decision.holds.filter((h) => h.checks !== undefined && h.liftedBy.length === 0).map((h) => h.subsystem));
    const annotations = [];
    let errors = 0;
    let warnings = 0;
    for (const finding of decision.findings ?? []) {
        const blocking = finding.severity === 'block' && finding.subsystem !== null && held.has(finding.subsystem);
        if (blocking ? errors++ >= errorLimit : warnings++ >= MAX_WARNING_ANNOTATIONS)
            continue;
        // The checks' messages are fragments without a full stop: the blocking sentence needs one before it.
        const lift = blocking ? `. Blocks until one of ${finding.subsystem}'s maintainers approves.` : '';
        annotations.push({
            level: blocking ? 'error' : 'warning',
            title: `rust: ${finding.check}`,
            message: `${finding.message}${lift}`,
            file: finding.path,
            ...(finding.line === null ? {} : { line: finding.line }),
        });
    }
    return annotations;
}

/**
 * Adds labels to a PR (existing ones stay). Create them first with ensureLabels: GitHub would create a
 * missing one grey and without description.
 */
async function addLabels(client, repo, number, names) {
    if (names.length === 0)
        return;
    await client.rest.issues.addLabels({ ...repo, issue_number: number, labels: [...names] });
}

/** GitHub rejects longer label descriptions. */
const MAX_DESCRIPTION = 100;
/**
 * Creates the labels the repository lacks, so they get our colour and description: adding a missing label
 * to a PR would create it grey and undescribed. Names compare case-insensitively, as GitHub's do. A label
 * that appears meanwhile (422 already_exists: a concurrent run) counts as created.
 *
 * @returns the names created.
 */
async function ensureLabels(client, repo, wanted) {
    if (wanted.length === 0)
        return [];
    let existing;
    try {
        const labels = await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
        existing = new Set(labels.map((label) => label.name.toLowerCase()));
    }
    catch (error) {
        throw describeRequestFailure('list the repository labels', error);
    }
    const created = [];
    for (const spec of wanted) {
        if (existing.has(spec.name.toLowerCase()))
            continue;
        try {
            await client.rest.issues.createLabel({
                ...repo,
                name: spec.name,
                color: spec.color,
                description: spec.description.slice(0, MAX_DESCRIPTION),
            });
            created.push(spec.name);
        }
        catch (error) {
            if (classifyRequestError(error).kind === 'rejected' && hasErrorCode(error, 'already_exists'))
                continue;
            throw error;
        }
        existing.add(spec.name.toLowerCase());
    }
    return created;
}

/**
 * Reads a pull request fresh: labels, pending review requests and draft state change after the event fired.
 * Teams come back as `org/team`, the way the policy writes them.
 */
async function getPullRequest(client, repo, number) {
    let data;
    try {
        ({ data } = await client.rest.pulls.get({ ...repo, pull_number: number }));
    }
    catch (error) {
        throw describeRequestFailure(`read pull request #${number}`, error);
    }
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        author: data.user.login,
        draft: data.draft === true,
        state: data.state === 'closed' ? 'closed' : 'open',
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        headSha: data.head.sha,
        headRepoFullName: data.head.repo?.full_name ?? null,
        baseRepoFullName: data.base.repo.full_name,
        changedFiles: data.changed_files,
        labels: data.labels.map((label) => label.name),
        requestedReviewers: (data.requested_reviewers ?? []).map((user) => user.login),
        // A team can only be requested from the repository's own organisation.
        requestedTeams: (data.requested_teams ?? []).map((team) => `${repo.owner}/${team.slug}`),
        htmlUrl: data.html_url,
        locked: data.locked === true,
    };
}

/**
 * Removes one label from a PR. GitHub answers 404 when it is not there (someone removed it meanwhile):
 * that is the state we wanted, so it counts as done. Octokit URL-encodes the name (`rust: blocked`).
 */
async function removeLabel(client, repo, number, name) {
    try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: number, name });
    }
    catch (error) {
        if (classifyRequestError(error).kind === 'not-found')
            return;
        throw error;
    }
}

/**
 * Whether GitHub will accept `login` as a reviewer here (only collaborators can be requested). A read, so
 * it is cheap where bisecting a refused review request would cost paced writes.
 *
 * @example await isCollaborator(client, repo, 'ojeda') // → true
 */
async function isCollaborator(client, repo, login) {
    try {
        await client.rest.repos.checkCollaborator({ ...repo, username: login });
        return true;
    }
    catch (error) {
        if (classifyRequestError(error).kind === 'not-found')
            return false;
        throw describeRequestFailure(`check whether ${login} is a collaborator`, error);
    }
}

/**
 * Whether the token can see `team` (written `org/team`), and so whether GitHub will accept it as a reviewer.
 * The default GITHUB_TOKEN cannot read an organisation's teams (404), nor can a GitHub App without
 * Members: read (403); a review request naming the team would then fail with 422 on every run, so a read
 * first saves a refused write each time.
 *
 * @example await isTeamVisible(client, 'rust-for-linux/reviewers') // → false with GITHUB_TOKEN
 */
async function isTeamVisible(client, team) {
    const slash = team.indexOf('/');
    try {
        await client.rest.teams.getByName({ org: team.slice(0, slash), team_slug: team.slice(slash + 1) });
        return true;
    }
    catch (error) {
        const { kind } = classifyRequestError(error);
        if (kind === 'not-found' || kind === 'read-only' || kind === 'forbidden')
            return false;
        throw describeRequestFailure(`check whether the token can see the team ${team}`, error);
    }
}

/** GitHub's reason, in its words, for a login that is not a collaborator. */
const NOT_A_COLLABORATOR = 'Reviews may only be requested from collaborators.';
/** Why a team the token cannot read is not requested, and what token would do. */
const TEAM_NOT_VISIBLE = 'not visible to this token: use a GitHub App token with Members: read or a PAT with read:org';
/** Users per request: GitHub documents no limit, but larger requests fail (docs/GITHUB-PLATFORM.md, "Review requests"). */
const MAX_USERS_PER_REQUEST = 15;
/**
 * Requests reviews from `handles` (logins and `org/team`s), at most 15 users a request, teams riding with
 * the first batch. Each team is first read (one request per distinct team): a team the token cannot see is
 * rejected without being sent, so the default GITHUB_TOKEN makes no failing write for it, run after run.
 * GitHub refuses a whole request when one login or team is unacceptable, so a refused batch is split until
 * the refused handles stand alone: everyone else is still requested. With `checkUsersFirst` (a re-run),
 * users are checked as collaborators with reads before anything is sent, so a login refused last time costs
 * a read, not another refused write.
 *
 * Other failures (403 read-only token, 5xx after retries) are thrown for the caller to classify.
 */
async function requestReviewers(client, repo, number, handles, options = {}) {
    const result = { requested: [], rejected: [] };
    let users = handles.filter((h) => !h.includes('/'));
    if (options.checkUsersFirst) {
        const accepted = await Promise.all(users.map((login) => isCollaborator(client, repo, login)));
        for (const [i, login] of users.entries()) {
            if (!accepted[i])
                result.rejected.push({ handle: login, reason: NOT_A_COLLABORATOR });
        }
        users = users.filter((_, i) => accepted[i]);
    }
    const teams = await visibleTeams(client, handles, result);
    const send = async (batch) => {
        await client.rest.pulls.requestReviewers({
            ...repo,
            pull_number: number,
            reviewers: batch.filter((h) => !h.includes('/')),
            team_reviewers: batch.filter((h) => h.includes('/')).map((h) => h.slice(h.indexOf('/') + 1)),
        });
    };
    const batches = [];
    for (let i = 0; i < users.length; i += MAX_USERS_PER_REQUEST)
        batches.push(users.slice(i, i + MAX_USERS_PER_REQUEST));
    if (teams.length > 0) {
        if (batches.length === 0)
            batches.push([]);
        batches[0].push(...teams);
    }
    const members = (login) => isCollaborator(client, repo, login);
    for (const batch of batches)
        await requestIsolatingRejections(send, batch, result, members);
    return result;
}
/**
 * The distinct teams among `handles` (compared case-insensitively, as GitHub's slugs are) that the token can
 * read; the others go to `result.rejected`.
 */
async function visibleTeams(client, handles, result) {
    const teams = [];
    for (const handle of handles) {
        const known = teams.some((team) => team.toLowerCase() === handle.toLowerCase());
        if (handle.includes('/') && !known)
            teams.push(handle);
    }
    const visible = await Promise.all(teams.map((team) => isTeamVisible(client, team)));
    for (const [i, team] of teams.entries()) {
        if (!visible[i])
            result.rejected.push({ handle: team, reason: TEAM_NOT_VISIBLE });
    }
    return teams.filter((_, i) => visible[i]);
}
/**
 * Sends a batch; on 422, retries users and teams apart (a team GitHub refuses though the token could read
 * it). A refused batch of users drops its non-collaborators (asked with cheap reads: each review request is
 * a notification the throttling plugin paces 3 s apart) and is sent once more; anything still refused is
 * halved until each refused handle stands alone.
 */
async function requestIsolatingRejections(send, batch, result, members) {
    try {
        await send(batch);
        result.requested.push(...batch);
        return;
    }
    catch (error) {
        const failure = classifyRequestError(error);
        if (failure.kind !== 'rejected')
            throw error;
        if (batch.length === 1) {
            result.rejected.push({ handle: batch[0], reason: failure.message });
            return;
        }
    }
    const users = batch.filter((h) => !h.includes('/'));
    const teams = batch.filter((h) => h.includes('/'));
    if (users.length > 0 && teams.length > 0) {
        for (const part of [users, teams])
            await requestIsolatingRejections(send, part, result, members);
        return;
    }
    if (members && teams.length === 0) {
        const accepted = await Promise.all(batch.map(members));
        const outsiders = batch.filter((_, i) => !accepted[i]);
        if (outsiders.length > 0) {
            for (const handle of outsiders)
                result.rejected.push({ handle, reason: NOT_A_COLLABORATOR });
            const rest = batch.filter((_, i) => accepted[i]);
            if (rest.length > 0)
                await requestIsolatingRejections(send, rest, result);
            return;
        }
    }
    const half = Math.ceil(batch.length / 2);
    for (const part of [batch.slice(0, half), batch.slice(half)])
        await requestIsolatingRejections(send, part, result);
}

/** A team is written `org/team`; a login cannot contain `/`. */
function isTeam(handle) {
    return handle.includes('/');
}
/** GitHub logins and team slugs are case-insensitive: compare them lower-cased. */
function handleKey(handle) {
    return handle.toLowerCase();
}
/** The GitHub handles among people, skipping those not on GitHub (handle null). */
function handlesOf(people) {
    return people.flatMap((person) => (person.handle === null ? [] : [person.handle]));
}
/**
 * Builds the request from the asked subsystems, already in order (best specificity first). `later` tiers
 * (the Rust tree for a finding, interface owners: docs/RUST-REVIEW.md) follow them, each tier its maintainers
 * then its reviewers, so the cap cuts them first.
 *
 * @example pickReviewers([rust], { author: 'ojeda', maxReviewers: 1 })
 *   // RUST: maintainers [ojeda, alex], reviewers [rust-for-linux/reviewers]
 *   // → { reviewers: ['alex'], teamReviewers: [], capped: ['rust-for-linux/reviewers'], … }
 */
function pickReviewers(asked, options) {
    const author = options.author === undefined ? undefined : handleKey(options.author);
    const seen = new Set();
    const ordered = [];
    const candidates = [asked, ...(options.later ?? [])].flatMap((tier) => [
        ...tier.flatMap((s) => handlesOf(s.maintainers)),
        ...tier.flatMap((s) => handlesOf(s.reviewers)),
    ]);
    for (const handle of candidates) {
        const key = handleKey(handle);
        if (key === author || seen.has(key))
            continue;
        seen.add(key);
        ordered.push(handle);
    }
    const cap = Math.max(0, Math.floor(options.maxReviewers));
    const kept = ordered.slice(0, cap);
    return {
        reviewers: kept.filter((handle) => !isTeam(handle)),
        teamReviewers: kept.filter(isTeam),
        capped: ordered.slice(cap),
        requested: new Set(kept.map(handleKey)),
    };
}

/**
 * What a PR's reviews say, folded per reviewer (docs/GATE.md, "Acks"): a reviewer's verdict is their latest
 * review that is not a comment, and it is tied to the commit it was given on — an approval of an older
 * commit is not an approval of the head.
 */
/** Reviews with a verdict; COMMENTED says nothing about approval, PENDING is an unsubmitted draft. */
const VERDICT_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/**
 * Each reviewer's verdict, keyed by lower-cased login (logins are case-insensitive). A later "changes
 * requested" or a dismissal replaces an approval; a later comment does not.
 *
 * @example latestVerdicts([{ login: 'hch', state: 'APPROVED', commitId: 'c1' }, { login: 'hch', state: 'COMMENTED', commitId: 'c2' }])
 *   // → Map { 'hch' → { login: 'hch', state: 'APPROVED', commitId: 'c1' } }
 */
function latestVerdicts(reviews) {
    const verdicts = new Map();
    for (const review of reviews) {
        if (!VERDICT_STATES.has(review.state))
            continue;
        verdicts.set(handleKey(review.login), {
            login: review.login,
            state: review.state,
            commitId: review.commitId,
        });
    }
    return verdicts;
}
/**
 * Logins that submitted any review (a comment included): GitHub no longer lists them as requested, and
 * they are not asked again — unless their ack went stale (see lift-holds.ts).
 */
function reviewedLogins(reviews) {
    const seen = new Map();
    for (const review of reviews) {
        if (review.state !== 'PENDING' && !seen.has(handleKey(review.login)))
            seen.set(handleKey(review.login), review.login);
    }
    return [...seen.values()];
}
/** Logins (lower-cased) that submitted a review of `commit`, whatever it said: they have seen that commit. */
function reviewedAt(reviews, commit) {
    return new Set(reviews.filter((r) => r.state !== 'PENDING' && r.commitId === commit).map((r) => handleKey(r.login)));
}

/** GitHub refuses to put more labels on one issue or PR (docs/GITHUB-PLATFORM.md, "Labels"). */
const GITHUB_MAX_LABELS = 100;
/**
 * Compares the decision's labels with the PR's. Names compare case-insensitively, as GitHub's do: a policy
 * saying `rust` while the repository spells it `Rust` must not add it again on every run.
 *
 * @example planLabels(decision, ['rust: needs-ack', 'bug'], { add: true, sync: true })
 *   // → { add: ['rust'], remove: ['rust: needs-ack'], dropped: [] }   ('bug' is not managed: kept)
 */
function planLabels(decision, current, options) {
    const key = (name) => name.toLowerCase();
    const wanted = new Set(decision.labels.map(key));
    const managed = new Set(decision.managedLabels.map(key));
    const present = new Set(current.map(key));
    const remove = options.sync ? current.filter((name) => managed.has(key(name)) && !wanted.has(key(name))) : [];
    const missing = options.add ? decision.labels.filter((name) => !present.has(key(name))) : [];
    const room = Math.max(0, GITHUB_MAX_LABELS - (current.length - remove.length));
    return { add: missing.slice(0, room), remove, dropped: missing.slice(room) };
}
/** Status label colours: purple for the Rust tree, green routed, yellow waiting, red blocked. */
const STATUS_LOOK = {
    core: { color: '6e40c9', description: 'Rust routed to the Rust tree' },
    'opt-in': { color: '0e8a16', description: 'Rust routed to a subsystem that opted in' },
    'needs-ack': { color: 'fbca04', description: 'Rust waiting for an ack from an undecided subsystem' },
    blocked: { color: 'b60205', description: 'Rust in a subsystem that opted out: blocked until an exception' },
    'unstable-feature': { color: '6e40c9', description: 'Adds or allows an unstable Rust feature: for the Rust tree' },
    toolchain: { color: '6e40c9', description: 'Changes the minimum or pinned Rust toolchain: for the Rust tree' },
    'bindings-affected': { color: 'd4c5f9', description: 'Changes C that Rust code binds: its Rust owners are asked' },
};
/** Subsystem labels: GitHub's pale blue, so status labels stand out. */
const SUBSYSTEM_COLOR = 'c5def5';
/**
 * How the labels about to be added should look when the repository lacks them.
 *
 * @example labelSpecs(['rust: blocked'], policy) // → [{ name: 'rust: blocked', color: 'b60205', description: 'Rust in a subsystem that opted out: …' }]
 */
function labelSpecs(names, policy) {
    return names.map((name) => {
        const status = Object.keys(STATUS_LOOK).find((kind) => policy.labels[kind]?.toLowerCase() === name.toLowerCase());
        if (status)
            return { name, ...STATUS_LOOK[status] };
        const owners = policy.subsystems.filter((s) => s.labels.some((l) => l.toLowerCase() === name.toLowerCase()));
        const description = owners.length > 0 ? `Touches ${owners.map((s) => s.name).join(', ')}` : 'rust-patch-router';
        return { name, color: SUBSYSTEM_COLOR, description };
    });
}

/**
 * Drops the author, pending requests and people who already reviewed (logins compare case-insensitively):
 * nobody is asked twice.
 *
 * @example planReviewRequests(repo, pr, { users: ['alice', 'bob'], teams: [] }, ['bob'])
 *   // → { toRequest: ['alice'], skipped: ['bob'], rejected: [] }
 */
function planReviewRequests(repo, pr, wanted, reviewed) {
    const already = new Set([pr.author, ...pr.requestedReviewers, ...pr.requestedTeams, ...reviewed].map((h) => h.toLowerCase()));
    const plan = { toRequest: [], skipped: [], rejected: [] };
    for (const handle of [...wanted.users, ...wanted.teams]) {
        const org = handle.includes('/') ? handle.slice(0, handle.indexOf('/')) : null;
        if (already.has(handle.toLowerCase()))
            plan.skipped.push(handle);
        else if (org !== null && org.toLowerCase() !== repo.owner.toLowerCase()) {
            plan.rejected.push({ handle, reason: `a team of ${org}, not of ${repo.owner}, cannot review here` });
        }
        else
            plan.toRequest.push(handle);
    }
    return plan;
}

/**
 * Writes a status on `sha`. GitHub keeps every status and counts the latest per context, so this is safe to
 * repeat; the caller writes only when state or description change (a commit takes 1,000 per context).
 * Failures are left to the caller's WriteGate, which tells a read-only token from other refusals.
 */
async function createCommitStatus(client, repo, sha, status) {
    await client.rest.repos.createCommitStatus({
        ...repo,
        sha,
        state: status.state,
        context: status.context,
        description: status.description,
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
}

/**
 * Writes `wanted` on the commit unless `latest` already says it, through `gate` (dry run, read-only token).
 *
 * @example await syncGateStatus({ client, repo, sha, context: 'rust-patch-router' }, planned, latest, gate)
 *   // → { result: 'unchanged', status: planned } on a re-run
 */
async function syncGateStatus(target, wanted, latest, gate) {
    if (sameStatus(latest, wanted))
        return { result: 'unchanged', status: wanted };
    const { client, repo, sha, context, targetUrl } = target;
    const written = await gate.write(`set the ${context} status of ${sha.slice(0, 7)}`, async () => {
        await createCommitStatus(client, repo, sha, { ...wanted, context, ...(targetUrl ? { targetUrl } : {}) });
        return true;
    });
    return { result: written ? 'written' : 'skipped', status: wanted };
}
/** Whether a status on GitHub says what `wanted` says. */
function sameStatus(current, wanted) {
    if (current === null || wanted === null)
        return current === wanted;
    return current.state === wanted.state && current.description === wanted.description;
}

/**
 * Creates a comment, **without the client's retries**: a 5xx or a dropped connection does not say whether
 * GitHub made the comment, and sending it again would leave two for good. The caller lists the comments
 * again on any failure (docs/GATE.md, "The sticky comment"). Failures are left to the caller's WriteGate.
 */
async function createComment(client, repo, number, body) {
    const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: number,
        body,
        request: { retries: 0 },
    });
    return {
        id: data.id,
        author: data.user?.login ?? '',
        body: data.body ?? body,
        url: data.html_url,
        createdAt: data.created_at,
    };
}

/**
 * Deletes one of our comments (a duplicate left by a race). A 404 means another run deleted it first: the
 * state we wanted, so it counts as done.
 */
async function deleteComment(client, repo, id) {
    try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: id });
    }
    catch (error) {
        if (classifyRequestError(error).kind === 'not-found')
            return;
        throw error;
    }
}

/**
 * Lists a PR's comments with their authors, oldest first (GitHub's order), so the sticky comment can be told
 * from a marker someone else pasted, and the oldest of two copies kept.
 */
async function listComments(client, repo, number) {
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...repo,
            issue_number: number,
            per_page: 100,
        });
        return comments.map((c) => ({
            id: c.id,
            author: c.user?.login ?? '',
            body: c.body ?? '',
            url: c.html_url,
            createdAt: c.created_at,
        }));
    }
    catch (error) {
        throw describeRequestFailure(`list the comments of pull request #${number}`, error);
    }
}

/** Replaces a comment's body (an edit is idempotent: retrying it is safe). */
async function updateComment(client, repo, id, body) {
    await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}

/** GitHub's limit on a comment body. */
const MAX_COMMENT_LENGTH = 65536;
/**
 * Our comments among `comments`, oldest first: the marker in the body and our login as author (logins compare
 * without case).
 *
 * @example ourComments(comments, '<!-- rust-patch-router -->', 'github-actions[bot]') // → [{ id: 11, … }]
 */
function ourComments(comments, marker, author) {
    const login = author.toLowerCase();
    return comments
        .filter((c) => c.author.toLowerCase() === login && c.body.includes(marker))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}
/** Creates, updates or leaves the sticky comment, writing only through `gate`, and collapses duplicates. */
async function syncStickyComment(client, repo, number, request, gate) {
    if (request.body.length > MAX_COMMENT_LENGTH) {
        throw new Error(`The comment is ${request.body.length} characters; GitHub takes at most ${MAX_COMMENT_LENGTH}.`);
    }
    const ours = ourComments(request.known, request.marker, request.author);
    if (request.locked)
        return { result: 'locked', url: ours[0]?.url ?? null, deleted: 0 };
    if (ours.length === 0) {
        if (!request.wanted)
            return { result: 'not-needed', url: null, deleted: 0 };
        const created = await gate.write(`comment on #${number}`, () => createWithoutDuplicates(client, repo, number, request));
        if (created === undefined)
            return { result: 'skipped', url: null, deleted: 0 };
        if (created === LOCKED)
            return { result: 'locked', url: null, deleted: 0 };
        // Another run may have created its copy meanwhile: list once more and keep the oldest.
        const again = ourComments(await listComments(client, repo, number), request.marker, request.author);
        const settled = await settle(client, repo, number, again.length > 0 ? again : [created], request, gate);
        return { ...settled, result: settled.result === 'unchanged' ? 'created' : settled.result };
    }
    return settle(client, repo, number, ours, request, gate);
}
/** Marks a create refused because the conversation is locked. */
const LOCKED = Symbol('locked');
/**
 * Keeps the oldest of `ours`, deletes the newer copies, and brings the kept one's body up to date.
 */
async function settle(client, repo, number, ours, request, gate) {
    const [kept, ...copies] = ours;
    let deleted = 0;
    for (const copy of copies) {
        const done = await gate.write(`delete the duplicate comment ${copy.id} on #${number}`, async () => {
            await deleteComment(client, repo, copy.id);
            return true;
        });
        if (done)
            deleted++;
    }
    if (normalise(kept.body) === normalise(request.body))
        return { result: 'unchanged', url: kept.url, deleted };
    const updated = await gate.write(`update the comment on #${number}`, async () => {
        try {
            await updateComment(client, repo, kept.id, request.body);
            return true;
        }
        catch (error) {
            if (classifyRequestError(error).kind === 'locked')
                return LOCKED;
            throw error;
        }
    });
    if (updated === LOCKED)
        return { result: 'locked', url: kept.url, deleted };
    return { result: updated === undefined ? 'skipped' : 'updated', url: kept.url, deleted };
}
/**
 * Sends the create once. A failure that leaves it unknown whether GitHub made the comment (a 5xx, a dropped
 * connection) is followed by a fresh list: ours found → that is the comment; none → one more create, this
 * time knowing the first did not land. A refusal (4xx) is certain and goes back to the caller.
 */
async function createWithoutDuplicates(client, repo, number, request) {
    try {
        return await createComment(client, repo, number, request.body);
    }
    catch (error) {
        const { kind } = classifyRequestError(error);
        if (kind === 'locked')
            return LOCKED;
        if (kind !== 'failed')
            throw error;
    }
    const ours = ourComments(await listComments(client, repo, number), request.marker, request.author);
    if (ours.length > 0)
        return ours[0];
    return createComment(client, repo, number, request.body);
}
/** GitHub may hand a body back with CRLF line ends; that is no change worth a write. */
function normalise(body) {
    return body.replace(/\r\n/g, '\n');
}

/**
 * Step 3 of the per-PR run: applies a decision to the PR — labels, review requests, the sticky comment, and
 * last the commit status that is the gate. Each write goes through a WriteGate (dry-run, read-only token,
 * superseded run) and is made only when the PR's state differs, so a re-run on an unchanged PR writes
 * nothing (docs/GATE.md, "The per-PR run").
 *
 * Just before the first write the PR and our status are read again (docs/GATE.md, "Races and stale runs"):
 * - the head moved → this run's facts are about an old commit: it writes nothing, and says so;
 * - our status changed since the facts were read, to something other than what this run would write →
 *   another run decided meanwhile, maybe from newer facts: this run starts over (RestartRun) instead of
 *   overwriting it;
 * - the labels are planned again against the fresh ones, so two runs that agree converge.
 * Writes are paced (GitHub's secondary limits), so a run that wrote labels, requests or the comment reads our
 * status once more just before writing it: a run that started later, with newer facts (an approval), may
 * have decided in the meantime, and this run then starts over rather than overwrite the gate with an older
 * decision.
 */
/** Thrown before any write when another run changed our status since this run read its facts. */
class RestartRun extends Error {
}
/** The result of a run that writes nothing but the status (a merge group): every other list empty. */
function statusOnlyResult(gate, status) {
    return {
        labelsAdded: [],
        labelsRemoved: [],
        labelsDropped: [],
        labelsCreated: [],
        requested: [],
        reRequested: [],
        reviewSkipped: [],
        reviewRejected: [],
        reviewsDeferred: false,
        notRequested: 'everyone',
        comment: null,
        status,
        gate,
    };
}
/**
 * Applies labels, then review requests, then the comment, then the status (last: it links to the comment,
 * and a failure earlier leaves no status claiming what did not happen).
 */
async function applyDecision(target, decision, comment, options) {
    const { client, repo, facts, log } = target;
    const pr = facts.pr;
    const planned = gateStatus(decision, { block: options.block });
    // Filled by the check before the first write; stays empty when nothing is written (or on a dry run).
    const fresh = {};
    const gate = new WriteGate({
        dryRun: options.dryRun,
        warn: (m) => log.warning(m),
        info: (m) => log.info(m),
        beforeFirstWrite: async () => {
            const [now, status] = await Promise.all([
                getPullRequest(client, repo, pr.number),
                options.status ? getCommitStatus(client, repo, pr.headSha, options.statusContext) : Promise.resolve(null),
            ]);
            if (now.headSha !== pr.headSha) {
                return (`Pull request #${pr.number} moved from ${pr.headSha.slice(0, 7)} to ${now.headSha.slice(0, 7)} while ` +
                    'this run read it: writing nothing (labels, requests, comment, status); the run for the new head decides.');
            }
            const conflict = options.status && !sameStatus(status, facts.status) && !sameStatus(status, planned);
            if (conflict && options.restartOnConflict !== false) {
                throw new RestartRun(`Another run changed the ${options.statusContext} status of #${pr.number} meanwhile.`);
            }
            fresh.pr = now;
            fresh.status = status;
            return null;
        },
    });
    const result = {
        labelsAdded: [],
        labelsRemoved: [],
        labelsDropped: [],
        labelsCreated: [],
        requested: [],
        reRequested: [],
        reviewSkipped: [],
        reviewRejected: [],
        reviewsDeferred: false,
        notRequested: 'everyone',
        comment: null,
        status: { result: options.status ? 'skipped' : 'off', status: planned },
        gate,
    };
    const labelOptions = { add: options.labels, sync: options.syncLabels };
    let labels = planLabels(decision, pr.labels, labelOptions);
    if (labels.add.length + labels.remove.length > 0) {
        // Plan against the labels as they are now, not as they were when the facts were read.
        await gate.check();
        if (fresh.pr !== undefined)
            labels = planLabels(decision, fresh.pr.labels, labelOptions);
    }
    result.labelsDropped = labels.dropped;
    if (labels.add.length > 0) {
        const specs = labelSpecs(labels.add, facts.policy);
        result.labelsCreated = (await gate.write('create missing labels', () => ensureLabels(client, repo, specs))) ?? [];
        const added = await gate.write(`add labels ${labels.add.join(', ')} to #${pr.number}`, async () => {
            await addLabels(client, repo, pr.number, labels.add);
            return labels.add;
        });
        result.labelsAdded = added ?? [];
    }
    for (const name of labels.remove) {
        const removed = await gate.write(`remove label ${name} from #${pr.number}`, async () => {
            await removeLabel(client, repo, pr.number, name);
            return true;
        });
        if (removed)
            result.labelsRemoved.push(name);
    }
    if (options.requestReviews) {
        const plan = planReviewRequests(repo, pr, { users: decision.reviewers, teams: decision.teamReviewers }, reviewedLogins(facts.reviews));
        const again = staleAckers(decision, facts).filter((login) => !plan.toRequest.some((handle) => handleKey(handle) === handleKey(login)));
        result.reviewSkipped = plan.skipped.filter((handle) => !again.some((login) => handleKey(login) === handleKey(handle)));
        result.reviewRejected = [...plan.rejected];
        const toRequest = [...plan.toRequest, ...again];
        if (toRequest.length > 0 && pr.draft) {
            result.reviewsDeferred = true;
        }
        else if (toRequest.length > 0) {
            // A PR already carrying labels this policy manages has been routed before: whoever is still not
            // requested was probably refused last time, so check collaborators with reads first and keep the
            // re-run free of writes. A first run sends the request straight away (fewest requests).
            const rerun = pr.labels.some((label) => decision.managedLabels.includes(label));
            const sent = await gate.write(`request reviews from ${toRequest.join(', ')} on #${pr.number}`, () => requestReviewers(client, repo, pr.number, toRequest, { checkUsersFirst: rerun }));
            const accepted = new Set((sent?.requested ?? []).map(handleKey));
            result.requested = (sent?.requested ?? []).filter((handle) => !again.some((l) => handleKey(l) === handleKey(handle)));
            result.reRequested = again.filter((login) => accepted.has(handleKey(login)));
            result.reviewRejected.push(...(sent?.rejected ?? []));
        }
        // A dry run, a read-only token or a superseded run requested nobody: then nobody is mentioned either.
        const requestsWentOut = !result.reviewsDeferred && !gate.dryRun && !gate.readOnly && gate.superseded === null;
        result.notRequested = requestsWentOut ? result.reviewRejected.map((rejection) => rejection.handle) : 'everyone';
    }
    if (options.comment) {
        result.comment = await syncStickyComment(client, repo, pr.number, {
            marker: comment.marker,
            author: options.commentAuthor,
            body: comment.render(result.notRequested),
            wanted: commentWanted(decision),
            known: facts.comments,
            locked: pr.locked,
        }, gate);
    }
    if (options.status) {
        let latest = fresh.status === undefined ? facts.status : fresh.status;
        if (gate.written > 0 && !gate.dryRun && gate.superseded === null && !gate.readOnly) {
            const now = await getCommitStatus(client, repo, pr.headSha, options.statusContext);
            if (!sameStatus(now, latest) && !sameStatus(now, planned) && options.restartOnConflict !== false) {
                throw new RestartRun(`Another run set the ${options.statusContext} status of #${pr.number} while this one wrote.`);
            }
            latest = now;
        }
        const target = { client, repo, sha: pr.headSha, context: options.statusContext };
        result.status = await syncGateStatus({ ...target, targetUrl: result.comment?.url ?? pr.htmlUrl }, planned, latest, gate);
    }
    return result;
}
/**
 * Maintainers whose ack went stale and who have not looked at the head yet (no review of it, no pending
 * request): asked once per head to review again. Exported for plan-writes.ts, which predicts this file's writes.
 */
function staleAckers(decision, facts) {
    const pending = new Set(facts.pr.requestedReviewers.map(handleKey));
    const sawHead = reviewedAt(facts.reviews, facts.pr.headSha);
    const logins = new Map();
    for (const hold of decision.holds) {
        if (hold.liftedBy.length > 0)
            continue;
        for (const ack of hold.droppedAcks) {
            const key = handleKey(ack.login);
            if (!pending.has(key) && !sawHead.has(key) && key !== handleKey(facts.pr.author))
                logins.set(key, ack.login);
        }
    }
    return [...logins.values()];
}

/**
 * Which events the action evaluates (docs/GATE.md, "Events"), decided from the event name and payload alone so it can be
 * tested without a runner.
 */
/** Events that run the sweep (docs/GATE.md, "Events"). */
const SWEEP_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Events whose payload carries a pull request the action routes. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** Review actions that can change an ack: a new verdict, or a dismissed one. */
const REVIEW_ACTIONS = ['submitted', 'dismissed'];
/**
 * Decides whether to evaluate. Every `pull_request`/`pull_request_target` action but `closed` is evaluated
 * (opened, synchronize, reopened, ready_for_review, edited… a fresh read makes re-evaluating harmless);
 * `pull_request_review` when a review is submitted or dismissed, so an ack takes effect.
 *
 * @example planEvent('push', {}) // → { kind: 'skip', message: 'rust-patch-router runs on pull_request, … not on push.' }
 */
function planEvent(eventName, payload) {
    const trigger = payload.action ? `${eventName} (${payload.action})` : eventName;
    if (eventName === 'merge_group')
        return planMergeGroup(trigger, payload);
    if (SWEEP_EVENTS.includes(eventName))
        return planSweep(eventName, payload);
    if (eventName === 'workflow_run')
        return planRelay(trigger, payload);
    const isPullRequestEvent = PULL_REQUEST_EVENTS.includes(eventName);
    if (!isPullRequestEvent && eventName !== 'pull_request_review') {
        return {
            kind: 'skip',
            message: 'rust-patch-router runs on pull_request, pull_request_target, pull_request_review, merge_group, push, ' +
                'schedule, workflow_dispatch and workflow_run events, ' +
                `not on ${eventName}. Nothing to do.`,
        };
    }
    if (isPullRequestEvent && payload.action === 'closed') {
        return { kind: 'skip', message: `The pull request was closed (${trigger}): nothing to route.` };
    }
    if (!isPullRequestEvent && !REVIEW_ACTIONS.includes(payload.action ?? '')) {
        return {
            kind: 'skip',
            message: `${trigger} cannot change an ack (only submitted and dismissed reviews can). Nothing to do.`,
        };
    }
    const number = payload.pull_request?.number;
    if (typeof number !== 'number') {
        return { kind: 'skip', message: `The ${trigger} payload names no pull request. Nothing to do.` };
    }
    const headSha = payload.pull_request?.head?.sha;
    return typeof headSha === 'string'
        ? { kind: 'evaluate', number, trigger, headSha }
        : { kind: 'evaluate', number, trigger };
}
/** What a merge_group event names; only `checks_requested` asks for a status (`destroyed` asks nothing). */
function planMergeGroup(trigger, payload) {
    if (payload.action !== 'checks_requested') {
        return { kind: 'skip', message: `${trigger} asks for no checks. Nothing to do.` };
    }
    const group = payload.merge_group;
    const headSha = group?.head_sha;
    const baseSha = group?.base_sha;
    const baseRef = group?.base_ref;
    if (typeof headSha !== 'string' || typeof baseSha !== 'string' || typeof baseRef !== 'string') {
        return { kind: 'skip', message: `The ${trigger} payload names no merge group. Nothing to do.` };
    }
    return { kind: 'merge-group', trigger, headSha, baseSha, baseRef: baseRef.replace(/^refs\/heads\//, '') };
}
/** A push sweeps the branch it moved (when it changed the policy: sweep.ts checks); schedule and dispatch sweep all. */
function planSweep(eventName, payload) {
    if (eventName !== 'push')
        return { kind: 'sweep', trigger: eventName };
    const ref = payload.ref ?? '';
    if (!ref.startsWith('refs/heads/')) {
        return {
            kind: 'skip',
            message: `The push to ${ref || 'an unnamed ref'} moved no branch: no pull request targets it.`,
        };
    }
    const branch = ref.slice('refs/heads/'.length);
    if (payload.deleted === true || typeof payload.after !== 'string' || /^0+$/.test(payload.after)) {
        return { kind: 'skip', message: `The push deleted ${branch}: no pull request to re-decide.` };
    }
    return {
        kind: 'sweep',
        trigger: `push to ${branch}`,
        push: { branch, before: payload.before ?? '0'.repeat(40), after: payload.after },
    };
}
/**
 * Only a finished run can have decided anything; its conclusion does not matter (a run on a blocked fork PR
 * fails its step, and its review still needs relaying).
 */
function planRelay(trigger, payload) {
    if (payload.action !== 'completed') {
        return { kind: 'skip', message: `${trigger}: the relay acts once the run has completed. Nothing to do.` };
    }
    const run = payload.workflow_run;
    const headSha = run?.head_sha;
    const headOwner = run?.head_repository?.owner?.login;
    const headBranch = run?.head_branch;
    if (typeof headSha !== 'string' ||
        typeof headOwner !== 'string' ||
        typeof headBranch !== 'string' ||
        headBranch === '') {
        return {
            kind: 'skip',
            message: `The ${trigger} payload names no head commit, head repository and branch (a deleted fork?). Nothing to relay.`,
        };
    }
    return { kind: 'relay', trigger: `${trigger} of ${run?.name ?? 'a workflow'}`, headSha, headOwner, headBranch };
}

/**
 * Lists each file's path, followed by its previous path when it has one, in change-set order. A path listed
 * twice (a file renamed away and another added in its place) is decided once; if one of its listings is the
 * new side of a rename, the decision keeps that `previousPath`.
 *
 * @example changedPaths([{ path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs', status: 'renamed' }])
 *   // → [{ path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs' }, { path: 'rust/kernel/rnull.rs' }]
 */
function changedPaths(files) {
    // The tree-wide case — a sorted list (as git prints it) without renames — is its own answer: no map of
    // 100,000 entries and no copy of each path is needed to find what is already unique and in order.
    if (isSortedWithoutRenames(files))
        return files;
    const byPath = new Map();
    const add = (path, previousPath) => {
        const seen = byPath.get(path);
        if (seen === undefined)
            byPath.set(path, previousPath === undefined ? { path } : { path, previousPath });
        else if (seen.previousPath === undefined && previousPath !== undefined)
            seen.previousPath = previousPath;
    };
    for (const file of files) {
        const previousPath = file.previousPath !== undefined && file.previousPath !== file.path ? file.previousPath : undefined;
        add(file.path, previousPath);
        if (previousPath !== undefined)
            add(previousPath, undefined);
    }
    return [...byPath.values()];
}
/** Strictly increasing paths (so each once) and no previous paths. */
function isSortedWithoutRenames(files) {
    for (let i = 0; i < files.length; i++) {
        if (files[i].previousPath !== undefined)
            return false;
        if (i > 0 && !(files[i - 1].path < files[i].path))
            return false;
    }
    return true;
}

/** The compare API lists at most this many files, silently (docs/GITHUB-PLATFORM.md, "Pull request files"). */
const COMPARE_FILES_CAP = 300;
const STATUSES$1 = new Set([
    'added',
    'removed',
    'modified',
    'renamed',
    'copied',
    'changed',
    'unchanged',
]);
/**
 * Compares `base...head` (three dots: against their merge base, as a pull request's diff is). Returns null
 * when GitHub knows no such comparison (404: a commit that is gone), so the caller can treat the change as
 * unknown rather than fail the run.
 *
 * @example (await compareCommits(client, repo, baseSha, reviewedSha))?.files[0] // → { path: 'rust/x.rs', status: 'modified', patch: '@@ …' }
 */
async function compareCommits(client, repo, base, head) {
    let data;
    try {
        ({ data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}` }));
    }
    catch (error) {
        if (classifyRequestError(error).kind === 'not-found')
            return null;
        throw describeRequestFailure(`compare ${base}...${head}`, error);
    }
    const files = (data.files ?? []).map((entry) => {
        const file = {
            path: entry.filename,
            status: (STATUSES$1.has(entry.status) ? entry.status : 'modified'),
        };
        if (entry.previous_filename)
            file.previousPath = entry.previous_filename;
        if (typeof entry.patch === 'string')
            file.patch = entry.patch;
        return file;
    });
    return { mergeBase: data.merge_base_commit.sha, files, complete: files.length < COMPARE_FILES_CAP };
}

/** `<address>` as in `"James E.J. Bottomley" <James.Bottomley@HansenPartnership.com>`. */
const BRACKETED_EMAIL = /<([^<>\s]+@[^<>\s]+)>/;
/** A bare address, as in `x86@kernel.org` or `linux-block@vger.kernel.org (moderated)`. */
const BARE_EMAIL = /(?:^|\s)([^\s<>()",]+@[^\s<>()",]+)/;
/**
 * Reads `Name <email> (comment)` or a bare `email`. `display` keeps the value as written; `email` is absent
 * when there is none (the caller warns: such a person can never be mapped to GitHub).
 *
 * @example parseKernelPerson('Miguel Ojeda <ojeda@kernel.org>')
 *   // → { handle: null, display: 'Miguel Ojeda <ojeda@kernel.org>', email: 'ojeda@kernel.org' }
 * @example parseKernelPerson('x86@kernel.org') // → { handle: null, display: 'x86@kernel.org', email: 'x86@kernel.org' }
 */
function parseKernelPerson(value) {
    const email = BRACKETED_EMAIL.exec(value)?.[1] ?? BARE_EMAIL.exec(value)?.[1];
    return email === undefined ? { handle: null, display: value } : { handle: null, display: value, email };
}

/**
 * A kernel-format MAINTAINERS file → subsystems, with every value's `file:line:col`.
 *
 * Sections are cut exactly where scripts/get_maintainer.pl (v0.26) cuts them. It keeps every line that is a
 * tag (`^([A-Z]):\s*(.*)`) or a "name" (any other line that is not blank and not a `#` comment), drops the
 * rest, and reads a section as one name line followed by tag lines. So blank lines do not end a section (the
 * next name line does), a name followed by another name owns nothing (that is how the prose preamble, whose
 * tag-looking examples are indented by a tab, falls away), and a tag line before any name belongs to nothing.
 * One pass over the lines: a 5 MB file parses in linear time. `firstLine` numbers a slice of a larger file
 * (sections-reaching.ts parses only the sections a change can reach).
 */
/** `X: value`: the tag letter, then optional whitespace, then the value (get_maintainer.pl's `^([A-Z]):\s*(.*)`). */
const TAG_LINE = /^([A-Z]):[ \t\f\v]*/;
/** Lines get_maintainer.pl drops before looking for sections. */
const IGNORED_LINE = /^\s*(?:#|$)/;
/** The tags of the MAINTAINERS format, as its preamble documents them. */
const KNOWN_TAGS = new Set('MRLSWQBCPTFXNK');
/** Pattern tags whose empty value get_maintainer.pl still applies (an empty F: owns every top-level file). */
const EMPTY_PATTERN_CODE = {
    F: 'BAD_GLOB',
    X: 'BAD_GLOB',
    N: 'BAD_REGEX',
    K: 'BAD_REGEX',
};
/**
 * Parses a kernel MAINTAINERS file. Section names and values lose trailing whitespace (and a CR of CRLF files),
 * which get_maintainer.pl would keep and then never match; that is the only departure from its reading.
 * A section's stance is not set here: the `[RUST]` rule belongs to policy assembly.
 *
 * @example parseKernelMaintainers('RUST\nM:\tMiguel Ojeda <ojeda@kernel.org>\nF:\trust/\n', 'MAINTAINERS').value[0]
 *   // → { name: 'RUST', maintainers: [{ handle: null, display: 'Miguel Ojeda <ojeda@kernel.org>', email: 'ojeda@kernel.org' }],
 *   //     files: [{ text: 'rust/', dialect: 'kernel', origin: { file: 'MAINTAINERS', line: 3, col: 4 } }], … }
 */
function parseKernelMaintainers(text, file, options = {}) {
    const firstLine = options.firstLine ?? 1;
    const subsystems = [];
    const errors = [];
    const warnings = [];
    let pendingName = null;
    let current = null;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].trimEnd();
        const lineNumber = index + firstLine;
        const tag = TAG_LINE.exec(line);
        if (tag === null) {
            if (IGNORED_LINE.test(line))
                continue;
            pendingName = { name: line, line: lineNumber };
            current = null;
            continue;
        }
        if (pendingName !== null) {
            current = newSubsystem(pendingName.name, { file, line: pendingName.line, col: 1 });
            subsystems.push(current);
            pendingName = null;
        }
        const origin = { file, line: lineNumber, col: tag[0].length + 1 };
        if (current === null) {
            // Only possible before the first name line: every later tag follows some name.
            errors.push(problem('TAG_OUTSIDE_SECTION', `${tag[1]}: line before any section name`, origin));
            continue;
        }
        addTag(current, tag[1], line.slice(tag[0].length), origin, warnings);
    }
    return { value: subsystems, errors, warnings };
}
function addTag(subsystem, letter, value, origin, warnings) {
    if (value === '' && EMPTY_PATTERN_CODE[letter] !== undefined) {
        const why = letter === 'F' ? ' (get_maintainer.pl reads it as every top-level file)' : '';
        warnings.push(problem(EMPTY_PATTERN_CODE[letter], `empty ${letter}: pattern in "${subsystem.name}"${why}`, origin));
    }
    switch (letter) {
        case 'M':
        case 'R': {
            const person = { ...parseKernelPerson(value), origin };
            if (person.email === undefined) {
                warnings.push(problem('BAD_PERSON', `${letter}: "${value}" has no e-mail address to map to GitHub`, origin));
            }
            (letter === 'M' ? subsystem.maintainers : subsystem.reviewers).push(person);
            return;
        }
        case 'F':
            subsystem.files.push({ text: value, dialect: 'kernel', origin });
            return;
        case 'X':
            subsystem.exclude.push({ text: value, dialect: 'kernel', origin });
            return;
        case 'N':
            subsystem.names.push({ text: value, dialect: 'regex', origin });
            return;
        case 'K':
            subsystem.keywords.push({ text: value, origin });
            return;
        case 'S':
            // A few sections state one status per part (KVM/powerpc has three): the first is the status, all are kept.
            subsystem.status ??= value;
            break;
        default:
            if (!KNOWN_TAGS.has(letter)) {
                warnings.push(problem('UNKNOWN_TAG', `unknown tag ${letter}: in "${subsystem.name}" (kept as is)`, origin));
            }
    }
    (subsystem.tags[letter] ??= []).push(value);
}
function newSubsystem(name, origin) {
    return {
        name,
        maintainers: [],
        reviewers: [],
        files: [],
        exclude: [],
        names: [],
        keywords: [],
        labels: [],
        origin,
        tags: {},
    };
}
function problem(code, message, origin) {
    return sourceError(code, message, origin.file, origin.line, origin.col);
}

/**
 * MAINTAINERS sections → policy subsystems: people mapped to GitHub handles, stances given by
 * `import.stances`, the `[RUST]` naming rule, or (for a MAINTAINERS used alone) the kernel's defaults.
 * Internal to src/config, subject to change.
 */
/** How the kernel marks a section for a Rust driver or abstraction its maintainers took (three in 6.12). */
const RUST_TAG = '[RUST]';
/** The kernel's Rust tree: core when a MAINTAINERS file is used alone (docs/POLICY.md, "MAINTAINERS on its own"). */
const RUST_TREE_SECTION = 'RUST';
/** Unused `import.people` entries that get a "did you mean"; the rest are listed without one. */
const MAX_EMAIL_SUGGESTIONS = 50;
/**
 * Maps every imported person through `people` (e-mails compared without case, as MAINTAINERS spells
 * them inconsistently) and gives each section its stance. The sections are copied, never mutated.
 *
 * @example adoptSections(sections, { people: [{ email: 'ojeda@kernel.org', handle: 'ojeda', origin }], stances: [] })
 */
function adoptSections(sections, options) {
    const errors = [];
    const warnings = [];
    const handles = new Map(options.people.map((mapping) => [mapping.email.toLowerCase(), mapping]));
    const used = new Set();
    const notOnGitHub = new Set();
    const adopt = (person) => {
        const mapping = person.email === undefined ? undefined : handles.get(person.email.toLowerCase());
        if (mapping === undefined) {
            if (person.handle === null)
                notOnGitHub.add(person.display);
            return { ...person };
        }
        used.add(mapping);
        return { ...person, handle: mapping.handle };
    };
    const subsystems = sections.map((section) => {
        const subsystem = {
            ...section,
            maintainers: section.maintainers.map(adopt),
            reviewers: section.reviewers.map(adopt),
        };
        if (options.rustTree && section.name === RUST_TREE_SECTION) {
            return { ...subsystem, stance: 'core', stanceSource: 'kernel-default' };
        }
        if (section.name.includes(RUST_TAG))
            return { ...subsystem, stance: 'opt-in', stanceSource: 'rust-tag' };
        return subsystem;
    });
    const byName = new Map(subsystems.map((subsystem, index) => [subsystem.name, index]));
    for (const { section, stance, origin } of options.stances) {
        const index = byName.get(section);
        if (index === undefined) {
            const suggestion = didYouMean(section, [...byName.keys()]);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
            const message = `import.stances: ${options.path ?? 'MAINTAINERS'} has no section '${section}'${hint}`;
            errors.push(sourceError('UNKNOWN_SUBSYSTEM', message, origin.file, origin.line, origin.col));
            continue;
        }
        subsystems[index] = { ...subsystems[index], stance, stanceSource: 'import-stances' };
    }
    const emails = [
        ...new Set(sections.flatMap((s) => [...s.maintainers, ...s.reviewers]).flatMap((p) => p.email ?? [])),
    ];
    let suggestions = 0;
    for (const mapping of options.people) {
        if (used.has(mapping))
            continue;
        // A mapping nobody uses is most often a misspelt e-mail: the person it meant stays "not on GitHub".
        // A people file shared across trees may hold thousands of unused ones, so only the first few get a
        // suggestion (each is a scan of every e-mail in MAINTAINERS).
        const suggestion = suggestions++ < MAX_EMAIL_SUGGESTIONS ? didYouMean(mapping.email, emails) : undefined;
        const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
        const { file, line, col } = mapping.origin;
        warnings.push(sourceError('BAD_PERSON', `import.people: no section lists '${mapping.email}'${hint}`, file, line, col));
    }
    return { value: { subsystems, notOnGitHub: [...notOnGitHub] }, errors, warnings };
}

/** Every stance-resolution, the default first. */
const STANCE_RESOLUTIONS = ['most-specific', 'strictest'];
/** The only value `extends:` takes: the entry adds to the MAINTAINERS section of the same name. */
const EXTENDS_IMPORTED = 'imported';
/**
 * Every key maintainers.yml accepts, per mapping. validateConfig rejects anything else and the schema
 * test checks maintainers.schema.json lists exactly these, so the two cannot drift apart.
 */
const CONFIG_KEYS = {
    top: ['version', 'rust', 'default-stance', 'stance-resolution', 'labels', 'import', 'subsystems'],
    rust: ['files', 'checks', 'features-files', 'toolchain-files', 'interface-files'],
    labels: ['core', 'opt-in', 'needs-ack', 'blocked', 'unstable-feature', 'toolchain', 'bindings-affected'],
    import: ['path', 'people', 'stances'],
    subsystem: [
        'name',
        'rust',
        'maintainers',
        'reviewers',
        'files',
        'exclude',
        'names',
        'keywords',
        'labels',
        'status',
        'extends',
    ],
};
/** What an `extends: imported` entry may add to a section; its paths and people come from MAINTAINERS. */
const EXTENDS_KEYS = ['name', 'rust', 'maintainers', 'reviewers', 'labels', 'extends'];
/** The default `rust.files`: every Rust source file, anywhere. */
const DEFAULT_RUST_FILES = '**/*.rs';

/**
 * What a GitHub handle may look like, checked when the policy is read so that a typo fails `validate`
 * instead of an all-or-nothing review request (one bad login makes GitHub reject the whole request).
 */
/**
 * GitHub's sign-up rule: letters, digits and single hyphens, not at either end, at most 39 characters.
 * Read it as: an alphanumeric, then up to 38 more, each an alphanumeric or a hyphen followed by one.
 */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
/** A team slug is its name lowercased with other characters turned into `-`; `_` and `.` survive. */
const TEAM_SLUG = /^[a-z\d][a-z\d_.-]{0,99}$/i;
/**
 * Says what is wrong with a handle written in the policy, or undefined when it is a valid login or
 * `org/team`.
 *
 * @example handleProblem('ojeda') // → undefined
 * @example handleProblem('@ojeda') // → "'@ojeda' is not a GitHub login: write it without '@'"
 */
function handleProblem(handle) {
    if (handle.startsWith('@'))
        return `'${handle}' is not a GitHub login: write it without '@'`;
    if (handle.includes('@')) {
        return `'${handle}' is an e-mail address, not a GitHub login (map e-mails to logins under import.people)`;
    }
    const slash = handle.indexOf('/');
    if (slash === -1) {
        if (LOGIN.test(handle))
            return undefined;
        return `'${handle}' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)`;
    }
    const org = handle.slice(0, slash);
    const team = handle.slice(slash + 1);
    if (LOGIN.test(org) && TEAM_SLUG.test(team))
        return undefined;
    return `'${handle}' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers`;
}

/**
 * Readers for the values maintainers.yml is made of (stances, labels, people, patterns), on top of the
 * YAML-level reads of YamlReader. Internal to src/config, subject to change.
 */
/** An origin as `file:line:col`, for messages that point at a second place. */
function formatOrigin(origin) {
    return `${origin.file}:${origin.line}:${origin.col}`;
}
/**
 * A string that must be one of `allowed`; a typo gets a suggestion, anything else the list.
 *
 * @example "unknown stance 'opt-inn' (did you mean 'opt-in'?)"
 */
function readChoice(r, raw, what, allowed, code, fallback) {
    const value = r.string(raw, what, fallback);
    if (value === undefined)
        return undefined;
    if (allowed.includes(value.text))
        return value.text;
    const suggestion = didYouMean(value.text, allowed);
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; expected one of: ${allowed.join(', ')}`;
    r.error(code, `unknown ${what} '${value.text}'${hint}`, value.origin);
    return undefined;
}
/** A stance: core | opt-in | opt-out | undecided. */
function readStance(r, raw, fallback) {
    return readChoice(r, raw, 'stance', STANCES, 'UNKNOWN_STANCE', fallback);
}
/** Checks a label name against GitHub's limit, which would otherwise fail only when the label is added. */
function checkLabel(r, label) {
    if (label.text.length <= GITHUB_MAX_LABEL_LENGTH)
        return true;
    r.error('LABEL_TOO_LONG', `label '${label.text}' is ${label.text.length} characters; GitHub allows at most ${GITHUB_MAX_LABEL_LENGTH}`, label.origin);
    return false;
}
/** A subsystem's `labels:` list. */
function readLabels(r, raw, fallback) {
    return r
        .strings(raw, 'labels', fallback)
        .filter((label) => checkLabel(r, label))
        .map((label) => label.text);
}
/** A GitHub handle (login or org/team), or undefined when malformed (reported). */
function readHandle(r, raw, what, fallback) {
    const value = r.string(raw, what, fallback);
    if (value === undefined)
        return undefined;
    const problem = handleProblem(value.text);
    if (problem === undefined)
        return value.text;
    r.error('BAD_PERSON', problem, value.origin);
    return undefined;
}
/** `maintainers:` or `reviewers:`: GitHub logins and org/teams. */
function readPeople(r, raw, what, fallback) {
    const people = [];
    for (const value of r.strings(raw, what, fallback)) {
        const problem = handleProblem(value.text);
        if (problem !== undefined)
            r.error('BAD_PERSON', problem, value.origin);
        else
            people.push({ handle: value.text, display: value.text });
    }
    return people;
}
/**
 * The dialect of a maintainers.yml path pattern: `**` and `{a,b}` exist only in globs; everything else is
 * read as get_maintainer.pl reads F:, so where the two overlap the kernel's meaning wins (docs/POLICY.md, "Pattern dialects").
 *
 * @example patternDialect('rust/') // → 'kernel'
 * @example patternDialect('**\/Kconfig') // → 'glob'
 */
function patternDialect(text) {
    return text.includes('**') || text.includes('{') ? 'glob' : 'kernel';
}
/** `files:` or `exclude:` (dialect by pattern), `names:` (regex), or `rust.files` (always glob). */
function readPatterns(r, raw, what, fallback, dialect) {
    return r.strings(raw, what, fallback).map(({ text, origin }) => ({
        text,
        dialect: dialect === 'path' ? patternDialect(text) : dialect,
        origin,
    }));
}
/** `keywords:`, K: regular expressions on the PR text and diff. */
function readKeywords(r, raw, fallback) {
    return r.strings(raw, 'keywords', fallback).map(({ text, origin }) => ({ text, origin }));
}

/**
 * One Policy from its sources: a validated maintainers.yml, the MAINTAINERS file it imports, or a
 * MAINTAINERS file on its own. Pure: the caller reads the files (importPath says which).
 */
/**
 * Merges the imported MAINTAINERS sections and `subsystems:` into one list, imported sections first.
 * A name in both is an error unless the `subsystems:` entry says `extends: imported`, which adds its
 * stance, labels and GitHub people to the section.
 *
 * @example assemblePolicy(doc, { text: readFileSync('MAINTAINERS', 'utf8'), file: 'MAINTAINERS' })
 */
function assemblePolicy(doc, imported) {
    const errors = [];
    const warnings = [];
    const report = (origin, code, message) => errors.push(sourceError(code, message, origin.file, origin.line, origin.col));
    let sections = [];
    let notOnGitHub = [];
    if (doc.import && !imported) {
        report(doc.import.origin, 'FILE_NOT_FOUND', `import.path: '${doc.import.path}' was not read`);
    }
    else if (doc.import && imported) {
        const parsed = parseKernelMaintainers(imported.text, imported.file);
        const adopted = adoptSections(parsed.value, doc.import);
        errors.push(...parsed.errors, ...adopted.errors);
        warnings.push(...parsed.warnings, ...adopted.warnings);
        sections = adopted.value.subsystems;
        notOnGitHub = adopted.value.notOnGitHub;
    }
    const byName = new Map(sections.map((section, index) => [section.name, index]));
    const own = [];
    for (const entry of doc.subsystems) {
        const { name, origin } = entry.subsystem;
        const index = byName.get(name);
        if (!entry.extendsImported && index === undefined) {
            own.push(entry.subsystem);
        }
        else if (!entry.extendsImported) {
            const where = formatOrigin(sections[index].origin);
            const message = `subsystem '${name}' is also defined at ${where}; add 'extends: imported' to add to it`;
            report(origin, 'DUPLICATE_SUBSYSTEM', message);
        }
        else if (index !== undefined) {
            sections[index] = extendSection(sections[index], entry, doc, report);
        }
        else if (!doc.import) {
            report(entry.extendsImported, 'UNKNOWN_SUBSYSTEM', "'extends: imported' needs an 'import:' to extend");
        }
        else if (imported) {
            // Without the imported text every section is unknown; the missing import was reported once above.
            report(origin, 'UNKNOWN_SUBSYSTEM', unknownSection(name, doc.import.path, [...byName.keys()]));
        }
    }
    const policy = {
        version: 1,
        rustFiles: doc.rustFiles,
        rustReview: doc.rustReview,
        defaultStance: doc.defaultStance,
        stanceResolution: doc.stanceResolution,
        labels: { ...doc.labels },
        subsystems: [...sections, ...own],
        sources: doc.import ? [doc.file, doc.import.path] : [doc.file],
        notOnGitHub,
    };
    return { value: policy, errors, warnings };
}
function unknownSection(name, file, sections) {
    const suggestion = didYouMean(name, sections);
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
    return `'${name}' extends no section: ${file} has no section '${name}'${hint}`;
}
/** An `extends: imported` entry's additions; a stance given both here and in import.stances must agree. */
function extendSection(section, entry, doc, report) {
    const { stance, labels, maintainers, reviewers, origin, name } = entry.subsystem;
    const override = doc.import?.stances.find((s) => s.section === name);
    if (stance && override && override.stance !== stance) {
        // Two stances for one section is a definition given twice, whichever was meant: name both places.
        report(origin, 'DUPLICATE_SUBSYSTEM', `'${name}' is given stance '${stance}' here but '${override.stance}' at ${formatOrigin(override.origin)}`);
    }
    return {
        ...section,
        ...(stance && { stance, stanceSource: 'policy' }),
        maintainers: addPeople(section.maintainers, maintainers),
        reviewers: addPeople(section.reviewers, reviewers),
        labels: [...new Set([...section.labels, ...labels])],
    };
}
function addPeople(people, added) {
    const handles = new Set(people.map((person) => person.handle));
    return [...people, ...added.filter((person) => !handles.has(person.handle))];
}

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log$1 = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log$1;
	hasRequiredLog = 1;

	var node_process = require$$0;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log$1.debug = debug;
	log$1.warn = warn;
	return log$1;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

/**
 * Typed, position-aware reads from a parsed YAML document, collecting every error instead of stopping at
 * the first. Internal to src/config, subject to change.
 *
 * Aliases are resolved here rather than by yaml's toJS: Alias.resolve scans the anchors linearly for each
 * alias (quadratic: 40,000 aliases take ~16 s), and toJS's maxAliasCount counts an aliased scalar as an
 * expansion, so a config reusing `*rust-people` a hundred times would be refused. One pass indexes the
 * anchors instead, and a budget on nodes read (proportional to the text's length) stops alias bombs.
 */
/** Nodes read per character of input, on top of a fixed allowance; a bomb needs far more. */
const READS_PER_CHAR = 4;
const READS_ALLOWANCE = 100_000;
/** Thrown (and caught by validateConfig) once aliases have expanded past the budget. */
class AliasExpansionLimit extends Error {
}
/**
 * Reads one parsed document for validateConfig: every accessor takes a raw node (alias or not), reports
 * what is wrong at `file:line:col` and returns undefined (or an empty list) so reading can go on.
 *
 * @example new YamlReader('maintainers.yml', lineCounter, doc.contents, text.length).strings(node, 'files')
 *   // → [{ text: 'rust/', origin: { file: 'maintainers.yml', line: 5, col: 13 } }]
 */
class YamlReader {
    file;
    lineCounter;
    errors = [];
    warnings = [];
    aliasTargets = new Map();
    reads = 0;
    maxReads;
    constructor(file, lineCounter, root, textLength) {
        this.file = file;
        this.lineCounter = lineCounter;
        this.maxReads = READS_ALLOWANCE + READS_PER_CHAR * textLength;
        this.indexAnchors(root);
    }
    /** Where a node starts; `fallback` (else 1:1) for a node without a position. */
    origin(node, fallback) {
        if (distExports.isNode(node) && node.range) {
            const { line, col } = this.lineCounter.linePos(node.range[0]);
            return { file: this.file, line, col };
        }
        return fallback ?? { file: this.file, line: 1, col: 1 };
    }
    error(code, message, at) {
        this.errors.push({ code, message, file: at.file, line: at.line, col: at.col });
    }
    warn(code, message, at) {
        this.warnings.push({ code, message, file: at.file, line: at.line, col: at.col });
    }
    /** Where to report a wrong value: at the alias that brought it here, if any, else where it is written. */
    blame(raw, node, fallback) {
        return distExports.isAlias(raw) ? this.origin(raw) : this.origin(node ?? raw, fallback);
    }
    /** Follows an alias to its anchored node; undefined for a missing value or an unknown alias (reported). */
    resolve(node) {
        if (++this.reads > this.maxReads) {
            this.error('TOO_LARGE', 'aliases expand to too many nodes (an alias bomb?)', this.origin(node));
            throw new AliasExpansionLimit();
        }
        if (!distExports.isAlias(node))
            return distExports.isNode(node) ? node : undefined;
        const target = this.aliasTargets.get(node);
        if (!target) {
            this.error('YAML_SYNTAX', `unknown alias '*${node.source}': define '&${node.source}' before it`, this.origin(node));
        }
        return target;
    }
    /** True for an alias resolve() could not follow: already reported, so callers say nothing more. */
    isUnresolved(raw, node) {
        return node === undefined && distExports.isAlias(raw);
    }
    /** True for a key given no value (`exclude:`), an explicit `null`, or `~`. */
    isAbsent(node) {
        return node === undefined || (distExports.isScalar(node) && node.value === null);
    }
    /** The mapping's keys, each checked against `allowed` (unknown ones reported with a suggestion). */
    fields(raw, what, allowed) {
        const entries = this.entries(raw, what);
        if (!entries)
            return undefined;
        const fields = new Map();
        for (const field of entries) {
            if (allowed.includes(field.key)) {
                fields.set(field.key, field);
                continue;
            }
            const suggestion = didYouMean(field.key, allowed);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; expected one of: ${allowed.join(', ')}`;
            const where = what ? ` in ${what}` : '';
            this.error('UNKNOWN_KEY', `unknown key '${field.key}'${where}${hint}`, field.origin);
        }
        return fields;
    }
    /** A mapping with free-form string keys (e-mails, section names); undefined if not a mapping. */
    entries(raw, what) {
        const node = this.resolve(raw);
        if (this.isAbsent(node))
            return [];
        if (!distExports.isMap(node)) {
            this.error('WRONG_TYPE', `${what || 'the policy'}: expected a mapping, got ${kindOf$1(node)}`, this.blame(raw, node));
            return undefined;
        }
        const entries = [];
        for (const pair of node.items) {
            const key = this.resolve(pair.key);
            const origin = this.origin(key ?? pair.key, this.origin(node));
            if (!distExports.isScalar(key) || typeof key.value !== 'string') {
                this.error('WRONG_TYPE', `${what}: keys must be strings, got ${kindOf$1(key)}`, origin);
                continue;
            }
            entries.push({ key: key.value, origin, value: pair.value });
        }
        return entries;
    }
    /** A string scalar; undefined (reported) for anything else. Numbers must be quoted: `"1234"`. */
    string(raw, what, fallback) {
        const node = this.resolve(raw);
        if (this.isUnresolved(raw, node))
            return undefined;
        if (distExports.isScalar(node) && typeof node.value === 'string')
            return { text: node.value, origin: this.origin(node, fallback) };
        const hint = distExports.isScalar(node) && typeof node.value === 'number' ? ` (quote it: "${String(node.source ?? node.value)}")` : '';
        this.error('WRONG_TYPE', `${what}: expected a string, got ${kindOf$1(node)}${hint}`, this.blame(raw, node, fallback));
        return undefined;
    }
    /** A list of non-empty strings; a missing list is empty. */
    strings(raw, what, fallback) {
        const node = this.resolve(raw);
        if (this.isAbsent(node))
            return [];
        if (!distExports.isSeq(node)) {
            const example = distExports.isScalar(node) && typeof node.value === 'string' ? ` (write [${node.value}])` : '';
            this.error('WRONG_TYPE', `${what}: expected a list of strings, got ${kindOf$1(node)}${example}`, this.blame(raw, node, fallback));
            return [];
        }
        const values = [];
        for (const item of node.items) {
            const value = this.string(item, what, this.origin(node));
            if (value === undefined)
                continue;
            if (value.text.trim() === '')
                this.error('WRONG_TYPE', `${what}: empty string`, value.origin);
            else
                values.push(value);
        }
        return values;
    }
    /**
     * Records, in document order, the node each alias refers to: the last node anchored with its name whose
     * end comes before the alias. Anchors are registered when their node ends, so an alias inside the node
     * it names (`&a [*a]`, a cycle) stays unresolved. Iterative: a deeply nested document must not overflow.
     */
    indexAnchors(root) {
        const anchors = new Map();
        const stack = distExports.isNode(root) ? [{ node: root, done: false }] : [];
        while (stack.length > 0) {
            const { node, done } = stack.pop();
            if (done) {
                anchors.set(node.anchor, node);
                continue;
            }
            if (distExports.isAlias(node)) {
                const target = anchors.get(node.source);
                if (target)
                    this.aliasTargets.set(node, target);
                continue;
            }
            if (node.anchor)
                stack.push({ node, done: true });
            const children = distExports.isMap(node)
                ? node.items.flatMap((pair) => [pair.key, pair.value])
                : distExports.isSeq(node)
                    ? node.items
                    : [];
            for (let i = children.length - 1; i >= 0; i--) {
                const child = children[i];
                if (distExports.isNode(child))
                    stack.push({ node: child, done: false });
            }
        }
    }
}
/** Names a node's type the way a user reads YAML. */
function kindOf$1(node) {
    if (node === undefined)
        return 'nothing';
    if (distExports.isMap(node))
        return 'a mapping';
    if (distExports.isSeq(node))
        return 'a list';
    if (!distExports.isScalar(node))
        return 'an unsupported node';
    switch (typeof node.value) {
        case 'string':
            return 'a string';
        case 'number':
        case 'bigint':
            return 'a number';
        case 'boolean':
            return 'a boolean';
        default:
            return node.value === null ? 'nothing (null)' : 'an unsupported value';
    }
}

/**
 * `subsystems:` of maintainers.yml: each entry read into a Subsystem with the origin of every value, names
 * checked for duplicates. Internal to src/config, subject to change.
 */
/**
 * Reads the `subsystems:` list. A name used twice is an error at the second use naming the first, since
 * routing and the report identify subsystems by name.
 */
function readSubsystems(r, raw) {
    const node = r.resolve(raw);
    if (r.isAbsent(node))
        return [];
    if (!distExports.isSeq(node)) {
        r.error('WRONG_TYPE', `subsystems: expected a list of subsystems, got ${kindOf$1(node)}`, r.blame(raw, node));
        return [];
    }
    const entries = [];
    const byName = new Map();
    for (const item of node.items) {
        const entry = readSubsystem(r, item, r.origin(node));
        if (entry === undefined)
            continue;
        const { subsystem } = entry;
        const first = byName.get(subsystem.name);
        if (first) {
            // An entry repeated through an alias is reported where the alias is, not at the anchor it copies.
            const at = distExports.isAlias(item) ? r.origin(item) : subsystem.origin;
            r.error('DUPLICATE_SUBSYSTEM', `duplicate subsystem '${subsystem.name}', also defined at ${formatOrigin(first.origin)}`, at);
            continue;
        }
        byName.set(subsystem.name, subsystem);
        entries.push(entry);
    }
    return entries;
}
function readSubsystem(r, raw, listOrigin) {
    const node = r.resolve(raw);
    const at = r.origin(node ?? raw, listOrigin);
    if (r.isUnresolved(raw, node))
        return undefined;
    if (r.isAbsent(node)) {
        r.error('WRONG_TYPE', 'subsystems: empty entry; expected a mapping with at least a name', at);
        return undefined;
    }
    const fields = r.fields(node, 'subsystem', CONFIG_KEYS.subsystem);
    if (fields === undefined)
        return undefined;
    const nameField = fields.get('name');
    const name = nameField ? r.string(nameField.value, 'name', nameField.origin) : undefined;
    if (nameField === undefined)
        r.error('MISSING_KEY', "subsystem has no 'name'", at);
    if (name?.text.trim() === '')
        r.error('WRONG_TYPE', 'name: empty string', name.origin);
    const extendsField = fields.get('extends');
    const extendsImported = extendsField &&
        readChoice(r, extendsField.value, 'extends value', [EXTENDS_IMPORTED], 'WRONG_TYPE', extendsField.origin)
        ? extendsField.origin
        : undefined;
    if (extendsField) {
        for (const [key, field] of fields) {
            if (EXTENDS_KEYS.includes(key))
                continue;
            r.error('UNKNOWN_KEY', `'${key}' cannot be used with 'extends: imported': it adds only rust, maintainers, reviewers and ` +
                'labels; paths and status come from MAINTAINERS', field.origin);
        }
    }
    const value = (key) => fields.get(key)?.value;
    const origin = (key) => fields.get(key)?.origin ?? at;
    const stanceField = fields.get('rust');
    const stance = stanceField ? readStance(r, stanceField.value, stanceField.origin) : undefined;
    const status = fields.has('status') ? r.string(value('status'), 'status', origin('status'))?.text : undefined;
    const subsystem = {
        name: name?.text ?? '',
        ...(stance && { stance, stanceSource: 'policy' }),
        maintainers: readPeople(r, value('maintainers'), 'maintainers', origin('maintainers')),
        reviewers: readPeople(r, value('reviewers'), 'reviewers', origin('reviewers')),
        files: readPatterns(r, value('files'), 'files', origin('files'), 'path'),
        exclude: readPatterns(r, value('exclude'), 'exclude', origin('exclude'), 'path'),
        names: readPatterns(r, value('names'), 'names', origin('names'), 'regex'),
        keywords: readKeywords(r, value('keywords'), origin('keywords')),
        labels: readLabels(r, value('labels'), origin('labels')),
        ...(status !== undefined && { status }),
        origin: name?.origin ?? at,
        tags: {},
    };
    if (name === undefined || name.text.trim() === '')
        return undefined;
    const ownsNothing = subsystem.files.length + subsystem.names.length + subsystem.keywords.length === 0;
    if (ownsNothing && !extendsField) {
        // Legal, but almost always a forgotten `files:`: such a subsystem is never asked about anything.
        r.warn('MISSING_KEY', `subsystem '${name.text}' has no files, names or keywords: it owns nothing`, name.origin);
    }
    return extendsImported ? { subsystem, extendsImported } : { subsystem };
}

/**
 * maintainers.yml text → PolicyDocument, with every problem as `file:line:col: message`. Pure: the caller
 * reads the file (local/read-config-file.ts in the CLI, the contents API in the action).
 */
/**
 * Validates a maintainers.yml. `value` is null when there is any error; all errors are collected, in
 * document order.
 *
 * @example validateConfig('version: 1\ndefault-stance: opt-inn\n', 'maintainers.yml').errors[0]
 *   // → maintainers.yml:2:17: unknown stance 'opt-inn' (did you mean 'opt-in'?)
 */
function validateConfig(text, file, options = {}) {
    const lineCounter = new distExports.LineCounter();
    // prettyErrors off: its multi-line messages with a caret are for terminals; we report file:line:col.
    const yaml = distExports.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const toSourceError = (error) => yamlProblem(error, text, file, lineCounter);
    const warnings = yaml.warnings.map(toSourceError);
    if (yaml.errors.length > 0)
        return { value: null, errors: yaml.errors.map(toSourceError), warnings };
    const r = new YamlReader(file, lineCounter, yaml.contents, text.length);
    let value = null;
    try {
        value = readDocument(r, yaml.contents, options);
    }
    catch (error) {
        if (!(error instanceof AliasExpansionLimit))
            throw error;
    }
    const byPosition = (a, b) => a.line - b.line || a.col - b.col;
    const errors = r.errors.sort(byPosition);
    return { value: errors.length > 0 ? null : value, errors, warnings: [...warnings, ...r.warnings].sort(byPosition) };
}
/** yaml's first message line, made to name the offending text where yaml's own wording does not. */
function yamlProblem(error, text, file, lineCounter) {
    const [start] = error.pos;
    const { line, col } = lineCounter.linePos(Math.max(0, start));
    let message = error.message.split('\n')[0];
    if (error.code === 'DUPLICATE_KEY')
        message = `duplicate key '${keyAt(text, start)}'`;
    if (error.code === 'MULTIPLE_DOCS')
        message = "a policy is a single YAML document: remove the second '---'";
    return sourceError('YAML_SYNTAX', message, file, line, col);
}
/** The key written at `offset`: up to the `:` that ends it (yaml's error range covers one character). */
function keyAt(text, offset) {
    const newline = text.indexOf('\n', offset);
    const line = text.slice(offset, newline === -1 ? text.length : newline);
    return /^(.*?)\s*:(?:\s|$)/.exec(line)?.[1] ?? line.trim();
}
function readDocument(r, root, options) {
    const start = r.origin(root);
    const node = r.resolve(root);
    const empty = r.isAbsent(node);
    if (empty)
        r.error('MISSING_KEY', "empty policy: expected a mapping that starts with 'version: 1'", start);
    const fields = empty ? undefined : r.fields(node, '', CONFIG_KEYS.top);
    const field = (key) => fields?.get(key);
    const version = field('version');
    const versionNode = version && r.resolve(version.value);
    if (!version && fields)
        r.error('MISSING_KEY', "missing 'version: 1' (the policy format's version)", start);
    if (version && !(distExports.isScalar(versionNode) && versionNode.value === 1)) {
        // A quoted "1" is shown quoted, so the message does not read "version 1: … reads version 1".
        const written = distExports.isScalar(versionNode) ? versionNode.value : undefined;
        const shown = typeof written === 'string' ? JSON.stringify(written) : distExports.isScalar(versionNode) ? String(written) : 'a collection';
        r.error('BAD_VERSION', `unsupported version ${shown}: this rust-patch-router reads version 1`, r.origin(versionNode, version.origin));
    }
    const rust = field('rust') && r.fields(field('rust').value, 'rust', CONFIG_KEYS.rust);
    const rustFilesField = rust?.get('files');
    const rustFiles = rustFilesField
        ? readPatterns(r, rustFilesField.value, 'rust.files', rustFilesField.origin, 'glob')
        : [{ text: DEFAULT_RUST_FILES, dialect: 'glob', origin: start }];
    if (rustFilesField && rustFiles.length === 0) {
        r.warn('MISSING_KEY', 'rust.files is empty: no change will count as Rust', rustFilesField.origin);
    }
    return {
        file: r.file,
        version: 1,
        rustFiles,
        rustReview: readRustReview(r, rust),
        defaultStance: readDefaultStance(r, field('default-stance')),
        stanceResolution: readStanceResolution(r, field('stance-resolution')),
        labels: readStatusLabels(r, field('labels')),
        ...(field('import') && readImport(r, field('import'), options)),
        subsystems: readSubsystems(r, field('subsystems')?.value),
    };
}
/** `rust.checks` and the files the checks and interface routing read; a key not given keeps its default. */
function readRustReview(r, rust) {
    const review = {
        ...DEFAULT_RUST_REVIEW,
        checks: { ...DEFAULT_RUST_REVIEW.checks },
    };
    const checks = rust?.get('checks');
    const checkFields = checks && r.fields(checks.value, 'rust.checks', CHECK_IDS);
    for (const [key, { value, origin }] of checkFields ?? []) {
        const level = readChoice(r, value, `rust.checks.${key} level`, CHECK_LEVELS, 'WRONG_TYPE', origin);
        if (level)
            review.checks[key] = level;
    }
    const files = (key) => {
        const field = rust?.get(key);
        return field && r.strings(field.value, `rust.${key}`, field.origin).map((item) => item.text);
    };
    review.featuresFiles = files('features-files') ?? review.featuresFiles;
    review.toolchainFiles = files('toolchain-files') ?? review.toolchainFiles;
    review.interfaceFiles = files('interface-files') ?? review.interfaceFiles;
    return review;
}
/** `default-stance` applies to subsystems that state none, and none of those is the Rust tree. */
function readDefaultStance(r, field) {
    if (!field)
        return 'undecided';
    const stance = readStance(r, field.value, field.origin);
    if (stance !== 'core')
        return stance ?? 'undecided';
    const at = r.origin(r.resolve(field.value), field.origin);
    r.error('UNKNOWN_STANCE', "default-stance cannot be 'core': give 'rust: core' to the Rust tree's subsystem", at);
    return 'undecided';
}
/** `stance-resolution`: how owners' stances combine; most-specific unless the policy says strictest. */
function readStanceResolution(r, field) {
    const choice = field && readChoice(r, field.value, 'stance-resolution', STANCE_RESOLUTIONS, 'WRONG_TYPE');
    return choice ?? 'most-specific';
}
/** `labels:`: each status label renamed, or disabled with null; the ones not given keep their defaults. */
function readStatusLabels(r, field) {
    const labels = { ...DEFAULT_STATUS_LABELS };
    const fields = field && r.fields(field.value, 'labels', CONFIG_KEYS.labels);
    for (const [key, { value, origin }] of fields ?? []) {
        const name = key;
        if (r.isAbsent(r.resolve(value))) {
            labels[name] = null;
            continue;
        }
        const label = r.string(value, `labels.${key}`, origin);
        if (label && checkLabel(r, label))
            labels[name] = label.text;
    }
    return labels;
}
function readImport(r, field, options) {
    const fields = r.fields(field.value, 'import', CONFIG_KEYS.import);
    if (!fields)
        return undefined;
    const pathField = fields.get('path');
    if (!pathField) {
        r.error('MISSING_KEY', "import: missing 'path' (the MAINTAINERS file, relative to the repository root)", field.origin);
        return undefined;
    }
    const path = r.string(pathField.value, 'import.path', pathField.origin);
    if (!path)
        return undefined;
    const normalized = path.text.replace(/^(\.\/)+/, '');
    const outside = normalized.startsWith('/') || normalized.split('/').includes('..');
    if (outside && !options.importOutsideRepository) {
        r.error('BAD_PATH', `import.path '${path.text}' must stay inside the repository (relative, no '..')`, path.origin);
        return undefined;
    }
    const people = fields.has('people') ? readPeopleMap(r, fields.get('people')) : [];
    const stances = [];
    for (const entry of r.entries(fields.get('stances')?.value, 'import.stances') ?? []) {
        const stance = readStance(r, entry.value, entry.origin);
        if (stance)
            stances.push({ section: entry.key, stance, origin: entry.origin });
    }
    return { import: { path: normalized, origin: path.origin, people, stances } };
}
/** `import.people`: e-mail → login or org/team. MAINTAINERS e-mails vary in case, so keys compare without it. */
function readPeopleMap(r, field) {
    const mappings = [];
    const seen = new Map();
    for (const entry of r.entries(field.value, 'import.people') ?? []) {
        if (!entry.key.includes('@')) {
            r.error('BAD_PERSON', `import.people: '${entry.key}' is not an e-mail address (map e-mail: login)`, entry.origin);
            continue;
        }
        const first = seen.get(entry.key.toLowerCase());
        if (first) {
            r.error('BAD_PERSON', `import.people: '${entry.key}' is mapped twice, also at ${formatOrigin(first)}`, entry.origin);
            continue;
        }
        seen.set(entry.key.toLowerCase(), entry.origin);
        const handle = readHandle(r, entry.value, `import.people '${entry.key}'`, entry.origin);
        if (handle)
            mappings.push({ email: entry.key, handle, origin: entry.origin });
    }
    return mappings;
}

/** `GET /repos/{o}/{r}/contents/{path}?ref=SHA`: a file's text at one commit. */
/**
 * Reads a file as it is at `commit`. Without `limits` the raw media type is used: the JSON answer stops at
 * 1 MB and the kernel's MAINTAINERS is close to that; raw goes to 100 MB. With `limits` (a file from the PR's
 * head) the JSON answer is used instead: it carries the file's size and GitHub refuses it past 1 MB, so a
 * 20 MB file is never downloaded.
 *
 * @throws InputError CONFIG_MISSING naming the path and the commit when the file is absent there (404) or
 *   is a directory — never a silent pass.
 * @throws Error naming the size and the cap for a file over `limits.maxBytes`.
 * @example await getFileAtCommit(client, { owner: 'o', repo: 'r' }, 'maintainers.yml', baseSha) // → 'version: 1\n…'
 */
async function getFileAtCommit(client, repo, path, commit, limits) {
    let data;
    try {
        ({ data } = await client.rest.repos.getContent({
            ...repo,
            path,
            ref: commit,
            ...(limits ? { request: { signal: limits.signal } } : { mediaType: { format: 'raw' } }),
        }));
    }
    catch (error) {
        const failure = classifyRequestError(error);
        if (failure.kind === 'not-found')
            throw missing(path, commit, 'does not exist');
        if (limits && failure.kind === 'forbidden') {
            throw new Error(`${path} at commit ${commit} is over ${limits.maxBytes} bytes (GitHub: ${failure.message})`);
        }
        throw describeRequestFailure(`read ${path} at commit ${commit}`, error);
    }
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return new TextDecoder().decode(data);
    if (limits && isFileContent(data)) {
        if (data.size > limits.maxBytes) {
            throw new Error(`${path} at commit ${commit} is ${data.size} bytes, over the ${limits.maxBytes}-byte cap`);
        }
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    // A directory answers with its JSON listing whatever media type was asked for.
    throw missing(path, commit, 'is a directory, not a file');
}
function isFileContent(data) {
    return (typeof data === 'object' &&
        data !== null &&
        !Array.isArray(data) &&
        data.type === 'file' &&
        typeof data.content === 'string');
}
function missing(path, commit, what) {
    return new InputError([sourceError('CONFIG_MISSING', `${path} ${what} at commit ${commit}`, path)]);
}

/**
 * The policy as it is at one commit, read through the contents API: the base commit to route by (never the
 * workspace, never the PR's head), and the head commit only to describe the stance changes a PR proposes.
 */
/**
 * Reads `configPath` at `commit`, and the MAINTAINERS file its `import:` names (repository-relative) at the
 * same commit, then validates and assembles them. Bad content comes back as errors naming `file:line:col`.
 * `limits` bound each file read (for a policy the PR's author wrote: its head).
 *
 * @throws InputError CONFIG_MISSING when the config or its import is absent at that commit.
 */
async function readPolicyAtCommit(client, repo, configPath, commit, limits) {
    const text = await getFileAtCommit(client, repo, configPath, commit, limits);
    const document = validateConfig(text, configPath);
    if (document.errors.length > 0 || document.value === null) {
        return { value: null, errors: document.errors, warnings: document.warnings };
    }
    const doc = document.value;
    const imported = doc.import
        ? { text: await getFileAtCommit(client, repo, doc.import.path, commit, limits), file: doc.import.path }
        : undefined;
    const assembled = assemblePolicy(doc, imported);
    return {
        value: assembled.errors.length > 0 ? null : assembled.value,
        errors: assembled.errors,
        warnings: [...document.warnings, ...assembled.warnings],
    };
}
/**
 * Normalises the `config` input to the repository-relative path the contents API takes.
 *
 * @example configPath('./.github/maintainers.yml') // → '.github/maintainers.yml'
 */
function configPath(input) {
    return (input
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '') || 'maintainers.yml');
}

/**
 * The hunks of one file in a unified diff. Lines are counted against the `@@ -a,b +c,d @@` header, the way
 * `git apply` reads them, so content that looks like a header (`+++ b/x`, `--- a/x`, the `-- ` of a
 * signature) is never mistaken for one while the hunk still expects lines.
 */
/** `@@ -start[,count] +start[,count] @@ [section heading]`; an omitted count is 1. */
const HUNK_HEADER$1 = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * Reads consecutive hunks from `lines[start]` and stops at the first line that is neither a hunk header nor
 * part of a hunk (the next file, a mail signature, the end).
 *
 * An empty line inside a hunk is an empty context line whose single space a mailer or editor stripped, as
 * git apply also accepts. A hunk cut short (a truncated or hand-edited patch) is a warning: the file is still
 * changed, only its line list is incomplete.
 *
 * Each hunk keeps its lines with their marker, for the Rust checks: a stripped empty context line becomes
 * `' '`, and `\ No newline at end of file` is dropped (it says nothing about the file's lines).
 *
 * @returns the index of the first line after the hunks, and the hunks read (a cut-short one with the lines
 *   it has).
 */
function readHunks(lines, start, file, sink) {
    let i = start;
    const hunks = [];
    while (i < lines.length) {
        const header = lines[i];
        if (header.startsWith('\\')) {
            i++; // "\ No newline at end of file" after a hunk's last line
            continue;
        }
        if (!header.startsWith('@@'))
            break;
        const match = HUNK_HEADER$1.exec(header);
        if (!match) {
            sink.errors.push(sourceError('NOT_A_PATCH', `bad hunk header ${JSON.stringify(header)}: expected "@@ -a,b +c,d @@"`, file, i + 1, 1));
            return { next: i + 1, hunks };
        }
        const hunk = { oldStart: Number(match[1]), newStart: Number(match[3]), lines: [] };
        hunks.push(hunk);
        const headerIndex = i;
        let oldLeft = match[2] === undefined ? 1 : Number(match[2]);
        let newLeft = match[4] === undefined ? 1 : Number(match[4]);
        for (i++; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
            const line = lines[i];
            const marker = line === '' ? ' ' : line[0];
            if (marker === ' ' && oldLeft > 0 && newLeft > 0) {
                oldLeft--;
                newLeft--;
                hunk.lines.push(line === '' ? ' ' : line);
            }
            else if (marker === '-' && oldLeft > 0) {
                oldLeft--;
                sink.diffLines.push(line.slice(1));
                hunk.lines.push(line);
            }
            else if (marker === '+' && newLeft > 0) {
                newLeft--;
                sink.diffLines.push(line.slice(1));
                hunk.lines.push(line);
            }
            else if (marker !== '\\') {
                break;
            }
        }
        if (oldLeft > 0 || newLeft > 0) {
            const missing = `${oldLeft} old and ${newLeft} new line${oldLeft + newLeft === 1 ? '' : 's'} missing`;
            sink.warnings.push(sourceError('NOT_A_PATCH', `hunk ${JSON.stringify(header)} ends early (${missing}): truncated or hand-edited patch?`, file, headerIndex + 1, 1));
        }
    }
    return { next: i, hunks };
}
/**
 * The changed lines of a `patch` as GitHub's files and compare APIs give it (hunks only, no `---`/`+++`
 * header): every `+`/`-` line is one, so keyword matching sees them all.
 */
function collectDiffLines(patch, into) {
    for (const line of patch.split('\n')) {
        if (line.startsWith('+') || line.startsWith('-'))
            into.push(line.slice(1));
    }
}
/**
 * The hunks of such a `patch`, for the Rust checks. The lines are counted as in a patch file; a malformed
 * patch gives the hunks read before the problem: GitHub's own text, so nothing is reported.
 */
function readPatchHunks(patch, path) {
    const lines = patch.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return readHunks(lines, 0, path, { diffLines: [], errors: [], warnings: [] }).hunks;
}

/** `GET /repos/{o}/{r}/pulls/{n}/files`, every page: the changed paths and the diff lines keywords look at. */
/** GitHub's maximum page size for this endpoint. */
const PAGE_SIZE$1 = 100;
/** The files API stops here silently; only `changed_files` on the PR tells (docs/GITHUB-PLATFORM.md, "Pull request files"). */
const FILES_API_CAP = 3000;
const STATUSES = new Set([
    'added',
    'removed',
    'modified',
    'renamed',
    'copied',
    'changed',
    'unchanged',
]);
/**
 * Lists a PR's changed files, 100 a page. A rename keeps its old path in `previousPath` (both paths are
 * routed). A missing `patch` (binary file, very large diff) means "no diff text", never "no change".
 *
 * @param expected the PR's `changed_files`, to detect the API's 3,000-file cap.
 */
async function listChangedFiles(client, repo, number, expected) {
    const files = [];
    const diffLines = [];
    try {
        const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
            ...repo,
            pull_number: number,
            per_page: PAGE_SIZE$1,
        });
        for await (const page of pages) {
            for (const entry of page.data) {
                const status = (STATUSES.has(entry.status) ? entry.status : 'modified');
                const file = { path: entry.filename, status };
                if (entry.previous_filename)
                    file.previousPath = entry.previous_filename;
                files.push(file);
                if (entry.patch) {
                    collectDiffLines(entry.patch, diffLines);
                    const hunks = readPatchHunks(entry.patch, entry.filename);
                    if (hunks.length > 0)
                        file.hunks = hunks;
                }
                else if (entry.changes > 0) {
                    // Lines changed but no patch: a diff too large for GitHub to include (a binary file changes 0 lines).
                    file.diffOmitted = true;
                }
            }
        }
    }
    catch (error) {
        throw describeRequestFailure(`list the files of pull request #${number}`, error);
    }
    return { files, diffLines, complete: files.length >= expected };
}

/**
 * The GraphQL document the action sends to find which pull requests a merge group holds. GitHub has no REST
 * endpoint for merge queues. Validated against GitHub's published schema in merge-queue.graphql.test.ts.
 */
/** A merge queue's entries, in queue order: each with the group commit it is tested in and its PR. */
const MERGE_QUEUE_ENTRIES = /* GraphQL */ `
  query MergeQueueEntries($owner: String!, $name: String!, $branch: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      mergeQueue(branch: $branch) {
        entries(first: 100, after: $cursor) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            position
            headCommit {
              oid
            }
            pullRequest {
              number
              headRefOid
            }
          }
        }
      }
    }
  }
`;

/** Pages read at most: 100 entries each. A queue longer than 1,000 is not one we can reason about. */
const MAX_PAGES = 10;
/**
 * Lists the merge queue of `branch`. Which pull requests a merge group holds comes from here — data GitHub
 * keeps — never from the group's branch name or any text a PR's author wrote. Empty when the branch has no
 * queue.
 */
async function listMergeQueue(client, repo, branch) {
    const entries = [];
    let cursor = null;
    try {
        for (let page = 0; page < MAX_PAGES; page++) {
            const answer = await client.graphql(MERGE_QUEUE_ENTRIES, {
                owner: repo.owner,
                name: repo.repo,
                branch,
                cursor,
            });
            const connection = answer.repository?.mergeQueue?.entries;
            if (!connection)
                break;
            for (const node of connection.nodes ?? []) {
                if (!node?.pullRequest)
                    continue;
                entries.push({
                    position: node.position,
                    groupSha: node.headCommit?.oid ?? null,
                    pullNumber: node.pullRequest.number,
                    pullHeadSha: node.pullRequest.headRefOid,
                });
            }
            if (!connection.pageInfo.hasNextPage)
                break;
            cursor = connection.pageInfo.endCursor;
        }
    }
    catch (error) {
        throw describeRequestFailure(`read the merge queue of ${branch}`, error);
    }
    return entries;
}

/**
 * Reads every review of a PR, oldest first as GitHub lists them, keeping `commit_id`: an approval is bound to
 * the commit it was given on (routing/review-verdicts.ts folds them into verdicts).
 */
async function listReviews(client, repo, number) {
    try {
        const reviews = await client.paginate(client.rest.pulls.listReviews, {
            ...repo,
            pull_number: number,
            per_page: 100,
        });
        return reviews.flatMap((review) => review.user?.login ? [{ login: review.user.login, state: review.state, commitId: review.commit_id ?? null }] : []);
    }
    catch (error) {
        throw describeRequestFailure(`list the reviews of pull request #${number}`, error);
    }
}

const __builtin = createRequire(import.meta.url)("node:child_process");

/**
 * Titles and describes a series, oldest message first, so that every subject appears exactly once in
 * title + body (keywords are matched against both, docs/ROUTING.md, "Keywords"):
 * - one message: its subject and body;
 * - with a cover letter: the cover's subject; the body is the cover's body, then each patch's
 *   `subject\n\nbody`;
 * - otherwise: the subjects joined with `; ` (a reader sees the whole series in one line, as in a shortlog),
 *   and the bodies one after another.
 *
 * @example describeSeries([{ subject: 'rust: add Opaque', body: '' }, { subject: 'net: phy: use it', body: 'Uses it.' }])
 *   // → { title: 'rust: add Opaque; net: phy: use it', body: 'Uses it.' }
 */
function describeSeries(messages) {
    if (messages.length === 0)
        return { title: '', body: '' };
    if (messages.length === 1)
        return { title: messages[0].subject, body: messages[0].body };
    const cover = messages.find((message) => message.isCover);
    if (cover) {
        const parts = [cover.body];
        for (const message of messages) {
            if (message !== cover)
                parts.push(message.body === '' ? message.subject : `${message.subject}\n\n${message.body}`);
        }
        return { title: cover.subject, body: joinParagraphs(parts) };
    }
    return {
        title: messages.map((message) => message.subject).join('; '),
        body: joinParagraphs(messages.map((message) => message.body)),
    };
}
function joinParagraphs(parts) {
    return parts.filter((part) => part !== '').join('\n\n');
}
/** A later touch of a path that says less than an earlier one: `added` then `modified` is still `added`. */
const WEAK_STATUSES = new Set(['modified', 'changed', 'unchanged']);
/**
 * Merges the files of several patches, one entry per path, in order of first appearance. A later patch's
 * status wins unless it is a mere modification of what an earlier one added, renamed or copied (patch 1 adds
 * `ax88796b_rust.rs`, patch 2 edits it: the series adds it). `binary` sticks once any patch says so.
 *
 * Hunks are concatenated in patch order: each patch's hunks count lines against the file as the patches
 * before it left it, so a later patch's line numbers may be off by what earlier ones added. The checks read
 * every hunk as its own view of the file, which stays true whatever the numbering.
 */
function mergeChangedFiles(files) {
    const byPath = new Map();
    for (const file of files) {
        const earlier = byPath.get(file.path);
        if (!earlier) {
            byPath.set(file.path, { ...file });
            continue;
        }
        const merged = WEAK_STATUSES.has(file.status) ? { ...earlier } : { ...file };
        if (merged.binary !== true && (earlier.binary || file.binary))
            merged.binary = true;
        const hunks = [...(earlier.hunks ?? []), ...(file.hunks ?? [])];
        if (hunks.length > 0)
            merged.hunks = hunks;
        else
            delete merged.hunks;
        byPath.set(file.path, merged);
    }
    return [...byPath.values()];
}

/**
 * The output of `git diff --name-status -z`: the complete, exact file list of a range, however large (the
 * patch text may be capped; this never is).
 */
/** git's status letters; R and C carry a similarity score (`R100`, `C075`) and two paths. */
const STATUS_BY_LETTER = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    T: 'changed', // type change (file ↔ symlink ↔ submodule): like GitHub's "changed"
    U: 'modified', // unmerged: only when diffing the index mid-merge, never for a commit range
    R: 'renamed',
    C: 'copied',
};
/**
 * Parses NUL-separated name-status records: `M\0path\0` or `R100\0old\0new\0`. Paths under `-z` are never
 * quoted, so names with spaces, tabs or any Unicode come through as they are.
 *
 * @param origin the name to report problems against (`--git`).
 * @example parseNameStatus('R097\0rust/a.rs\0rust/b.rs\0M\0MAINTAINERS\0', '--git').value
 *   // → [{ path: 'rust/b.rs', previousPath: 'rust/a.rs', status: 'renamed' }, { path: 'MAINTAINERS', status: 'modified' }]
 */
function parseNameStatus(output, origin) {
    const errors = [];
    const fields = output.split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    const value = [];
    let i = 0;
    while (i < fields.length) {
        const letter = fields[i].charAt(0);
        const status = STATUS_BY_LETTER[letter];
        const twoPaths = letter === 'R' || letter === 'C';
        const needed = twoPaths ? 3 : 2;
        if (status === undefined || i + needed > fields.length) {
            errors.push(sourceError('GIT_FAILED', `unexpected git diff --name-status record ${JSON.stringify(fields[i])}`, origin));
            break;
        }
        value.push(twoPaths ? { path: fields[i + 2], previousPath: fields[i + 1], status } : { path: fields[i + 1], status });
        i += needed;
    }
    return { value, errors, warnings: [] };
}

/**
 * File names as git writes them in patches: C-style quoting, the `a/` `b/` prefixes, and the two names of a
 * `diff --git` line (which git does not quote when they merely contain spaces, so they need untangling).
 */
/** The escapes git's quote_c_style() emits, besides three-digit octal bytes. */
const C_ESCAPES = {
    a: 0x07,
    b: 0x08,
    t: 0x09,
    n: 0x0a,
    v: 0x0b,
    f: 0x0c,
    r: 0x0d,
    '"': 0x22,
    '\\': 0x5c,
};
const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder('utf-8');
/**
 * Decodes the C-quoted name that starts at `text[start]` (which must be `"`). Octal escapes are bytes of a
 * UTF-8 name, so they are collected as bytes and decoded together: `"t\303\251st.c"` is `tést.c`.
 * Returns null when the quote is unterminated or an escape is not one git writes.
 *
 * @example unquoteGitName('"a/t\\303\\251st.c" b/x', 0) // → { name: 'a/tést.c', end: 17 }
 */
function unquoteGitName(text, start = 0) {
    if (text[start] !== '"')
        return null;
    const bytes = [];
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"')
            return { name: utf8Lenient.decode(Uint8Array.from(bytes)), end: i + 1 };
        if (ch !== '\\') {
            // Unescaped non-ASCII appears with core.quotePath=false; re-encode it so it joins the escaped bytes.
            const codePoint = text.codePointAt(i);
            const char = String.fromCodePoint(codePoint);
            for (const byte of utf8.encode(char))
                bytes.push(byte);
            i += char.length;
            continue;
        }
        const next = text[i + 1];
        if (next !== undefined && next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next]);
            i += 2;
        }
        else if (/^[0-3][0-7]{2}$/.test(text.slice(i + 1, i + 4))) {
            bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
            i += 4;
        }
        else {
            return null;
        }
    }
    return null;
}
/**
 * Reads one name from a `---`/`+++`/`rename from` style line remainder: quoted, or raw up to the first tab
 * (diff -u puts a timestamp after a tab, and git adds a tab after names containing a space).
 * Returns null for an unterminated quote.
 */
function readGitName(rest) {
    if (rest.startsWith('"')) {
        const quoted = unquoteGitName(rest, 0);
        return quoted && { name: quoted.name, trailer: rest.slice(quoted.end).replace(/^\t/, '') };
    }
    const tab = rest.indexOf('\t');
    return tab < 0 ? { name: rest, trailer: '' } : { name: rest.slice(0, tab), trailer: rest.slice(tab + 1) };
}
/**
 * Drops the first path component, as `git apply` and `patch -p1` do (`a/drivers/x.c` → `drivers/x.c`).
 * A name without a `/` is kept: there is nothing to strip.
 */
function stripFirstComponent(name) {
    const slash = name.indexOf('/');
    return slash < 0 ? name : name.slice(slash + 1);
}
/**
 * Splits what follows `diff --git ` into the old and new names, prefixes kept.
 *
 * Quoted names are unambiguous. Unquoted names may contain spaces (`a/x y b/x y`); git only writes such a
 * line when both names are equal after their prefix, so the split is the space where the two halves agree,
 * which is how git's own git_header_name() decides. Returns null when no split is certain; the caller then
 * needs the `---`/`+++` or `rename` lines.
 *
 * @example splitDiffGitNames('a/Documentation/my notes.rst b/Documentation/my notes.rst')
 *   // → { oldName: 'a/Documentation/my notes.rst', newName: 'b/Documentation/my notes.rst' }
 */
function splitDiffGitNames(rest) {
    if (rest.startsWith('"')) {
        const first = unquoteGitName(rest, 0);
        if (!first || rest[first.end] !== ' ')
            return null;
        const second = rest.slice(first.end + 1);
        const newName = second.startsWith('"') ? unquoteWhole(second) : second;
        return newName === null ? null : { oldName: first.name, newName };
    }
    if (rest.endsWith('"')) {
        for (let space = rest.indexOf(' "'); space >= 0; space = rest.indexOf(' "', space + 1)) {
            const newName = unquoteWhole(rest.slice(space + 1));
            if (newName !== null)
                return { oldName: rest.slice(0, space), newName };
        }
        return null;
    }
    for (let space = rest.indexOf(' '); space >= 0; space = rest.indexOf(' ', space + 1)) {
        const oldName = rest.slice(0, space);
        const newName = rest.slice(space + 1);
        if (oldName.includes('/') && stripFirstComponent(oldName) === stripFirstComponent(newName)) {
            return { oldName, newName };
        }
    }
    return null;
}
function unquoteWhole(text) {
    const quoted = unquoteGitName(text, 0);
    return quoted && quoted.end === text.length ? quoted.name : null;
}

/** format-patch's fixed separator date, and the asctime date of mailboxes saved by mail clients or lore. */
const FORMAT_PATCH_SEPARATOR = /^From [0-9a-f]{40}(?:[0-9a-f]{24})? Mon Sep 17 00:00:00 2001$/;
const MBOX_SEPARATOR = /^From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d \d{4}$/;
/** Header names that make the first line of an input a mail without an mbox separator (saved .eml files). */
const MAIL_START = /^(?:From|Subject|Date|To|Cc|Message-I[Dd]|Return-Path|Received|MIME-Version|X-[\w-]+):/;
/** An RFC 2047 encoded-word, as format-patch writes non-ASCII subjects: `=?UTF-8?q?r=C3=A9seau?=`. */
const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
/**
 * Reads one mail from `lines[start]` (its mbox separator or first header): the headers, then the commit
 * message up to the `---` line (or a signature `-- `, or the diff itself when the `---` is missing).
 * Like `git am`, it honours `From:`/`Date:`/`Subject:` lines at the top of the body, which a maintainer
 * adds when sending a patch on behalf of its author; an in-body Subject replaces the header's.
 * Quoted-printable or base64 bodies are not decoded: format-patch writes 8bit.
 *
 * @param startsDiff whether a file's diff starts at `lines[i]`.
 * @returns the message and the index of the first line after it.
 */
function readMailMessage(lines, start, startsDiff) {
    const { headers, next } = readMailHeaders(lines, isMboxSeparator(lines[start]) ? start + 1 : start);
    const rawSubject = decodeEncodedWords(headers.get('subject') ?? '');
    let subject = cleanSubject(rawSubject);
    let i = next;
    const inBody = i;
    for (; i < lines.length && /^(?:From|Date|Subject): /.test(lines[i]); i++) {
        if (lines[i].startsWith('Subject: '))
            subject = cleanSubject(lines[i].slice('Subject: '.length));
    }
    if (i > inBody && lines[i] === '')
        i++;
    const body = [];
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line === '---' || line === '-- ') {
            i++; // end of the message: a diffstat or a signature follows
            break;
        }
        if (isMboxSeparator(line) || startsDiff(lines, i))
            break;
        body.push(line);
    }
    const message = {
        subject,
        body: body.join('\n').replace(/^\n+/, '').trimEnd(),
        isCover: isCoverLetterSubject(rawSubject),
    };
    return { message, next: i };
}
/**
 * Whether a line starts a new mail in an mbox: `From <sha> Mon Sep 17 00:00:00 2001` from format-patch, or
 * `From <address> <asctime date>` from a mailbox. Strict on purpose: a commit message line that merely begins
 * with "From " must not split a mail.
 */
function isMboxSeparator(line) {
    return line.startsWith('From ') && (FORMAT_PATCH_SEPARATOR.test(line) || MBOX_SEPARATOR.test(line));
}
/** Whether an input's first line is a mail header (a patch saved from a mail client has no mbox separator). */
function isMailHeaderLine(line) {
    return MAIL_START.test(line);
}
/**
 * Reads the header block that starts at `lines[start]`, up to the blank line that ends it, unfolding RFC 2822
 * continuation lines (a line starting with a space or tab continues the previous header; the line break is
 * removed and the whitespace kept, so `long\n line` reads `long line`).
 *
 * @returns the headers by lower-case name (first occurrence wins) and the index of the first body line.
 */
function readMailHeaders(lines, start) {
    const unfolded = [];
    let i = start;
    for (; i < lines.length && lines[i] !== ''; i++) {
        const line = lines[i];
        const last = unfolded[unfolded.length - 1];
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            last.value += line;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            break; // not a header: the block is over even without its blank line
        unfolded.push({ name: line.slice(0, colon).toLowerCase(), value: line.slice(colon + 1).trimStart() });
    }
    const headers = new Map();
    for (const { name, value } of unfolded)
        if (!headers.has(name))
            headers.set(name, value);
    return { headers, next: i < lines.length && lines[i] === '' ? i + 1 : i };
}
/**
 * Decodes RFC 2047 encoded-words (`B` base64 and `Q` quoted-printable); whitespace between two adjacent
 * encoded-words is dropped, as the RFC says. Unknown charsets are left encoded rather than garbled.
 *
 * @example decodeEncodedWords('=?UTF-8?q?net:=20phy:=20r=C3=A9seau?=') // → 'net: phy: réseau'
 */
function decodeEncodedWords(text) {
    const joined = text.replace(/(\?=)\s+(?==\?)/g, '$1');
    return joined.replace(ENCODED_WORD, (word, charset, encoding, payload) => {
        let decoder;
        try {
            decoder = new TextDecoder(charset.toLowerCase());
        }
        catch {
            return word;
        }
        const bytes = encoding.toLowerCase() === 'b' ? Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)) : qBytes(payload);
        return decoder.decode(bytes);
    });
}
function qBytes(payload) {
    const bytes = [];
    for (let i = 0; i < payload.length; i++) {
        const ch = payload[i];
        if (ch === '_') {
            bytes.push(0x20);
        }
        else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(payload.slice(i + 1, i + 3))) {
            bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            bytes.push(ch.charCodeAt(0) & 0xff);
        }
    }
    return Uint8Array.from(bytes);
}
/**
 * Strips what `git am` strips from a Subject: leading `[...]` groups (`[PATCH v2 3/7]`, `[RFC PATCH net-next]`)
 * and `Re:` prefixes, in any order and number.
 *
 * @example cleanSubject('Re: [PATCH v2 3/7] net: phy: add Rust driver') // → 'net: phy: add Rust driver'
 */
function cleanSubject(subject) {
    let text = subject.trim();
    for (;;) {
        const stripped = text.replace(/^\[[^\]]*\]\s*/, '').replace(/^re:\s*/i, '');
        if (stripped === text)
            return text;
        text = stripped;
    }
}
/**
 * Whether a Subject marks the cover letter of a series (`[PATCH 0/7]`), whose own subject names the series.
 */
function isCoverLetterSubject(subject) {
    return /^\s*\[[^\]]*\b0+\/\d+\s*\]/.test(subject);
}

/**
 * Paths as people and tools hand them over: `--files-from FILE|-` (one a line, as `git diff --name-only` or a
 * hand-written list gives them, or NUL-separated as `git diff -z --name-only` does) and PATH arguments.
 *
 * A path is made repository-relative the way get_maintainer.pl canonicalises its `-f` arguments (File::Spec's
 * canonpath): `./x` → `x`, `a//b` → `a/b`, `a/./b` → `a/b`, an absolute path inside the tree → relative to it.
 * A trailing `/` names a directory and is kept: get_maintainer.pl routes a directory as `dir/`.
 */
/**
 * Whether a path certainly needs no normalising: it does not start with `/` or `.` and holds no `//`, `/.` or
 * NUL. Cheap native searches, since a tree-wide list has 100,000 paths; anything else (`.gitignore`,
 * `a/.hidden`) takes the careful way, which keeps what is fine.
 */
function isClean(path) {
    const first = path.charCodeAt(0);
    return (path !== '' &&
        first !== 0x2f && // '/'
        first !== 0x2e && // '.'
        !path.includes('//') &&
        !path.includes('/.') &&
        !path.includes('\0'));
}
/**
 * Why `path` cannot be a file path inside a repository, or null when it can. Used for paths read from a
 * patch, which must already be clean.
 *
 * @example validateRepoPath('drivers/net/phy/ax88796b_rust.rs') // → null
 * @example validateRepoPath('drivers/../MAINTAINERS') // → "'..' segment: not a path inside the repository"
 */
function validateRepoPath(path) {
    if (path === '')
        return 'empty path';
    if (path.includes('\0'))
        return 'contains a NUL byte';
    if (path.startsWith('/'))
        return 'absolute path: give it relative to the repository root';
    if (path.endsWith('/'))
        return "ends with '/': a directory, not a file";
    if (isClean(path))
        return null;
    for (const segment of path.split('/')) {
        if (segment === '..')
            return "'..' segment: not a path inside the repository";
        if (segment === '.')
            return "'.' segment: not a normalized path";
        if (segment === '')
            return "empty segment ('//'): not a normalized path";
    }
    return null;
}

/**
 * `route --patch FILE|-`: the ChangeSet of a patch, whatever produced it — `git format-patch` mail (one or a
 * whole series in an mbox), `git diff`, or `diff -u` without git's headers.
 */
/** The message for input in which no diff was found; also used for empty input. */
const NOT_A_PATCH_MESSAGE = "not a patch: no 'diff --git' or '---/+++' header found";
const DEV_NULL = '/dev/null';
/** `GIT binary patch` data: a block header, then lines of a length letter and base85 digits (git's alphabet). */
const BINARY_BLOCK_START = /^(?:literal|delta) \d+$/;
const BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*$/;
/** diff -N marks a created or deleted file with the epoch as its timestamp, not with /dev/null. */
const EPOCH_TIMESTAMP = /^(?:1970-01-01|1969-12-31) /;
/** Extended header lines that name a file: prefix, the field they fill. */
const NAME_LINES = [
    ['rename from ', 'renameFrom'],
    ['rename old ', 'renameFrom'],
    ['rename to ', 'renameTo'],
    ['rename new ', 'renameTo'],
    ['copy from ', 'copyFrom'],
    ['copy to ', 'copyTo'],
];
const IGNORED_HEADER_LINES = ['index ', 'similarity index ', 'dissimilarity index '];
/**
 * Parses a patch into the files it changes, its added and removed lines, and (for mail) its title and body.
 *
 * Mail: the Subject loses its `[PATCH v2 3/7]` prefix and is unfolded and decoded; the body runs to the `---`
 * line. A series is merged: every file once, titles as describeSeries() puts them. Paths lose their first
 * component (`a/`, `b/`, or quilt's `linux.orig/`) as `git apply -p1` does; absolute paths and `..` segments
 * are BAD_PATH errors, and input without any diff is a NOT_A_PATCH error.
 *
 * @param file the input's name for error positions (`-` for stdin, as the user typed it).
 * @example parseUnifiedDiff('--- a/rust/kernel/str.rs\n+++ b/rust/kernel/str.rs\n@@ -1 +1 @@\n-a\n+b\n', 'x.diff').value
 *   // → { files: [{ path: 'rust/kernel/str.rs', status: 'modified' }], title: '', body: '', diffLines: ['a', 'b'] }
 */
function parseUnifiedDiff(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++)
        if (lines[i].endsWith('\r'))
            lines[i] = lines[i].slice(0, -1);
    const state = {
        file,
        lines,
        files: [],
        diffLines: [],
        messages: [],
        errors: [],
        warnings: [],
        sawDiff: false,
    };
    const firstContent = lines.findIndex((line) => line !== '');
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (isMboxSeparator(line) || (i === firstContent && isMailHeaderLine(line))) {
            const mail = readMailMessage(lines, i, startsFile);
            state.messages.push(mail.message);
            i = mail.next;
        }
        else if (line.startsWith('diff --git '))
            i = readGitFile(state, i);
        else if (line.startsWith('diff --cc ') || line.startsWith('diff --combined '))
            i = skipCombinedDiff(state, i);
        else if (startsPlainFile(lines, i))
            i = readPlainFile(state, i);
        else if (isBinaryFilesLine(line))
            i = readBinaryFilesLine(state, i);
        else
            i++; // mail preamble, diffstat, signature, `Index:` and `diff -r` command lines
    }
    if (!state.sawDiff)
        state.errors.push(sourceError('NOT_A_PATCH', NOT_A_PATCH_MESSAGE, file, 1, 1));
    const { title, body } = describeSeries(state.messages);
    return {
        value: { files: mergeChangedFiles(state.files), title, body, diffLines: state.diffLines },
        errors: state.errors,
        warnings: state.warnings,
    };
}
/** Reads a `diff --git` file: extended header lines, the `---`/`+++` pair, hunks or binary data. */
function readGitFile(state, start) {
    const { lines } = state;
    state.sawDiff = true;
    const header = { added: false, removed: false, modeChange: false, binary: false };
    let i = start + 1;
    for (; i < lines.length; i++) {
        const line = lines[i];
        const named = NAME_LINES.find(([prefix]) => line.startsWith(prefix));
        if (named) {
            header[named[1]] = nameAt(state, i, named[0].length, false);
        }
        else if (line.startsWith('old mode ') || line.startsWith('new mode ')) {
            header.modeChange = true;
        }
        else if (line.startsWith('new file mode ')) {
            header.added = true;
        }
        else if (line.startsWith('deleted file mode ')) {
            header.removed = true;
        }
        else if (isBinaryFilesLine(line)) {
            header.binary = true;
        }
        else if (line === 'GIT binary patch') {
            header.binary = true;
            i = skipBinaryData(lines, i + 1) - 1;
        }
        else if (startsPlainFile(lines, i, false)) {
            header.oldName = nameAt(state, i, 4, true);
            header.newName = nameAt(state, i + 1, 4, true);
            i += 2;
            break;
        }
        else if (!IGNORED_HEADER_LINES.some((prefix) => line.startsWith(prefix))) {
            break;
        }
    }
    const { next, hunks } = readHunks(lines, i, state.file, state);
    const oldIsNull = header.oldName?.raw === DEV_NULL;
    const newIsNull = header.newName?.raw === DEV_NULL;
    const fromHeader = diffGitNames(lines[start], start);
    const target = header.renameTo ??
        header.copyTo ??
        (newIsNull ? undefined : header.newName) ??
        (oldIsNull ? undefined : header.oldName) ??
        fromHeader?.newName;
    if (!target) {
        state.errors.push(sourceError('BAD_PATH', `cannot tell the file name from ${JSON.stringify(lines[start])}: no ---/+++ or rename lines`, state.file, start + 1, 12));
        return next;
    }
    const status = gitFileStatus(header, hunks.length, oldIsNull, newIsNull);
    const source = status === 'renamed'
        ? (header.renameFrom ?? fromHeader?.oldName)
        : status === 'copied'
            ? (header.copyFrom ?? fromHeader?.oldName)
            : undefined;
    recordFile(state, target, status, source, header.binary, hunks);
    return next;
}
/** A file's status from its header lines; a mode change with no content change is `changed`, as on GitHub. */
function gitFileStatus(header, hunks, oldIsNull, newIsNull) {
    if (header.renameTo)
        return 'renamed';
    if (header.copyTo)
        return 'copied';
    if (header.added || oldIsNull)
        return 'added';
    if (header.removed || newIsNull)
        return 'removed';
    if (header.modeChange && hunks === 0 && !header.binary)
        return 'changed';
    return 'modified';
}
/** Reads a `---`/`+++` pair without a `diff --git` line (diff -u, quilt) and its hunks. */
function readPlainFile(state, start) {
    state.sawDiff = true;
    const oldName = nameAt(state, start, 4, true);
    const newName = nameAt(state, start + 1, 4, true);
    const { next, hunks } = readHunks(state.lines, start + 2, state.file, state);
    if (!oldName || !newName)
        return next;
    const oldIsNull = oldName.raw === DEV_NULL || EPOCH_TIMESTAMP.test(oldName.trailer);
    const newIsNull = newName.raw === DEV_NULL || EPOCH_TIMESTAMP.test(newName.trailer);
    recordFile(state, newIsNull ? oldName : newName, oldIsNull ? 'added' : newIsNull ? 'removed' : 'modified', undefined, false, hunks);
    return next;
}
/** `Binary files old/x and new/x differ` on its own, as `diff -r` prints it. */
function readBinaryFilesLine(state, index) {
    state.sawDiff = true;
    const names = state.lines[index].slice('Binary files '.length, -' differ'.length);
    const candidates = [];
    for (let at = names.indexOf(' and '); at >= 0; at = names.indexOf(' and ', at + 1)) {
        candidates.push([names.slice(0, at), names.slice(at + ' and '.length)]);
    }
    const [oldRaw, newRaw] = candidates.find(([a, b]) => a === DEV_NULL || b === DEV_NULL || stripFirstComponent(a) === stripFirstComponent(b)) ?? candidates[0];
    const status = oldRaw === DEV_NULL ? 'added' : newRaw === DEV_NULL ? 'removed' : 'modified';
    const raw = newRaw === DEV_NULL ? oldRaw : newRaw;
    recordFile(state, { raw, line: index + 1, col: 14, prefixed: true}, status, undefined, true);
    return index + 1;
}
/** Merge commits' combined diffs have several old sides per hunk; routing needs the plain BASE..HEAD diff. */
function skipCombinedDiff(state, start) {
    state.sawDiff = true;
    state.errors.push(sourceError('NOT_A_PATCH', 'combined diff of a merge commit is not supported: give the diff of BASE..HEAD (e.g. --git BASE..HEAD)', state.file, start + 1, 1));
    let i = start + 1;
    while (i < state.lines.length && !state.lines[i].startsWith('diff ') && !isMboxSeparator(state.lines[i]))
        i++;
    return i;
}
function recordFile(state, target, status, source, binary, hunks = []) {
    const path = repoPath(state, target);
    const previousPath = source && repoPath(state, source);
    if (path === null || previousPath === null)
        return;
    const changed = { path, status };
    if (previousPath !== undefined)
        changed.previousPath = previousPath;
    if (binary)
        changed.binary = true;
    // Only where diff text exists: a rename, mode change or binary file has no lines to check.
    if (hunks.length > 0)
        changed.hunks = hunks;
    state.files.push(changed);
}
/** The repository path a patch name stands for, or null (and a BAD_PATH error) when it cannot be one. */
function repoPath(state, name) {
    const path = name.prefixed && !name.raw.startsWith('/') ? stripFirstComponent(name.raw) : name.raw;
    const reason = validateRepoPath(path);
    if (reason === null)
        return path;
    state.errors.push(sourceError('BAD_PATH', `${reason}: ${JSON.stringify(name.raw)}`, state.file, name.line, name.col));
    return null;
}
/** Reads the name that follows `prefixLength` characters of `lines[index]`; an unterminated quote is an error. */
function nameAt(state, index, prefixLength, prefixed) {
    const read = readGitName(state.lines[index].slice(prefixLength));
    if (read)
        return { raw: read.name, line: index + 1, col: prefixLength + 1, prefixed, trailer: read.trailer };
    state.errors.push(sourceError('NOT_A_PATCH', 'unterminated quoted file name', state.file, index + 1, prefixLength + 1));
    return undefined;
}
function diffGitNames(line, index) {
    const names = splitDiffGitNames(line.slice('diff --git '.length));
    if (!names)
        return undefined;
    const at = { line: index + 1, col: 12, prefixed: true, trailer: '' };
    return { oldName: { raw: names.oldName, ...at }, newName: { raw: names.newName, ...at } };
}
/** Whether a file's diff starts at `lines[i]`: where a mail's commit message ends at the latest. */
function startsFile(lines, i) {
    return lines[i].startsWith('diff --git ') || startsPlainFile(lines, i);
}
/**
 * Whether `lines[i]` starts a file of a plain unified diff: `--- old`, `+++ new`, and (unless told otherwise)
 * a hunk header, so that a stray `--- ` line in prose or a diffstat is not taken for one.
 */
function startsPlainFile(lines, i, needHunk = true) {
    return (lines[i].startsWith('--- ') &&
        i + 1 < lines.length &&
        lines[i + 1].startsWith('+++ ') &&
        (!needHunk || (i + 2 < lines.length && lines[i + 2].startsWith('@@ '))));
}
function isBinaryFilesLine(line) {
    return line.startsWith('Binary files ') && line.endsWith(' differ') && line.includes(' and ');
}
/** Skips `literal N`/`delta N` blocks of base85 data; base85 has no space, so no header can look like data. */
function skipBinaryData(lines, start) {
    let i = start;
    while (i < lines.length && (lines[i] === '' || BINARY_BLOCK_START.test(lines[i]) || BASE85_LINE.test(lines[i])))
        i++;
    return i;
}

/**
 * `route --git BASE..HEAD` (and the action past the files API's cap): the ChangeSet of a commit range, read
 * from the git CLI. The parsing is src/diff's; this edge runs git, without a shell, on resolved commit ids,
 * with every option that user config could change (prefixes, colour, external diff, textconv, relative
 * paths, signature display) pinned.
 */
/** Where range problems are reported: the option, as the user typed it. */
const ORIGIN = '--git';
/**
 * The patch text is read only for the keyword lines, binary flags and hunks; past this many bytes they cover
 * the diff's beginning and a TOO_LARGE warning says so. Keyword scanning is capped downstream anyway.
 */
const GIT_DIFF_MAX_BYTES = 64 * 1024 * 1024;
/** The file list must be complete (100,000 paths are about 10 MB); past this, fail rather than guess. */
const NAME_STATUS_MAX_BYTES = 256 * 1024 * 1024;
/** Commit messages feed the title and body only; a range's messages beyond this are dropped, with a warning. */
const LOG_MAX_BYTES = 16 * 1024 * 1024;
/** Pinned against user config: colour, external diff drivers, paths relative to a subdirectory. */
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-relative', '-M', '-C'];
/**
 * Three lines of context, as GitHub's `patch` has: the Rust checks read the lines above a change (a
 * `// SAFETY:` comment, the `case` arm of min-tool-version.sh), and without context they could decide almost
 * nothing. No textconv filters; the prefixes parseUnifiedDiff strips.
 */
const PATCH_OPTIONS = ['-U3', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/** Oldest first; NUL-separated because a commit message may hold any other character. */
const LOG_OPTIONS = ['-z', '--no-show-signature', '--reverse', '--format=%s%x00%b'];
const EMPTY$1 = { files: [], title: '', body: '', diffLines: [] };
/**
 * Lists the changes of `BASE..HEAD` (tree of BASE against tree of HEAD) or `BASE...HEAD` (against their merge
 * base, as a pull request shows them) in the repository at `cwd`. An empty side means HEAD, as in git.
 *
 * - files: `git diff --name-status -z -M -C`, complete and exact, renames and copies with their source;
 * - diffLines, binary flags and each file's hunks: `git diff -U3`, capped at `options.maxDiffBytes`;
 * - title and body: the messages of the commits in BASE..HEAD, oldest first, folded like a patch series
 *   (one commit: its subject and body; several: subjects joined with `; `, see describeSeries()).
 *
 * Errors (bad range syntax → BAD_ARGUMENT; not a repository, unknown revision, no merge base, git missing →
 * GIT_FAILED) are reported against `--git` with git's own first line of stderr.
 *
 * @example readGitChanges('origin/main...HEAD', '/src/linux').value.files
 *   // → [{ path: 'drivers/net/phy/ax88796b_rust.rs', status: 'added' }, …]
 */
function readGitChanges(range, cwd, options = {}) {
    const commits = resolveRange(range, cwd);
    if ('code' in commits)
        return failed$1(commits);
    const names = runGit$1(['diff', '--name-status', '-z', ...DIFF_OPTIONS, commits.from, commits.head, '--'], cwd, NAME_STATUS_MAX_BYTES);
    if (!names.ok)
        return failed$1(names.error);
    if (names.truncated) {
        return failed$1(sourceError('TOO_LARGE', `the file list of ${range} is over ${NAME_STATUS_MAX_BYTES} bytes`, ORIGIN));
    }
    const listed = parseNameStatus(names.stdout, ORIGIN);
    const changes = { ...EMPTY$1, files: listed.value };
    const warnings = [];
    if (changes.files.length > 0) {
        const maxDiffBytes = options.maxDiffBytes ?? GIT_DIFF_MAX_BYTES;
        const patch = runGit$1(['diff', ...PATCH_OPTIONS, ...DIFF_OPTIONS, commits.from, commits.head, '--'], cwd, maxDiffBytes);
        if (!patch.ok)
            return failed$1(patch.error);
        if (patch.truncated) {
            const message = `the diff of ${range} is over ${maxDiffBytes} bytes: keywords, binary flags and the Rust checks cover its beginning only`;
            warnings.push(sourceError('TOO_LARGE', message, ORIGIN));
        }
        addPatchDetails(changes, patch.stdout, patch.truncated);
    }
    const log = runGit$1(['log', ...LOG_OPTIONS, `${commits.base}..${commits.head}`, '--'], cwd, LOG_MAX_BYTES);
    if (!log.ok)
        return failed$1(log.error);
    if (log.truncated) {
        const message = `the commit messages of ${range} are over ${LOG_MAX_BYTES} bytes: the later ones are left out`;
        warnings.push(sourceError('TOO_LARGE', message, ORIGIN));
    }
    Object.assign(changes, describeSeries(readMessages(log.stdout)));
    return { value: changes, errors: listed.errors, warnings };
}
/**
 * Takes diffLines, binary flags and hunks from the patch text; the file list itself stays name-status's. A
 * file the cut leaves without hunks is not checked, which is what the TOO_LARGE warning says.
 */
function addPatchDetails(changes, stdout, truncated) {
    // A cut mid-line would leave half a line to be read as a header or content: end at the last complete one.
    const text = truncated ? stdout.slice(0, stdout.lastIndexOf('\n') + 1) : stdout;
    const parsed = parseUnifiedDiff(text, ORIGIN);
    changes.diffLines = parsed.value.diffLines;
    const fromPatch = new Map(parsed.value.files.map((file) => [file.path, file]));
    changes.files = changes.files.map((file) => {
        const patched = fromPatch.get(file.path);
        // Past the cut nothing is known of a file's diff: say so, so a blocking check cannot take it as clean.
        if (truncated && patched === undefined && file.status !== 'removed')
            return { ...file, diffOmitted: true };
        if (!patched?.binary && !patched?.hunks)
            return file;
        const withDetails = { ...file };
        if (patched.binary)
            withDetails.binary = true;
        if (patched.hunks)
            withDetails.hunks = patched.hunks;
        return withDetails;
    });
}
/**
 * The commits to compare: `from` is BASE for `..` and the merge base for `...`; `base` is always BASE, since
 * the commits of the change are BASE..HEAD either way.
 */
function resolveRange(range, cwd) {
    const sides = splitRange(range);
    if ('code' in sides)
        return sides;
    const base = resolveCommit(sides.base, 1, cwd);
    if (typeof base !== 'string')
        return base;
    const head = resolveCommit(sides.head, sides.headCol, cwd);
    if (typeof head !== 'string')
        return head;
    if (!sides.mergeBase)
        return { base, from: base, head };
    const mergeBase = runGit$1(['merge-base', base, head], cwd, 1024);
    if (mergeBase.ok)
        return { base, from: mergeBase.stdout.trim(), head };
    // exit status 1 without a word: the histories share no commit
    if (mergeBase.status === 1) {
        return sourceError('GIT_FAILED', `no merge base between '${sides.base}' and '${sides.head}'`, ORIGIN);
    }
    return mergeBase.error;
}
/**
 * `%s%x00%b` records under `-z`: subject NUL body NUL, repeated. The last field is what follows the final
 * NUL: empty, or the unterminated rest of a truncated output, so it never completes a record.
 */
function readMessages(output) {
    const fields = output.split('\0');
    const messages = [];
    for (let i = 0; i + 2 < fields.length; i += 2) {
        messages.push({ subject: fields[i], body: fields[i + 1].trim() });
    }
    return messages;
}
/** BASE..HEAD or BASE...HEAD; the first `..` splits, since a ref name can never contain `..`. */
function splitRange(range) {
    const at = range.indexOf('..');
    if (at < 0) {
        return sourceError('BAD_ARGUMENT', `expected BASE..HEAD or BASE...HEAD, got ${JSON.stringify(range)}`, ORIGIN);
    }
    const mergeBase = range[at + 2] === '.';
    const headAt = at + (mergeBase ? 3 : 2);
    return { base: range.slice(0, at) || 'HEAD', head: range.slice(headAt) || 'HEAD', headCol: headAt + 1, mergeBase };
}
/** The commit id a revision names; `--end-of-options` keeps a revision like `--output=x` from being an option. */
function resolveCommit(revision, col, cwd) {
    const result = runGit$1(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd, 1024);
    if (result.ok)
        return result.stdout.trim();
    if (result.status === 1)
        return sourceError('GIT_FAILED', `unknown revision or not a commit: '${revision}'`, ORIGIN, 1, col);
    return result.error;
}
function runGit$1(args, cwd, maxBuffer) {
    const result = __builtin.spawnSync('git', ['-c', 'core.quotepath=false', ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer,
        stdio: ['ignore', 'pipe', 'pipe'],
        // C locale: git's messages are then the ones we document; optional locks: reading must not touch the index.
        env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    });
    const code = result.error?.code;
    if (code === 'ENOBUFS') {
        return { ok: true, stdout: result.stdout.slice(0, maxBuffer), truncated: true };
    }
    if (result.error) {
        return {
            ok: false,
            status: null,
            error: sourceError('GIT_FAILED', `cannot run git in ${cwd}: ${result.error.message}`, ORIGIN),
        };
    }
    if (result.status !== 0) {
        const firstLine = result.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${result.status}`;
        return {
            ok: false,
            status: result.status,
            error: sourceError('GIT_FAILED', `git ${args[0]} failed: ${firstLine}`, ORIGIN),
        };
    }
    return { ok: true, stdout: result.stdout, truncated: false };
}
function failed$1(error) {
    return { value: { ...EMPTY$1 }, errors: [error], warnings: [] };
}

/**
 * The longest literal that every match of an RE2 pattern must contain, found by a small recursive-descent
 * walk of the pattern. Callers check `text.includes(literal)` (a native substring search) before running the
 * regex, which for K: over a large diff and N: over a large tree skips nearly every regex run.
 *
 * Soundness over reach: anything the walk does not fully understand counts as "no literal here", so a missing
 * literal only costs speed, never a match. Case-insensitive literals are ASCII only and compared after
 * `foldCase`, which maps every character RE2 folds onto an ASCII letter (including `ſ` → `s` and the Kelvin
 * sign → `k`) to that letter.
 */
/**
 * Lowercases text for a case-insensitive literal check, the same way the literal itself was lowercased.
 *
 * @example foldCase('Ruſt') // → 'rust'
 */
function foldCase(text) {
    const lower = text.toLowerCase();
    return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}
const EMPTY = { kind: 'empty' };
const OPAQUE = { kind: 'opaque', best: null };
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B', 'A', 'z']);
const REPEAT = /^\{(\d+)(?:,(\d*))?\}/;
/** Any UTF-16 unit outside ASCII (surrogate halves included). */
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * The required literal of an RE2 pattern, or null when none is cheap to prove.
 *
 * @example requiredLiteral('\\b(?i:rust)\\b') // → { text: 'rust', caseInsensitive: true }
 * @example requiredLiteral('[^a-z]tegra') // → { text: 'tegra', caseInsensitive: false }
 * @example requiredLiteral('foo|bar') // → null
 */
function requiredLiteral(source) {
    const walker = new Walker(source);
    const piece = walker.alternation(false);
    if (walker.failed || walker.at < source.length)
        return null;
    const found = piece.kind === 'literal' ? finish$2(piece.text, piece.ci) : piece.kind === 'opaque' ? piece.best : null;
    return found !== null && found.text.length > 0 ? found : null;
}
class Walker {
    source;
    at = 0;
    failed = false;
    constructor(source) {
        this.source = source;
    }
    /** branch ('|' branch)*; a real alternation guarantees no literal (common substrings are not worth it). */
    alternation(ci) {
        const first = this.sequence(ci);
        if (this.source[this.at] !== '|')
            return first;
        while (this.source[this.at] === '|') {
            this.at++;
            this.sequence(ci);
        }
        return OPAQUE;
    }
    /** Concatenation: adjacent literals (and zero-width assertions between them) form one contiguous run. */
    sequence(startCi) {
        let ci = startCi;
        let run = { text: '', ci: false };
        let exact = true;
        let best = null;
        const flush = () => {
            if (run.text.length > 0)
                best = longer(best, finish$2(run.text, run.ci));
            run = { text: '', ci: false };
        };
        while (!this.failed && this.at < this.source.length) {
            const c = this.source[this.at];
            if (c === '|' || c === ')')
                break;
            const flags = this.inlineFlags(ci);
            if (flags !== undefined) {
                ci = flags;
                continue;
            }
            const piece = this.quantified(this.atom(ci));
            if (piece.kind === 'empty')
                continue;
            if (piece.kind === 'opaque') {
                exact = false;
                flush();
                best = longer(best, piece.best);
                continue;
            }
            const mixesCase = (run.ci || piece.ci) && (NON_ASCII.test(run.text) || NON_ASCII.test(piece.text));
            if (mixesCase) {
                exact = false;
                flush();
            }
            run.text += piece.text;
            run.ci ||= piece.ci;
        }
        if (exact && run.text.length > 0)
            return { kind: 'literal', text: run.text, ci: run.ci };
        flush();
        return best === null && exact ? EMPTY : { kind: 'opaque', best };
    }
    /** `(?i)`, `(?-i)`, `(?s)`: flags for the rest of the group. The new case-insensitivity, or undefined if none. */
    inlineFlags(ci) {
        if (!this.source.startsWith('(?', this.at))
            return undefined;
        const match = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(this.source.slice(this.at, this.at + 16));
        if (match === null)
            return undefined;
        this.at += match[0].length;
        if (match[2]?.includes('i'))
            return false;
        return match[1].includes('i') ? true : ci;
    }
    atom(ci) {
        const c = this.source[this.at];
        if (c === '(')
            return this.group(ci);
        if (c === '[') {
            this.skipClass();
            return OPAQUE;
        }
        this.at++;
        if (c === '^' || c === '$')
            return EMPTY;
        if (c === '.')
            return OPAQUE;
        if (c === '\\')
            return this.escape(ci);
        if (c === '*' || c === '+' || c === '?') {
            this.failed = true; // a quantifier with nothing to repeat: RE2 would have refused it
            return OPAQUE;
        }
        return literal(c, ci);
    }
    group(outerCi) {
        const head = /^\((?:\?(?:P?<[^>]*>|([a-zA-Z]*)(?:-([a-zA-Z]*))?:))?/.exec(this.source.slice(this.at, this.at + 64));
        if (head === null) {
            this.failed = true;
            return OPAQUE;
        }
        this.at += head[0].length;
        let ci = outerCi;
        if (head[1]?.includes('i'))
            ci = true;
        if (head[2]?.includes('i'))
            ci = false;
        const inner = this.alternation(ci);
        if (this.source[this.at] !== ')') {
            this.failed = true;
            return OPAQUE;
        }
        this.at++;
        return inner;
    }
    escape(ci) {
        const next = this.source[this.at];
        if (next === undefined) {
            this.failed = true;
            return OPAQUE;
        }
        this.at++;
        if (ZERO_WIDTH_ESCAPES.has(next))
            return EMPTY;
        if ((next === 'p' || next === 'P' || next === 'x') && this.source[this.at] === '{') {
            const close = this.source.indexOf('}', this.at);
            this.at = close < 0 ? this.source.length : close + 1;
            return OPAQUE;
        }
        if (/[A-Za-z0-9]/.test(next))
            return OPAQUE; // classes, control and numeric escapes: not worth decoding
        return literal(next, ci);
    }
    quantified(piece) {
        const c = this.source[this.at];
        let min;
        if (c === '*' || c === '?')
            min = 0;
        else if (c === '+')
            min = 1;
        else if (c === '{' && REPEAT.test(this.source.slice(this.at, this.at + 24))) {
            const repeat = REPEAT.exec(this.source.slice(this.at, this.at + 24));
            min = Number(repeat[1]);
            this.at += repeat[0].length - 1;
        }
        else
            return piece;
        this.at++;
        if (this.source[this.at] === '?')
            this.at++; // lazy: same set of matches
        if (min === 0 || piece.kind === 'empty')
            return min === 0 ? OPAQUE : piece;
        return piece.kind === 'literal' ? { kind: 'opaque', best: finish$2(piece.text, piece.ci) } : piece;
    }
    skipClass() {
        let i = this.at + 1;
        if (this.source[i] === '^')
            i++;
        if (this.source[i] === ']')
            i++;
        while (i < this.source.length && this.source[i] !== ']') {
            if (this.source[i] === '\\')
                i += 2;
            else if (this.source.startsWith('[:', i)) {
                const close = this.source.indexOf(':]', i + 2);
                i = close < 0 ? i + 1 : close + 2;
            }
            else
                i++;
        }
        if (i >= this.source.length)
            this.failed = true;
        this.at = i + 1;
    }
}
/** One literal character; a non-ASCII one under `(?i)` is opaque (its case folding is not worth modelling). */
function literal(c, ci) {
    if (ci && NON_ASCII.test(c))
        return OPAQUE;
    return { kind: 'literal', text: c, ci };
}
function finish$2(text, ci) {
    return { text: ci ? foldCase(text) : text, caseInsensitive: ci };
}
function longer(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return b.text.length > a.text.length ? b : a;
}

/**
 * Many regexes over one text, each behind its required literal: instead of one substring search per regex,
 * file each regex under the first three characters of its literal and read the text's three-character windows
 * once (a poor man's Aho-Corasick). For the kernel's ~100 N: patterns this turns ~100 searches per path into
 * one pass over it. Used for N: over paths and for K: over diff lines.
 */
const GRAM = 3;
const ASCII_LIMIT = 128;
/**
 * Returns a function that lists the items whose literal may occur in a text: every item whose literal's first
 * three characters (case-folded) occur in the case-folded text, plus every item that has no usable literal
 * (none, shorter than three characters, or not ASCII there). Items come back in their original order, each
 * once; the caller still checks the literal and runs the regex. The returned array must not be modified.
 *
 * @example
 *   const candidates = literalGrams([{ literal: { text: 'tegra', caseInsensitive: false }, value: 1 }]);
 *   candidates('arch/arm/mach-tegra/x.c') // → [1]
 *   candidates('drivers/integrator/x.c') // → [1]   (shares "teg": the caller's check rejects it)
 *   candidates('drivers/net/x.c') // → []
 */
function literalGrams(items) {
    // Case-sensitive literals are looked up in the text as it is; only case-insensitive ones need it folded.
    const exact = new Map();
    const folded = new Map();
    const always = [];
    items.forEach((item, index) => {
        const literal = item.literal;
        const key = literal === null ? null : gramKey(literal.text, 0);
        if (literal === null || key === null)
            always.push(index);
        else
            addTo(literal.caseInsensitive ? folded : exact, key, index);
    });
    const alwaysValues = always.map((index) => items[index].value);
    if (exact.size === 0 && folded.size === 0)
        return () => alwaysValues;
    // Most texts (paths of a tree, lines of a diff) contain none of the literals: one native regex over the text
    // answers that before any window is read. It only decides whether to look; the windows decide what is found.
    const exactLiterals = items.flatMap((item) => item.literal && !item.literal.caseInsensitive ? [item.literal.text] : []);
    const anyExact = folded.size === 0 ? new RegExp(exactLiterals.map(escapeRegex).join('|')) : null;
    return (text) => {
        if (anyExact !== null && !anyExact.test(text))
            return alwaysValues;
        // Hits are few (most texts contain no literal at all), so a plain array beats a Set here.
        let hits = null;
        const collect = (grams, scanned) => {
            for (let i = 0; i + GRAM <= scanned.length; i++) {
                const key = gramKey(scanned, i);
                const list = key === null ? undefined : grams.get(key);
                if (list === undefined)
                    continue;
                hits ??= [];
                for (const index of list)
                    if (!hits.includes(index))
                        hits.push(index);
            }
        };
        if (exact.size > 0)
            collect(exact, text);
        if (folded.size > 0)
            collect(folded, foldCase(text));
        if (hits === null)
            return alwaysValues;
        return [...always, ...hits].sort((x, y) => x - y).map((index) => items[index].value);
    };
}
function addTo(grams, key, index) {
    const list = grams.get(key);
    if (list === undefined)
        grams.set(key, [index]);
    else
        list.push(index);
}
/** Three ASCII characters as one number (no substring allocated); null when shorter or not ASCII. */
function gramKey(text, at) {
    if (at + GRAM > text.length)
        return null;
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    const c = text.charCodeAt(at + 2);
    if (a >= ASCII_LIMIT || b >= ASCII_LIMIT || c >= ASCII_LIMIT)
        return null;
    return (a << 14) | (b << 7) | c;
}
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Libraries loaded on first use instead of at start-up: re2js (N:/K: regexes) and minimatch (maintainers.yml
 * globs, `rust.files`). Each costs about 10 ms to load, and routing one kernel path through an unchanged
 * MAINTAINERS usually needs neither (docs/PERFORMANCE.md, "The CLI: what a run does, and what limits it").
 *
 * Synchronous, so the core stays synchronous: `createRequire` loads each library's CommonJS build. The bundles
 * in dist/ carry those builds beside them (rollup.config.js writes dist/re2js.cjs and dist/minimatch.cjs and
 * sets BUNDLED_DIR below), since a GitHub Action runs without node_modules; run from the sources, they come
 * from node_modules.
 */
/** The folder of the bundled copies, relative to the bundle; rollup.config.js rewrites this line. */
const BUNDLED_DIR = '.';
const load = createRequire(import.meta.url);
const loaded = {};
/**
 * The library, loaded the first time it is asked for.
 *
 * @example lazyRequire('minimatch').minimatch('rust/x.rs', '**\/*.rs') // → true
 */
function lazyRequire(name) {
    return (loaded[name] ??= load(`${BUNDLED_DIR}/${name}.cjs`));
}

/**
 * Perl regular-expression text (as MAINTAINERS N:/K: lines and maintainers.yml `names:`/`keywords:` write it)
 * → RE2 syntax, for re2js.
 *
 * RE2 already reads most Perl syntax the same way (`(?i:…)`, `(?i)`, `\b`, `(?:…)`, `\+`, classes, POSIX
 * classes, `(?<name>…)`). What it lacks, this pass either rewrites with the same meaning or refuses with a
 * reason: RE2 guarantees linear time by having no backtracking, so backreferences and lookaround cannot exist
 * there at all, and saying so beats re2js's "invalid escape sequence: `\1`".
 */
/** Characters Perl's `/x` ignores outside classes (Pattern_White_Space). */
const PERL_X_WHITESPACE = /[ \t\n\r\f\v\u0085\u200e\u200f\u2028\u2029]/;
/** Perl vertical whitespace (`\v`); RE2's `\v` is the single VT character instead. */
const VERTICAL = '\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}';
/** Perl horizontal whitespace (`\h`), which RE2 does not know. */
const HORIZONTAL = '\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}';
/**
 * Perl escapes that RE2 lacks or reads differently, rewritten to the same meaning. `\Z` and `$` below
 * consume the final newline rather than stopping before it: the same answer for a yes/no search.
 */
const ESCAPE_REWRITES = {
    Z: '(?:\\n?\\z)',
    h: `[${HORIZONTAL}]`,
    H: `[^${HORIZONTAL}]`,
    v: `[${VERTICAL}]`,
    V: `[^${VERTICAL}]`,
    R: `(?:\\r\\n|[${VERTICAL}])`,
    e: '\\x1B',
};
const REFUSED_ESCAPES = {
    g: 'backreferences (\\g…) are not supported: patterns run on a linear-time engine (RE2)',
    k: 'named backreferences (\\k…) are not supported: patterns run on a linear-time engine (RE2)',
    K: '\\K (keep) is not supported by the linear-time engine (RE2)',
    G: '\\G is not supported by the linear-time engine (RE2)',
    Q: '\\Q…\\E is not supported: Perl itself ignores it in a pattern read from a file, as get_maintainer.pl reads them',
    E: '\\E is not supported: Perl itself ignores it in a pattern read from a file, as get_maintainer.pl reads them',
};
const REFUSED_GROUPS = [
    ['(?=', 'lookahead (?=…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?!', 'negative lookahead (?!…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?<=', 'lookbehind (?<=…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?<!', 'negative lookbehind (?<!…) is not supported: patterns run on a linear-time engine (RE2)'],
    ['(?>', 'atomic groups (?>…) are not supported: patterns run on a linear-time engine (RE2)'],
];
/**
 * Rewrites a Perl pattern for RE2. With `extended` (Perl's `/x`, as get_maintainer.pl applies N: and K:),
 * unescaped whitespace outside classes is dropped and `#` starts a comment to the end of the line.
 *
 * @example translatePerl('[^a-z] tegra # not integrator', true) // → { source: '[^a-z]tegra', problem: null }
 * @example translatePerl('(a)\\1', false).problem // → { offset: 3, message: 'backreferences (\\1) are not supported: …' }
 */
function translatePerl(text, extended) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '[') {
            const end = classEnd(text, i);
            out.push(text.slice(i, end));
            i = end;
        }
        else if (c === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                return refuse(i, 'trailing backslash');
            if (next >= '1' && next <= '9') {
                return refuse(i, `backreferences (\\${next}) are not supported: patterns run on a linear-time engine (RE2)`);
            }
            const refused = REFUSED_ESCAPES[next];
            if (refused !== undefined)
                return refuse(i, refused);
            // `\N{…}` is a named character (left to RE2 to refuse); bare `\N` is "not a newline".
            if (next === 'N' && text[i + 2] !== '{')
                out.push('[^\\n]');
            else
                out.push(ESCAPE_REWRITES[next] ?? `\\${next}`);
            i += 2;
        }
        else if (c === '(' && text.startsWith('(?#', i)) {
            const close = text.indexOf(')', i);
            if (close < 0)
                return refuse(i, 'unterminated (?#…) comment');
            i = close + 1;
        }
        else if (c === '(' && text[i + 1] === '?') {
            const refused = REFUSED_GROUPS.find(([opener]) => text.startsWith(opener, i));
            if (refused !== undefined)
                return refuse(i, refused[1]);
            out.push(c);
            i++;
        }
        else if (c === '$') {
            out.push('(?:\\n?$)');
            i++;
        }
        else if (extended && PERL_X_WHITESPACE.test(c)) {
            i++;
        }
        else if (extended && c === '#') {
            const newline = text.indexOf('\n', i);
            i = newline < 0 ? text.length : newline;
        }
        else {
            out.push(c);
            i++;
        }
    }
    return { source: out.join(''), problem: null };
}
/**
 * The offset just past the class opened at `start`, copied verbatim: whitespace is significant inside a class
 * even under `/x`, a `]` first in the class is literal in Perl and RE2 alike, and `[:alpha:]` nests brackets.
 * An unclosed class runs to the end of the text, where RE2 reports it.
 */
function classEnd(text, start) {
    let i = start + 1;
    if (text[i] === '^')
        i++;
    if (text[i] === ']')
        i++;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === '[' && text[i + 1] === ':') {
            const close = text.indexOf(':]', i + 2);
            i = close < 0 ? i + 1 : close + 2;
        }
        else if (c === ']')
            return i + 1;
        else
            i++;
    }
    return text.length;
}
function refuse(offset, message) {
    return { source: '', problem: { offset, message } };
}

/** RE2 source made of characters that only ever match themselves (outside a class, as here). */
const PLAIN_LITERAL = /^[A-Za-z0-9_/,:@=%&~!<>'"-]+$/;
/**
 * Compiles a Perl pattern. A pattern RE2 cannot run (backreferences, lookaround) or that does not parse is a
 * BAD_REGEX error naming the pattern and why, at its origin (the column of the offending construct when known).
 *
 * @example compilePerlRegex('\\b(?i:rust)\\b', origin).value?.test('Rust for Linux') // → true
 * @example compilePerlRegex('[^a-z] tegra', origin, { extended: true }).value?.test('drivers/integrator') // → false
 * @example compilePerlRegex('(a)\\1', origin).errors[0].message
 *   // → 'bad regular expression "(a)\1": backreferences (\1) are not supported: patterns run on a linear-time engine (RE2)'
 */
function compilePerlRegex(text, origin, options = {}) {
    const built = buildPerlRegex(text, options);
    if ('regex' in built)
        return { value: built.regex, errors: [] };
    const message = `bad regular expression "${text}": ${built.why}`;
    const error = sourceError('BAD_REGEX', message, origin.file, origin.line, origin.col + built.offset);
    return { value: null, errors: [error] };
}
/**
 * compilePerlRegex without the error formatting, for callers that word the error themselves (an F: pattern is a
 * regex to get_maintainer.pl, but a bad one is a bad path pattern to the user). `offset` is into `text`.
 *
 * @example buildPerlRegex('a[b') // → { offset: 0, why: 'error parsing regexp: missing closing ]: `[b`' }
 */
function buildPerlRegex(text, options = {}) {
    const translation = translatePerl(text, options.extended ?? false);
    if (translation.problem !== null)
        return { offset: translation.problem.offset, why: translation.problem.message };
    if (PLAIN_LITERAL.test(translation.source)) {
        // Most N: lines are plain names (`imx`, `sifive`, `cros_ec`): a substring test answers exactly what the
        // regex would, without loading or compiling the engine.
        const literal = translation.source;
        return {
            regex: {
                text,
                requiredLiteral: { text: literal, caseInsensitive: false },
                test: (input) => input.includes(literal),
            },
        };
    }
    let compiled;
    try {
        compiled = lazyRequire('re2js').RE2JS.compile(translation.source);
    }
    catch (error) {
        if (!(error instanceof lazyRequire('re2js').RE2JSException))
            throw error;
        return { offset: 0, why: error.message };
    }
    const regex = {
        text,
        requiredLiteral: requiredLiteral(translation.source),
        test: (input) => compiled.test(input),
    };
    return { regex };
}

/**
 * The UTF-8 size of a string without encoding it: the keyword budget is stated in bytes (what a diff weighs
 * on the wire), and encoding megabytes only to measure them would cost as much as scanning them.
 *
 * @example utf8Length('Rust') // → 4
 * @example utf8Length('Miguel Ojeda — ü') // → 19
 * @example utf8Length('🦀') // → 4
 */
function utf8Length(text) {
    let bytes = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            continue;
        if (code < 0x800) {
            bytes += 1;
            continue;
        }
        bytes += 2;
        // A surrogate pair is two UTF-16 units and four UTF-8 bytes: count it once, skip its second half.
        const next = text.charCodeAt(i + 1);
        if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
            i++;
    }
    return bytes;
}

/**
 * Lines longer than this (UTF-16 units) are scanned up to it only. Keywords are identifiers and names; a line
 * this long is generated or minified content, where a keyword hit says nothing about the change.
 */
const MAX_KEYWORD_LINE_LENGTH = 4096;
/** How much of the matched line a hit keeps: enough to recognise it, not a whole minified file. */
const MAX_MATCHED_LINE_SHOWN = 120;
/**
 * Compiles every K: once per run. A keyword that cannot run (bad syntax, backreferences, lookaround) is a
 * BAD_REGEX error at its origin; the others still work.
 *
 * @example
 *   const { value } = compileKeywordIndex(subsystems); // RUST has K: \b(?i:rust)\b
 *   value.scan(['Add Rust bindings for block devices'], 1 << 20).hits.map((h) => subsystems[h.subsystem].name) // → ['RUST']
 */
function compileKeywordIndex(subsystems) {
    const errors = [];
    const keywords = [];
    subsystems.forEach((subsystem, index) => {
        for (const keyword of subsystem.keywords) {
            const compiled = compilePerlRegex(keyword.text, keyword.origin, { extended: true });
            errors.push(...compiled.errors);
            if (compiled.value !== null) {
                keywords.push({ order: keywords.length, hit: { subsystem: index, keyword }, regex: compiled.value });
            }
        }
    });
    const candidatesIn = literalGrams(keywords.map((k) => ({ literal: k.regex.requiredLiteral, value: k })));
    const scan = (texts, budgetBytes) => {
        const found = new Array(keywords.length).fill(undefined);
        let foundCount = 0;
        let scannedBytes = 0;
        let capped = false;
        const totalBytes = texts.reduce((sum, text) => sum + utf8Length(text), 0);
        search: for (const text of texts) {
            for (let start = 0; start <= text.length;) {
                if (foundCount === keywords.length)
                    break search;
                const newline = text.indexOf('\n', start);
                const end = newline < 0 ? text.length : newline;
                const cut = Math.min(end, start + MAX_KEYWORD_LINE_LENGTH);
                const line = text.slice(start, cut);
                const bytes = utf8Length(line) + (cut === end && newline >= 0 ? 1 : 0);
                if (scannedBytes + bytes > budgetBytes) {
                    capped = true;
                    break search;
                }
                scannedBytes += bytes;
                if (cut < end)
                    capped = true;
                foundCount += searchLine(line.endsWith('\r') ? line.slice(0, -1) : line, candidatesIn(line), found);
                if (newline < 0)
                    break;
                start = newline + 1;
            }
        }
        const hits = keywords.filter((k) => found[k.order] !== undefined).map((k) => ({ ...k.hit, line: found[k.order] }));
        return { hits, scan: { scannedBytes, totalBytes, capped } };
    };
    const inText = (text) => {
        let folded;
        let lines;
        const hits = [];
        for (const keyword of keywords) {
            const literal = keyword.regex.requiredLiteral;
            if (literal !== null && !(literal.caseInsensitive ? (folded ??= foldCase(text)) : text).includes(literal.text)) {
                continue;
            }
            if (!keyword.regex.test(text))
                continue;
            lines ??= text.split('\n');
            const line = lines.find((candidate) => keyword.regex.test(candidate)) ?? lines[0];
            hits.push({
                ...keyword.hit,
                line: line.length > MAX_MATCHED_LINE_SHOWN ? `${line.slice(0, MAX_MATCHED_LINE_SHOWN)}…` : line,
            });
        }
        return hits;
    };
    return { value: { scan, inText }, errors, warnings: [] };
}
/** Tests the candidate keywords not yet found against one line; returns how many it found. */
function searchLine(line, candidates, found) {
    let folded;
    let count = 0;
    for (const keyword of candidates) {
        if (found[keyword.order] !== undefined)
            continue;
        const literal = keyword.regex.requiredLiteral;
        if (literal !== null) {
            const haystack = literal.caseInsensitive ? (folded ??= foldCase(line)) : line;
            if (!haystack.includes(literal.text))
                continue;
        }
        if (keyword.regex.test(line)) {
            found[keyword.order] = line.length > MAX_MATCHED_LINE_SHOWN ? `${line.slice(0, MAX_MATCHED_LINE_SHOWN)}…` : line;
            count++;
        }
    }
    return count;
}

const NOT_PLAIN = /[\n\uD800-\uDFFF]/;
/**
 * @example toCandidate('drivers/net/phy/ax.rs')
 *   // → { path: 'drivers/net/phy/ax.rs', dirs: ['drivers', 'drivers/net', 'drivers/net/phy'], slashes: 3,
 *   //     dirPrefix: 'drivers/net/phy/', plain: true }
 */
function toCandidate(path) {
    const dirs = [];
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        dirs.push(path.slice(0, i));
    const dirPrefix = dirs.length === 0 ? '' : path.slice(0, dirs[dirs.length - 1].length + 1);
    return { path, dirs, slashes: dirs.length, dirPrefix, plain: !NOT_PLAIN.test(path) };
}
/**
 * The candidate for a path in a directory already taken apart (the index keeps one view per directory): only
 * the path and its plainness are new.
 *
 * @example candidateIn('drivers/net/phy/ax.rs', toCandidate('drivers/net/phy/x.c')).dirs // → ['drivers', 'drivers/net', 'drivers/net/phy']
 */
function candidateIn(path, directory) {
    return {
        path,
        dirs: directory.dirs,
        slashes: directory.slashes,
        dirPrefix: directory.dirPrefix,
        plain: !NOT_PLAIN.test(path),
    };
}

/**
 * One F:/X: pattern as scripts/get_maintainer.pl (v0.26) reads it, and how the index can look it up.
 *
 * get_maintainer.pl rewrites the text into a regex (`.` → `\.`, `*` → `.*`, `?` → `.`), appends `/` when
 * `-d` says the result names a directory, and then matches `m@^$pattern@`, with the same `/` count required
 * unless the pattern ends in `/`. Everything else in the text keeps its regex meaning: `[ch]` is a class, and
 * so would be `+`, `(a|b)` or `^`. We keep the source text and derive the regex from it (never rewriting in
 * place), then classify the pattern so the index can find it from a path's own directories.
 */
/** Characters that keep a regex meaning get_maintainer.pl does not neutralise and that can move a match. */
const REGEX_SYNTAX = /[(){}|+^$\\]/;
/** The wildcards get_maintainer.pl creates (`*`, `?`) and the classes it leaves alone. */
const WILDCARD = /[*?[\]]/;
/** What get_maintainer.pl rewrites before its `-d` test; a pattern containing one never names a directory. */
const REWRITTEN = /[.*?]/;
/**
 * Whether get_maintainer.pl would ask the tree about this pattern: its `-d` runs on the rewritten text, so
 * only a pattern without `.`, `*`, `?` (and without a trailing `/`) can be found to be a directory.
 *
 * @example mayNameDirectory('drivers/net/ethernet/3com') // → true
 * @example mayNameDirectory('arch/x86/boot/compressed/vmlinux.lds.S') // → false
 */
function mayNameDirectory(text) {
    return text !== '' && !text.endsWith('/') && !REWRITTEN.test(text);
}
/**
 * The rewrite of get_maintainer.pl's read loop, without the directory slash.
 *
 * @example kernelRegex('drivers/net/phy/bcm*.[ch]') // → 'drivers/net/phy/bcm.*\\.[ch]'
 */
function kernelRegex(text) {
    return text.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
}
/**
 * get_maintainer.pl's specificity ("value_pd") of a rewritten pattern.
 *
 * @example kernelSpecificity('include/drm/drm') // → 2
 * @example kernelSpecificity('rust/') // → 1
 * @example kernelSpecificity('.*\/') // → -1
 */
function kernelSpecificity(regex) {
    if (regex.startsWith('.*'))
        return -1;
    return countSlashes(regex) + (regex.endsWith('/') ? 0 : 1);
}
/**
 * Reads one pattern. `isDirectory` is asked only when get_maintainer.pl would run `-d` (see mayNameDirectory).
 *
 * @example readKernelPattern('include/drm/drm', () => false)
 *   // → { regex: 'include/drm/drm', directory: false, slashes: 2, specificity: 3, shape: 'literal', head: 'include/drm/drm' }
 * @example readKernelPattern('drivers/*\/net/', () => false).shape // → 'wildcard' (head 'drivers/')
 */
function readKernelPattern(text, isDirectory) {
    let regex = kernelRegex(text);
    if (mayNameDirectory(text) && isDirectory(text))
        regex += '/';
    const directory = regex.endsWith('/');
    const slashes = countSlashes(regex);
    const specificity = kernelSpecificity(regex);
    let shape;
    let head;
    const wildcard = text.search(WILDCARD);
    if (REGEX_SYNTAX.test(text)) {
        shape = 'residual';
        head = '';
    }
    else if (wildcard < 0) {
        shape = 'literal';
        head = directory && !text.endsWith('/') ? `${text}/` : text;
    }
    else {
        head = text.slice(0, text.lastIndexOf('/', wildcard - 1) + 1);
        shape = head === '' ? 'residual' : 'wildcard';
    }
    return { regex, directory, slashes, specificity, shape, head };
}
/** `tr@/@@`. */
function countSlashes(text) {
    let count = 0;
    for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1))
        count++;
    return count;
}

/**
 * `dot: true` so `.github/**` and dotfiles below a directory match; `nonegate`/`nocomment` so `!x` and `#x` are
 * the names they spell instead of silently inverting or disabling the pattern (exclusions are `exclude:`);
 * `platform: 'linux'` because paths are always `/`-separated, even on a Windows runner.
 */
const GLOB_OPTIONS$1 = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/** Characters with glob meaning in minimatch (wildcards, classes, braces, extglobs, escapes). */
const GLOB_MAGIC = /[*?[\]{}()!+@\\]/;
/**
 * Compiles a glob, or says why it is bad: an unclosed `[` or `{` would silently match only its literal
 * spelling in minimatch, which is never what was meant.
 *
 * @example readGlobPattern('rust/**\/*.rs') // → { match, specificity: 2, head: 'rust/' }
 * @example readGlobPattern('drivers/{net,wifi') // → { why: "unclosed '{'" }
 */
function readGlobPattern(text) {
    const unclosed = unclosedBracket(text);
    if (unclosed !== null)
        return { why: `unclosed '${unclosed}'` };
    if (text === '')
        return { why: 'empty pattern' };
    let matcher;
    try {
        matcher = new (lazyRequire('minimatch').Minimatch)(text.endsWith('/') ? `${text}**` : text, GLOB_OPTIONS$1);
    }
    catch (error) {
        return { why: error instanceof Error ? error.message : String(error) };
    }
    const specificity = text.startsWith('*') ? -1 : countSlashes(text) + (text.endsWith('/') ? 0 : 1);
    return { match: (path) => matcher.match(path), specificity, head: literalHead(text) };
}
function literalHead(text) {
    const magic = text.search(GLOB_MAGIC);
    const head = text.slice(0, text.lastIndexOf('/', magic < 0 ? text.length : magic - 1) + 1);
    const segments = head.split('/').slice(0, -1);
    return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? head : '';
}
/** The first bracket left open (`[` with no `]`, or more `{` than `}`), honouring `\` escapes. */
function unclosedBracket(text) {
    let braces = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            braces++;
        else if (c === '}')
            braces = Math.max(0, braces - 1);
        else if (c === '[') {
            // `[]…]` and `[!]…]` keep a leading `]` literal, as in shells.
            let j = i + 1;
            if (text[j] === '!' || text[j] === '^')
                j++;
            if (text[j] === ']')
                j++;
            const close = text.indexOf(']', j);
            if (close < 0)
                return '[';
            i = close;
        }
    }
    return braces > 0 ? '{' : null;
}

/**
 * A direct matcher for the F: patterns almost every kernel wildcard is made of: plain characters, `*`, `?`
 * and simple classes like `[ch]` or `[0-9]`. It answers what get_maintainer.pl's `m@^$pattern@` answers for
 * them, without building 1,300 regex automata at startup; anything outside that shape returns null and goes
 * to the regex engine instead. The naive matcher runs every pattern through the regex engine, and the tests
 * hold the two to the same answers on every path of the kernel tree.
 *
 * Paths only: the caller sends a path holding a newline or a non-BMP character (which Perl's `.` would
 * treat differently from one UTF-16 unit) to the regex engine.
 */
/** Class bodies we read ourselves: letters, digits, `_ . , / -`; `[^…]`, `[:alpha:]`, `]`-first go to the regex engine. */
const SIMPLE_CLASS_BODY = /^[A-Za-z0-9_.,/-]+$/;
/**
 * Outside classes: characters that would make the text something other than units and stars, and anything
 * beyond ASCII (left to the regex engine, so that the simple shape is always a regex it compiles).
 */
const NOT_UNITS = /[(){}|+^$\\\]\u007f-\uffff]/;
const ANY = { any: true };
/**
 * The matcher for a pattern's text (before get_maintainer.pl's rewrite, with a directory's `/` added), anchored
 * at the start of the path and open at its end; null when the text is not in the simple shape.
 *
 * @example compileKernelWildcard('drivers/net/phy/bcm*.[ch]')?.('drivers/net/phy/bcm7xxx.c') // → true
 * @example compileKernelWildcard('drivers/(a|b)') // → null
 */
function compileKernelWildcard(text) {
    const segments = [];
    for (const part of text.split('*')) {
        const units = parseUnits(part);
        if (units === null)
            return null;
        const literal = units.every((unit) => typeof unit === 'string') ? units.join('') : null;
        segments.push({ units, literal });
    }
    const [first, ...rest] = segments;
    // `.*` takes any run, so each later segment can go at its earliest place: a later place only leaves less room
    // for the segments after it. The end is open, as in `m@^…@`: placing every segment is a match.
    return (path) => {
        if (!matchesAt(first, path, 0))
            return false;
        let at = first.units.length;
        for (const segment of rest) {
            const found = find(segment, path, at);
            if (found < 0)
                return false;
            at = found + segment.units.length;
        }
        return true;
    };
}
function parseUnits(part) {
    const units = [];
    for (let i = 0; i < part.length; i++) {
        const c = part[i];
        if (c === '?')
            units.push(ANY);
        else if (c === '[') {
            const close = part.indexOf(']', i + 1);
            const ranges = close < 0 ? null : parseClass(part.slice(i + 1, close));
            if (ranges === null)
                return null;
            units.push({ ranges });
            i = close;
        }
        else if (NOT_UNITS.test(c))
            return null;
        else
            units.push(c);
    }
    return units;
}
/** `a-z0-9_` → code point ranges; a leading or trailing `-` is literal, as in Perl. */
function parseClass(body) {
    if (!SIMPLE_CLASS_BODY.test(body))
        return null;
    const ranges = [];
    for (let i = 0; i < body.length; i++) {
        const low = body.charCodeAt(i);
        if (body[i + 1] === '-' && i + 2 < body.length) {
            const high = body.charCodeAt(i + 2);
            if (high < low)
                return null; // Perl: "Invalid [] range"; the regex engine words the error
            ranges.push([low, high]);
            i += 2;
        }
        else
            ranges.push([low, low]);
    }
    return ranges;
}
function matchesAt(segment, path, at) {
    if (segment.literal !== null)
        return path.startsWith(segment.literal, at);
    if (at + segment.units.length > path.length)
        return false;
    return segment.units.every((unit, i) => {
        if (typeof unit === 'string')
            return path[at + i] === unit;
        if ('any' in unit)
            return true;
        const c = path.charCodeAt(at + i);
        return unit.ranges.some(([low, high]) => c >= low && c <= high);
    });
}
function find(segment, path, from) {
    if (segment.literal !== null)
        return path.indexOf(segment.literal, from);
    for (let at = from; at + segment.units.length <= path.length; at++)
        if (matchesAt(segment, path, at))
            return at;
    return -1;
}

/**
 * One pattern of one subsystem, compiled, with where the index files it (globset's `MatchStrategy`).
 * internal, subject to change: compile-subsystem-index.ts is the only user.
 *
 * The placement is what makes lookups cheap: every path that can match a pattern has the pattern's bucket key
 * among its own lookup keys (its directories, its `/` count, its directory prefix), so a path only ever tests
 * the patterns filed under those keys. Each placement below says why that holds.
 */
const ALWAYS = () => true;
/**
 * Compiles one pattern by its dialect. A pattern that cannot compile is an error at its origin, never an
 * entry that silently matches nothing.
 */
function compilePathEntry(pattern, where, isDirectory) {
    const { file, line, col } = pattern.origin;
    if (pattern.dialect === 'regex') {
        const built = buildPerlRegex(pattern.text, { extended: true });
        if (!('regex' in built)) {
            const message = `bad regular expression "${pattern.text}": ${built.why}`;
            return { error: sourceError('BAD_REGEX', message, file, line, col + built.offset) };
        }
        const { regex } = built;
        const literal = regex.requiredLiteral;
        const test = literal === null
            ? (c) => regex.test(c.path)
            : (c) => (literal.caseInsensitive ? foldCase(c.path) : c.path).includes(literal.text) && regex.test(c.path);
        return { entry: pathEntry(where, pattern, 0, { kind: 'name', literal }, test) };
    }
    if (pattern.dialect === 'glob') {
        const glob = readGlobPattern(pattern.text);
        if ('why' in glob)
            return { error: sourceError('BAD_GLOB', `bad glob "${pattern.text}": ${glob.why}`, file, line, col) };
        const placement = glob.head === '' ? { kind: 'every' } : { kind: 'glob-below', dir: glob.head.slice(0, -1) };
        return { entry: pathEntry(where, pattern, glob.specificity, placement, (c) => glob.match(c.path)) };
    }
    const kernel = readKernelPattern(pattern.text, isDirectory);
    if (kernel.shape === 'literal') {
        // A literal `m@^dir/@` owns exactly the paths that have `dir` among their directories.
        const text = kernel.head;
        if (kernel.directory) {
            return {
                entry: pathEntry(where, pattern, kernel.specificity, { kind: 'below', dir: text.slice(0, -1) }, ALWAYS),
            };
        }
        const placement = { kind: 'literal', dirPrefix: text.slice(0, text.lastIndexOf('/') + 1), text };
        return { entry: pathEntry(where, pattern, kernel.specificity, placement, (c) => c.path.startsWith(text)) };
    }
    // A text like `foo[ab]` has no `.*?`, so `-d` may still have given it a `/`.
    const withSlash = kernel.directory && !pattern.text.endsWith('/') ? `${pattern.text}/` : pattern.text;
    const test = kernelTest(withSlash, kernel.regex);
    if ('why' in test) {
        const message = `bad path pattern "${pattern.text}" (get_maintainer.pl reads it as the regex ^${kernel.regex}): ${test.why}`;
        return { error: sourceError('BAD_GLOB', message, file, line, col) };
    }
    const dir = kernel.head.slice(0, -1);
    let placement;
    if (kernel.shape === 'wildcard') {
        placement = kernel.directory
            ? { kind: 'below', dir }
            : { kind: 'below-with-slashes', dir, slashes: kernel.slashes };
    }
    else {
        placement = kernel.directory ? { kind: 'every' } : { kind: 'slashes', slashes: kernel.slashes };
    }
    return { entry: pathEntry(where, pattern, kernel.specificity, placement, test) };
}
/**
 * Every entry is built here, as one object literal: the index reads `test`, `role` and `subsystem` of
 * thousands of entries per run, and entries spread from differently shaped objects each get their own hidden
 * class, which made those reads megamorphic (measured 50× slower in the naive matcher).
 */
function pathEntry(where, pattern, specificity, placement, test) {
    const { subsystem, role, order } = where;
    const asMatch = { subsystem, pattern, specificity, fallback: specificity === -1 };
    return { subsystem, role, pattern, specificity, order, placement, test, asMatch };
}
/**
 * `m@^$regex@` for a non-literal kernel pattern: the direct wildcard matcher when the pattern has its simple
 * shape and the path is plain, else the regex engine. For simple shapes the regex is built only when a
 * non-plain path first needs it: they always compile (printable ASCII, `\\.`, `.*`, `.` and `[a-z]` classes).
 */
function kernelTest(text, regex) {
    const wildcard = compileKernelWildcard(text);
    if (wildcard !== null) {
        let engine;
        return (c) => (c.plain ? wildcard(c.path) : (engine ??= compiledRegex(regex)).test(c.path));
    }
    const built = buildPerlRegex(`^${regex}`);
    return 'regex' in built ? (c) => built.regex.test(c.path) : { why: built.why };
}
function compiledRegex(regex) {
    const built = buildPerlRegex(`^${regex}`);
    // Not bad input: kernel-wildcard.ts only accepts texts whose regex compiles, so this is a broken invariant.
    if (!('regex' in built))
        throw new Error(`internal: simple kernel pattern ^${regex} did not compile: ${built.why}`);
    return built.regex;
}

/**
 * Drops every subsystem one of whose X: patterns hit (get_maintainer.pl tests exclusions first and skips the
 * section), keeps each remaining subsystem's most specific pattern (the first written, on a tie), and sorts
 * most specific first, ties in policy order.
 *
 * get_maintainer.pl itself records the specificity of the *last* matching pattern of a section and sorts a
 * Perl hash, so its ties come out in no fixed order; docs/ROUTING.md ("Specificity") asks for the most specific pattern and policy
 * order instead. The set of subsystems is the same either way.
 */
function rankMatches(hits) {
    // A path has a handful of hits, so plain scans beat building a Map and a Set for each of 86k paths.
    const excluded = [];
    for (const hit of hits)
        if (hit.role === 'exclude')
            excluded.push(hit.subsystem);
    const best = [];
    for (const hit of hits) {
        if (hit.role === 'exclude' || excluded.includes(hit.subsystem))
            continue;
        const at = best.findIndex((entry) => entry.subsystem === hit.subsystem);
        if (at < 0)
            best.push(hit);
        else if (outranks(hit, best[at]))
            best[at] = hit;
    }
    return best.sort((a, b) => b.specificity - a.specificity || a.subsystem - b.subsystem).map((entry) => entry.asMatch);
}
/** More specific, or as specific and written first. */
function outranks(hit, current) {
    return (hit.specificity > current.specificity || (hit.specificity === current.specificity && hit.order < current.order));
}

/** Characters that are not plain in a wildcard pattern: any character may stand there. */
const WILDCARD_START = /[*?[]/;
/** How many plain characters at most key a wildcard pattern (below its directory). */
const PREFIX_KEY_LENGTH = 3;
/**
 * `length` (1 to 3) UTF-16 units of `text` from `start` as one number, the length included so that keys of
 * different lengths never collide: no substring is made for the 100,000 paths of a tree.
 */
function prefixKey(text, start, length) {
    let key = length;
    for (let i = 0; i < length; i++)
        key = key * 65536 + text.charCodeAt(start + i);
    return key;
}
/**
 * Compiles the index once per run. Bad patterns are errors naming the pattern at its origin; the index is
 * still built from the good ones so every problem is reported in one run.
 *
 * @example
 *   const { value: index } = compileSubsystemIndex(parseKernelMaintainers(text, 'MAINTAINERS').value, { isDirectory });
 *   index.match('drivers/net/phy/ax88796b_rust.rs').map((m) => subsystems[m.subsystem].name)
 *   // → ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST']
 */
function compileSubsystemIndex(subsystems, options = {}) {
    const isDirectory = options.isDirectory ?? (() => false);
    const errors = [];
    const byDir = new Map();
    const literals = new Map();
    const bySlashes = new Map();
    const names = [];
    const everywhere = [];
    const bucket = (dir) => getOrCreate(byDir, dir, () => ({
        below: [],
        belowWithSlashes: new Map(),
        belowWithSlashesByPrefix: new Map(),
        globs: [],
    }));
    let order = 0;
    subsystems.forEach((subsystem, index) => {
        const roles = [
            ['exclude', subsystem.exclude],
            ['file', subsystem.files],
            ['name', subsystem.names],
        ];
        for (const [role, patterns] of roles) {
            for (const pattern of patterns) {
                const compiled = compilePathEntry(pattern, { subsystem: index, role, order: order++ }, isDirectory);
                if ('error' in compiled) {
                    errors.push(compiled.error);
                    continue;
                }
                const { entry } = compiled;
                const { placement } = entry;
                switch (placement.kind) {
                    case 'literal': {
                        const literal = getOrCreate(literals, placement.dirPrefix, () => ({ bare: [], byFirst: new Map() }));
                        const first = placement.text[placement.dirPrefix.length];
                        if (first === undefined)
                            literal.bare.push(entry);
                        else
                            getOrCreate(literal.byFirst, first, () => []).push(entry);
                        break;
                    }
                    case 'below':
                        bucket(placement.dir).below.push(entry);
                        break;
                    case 'below-with-slashes':
                        {
                            const found = bucket(placement.dir);
                            const start = placement.dir.length + 1;
                            let plain = 0;
                            while (plain < PREFIX_KEY_LENGTH && start + plain < pattern.text.length) {
                                if (WILDCARD_START.test(pattern.text[start + plain]))
                                    break;
                                plain++;
                            }
                            if (plain > 0) {
                                const byPrefix = getOrCreate(found.belowWithSlashesByPrefix, placement.slashes, () => new Map());
                                getOrCreate(byPrefix, prefixKey(pattern.text, start, plain), () => []).push(entry);
                            }
                            else {
                                getOrCreate(found.belowWithSlashes, placement.slashes, () => []).push(entry);
                            }
                        }
                        break;
                    case 'glob-below':
                        bucket(placement.dir).globs.push(entry);
                        break;
                    case 'slashes':
                        getOrCreate(bySlashes, placement.slashes, () => []).push(entry);
                        break;
                    case 'name':
                        names.push({ literal: placement.literal, value: entry });
                        break;
                    case 'every':
                        everywhere.push(entry);
                }
            }
        }
    });
    const namesIn = literalGrams(names);
    const globsAtPaths = [...byDir.values()].some((found) => found.globs.length > 0);
    /**
     * What every path of one directory shares: its directories, `/` count and the patterns filed under them.
     * A tree-wide change lists thousands of files per directory (sorted, as git lists them), so the lookups and
     * the directory strings are made once per directory, not once per path.
     */
    const views = new Map();
    let last;
    const viewOf = (path) => {
        const slash = path.lastIndexOf('/');
        if (last !== undefined && last.dirPrefix.length === slash + 1 && path.startsWith(last.dirPrefix))
            return last;
        const dirPrefix = path.slice(0, slash + 1);
        let view = views.get(dirPrefix);
        if (view === undefined) {
            const { dirs, slashes } = toCandidate(path);
            // References to the index's own lists, not copies: thousands of directories share the long ones.
            const lists = [];
            const add = (list) => {
                if (list !== undefined && list.length > 0)
                    lists.push(list);
            };
            const byPrefix = [];
            for (const dir of dirs) {
                const found = byDir.get(dir);
                if (found === undefined)
                    continue;
                add(found.below);
                add(found.belowWithSlashes.get(slashes));
                add(found.globs);
                const prefixed = found.belowWithSlashesByPrefix.get(slashes);
                if (prefixed !== undefined)
                    byPrefix.push({ dir, byPrefix: prefixed });
            }
            const literal = literals.get(dirPrefix);
            add(literal?.bare);
            add(bySlashes.get(slashes));
            add(everywhere);
            view = { dirPrefix, dirs, slashes, lists, byPrefix, literalsByFirst: literal?.byFirst };
            views.set(dirPrefix, view);
        }
        last = view;
        return view;
    };
    // Plain loops into one array, no closure or wrapper per path: this runs 100,000 times for a tree.
    const lookup = (path) => {
        const view = viewOf(path);
        const candidate = candidateIn(path, view);
        const hits = [];
        for (const list of view.lists)
            testInto(list, candidate, hits);
        for (const { dir, byPrefix } of view.byPrefix) {
            const start = dir.length + 1;
            for (let length = 1; length <= PREFIX_KEY_LENGTH && start + length <= path.length; length++) {
                testInto(byPrefix.get(prefixKey(path, start, length)), candidate, hits);
            }
        }
        testInto(view.literalsByFirst?.get(path[view.dirPrefix.length]), candidate, hits);
        if (globsAtPaths)
            testInto(byDir.get(path)?.globs, candidate, hits);
        testInto(namesIn(path), candidate, hits);
        return hits;
    };
    let lastHits;
    let lastRanked = [];
    const index = {
        match(path) {
            const hits = lookup(path);
            // The files of one directory usually hit the same patterns: rank them once for the run of them.
            if (lastHits !== undefined && sameEntries(hits, lastHits))
                return lastRanked;
            lastHits = hits;
            lastRanked = rankMatches(hits);
            return lastRanked;
        },
        explain(path) {
            const hits = lookup(path).sort((a, b) => a.order - b.order);
            const hit = (entry) => ({
                subsystem: entry.subsystem,
                pattern: entry.pattern,
                specificity: entry.specificity,
            });
            return {
                matched: hits.filter((entry) => entry.role !== 'exclude').map(hit),
                excluded: hits.filter((entry) => entry.role === 'exclude').map(hit),
            };
        },
    };
    return { value: index, errors, warnings: [] };
}
function getOrCreate(map, key, create) {
    let value = map.get(key);
    if (value === undefined) {
        value = create();
        map.set(key, value);
    }
    return value;
}
/** The same entries in the same order (lookups of paths of one directory list them in the same order). */
function sameEntries(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** Appends the entries of `entries` whose test `candidate` passes. */
function testInto(entries, candidate, hits) {
    if (entries === undefined)
        return;
    for (let i = 0; i < entries.length; i++)
        if (entries[i].test(candidate))
            hits.push(entries[i]);
}

/** `rust.files`' default: with minimatch's `dot: true`, every path ending in `.rs` (tested against it). */
const ANY_RS = '**/*.rs';
/**
 * `dot: true` so `.github/x.rs` and `rust/.hidden.rs` count; `nonegate`/`nocomment` so `!x` and `#x` mean the
 * file names they spell rather than silently inverting or disabling the pattern; `platform: 'linux'` so a
 * Windows runner does not read `\` as a path separator: paths here are always `/`-separated.
 */
const RUST_GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/**
 * Compiles `rust.files` into one classifier. A pattern minimatch refuses (too long, too many extglobs) is a
 * BAD_GLOB error at its origin and matches nothing; an empty pattern is an error too, since it would match
 * nothing while looking like it does something.
 *
 * @example compileRustClassifier([{ text: '**\/*.rs', dialect: 'glob', origin }]).value('rust/kernel/str.rs') // → true
 */
function compileRustClassifier(patterns) {
    const errors = [];
    const matchers = [];
    for (const pattern of patterns) {
        const { file, line, col } = pattern.origin;
        if (pattern.text.trim() === '') {
            errors.push(sourceError('BAD_GLOB', 'empty rust.files pattern matches nothing', file, line, col));
            continue;
        }
        if (pattern.text === ANY_RS) {
            // The default, and by far the most common: minimatch's answer for a normalised path, without loading it.
            matchers.push((path) => path.endsWith('.rs'));
            continue;
        }
        try {
            const matcher = new (lazyRequire('minimatch').Minimatch)(pattern.text, RUST_GLOB_OPTIONS);
            matchers.push((path) => matcher.match(path));
        }
        catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            errors.push(sourceError('BAD_GLOB', `rust.files pattern "${pattern.text}": ${why}`, file, line, col));
        }
    }
    // A directory (routed as `dir/`, as get_maintainer.pl does) is never a Rust change, whatever its name.
    const isRust = (path) => !path.endsWith('/') && matchers.some((matches) => matches(path));
    return { value: isRust, errors, warnings: [] };
}

/** The keyword index of a policy compiled without its keywords: searching it finds nothing. */
const NO_KEYWORDS = {
    value: {
        scan: (texts) => ({
            hits: [],
            scan: { scannedBytes: 0, totalBytes: texts.reduce((sum, t) => sum + t.length, 0), capped: false },
        }),
        inText: () => [],
    },
    errors: [],
    warnings: [],
};
/**
 * Compiles a policy. Errors and warnings of the matcher, the keyword index and `rust.files` are passed through
 * as they are (each already names `file:line:col` and the pattern), so one run reports every bad pattern.
 *
 * @example
 *   const { value: compiled, errors } = compilePolicy(policy);
 *   if (errors.length === 0) routeChanges(changes, compiled);
 */
function compilePolicy(policy, options = {}) {
    const index = compileSubsystemIndex(policy.subsystems, options.isDirectory ? { isDirectory: options.isDirectory } : undefined);
    const keywords = options.keywords === false ? NO_KEYWORDS : compileKeywordIndex(policy.subsystems);
    const rust = compileRustClassifier(policy.rustFiles);
    return {
        value: { policy, index: index.value, keywords: keywords.value, isRust: rust.value },
        errors: [...index.errors, ...keywords.errors, ...rust.errors],
        warnings: [...index.warnings, ...keywords.warnings, ...rust.warnings],
    };
}

/**
 * Acks in a merge group (docs/GATE.md, "Merge queues"). A group is routed as one change; its holds are lifted
 * only by acks on the pull requests of the group that carry the held files: for each held file, every PR of
 * the group that changes it must have an ack from the holding subsystem (judged on that PR, against that PR's
 * own head). A held file no PR of the group is known to carry keeps the hold.
 */
/**
 * The group's judgement per hold: lifted (by the union of the carriers' ackers) when every held file has a
 * carrier and every carrier is acked; dropped acks and refused approvers of every carrier are reported.
 *
 * @example combineGroupAcks([netHold], [{ number: 7, files: new Set(['drivers/net/x.rs']), complete: true, judged }])
 *   // → Map { 'NETWORKING DRIVERS' → { liftedBy: ['davem'], droppedAcks: [], cannotAck: [] } }
 */
function combineGroupAcks(holds, pulls) {
    const combined = new Map();
    for (const hold of holds) {
        if (hold.liftedBy.length > 0)
            continue;
        const carriers = new Set();
        let everyFileCarried = true;
        for (const file of hold.files) {
            const carrying = pulls.filter((pull) => pull.files.has(file) || !pull.complete);
            if (carrying.length === 0)
                everyFileCarried = false;
            for (const pull of carrying)
                carriers.add(pull);
        }
        const acks = { liftedBy: [], droppedAcks: [], cannotAck: [] };
        let everyCarrierAcked = carriers.size > 0;
        for (const pull of carriers) {
            const judged = pull.judged.get(hold.subsystem);
            if (!judged || judged.liftedBy.length === 0)
                everyCarrierAcked = false;
            acks.droppedAcks.push(...(judged?.droppedAcks ?? []));
            acks.cannotAck.push(...(judged?.cannotAck ?? []));
            for (const login of judged?.liftedBy ?? []) {
                if (!acks.liftedBy.some((l) => handleKey(l) === handleKey(login)))
                    acks.liftedBy.push(login);
            }
        }
        if (!everyFileCarried || !everyCarrierAcked)
            acks.liftedBy = [];
        combined.set(hold.subsystem, acks);
    }
    return combined;
}
/** The holds restricted to the files one pull request carries (those it must be acked for); empty ones dropped. */
function holdsCarriedBy(holds, pull) {
    return holds.flatMap((hold) => {
        const files = pull.complete ? hold.files.filter((file) => pull.files.has(file)) : hold.files;
        return files.length > 0 ? [{ ...hold, files }] : [];
    });
}

/**
 * The hold of one subsystem over the Rust paths it decided.
 *
 * @example holdOf(dmaMapping, 'opt-out', ['kernel/dma/map.rs'], { approvedBy: ['hch'], author: 'alice' })
 *   // → { subsystem: 'DMA MAPPING HELPERS', stance: 'opt-out', files: [...], canLift: ['hch', 'mszyprow'], liftedBy: ['hch'], droppedAcks: [], cannotAck: [] }
 */
function holdOf(subsystem, stance, files, review) {
    const canLift = handlesOf(subsystem.maintainers);
    const author = review.author === undefined ? undefined : handleKey(review.author);
    const approved = new Set(review.approvedBy.map(handleKey).filter((key) => key !== author));
    const liftedBy = canLift.filter((handle) => !isTeam(handle) && approved.has(handleKey(handle)));
    return { subsystem: subsystem.name, stance, files, canLift, liftedBy, droppedAcks: [], cannotAck: [] };
}
/** Whether a hold still stands. */
function isHeld(hold) {
    return hold.liftedBy.length === 0;
}
/** Whether the Rust tree's hold over blocking findings still stands (docs/RUST-REVIEW.md, "Holds from checks"). */
function heldByCheck(holds) {
    return holds.some((hold) => hold.checks !== undefined && isHeld(hold));
}
/** Blocked while an opt-out hold stands, waiting for an ack while an undecided one does. */
function verdictOf(holds) {
    const standing = holds.filter(isHeld);
    if (standing.some((hold) => hold.stance === 'opt-out'))
        return 'blocked';
    return standing.length > 0 ? 'needs-ack' : 'routed';
}

/**
 * Whether an approval still covers what is in the PR now (docs/GATE.md, "Acks bound to what was reviewed").
 * A maintainer who approved commit R approved the change the PR made at R. The ack still holds at head H
 * when, for every Rust file their subsystem holds, the PR changes that file the same way at R as at H:
 * the patch of `base…R` equals the patch of `base…H`, each taken against its own merge base, compared
 * without the hunks' line numbers (a clean rebase moves them) but with every other line (one new line in
 * a held file is a different change).
 *
 * Missing information never counts as "the same": a file the compare did not list (it stops at 300 files)
 * or listed without a patch (binary, or too large) makes the ack unprovable, and only an approval of the
 * head commit itself counts for it.
 */
/** A hunk header's positions: `@@ -12,7 +12,8 @@ fn probe()` → `@@`. A rebase moves them; nothing else. */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@.*$/gm;
/**
 * The held files (among `held`) whose change at the reviewed commit cannot be shown to equal the change at
 * head; empty when the ack still covers them all. An undefined side (the comparison could not be read)
 * makes every file count as changed.
 *
 * @example changedSince(['rust/x.rs'], reviewedSide, headSide) // → [] after a clean rebase, ['rust/x.rs'] after a new line
 */
function changedSince(held, reviewed, head) {
    if (reviewed === undefined || head === undefined)
        return [...held];
    return held.filter((path) => !samePatch(lookup(reviewed, path), lookup(head, path)));
}
/** A file's entry; `undefined` = not changed at that commit (only provable on a complete side); null = unknown. */
function lookup(side, path) {
    const file = side.files.get(path);
    if (file !== undefined)
        return file;
    return side.complete ? undefined : null;
}
/**
 * Whether two sides change a file identically. Both unchanged is the same; unknown is never the same; a
 * file without a patch is the same as nothing (its content cannot be compared).
 */
function samePatch(a, b) {
    if (a === null || b === null)
        return false;
    if (a === undefined || b === undefined)
        return a === b;
    if (a.patch === undefined || b.patch === undefined)
        return false;
    if (a.status !== b.status || (a.previousPath ?? '') !== (b.previousPath ?? ''))
        return false;
    return normalisePatch(a.patch) === normalisePatch(b.patch);
}
/**
 * A patch without its hunks' positions and with LF line ends, for comparing changes across a rebase.
 *
 * @example normalisePatch('@@ -1,2 +3,2 @@ fn a()\r\n-x\r\n+y') // → '@@\n-x\n+y'
 */
function normalisePatch(patch) {
    return patch.replace(/\r\n/g, '\n').replace(HUNK_HEADER, '@@').replace(/\n+$/, '');
}

/**
 * The status label of one file decision (docs/ROUTING.md, "Labels"); null when the policy disables it or the decision
 * carries none (`owners`, `unowned`). A lifted hold reads as opt-in: the maintainers said yes to this PR.
 *
 * @example statusLabel('needs-ack', { held: false }, DEFAULT_STATUS_LABELS) // → 'rust'
 */
function statusLabel(decision, hold, labels) {
    switch (decision) {
        case 'core':
            return labels.core;
        case 'opt-in':
            return labels['opt-in'];
        case 'needs-ack':
            return hold.held ? labels['needs-ack'] : labels['opt-in'];
        case 'blocked':
            return hold.held ? labels.blocked : labels['opt-in'];
        default:
            return null;
    }
}
/**
 * The labels of a decision: the status label of each distinct (file decision, deciding owner) pair, given
 * which owners' holds still stand, plus every label the owning and mentioned subsystems name. Routing and
 * the step that lifts holds from acks (lift-holds.ts) both compute labels here, so they cannot disagree.
 *
 * @example decisionLabels([{ decision: 'needs-ack', owner: 'NETWORKING DRIVERS' }], new Set(), ['subsystem: net'], DEFAULT_STATUS_LABELS)
 *   // → ['rust', 'subsystem: net']   (the hold was lifted: it reads as opt-in)
 */
function decisionLabels(decided, heldOwners, subsystemLabels, labels, reviewLabels = [], heldByCheck = false) {
    const status = [];
    for (const { decision, owner } of decided) {
        status.push(statusLabel(decision, { held: owner !== null && heldOwners.has(owner) }, labels));
    }
    // A blocking finding holds the PR like an opt-out does (docs/RUST-REVIEW.md, "Holds from checks").
    if (heldByCheck)
        status.push(labels.blocked);
    return sortedLabels([...status, ...subsystemLabels, ...reviewLabels]);
}
/** Sorted (by code unit, so the order is the same everywhere) and without duplicates or nulls. */
function sortedLabels(labels) {
    const unique = new Set();
    for (const label of labels)
        if (label !== null)
            unique.add(label);
    return [...unique].sort(compareCodeUnits);
}
/**
 * The status labels (those not disabled: the four of the stances and the three of the Rust review) and every
 * label any subsystem names.
 *
 * @example managedLabels(policy) // → ['rust', 'rust: bindings-affected', 'rust: blocked', 'rust: core', …, 'subsystem: rust']
 */
function managedLabels(policy) {
    const status = Object.values(policy.labels);
    return sortedLabels([...status, ...policy.subsystems.flatMap((subsystem) => subsystem.labels)]);
}
function compareCodeUnits(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

/**
 * The step after routing that lifts holds from acks (docs/GATE.md, "Acks" and "Who can ack"). Routing decides
 * which subsystems hold which Rust files; this step decides whose approval lifts each hold, from facts the
 * caller read: each reviewer's verdict and the commit it was given on, the PR's changes at those commits,
 * and the approvers' permission on the repository. Pure: the caller reads only what `commitsToCompare` and
 * `loginsToCheck` ask for, so a PR without approvals costs no read at all.
 *
 * An approval lifts subsystem S's hold when all of these hold:
 * - the approver is one of S's maintainers, listed by login (a team's members cannot be told apart), and is
 *   not the PR's author;
 * - their latest verdict is APPROVED;
 * - it was given on the head commit, or on a commit where the PR changed S's held files exactly as it does
 *   now (ack-binding.ts);
 * - they have write, maintain or admin permission: anyone can approve on a public repository, and a login
 *   in the policy that was renamed or mistyped may belong to someone else by now.
 */
/** Permissions that can merge, and so can ack. */
const CAN_ACK = new Set(['admin', 'write']);
/** Why a maintainer's approval does not count, in the reports' words. */
const NO_WRITE_ACCESS = 'no write access';
/**
 * The approvals that could lift a standing hold: maintainers (by login) of its subsystem whose verdict is
 * APPROVED, never the author. Holds already lifted (by routing's own `approvedBy`) are left alone.
 *
 * @example ackCandidates([dmaHold], verdicts, 'alice') // → [{ subsystem: 'DMA MAPPING HELPERS', login: 'hch-lst', commitId: 'c0ffee…' }]
 */
function ackCandidates(holds, verdicts, author) {
    const authorKey = author === undefined ? undefined : handleKey(author);
    const candidates = [];
    for (const hold of holds) {
        if (!isHeld(hold))
            continue;
        for (const handle of hold.canLift) {
            if (isTeam(handle) || handleKey(handle) === authorKey)
                continue;
            const verdict = verdicts.get(handleKey(handle));
            if (verdict?.state === 'APPROVED') {
                candidates.push({ subsystem: hold.subsystem, login: handle, commitId: verdict.commitId });
            }
        }
    }
    return candidates;
}
/**
 * The reviewed commits whose changes must be compared with the head's: those of approvals not given on the
 * head. Empty when every candidate approved the head (the common case: no compare at all).
 */
function commitsToCompare(candidates, headSha) {
    const commits = candidates.map((c) => c.commitId).filter((c) => c !== null && c !== headSha);
    return [...new Set(commits)];
}
/**
 * The logins whose permission must be read: candidates whose approval is still bound to what the PR
 * changes, so that only a permission read stands between them and lifting the hold. One per login.
 */
function loginsToCheck(holds, candidates, evidence) {
    const logins = new Map();
    for (const candidate of candidates) {
        const key = handleKey(candidate.login);
        if (!logins.has(key) && bindingOf(candidate, holds, evidence).length === 0)
            logins.set(key, candidate.login);
    }
    return [...logins.values()];
}
/**
 * Judges every candidate, per hold: lifted by those bound and able to write; bound approvals of people who
 * cannot write become `cannotAck`; approvals of commits since which the held files changed become
 * `droppedAcks`, naming the files. A permission that was not read counts as none (fail closed).
 */
function judgeAcks(holds, candidates, evidence) {
    const judged = new Map();
    for (const candidate of candidates) {
        let acks = judged.get(candidate.subsystem);
        if (acks === undefined) {
            acks = { liftedBy: [], droppedAcks: [], cannotAck: [] };
            judged.set(candidate.subsystem, acks);
        }
        const changed = bindingOf(candidate, holds, evidence);
        if (changed.length > 0) {
            acks.droppedAcks.push({
                login: candidate.login,
                commit: candidate.commitId ?? 'an unknown commit',
                files: changed,
            });
        }
        else if (CAN_ACK.has(evidence.permissions.get(handleKey(candidate.login)) ?? 'none')) {
            acks.liftedBy.push(candidate.login);
        }
        else {
            acks.cannotAck.push({ login: candidate.login, reason: NO_WRITE_ACCESS });
        }
    }
    return judged;
}
/**
 * The decision with holds lifted as judged: `liftedBy`, `droppedAcks`, `cannotAck` set per hold, and the
 * labels, `blocked` and `verdict` recomputed from the holds that still stand.
 *
 * @example liftHolds(decision, judgeAcks(decision.holds, candidates, evidence), policy.labels).blocked // → false once acked
 */
function liftHolds(decision, judged, statusLabels) {
    const holds = decision.holds.map((hold) => {
        const acks = judged.get(hold.subsystem);
        if (acks === undefined)
            return hold;
        return {
            ...hold,
            liftedBy: unique$1([...hold.liftedBy, ...acks.liftedBy]),
            droppedAcks: [...hold.droppedAcks, ...acks.droppedAcks],
            cannotAck: [...hold.cannotAck, ...acks.cannotAck],
        };
    });
    const decided = new Map();
    for (const file of decision.files)
        decided.set(`${file.decision}\u0000${file.owner ?? ''}`, file);
    const labels = decisionLabels(decided.values(), new Set(holds.filter(isHeld).map((hold) => hold.subsystem)), decision.subsystems.flatMap((report) => report.labels), statusLabels, decision.review?.labels ?? [], heldByCheck(holds));
    return { ...decision, holds, labels, blocked: holds.some(isHeld), verdict: verdictOf(holds) };
}
/** The held files a candidate's approval no longer covers; empty when it is bound to what the PR changes. */
function bindingOf(candidate, holds, evidence) {
    if (candidate.commitId === evidence.headSha)
        return [];
    const files = holds.find((hold) => hold.subsystem === candidate.subsystem)?.files ?? [];
    if (candidate.commitId === null)
        return [...files];
    return changedSince(files, evidence.patches.get(candidate.commitId), evidence.patches.get(evidence.headSha));
}
function unique$1(logins) {
    const seen = new Map();
    for (const login of logins)
        if (!seen.has(handleKey(login)))
            seen.set(handleKey(login), login);
    return [...seen.values()];
}

/**
 * The owners of a path among its matches (kept most specific first): the non-fallback matches, or the
 * fallbacks when there are no others.
 *
 * @example ownersOf([{ subsystem: 7, fallback: true, … }]) // → that one: THE REST owns what nobody else does
 */
function ownersOf(matches) {
    const specific = matches.filter((match) => !match.fallback);
    return specific.length > 0 ? specific : [...matches];
}
/**
 * A subsystem's stance as routing applies it: the one it states, else the policy's `default-stance`.
 *
 * @example effectiveStance({ name: 'NETWORKING DRIVERS', … }, 'undecided') // → { stance: 'undecided', source: 'default' }
 */
function effectiveStance(subsystem, defaultStance) {
    if (subsystem.stance === undefined)
        return { stance: defaultStance, source: 'default' };
    return { stance: subsystem.stance, source: subsystem.stanceSource ?? 'policy' };
}
/**
 * Resolves the deciding owner and stance of a Rust path from its owners (most specific first, as `ownersOf`
 * returns them). Null when the path has no owner: it is then `unowned`, which does not block.
 */
function resolveStance(owners, policy) {
    if (owners.length === 0)
        return null;
    if (policy.stanceResolution === 'strictest')
        return strictest(owners, policy);
    const stating = owners.find((owner) => policy.subsystems[owner.subsystem].stance !== undefined);
    const owner = stating ?? owners[0];
    return { owner, weighed: 1, ...effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance) };
}
/** The most restrictive effective stance among all owners; on a tie the more specific owner decides. */
function strictest(owners, policy) {
    let best = null;
    for (const owner of owners) {
        const candidate = effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance);
        if (best === null || STANCE_STRICTNESS[candidate.stance] > STANCE_STRICTNESS[best.stance]) {
            best = { owner, weighed: owners.length, ...candidate };
        }
    }
    // owners is non-empty (checked by the caller), so best is set.
    return best;
}

class SharedValues {
    subsystems;
    names = { next: new Map() };
    reasons = new Map();
    last;
    constructor(subsystems) {
        this.subsystems = subsystems;
    }
    /** The outcome of the previous path, when this one has the same matches (the same array) and Rust-ness. */
    lastOutcome(matches, rust) {
        const last = this.last;
        return last !== undefined && last.matches === matches && last.rust === rust ? last.outcome : undefined;
    }
    /** Keeps `outcome` for the next path, and returns it. */
    rememberOutcome(matches, rust, outcome) {
        this.last = { matches, rust, outcome };
        return outcome;
    }
    /** The names of the matched subsystems, in match order. */
    subsystemNames(matches) {
        let node = this.names;
        for (const match of matches) {
            let next = node.next.get(match.subsystem);
            if (next === undefined) {
                next = { next: new Map() };
                node.next.set(match.subsystem, next);
            }
            node = next;
        }
        node.names ??= matches.map((match) => this.subsystems[match.subsystem].name);
        return node.names;
    }
    /**
     * The reason citing `decider`'s pattern, decided `by` an owner count or a stance: one object for every path
     * with the same pattern, subsystem, fallback flag and `by`.
     *
     * @example shared.reason(match, { owners: 2 }) === shared.reason(match, { owners: 2 }) // → true
     */
    reason(decider, by) {
        let byOwner = this.reasons.get(decider.pattern);
        if (byOwner === undefined) {
            byOwner = new Map();
            this.reasons.set(decider.pattern, byOwner);
        }
        const owner = decider.subsystem * 2 + (decider.fallback ? 1 : 0);
        let byDecided = byOwner.get(owner);
        if (byDecided === undefined) {
            byDecided = new Map();
            byOwner.set(owner, byDecided);
        }
        // An owner count is a number; a stance decision one of a few strings (made only for Rust paths).
        const decided = 'stance' in by ? `${by.stance}\u0000${by.source}\u0000${by.weighed}` : by.owners;
        let reason = byDecided.get(decided);
        if (reason === undefined) {
            const { text: pattern, origin } = decider.pattern;
            reason = { subsystem: this.subsystems[decider.subsystem].name, pattern, origin, fallback: decider.fallback, by };
            byDecided.set(decided, reason);
        }
        return reason;
    }
}

/** What a Rust path's stance makes of it. */
const STANCE_DECISION = {
    core: 'core',
    'opt-in': 'opt-in',
    undecided: 'needs-ack',
    'opt-out': 'blocked',
};
/**
 * Decides one path. `previousPath` is recorded on the decision only (the old path of a rename is decided on
 * its own, by the caller).
 *
 * @example decideFile('rust/kernel/str.rs', undefined, compiled).decision
 *   // → { path: 'rust/kernel/str.rs', rust: true, subsystems: ['RUST'], stance: 'core', decision: 'core', owner: 'RUST', … }
 */
function decideFile(path, previousPath, compiled, shared = new SharedValues(compiled.policy.subsystems)) {
    const matches = compiled.index.match(path);
    const rust = compiled.isRust(path);
    // The files of one directory mostly share their matches (the index hands out one array for them): they are
    // then decided alike, and only the path differs.
    const outcome = shared.lastOutcome(matches, rust) ?? shared.rememberOutcome(matches, rust, decide$1(matches, rust, compiled, shared));
    // Documented keys first, in order (docs/ROUTING.md, "The JSON shape"), so renderJson prints it as it is (no
    // reordering copy of 100,000 objects), and with one shape for every path (previousPath last, set only for renames).
    const decision = {
        path,
        rust,
        subsystems: outcome.subsystems,
        stance: outcome.stance,
        decision: outcome.decision,
        owner: outcome.owner,
        stanceSource: outcome.stanceSource,
        reason: outcome.reason,
    };
    if (previousPath !== undefined)
        decision.previousPath = previousPath;
    return { decision, owners: outcome.owners, asked: outcome.asked, decider: outcome.decider };
}
/** Everything about a path's decision but the path: owners, stance, reason. */
function decide$1(matches, rust, compiled, shared) {
    const { policy } = compiled;
    const owners = ownersOf(matches);
    // A Rust path is decided by its stance owner; any other path by its most specific owner.
    const resolution = rust ? resolveStance(owners, policy) : null;
    const decider = resolution?.owner ?? owners[0];
    const reason = decider === undefined
        ? null
        : shared.reason(decider, resolution === null
            ? { owners: owners.length }
            : { stance: resolution.stance, source: resolution.source, weighed: resolution.weighed });
    const subsystems = shared.subsystemNames(matches);
    const owner = decider === undefined ? null : policy.subsystems[decider.subsystem].name;
    if (resolution === null) {
        const decision = decider !== undefined ? 'owners' : 'unowned';
        const asked = owners.map((match) => match.subsystem);
        return { subsystems, stance: null, stanceSource: null, decision, owner, reason, owners, asked, decider: -1 };
    }
    return {
        subsystems,
        stance: resolution.stance,
        stanceSource: resolution.source,
        decision: STANCE_DECISION[resolution.stance],
        owner,
        reason,
        owners,
        // (docs/ROUTING.md, "Stances"): an opt-out owner is asked nothing ("they said no"); its hold is still reported.
        asked: resolution.stance === 'opt-out' ? [] : [resolution.owner.subsystem],
        decider: resolution.owner.subsystem,
    };
}

/**
 * Aggregates routed paths per owning subsystem as they are decided, so a path's owners and asked lists
 * need not outlive its decision (a tree-wide change has 100,000 of them).
 *
 * @example const tally = new OwnerTallies(); routed.forEach((file) => tally.add(file));
 *   tally.sorted().map((t) => t.subsystem) // → [2, 0]: "BLOCK LAYER DEVICE DRIVER API [RUST]", then RUST
 */
class OwnerTallies {
    tallies = new Map();
    add(file) {
        const { tallies } = this;
        const { path, rust, decision } = file.decision;
        for (const owner of file.owners) {
            let tally = tallies.get(owner.subsystem);
            if (tally === undefined) {
                tally = {
                    subsystem: owner.subsystem,
                    files: [],
                    best: owner.specificity,
                    first: tallies.size,
                    asked: false,
                    ownsRust: false,
                    heldFiles: [],
                };
                tallies.set(owner.subsystem, tally);
            }
            tally.files.push(path);
            tally.best = Math.max(tally.best, owner.specificity);
            tally.ownsRust ||= rust;
        }
        // The asked and deciding subsystems are always among the path's owners, so their tallies exist.
        for (const subsystem of file.asked)
            tallies.get(subsystem).asked = true;
        if (decision === 'needs-ack' || decision === 'blocked') {
            const decider = tallies.get(file.decider);
            decider.heldFiles.push(path);
            decider.heldStance = decision === 'blocked' ? 'opt-out' : 'undecided';
        }
    }
    /** The owning subsystems, most specific first (ties: first appearance). */
    sorted() {
        return [...this.tallies.values()].sort((a, b) => b.best - a.best || a.first - b.first);
    }
}
/**
 * The report row of an owning subsystem. `stance` is shown only when it owns Rust in this PR (for C-only
 * owners it decides nothing). `notOnGitHub` names the people it would have asked, or who could lift its hold,
 * had they a GitHub login.
 */
function ownerReport(tally, subsystem, defaultStance, request) {
    const stance = tally.ownsRust ? effectiveStance(subsystem, defaultStance) : null;
    const people = tally.asked
        ? [...subsystem.maintainers, ...subsystem.reviewers]
        : tally.heldFiles.length > 0
            ? subsystem.maintainers
            : [];
    const asked = tally.asked
        ? unique(handlesOf([...subsystem.maintainers, ...subsystem.reviewers])).filter((handle) => request.requested.has(handleKey(handle)))
        : [];
    return {
        name: subsystem.name,
        stance: stance?.stance ?? null,
        stanceSource: stance?.source ?? null,
        files: tally.files,
        asked,
        notOnGitHub: unique(people.flatMap((person) => (person.handle === null ? [person.display] : []))),
        mentioned: false,
        labels: subsystem.labels,
    };
}
/** The report row of a subsystem only mentioned by keyword: labelled and listed, owning and asked nothing. */
function mentionedReport(subsystem) {
    return {
        name: subsystem.name,
        stance: null,
        stanceSource: null,
        files: [],
        asked: [],
        notOnGitHub: [],
        mentioned: true,
        labels: subsystem.labels,
    };
}
function unique(items) {
    const seen = new Set();
    return items.filter((item) => {
        const key = handleKey(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

/** How many interface files are read at most (docs/RUST-REVIEW.md, "Where the files come from"). */
const MAX_INTERFACE_FILES = 500;
/**
 * The options `rust.files` is matched with (routing/classify-rust.ts), for the same reasons: `dot: true` so a
 * dotted name counts, `nonegate`/`nocomment` so `!x`/`#x` name files, `platform: 'linux'` so `\` is no separator.
 */
const INTERFACE_GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/**
 * Compiles `rust.interface-files` once (never per path). The policy's reader validates the patterns; one that
 * minimatch still refuses throws here, naming it, rather than silently matching nothing.
 *
 * @example compileInterfaceFiles(['rust/helpers/*.c'])('rust/helpers/blk.c') // → true
 */
function compileInterfaceFiles(patterns) {
    // A run asks for the same patterns several times (interfacesWanted, the pairs, the review): compile once.
    const key = JSON.stringify(patterns);
    const known = compiledTests.get(key);
    if (known !== undefined)
        return known;
    const test = compileTest(patterns);
    if (compiledTests.size >= MAX_COMPILED_TESTS)
        compiledTests.clear();
    compiledTests.set(key, test);
    return test;
}
/** The tests compiled so far, by their patterns as JSON. */
const compiledTests = new Map();
/** A long-lived process (the action's sweep) meets few policies; bound the cache all the same. */
const MAX_COMPILED_TESTS = 16;
function compileTest(patterns) {
    // Most paths share no pattern's literal start (`rust/`): they are answered without minimatch, which a
    // one-file CLI run then never loads (docs/PERFORMANCE.md, "The CLI: what a run does, and what limits it").
    const prefixes = patterns.map(literalStart);
    let matchers;
    const compiled = () => (matchers ??= patterns.map(compilePattern));
    // A directory (routed as `dir/`) is never an interface file, whatever its name.
    return (path) => !path.endsWith('/') &&
        prefixes.some((prefix) => path.startsWith(prefix)) &&
        compiled().some((matcher) => matcher.match(path));
}
function compilePattern(pattern) {
    try {
        return new (lazyRequire('minimatch').Minimatch)(pattern, INTERFACE_GLOB_OPTIONS);
    }
    catch (error) {
        throw new Error(`rust.interface-files pattern "${pattern}" cannot be compiled`, { cause: error });
    }
}
/** What every path a pattern matches starts with: its text up to the first glob character (or a `\` escape). */
function literalStart(pattern) {
    const at = pattern.search(/[*?[\]{}()!+@\\]/);
    return at === -1 ? pattern : pattern.slice(0, at);
}
/** Code-unit order, the same on every machine and locale (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Which of the matching files to read when more than `cap` match, deterministically: headers first (the
 * bindings header includes most of what Rust wraps), then C files (the helpers, one per C API), then the rest
 * (the many `.rs` files), each group in path order.
 *
 * @example chooseInterfaceFiles(['rust/kernel/sync.rs', 'rust/helpers/mutex.c', 'rust/bindings/bindings_helper.h'], 2)
 *   // → { chosen: ['rust/bindings/bindings_helper.h', 'rust/helpers/mutex.c'], over: 1 }
 */
function chooseInterfaceFiles(paths, cap = MAX_INTERFACE_FILES) {
    const ranked = [...new Set(paths)].sort((a, b) => rankOf(a) - rankOf(b) || compare(a, b));
    const kept = Math.max(0, cap);
    return { chosen: ranked.slice(0, kept), over: Math.max(0, ranked.length - kept) };
}
function rankOf(path) {
    if (path.endsWith('.h'))
        return 0;
    if (path.endsWith('.c'))
        return 1;
    return 2;
}

/** @example interfacesWanted(policy, ['drivers/net/phy/phy.c']) // → false */
function interfacesWanted(policy, paths) {
    const patterns = policy.rustReview.interfaceFiles;
    if (patterns.length === 0)
        return false;
    const isInterfaceFile = compileInterfaceFiles(patterns);
    return paths.some((path) => path.endsWith('.h') || isInterfaceFile(path));
}

/**
 * The subsystem indexes (into the policy's `subsystems`) owning `header`, most specific first. Takes the
 * compiled policy (routing's CompiledPolicy; only its path index is read).
 *
 * This is decideFile's `asked` for a non-Rust path: every owner, the fallbacks only when nothing else matches
 * (routing/resolve-stance.ts, ownersOf). It is not called through decideFile for two reasons: routing calls
 * this folder, so this folder cannot import routing (src/architecture.test.ts, layers); and decideFile would
 * apply the stance rules if `rust.files` happened to cover the header (a policy with `**`), whereas a header's
 * owners are never decided by a stance. header-owners.kernel.test.ts pins the rule to get_maintainer.pl's
 * answers for every header 6.12's Rust code names.
 *
 * @example headerOwners('include/linux/phy.h', compiled).map((i) => compiled.policy.subsystems[i].name)
 *   // → ['ETHERNET PHY LIBRARY'] (on 6.12's MAINTAINERS: THE REST matches too, but as a fallback)
 */
function headerOwners(header, compiled) {
    const matches = compiled.index.match(header);
    const specific = matches.filter((match) => !match.fallback);
    return (specific.length > 0 ? specific : matches).map((match) => match.subsystem);
}

/**
 * The C headers one line of an interface file names (docs/RUST-REVIEW.md, "The Rust ↔ C map"): the `#include`
 * lines of a C file or header (the bindings header, the helpers), the doc-comment links to `srctree/` headers of
 * a Rust file. Used on whole files at the base (build-interface-map.ts) and on a diff's changed lines
 * (interface-pairs.ts), so both read a line the same way.
 */
/**
 * `#include <linux/phy.h>` or `#include "local.h"` (spaces allowed around `#`, as cpp allows): group 1 the
 * `<…>` name, group 2 the `"…"` one. A commented-out include (`// #include`) does not start with `#`.
 */
const INCLUDE = /^\s*#\s*include\s*(?:<([^>\s]+)>|"([^"\s]+)")/;
/**
 * A Rust doc comment: `///` or `//!`, but not `////`, which rustc reads as a plain comment. Group 1 the text.
 * Only doc comments count: rustdoc renders their links, so they are what the author declared to wrap.
 */
const DOC_COMMENT = /^\s*\/\/(?:\/(?!\/)|!)(.*)$/;
/** An inline link target, ``[`include/linux/phy.h`](srctree/include/linux/phy.h)``: group 1 the path. */
const INLINE_LINK = /\]\(\s*<?srctree\/([^)\s>]+)>?\s*\)/g;
/** A link definition, ``[`struct mutex`]: srctree/include/linux/mutex.h``: group 1 the path. */
const LINK_DEFINITION = /^\s*\[[^\]]+\]:\s*<?srctree\/([^\s>]+)>?/;
/**
 * `<asm/…>` names no single file: the build picks `arch/$ARCH/include/asm/…` and only falls back to
 * `include/asm-generic/…` for the architectures that list it as generic-y. Mapping it to asm-generic would ask
 * the asm-generic maintainers about every architecture's header, and tell a Rust file about asm-generic changes
 * most builds never see, so it names nothing. `<generated/…>` is a build output, not in the source tree.
 * (`<asm-generic/…>` and `<uapi/asm-generic/…>` are real paths and map like any other.)
 */
const NO_SINGLE_FILE = ['asm/', 'generated/'];
/** Whether an interface file is read for `#include` lines (C) or for doc-comment links (Rust). */
function kindOf(path) {
    if (path.endsWith('.h') || path.endsWith('.c'))
        return 'c';
    if (path.endsWith('.rs'))
        return 'rust';
    return null;
}
/**
 * The headers one line of `path` names, as repository paths (a line rarely names more than one, but a doc
 * comment may link twice). Only `.h` targets: `helpers.c`'s `#include "blk.c"` gathers the helpers into one
 * object for the build and names no C interface.
 *
 * @example headersInLine('rust/helpers/blk.c', '#include <linux/blk-mq.h>') // → ['include/linux/blk-mq.h']
 * @example headersInLine('rust/kernel/sync/lock/mutex.rs', '/// [`struct mutex`]: srctree/include/linux/mutex.h')
 *   // → ['include/linux/mutex.h']
 */
function headersInLine(path, line) {
    const kind = kindOf(path);
    if (kind === 'c') {
        const include = INCLUDE.exec(line);
        if (include === null)
            return [];
        const header = include[1] !== undefined ? systemInclude(include[1]) : localInclude(path, include[2]);
        return header === null ? [] : [header];
    }
    if (kind === 'rust') {
        const doc = DOC_COMMENT.exec(line);
        if (doc === null)
            return [];
        const targets = [...doc[1].matchAll(INLINE_LINK)].map((link) => link[1]);
        const definition = LINK_DEFINITION.exec(doc[1]);
        if (definition !== null)
            targets.push(definition[1]);
        return targets.flatMap((target) => {
            const header = repositoryPath(target.replace(/#.*$/, ''));
            return header === null ? [] : [header];
        });
    }
    return [];
}
/**
 * The headers a whole file names, sorted, each once.
 *
 * @example headersInText('rust/helpers/blk.c', '#include <linux/blkdev.h>\n#include <linux/blk-mq.h>\n')
 *   // → ['include/linux/blk-mq.h', 'include/linux/blkdev.h']
 */
function headersInText(path, text) {
    const headers = new Set();
    const kind = kindOf(path);
    if (kind === null)
        return [];
    // Only a line holding this word can name a header (INCLUDE, INLINE_LINK and LINK_DEFINITION all need it):
    // jump from one to the next instead of splitting the file and trying the patterns on every line. The map
    // reads every interface file of the tree on each run (docs/PERFORMANCE.md, "What each row means").
    const word = kind === 'c' ? 'include' : 'srctree/';
    for (let at = text.indexOf(word); at !== -1;) {
        const start = text.lastIndexOf('\n', at) + 1;
        const newline = text.indexOf('\n', at);
        const end = newline === -1 ? text.length : newline;
        for (const header of headersInLine(path, text.slice(start, end)))
            headers.add(header);
        at = newline === -1 ? -1 : text.indexOf(word, end);
    }
    return [...headers].sort(compare);
}
/**
 * `<linux/phy.h>` → `include/linux/phy.h`: the kernel builds with `-I include`. It also searches
 * `include/uapi`, so a `<linux/x.h>` that exists only there would be `include/uapi/linux/x.h`; telling that
 * needs the tree's listing, and none of the headers 6.12's Rust code includes is such a case.
 */
function systemInclude(name) {
    if (NO_SINGLE_FILE.some((prefix) => name.startsWith(prefix)))
        return null;
    return repositoryPath(`include/${name}`);
}
/** `"local.h"` in `rust/helpers/x.c` → `rust/helpers/local.h`: cpp looks in the including file's folder first. */
function localInclude(path, name) {
    const slash = path.lastIndexOf('/');
    return repositoryPath(slash === -1 ? name : `${path.slice(0, slash)}/${name}`);
}
/** A normalised repository path of a header, or null when it is not one (not `.h`, or leaves the tree). */
function repositoryPath(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.pop() === undefined)
                return null;
        }
        else {
            parts.push(part);
        }
    }
    const normalised = parts.join('/');
    return normalised.endsWith('.h') ? normalised : null;
}

/**
 * The pairs `files` touch, each once: rust-to-c (rust path, header) sorted by rust then header, then
 * c-to-rust sorted by header then rust.
 *
 * - rust-to-c, for a changed interface file (its new path, or the old one when it moved out of the interface
 *   files): a `.rs` file or a helper `.c` → the headers it names at the base (under either path of a rename)
 *   plus those its added lines name; an interface header (the bindings header) → only those its added and
 *   removed lines name, since it includes every header any binding needs and a one-line change to it concerns
 *   one header. Without hunks (a path list), only the base is known: a header then names nothing.
 * - c-to-rust, for a changed path (either path of a rename) that the map knows as a header → one pair per Rust
 *   side naming it.
 *
 * @example interfacePairs([{ path: 'include/linux/phy.h', status: 'modified' }], map, isInterfaceFile)
 *   // → [{ direction: 'c-to-rust', rust: 'rust/bindings/bindings_helper.h', header: 'include/linux/phy.h' },
 *   //    { direction: 'c-to-rust', rust: 'rust/kernel/net/phy.rs', header: 'include/linux/phy.h' }]
 */
function interfacePairs(files, map, isInterfaceFile) {
    const rustToC = new PairSet();
    const cToRust = new PairSet();
    for (const file of files) {
        const paths = file.previousPath === undefined ? [file.path] : [file.path, file.previousPath];
        const rust = paths.find(isInterfaceFile);
        if (rust !== undefined) {
            for (const header of namedByChange(file, paths, rust, map))
                rustToC.add(rust, header);
        }
        for (const header of paths) {
            for (const side of map.rustOf.get(header) ?? [])
                cToRust.add(side, header);
        }
    }
    return [
        ...rustToC.sorted('rust-to-c', (a, b) => compare(a.rust, b.rust) || compare(a.header, b.header)),
        ...cToRust.sorted('c-to-rust', (a, b) => compare(a.header, b.header) || compare(a.rust, b.rust)),
    ];
}
/** The headers a changed interface file names for rust-to-c (see interfacePairs). */
function namedByChange(file, paths, rust, map) {
    const headers = new Set();
    const onlyChangedLines = rust.endsWith('.h');
    if (!onlyChangedLines) {
        for (const path of paths)
            for (const header of map.headersOf.get(path) ?? [])
                headers.add(header);
    }
    for (const hunk of file.hunks ?? []) {
        for (const line of hunk.lines) {
            const marker = line[0];
            if (marker === '+' || (onlyChangedLines && marker === '-')) {
                for (const header of headersInLine(rust, line.slice(1)))
                    headers.add(header);
            }
        }
    }
    return headers;
}
/** Pairs of one direction, each once. */
class PairSet {
    pairs = new Map();
    add(rust, header) {
        // NUL cannot occur in a path, so the key is unambiguous.
        this.pairs.set(`${rust}\u0000${header}`, { rust, header });
    }
    sorted(direction, order) {
        return [...this.pairs.values()].sort(order).map(({ rust, header }) => ({ direction, rust, header }));
    }
}

/**
 * One run per hunk with new-side lines. Hunks are never joined, even when their numbers touch: a series'
 * hunks are concatenated across patches (merge-series.ts), so touching numbers may belong to different
 * versions of the file.
 *
 * @example knownRuns([{ oldStart: 1, newStart: 1, lines: [' a', '-b', '+c'] }])
 *   // → [{ start: 1, lines: ['a', 'c'], added: [false, true] }]
 */
function knownRuns(hunks) {
    const runs = [];
    for (const hunk of hunks) {
        const run = { start: hunk.newStart, lines: [], added: [] };
        for (const line of hunk.lines) {
            if (line[0] === '-')
                continue;
            run.lines.push(line.slice(1));
            run.added.push(line[0] === '+');
        }
        if (run.lines.length > 0)
            runs.push(run);
    }
    return runs;
}
/**
 * Whether an added line of the run holds `word`. A check whose findings all sit on an added line holding a
 * word (`unsafe`, `#!`) skips the other runs unlexed: lexing only blanks comments and literals, so the word
 * is in the code only if it is in the text.
 */
function addedLineIncludes(run, word) {
    return run.lines.some((line, index) => run.added[index] && line.includes(word));
}

/**
 * Just enough of Rust's lexical structure for the checks
 * (docs/RUST-REVIEW.md, "What does not fool the checks"): which text is code and which is a comment or a literal. `"unsafe {"` in a string, `'{'` as a
 * char, `// unsafe {` and a block comment around `unsafe {` must not read as an unsafe block, and `SAFETY:`
 * counts only in a comment.
 *
 * It reads a run of consecutive lines and starts in code: the diff shows the checks runs of a file, never
 * what came before them (a run starting inside a block comment or a string is misread, and the checks say
 * "cannot tell" rather than "missing" near a run's top for that reason too).
 */
/** The prefixes that make the string after them raw: `r"…"`, `br#"…"#`, `cr"…"`. */
const RAW_PREFIXES = new Set(['r', 'br', 'cr']);
/** The prefixes of a string that still has escapes: `b"…"`, `c"…"`. */
const STRING_PREFIXES = new Set(['b', 'c']);
/**
 * Lexes consecutive lines of one Rust file.
 *
 * @example lexRust(['f("unsafe {"); // SAFETY: x']).map((l) => [l.code.replace(/ +/g, ' '), l.comments])
 *   // → [['f( ); ', [{ text: ' SAFETY: x', doc: false }]]]
 */
function lexRust(lines) {
    let state = { mode: 'code' };
    return lines.map((line) => {
        const lexer = new LineLexer(line, state);
        const lexed = lexer.run();
        state = lexer.state;
        return lexed;
    });
}
class LineLexer {
    line;
    state;
    out;
    comments = [];
    i = 0;
    /** The entry of a block comment opened on this line, which its text goes into. */
    opened = null;
    constructor(line, state) {
        this.line = line;
        this.state = state;
        // UTF-16 units, as the indices are: blanking a character keeps every column where it was.
        this.out = line.split('');
    }
    run() {
        while (this.i < this.line.length) {
            switch (this.state.mode) {
                case 'block':
                    this.inBlockComment(this.state);
                    break;
                case 'string':
                    this.inString();
                    break;
                case 'raw':
                    this.inRawString(this.state.hashes);
                    break;
                default:
                    this.inCode();
            }
        }
        return { code: this.out.join(''), comments: this.comments };
    }
    blank(from, to) {
        for (let k = from; k < to; k++)
            this.out[k] = ' ';
    }
    inCode() {
        const { line, i } = this;
        const c = line[i];
        if (c === '/' && line[i + 1] === '/') {
            const text = line.slice(i + 2);
            // `////` is an ordinary comment; `///` and `//!` are doc comments.
            const doc = (text.startsWith('/') && !text.startsWith('//')) || text.startsWith('!');
            this.comments.push({ text, doc });
            this.blank(i, line.length);
            this.i = line.length;
        }
        else if (c === '/' && line[i + 1] === '*') {
            const after = line.slice(i + 2, i + 4);
            const doc = (after.startsWith('*') && after !== '**' && after !== '*/') || after.startsWith('!');
            this.blank(i, i + 2);
            this.i = i + 2;
            this.state = { mode: 'block', depth: 1, doc };
            this.opened = { text: '', doc };
            this.comments.push(this.opened);
        }
        else if (c === '"') {
            this.blank(i, i + 1);
            this.i = i + 1;
            this.state = { mode: 'string' };
        }
        else if (c === "'") {
            this.charOrLifetime();
        }
        else if (/[A-Za-z_]/.test(c)) {
            this.word();
        }
        else {
            this.i = i + 1;
        }
    }
    /** An identifier, or the prefix of a byte, C or raw string. */
    word() {
        const { line, i } = this;
        let end = i;
        while (end < line.length && /\w/.test(line[end]))
            end++;
        const word = line.slice(i, end);
        if (RAW_PREFIXES.has(word)) {
            let hashes = 0;
            while (line[end + hashes] === '#')
                hashes++;
            if (line[end + hashes] === '"') {
                this.blank(i, end + hashes + 1);
                this.i = end + hashes + 1;
                this.state = { mode: 'raw', hashes };
                return;
            }
        }
        if (STRING_PREFIXES.has(word) && line[end] === '"') {
            this.blank(i, end + 1);
            this.i = end + 1;
            this.state = { mode: 'string' };
            return;
        }
        if (word === 'b' && line[end] === "'") {
            this.blank(i, end);
            this.i = end;
            this.charOrLifetime();
            return;
        }
        this.i = end;
    }
    /**
     * `'x'`, `'\n'`, `'\u{1F980}'`, `'🦀'` are chars; `'a` in `&'a T` or `'outer: loop` is a lifetime or label,
     * which Rust tells apart by the quote that closes a char right after its one character.
     */
    charOrLifetime() {
        const { line, i } = this;
        if (line[i + 1] === '\\') {
            let end = i + 3; // past the quote, the backslash and the escaped character (which may be a quote)
            while (end < line.length && line[end] !== "'")
                end++;
            this.blank(i, end + 1);
            this.i = end + 1;
            return;
        }
        const point = line.codePointAt(i + 1);
        const width = point === undefined ? 1 : point > 0xffff ? 2 : 1;
        if (point !== undefined && line[i + 1 + width] === "'") {
            this.blank(i, i + 2 + width);
            this.i = i + 2 + width;
            return;
        }
        this.i = i + 1;
    }
    inString() {
        const { line } = this;
        let k = this.i;
        while (k < line.length && line[k] !== '"')
            k += line[k] === '\\' ? 2 : 1;
        const end = Math.min(k + 1, line.length);
        this.blank(this.i, end);
        this.i = end;
        if (k < line.length)
            this.state = { mode: 'code' };
    }
    inRawString(hashes) {
        const closing = '"' + '#'.repeat(hashes);
        const at = this.line.indexOf(closing, this.i);
        const end = at < 0 ? this.line.length : at + closing.length;
        this.blank(this.i, end);
        this.i = end;
        if (at >= 0)
            this.state = { mode: 'code' };
    }
    /** Block comments nest in Rust: `/* a /* b *\/ still a comment *\/`. */
    inBlockComment(state) {
        const { line } = this;
        const start = this.i;
        let k = start;
        let depth = state.depth;
        while (k < line.length && depth > 0) {
            if (line[k] === '/' && line[k + 1] === '*') {
                depth++;
                k += 2;
            }
            else if (line[k] === '*' && line[k + 1] === '/') {
                depth--;
                k += 2;
            }
            else
                k++;
        }
        const textEnd = depth === 0 ? k - 2 : k;
        // A comment opened on this line already has its entry; one carried over from the line above gets one here.
        if (this.opened)
            this.opened.text += line.slice(start, textEnd);
        else
            this.comments.push({ text: line.slice(start, textEnd), doc: state.doc });
        this.opened = null;
        this.blank(start, k);
        this.i = k;
        this.state = depth === 0 ? { mode: 'code' } : { mode: 'block', depth, doc: state.doc };
    }
}

const INNER_ATTRIBUTE = /#!\s*\[/g;
const FEATURE_LIST = /\bfeature\s*\(([^)]*)\)/g;
/** One finding per added inner attribute that enables features; the message names them. */
function checkFeatureAttributes(path, hunks, sink) {
    for (const run of knownRuns(hunks)) {
        // A finding is a `#!` on an added line.
        if (!addedLineIncludes(run, '#!'))
            continue;
        const code = lexRust(run.lines).map((line) => line.code);
        const text = code.join('\n');
        for (const match of text.matchAll(INNER_ATTRIBUTE)) {
            const at = match.index;
            const line = lineOf(code, at);
            if (!run.added[line])
                continue;
            const body = text.slice(at + match[0].length, closingBracket(text, at + match[0].length));
            const features = [...body.matchAll(FEATURE_LIST)].flatMap((list) => list[1]
                .split(',')
                .map((name) => name.trim())
                .filter((name) => name !== ''));
            if (features.length === 0)
                continue;
            const names = features.map((name) => `\`${name}\``).join(', ');
            const noun = features.length === 1 ? 'feature' : 'features';
            sink.findings.push({
                check: 'unstable-feature',
                path,
                line: run.start + line,
                message: `\`#![feature(...)]\` enables the unstable ${noun} ${names}`,
            });
        }
    }
}
/** The index of the `]` that closes the attribute opened just before `from`, or the text's end. */
function closingBracket(text, from) {
    let depth = 1;
    for (let k = from; k < text.length; k++) {
        if (text[k] === '[')
            depth++;
        else if (text[k] === ']' && --depth === 0)
            return k;
    }
    return text.length;
}
function lineOf(code, offset) {
    let line = 0;
    for (let seen = code[0].length + 1; seen <= offset; seen += code[++line].length + 1)
        ;
    return line;
}

/**
 * The changed lines of a hunk, in order.
 *
 * @example changedLines({ oldStart: 5, newStart: 5, lines: [' a', '-b', '+c'] }).map((l) => l.newLine) // → [6, 6]
 */
function changedLines(hunk) {
    const numbers = [];
    let next = hunk.newStart;
    for (const line of hunk.lines)
        numbers.push(line[0] === '-' ? null : next++);
    const changed = [];
    hunk.lines.forEach((line, index) => {
        const marker = line[0];
        if (marker !== '+' && marker !== '-')
            return;
        changed.push({
            hunk,
            index,
            marker,
            text: line.slice(1),
            newLine: numbers[index] ?? nearestNumber(numbers, index),
        });
    });
    return changed;
}
function nearestNumber(numbers, index) {
    for (let k = index + 1; k < numbers.length; k++)
        if (numbers[k] !== null)
            return numbers[k];
    for (let k = index - 1; k >= 0; k--)
        if (numbers[k] !== null)
            return numbers[k];
    return null;
}
/**
 * The lines above a changed line in its own version of the file, nearest first, without markers: context
 * and added lines for an added line, context and removed lines for a removed one.
 */
function* linesAbove(line) {
    const { lines } = line.hunk;
    for (let k = line.index - 1; k >= 0; k--) {
        if (lines[k][0] === ' ' || lines[k][0] === line.marker)
            yield lines[k].slice(1);
    }
}
/** The lines below a changed line in its own version of the file, nearest first, without markers. */
function* linesBelow(line) {
    const { lines } = line.hunk;
    for (let k = line.index + 1; k < lines.length; k++) {
        if (lines[k][0] === ' ' || lines[k][0] === line.marker)
            yield lines[k].slice(1);
    }
}
/** Whether the hunk starts at the top of the changed line's version of the file: nothing is above it. */
function startsAtTop(line) {
    return (line.marker === '+' ? line.hunk.newStart : line.hunk.oldStart) <= 1;
}

/**
 * The first changed line of the new file: a removed file, or a change without diff text (a pure rename,
 * a path list), has none.
 */
function wholeFileLine(file) {
    if (file.status === 'removed')
        return null;
    for (const hunk of file.hunks ?? []) {
        const [first] = changedLines(hunk);
        if (first)
            return first.newLine;
    }
    return null;
}

/** The kernel's features file, whose assignment is looked for; also the name messages give it. */
const KERNEL_FEATURES_FILE = 'scripts/Makefile.build';
/** `rust_allowed_features := a,b` (or `=`, `+=`, `?=`, `::=`), and what follows the operator. */
const ASSIGNMENT = /^\s*rust_allowed_features\s*(?:::?=|\+=|\?=|=)(.*)$/;
/** Any make assignment: a chain of continued lines that starts with one of another variable is not the list. */
const ANY_ASSIGNMENT = /^\s*[\w.-]+\s*(?:::?=|\+=|\?=|=)/;
/** Any change to a features file other than the kernel's: one finding for the file. */
function checkFeaturesFile(file, sink) {
    sink.findings.push({
        check: 'unstable-feature',
        path: file.path,
        line: wholeFileLine(file),
        message: `${file.status === 'removed' ? 'removes' : 'changes'} the list of allowed unstable features in ${file.path}`,
    });
}
/**
 * A change to the `rust_allowed_features` assignment of scripts/Makefile.build (also a line continued from
 * it with `\`): one finding naming the features it allows or no longer allows.
 */
function checkKernelFeaturesList(file, sink) {
    const before = new Set();
    const after = new Set();
    let shown;
    for (const hunk of file.hunks ?? []) {
        let undecided = false;
        for (const line of changedLines(hunk)) {
            const part = assignmentPart(line);
            if (part === 'unknown' && !undecided) {
                // One note per hunk: its removed and added lines are one change.
                undecided = true;
                const reason = `cannot tell whether this line continues \`rust_allowed_features\`: the lines above are not in the diff`;
                sink.unchecked.push({ check: 'unstable-feature', path: file.path, line: line.newLine ?? 1, reason });
            }
            if (part === null || part === 'unknown')
                continue;
            for (const name of part.split(/[\s,\\]+/))
                if (name !== '')
                    (line.marker === '+' ? after : before).add(name);
            if (!shown || (shown.marker === '-' && line.marker === '+'))
                shown = line;
        }
    }
    if (!shown)
        return;
    sink.findings.push({
        check: 'unstable-feature',
        path: file.path,
        line: file.status === 'removed' ? null : shown.newLine,
        message: describeChange$1([...after].filter((name) => !before.has(name)), [...before].filter((name) => !after.has(name))),
    });
}
/**
 * The feature names a changed line holds when it is part of the assignment, null when it is not, `unknown`
 * when it continues a line above the hunk.
 */
function assignmentPart(line) {
    const own = ASSIGNMENT.exec(line.text);
    if (own)
        return own[1];
    let continued = false;
    for (const above of linesAbove(line)) {
        if (!above.trimEnd().endsWith('\\'))
            return null;
        continued = true;
        if (ASSIGNMENT.test(above))
            return line.text;
        if (ANY_ASSIGNMENT.test(above))
            return null;
    }
    // Nothing above in the hunk, or a chain of continued lines that runs off its top.
    return continued && !startsAtTop(line) ? 'unknown' : null;
}
function describeChange$1(allowed, dropped) {
    const list = (names) => `unstable feature${names.length === 1 ? '' : 's'} ${names.map((name) => `\`${name}\``).join(', ')}`;
    const where = `in \`rust_allowed_features\` (${KERNEL_FEATURES_FILE})`;
    if (allowed.length > 0 && dropped.length > 0)
        return `allows the ${list(allowed)} and no longer the ${list(dropped)} ${where}`;
    if (allowed.length > 0)
        return `allows the ${list(allowed)} ${where}`;
    if (dropped.length > 0)
        return `no longer allows the ${list(dropped)} ${where}`;
    return `changes the list of allowed unstable features ${where}`;
}

/**
 * Where a run of lexed Rust uses `unsafe` in a way that must be explained (docs/RUST-REVIEW.md,
 * "safety-comment"): an `unsafe { … }` block, an `unsafe impl`, a `pub unsafe fn`. Reads tokens, not lines,
 * so `unsafe` and its `{` may be on different lines, and `unsafe` inside a macro's body or arguments is found
 * like any other.
 */
/** An identifier or keyword, or any other single non-blank character. */
const TOKEN = /[A-Za-z_]\w*|\S/g;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
/** Qualifiers that may stand between the visibility and `unsafe`: `pub const unsafe fn`. */
const FN_QUALIFIERS = new Set(['const', 'async', 'default']);
/**
 * Finds the unsafe sites in lexed code (literals and comments blanked, see lex-rust.ts).
 *
 * Not sites: `unsafe fn` without `pub` (its callers' blocks carry the burden), `unsafe trait`,
 * `unsafe extern` blocks, `unsafe fn(…)` pointer types, `#[unsafe(no_mangle)]`, the raw identifier
 * `r#unsafe`. An `unsafe` whose next token is past the run's end is `undecided`.
 *
 * @example findUnsafe(['let x = unsafe {', '    f()', '};']).sites // → [{ kind: 'block', line: 0, itemLine: 0 }]
 */
function findUnsafe(code) {
    const tokens = tokenize(code);
    const sites = [];
    const undecided = [];
    tokens.forEach((token, k) => {
        if (token.text !== 'unsafe' || tokens[k - 1]?.text === '#')
            return;
        const next = tokens[k + 1];
        if (!next) {
            undecided.push(token.line);
            return;
        }
        if (next.text === '{')
            sites.push({ kind: 'block', line: token.line, itemLine: token.line });
        else if (next.text === 'impl')
            sites.push({ kind: 'impl', line: token.line, itemLine: token.line });
        else {
            const fnAt = next.text === 'extern' ? k + 2 : k + 1;
            const name = tokens[fnAt + 1]?.text;
            if (tokens[fnAt]?.text !== 'fn' || name === undefined || !IDENTIFIER.test(name))
                return;
            const visibility = visibilityBefore(tokens, k);
            if (visibility)
                sites.push({ kind: 'pub-fn', line: token.line, itemLine: visibility.line, name });
        }
    });
    return { sites, undecided };
}
function tokenize(code) {
    const tokens = [];
    code.forEach((text, line) => {
        for (const match of text.matchAll(TOKEN))
            tokens.push({ text: match[0], line });
    });
    return tokens;
}
/** The `pub` token of `pub`, `pub(crate)`, `pub(in path)` before `unsafe` (past `const`/`async`), if any. */
function visibilityBefore(tokens, unsafeAt) {
    let j = unsafeAt - 1;
    while (j >= 0 && FN_QUALIFIERS.has(tokens[j].text))
        j--;
    if (tokens[j]?.text === 'pub')
        return tokens[j];
    if (tokens[j]?.text !== ')')
        return undefined;
    let depth = 0;
    for (; j >= 0; j--) {
        if (tokens[j].text === ')')
            depth++;
        else if (tokens[j].text === '(' && --depth === 0)
            break;
    }
    return tokens[j - 1]?.text === 'pub' ? tokens[j - 1] : undefined;
}

/** `SAFETY:` opening a comment's text; `*` and blanks before it are a block comment's margin. */
const SAFETY = /^[\s*]*SAFETY:/;
/** A `# Safety` heading in a doc comment, at any level. */
const SAFETY_SECTION = /^[\s/!*]*#+\s*Safety\b/;
/** How far up a multi-line attribute's `#[` is looked for. */
const MAX_ATTRIBUTE_LINES = 20;
const MESSAGES = {
    block: () => '`unsafe` block without a `// SAFETY:` comment just above it',
    impl: () => '`unsafe impl` without a `// SAFETY:` comment just above it',
    'pub-fn': (site) => `\`pub unsafe fn ${site.name}\` without a \`# Safety\` section in its doc comment`,
};
const UNKNOWN_REASONS = {
    block: 'the lines just above this `unsafe` block are not in the diff, so its `// SAFETY:` comment cannot be seen',
    impl: 'the lines just above this `unsafe impl` are not in the diff, so its `// SAFETY:` comment cannot be seen',
    'pub-fn': 'the doc comment of this `pub unsafe fn` is not wholly in the diff, so its `# Safety` section cannot be seen',
};
/**
 * Checks the added lines of one Rust file. One finding per line and kind: two bare blocks on one line are
 * one thing to fix.
 */
function checkSafetyComments(path, hunks, sink) {
    for (const run of knownRuns(hunks)) {
        // Every finding and unchecked place is an `unsafe` on an added line.
        if (!addedLineIncludes(run, 'unsafe'))
            continue;
        const lexed = lexRust(run.lines);
        const { sites, undecided } = findUnsafe(lexed.map((line) => line.code));
        const seen = new Set();
        for (const site of sites) {
            const key = `${site.kind}:${site.line}`;
            if (!run.added[site.line] || seen.has(key))
                continue;
            seen.add(key);
            let verdict = site.kind === 'pub-fn' ? safetySection(lexed, site.itemLine) : safetyComment(lexed, site.line);
            // A run that starts at line 1 has nothing above it: what it lacks is missing, not unseen.
            if (verdict === 'unknown' && run.start === 1)
                verdict = 'missing';
            const line = run.start + site.line;
            if (verdict === 'missing')
                sink.findings.push({ check: 'safety-comment', path, line, message: MESSAGES[site.kind](site) });
            if (verdict === 'unknown')
                sink.unchecked.push({ check: 'safety-comment', path, line, reason: UNKNOWN_REASONS[site.kind] });
        }
        for (const index of new Set(undecided)) {
            if (!run.added[index])
                continue;
            const reason = 'what follows this `unsafe` is not in the diff, so whether it is a block cannot be told';
            sink.unchecked.push({ check: 'safety-comment', path, line: run.start + index, reason });
        }
    }
}
/**
 * A `// SAFETY:` comment on the line itself, or in the block of comment-only lines directly above it (the
 * SAFETY paragraph may follow other comment lines, and run over several). Code or a blank line ends the
 * block: a SAFETY comment above those explains something else. Reaching the run's top inside the block is
 * "unknown": it may go on above.
 */
function safetyComment(lexed, at) {
    if (lexed[at].comments.some(isSafetyComment))
        return 'explained';
    let i = at - 1;
    for (; i >= 0 && isCommentOnly(lexed[i]); i--) {
        if (lexed[i].comments.some(isSafetyComment))
            return 'explained';
    }
    return i < 0 ? 'unknown' : 'missing';
}
/**
 * A `# Safety` heading in the doc comment above the item at `itemLine`, past attributes (`#[inline]`,
 * `#[must_use]`, also over several lines) and plain comments between the doc and the item.
 */
function safetySection(lexed, itemLine) {
    let i = itemLine - 1;
    while (i >= 0) {
        const line = lexed[i];
        const code = line.code.trim();
        if (code === '' && line.comments.length > 0) {
            if (line.comments.some((comment) => comment.doc && SAFETY_SECTION.test(comment.text)))
                return 'explained';
            i--;
        }
        else if (code.startsWith('#[')) {
            i--;
        }
        else if (code.endsWith(']')) {
            const start = attributeStart(lexed, i);
            if (start === null)
                break;
            i = start - 1;
        }
        else
            break;
    }
    return i < 0 ? 'unknown' : 'missing';
}
/**
 * The line where the attribute ending on `end` opens with `#[`; null if it is not an attribute. When the
 * search reaches the run's top, 0: the caller then stands at the top, where it cannot tell.
 */
function attributeStart(lexed, end) {
    for (let k = end; k >= 0 && k > end - MAX_ATTRIBUTE_LINES; k--) {
        if (lexed[k].code.trim().startsWith('#['))
            return k;
    }
    return end < MAX_ATTRIBUTE_LINES ? 0 : null;
}
function isCommentOnly(line) {
    return line.comments.length > 0 && line.code.trim() === '';
}
/** A plain comment opening with `SAFETY:`; a doc comment documents the item, it does not justify the block. */
function isSafetyComment(comment) {
    return !comment.doc && SAFETY.test(comment.text);
}

/** The kernel's file of minimum tool versions; also the name messages give it. */
const MIN_TOOL_VERSION_FILE = 'scripts/min-tool-version.sh';
/** The arms of min-tool-version.sh that pin the Rust toolchain. */
const RUST_TOOLS = ['rustc', 'bindgen'];
/** A `case` arm's pattern line: `rustc)`, `gcc|clang)`, `*)`. */
const ARM_PATTERN = /^\s*([^\s()]+(?:\s*\|\s*[^\s()]+)*)\s*\)/;
/** Lines that end an arm or the whole `case`: whatever is under them is in no arm. */
const ARM_END = /^\s*(?:;;|;&|;;&|esac\b|case\b)/;
/** The `case` line itself: a line above it is in no arm. */
const CASE_START = /^\s*case\b/;
const VERSION = /\b\d+(?:\.\d+)+\b/;
/** Any change to a file that pins the toolchain: one finding for the file. */
function checkToolchainFile(file, sink) {
    const verb = file.status === 'removed' ? 'removes' : file.status === 'added' ? 'adds' : 'changes';
    sink.findings.push({
        check: 'toolchain',
        path: file.path,
        line: wholeFileLine(file),
        message: `${verb} the pinned Rust toolchain file ${file.path}`,
    });
}
/** A change in the `rustc)` or `bindgen)` arm of min-tool-version.sh: one finding per tool. */
function checkMinToolVersion(file, sink) {
    const arms = new Map();
    for (const hunk of file.hunks ?? []) {
        let undecided = false;
        for (const line of changedLines(hunk)) {
            const arm = armOf(line);
            if (arm === undefined) {
                if (!undecided) {
                    const reason = `cannot tell which tool's \`case\` arm of ${MIN_TOOL_VERSION_FILE} this change is in: the arm starts above the diff's lines`;
                    sink.unchecked.push({ check: 'toolchain', path: file.path, line: line.newLine ?? 1, reason });
                }
                undecided = true;
                continue;
            }
            const tool = arm?.find((name) => RUST_TOOLS.includes(name));
            if (tool === undefined)
                continue;
            const change = arms.get(tool) ?? { shown: line };
            const version = VERSION.exec(line.text)?.[0];
            if (version !== undefined)
                change[line.marker === '+' ? 'added' : 'removed'] ??= version;
            if (change.shown.marker === '-' && line.marker === '+')
                change.shown = line;
            arms.set(tool, change);
        }
    }
    for (const tool of RUST_TOOLS) {
        const change = arms.get(tool);
        if (!change)
            continue;
        sink.findings.push({
            check: 'toolchain',
            path: file.path,
            line: file.status === 'removed' ? null : change.shown.newLine,
            message: describeChange(tool, change),
        });
    }
}
/**
 * The tool names of the arm a changed line is in: null when it is in none (above the `case`, or between
 * `;;` and the next pattern), undefined when the hunk does not reach up to the arm's pattern line.
 */
function armOf(line) {
    const own = ARM_PATTERN.exec(line.text);
    if (own)
        return armNames(own[1]);
    for (const above of linesAbove(line)) {
        if (ARM_END.test(above))
            return null;
        const pattern = ARM_PATTERN.exec(above);
        if (pattern)
            return armNames(pattern[1]);
    }
    if (startsAtTop(line))
        return null;
    // Nothing above says; a `case` line below, before any arm, puts the line above the whole `case`.
    for (const below of linesBelow(line)) {
        if (CASE_START.test(below))
            return null;
        if (ARM_PATTERN.test(below) || ARM_END.test(below))
            break;
    }
    return undefined;
}
function armNames(pattern) {
    return pattern.split('|').map((name) => name.trim().replace(/^["']|["']$/g, ''));
}
function describeChange(tool, change) {
    const { removed, added } = change;
    if (removed !== undefined && added !== undefined && removed !== added) {
        const verb = compareVersions(added, removed) > 0 ? 'raises' : 'lowers';
        return `${verb} the minimum ${tool} from ${removed} to ${added}`;
    }
    return `changes the minimum ${tool} version in ${MIN_TOOL_VERSION_FILE}`;
}
/** Numeric, part by part: 1.80.0 is above 1.8.0. */
function compareVersions(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
        const diff = (left[k] ?? 0) - (right[k] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

/** As `rust.files` (routing/classify-rust.ts): dot files match, `!` and `#` are literal, `/` separates. */
const GLOB_OPTIONS = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/** Characters that make a pattern a glob rather than a path. */
const GLOB_CHARS = /[*?[\]{}()!+@]/;
/**
 * Compiles patterns into one test. A pattern minimatch refuses matches nothing: the policy's validation
 * reports it; the checks must not fail on it.
 *
 * @example compilePathSet(['scripts/Makefile.build', 'rust/*.toml'])('rust/x.toml') // → true
 */
function compilePathSet(patterns) {
    const exact = new Set();
    const globs = [];
    for (const pattern of patterns) {
        if (!GLOB_CHARS.test(pattern)) {
            exact.add(pattern);
            continue;
        }
        try {
            const matcher = new (lazyRequire('minimatch').Minimatch)(pattern, GLOB_OPTIONS);
            globs.push((path) => matcher.match(path));
        }
        catch {
            // reported by the policy's validation
        }
    }
    return (path) => exact.has(path) || globs.some((matches) => matches(path));
}

/** Toolchain files wherever they are: rustup reads them in any directory it builds in. */
const TOOLCHAIN_BASENAMES = new Set(['rust-toolchain', 'rust-toolchain.toml']);
/**
 * A rustup toolchain file, in any directory: checked by `toolchain` whatever `rust.toolchain-files` says.
 *
 * @example isRustupToolchainFile('samples/rust/rust-toolchain.toml') // → true
 */
function isRustupToolchainFile(path) {
    return TOOLCHAIN_BASENAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * Runs every check that is not `off` on the changed files.
 *
 * - A deleted file has no added lines, so no safety or `#![feature]` finding; its removal of the features
 *   list or a toolchain pin is a finding, with line null.
 * - A file without hunks (a path list, a binary file, a diff GitHub left out) is not checked line by line;
 *   a toolchain or features file is still a finding for the file, since its path says enough.
 * - A place whose deciding lines are not in the diff is in `unchecked`, never a finding.
 *
 * @param isRust whether a path is Rust (the policy's `rust.files`).
 * @example reviewDiff([{ path: 'rust/x.rs', status: 'added', hunks: [{ oldStart: 0, newStart: 1, lines: ['+unsafe { f() }'] }] }], DEFAULT_RUST_REVIEW, (p) => p.endsWith('.rs'))
 *   // → { findings: [{ check: 'safety-comment', path: 'rust/x.rs', line: 1,
 *   //      message: '`unsafe` block without a `// SAFETY:` comment just above it' }], unchecked: [] }
 */
function reviewDiff(files, policy, isRust) {
    const sink = { findings: [], unchecked: [] };
    const on = (check) => policy.checks[check] !== 'off';
    const isFeaturesFile = compilePathSet(policy.featuresFiles);
    const isToolchainFile = compilePathSet(policy.toolchainFiles);
    for (const file of files) {
        if (file.status === 'unchanged')
            continue;
        if (file.hunks && file.status !== 'removed' && isRust(file.path)) {
            if (on('safety-comment'))
                checkSafetyComments(file.path, file.hunks, sink);
            if (on('unstable-feature'))
                checkFeatureAttributes(file.path, file.hunks, sink);
        }
        if (on('unstable-feature') && isFeaturesFile(file.path)) {
            if (file.path !== KERNEL_FEATURES_FILE)
                checkFeaturesFile(file, sink);
            else if (file.hunks)
                checkKernelFeaturesList(file, sink);
        }
        if (on('toolchain')) {
            if (file.path === MIN_TOOL_VERSION_FILE) {
                if (isToolchainFile(file.path) && file.hunks)
                    checkMinToolVersion(file, sink);
            }
            else if (isRustupToolchainFile(file.path) || isToolchainFile(file.path))
                checkToolchainFile(file, sink);
        }
    }
    return sink;
}

/** Checks whose findings go to the Rust tree whatever the path's owner. */
const ROUTED_TO_CORE = new Set(['unstable-feature', 'toolchain']);
/**
 * Reviews the change: checks on its hunks, interface pairs from `map` (none without one).
 *
 * @example reviewRoutes(files, compiled, shared, map, { author: 'alice', approvedBy: [] }).findings
 *   // → [{ check: 'unstable-feature', path: 'drivers/gpu/nova/lib.rs', line: 3, severity: 'warn', subsystem: 'RUST', … }]
 */
function reviewRoutes(files, compiled, shared, map, review) {
    const { policy } = compiled;
    const { rustReview, labels: statusLabels } = policy;
    const coreIndex = policy.subsystems.findIndex((subsystem) => subsystem.stance === 'core');
    const coreName = coreIndex === -1 ? null : policy.subsystems[coreIndex].name;
    const checked = reviewDiff(files, rustReview, (path) => compiled.isRust(path));
    failClosed(files, rustReview, (path) => compiled.isRust(path), checked);
    // In file and line order, as a reader goes through the diff.
    const findings = checked.findings
        .map((finding) => ({
        ...finding,
        severity: rustReview.checks[finding.check] === 'block' ? 'block' : 'warn',
        subsystem: coreName,
    }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    const routedToCore = findings.some((finding) => ROUTED_TO_CORE.has(finding.check));
    const pairs = [];
    if (map !== undefined) {
        const isInterfaceFile = compileInterfaceFiles(rustReview.interfaceFiles);
        for (const pair of interfacePairs(files, map, isInterfaceFile)) {
            pairs.push({ pair, owners: pairOwners(pair, compiled, shared) });
        }
    }
    const interfaceOwners = [...new Set(pairs.flatMap((entry) => entry.owners))];
    const labels = [];
    if (findings.some((finding) => finding.check === 'unstable-feature'))
        labels.push(statusLabels['unstable-feature']);
    if (findings.some((finding) => finding.check === 'toolchain'))
        labels.push(statusLabels.toolchain);
    if (pairs.some((entry) => entry.pair.direction === 'c-to-rust'))
        labels.push(statusLabels['bindings-affected']);
    if (routedToCore)
        labels.push(...(policy.subsystems[coreIndex]?.labels ?? []));
    labels.push(...interfaceOwners.flatMap((index) => policy.subsystems[index].labels));
    const blocking = findings.filter((finding) => finding.severity === 'block');
    // With no Rust tree in the policy nobody could lift the hold: the findings stay, as warnings would
    // (`validate` says so, docs/RUST-REVIEW.md, "Holds from checks").
    const hold = blocking.length === 0 || coreIndex === -1
        ? null
        : {
            ...holdOf(policy.subsystems[coreIndex], 'opt-out', [...new Set(blocking.map((f) => f.path))], review),
            checks: [...new Set(blocking.map((finding) => finding.check))],
        };
    return {
        findings,
        unchecked: checked.unchecked,
        pairs,
        core: routedToCore ? coreIndex : -1,
        interfaceOwners,
        labels: labels.filter((label) => label !== null),
        hold,
    };
}
/**
 * Who is asked because of one pair. rust-to-c: the header's owners as for any non-Rust path (a fallback such
 * as THE REST only when nothing else owns it). c-to-rust: the Rust side's deciding owner (its stance owner for
 * a Rust file; the most specific owners for a helper or the bindings header, which are C).
 */
function pairOwners(pair, compiled, shared) {
    if (pair.direction === 'rust-to-c')
        return headerOwners(pair.header, compiled);
    const routed = decideFile(pair.rust, undefined, compiled, shared);
    return routed.decider >= 0 ? [routed.decider] : routed.asked;
}
/** Checks that read a Rust file's added lines (the others judge features and toolchain files by path too). */
const LINE_CHECKS = ['safety-comment', 'unstable-feature'];
/**
 * A Rust file whose diff exists but was not given (too large for GitHub's `patch`, past git's cap) cannot be
 * cleared by a check that reads its lines: under `block` that is a finding, so the Rust tree must look (a huge
 * diff must not be a way around the check); under `warn` a note that it was not checked.
 */
function failClosed(files, review, isRust, into) {
    for (const file of files) {
        if (!file.diffOmitted || file.status === 'removed' || !isRust(file.path))
            continue;
        for (const check of LINE_CHECKS) {
            if (review.checks[check] === 'block') {
                into.findings.push({ check, path: file.path, line: null, message: OMITTED_FINDING });
            }
            else if (review.checks[check] === 'warn') {
                into.unchecked.push({ check, path: file.path, line: null, reason: 'its diff is too large to be shown' });
            }
        }
    }
}
const OMITTED_FINDING = 'not checked: its diff is too large to be shown, and a blocking check does not pass what it cannot read';

/**
 * routeChanges: the whole decision for one change set (docs/ROUTING.md, "The pipeline"), as plain data. Pure: the policy comes
 * compiled, the reviews come as `approvedBy`, nothing is read or written.
 *
 * Each path is decided on its own (decide-file.ts); this file aggregates per subsystem, in one pass over the
 * paths, so a 100k-file PR costs one index lookup per path and nothing quadratic.
 */
/** Every file decision, for numbering (decision, decider) pairs. */
const DECISION_KINDS = [
    'core',
    'opt-in',
    'needs-ack',
    'blocked',
    'owners',
    'unowned',
];
/** The `max-reviewers` default (docs/ROUTING.md, "Reviewers"). */
const DEFAULT_MAX_REVIEWERS = 10;
/** Keyword scanning stops after this much PR text and diff (docs/ROUTING.md, "Keywords": bounded). */
const DEFAULT_KEYWORD_BUDGET_BYTES = 1024 * 1024;
/**
 * Routes a change set.
 *
 * @example
 *   routeChanges({ files: [{ path: 'rust/kernel/str.rs', status: 'modified' }], title: '', body: '', diffLines: [] }, compiled)
 *   // → { files: [{ path: 'rust/kernel/str.rs', decision: 'core', owner: 'RUST', … }], labels: ['rust: core', …],
 *   //     reviewers: ['ojeda', 'alex'], blocked: false, verdict: 'routed', … }
 */
function routeChanges(changes, compiled, options = {}) {
    const { policy } = compiled;
    const approvedBy = options.approvedBy ?? [];
    const shared = new SharedValues(policy.subsystems);
    const tallies = new OwnerTallies();
    const files = [];
    // Status labels depend only on each path's decision and its decider's hold: keep the distinct pairs.
    // Keyed by a number (decision kind, decider), not a string: no key string made for each of 100,000 paths.
    const decided = new Map();
    for (const entry of changedPaths(changes.files)) {
        const routed = decideFile(entry.path, entry.previousPath, compiled, shared);
        tallies.add(routed);
        files.push(routed.decision);
        const { decision } = routed.decision;
        const key = (routed.decider + 1) * DECISION_KINDS.length + DECISION_KINDS.indexOf(decision);
        if (!decided.has(key))
            decided.set(key, { decision, decider: routed.decider });
    }
    const owners = tallies.sorted();
    const texts = changes.keywordLines === undefined
        ? [changes.title, changes.body, ...changes.diffLines]
        : [changes.title, ...changes.keywordLines];
    const keywords = compiled.keywords.scan(texts, options.keywordBudgetBytes ?? DEFAULT_KEYWORD_BUDGET_BYTES);
    const owning = new Set(owners.map((tally) => tally.subsystem));
    const assumed = new Set(options.assumeMentioned ?? []);
    const assumedIndexes = assumed.size === 0 ? [] : policy.subsystems.flatMap((s, i) => (assumed.has(s.name) ? [i] : []));
    const review = reviewRoutes(changes.files, compiled, shared, options.interfaceMap, {
        approvedBy,
        author: options.author,
    });
    // The Rust tree, when findings give it a row of its own, owns those files: it is not also "mentioned".
    const core = coreRowSubsystem(review, owners, policy);
    const mentioned = [...new Set([...keywords.hits.map((hit) => hit.subsystem), ...assumedIndexes])]
        .filter((subsystem) => !owning.has(subsystem) && subsystem !== core)
        .sort((a, b) => a - b);
    const request = pickReviewers(owners.filter((tally) => tally.asked).map((tally) => policy.subsystems[tally.subsystem]), {
        author: options.author,
        maxReviewers: options.maxReviewers ?? DEFAULT_MAX_REVIEWERS,
        later: [
            review.core === -1 ? [] : [policy.subsystems[review.core]],
            review.interfaceOwners.map((index) => policy.subsystems[index]),
        ],
    });
    const holdsBySubsystem = new Map();
    for (const tally of owners) {
        if (tally.heldStance === undefined)
            continue;
        const hold = holdOf(policy.subsystems[tally.subsystem], tally.heldStance, tally.heldFiles, {
            approvedBy,
            author: options.author,
        });
        holdsBySubsystem.set(tally.subsystem, hold);
    }
    const holds = [...holdsBySubsystem.values(), ...(review.hold === null ? [] : [review.hold])];
    const labels = decisionLabels(
    // The decider of a non-Rust or unowned path carries no hold (and may be -1): its owner is irrelevant.
    [...decided.values()].map(({ decision, decider }) => ({
        decision,
        owner: policy.subsystems[decider]?.name ?? null,
    })), new Set(holds.filter(isHeld).map((hold) => hold.subsystem)), [
        ...owners.flatMap((tally) => policy.subsystems[tally.subsystem].labels),
        ...(core === -1 ? [] : policy.subsystems[core].labels),
        ...mentioned.flatMap((subsystem) => policy.subsystems[subsystem].labels),
    ], policy.labels, review.labels, heldByCheck(holds));
    return {
        files,
        mentioned: mentioned.map((subsystem) => policy.subsystems[subsystem].name),
        labels,
        reviewers: request.reviewers,
        teamReviewers: request.teamReviewers,
        blocked: holds.some(isHeld),
        holds,
        verdict: verdictOf(holds),
        managedLabels: managedLabels(policy),
        subsystems: [
            ...owners.map((tally) => ownerReport(tally, policy.subsystems[tally.subsystem], policy.defaultStance, request)),
            ...coreRow(core, review, policy, request),
            ...mentioned.map((subsystem) => mentionedReport(policy.subsystems[subsystem])),
        ],
        keywordScan: keywords.scan,
        keywordHits: keywords.hits.map((hit) => ({
            subsystem: policy.subsystems[hit.subsystem].name,
            pattern: hit.keyword.text,
            origin: hit.keyword.origin,
            line: hit.line,
        })),
        reviewersCapped: request.capped,
        rustFiles: files.filter((file) => file.rust).map((file) => file.path),
        findings: review.findings,
        interfaces: review.pairs.map(({ pair, owners: asked }) => interfaceRoute(pair, asked, policy.subsystems, request)),
        review: {
            unchecked: review.unchecked,
            labels: review.labels,
            interfacesNotRouted: options.interfaceMap === undefined &&
                interfacesWanted(policy, files.map((file) => file.path)),
            interfaceFilesNotRead: options.interfaceMap?.notRead ?? 0,
        },
    };
}
/**
 * The Rust tree's row when a finding sends the PR to it (or it holds blocking findings) but it owns none of the
 * paths: its files are the findings' files. Nothing when it owns a path already (its row is there).
 */
function coreRow(core, review, policy, request) {
    if (core === -1)
        return [];
    const files = [...new Set(review.findings.map((finding) => finding.path))];
    const tally = { files, asked: true, ownsRust: true, heldFiles: [] };
    return [ownerReport(tally, policy.subsystems[core], policy.defaultStance, request)];
}
/** The Rust tree's index when it gets a row of its own (coreRow), else -1. */
function coreRowSubsystem(review, owners, policy) {
    const core = review.core !== -1 ? review.core : policy.subsystems.findIndex((s) => s.name === review.hold?.subsystem);
    return core === -1 || owners.some((tally) => tally.subsystem === core) ? -1 : core;
}
/** One pair as the JSON shows it: the subsystems asked because of it and which of their people were asked. */
function interfaceRoute(pair, asked, subsystems, request) {
    const people = asked.flatMap((index) => [
        ...handlesOf(subsystems[index].maintainers),
        ...handlesOf(subsystems[index].reviewers),
    ]);
    return {
        ...pair,
        owners: asked.map((index) => subsystems[index].name),
        reviewers: [...new Set(people.filter((handle) => request.requested.has(handleKey(handle))))],
    };
}

const PERMISSIONS = new Set(['admin', 'write', 'read', 'none']);
/**
 * A user's permission on the repository, as GitHub's legacy base roles: `maintain` reads as `write`,
 * `triage` as `read`, a custom role as its base. A login GitHub does not know (renamed, deleted: 404) has
 * none. Asked only about approvers whose ack would lift a hold (docs/GATE.md, "Who can ack").
 *
 * @example await getCollaboratorPermission(client, repo, 'hch-lst') // → 'write'
 */
async function getCollaboratorPermission(client, repo, login) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        return PERMISSIONS.has(data.permission) ? data.permission : 'none';
    }
    catch (error) {
        if (classifyRequestError(error).kind === 'not-found')
            return 'none';
        throw describeRequestFailure(`read the repository permission of ${login}`, error);
    }
}

/**
 * The reads that judging acks needs, and no more (docs/GATE.md, "Acks bound to what was reviewed" and
 * "Who can ack"): the PR's changes at each approved commit that is not the head (plus the head's, to compare
 * with), and the permission of each approver whose ack is still bound. A PR whose holds nobody approved
 * costs nothing; an approval of the head costs one permission read.
 */
/** The reads straight from the API, uncached: what one PR's run uses. */
function directAckReads(client, repo) {
    return {
        compare: (base, commit) => compareCommits(client, repo, base, commit),
        permission: (login) => getCollaboratorPermission(client, repo, login),
    };
}
/**
 * Reads what the holds' approvals need and judges them. Comparisons run in parallel (one per distinct
 * approved commit, plus the head), then permission reads (one per bound approver).
 *
 * @example await judgePullAcks(client, repo, { baseSha, headSha, author: 'alice' }, decision.holds, reviews)
 *   // → Map { 'NETWORKING DRIVERS' → { liftedBy: ['davem'], droppedAcks: [], cannotAck: [] } }
 */
async function judgePullAcks(client, repo, subject, holds, reviews, reads = directAckReads(client, repo)) {
    const candidates = ackCandidates(holds, latestVerdicts(reviews), subject.author);
    if (candidates.length === 0)
        return new Map();
    const stale = commitsToCompare(candidates, subject.headSha);
    const patches = new Map();
    if (stale.length > 0) {
        const commits = [subject.headSha, ...stale];
        const compared = await Promise.all(commits.map((commit) => reads.compare(subject.baseSha, commit)));
        for (const [i, comparison] of compared.entries()) {
            // A comparison GitHub no longer knows stays absent: every held file then counts as changed.
            if (comparison !== null)
                patches.set(commits[i], patchSide(comparison));
        }
    }
    const logins = loginsToCheck(holds, candidates, { headSha: subject.headSha, patches });
    const read = await Promise.all(logins.map((login) => reads.permission(login)));
    const permissions = new Map(logins.map((login, i) => [login.toLowerCase(), read[i]]));
    const evidence = { headSha: subject.headSha, patches, permissions };
    return judgeAcks(holds, candidates, evidence);
}
function patchSide(comparison) {
    return {
        files: new Map(comparison.files.map((file) => [
            file.path,
            {
                status: file.status,
                ...(file.previousPath === undefined ? {} : { previousPath: file.previousPath }),
                ...(file.patch === undefined ? {} : { patch: file.patch }),
            },
        ])),
        complete: comparison.complete,
    };
}

/**
 * True when `path` is a directory at `commit` (the contents API answers a directory with an array), false
 * for a file or nothing at all (404). get_maintainer.pl asks the same of the tree with `-d`.
 *
 * @example await isDirectoryAtCommit(client, repo, 'include/drm/drm', baseSha) // → false
 */
async function isDirectoryAtCommit(client, repo, path, commit) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repo, path, ref: commit });
        return Array.isArray(data);
    }
    catch (error) {
        if (classifyRequestError(error).kind === 'not-found')
            return false;
        throw describeRequestFailure(`look up ${path} at commit ${commit}`, error);
    }
}

/**
 * The F:/X: patterns (kernel dialect) that could name a directory: no `.`, `*`, `?` (get_maintainer.pl's `-d`
 * runs on the escaped text, so those never do) and no trailing `/`. Each once, in policy order.
 *
 * @example directoryCandidates(subsystems) // → ['drivers/net/ethernet/3com', 'rust', …]
 */
function directoryCandidates(subsystems) {
    const candidates = new Set();
    for (const subsystem of subsystems) {
        for (const pattern of [...subsystem.files, ...subsystem.exclude]) {
            if (pattern.dialect === 'kernel' && mayNameDirectory(pattern.text))
                candidates.add(pattern.text);
        }
    }
    return [...candidates];
}
/**
 * A pattern names a directory when some path lies below it: on a whole tree's file list this is exactly `-d`
 * (git tracks no empty directories), and on a PR's changed paths it is right for every path routed.
 *
 * @example directoriesOf(['rust/kernel/str.rs'])('rust/kernel') // → true
 * @example directoriesOf(['rust/kernel/str.rs'])('rust/kernel/str.rs') // → false
 */
function directoriesOf(paths) {
    const directories = new Set();
    for (const path of paths) {
        // Walk up from the deepest directory; stop at one already seen, since its ancestors were added with it.
        for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
            const dir = path.slice(0, i);
            if (directories.has(dir))
                break;
            directories.add(dir);
            if (i === 0)
                break;
        }
    }
    return (pattern) => directories.has(pattern);
}

/**
 * More lookups than this would spend a real share of GITHUB_TOKEN's 1,000 requests an hour; the rest are
 * taken as files (a file-prefix match, get_maintainer.pl's answer when `-d` fails) and reported.
 */
const MAX_DIRECTORY_LOOKUPS = 50;
/**
 * Builds the `isDirectory` routing needs for these changed paths.
 *
 * @example await resolveDirectories(client, repo, baseSha, subsystems, ['include/drm/drm_gem.h'])
 *   // → { isDirectory, lookedUp: ['include/drm/drm'], unresolved: [] }
 */
async function resolveDirectories(client, repo, commit, subsystems, paths) {
    const below = directoriesOf(paths);
    const sorted = [...new Set(paths)].sort();
    const undecided = directoryCandidates([...subsystems]).filter((candidate) => !below(candidate) && prefixesAnotherPath(sorted, candidate));
    const lookedUp = undecided.slice(0, MAX_DIRECTORY_LOOKUPS);
    const answers = await Promise.all(lookedUp.map((path) => isDirectoryAtCommit(client, repo, path, commit)));
    const found = new Set(lookedUp.filter((_, i) => answers[i]));
    return {
        isDirectory: (pattern) => below(pattern) || found.has(pattern),
        lookedUp,
        unresolved: undecided.slice(MAX_DIRECTORY_LOOKUPS),
    };
}
/**
 * Whether some path starts with `candidate` without being it: only then does the answer change routing
 * (a directory pattern matches nothing such a path; a file prefix matches it). Binary search over the
 * sorted paths keeps a 100k-file PR from costing candidates × paths.
 */
function prefixesAnotherPath(sorted, candidate) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] < candidate)
            low = mid + 1;
        else
            high = mid;
    }
    for (let i = low; i < sorted.length && sorted[i].startsWith(candidate); i++) {
        if (sorted[i] !== candidate)
            return true;
    }
    return false;
}

/**
 * A merge queue's group (docs/GATE.md, "Merge queues"): routed as one change, `base_sha…head_sha`, by the
 * policy at `base_sha`; its holds lifted only by acks on the pull requests of the group that carry the held
 * files; its verdict written as the status on `head_sha`, always — the queue waits for a required status, so
 * every path ends with one (`error` from main.ts when this throws).
 */
/** Decides a merge group and writes its status. */
async function routeMergeGroup(client, repo, group, settings, log) {
    const timings = {};
    const timed = async (step, work) => {
        const started = Date.now();
        try {
            return await work();
        }
        finally {
            timings[step] = Date.now() - started;
        }
    };
    const notes = [];
    const read = await timed('read policy', () => readPolicyAtCommit(client, repo, settings.config, group.baseSha));
    for (const warning of read.warnings)
        log.warning(warning.message, warning);
    if (read.value === null)
        throw new InputError(read.errors);
    const policy = read.value;
    const changes = await timed('compare the group', () => groupChanges(client, repo, group, settings.workspace));
    const paths = changedPaths(changes.files).map((entry) => entry.path);
    const directories = await timed('look up directories', () => resolveDirectories(client, repo, group.baseSha, policy.subsystems, paths));
    const compiled = compilePolicy(policy, { isDirectory: directories.isDirectory });
    if (compiled.errors.length > 0)
        throw new InputError(compiled.errors);
    const routed = routeChanges(changes, compiled.value);
    let decision = routed;
    if (routed.holds.some(isHeld)) {
        const pulls = await timed('judge the group’s acks', () => judgeGroupPulls(client, repo, group, routed, notes));
        decision = liftHolds(routed, combineGroupAcks(routed.holds, pulls), policy.labels);
    }
    const planned = gateStatus(decision, { block: settings.block });
    const gate = new WriteGate({ dryRun: settings.dryRun, warn: (m) => log.warning(m), info: (m) => log.info(m) });
    if (!settings.status)
        return { decision, applied: statusOnlyResult(gate, { result: 'off', status: planned }), notes, timings };
    const latest = await getCommitStatus(client, repo, group.headSha, settings.statusContext);
    const target = { client, repo, sha: group.headSha, context: settings.statusContext };
    const status = await syncGateStatus(target, planned, latest, gate);
    return { decision, applied: statusOnlyResult(gate, status), notes, timings };
}
/**
 * What the group changes: `base…head` through the compare API, or past its 300 files from a git checkout
 * holding both commits; otherwise the run fails closed (an incomplete list cannot prove nothing is held).
 */
async function groupChanges(client, repo, group, workspace) {
    const comparison = await compareCommits(client, repo, group.baseSha, group.headSha);
    if (comparison === null)
        throw new Error(`GitHub cannot compare ${group.baseSha}...${group.headSha}.`);
    if (comparison.complete) {
        const diffLines = [];
        for (const file of comparison.files)
            if (file.patch)
                collectDiffLines(file.patch, diffLines);
        return {
            // With their hunks, so the Rust checks hold in the queue what they hold on the PR.
            files: comparison.files.map((file) => {
                const hunks = file.patch ? readPatchHunks(file.patch, file.path) : [];
                return {
                    path: file.path,
                    status: file.status,
                    ...(file.previousPath === undefined ? {} : { previousPath: file.previousPath }),
                    ...(hunks.length > 0 ? { hunks } : {}),
                };
            }),
            title: '',
            body: '',
            diffLines,
        };
    }
    const cut = `The merge group changes ${comparison.files.length} or more files; GitHub's compare API lists at most that many.`;
    const fix = 'Check out the merge group with both commits before this step (actions/checkout with fetch-depth: 0); the ' +
        'action only reads git objects from it.';
    if (!workspace)
        throw new Error(`${cut} GITHUB_WORKSPACE is not set. ${fix}`);
    const git = readGitChanges(`${group.baseSha}...${group.headSha}`, workspace);
    if (git.errors.length > 0) {
        throw new Error(`${cut} git could not list them (${git.errors.map(formatSourceError).join('; ')}). ${fix}`);
    }
    return { ...git.value, title: '', body: '' };
}
/**
 * The group's pull requests — the queue's entries up to the one tested in this group's head commit — each
 * with its acks judged over the held files it carries.
 */
async function judgeGroupPulls(client, repo, group, decision, notes) {
    const entries = groupEntries(await listMergeQueue(client, repo, group.baseRef), group.headSha);
    if (entries.length === 0) {
        notes.push(`No entry of the ${group.baseRef} merge queue is tested in ${group.headSha}: no pull request of the group is ` +
            'known to carry the held files, so the holds stand.');
        return [];
    }
    const standing = decision.holds.filter(isHeld);
    return Promise.all(entries.map(async (entry) => {
        const pr = await getPullRequest(client, repo, entry.pullNumber);
        const listed = await listChangedFiles(client, repo, pr.number, pr.changedFiles);
        const carried = {
            files: new Set(changedPaths(listed.files).map((entry) => entry.path)),
            complete: listed.complete,
        };
        const holds = holdsCarriedBy(standing, carried);
        // An ack binds to what was reviewed: the PR as it was queued, which is its head.
        const judged = holds.length === 0
            ? new Map()
            : await judgePullAcks(client, repo, { baseSha: pr.baseSha, headSha: entry.pullHeadSha, author: pr.author }, holds, await listReviews(client, repo, pr.number));
        return { number: pr.number, ...carried, judged };
    }));
}
/**
 * The entries a group holds: its own (tested in `headSha`) and those ahead of it, whose changes a group may
 * also contain. Being generous here only asks more PRs for acks; it never lifts a hold.
 */
function groupEntries(entries, headSha) {
    const own = entries.filter((entry) => entry.groupSha === headSha);
    if (own.length === 0)
        return [];
    const last = Math.max(...own.map((entry) => entry.position));
    return entries.filter((entry) => entry.position <= last);
}

/**
 * The GraphQL documents the sweep and the relay read pull requests with: one page of open PRs, or PRs by
 * number, each with every fact the per-PR run reads over REST (docs/GATE.md, "The per-PR run") — except
 * the files' patches and rename sources, which GraphQL does not give (see pull-snapshot.ts for what is
 * read when). Validated against GitHub's published schema in pull-request-facts.graphql.test.ts.
 *
 * Each connection asks for at most 100 nodes, GitHub's maximum; `pageInfo.hasNextPage` tells the reader
 * when a PR has more (then it reads that fact over REST, as the per-PR run does).
 */
/**
 * Everything about one PR. `$context` is the status context of the gate: only our status is read, not the
 * commit's other checks. `commits(last: 1)` is the head commit (checked against `headRefOid` by the reader:
 * GitHub orders a PR's commits by date, so after a rebase with old dates the last one may not be the head).
 */
const PULL_REQUEST_FACTS_FRAGMENT = /* GraphQL */ `
  fragment PullRequestFacts on PullRequest {
    number
    title
    body
    url
    isDraft
    state
    locked
    author {
      __typename
      login
    }
    headRefOid
    baseRefOid
    baseRefName
    headRepository {
      nameWithOwner
    }
    changedFiles
    files(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        path
        changeType
      }
    }
    labels(first: 100) {
      nodes {
        name
      }
    }
    reviews(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        author {
          __typename
          login
        }
        state
        commit {
          oid
        }
      }
    }
    reviewRequests(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        requestedReviewer {
          __typename
          ... on User {
            login
          }
          ... on Team {
            slug
          }
        }
      }
    }
    comments(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        author {
          __typename
          login
        }
        databaseId
        body
        url
        createdAt
      }
    }
    commits(last: 1) {
      nodes {
        commit {
          oid
          status {
            context(name: $context) {
              state
              description
              targetUrl
            }
          }
        }
      }
    }
  }
`;
/**
 * One page of open pull requests, newest first — so a sweep cut by its limit keeps the PRs most likely to
 * move; a PR opened while the sweep pages only shifts the rest by one (the reader skips one it has seen) —
 * optionally only those targeting `$base`.
 */
const OPEN_PULL_REQUESTS = /* GraphQL */ `
  query OpenPullRequests(
    $owner: String!
    $name: String!
    $base: String
    $context: String!
    $first: Int!
    $cursor: String
  ) {
    rateLimit {
      cost
      remaining
      resetAt
    }
    repository(owner: $owner, name: $name) {
      pullRequests(
        states: [OPEN]
        baseRefName: $base
        first: $first
        after: $cursor
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...PullRequestFacts
        }
      }
    }
  }
  ${PULL_REQUEST_FACTS_FRAGMENT}
`;
/** One pull request by number (the relay, and a PR read again after another run changed it). */
const PULL_REQUEST_BY_NUMBER = /* GraphQL */ `
  query PullRequestByNumber($owner: String!, $name: String!, $number: Int!, $context: String!) {
    rateLimit {
      cost
      remaining
      resetAt
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        ...PullRequestFacts
      }
    }
  }
  ${PULL_REQUEST_FACTS_FRAGMENT}
`;

const CHANGE_STATUSES = {
    ADDED: 'added',
    DELETED: 'removed',
    MODIFIED: 'modified',
    RENAMED: 'renamed',
    COPIED: 'copied',
    CHANGED: 'changed',
};
const STATUS_STATES = new Set(['error', 'failure', 'pending', 'success']);
/**
 * GraphQL names an app's bot without the `[bot]` suffix REST uses (`github-actions` for
 * `github-actions[bot]`); the action compares logins as REST spells them (the `comment-author` input).
 *
 * @example restLogin({ __typename: 'Bot', login: 'github-actions' }) // → 'github-actions[bot]'
 */
function restLogin(actor) {
    if (actor === null)
        return '';
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}
/** Turns one answer node into a snapshot; `repo` is the repository asked about (its PRs' base repository). */
function pullSnapshot(node, repo) {
    const files = (node.files?.nodes ?? []).flatMap((file) => file ? [{ path: file.path, status: CHANGE_STATUSES[file.changeType] ?? 'modified' }] : []);
    const renames = files.some((file) => file.status === 'renamed' || file.status === 'copied');
    const requested = (node.reviewRequests?.nodes ?? []).flatMap((request) => {
        const reviewer = request?.requestedReviewer;
        return reviewer ? [reviewer] : [];
    });
    const head = node.commits.nodes?.at(-1)?.commit;
    const context = head?.status?.context ?? null;
    const state = context?.state.toLowerCase() ?? '';
    const pr = {
        number: node.number,
        title: node.title,
        body: node.body ?? '',
        author: restLogin(node.author),
        draft: node.isDraft,
        state: node.state === 'OPEN' ? 'open' : 'closed',
        baseSha: node.baseRefOid,
        baseRef: node.baseRefName,
        headSha: node.headRefOid,
        headRepoFullName: node.headRepository?.nameWithOwner ?? null,
        baseRepoFullName: `${repo.owner}/${repo.repo}`,
        changedFiles: node.changedFiles,
        labels: (node.labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : [])),
        requestedReviewers: requested.flatMap((r) => (r.__typename !== 'Team' && r.login ? [r.login] : [])),
        // A team can only be requested from the repository's own organisation (as get-pull-request.ts writes it).
        requestedTeams: requested.flatMap((r) => (r.__typename === 'Team' && r.slug ? [`${repo.owner}/${r.slug}`] : [])),
        htmlUrl: node.url,
        locked: node.locked,
    };
    return {
        pr,
        files,
        filesComplete: !renames && node.files?.pageInfo.hasNextPage === false && files.length >= node.changedFiles,
        reviews: (node.reviews?.nodes ?? []).flatMap((review) => review?.author
            ? [{ login: restLogin(review.author), state: review.state, commitId: review.commit?.oid ?? null }]
            : []),
        reviewsComplete: node.reviews?.pageInfo.hasNextPage === false,
        comments: (node.comments.nodes ?? []).flatMap((comment) => comment && comment.databaseId !== null
            ? [
                {
                    id: comment.databaseId,
                    author: restLogin(comment.author),
                    body: comment.body,
                    url: comment.url,
                    createdAt: comment.createdAt,
                },
            ]
            : []),
        commentsComplete: node.comments.pageInfo.hasNextPage === false,
        status: head?.oid !== node.headRefOid
            ? undefined
            : context === null || !STATUS_STATES.has(state)
                ? null
                : {
                    state: state,
                    description: context.description ?? '',
                    targetUrl: context.targetUrl,
                },
    };
}

/**
 * Reads pull request `number` as the sweep reads each open PR (the relay, and a PR read again when another
 * run changed it meanwhile).
 *
 * @example (await getPullRequestSnapshot(client, repo, 12, 'rust-patch-router')).pr.headSha // → '9e8d7c6…'
 */
async function getPullRequestSnapshot(client, repo, number, context) {
    let answer;
    try {
        answer = await client.graphql(PULL_REQUEST_BY_NUMBER, {
            owner: repo.owner,
            name: repo.repo,
            number,
            context,
        });
    }
    catch (error) {
        throw describeRequestFailure(`read pull request #${number}`, error);
    }
    const node = answer.repository?.pullRequest;
    if (!node)
        throw new Error(`Could not read pull request #${number}: GraphQL found none.`);
    return pullSnapshot(node, repo);
}

/**
 * Records the REST (`core`) and GraphQL budgets in `limits`, so a sweep knows them before its first page
 * (GitHub does not count this request against the REST budget).
 *
 * @example await readRateLimits(client, limits); limits.get('graphql')?.remaining // → 4998
 */
async function readRateLimits(client, limits) {
    try {
        const { data } = await client.rest.rateLimit.get();
        for (const [resource, budget] of Object.entries({ core: data.resources.core, graphql: data.resources.graphql })) {
            if (budget !== undefined)
                limits.set(resource, { remaining: budget.remaining, limit: budget.limit, reset: budget.reset });
        }
    }
    catch (error) {
        throw describeRequestFailure('read the rate limits', error);
    }
}

/**
 * Reads one page of open PRs, newest first.
 *
 * @example (await listOpenPullRequests(client, repo, { context: 'rust-patch-router', first: 50 })).pulls[0].pr.number // → 3
 */
async function listOpenPullRequests(client, repo, query) {
    let answer;
    try {
        answer = await client.graphql(OPEN_PULL_REQUESTS, {
            owner: repo.owner,
            name: repo.repo,
            base: query.base ?? null,
            context: query.context,
            first: query.first,
            cursor: query.cursor ?? null,
        });
    }
    catch (error) {
        throw describeRequestFailure(`list the open pull requests${query.base ? ` into ${query.base}` : ''}`, error);
    }
    const connection = answer.repository?.pullRequests;
    if (!connection)
        throw new Error(`Could not list the open pull requests: GraphQL found no repository ${repo.owner}/${repo.repo}.`);
    return {
        pulls: (connection.nodes ?? []).flatMap((node) => (node ? [pullSnapshot(node, repo)] : [])),
        totalCount: connection.totalCount,
        nextCursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
        rate: answer.rateLimit,
    };
}

/**
 * Lists the open PRs from `owner:branch` (the head repository's owner, so a fork's PR is found by the fork
 * owner's name — `workflow_run.pull_requests` is empty for forks). The owner and branch only narrow the list;
 * the caller matches on the head SHA GitHub reports.
 *
 * @example await listPullRequestsByHead(client, repo, 'alice', 'rust-phy') // → [{ number: 12, headSha: '9e8d…', baseRef: 'main' }]
 */
async function listPullRequestsByHead(client, repo, owner, branch) {
    try {
        const pulls = await client.paginate(client.rest.pulls.list, {
            ...repo,
            state: 'open',
            head: `${owner}:${branch}`,
            per_page: 100,
        });
        return pulls.map((pull) => ({ number: pull.number, headSha: pull.head.sha, baseRef: pull.base.ref }));
    }
    catch (error) {
        throw describeRequestFailure(`list the open pull requests from ${owner}:${branch}`, error);
    }
}

/**
 * The sweep compiles a policy once and routes hundreds of PRs with it, where the per-PR run compiles it for
 * each PR's paths (resolve-directories.ts): a kernel pattern naming a directory without its trailing `/` is
 * decided from the PR's own paths, else asked of the tree at the policy commit (at most 50 a PR). This file
 * reproduces that answer for each PR without a compile per PR: only patterns that are a prefix of one of the
 * PR's paths can change how its paths route, so the answers for those — the PR's *signature* — are all a
 * compiled policy must get right. PRs with the same signature (most: none) share one compile.
 */
function indexCandidates(subsystems) {
    return { order: new Map(directoryCandidates(subsystems).map((candidate, i) => [candidate, i])) };
}
/**
 * What PR `paths` needs answered (its changed paths, renames' old paths included).
 *
 * @example directoryQuestions(candidates, ['include/drm/drm_gem.h'])
 *   // → { relevant: ['include/drm/drm'], proven: Set {}, lookUp: ['include/drm/drm'], unresolved: [] }
 */
function directoryQuestions(candidates, paths) {
    const relevant = new Set();
    if (candidates.order.size > 0) {
        for (const path of paths) {
            for (let end = 1; end <= path.length; end++) {
                const prefix = path.slice(0, end);
                if (candidates.order.has(prefix))
                    relevant.add(prefix);
            }
        }
    }
    const ordered = [...relevant].sort((a, b) => (candidates.order.get(a) ?? 0) - (candidates.order.get(b) ?? 0));
    const below = directoriesOf(paths);
    const proven = new Set(ordered.filter((candidate) => below(candidate)));
    // As resolve-directories.ts: a candidate matters when it prefixes a path without being it and without a
    // path below it proving it a directory.
    const undecided = ordered.filter((candidate) => !proven.has(candidate) && paths.some((path) => path !== candidate && path.startsWith(candidate)));
    return {
        relevant: ordered,
        proven,
        lookUp: undecided.slice(0, MAX_DIRECTORY_LOOKUPS),
        unresolved: undecided.slice(MAX_DIRECTORY_LOOKUPS),
    };
}
/**
 * The PR's signature: its relevant candidates that are directories for it (proven by its paths, or found in
 * the tree), in policy order. `isDirectoryAt` answers for the looked-up ones.
 *
 * @example directorySignature(questions, (c) => c === 'include/drm/drm') // → ['include/drm/drm']
 */
function directorySignature(questions, isDirectoryAt) {
    const looked = new Set(questions.lookUp);
    return questions.relevant.filter((c) => questions.proven.has(c) || (looked.has(c) && isDirectoryAt(c)));
}

/**
 * The GraphQL document that reads many git objects in one request: branch tips (`ref`) and what a
 * `commit:path` expression names (`object`: a blob, a tree, or nothing). Built per use with one alias per
 * item; every value goes in a variable, never into the document's text, so a path cannot change the query.
 * Validated against GitHub's published schema in git-objects.graphql.test.ts.
 */
/** Aliases per request: each is one object lookup; GitHub documents no alias limit, so stay modest. */
const MAX_ITEMS_PER_REQUEST = 100;
/**
 * A document reading `refs` (qualified names, e.g. `refs/heads/main`) and `objects` (`sha:path` expressions),
 * aliased `r0…` and `o0…` in order.
 *
 * @example gitObjectsDocument(1, 1)
 *   // → 'query GitObjects($owner: String!, $name: String!, $r0: String!, $o0: String!) { repository(…) { r0: ref(qualifiedName: $r0) { target { oid } } o0: object(expression: $o0) { __typename oid } } }'
 */
function gitObjectsDocument(refs, objects) {
    const variables = ['$owner: String!', '$name: String!'];
    const fields = [];
    for (let i = 0; i < refs; i++) {
        variables.push(`$r${i}: String!`);
        fields.push(`r${i}: ref(qualifiedName: $r${i}) { target { oid } }`);
    }
    for (let i = 0; i < objects; i++) {
        variables.push(`$o${i}: String!`);
        fields.push(`o${i}: object(expression: $o${i}) { __typename oid }`);
    }
    return `query GitObjects(${variables.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
}

const KINDS = { Blob: 'blob', Tree: 'tree', Commit: 'commit', Tag: 'tag' };
/**
 * Reads branch tips and objects, at most 100 a request (one request for a handful: a policy push costs one).
 *
 * @example await getGitObjects(client, repo, { branches: ['main'], objects: ['5f1b2c3:maintainers.yml'] })
 *   // → { tips: Map { 'main' → '9e8d7c6…' }, objects: Map { '5f1b2c3:maintainers.yml' → { kind: 'blob', oid: 'a1b2…' } } }
 */
async function getGitObjects(client, repo, query) {
    const branches = [...new Set(query.branches ?? [])];
    const expressions = [...new Set(query.objects ?? [])];
    const result = { tips: new Map(), objects: new Map() };
    const items = [
        ...branches.map((branch) => ({ ref: true, value: branch })),
        ...expressions.map((expression) => ({ ref: false, value: expression })),
    ];
    for (let start = 0; start < items.length; start += MAX_ITEMS_PER_REQUEST) {
        const chunk = items.slice(start, start + MAX_ITEMS_PER_REQUEST);
        const refs = chunk.filter((item) => item.ref);
        const objects = chunk.filter((item) => !item.ref);
        const variables = { owner: repo.owner, name: repo.repo };
        refs.forEach((item, i) => (variables[`r${i}`] = `refs/heads/${item.value}`));
        objects.forEach((item, i) => (variables[`o${i}`] = item.value));
        let answer;
        try {
            answer = await client.graphql(gitObjectsDocument(refs.length, objects.length), variables);
        }
        catch (error) {
            throw describeRequestFailure(`read ${chunk.length} git objects`, error);
        }
        const repository = answer.repository ?? {};
        refs.forEach((item, i) => result.tips.set(item.value, repository[`r${i}`]?.target?.oid ?? null));
        objects.forEach((item, i) => {
            const found = repository[`o${i}`];
            const kind = found?.__typename ? KINDS[found.__typename] : undefined;
            result.objects.set(item.value, kind && found?.oid ? { kind, oid: found.oid } : null);
        });
    }
    return result;
}

/** The fields compared, and how each is written for comparison; origins (line numbers) never count. */
const FIELDS = [
    ['files', (s) => s.files.map(pattern)],
    ['exclude', (s) => s.exclude.map(pattern)],
    ['names', (s) => s.names.map(pattern)],
    ['keywords', (s) => s.keywords.map((k) => k.text)],
    ['maintainers', (s) => s.maintainers.map(person)],
    ['reviewers', (s) => s.reviewers.map(person)],
    ['labels', (s) => s.labels],
    ['status', (s) => s.status ?? null],
    ['tags', (s) => Object.entries(s.tags).sort(([a], [b]) => a.localeCompare(b))],
];
/**
 * The entries that differ. A subsystem whose own fields are equal but whose effective stance moved (the
 * policy's `default-stance` changed under it) counts as changed (`stance`): the PR changes what its
 * maintainers decide. Base order first, then entries new in head.
 *
 * @example changedEntries(base, head)
 *   // → [{ subsystem: 'DMA MAPPING HELPERS', change: 'changed', fields: ['stance'], maintainers: ['hch-lst', 'mszyprow'] }]
 */
function changedEntries(base, head) {
    const after = new Map(head.subsystems.map((s) => [s.name, s]));
    const before = new Set(base.subsystems.map((s) => s.name));
    const changes = [];
    for (const old of base.subsystems) {
        const now = after.get(old.name);
        if (now === undefined) {
            changes.push({ subsystem: old.name, change: 'removed', fields: [], maintainers: handles([old]) });
            continue;
        }
        const fields = FIELDS.filter(([, value]) => !same(value(old), value(now))).map(([field]) => field);
        const stanceBefore = effectiveStance(old, base.defaultStance).stance;
        const stanceAfter = effectiveStance(now, head.defaultStance).stance;
        if (stanceBefore !== stanceAfter || old.stance !== now.stance)
            fields.unshift('stance');
        if (fields.length > 0)
            changes.push({ subsystem: old.name, change: 'changed', fields, maintainers: handles([old, now]) });
    }
    for (const added of head.subsystems) {
        if (!before.has(added.name)) {
            changes.push({ subsystem: added.name, change: 'added', fields: [], maintainers: handles([added]) });
        }
    }
    return changes;
}
/**
 * Everyone to ask for a policy edit: the maintainers of the changed entries, each once (logins compare
 * without case), never the PR's author.
 *
 * @example entryReviewers(changedEntries(base, head), 'alice') // → ['hch-lst', 'mszyprow']
 */
function entryReviewers(changes, author) {
    const seen = new Map();
    const authorKey = author?.toLowerCase();
    for (const change of changes) {
        for (const handle of change.maintainers) {
            const key = handle.toLowerCase();
            if (key !== authorKey && !seen.has(key))
                seen.set(key, handle);
        }
    }
    return [...seen.values()];
}
function pattern(p) {
    return `${p.dialect}:${p.text}`;
}
function person(p) {
    return p.handle ?? p.display;
}
function handles(subsystems) {
    const seen = new Map();
    for (const subsystem of subsystems) {
        for (const person of subsystem.maintainers) {
            if (person.handle !== null && !seen.has(person.handle.toLowerCase()))
                seen.set(person.handle.toLowerCase(), person.handle);
        }
    }
    return [...seen.values()];
}
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a push changed the policy (docs/GATE.md, "The sweep"): the config file and the MAINTAINERS it
 * imports, compared as git objects at `before` and `after` — two blob ids in one GraphQL request, plus, when
 * the config is the same, the config's text (to find its import) and the import's two ids. A push that leaves
 * the policy alone costs at most three requests and writes nothing. Not the push payload's file lists:
 * GitHub caps them, so a missing path there proves nothing.
 */
/**
 * @example await policyPushVerdict(client, repo, 'maintainers.yml', { branch: 'main', before, after })
 *   // → { changed: false, why: 'maintainers.yml and MAINTAINERS are the same at 5f1b2c3 and 9e8d7c6' }
 */
async function policyPushVerdict(client, repo, config, push) {
    const short = (sha) => sha.slice(0, 7);
    if (/^0+$/.test(push.before))
        return changedBy(client, repo, config, push, `${push.branch} is a new branch`);
    const blobs = await getGitObjects(client, repo, { objects: [`${push.before}:${config}`, `${push.after}:${config}`] });
    const configBefore = blobs.objects.get(`${push.before}:${config}`) ?? null;
    const configAfter = blobs.objects.get(`${push.after}:${config}`) ?? null;
    if (configBefore === null && configAfter === null) {
        return { changed: false, why: `${config} exists neither at ${short(push.before)} nor at ${short(push.after)}` };
    }
    if (configBefore?.oid !== configAfter?.oid) {
        return changedBy(client, repo, config, push, `the push changed ${config}`);
    }
    const text = await getFileAtCommit(client, repo, config, push.after);
    const imported = validateConfig(text, config).value?.import?.path;
    if (imported === undefined) {
        return { changed: false, why: `${config} is the same at ${short(push.before)} and ${short(push.after)}` };
    }
    const imports = await getGitObjects(client, repo, {
        objects: [`${push.before}:${imported}`, `${push.after}:${imported}`],
    });
    if (imports.objects.get(`${push.before}:${imported}`)?.oid !== imports.objects.get(`${push.after}:${imported}`)?.oid) {
        return changedBy(client, repo, config, push, `the push changed ${imported}, which ${config} imports`);
    }
    return {
        changed: false,
        why: `${config} and ${imported} are the same at ${short(push.before)} and ${short(push.after)}`,
    };
}
/** The verdict for a push that changed the policy: the policy after it, and which subsystems changed. */
async function changedBy(client, repo, config, push, why) {
    const read = async (commit) => {
        try {
            return (await readPolicyAtCommit(client, repo, config, commit)).value;
        }
        catch {
            // Absent or unreadable: the sweep reads `after` itself and reports why; `before` only narrows reads.
            return null;
        }
    };
    const fresh = /^0+$/.test(push.before);
    const [before, after] = await Promise.all([fresh ? Promise.resolve(null) : read(push.before), read(push.after)]);
    // A change to the Rust checks' settings concerns every PR the checks could look at: 'all'.
    const changedSubsystems = before !== null && after !== null && JSON.stringify(before.rustReview) === JSON.stringify(after.rustReview)
        ? new Set(changedEntries(before, after).map((entry) => entry.subsystem))
        : 'all';
    return { changed: true, why, after, changedSubsystems };
}

/**
 * The GraphQL document a policy-editing PR's preview reads the other open PRs with: only their numbers,
 * titles and changed paths, 100 PRs a page (docs/GATE.md, "Policy-editing pull requests"). Validated against
 * GitHub's published schema in open-pull-paths.graphql.test.ts.
 */
const OPEN_PULL_PATHS = /* GraphQL */ `
  query OpenPullPaths($owner: String!, $name: String!, $base: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      pullRequests(
        states: [OPEN]
        baseRefName: $base
        first: 100
        after: $cursor
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          title
          author {
            __typename
            login
          }
          changedFiles
          files(first: 100) {
            nodes {
              path
            }
          }
        }
      }
    }
  }
`;

/**
 * Lists the open PRs targeting `base`, newest first, at most `max` (100 a request).
 *
 * @example (await listOpenPullPaths(client, repo, 'main', 500)).pulls[0] // → { number: 41, title: '…', author: 'alice', paths: ['rust/kernel/dma.rs'], complete: true }
 */
async function listOpenPullPaths(client, repo, base, max) {
    const pulls = [];
    let totalCount = 0;
    let cursor = null;
    try {
        do {
            const answer = await client.graphql(OPEN_PULL_PATHS, {
                owner: repo.owner,
                name: repo.repo,
                base,
                cursor,
            });
            const connection = answer.repository?.pullRequests;
            if (!connection)
                break;
            totalCount = connection.totalCount;
            for (const node of connection.nodes ?? []) {
                if (!node || pulls.length >= max)
                    continue;
                const paths = (node.files?.nodes ?? []).flatMap((file) => (file ? [file.path] : []));
                pulls.push({
                    number: node.number,
                    title: node.title,
                    author: restLogin(node.author),
                    paths,
                    complete: paths.length >= node.changedFiles,
                });
            }
            cursor = connection.pageInfo.hasNextPage && pulls.length < max ? connection.pageInfo.endCursor : null;
        } while (cursor !== null);
    }
    catch (error) {
        throw describeRequestFailure(`list the paths of the open pull requests into ${base}`, error);
    }
    return { pulls, totalCount };
}

/**
 * "This change re-routes N open PRs" (docs/GATE.md, "Policy-editing pull requests"): each open PR's paths
 * routed by the base policy and by the proposed one, and what differs — the verdict, labels and reviewers.
 * Pure; acks are not counted (a hold that would be lifted still shows as a hold) and keywords are not
 * scanned (only paths were read), so the preview is about ownership and stances.
 */
/**
 * The open PRs the proposed policy routes differently, in the order given.
 *
 * @example previewReroutes([{ number: 7, title: 'rust: dma', author: 'al', paths: ['rust/kernel/dma.rs'] }], base, head, 10)
 *   // → [{ number: 7, title: 'rust: dma', verdict: { from: 'blocked', to: 'routed' }, labelsAdded: ['rust'],
 *   //      labelsRemoved: ['rust: blocked'], reviewersAdded: ['hch-lst'], reviewersRemoved: [] }]
 */
function previewReroutes(pulls, base, head, maxReviewers) {
    const reroutes = [];
    for (const pull of pulls) {
        const changes = {
            files: pull.paths.map((path) => ({ path, status: 'modified' })),
            title: '',
            body: '',
            diffLines: [],
        };
        const options = { author: pull.author, maxReviewers };
        const before = routeChanges(changes, base, options);
        const after = routeChanges(changes, head, options);
        const reroute = {
            number: pull.number,
            title: pull.title,
            verdict: { from: before.verdict, to: after.verdict },
            labelsAdded: minus(after.labels, before.labels),
            labelsRemoved: minus(before.labels, after.labels),
            reviewersAdded: minus(asked(after), asked(before)),
            reviewersRemoved: minus(asked(before), asked(after)),
        };
        const changed = reroute.verdict.from !== reroute.verdict.to ||
            reroute.labelsAdded.length +
                reroute.labelsRemoved.length +
                reroute.reviewersAdded.length +
                reroute.reviewersRemoved.length >
                0;
        if (changed)
            reroutes.push(reroute);
    }
    return reroutes;
}
function asked(decision) {
    return [...decision.reviewers, ...decision.teamReviewers];
}
/** The items of `a` not in `b` (compared without case, as labels and logins are), in `a`'s order. */
function minus(a, b) {
    const other = new Set(b.map((item) => item.toLowerCase()));
    return a.filter((item) => !other.has(item.toLowerCase()));
}

/**
 * What a policy-editing PR needs besides its own routing (docs/GATE.md, "Policy-editing pull requests"): the
 * maintainers of every entry it adds, removes or changes are asked for review — those being removed
 * included — and the report says which open PRs the proposed policy would route differently. The PR itself
 * is still decided by the base policy; the proposed one was read with a size cap and a time budget
 * (proposed-policy.ts) and is only compared here.
 */
/**
 * Entry maintainers asked at most: a mass edit of MAINTAINERS (a script renaming a mailing list in every
 * section) must not notify hundreds of people; the rest are named in the comment, not asked.
 */
const MAX_ENTRY_REVIEWERS = 25;
/** Open PRs compared at most: the sweep's default limit, about five GraphQL requests. */
const PREVIEW_MAX_PULLS = 500;
/** Reads the open PRs of `base` from the API (newest first, at most PREVIEW_MAX_PULLS). */
function openPullsFromApi(client, repo) {
    return (base) => listOpenPullPaths(client, repo, base, PREVIEW_MAX_PULLS);
}
/**
 * Compares `base` with the PR's `head` policy and previews the re-routing over the open PRs targeting the
 * same branch. Null when the edit changes no entry and re-routes nothing (e.g. a comment reworded).
 *
 * @example await reviewPolicyEdit(pr, base, head, 10, openPullsFromApi(client, repo))
 *   // → { entries: [{ subsystem: 'DMA MAPPING HELPERS', change: 'changed', fields: ['stance'], … }], asked: ['hch-lst', 'mszyprow'], reroutes: [{ number: 7, … }], … }
 */
async function reviewPolicyEdit(pr, base, head, maxReviewers, openPulls) {
    const entries = changedEntries(base, head);
    const reviewers = entryReviewers(entries, pr.author);
    const notes = [];
    let open = { pulls: [], totalCount: 1 };
    try {
        open = await openPulls(pr.baseRef);
    }
    catch (error) {
        // The preview is a courtesy, like the proposed policy itself: the entries' maintainers are still asked.
        notes.push(`The open pull requests could not be read for the re-routing preview: ${error instanceof Error ? error.message : String(error)}`);
    }
    const others = open.pulls.filter((pull) => pull.number !== pr.number);
    // Directory-named patterns are decided from the open PRs' own paths: the preview makes no tree lookups.
    const isDirectory = directoriesOf(others.flatMap((pull) => pull.paths));
    const compiledBase = compilePolicy(base, { isDirectory });
    const compiledHead = compilePolicy(head, { isDirectory });
    let reroutes = [];
    if (compiledHead.errors.length > 0 || compiledBase.errors.length > 0) {
        notes.push(`The proposed policy does not compile (${compiledHead.errors[0]?.message ?? compiledBase.errors[0]?.message}); no re-routing preview.`);
    }
    else {
        reroutes = previewReroutes(others, compiledBase.value, compiledHead.value, maxReviewers);
    }
    if (entries.length === 0 && reroutes.length === 0)
        return { review: null, notes };
    return {
        review: {
            entries,
            asked: reviewers.slice(0, MAX_ENTRY_REVIEWERS),
            notAsked: reviewers.slice(MAX_ENTRY_REVIEWERS),
            reroutes,
            compared: others.length,
            // The PR being decided is open and targets the branch: it is one of the total, not one to re-route.
            openPulls: Math.max(0, open.totalCount - 1),
            partial: others.some((pull) => !pull.complete),
        },
        notes,
    };
}
/**
 * The decision with the entry maintainers added to its reviewers (after routing's own, each once) and the
 * review attached. Routing's `max-reviewers` cap does not apply to them: they are asked because the PR
 * changes what they own, whatever else it touches.
 */
function withPolicyReview(decision, review) {
    const present = new Set([...decision.reviewers, ...decision.teamReviewers].map(handleKey));
    const added = review.asked.filter((handle) => !present.has(handleKey(handle)));
    return {
        ...decision,
        reviewers: [...decision.reviewers, ...added.filter((handle) => !isTeam(handle))],
        teamReviewers: [...decision.teamReviewers, ...added.filter((handle) => isTeam(handle))],
        policyReview: review,
    };
}

/**
 * Compares the stance each subsystem gets under base and head (stated, else `default-stance`, so a change of
 * `default-stance` shows on every subsystem it moves). A subsystem only in head is `from: null`; one only in
 * base is `to: null`. Base order first, then subsystems new in head, in head order.
 *
 * @example diffPolicies(base, head) // → [{ subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' }]
 */
function diffPolicies(base, head) {
    const before = stancesOf(base);
    const after = stancesOf(head);
    const changes = [];
    for (const [subsystem, from] of before) {
        const to = after.get(subsystem) ?? null;
        if (to !== from)
            changes.push({ subsystem, from, to });
    }
    for (const [subsystem, to] of after) {
        if (!before.has(subsystem))
            changes.push({ subsystem, from: null, to });
    }
    return changes;
}
function stancesOf(policy) {
    return new Map(policy.subsystems.map((subsystem) => [subsystem.name, effectiveStance(subsystem, policy.defaultStance).stance]));
}

/**
 * A PR that edits the policy files is routed by the base policy (docs/ROUTING.md, "Policy changes"); the report shows what its head
 * version would change. The head is read only to describe that, never to route.
 */
/** Errors of a broken proposed policy quoted in the report; the PR's own checks will show the rest. */
const QUOTED_ERRORS = 5;
/**
 * The head's policy files are written by the PR's author: each is read only up to this size (a 20 MB
 * alias-heavy YAML once ran the action out of memory after three minutes). The kernel's MAINTAINERS is
 * about 780 KB.
 */
const PROPOSED_POLICY_MAX_BYTES = 1024 * 1024;
/** The whole preview (reads and parsing) gets this long; past it, a note replaces the preview. */
const PROPOSED_POLICY_BUDGET_MS = 20_000;
/**
 * Reads the policy at the PR's head when `paths` (the changed paths, renames' old paths included) touch
 * the config or the MAINTAINERS file it imports, and compares its stances with the base policy's.
 *
 * @example await proposedPolicy(client, repo, pr, 'maintainers.yml', base, ['maintainers.yml'])
 *   // → { changes: [{ subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' }],
 *   //     notes: ['This PR edits maintainers.yml; it is routed by the base policy.'] }
 */
async function proposedPolicy(client, repo, pr, config, base, paths, options = {}) {
    const sources = new Set([config, ...base.sources]);
    const edited = [...new Set(paths.filter((path) => sources.has(path)))];
    if (edited.length === 0)
        return { notes: [] };
    const routedBy = `This PR edits ${edited.join(', ')}; it is routed by the base policy.`;
    const started = Date.now();
    const budget = options.budgetMs ?? PROPOSED_POLICY_BUDGET_MS;
    try {
        const limits = { maxBytes: options.maxBytes ?? PROPOSED_POLICY_MAX_BYTES, signal: AbortSignal.timeout(budget) };
        const head = await readPolicyAtCommit(client, repo, config, pr.headSha, limits);
        // Parsing is bounded by the size cap; this catches a preview that still took too long, so the next
        // change to the parsers cannot quietly turn the preview into the run's longest step.
        if (Date.now() - started > budget) {
            return { notes: [`${routedBy} The proposed policy took over ${budget / 1000} s to read; not shown.`] };
        }
        if (head.value === null) {
            const errors = head.errors.slice(0, QUOTED_ERRORS).map(formatSourceError).join('; ');
            return { notes: [`${routedBy} The proposed policy does not validate: ${errors}`] };
        }
        return { changes: diffPolicies(base, head.value), head: head.value, notes: [routedBy] };
    }
    catch (error) {
        // Whatever the head holds (deleted, too large, too slow to serve, unparseable), the preview is only a
        // courtesy: the base policy decides, so a failure is a note and never fails the run.
        const why = error instanceof InputError ? error.message : error instanceof Error ? error.message : String(error);
        return { notes: [`${routedBy} The proposed policy could not be read: ${why}`] };
    }
}

/**
 * Decides the PR the facts describe.
 *
 * @example (await decidePullRequest(client, repo, facts, { config: 'maintainers.yml', maxReviewers: 10 }, timed)).decision.verdict // → 'needs-ack'
 */
async function decidePullRequest(client, repo, facts, settings, timed, extras = {}) {
    const { pr, policy } = facts;
    // Routing sees no approval: which ones count is decided below, against what they reviewed.
    const routed = await timed('route', async () => routeChanges(facts.changes, facts.compiled, {
        author: pr.author,
        maxReviewers: settings.maxReviewers,
        ...(extras.assumeMentioned ? { assumeMentioned: extras.assumeMentioned } : {}),
        ...(facts.interfaceMap ? { interfaceMap: facts.interfaceMap } : {}),
    }));
    const judged = await timed('judge acks', () => judgePullAcks(client, repo, { baseSha: facts.policyCommit, headSha: pr.headSha, author: pr.author }, routed.holds, facts.reviews, extras.ackReads));
    let decision = liftHolds(routed, judged, policy.labels);
    const proposed = await timed('read proposed policy', () => proposedPolicy(client, repo, pr, settings.config, policy, facts.paths));
    if (proposed.changes !== undefined)
        decision.policyChanges = proposed.changes;
    const notes = [...proposed.notes];
    const head = proposed.head;
    if (head !== undefined) {
        const openPulls = extras.openPulls ?? openPullsFromApi(client, repo);
        const reviewed = await timed('preview the policy edit', () => reviewPolicyEdit(pr, policy, head, settings.maxReviewers, openPulls));
        notes.push(...reviewed.notes);
        if (reviewed.review !== null)
            decision = withPolicyReview(decision, reviewed.review);
    }
    return { decision, notes };
}

/** GitHub's answer when the token cannot see the organisation's teams (docs/GITHUB-PLATFORM.md, "Review requests"). */
const TEAM_INVISIBLE = /could not resolve to a node/i;
/**
 * Notes about an applied decision.
 *
 * @example applyNotes({ ...applied, reviewRejected: [{ handle: 'mallory', reason: 'Reviews may only be requested from collaborators.' }] }, gate)
 *   // → [{ text: 'Review request refused for mallory: Reviews may only be requested from collaborators.', warn: true }]
 */
function applyNotes(applied, gate = applied.gate) {
    const notes = [];
    if (applied.labelsCreated.length > 0) {
        notes.push({ text: `Created the missing labels ${applied.labelsCreated.join(', ')}.`, warn: false });
    }
    if (applied.labelsDropped.length > 0) {
        notes.push({
            text: `Not added, the PR would exceed GitHub's 100 labels: ${applied.labelsDropped.join(', ')}.`,
            warn: true,
        });
    }
    if (applied.reRequested.length > 0) {
        notes.push({
            text: `Asked ${applied.reRequested.join(', ')} to review again: their approval was of an earlier commit, and the held Rust changed since.`,
            warn: false,
        });
    }
    if (applied.comment?.result === 'locked') {
        notes.push({
            text: 'The conversation is locked: no comment was written; everything else was applied.',
            warn: true,
        });
    }
    if ((applied.comment?.deleted ?? 0) > 0) {
        const count = applied.comment?.deleted ?? 0;
        notes.push({
            text: `Deleted ${count} newer copy${count === 1 ? '' : ' copies'} of the comment (another run raced this one).`,
            warn: false,
        });
    }
    if (applied.status.result === 'written' || applied.status.result === 'unchanged') {
        const { state, description } = applied.status.status;
        const how = applied.status.result === 'written' ? 'Set' : 'Already set:';
        notes.push({ text: `${how} commit status ${state}: ${description}`, warn: false });
    }
    if (applied.reviewsDeferred) {
        notes.push({ text: 'Draft pull request: reviews are requested when it is marked ready for review.', warn: false });
    }
    for (const rejection of applied.reviewRejected) {
        const hint = rejection.handle.includes('/') && TEAM_INVISIBLE.test(rejection.reason)
            ? ' Team reviews need a token that can read the organisation’s teams (a GitHub App with Members: read, or a PAT with read:org).'
            : '';
        notes.push({ text: `Review request refused for ${rejection.handle}: ${rejection.reason}${hint}`, warn: true });
    }
    if (gate.skipped.length > 0) {
        const why = gate.superseded !== null
            ? 'Superseded, the pull request moved on'
            : gate.readOnly
                ? 'Report-only, the token cannot write'
                : 'Dry run';
        notes.push({ text: `${why}: did not ${gate.skipped.join('; ')}.`, warn: false });
    }
    return notes;
}

/**
 * The writes applyDecision would make for a decision, predicted without making any request: labels to add
 * or remove, review requests, the comment, the status (docs/GATE.md, "The sweep"). The sweep asks this of
 * every open PR and goes on to apply only where something would be written, so an unchanged PR costs no
 * read beyond its GraphQL page.
 *
 * This mirrors apply-decision.ts step for step, from the same pure parts (planLabels, planReviewRequests,
 * staleAckers, gateStatus, ourComments); plan-writes.test.ts checks both agree on PRs in the emulator.
 * Review requests need one fact the PR's data does not hold — whether GitHub would accept each handle — which
 * the caller reads (memoised across PRs) and passes as `requestable`.
 */
/**
 * Predicts a real run's writes, also when `options.dryRun` is set (a dry run reports what the real one would do;
 * applyDecision itself, on a dry run, renders the comment without any @-mention).
 *
 * @param requestable whether GitHub accepts `handle` as a reviewer (a collaborator; a team the token can see);
 *   undefined when not known yet.
 * @example planWrites(repo, decision, facts, draft, options, () => true)
 *   // → { kind: 'planned', writes: ['set the rust-patch-router status to failure'] }
 */
function planWrites(repo, decision, facts, comment, options, requestable) {
    const { pr } = facts;
    const writes = [];
    const labels = planLabels(decision, pr.labels, { add: options.labels, sync: options.syncLabels });
    if (labels.add.length > 0)
        writes.push(`add labels ${labels.add.join(', ')}`);
    for (const name of labels.remove)
        writes.push(`remove label ${name}`);
    let notRequested = 'everyone';
    if (options.requestReviews) {
        const plan = planReviewRequests(repo, pr, { users: decision.reviewers, teams: decision.teamReviewers }, reviewedLogins(facts.reviews));
        const again = staleAckers(decision, facts).filter((login) => !plan.toRequest.some((handle) => handleKey(handle) === handleKey(login)));
        const toRequest = [...plan.toRequest, ...again];
        // A draft defers every request (and then nobody is @-mentioned), as applyDecision does.
        if (toRequest.length === 0 || !pr.draft) {
            const unknown = toRequest.filter((handle) => requestable(handle) === undefined);
            if (unknown.length > 0)
                return { kind: 'needs-handles', handles: unknown };
            const accepted = toRequest.filter((handle) => requestable(handle) === true);
            if (accepted.length > 0)
                writes.push(`request reviews from ${accepted.join(', ')}`);
            const refused = toRequest.filter((handle) => requestable(handle) === false);
            notRequested = [...plan.rejected.map((r) => r.handle), ...refused];
        }
    }
    if (options.comment && !pr.locked) {
        const body = comment.render(notRequested);
        const ours = ourComments(facts.comments, comment.marker, options.commentAuthor);
        if (ours.length === 0 && commentWanted(decision))
            writes.push('create the comment');
        if (ours.length > 1)
            writes.push(`delete ${ours.length - 1} newer copies of the comment`);
        if (ours.length > 0 && normalise(ours[0].body) !== normalise(body))
            writes.push('update the comment');
    }
    if (options.status) {
        const planned = gateStatus(decision, { block: options.block });
        if (!sameStatus(facts.status, planned))
            writes.push(`set the ${options.statusContext} status to ${planned.state}`);
    }
    return { kind: 'planned', writes };
}

/**
 * Lists the PR's changes. When GitHub listed fewer files than the PR's `changed_files`, asks git in
 * `workspace` for `base...head` (what the files API shows: changes since the merge base).
 */
async function readPullChanges(client, repo, pr, workspace) {
    const listed = await listChangedFiles(client, repo, pr.number, pr.changedFiles);
    const fromApi = { files: listed.files, title: pr.title, body: pr.body, diffLines: listed.diffLines };
    if (listed.complete)
        return { complete: true, changes: fromApi, source: 'api' };
    const truncated = `Pull request #${pr.number} changes ${pr.changedFiles} files, but GitHub's API lists only ` +
        `${Math.min(listed.files.length, FILES_API_CAP)} of them.`;
    const fix = 'Check out the repository with both commits before this step, e.g. actions/checkout with fetch-depth: 0 ' +
        '(under pull_request_target also ref: refs/pull/<number>/merge and persist-credentials: false); ' +
        'the action only reads git objects from it, never the checked-out files.';
    if (!workspace)
        return { complete: false, changes: fromApi, reason: `${truncated} GITHUB_WORKSPACE is not set. ${fix}` };
    const git = readGitChanges(`${pr.baseSha}...${pr.headSha}`, workspace);
    if (git.errors.length > 0) {
        const why = git.errors.map(formatSourceError).join('; ');
        return { complete: false, changes: fromApi, reason: `${truncated} git could not list them (${why}). ${fix}` };
    }
    // The PR's own title and body, not the commit message, are what keywords match on.
    return { complete: true, changes: { ...git.value, title: pr.title, body: pr.body }, source: 'git' };
}

/**
 * The subsystems a keyword in the diff could add to `decision`: those with keywords that are neither owners
 * of a path nor already mentioned (by the title or body). In policy order.
 *
 * @example keywordCandidates(decisionOfCOnlyPr, examplePolicy) // → ['RUST']   (its keyword `\b(?i:rust)\b`)
 */
function keywordCandidates(decision, policy) {
    const involved = new Set(decision.subsystems.map((report) => report.name));
    return policy.subsystems.filter((s) => s.keywords.length > 0 && !involved.has(s.name)).map((s) => s.name);
}
/**
 * The candidates whose every label is on the PR (names compare without case): taken as mentioned by the diff.
 * A candidate without labels leaves no trace on the PR and is never carried (a run that needs to know — one
 * with a comment to render — reads the diff).
 *
 * @example carriedMentions(['RUST'], examplePolicy, ['subsystem: rust', 'rust']) // → ['RUST']
 */
function carriedMentions(candidates, policy, labels) {
    const present = new Set(labels.map((label) => label.toLowerCase()));
    const byName = new Map(policy.subsystems.map((s) => [s.name, s]));
    return candidates.filter((name) => {
        const subsystem = byName.get(name);
        return (subsystem !== undefined &&
            subsystem.labels.length > 0 &&
            subsystem.labels.every((l) => present.has(l.toLowerCase())));
    });
}
/**
 * Whether a Rust check that is not off could look at one of `paths`: a Rust file (safety-comment,
 * unstable-feature), a features file or a toolchain file.
 *
 * @example checksCouldLook(['drivers/net/phy/ax88796b_rust.rs'], policy, isRust) // → true
 */
function checksCouldLook(paths, policy, isRust) {
    const { checks, featuresFiles, toolchainFiles } = policy.rustReview;
    if (CHECK_IDS.every((check) => checks[check] === 'off'))
        return false;
    // Through lazy-require (as the checks themselves match them): the action runs without node_modules.
    const named = compilePathSet([...featuresFiles, ...toolchainFiles]);
    return paths.some((path) => isRust(path) || isRustupToolchainFile(path) || named(path));
}

/**
 * One PR of a sweep or a relay (docs/GATE.md, "The sweep" and "The relay"): the per-PR run with "read the
 * facts" replaced by a GraphQL snapshot — decided by decide-pull-request.ts and applied by apply-decision.ts,
 * unchanged. What is read when:
 *
 * - always: nothing beyond the snapshot (its page), the branch's policy (once per branch), and the directory
 *   lookups its paths need (once per page);
 * - judging acks: a permission read per approver whose approval would lift a hold (once per sweep), and
 *   comparisons only for approvals of commits other than the head on held files (read-ack-evidence.ts);
 * - review requests: whether each handle not yet requested is requestable (once per sweep);
 * - a policy edit: the head's policy and the open PRs' paths (proposed-policy.ts, policy-review.ts);
 * - the files with their patches (REST, as the per-PR run reads them) only when GraphQL cannot say enough
 *   (renames, over 100 files), when keywords in the diff could matter (sweep-diff.ts), and always before a
 *   write: every write is made from the same facts a PR event reads;
 * - reviews, comments or the status over REST when the snapshot holds only part of them;
 * - before the first write, the PR and our status again (apply-decision.ts's fence).
 *
 * An unchanged PR — the snapshot already shows its decision — therefore costs no request of its own.
 */
/** Another run changed our status meanwhile: read the PR again and decide anew, this many times at most. */
const MAX_ATTEMPTS$1 = 3;
/** Nothing in a sweep is timed per step: the summary reports the sweep as a whole. */
const untimed = (_step, work) => work();
/**
 * Re-decides one PR and writes what differs. Throws only for a rate limit (the sweep stops there); any other
 * failure becomes an `error` status on the PR's head and an `error` outcome.
 */
async function sweepPullRequest(ctx, first) {
    let snapshot = first;
    for (let attempt = 1;; attempt++) {
        try {
            return await decideAndApply(ctx, snapshot, attempt < MAX_ATTEMPTS$1);
        }
        catch (error) {
            if (error instanceof RestartRun) {
                ctx.log.info(`#${snapshot.pr.number}: ${error.message} Reading it again.`);
                snapshot = await getPullRequestSnapshot(ctx.client, ctx.repo, snapshot.pr.number, ctx.settings.statusContext);
                continue;
            }
            if (classifyRequestError(error).kind === 'rate-limited')
                throw error;
            return failed(ctx, snapshot, error);
        }
    }
}
async function decideAndApply(ctx, snapshot, restartOnConflict) {
    const { settings } = ctx;
    const branch = await ctx.policies.forBranch(snapshot.pr.baseRef);
    if ('error' in branch)
        throw branch.error;
    let facts = await readFacts(ctx, snapshot, branch);
    let exact = snapshot.filesComplete ? null : 'GraphQL does not list all its files with their sources';
    let carried = [];
    if (exact === null) {
        // Which subsystems a keyword in the unread diff could mention, and whether their mentions can be carried.
        const routed = routeChanges(facts.changes, facts.compiled, {
            author: facts.pr.author,
            maxReviewers: settings.maxReviewers,
        });
        const candidates = keywordCandidates(routed, facts.policy);
        exact = diffNeeded(ctx, facts, candidates);
        carried = carriedMentions(candidates, facts.policy, facts.pr.labels);
    }
    if (exact !== null)
        facts = await withDiff(ctx, facts, branch);
    let decision = await decide(ctx, facts, exact === null ? carried : []);
    let draft = commentDraft(ctx, decision, facts.pr.headSha);
    let writes = await plannedWrites(ctx, decision, facts, draft);
    if (writes.length > 0 && exact === null) {
        // Every write is made from the facts a PR event reads: the diff included.
        exact = 'its decision changed (read before writing)';
        facts = await withDiff(ctx, facts, branch);
        decision = await decide(ctx, facts);
        draft = commentDraft(ctx, decision, facts.pr.headSha);
        writes = await plannedWrites(ctx, decision, facts, draft);
    }
    const outcome = {
        number: facts.pr.number,
        verdict: decision.verdict,
        blocked: decision.blocked,
        diffRead: exact,
    };
    if (writes.length === 0)
        return { ...outcome, result: 'unchanged', writes, statusCarried: true };
    // A dry run reports what a real sweep would write, and writes nothing.
    if (settings.dryRun)
        return { ...outcome, result: 'updated', writes, statusCarried: true };
    const applied = await applyDecision({ client: ctx.client, repo: ctx.repo, facts, log: prefixed(ctx.log, facts.pr.number) }, decision, draft, { ...settings, restartOnConflict });
    for (const note of applyNotes(applied)) {
        if (note.warn)
            ctx.log.warning(`#${facts.pr.number}: ${note.text}`);
    }
    if (applied.gate.superseded !== null) {
        return { ...outcome, result: 'superseded', writes: [], statusCarried: true };
    }
    return { ...outcome, result: 'updated', writes, statusCarried: statusCarried(applied, settings) };
}
/** Why the diff must be read although GraphQL listed every path, or null when the labels can stand for it. */
function diffNeeded(ctx, facts, candidates) {
    if (checksCouldLook(facts.paths, facts.policy, (path) => facts.compiled.isRust(path))) {
        if (!ctx.settings.status)
            return 'the Rust checks read it, and with status off no run marks a head as decided';
        if (facts.status === null)
            return 'the Rust checks read it, and no run of ours decided its head yet';
        if (ctx.changedSubsystems === 'all')
            return 'the Rust checks read it, and the policy push changed the policy';
    }
    if (candidates.length === 0)
        return null;
    if (!ctx.settings.status)
        return 'keywords could mention a subsystem, and with status off no run marks a head as decided';
    if (facts.status === null)
        return 'keywords could mention a subsystem, and no run of ours decided its head yet';
    const pushed = ctx.changedSubsystems;
    const changed = candidates.filter((name) => pushed === 'all' || (pushed !== null && pushed.has(name)));
    if (changed.length > 0)
        return `keywords could mention ${changed.join(', ')}, which the policy push changed`;
    return null;
}
function decide(ctx, facts, assumeMentioned) {
    return decidePullRequest(ctx.client, ctx.repo, facts, ctx.settings, untimed, {
        ...(assumeMentioned && assumeMentioned.length > 0 ? { assumeMentioned } : {}),
        ackReads: ctx.reads.ackReads,
        openPulls: ctx.reads.openPulls,
    }).then((decided) => {
        facts.notes.push(...decided.notes);
        return decided.decision;
    });
}
function commentDraft(ctx, decision, headSha) {
    // Rendered as a PR event renders it (main.ts), so an unchanged PR's comment stays byte-identical.
    const lineLink = blobLineLink(ctx.serverUrl, ctx.repo, headSha);
    return {
        marker: COMMENT_MARKER,
        render: (notRequested) => renderComment(decision, { marker: COMMENT_MARKER, notRequested, lineLink }),
    };
}
/** The writes applyDecision would make; reads whether GitHub accepts the reviewers it needs to know about. */
async function plannedWrites(ctx, decision, facts, draft) {
    const plan = () => planWrites(ctx.repo, decision, facts, draft, ctx.settings, (h) => ctx.reads.requestable(h));
    let planned = plan();
    if (planned.kind === 'needs-handles') {
        await ctx.reads.checkRequestable(planned.handles);
        planned = plan();
    }
    if (planned.kind === 'needs-handles')
        throw new Error(`Could not learn whether ${planned.handles.join(', ')} can review.`);
    return planned.writes;
}
/**
 * The facts of the snapshot, completed over REST where GraphQL gave only part, decided by the branch's
 * policy at its tip (`policyCommit`: what directory lookups and ack comparisons are taken at too, as in the
 * per-PR run). Without the diff: `diffLines` is empty until withDiff.
 */
async function readFacts(ctx, snapshot, branch) {
    const { client, repo, settings } = ctx;
    const pr = snapshot.pr;
    const [reviews, comments, status] = await Promise.all([
        snapshot.reviewsComplete ? snapshot.reviews : listReviews(client, repo, pr.number),
        !settings.comment ? [] : snapshot.commentsComplete ? snapshot.comments : listComments(client, repo, pr.number),
        !settings.status
            ? null
            : snapshot.status !== undefined
                ? snapshot.status
                : getCommitStatus(client, repo, pr.headSha, settings.statusContext),
    ]);
    const changes = { files: snapshot.files, title: pr.title, body: pr.body, diffLines: [] };
    return withChanges(ctx, { pr, policyCommit: branch.commit, policy: branch.policy, reviews, status, comments, notes: [] }, branch, changes);
}
/** The facts with the files read over REST, patches and rename sources included, as a PR event reads them. */
async function withDiff(ctx, facts, branch) {
    const listed = await readPullChanges(ctx.client, ctx.repo, facts.pr, ctx.settings.workspace);
    if (!listed.complete) {
        if (ctx.settings.block) {
            throw new Error(`${listed.reason} Failing closed: an incomplete file list cannot prove the PR is not blocked.`);
        }
        facts.notes.push(`Routed only the ${listed.changes.files.length} files GitHub listed: ${listed.reason}`);
    }
    const completed = await withChanges(ctx, facts, branch, listed.changes);
    const interfaces = await ctx.reads.interfaceMap(branch.commit, completed.policy, completed.paths);
    completed.notes.push(...interfaces.notes);
    return interfaces.map === undefined ? completed : { ...completed, interfaceMap: interfaces.map };
}
async function withChanges(ctx, facts, branch, changes) {
    const paths = changedPaths(changes.files).map((entry) => entry.path);
    const questions = directoryQuestions(branch.candidates, paths);
    await ctx.policies.lookUpDirectories(branch.commit, [questions]);
    const notes = [...facts.notes];
    if (questions.unresolved.length > 0) {
        notes.push(`Not looked up (too many), taken as file prefixes: ${questions.unresolved.join(', ')}.`);
    }
    return { ...facts, changes, paths, compiled: ctx.policies.compiledFor(branch, questions), notes };
}
/** A failure on one PR: an `error` status on its head (fail closed), the cause in the outcome. */
async function failed(ctx, snapshot, error) {
    const { settings } = ctx;
    const cause = error instanceof InputError
        ? error.errors.map(formatSourceError).join('\n')
        : error instanceof Error
            ? error.message
            : String(error);
    const pr = snapshot.pr;
    ctx.log.warning(`#${pr.number}: could not decide: ${cause}`);
    const outcome = {
        number: pr.number,
        result: 'error',
        verdict: null,
        blocked: false,
        writes: [],
        diffRead: null,
        statusCarried: false,
        error: cause,
    };
    if (!settings.status || settings.dryRun)
        return { ...outcome, statusCarried: settings.dryRun };
    try {
        const latest = snapshot.status !== undefined
            ? snapshot.status
            : await getCommitStatus(ctx.client, ctx.repo, pr.headSha, settings.statusContext);
        const gate = new WriteGate({
            dryRun: false,
            warn: (m) => ctx.log.warning(`#${pr.number}: ${m}`),
            info: () => undefined,
        });
        const synced = await syncGateStatus({ client: ctx.client, repo: ctx.repo, sha: pr.headSha, context: settings.statusContext, targetUrl: ctx.runUrl }, errorStatus(cause), latest, gate);
        const writes = synced.result === 'written' ? [`set the ${settings.statusContext} status to error`] : [];
        return { ...outcome, writes, statusCarried: synced.result === 'written' || synced.result === 'unchanged' };
    }
    catch (statusError) {
        if (classifyRequestError(statusError).kind === 'rate-limited')
            throw statusError;
        ctx.log.warning(`#${pr.number}: could not set the ${settings.statusContext} status to error: ${String(statusError)}`);
        return outcome;
    }
}
function statusCarried(applied, settings) {
    if (!settings.status || settings.dryRun)
        return settings.dryRun;
    return applied.status.result === 'written' || applied.status.result === 'unchanged';
}
function prefixed(log, number) {
    return { info: (m) => log.info(`#${number}: ${m}`), warning: (m) => log.warning(`#${number}: ${m}`) };
}

/**
 * REST requests kept back before each PR: what one changed PR can cost (reading its files with patches,
 * reading it again before the first write, labels, review requests, the comment and its re-list, the status),
 * with room for its `error` status should it fail.
 */
const REST_RESERVE = 40;
/**
 * GraphQL points kept back besides the next page's cost: a relayed PR read again, tips and directory lookups,
 * a policy edit's preview (a few points each).
 */
const GRAPHQL_RESERVE = 20;
/** A page's cost before any page was read: 50 PRs with six connections each is about 3 points. */
const FIRST_PAGE_COST = 5;
/**
 * Why to stop before the next step, or null to go on. `next` is a page of PRs (GraphQL) or one PR (mostly
 * REST); `pageCost` the last page's cost in points.
 *
 * @example stopReason({ core: { remaining: 12, limit: 1000, reset: 1767606000 } }, 'pull', 3)
 *   // → 'the REST API has 12 requests left (40 kept back) until 09:40:00 UTC'
 */
function stopReason(budgets, next, pageCost) {
    const { core, graphql } = budgets;
    if (core !== undefined && core.remaining < REST_RESERVE) {
        return `the REST API has ${core.remaining} requests left (${REST_RESERVE} kept back) until ${clock(core.reset)}`;
    }
    const needed = (next === 'page' ? pageCost : 0) + GRAPHQL_RESERVE;
    if (graphql !== undefined && graphql.remaining < needed) {
        return `the GraphQL API has ${graphql.remaining} points left (${needed} needed) until ${clock(graphql.reset)}`;
    }
    return null;
}
function clock(reset) {
    return reset > 0 ? `${new Date(reset * 1000).toISOString().slice(11, 19)} UTC` : 'it resets';
}

/**
 * The policy each swept PR is decided by: the policy at the **tip of its base branch**, read once per branch
 * and compiled once per directory signature (directory-answers.ts). Not the PR's `base.sha`: GitHub moves that
 * only when the PR itself is pushed to, so after a policy push every older PR would still be decided by the
 * old policy — which is what the sweep exists to correct (docs/GATE.md, "The sweep").
 */
class SweepPolicies {
    #client;
    #repo;
    #config;
    #log;
    #tips = new Map();
    #policies = new Map();
    /** `commit:candidate` → whether it is a directory there. */
    #directories = new Map();
    /** `commit\0signature` → the compiled policy. */
    #compiled = new Map();
    constructor(client, repo, config, log) {
        this.#client = client;
        this.#repo = repo;
        this.#config = config;
        this.#log = log;
    }
    /** Takes `policy` as read at `commit`, the tip of `branch` (a push already read it): no second read. */
    seed(branch, commit, policy) {
        this.#policies.set(branch, Promise.resolve({ branch, commit, policy, candidates: indexCandidates(policy.subsystems) }));
    }
    /** Why each branch whose policy could not be read failed, in words (`branch: cause`). */
    async errors() {
        const read = await Promise.all(this.#policies.values());
        return read.flatMap((branch) => ('error' in branch ? [`${branch.branch}: ${describe$1(branch.error)}`] : []));
    }
    /** The tip of `branch` as resolved (resolveTips first); null when it does not exist. */
    async tip(branch) {
        if (!this.#tips.has(branch))
            await this.resolveTips([branch]);
        return this.#tips.get(branch) ?? null;
    }
    /** Reads the tips of the branches not known yet, in one request. */
    async resolveTips(branches) {
        const unknown = [...new Set(branches)].filter((branch) => !this.#tips.has(branch));
        if (unknown.length === 0)
            return;
        const { tips } = await getGitObjects(this.#client, this.#repo, { branches: unknown });
        for (const branch of unknown)
            this.#tips.set(branch, tips.get(branch) ?? null);
    }
    /** The policy of `branch` at its tip (read once per branch; resolveTips first). */
    forBranch(branch) {
        let policy = this.#policies.get(branch);
        if (policy === undefined) {
            policy = this.#read(branch);
            this.#policies.set(branch, policy);
        }
        return policy;
    }
    async #read(branch) {
        if (!this.#tips.has(branch))
            await this.resolveTips([branch]);
        const commit = this.#tips.get(branch) ?? null;
        if (commit === null) {
            return {
                branch,
                commit,
                error: new Error(`The base branch ${branch} does not exist any more: its policy cannot be read.`),
            };
        }
        try {
            const read = await readPolicyAtCommit(this.#client, this.#repo, this.#config, commit);
            for (const warning of read.warnings)
                this.#log.warning(warning.message, warning);
            if (read.value === null)
                throw new InputError(read.errors);
            this.#log.info(`Policy of ${branch}: ${this.#config} at its tip ${commit} (${read.value.subsystems.length} subsystems).`);
            return { branch, commit, policy: read.value, candidates: indexCandidates(read.value.subsystems) };
        }
        catch (error) {
            return { branch, commit, error: error instanceof Error ? error : new Error(String(error)) };
        }
    }
    /**
     * Asks the tree at `commit` about every candidate the PRs' questions look up and nobody asked yet: one
     * GraphQL request for a page of PRs (the per-PR run makes one contents read per candidate).
     */
    async lookUpDirectories(commit, questions) {
        const wanted = [...new Set(questions.flatMap((q) => q.lookUp))].filter((c) => !this.#directories.has(`${commit}:${c}`));
        if (wanted.length === 0)
            return;
        const { objects } = await getGitObjects(this.#client, this.#repo, { objects: wanted.map((c) => `${commit}:${c}`) });
        for (const candidate of wanted) {
            this.#directories.set(`${commit}:${candidate}`, objects.get(`${commit}:${candidate}`)?.kind === 'tree');
        }
    }
    /**
     * The policy compiled as the per-PR run would compile it for a PR with these questions (lookUpDirectories
     * first). Compile warnings are logged once per policy.
     *
     * @throws InputError when the policy does not compile (a bad pattern): every PR of the branch gets `error`.
     */
    compiledFor(branch, questions) {
        const signature = directorySignature(questions, (c) => this.#directories.get(`${branch.commit}:${c}`) === true);
        const key = `${branch.commit}\u0000${signature.join('\u0000')}`;
        let compiled = this.#compiled.get(key);
        if (compiled === undefined) {
            const directories = new Set(signature);
            const result = compilePolicy(branch.policy, { isDirectory: (pattern) => directories.has(pattern) });
            if (result.errors.length > 0)
                throw new InputError(result.errors);
            const first = ![...this.#compiled.keys()].some((k) => k.startsWith(`${branch.commit}\u0000`));
            if (first)
                for (const warning of result.warnings)
                    this.#log.warning(warning.message, warning);
            compiled = result.value;
            this.#compiled.set(key, compiled);
        }
        return compiled;
    }
}
function describe$1(error) {
    return error instanceof InputError ? error.errors.map(formatSourceError).join('; ') : error.message;
}

/**
 * Files larger than this are not read. GitHub's `Blob.text` stops at about 512 KB and says `isTruncated`
 * (observed; the emulator models 512 KiB): a cut file would name only some of its headers, so the API reader
 * drops it, and the local readers drop the same files, so that the action routes a PR the same with or
 * without a checkout. The kernel's largest interface file (rust/kernel/init/macros.rs) is about 50 KB.
 */
const MAX_INTERFACE_FILE_BYTES = 512 * 1024;
/** Git's own test for binary content: a NUL byte in the first 8,000 bytes (buffer_is_binary in xdiff-interface.c). */
const BINARY_PROBE_BYTES = 8000;
/**
 * Compiles the patterns once. A pattern's static prefix is its leading literal segments: `rust/helpers/*.c`
 * lists `rust/helpers` (depth 1), `rust/**\/*.rs` lists `rust` all the way down, and a plain path is read as
 * it is. Brace alternatives each give their own prefix. A walk inside another's reach is dropped.
 *
 * @example compileInterfaceGlobs(['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**\/*.rs'])
 *   // → { paths: ['rust/bindings/bindings_helper.h'], walks: [{ dir: 'rust', depth: Infinity }], … }
 */
function compileInterfaceGlobs(patterns) {
    const { Minimatch, GLOBSTAR } = lazyRequire('minimatch');
    const compiled = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
    const paths = new Set();
    const depths = new Map();
    for (const glob of compiled) {
        if (glob.negate || glob.comment || glob.empty)
            continue;
        for (const parts of glob.set) {
            const literal = parts.findIndex((part) => typeof part !== 'string');
            if (literal === -1) {
                paths.add(parts.join('/'));
                continue;
            }
            const dir = parts.slice(0, literal).join('/');
            const rest = parts.slice(literal);
            const depth = rest.some((part) => part === GLOBSTAR) ? Infinity : rest.length;
            depths.set(dir, Math.max(depths.get(dir) ?? 0, depth));
        }
    }
    const isInterfaceFile = compileInterfaceFiles(patterns);
    const walks = [...depths].map(([dir, depth]) => ({ dir, depth })).sort((a, b) => compare(a.dir, b.dir));
    return {
        paths: [...paths].sort(compare),
        walks: walks.filter((walk) => !walks.some((other) => other !== walk && reaches(other, walk))),
        matches: isInterfaceFile,
        mayContain: (dir) => compiled.some((glob) => glob.match(dir, true)),
    };
}
/** Whether `outer` lists everything `inner` would. */
function reaches(outer, inner) {
    if (outer.dir === inner.dir)
        return outer.depth > inner.depth;
    if (outer.dir !== '' && !inner.dir.startsWith(`${outer.dir}/`))
        return false;
    const below = outer.dir === '' ? inner.dir.split('/').length : inner.dir.split('/').length - outer.dir.split('/').length;
    return outer.depth >= below + inner.depth;
}
/** Whether bytes look binary to git: a NUL in the first 8,000. */
function isBinaryContent(bytes) {
    return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/**
 * The GraphQL documents that read the interface files at a commit (read-interface-files.ts): one lists the
 * trees below each glob's static prefix, several levels of nested `entries` in one request; the other reads
 * many blobs' text in one request. Built per use with one alias per tree, path or blob; every value (owner,
 * name, `commit:path` expressions) goes in a variable, never into the document's text, so a path cannot change
 * the query. Validated against GitHub's published schema in interface-files.graphql.test.ts.
 */
/**
 * Levels of a tree listed in one request: the tree's own entries and three levels of subtrees below them.
 * The kernel's rust/ is four levels deep (rust/kernel/sync/arc/std_vendor.rs), so it takes one request;
 * deeper subtrees continue in follow-up requests. `Tree.entries` is a plain list (no connection, so no node
 * limit or point cost applies), but every level multiplies the answer: more would risk GitHub's timeout on a
 * broad prefix.
 */
const TREE_LEVELS = 4;
/** Fields of one tree entry, with `levels - 1` levels of subtrees below it. */
function entryFields(levels) {
    const own = 'name type size';
    return levels <= 1 ? own : `${own} object { ... on Tree { entries { ${entryFields(levels - 1)} } } }`;
}
/**
 * A document listing `trees` trees (`t0…`, `commit:dir` expressions) `levels` levels deep, and the size of
 * `paths` plain paths (`p0…`, `commit:path`; an object that is not a blob answers `{}`).
 *
 * @example interfaceTreesDocument(1, 1, 2)
 *   // → 'query InterfaceTrees($owner: String!, $name: String!, $t0: String!, $p0: String!) { repository(…) {
 *   //    t0: object(expression: $t0) { ... on Tree { entries { name type size object { ... on Tree { entries { name type size } } } } } }
 *   //    p0: object(expression: $p0) { ... on Blob { byteSize } } } }'
 */
function interfaceTreesDocument(trees, paths, levels = TREE_LEVELS) {
    const variables = ['$owner: String!', '$name: String!'];
    const fields = [];
    for (let i = 0; i < trees; i++) {
        variables.push(`$t${i}: String!`);
        fields.push(`t${i}: object(expression: $t${i}) { ... on Tree { entries { ${entryFields(levels)} } } }`);
    }
    for (let i = 0; i < paths; i++) {
        variables.push(`$p${i}: String!`);
        fields.push(`p${i}: object(expression: $p${i}) { ... on Blob { byteSize } }`);
    }
    return `query InterfaceTrees(${variables.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
}
/**
 * A document reading the text of `blobs` blobs (`b0…`, `commit:path` expressions).
 *
 * @example interfaceBlobsDocument(1)
 *   // → 'query InterfaceBlobs($owner: String!, $name: String!, $b0: String!) { repository(…) {
 *   //    b0: object(expression: $b0) { ... on Blob { text isBinary isTruncated } } } }'
 */
function interfaceBlobsDocument(blobs) {
    const variables = ['$owner: String!', '$name: String!'];
    const fields = [];
    for (let i = 0; i < blobs; i++) {
        variables.push(`$b${i}: String!`);
        fields.push(`b${i}: object(expression: $b${i}) { ... on Blob { text isBinary isTruncated } }`);
    }
    return `query InterfaceBlobs(${variables.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
}

/**
 * `POST /graphql` `repository.object`, aliased: the interface files (`rust.interface-files`) at a commit, for
 * the action when it has no checkout of the base commit. Two phases, few requests: list the trees below each
 * glob's static prefix (several levels of nested entries a request, deeper subtrees in follow-ups), then read
 * the matching blobs' text in batches. For the kernel's rust/ (93 files) that is 2 requests.
 */
/**
 * Text read in one request, at most (by the listed sizes). 100 blobs of up to 512 KB each could make a 50 MB
 * answer, which risks GitHub's timeout; the kernel's whole rust/ is under 1 MB, so it still takes one request.
 */
const MAX_BLOB_BYTES_PER_REQUEST = 4 * 1024 * 1024;
/**
 * Reads the files matching `patterns` (minimatch, `{ dot: true }`) at `commitSha`, at most `cap` of them
 * (headers first, then C files, then the rest, each in path order). Binary and truncated blobs are not used
 * and count in `notRead`, with the files over the cap. A prefix that is not there is simply nothing.
 *
 * Throws what the other readers of github/ throw (describeRequestFailure: "Could not … : HTTP …", with the
 * cause): the caller decides whether interface routing is skipped.
 *
 * @example await readInterfaceFiles(client, repo, base, ['rust/helpers/*.c'])
 *   // → { texts: Map { 'rust/helpers/blk.c' → '// SPDX…#include <linux/blk-mq.h>…', … }, notRead: 0 }
 */
async function readInterfaceFiles(client, repo, commitSha, patterns, cap = MAX_INTERFACE_FILES) {
    const globs = compileInterfaceGlobs(patterns);
    const sizes = await listInterfaceFiles(client, repo, commitSha, globs);
    const { chosen, over } = chooseInterfaceFiles(sizes.keys(), cap);
    const result = { texts: new Map(), notRead: over };
    for (const batch of batchesOf(chosen, sizes)) {
        const variables = { owner: repo.owner, name: repo.repo };
        batch.forEach((path, i) => (variables[`b${i}`] = `${commitSha}:${path}`));
        let answer;
        try {
            answer = await client.graphql(interfaceBlobsDocument(batch.length), variables);
        }
        catch (error) {
            throw describeRequestFailure(`read ${batch.length} interface files at ${commitSha}`, error);
        }
        batch.forEach((path, i) => {
            const blob = answer.repository?.[`b${i}`];
            // Blob.text is null for a binary blob and cut short when isTruncated: either would name too few headers.
            if (typeof blob?.text !== 'string' || blob.isBinary || blob.isTruncated)
                result.notRead++;
            else
                result.texts.set(path, blob.text);
        });
    }
    return result;
}
/** Every matching file below the static prefixes, and the plain paths that are blobs, with their sizes. */
async function listInterfaceFiles(client, repo, commitSha, globs) {
    const found = new Map();
    let trees = [...globs.walks];
    let paths = [...globs.paths];
    while (trees.length > 0 || paths.length > 0) {
        const treeChunk = trees.slice(0, MAX_ITEMS_PER_REQUEST);
        const pathChunk = paths.slice(0, MAX_ITEMS_PER_REQUEST - treeChunk.length);
        trees = trees.slice(treeChunk.length);
        paths = paths.slice(pathChunk.length);
        const levels = Math.min(TREE_LEVELS, Math.max(1, ...treeChunk.map((tree) => tree.depth)));
        const variables = { owner: repo.owner, name: repo.repo };
        treeChunk.forEach((tree, i) => (variables[`t${i}`] = `${commitSha}:${tree.dir}`));
        pathChunk.forEach((path, i) => (variables[`p${i}`] = `${commitSha}:${path}`));
        let answer;
        try {
            answer = await client.graphql(interfaceTreesDocument(treeChunk.length, pathChunk.length, levels), variables);
        }
        catch (error) {
            const what = treeChunk.map((tree) => tree.dir || '/').join(', ') || pathChunk.join(', ');
            throw describeRequestFailure(`list the interface files in ${what} at ${commitSha}`, error);
        }
        const repository = answer.repository ?? {};
        treeChunk.forEach((tree, i) => {
            const listed = repository[`t${i}`]?.entries;
            if (listed)
                trees.push(...visitEntries(listed, tree.dir, 1, levels, tree.depth, globs, found));
        });
        pathChunk.forEach((path, i) => {
            const size = repository[`p${i}`]?.byteSize;
            if (typeof size === 'number')
                found.set(path, size);
        });
    }
    return found;
}
/**
 * Records the matching blobs among `entries` (level `level` below the walk's directory), descends into the
 * subtrees the answer holds, and returns the subtrees left to list in a follow-up request.
 */
function visitEntries(entries, dir, level, levels, depth, globs, found) {
    const pending = [];
    for (const entry of entries) {
        const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.type === 'blob') {
            if (globs.matches(path))
                found.set(path, entry.size);
            continue;
        }
        // A submodule (`commit`) has no files here; a subtree only matters within the walk's depth.
        if (entry.type !== 'tree' || level >= depth || !globs.mayContain(path))
            continue;
        const below = entry.object?.entries;
        if (level < levels && below) {
            pending.push(...visitEntries(below, path, level + 1, levels, depth, globs, found));
        }
        else {
            pending.push({ dir: path, depth: depth - level });
        }
    }
    return pending;
}
/** `paths` in order, cut into requests of at most 100 blobs and about MAX_BLOB_BYTES_PER_REQUEST of text. */
function batchesOf(paths, sizes) {
    const batches = [];
    let batch = [];
    let bytes = 0;
    for (const path of paths) {
        const size = sizes.get(path) ?? 0;
        if (batch.length > 0 && (batch.length >= MAX_ITEMS_PER_REQUEST || bytes + size > MAX_BLOB_BYTES_PER_REQUEST)) {
            batches.push(batch);
            batch = [];
            bytes = 0;
        }
        batch.push(path);
        bytes += size;
    }
    if (batch.length > 0)
        batches.push(batch);
    return batches;
}

/**
 * The Rust ↔ C map of one base commit (docs/RUST-REVIEW.md, "The Rust ↔ C map"), from the interface files'
 * texts: built once per run, then looked up both ways by interface-pairs.ts.
 */
/**
 * Builds the map from `texts` (repository path → content, as read at the base). A file naming no header is
 * left out of `headersOf`. `notRead` is passed through for the report's note (interfaceFilesIn's count).
 *
 * @example buildInterfaceMap(new Map([['rust/helpers/blk.c', '#include <linux/blkdev.h>\n']])).rustOf.get('include/linux/blkdev.h')
 *   // → ['rust/helpers/blk.c']
 */
function buildInterfaceMap(texts, notRead = 0) {
    const headersOf = new Map();
    const rustOf = new Map();
    // Sorted first, so both maps iterate in path order and every list comes out sorted without a second pass.
    for (const path of [...texts.keys()].sort(compare)) {
        const headers = headersInText(path, texts.get(path) ?? '');
        if (headers.length === 0)
            continue;
        headersOf.set(path, headers);
        for (const header of headers) {
            const rust = rustOf.get(header);
            if (rust === undefined)
                rustOf.set(header, [path]);
            else
                rust.push(path);
        }
    }
    const sortedRustOf = new Map([...rustOf].sort(([a], [b]) => compare(a, b)));
    return { headersOf, rustOf: sortedRustOf, notRead };
}

/**
 * The interface files (`rust.interface-files`) at a commit, read from a local git object store: the action's
 * alternative to the API when the workspace's clone has the base commit (a `fetch-depth: 0` checkout). The same
 * files as src/github/read-interface-files.ts reads, chosen the same way, so the routing does not depend on
 * which reader ran: `git ls-tree` below the static prefixes, then one `git cat-file --batch` for the blobs.
 */
/** The tree listing below the prefixes; the kernel's whole tree is about 8 MB, so this is never reached. */
const LS_TREE_MAX_BYTES = 64 * 1024 * 1024;
/**
 * Reads the files matching `patterns` (minimatch, `{ dot: true }`) at `commitSha` in the repository at `cwd`,
 * at most `cap` of them (headers first, then C files, then the rest, each in path order). Binary files and
 * files over MAX_INTERFACE_FILE_BYTES (what GitHub's Blob.text would truncate) count in `notRead`, with the
 * files over the cap.
 *
 * Returns null when it cannot read there: git missing, `cwd` not a repository, the commit or one of the blobs
 * absent (a shallow or partial clone; lazy fetching is off, so this never goes to the network). The caller
 * then reads through the API. Throws, naming the command and `cwd`, when git fails otherwise.
 *
 * @example readGitTreeFiles('/home/runner/work/linux/linux', base, ['rust/helpers/*.c'])
 *   // → { texts: Map { 'rust/helpers/blk.c' → '// SPDX…', … }, notRead: 0 }, or null without the commit
 */
function readGitTreeFiles(cwd, commitSha, patterns, cap = MAX_INTERFACE_FILES) {
    const present = runGit(['cat-file', '-e', `${commitSha}^{commit}`], cwd, 1024);
    if (!present.ok)
        return null;
    const globs = compileInterfaceGlobs(patterns);
    const prefixes = [...globs.walks.map((walk) => walk.dir), ...globs.paths];
    if (prefixes.length === 0)
        return { texts: new Map(), notRead: 0 };
    // An empty prefix is the whole tree: no pathspec then (`--full-tree` keeps pathspecs from the root either way).
    const pathspecs = prefixes.includes('') ? [] : prefixes;
    const listing = runGit(['ls-tree', '-r', '-z', '-l', '--full-tree', commitSha, '--', ...pathspecs], cwd, LS_TREE_MAX_BYTES);
    if (!listing.ok)
        throw gitFailed('ls-tree', cwd, listing.message);
    const blobs = new Map();
    for (const [path, blob] of parseLsTree(listing.stdout.toString('utf8'))) {
        if (globs.matches(path))
            blobs.set(path, blob);
    }
    const { chosen, over } = chooseInterfaceFiles(blobs.keys(), cap);
    // `ls-tree -l` prints `-` for the size of a blob the object store lacks (a partial clone).
    if (chosen.some((path) => !Number.isFinite(blobs.get(path)?.size)))
        return null;
    const result = { texts: new Map(), notRead: over };
    const wanted = chosen.filter((path) => {
        const small = (blobs.get(path)?.size ?? 0) <= MAX_INTERFACE_FILE_BYTES;
        if (!small)
            result.notRead++;
        return small;
    });
    if (wanted.length === 0)
        return result;
    const input = wanted.map((path) => blobs.get(path)?.oid).join('\n') + '\n';
    const bytes = wanted.reduce((sum, path) => sum + (blobs.get(path)?.size ?? 0) + 100, 0);
    const contents = runGit(['cat-file', '--batch'], cwd, bytes + 1024, input);
    if (!contents.ok)
        throw gitFailed('cat-file --batch', cwd, contents.message);
    const read = parseBatch(contents.stdout);
    if (read.length !== wanted.length || read.some((blob) => blob === null))
        return null;
    wanted.forEach((path, i) => {
        const blob = read[i];
        if (isBinaryContent(blob))
            result.notRead++;
        else
            result.texts.set(path, blob.toString('utf8'));
    });
    return result;
}
/**
 * `git ls-tree -r -z -l` records: `<mode> SP <type> SP <oid> SP* <size> TAB <path> NUL`. Only blobs (not
 * submodules, which are `commit`s). The size is NaN where git prints `-` (a blob the store lacks).
 */
function parseLsTree(output) {
    const blobs = [];
    for (const record of output.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [, type, oid, size] = record.slice(0, tab).split(/ +/);
        if (type === 'blob')
            blobs.push([record.slice(tab + 1), { oid, size: Number(size) }]);
    }
    return blobs;
}
/**
 * `git cat-file --batch` answers, in input order: `<oid> SP <type> SP <size> LF <bytes> LF`, or
 * `<input> SP missing LF` (null here).
 */
function parseBatch(output) {
    const blobs = [];
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf(0x0a, at);
        if (end < 0)
            break;
        const header = output.subarray(at, end).toString('utf8').split(' ');
        at = end + 1;
        if (header.length !== 3) {
            blobs.push(null);
            continue;
        }
        const size = Number(header[2]);
        blobs.push(output.subarray(at, at + size));
        at += size + 1;
    }
    return blobs;
}
/** Runs git without a shell, in the C locale, without touching the index or fetching missing objects. */
function runGit(args, cwd, maxBuffer, input) {
    const result = __builtin.spawnSync('git', ['-c', 'core.quotepath=false', ...args], {
        cwd,
        input,
        maxBuffer,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' },
    });
    if (result.error)
        return { ok: false, message: result.error.message };
    if (result.status !== 0) {
        const stderr = result.stderr.toString('utf8');
        return {
            ok: false,
            message: stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${result.status}`,
        };
    }
    return { ok: true, stdout: result.stdout };
}
function gitFailed(command, cwd, message) {
    return new Error(`Could not read the interface files: git ${command} failed in ${cwd}: ${message}`);
}

/**
 * Reads and builds the map at `commit`, or says why not. `whole`: the whole map, as a sweep keeps it for every PR
 * of a base commit. Otherwise only what this change needs: with no header changed only rust-to-c pairs are
 * possible, and those need only the changed interface files themselves (one request), not the tree.
 *
 * @example (await readInterfaceMap(client, repo, '5f1b2c3…', policy, ['include/linux/phy.h'], undefined)).map?.rustOf.get('include/linux/phy.h')
 *   // → ['rust/kernel/net/phy.rs']
 */
async function readInterfaceMap(client, repo, commit, policy, paths, workspace, whole = false) {
    if (!interfacesWanted(policy, paths))
        return { notes: [] };
    const patterns = whole || paths.some((path) => path.endsWith('.h'))
        ? policy.rustReview.interfaceFiles
        : changedInterfaceFiles(policy, paths);
    try {
        const local = workspace === undefined ? null : readGitTreeFiles(workspace, commit, patterns, MAX_INTERFACE_FILES);
        const read = local ?? (await readInterfaceFiles(client, repo, commit, patterns, MAX_INTERFACE_FILES));
        return { map: buildInterfaceMap(read.texts, read.notRead), notes: [] };
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return { notes: [`Interface routing skipped: the interface files could not be read at ${commit} (${why}).`] };
    }
}
/** The changed interface files, as patterns that each name exactly that path. */
function changedInterfaceFiles(policy, paths) {
    const { escape } = lazyRequire('minimatch');
    const isInterfaceFile = compileInterfaceFiles(policy.rustReview.interfaceFiles);
    return paths.filter(isInterfaceFile).map((path) => escape(path));
}

/** Memoises an async read by key; a failed read is forgotten, so a later PR may try again. */
function memo(read) {
    const known = new Map();
    return (key) => {
        let answer = known.get(key);
        if (answer === undefined) {
            answer = read(key);
            known.set(key, answer);
            answer.catch(() => known.delete(key));
        }
        return answer;
    };
}
class SweepReads {
    ackReads;
    openPulls;
    #requestable = new Map();
    #client;
    #repo;
    #workspace;
    #maps = new Map();
    constructor(client, repo, workspace) {
        this.#client = client;
        this.#repo = repo;
        this.#workspace = workspace;
        const compare = memo((key) => {
            const [base, commit] = key.split('...');
            return compareCommits(client, repo, base, commit);
        });
        const permission = memo((login) => getCollaboratorPermission(client, repo, login));
        this.ackReads = {
            compare: (base, commit) => compare(`${base}...${commit}`),
            permission: (login) => permission(login.toLowerCase()),
        };
        const open = memo((base) => openPullsFromApi(client, repo)(base));
        this.openPulls = (base) => open(base);
    }
    /**
     * The Rust ↔ C map at `commit`, read once per sweep and commit, and only for a PR whose paths could touch an
     * interface (read-interface-map.ts).
     */
    interfaceMap(commit, policy, paths) {
        if (!interfacesWanted(policy, paths))
            return Promise.resolve({ notes: [] });
        let read = this.#maps.get(commit);
        if (read === undefined) {
            read = readInterfaceMap(this.#client, this.#repo, commit, policy, paths, this.#workspace, true);
            this.#maps.set(commit, read);
        }
        return read;
    }
    /** Whether GitHub accepts `handle` as a reviewer, once read; undefined before. */
    requestable(handle) {
        return this.#requestable.get(handle.toLowerCase());
    }
    /** Reads whether GitHub accepts each handle (a read each, once per sweep). */
    async checkRequestable(handles) {
        const unknown = [...new Set(handles.map((h) => h.toLowerCase()))].filter((h) => !this.#requestable.has(h));
        const answers = await Promise.all(unknown.map((handle) => isTeam(handle) ? isTeamVisible(this.#client, handle) : isCollaborator(this.#client, this.#repo, handle)));
        unknown.forEach((handle, i) => this.#requestable.set(handle, answers[i]));
    }
}

/** PRs per GraphQL page: 50 PRs of up to 100 files, reviews and comments each stay well inside GitHub's
 * node limit and answer in a few seconds; 500 PRs are ten pages. */
const PAGE_SIZE = 50;
/**
 * Runs the sweep or the relay a plan asks for.
 *
 * @example (await runSweep(env, { kind: 'sweep', trigger: 'schedule' })).outcomes.filter((o) => o.result === 'updated')
 */
async function runSweep(env, plan) {
    const report = {
        trigger: plan.trigger,
        scope: 'every open pull request',
        skipped: null,
        outcomes: [],
        open: 0,
        stopped: null,
        limited: false,
        policyErrors: [],
    };
    const policies = new SweepPolicies(env.client, env.repo, env.settings.config, env.log);
    const ctx = {
        client: env.client,
        repo: env.repo,
        settings: env.settings,
        log: env.log,
        policies,
        reads: new SweepReads(env.client, env.repo, env.settings.workspace),
        changedSubsystems: null,
        runUrl: env.runUrl,
        serverUrl: env.serverUrl,
    };
    if (plan.kind === 'relay') {
        report.scope = `the open pull requests whose head is ${plan.headSha.slice(0, 7)}`;
        const pulls = await relayedPulls(env, plan);
        if (pulls.length === 0) {
            report.skipped =
                `No open pull request from ${plan.headOwner}:${plan.headBranch} has the head ${plan.headSha.slice(0, 7)} ` +
                    'any more (closed, or pushed to since): the run for its new head decides.';
            return report;
        }
        report.open = pulls.length;
        await sweepPulls(ctx, env, pulls, report);
        return finish$1(report, ctx);
    }
    if (plan.push !== undefined) {
        report.scope = `the open pull requests into ${plan.push.branch}`;
        const verdict = await policyPushVerdict(env.client, env.repo, env.settings.config, plan.push);
        if (!verdict.changed) {
            report.skipped = `The push left the policy alone (${verdict.why}): no pull request to re-decide.`;
            return report;
        }
        env.log.info(`Sweeping the open pull requests into ${plan.push.branch}: ${verdict.why}.`);
        // Decided by the branch's tip, as PR events are: the push's own policy when nothing landed since.
        if (verdict.after !== null && (await policies.tip(plan.push.branch)) === plan.push.after) {
            policies.seed(plan.push.branch, plan.push.after, verdict.after);
        }
        ctx.changedSubsystems = verdict.changedSubsystems;
    }
    await sweepPages(ctx, env, plan.push?.branch, report);
    return finish$1(report, ctx);
}
/** Pages through the open PRs (of `base`, or all), deciding each, until done, limited or out of budget. */
async function sweepPages(ctx, env, base, report) {
    // Both budgets before the first page, so even that one is never refused.
    await readRateLimits(env.client, env.limits);
    const limit = env.settings.sweepLimit;
    const seen = new Set();
    let cursor = null;
    let pageCost = FIRST_PAGE_COST;
    for (;;) {
        const why = stopReason(budgets(env.limits), 'page', pageCost);
        if (why !== null) {
            report.stopped = { before: null, reason: why };
            return;
        }
        const first = Math.max(1, Math.min(PAGE_SIZE, limit - report.outcomes.length));
        let page;
        try {
            page = await listOpenPullRequests(env.client, env.repo, {
                ...(base === undefined ? {} : { base }),
                context: env.settings.statusContext,
                first,
                cursor,
            });
        }
        catch (error) {
            if (classifyRequestError(error).kind !== 'rate-limited')
                throw error;
            report.stopped = { before: null, reason: 'GitHub refused the next page: the rate limit is spent' };
            return;
        }
        pageCost = page.rate?.cost ?? pageCost;
        if (cursor === null)
            report.open = page.totalCount;
        const fresh = page.pulls.filter((pull) => !seen.has(pull.pr.number));
        for (const pull of fresh)
            seen.add(pull.pr.number);
        const room = limit - report.outcomes.length;
        if (fresh.length > room)
            report.limited = true;
        const done = await sweepPulls(ctx, env, fresh.slice(0, room), report);
        if (!done)
            return;
        if (report.outcomes.length >= limit) {
            report.limited ||= page.nextCursor !== null;
            return;
        }
        if (page.nextCursor === null)
            return;
        cursor = page.nextCursor;
    }
}
/**
 * Decides `pulls` in order; false when the rate limit stopped the run (report.stopped says before which PR).
 * What the PRs of a page share is read first, once: their branches' tips and policies, the directory lookups.
 */
async function sweepPulls(ctx, env, pulls, report) {
    await prefetch(ctx, pulls);
    for (const pull of pulls) {
        const why = stopReason(budgets(env.limits), 'pull', 0);
        if (why !== null) {
            report.stopped = { before: pull.pr.number, reason: why };
            return false;
        }
        try {
            const outcome = await sweepPullRequest(ctx, pull);
            report.outcomes.push(outcome);
            if (outcome.result === 'updated' || outcome.result === 'superseded') {
                env.log.info(`#${outcome.number}: ${outcome.result} (${outcome.writes.join('; ') || 'nothing written'}).`);
            }
        }
        catch (error) {
            // Only a rate limit gets here (sweepPullRequest turns every other failure into an `error` outcome).
            report.stopped = {
                before: pull.pr.number,
                reason: `GitHub refused a request: ${classifyRequestError(error).message}`,
            };
            return false;
        }
    }
    return true;
}
/** Tips and policies of the page's branches, and the directory lookups of PRs whose paths GraphQL listed. */
async function prefetch(ctx, pulls) {
    const branches = [...new Set(pulls.map((pull) => pull.pr.baseRef))];
    await ctx.policies.resolveTips(branches);
    for (const branch of branches) {
        const policy = await ctx.policies.forBranch(branch);
        if ('error' in policy)
            continue;
        const questions = pulls
            .filter((pull) => pull.pr.baseRef === branch && pull.filesComplete)
            .map((pull) => directoryQuestions(policy.candidates, pull.files.map((file) => file.path)));
        await ctx.policies.lookUpDirectories(policy.commit, questions);
    }
}
/**
 * The relay's PRs: the open PRs from `owner:branch` whose head GitHub reports as the run's head SHA. The owner
 * and branch (text from the fork) only narrow the list; the PR numbers come from GitHub's answer.
 */
async function relayedPulls(env, plan) {
    const heads = await listPullRequestsByHead(env.client, env.repo, plan.headOwner, plan.headBranch);
    const matching = heads.filter((pull) => pull.headSha === plan.headSha);
    const snapshots = await Promise.all(matching.map((pull) => getPullRequestSnapshot(env.client, env.repo, pull.number, env.settings.statusContext)));
    // Read again just now: a push since the list was read moves the head, and that head's own run decides.
    return snapshots.filter((snapshot) => snapshot.pr.state === 'open' && snapshot.pr.headSha === plan.headSha);
}
async function finish$1(report, ctx) {
    report.policyErrors = await ctx.policies.errors();
    return report;
}
function budgets(limits) {
    return { core: limits.get('core'), graphql: limits.get('graphql') };
}

/** The documented keys, in their order (docs/ROUTING.md, "The JSON shape"). */
const DECISION_KEYS = ['files', 'mentioned', 'labels', 'reviewers', 'teamReviewers', 'blocked', 'holds'];
/** The documented hold keys in their order, then the gate's (docs/ROUTING.md, "The JSON shape"; docs/GATE.md, "Acks"). */
const HOLD_KEYS = ['subsystem', 'stance', 'files', 'canLift', 'liftedBy', 'droppedAcks', 'cannotAck'];
/**
 * Prints the decision with a trailing newline. FileDecision objects are built with the documented key order
 * (see decideFile), so they are printed as they are.
 *
 * @example renderJson(decision)
 *   // → '{\n  "files": [\n    {"path":"rust/kernel/str.rs","rust":true,…}\n  ],\n  "mentioned": [],\n  …\n}\n'
 */
function renderJson(decision) {
    return [...renderJsonChunks(decision)].join('');
}
/**
 * The same text in pieces (one per file line), so the CLI can write a tree-wide decision without holding
 * a second, 50 MB copy of it as one string.
 */
function* renderJsonChunks(decision) {
    for (const [at, key] of DECISION_KEYS.entries()) {
        const lead = at === 0 ? '{\n' : ',\n';
        if (key === 'files')
            yield* renderFiles(decision, lead);
        else if (key === 'holds')
            yield `${lead}  "holds": ${indent(decision.holds.map(orderHold))}`;
        else
            yield `${lead}  ${JSON.stringify(key)}: ${indent(decision[key])}`;
    }
    for (const [key, value] of Object.entries(decision)) {
        // An optional key present but unset (policyChanges: undefined) is left out, as JSON.stringify would.
        if (value === undefined || DECISION_KEYS.includes(key))
            continue;
        // Per-subsystem rows list every path they own: one compact line each, like `files`.
        if (key === 'subsystems')
            yield* renderLines(key, value, ',\n', JSON.stringify);
        else
            yield `,\n  ${JSON.stringify(key)}: ${indent(value)}`;
    }
    yield '\n}\n';
}
function* renderFiles(decision, lead) {
    yield* renderLines('files', decision.files, lead, fileLines());
}
/** The fields of a FileDecision besides its path. */
const FIELDS_AFTER_PATH = ['rust', 'subsystems', 'stance', 'decision', 'owner', 'stanceSource', 'reason'];
/**
 * One line per file, each as stringifyFile prints it. Routing hands the files of one directory the same values
 * (shared-values.ts), so a file decided as the one before it differs from it only in its path: its line is
 * that path and the text after the previous file's path, made once for the run of them instead of once for
 * each of a tree's 86,629 files. A rename (`previousPath`) is always printed whole.
 */
function fileLines() {
    const shared = new WeakMap();
    let previous;
    let afterPath = null;
    return (file) => {
        const alike = previous !== undefined && afterPath !== null && decidedAlike(file, previous);
        previous = file;
        if (!alike) {
            const line = stringifyFile(file, shared);
            const lead = `{"path":${JSON.stringify(file.path)},`;
            // Only a line that starts with the path can lend what follows it.
            afterPath = line.startsWith(lead) ? line.slice(lead.length) : null;
            return line;
        }
        return `{"path":${JSON.stringify(file.path)},${afterPath}`;
    };
}
/** Whether two files differ only in their paths (a rename never counts as alike: its old path is its own). */
function decidedAlike(file, other) {
    if (file.previousPath !== undefined || other.previousPath !== undefined)
        return false;
    for (let i = 0; i < FIELDS_AFTER_PATH.length; i++) {
        if (file[FIELDS_AFTER_PATH[i]] !== other[FIELDS_AFTER_PATH[i]])
            return false;
    }
    return true;
}
/** An array of objects as `"key": [` + one compact line per object + `]`. */
function* renderLines(key, items, lead, line) {
    if (items.length === 0) {
        yield `${lead}  "${key}": []`;
        return;
    }
    yield `${lead}  "${key}": [`;
    // An index, not entries(): no [index, item] pair for each of 100,000 items.
    for (let at = 0; at < items.length; at++)
        yield (at === 0 ? '\n    ' : ',\n    ') + line(items[at]);
    yield '\n  ]';
}
/**
 * JSON.stringify(file), with the text of each object value (subsystem lists, reasons) made once per
 * object: routing shares them between the thousands of paths one pattern decides (shared-values.ts). A
 * reason prints as reasonJson has it: the pattern and where it is written.
 */
function stringifyFile(file, shared) {
    let out = '{';
    // for…in, not Object.entries: no [key, value] array per property of 100,000 files.
    for (const key in file) {
        const value = file[key];
        if (value === undefined)
            continue;
        let text;
        if (typeof value === 'object' && value !== null) {
            text = shared.get(value) ?? JSON.stringify(key === 'reason' ? reasonJson(value) : value);
            shared.set(value, text);
        }
        else {
            text = JSON.stringify(value);
        }
        out += `${out.length === 1 ? '' : ','}"${key}":${text}`;
    }
    return `${out}}`;
}
/** JSON.stringify indented for a value that sits one level deep. */
function indent(value) {
    return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}
function orderHold(hold) {
    const out = {};
    for (const key of HOLD_KEYS)
        out[key] = hold[key];
    for (const [key, item] of Object.entries(hold))
        if (!(key in out))
            out[key] = item;
    return out;
}

/** The step's outputs (docs/GATE.md, "Outputs"): the decision, whatever could be applied. */
/**
 * Outputs by their action.yml names; lists are JSON arrays so workflows can `fromJSON` them.
 *
 * @example actionOutputs(decision).labels // → '["rust","subsystem: net"]'
 */
function actionOutputs(decision) {
    return {
        blocked: String(decision.blocked),
        labels: JSON.stringify(decision.labels),
        reviewers: JSON.stringify(decision.reviewers),
        'team-reviewers': JSON.stringify(decision.teamReviewers),
        subsystems: JSON.stringify(decision.subsystems.map((subsystem) => subsystem.name)),
        'rust-files': JSON.stringify(decision.rustFiles),
        report: renderJson(decision),
    };
}

/**
 * The GraphQL document that reads a branch's tip commit. REST has `GET …/git/ref/heads/{branch}` too; the
 * sweep reads tips through GraphQL already, and one document serves both. Validated against GitHub's
 * published schema in branch-tip.graphql.test.ts.
 */
const BRANCH_TIP = /* GraphQL */ `
  query BranchTip($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`;

/** `POST /graphql` `repository.ref(qualifiedName).target.oid`: the commit a branch points at now. */
/**
 * The tip of `branch` (a name like `main`), or null when the branch is gone. A pull request's `base.sha` is
 * only moved by a push to the pull request, so it goes stale as its base branch moves on; the policy that
 * governs the PR is the base branch's now (docs/GATE.md, "The policy at the base commit").
 *
 * @example await getBranchTip(client, repo, 'main') // → '5f1b2c3d…'
 */
async function getBranchTip(client, repo, branch) {
    try {
        const answer = await client.graphql(BRANCH_TIP, {
            owner: repo.owner,
            name: repo.repo,
            qualifiedName: `refs/heads/${branch}`,
        });
        return answer.repository?.ref?.target?.oid ?? null;
    }
    catch (error) {
        throw describeRequestFailure(`read the tip of branch ${branch}`, error);
    }
}

/**
 * Step 1 of the per-PR run (docs/GATE.md, "The per-PR run"): everything the decision depends on, read fresh
 * from the API into plain data — the PR, the policy at its base commit (compiled), its complete change set,
 * its reviews with the commit each was given on, our latest status on its head, its comments. Deciding and
 * applying take these facts and never read the API for them again, so a sweep can read the same facts for
 * many PRs another way (GraphQL) and reuse the rest unchanged.
 */
/**
 * Reads the facts of pull request `number`. Returns null for a closed PR (nothing to route).
 *
 * @param onPullRequest told the PR as soon as it is read, so a failure later can still put its `error`
 *   status on the head it read.
 * @throws InputError for a policy that is missing or invalid at the base commit (every problem at once).
 * @throws Error naming its cause when the change list is incomplete with `block` on, or the API fails.
 */
async function readPullFacts(client, repo, number, settings, log, timed, onPullRequest = () => undefined) {
    const notes = [];
    const pr = await timed('read pull request', () => getPullRequest(client, repo, number));
    if (pr.state === 'closed')
        return null;
    onPullRequest(pr);
    // A base branch that is gone (the PR is about to be closed) leaves the commit the PR last recorded.
    const policyCommit = (await timed('read the base branch', () => getBranchTip(client, repo, pr.baseRef))) ?? pr.baseSha;
    const read = await timed('read policy', () => readPolicyAtCommit(client, repo, settings.config, policyCommit));
    for (const warning of read.warnings)
        log.warning(warning.message, warning);
    if (read.value === null)
        throw new InputError(read.errors);
    const policy = read.value;
    log.info(`Policy: ${settings.config} at ${policyCommit}, the tip of ${pr.baseRef} (${policy.subsystems.length} subsystems).`);
    const listed = await timed('list changed files', () => readPullChanges(client, repo, pr, settings.workspace));
    if (!listed.complete) {
        if (settings.block) {
            throw new Error(`${listed.reason} Failing closed: an incomplete file list cannot prove the PR is not blocked.`);
        }
        log.warning(`${listed.reason} Routing the files listed only, since block is off.`);
        notes.push(`Routed only the ${listed.changes.files.length} files GitHub listed: ${listed.reason}`);
    }
    else if (listed.source === 'git') {
        log.info(`GitHub listed fewer files than the PR changes; took all ${listed.changes.files.length} from git.`);
    }
    const paths = changedPaths(listed.changes.files).map((entry) => entry.path);
    const directories = await timed('look up directories', () => resolveDirectories(client, repo, policyCommit, policy.subsystems, paths));
    if (directories.unresolved.length > 0) {
        const message = `Not looked up (too many), taken as file prefixes: ${directories.unresolved.join(', ')}.`;
        log.warning(message);
        notes.push(message);
    }
    const compiled = compilePolicy(policy, { isDirectory: directories.isDirectory });
    for (const warning of compiled.warnings)
        log.warning(warning.message, warning);
    if (compiled.errors.length > 0)
        throw new InputError(compiled.errors);
    // The rest does not depend on each other: read it together.
    const context = settings.statusContext;
    const [reviews, status, comments, interfaces] = await timed('read reviews, status, comments, interfaces', () => Promise.all([
        listReviews(client, repo, pr.number),
        context === null ? Promise.resolve(null) : getCommitStatus(client, repo, pr.headSha, context),
        settings.comments ? listComments(client, repo, pr.number) : Promise.resolve([]),
        readInterfaceMap(client, repo, policyCommit, policy, paths, settings.workspace),
    ]));
    for (const note of interfaces.notes)
        log.warning(note);
    notes.push(...interfaces.notes);
    return {
        pr,
        policyCommit,
        policy,
        compiled: compiled.value,
        changes: listed.changes,
        paths,
        reviews,
        status,
        comments,
        notes,
        ...(interfaces.map === undefined ? {} : { interfaceMap: interfaces.map }),
    };
}

/**
 * Routes pull request `number`. Returns null for a closed PR (nothing to route).
 *
 * @param onPullRequest told the PR as soon as it is read (see readPullFacts).
 * @throws InputError for a policy that is missing or invalid at the base commit (every problem at once).
 * @throws Error naming its cause when the change list is incomplete with `block` on, or the API fails.
 */
async function routePullRequest(client, repo, number, settings, log, onPullRequest) {
    const timings = {};
    const timed = async (step, work) => {
        const started = Date.now();
        try {
            return await work();
        }
        finally {
            timings[step] = Date.now() - started;
        }
    };
    const facts = await readPullFacts(client, repo, number, settings, log, timed, onPullRequest);
    if (facts === null)
        return null;
    const { decision, notes } = await decidePullRequest(client, repo, facts, settings, timed);
    return { facts, decision, notes: [...facts.notes, ...notes], timings };
}

/**
 * Whether the step fails (docs/GATE.md, "The step result"). The gate is the commit status; the job's own
 * check is a gate only where GitHub attaches it to the PR's head (or the merge group's head). Elsewhere a
 * failing job would paint the base branch's latest commit red for every blocked PR, so there it fails only
 * when the run itself failed — or when nothing else carries the block.
 */
/**
 * Events whose job check is attached to the commit under review: `pull_request` and `pull_request_review`
 * (the PR's merge commit / head) and `merge_group` (the group's head). Under `pull_request_target`,
 * `workflow_run`, `push` and `schedule` it lands on a commit of the base branch.
 */
const JOB_CHECK_ON_HEAD = ['pull_request', 'pull_request_review', 'merge_group'];
/**
 * @example stepResult({ event: 'pull_request_target', blocked: true, block: true, status: true, statusCarried: true })
 *   // → { fail: false, note: 'Blocked: the commit status … carries the block; the step passes so the base branch is not painted red.' }
 */
function stepResult(facts) {
    if (!facts.blocked || !facts.block)
        return { fail: false };
    if (!facts.status || JOB_CHECK_ON_HEAD.includes(facts.event))
        return { fail: true, why: 'blocked' };
    if (!facts.statusCarried)
        return { fail: true, why: 'status-missing' };
    return {
        fail: false,
        note: `The commit status carries the block; under ${facts.event} the job's own check lands on the base branch, ` +
            'so the step passes rather than mark that commit failed.',
    };
}

/**
 * The action: reads the event and inputs, decides the PR (or the merge group) by the policy at its base
 * commit, applies the decision and reports it. The only file that touches @actions/core and github.context;
 * everything it calls takes plain data or the client.
 *
 * Whatever happens, a run that was asked to decide leaves a commit status behind: the decision's, or
 * `error` when it could not decide — a required status nobody writes would hold the PR (or the merge
 * queue) forever, and one left from an earlier run could let it through.
 */
/** A run that found our status changed by another run starts over this many times at most, then proceeds. */
const MAX_ATTEMPTS = 3;
/** Routing's log: warnings about the policy are annotated on the line they concern. */
const log = {
    info: (message) => info(message),
    warning: (message, at) => at
        ? warning(formatSourceError(at), { file: at.file, startLine: at.line, startColumn: at.col })
        : warning(message),
};
/** Runs the action; never throws: every failure becomes a failed step naming its cause, and an `error` status. */
async function run() {
    const target = {};
    try {
        await evaluate(target);
    }
    catch (error) {
        await reportFailure(error, target);
    }
}
async function evaluate(target) {
    const plan = planEvent(context.eventName, context.payload);
    if (plan.kind === 'skip') {
        notice(plan.message);
        return;
    }
    if (plan.kind === 'sweep' || plan.kind === 'relay') {
        // No head to leave an `error` status on: each swept PR gets its own, and the step names the failure.
        await sweep(plan);
        return;
    }
    target.sha = plan.headSha;
    // The token and the status inputs first: a mistake in any other input must still leave an error status.
    const token = readToken();
    const repo = context.repo;
    const client = createGitHubClient(token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        log: (message) => warning(message),
    });
    Object.assign(target, { client, repo, inputs: readStatusInputs() });
    const inputs = { ...readInputs(), token };
    if (plan.kind === 'merge-group') {
        info(`Routing the merge group ${plan.headSha} (${plan.baseSha}…${plan.headSha}) on ${plan.trigger}.`);
        const group = await routeMergeGroup(client, repo, plan, { ...inputs, workspace: process.env.GITHUB_WORKSPACE }, log);
        await finish(group.decision, group.applied, inputs, {
            policyCommit: plan.baseSha,
            notes: group.notes,
            timings: group.timings,
            headSha: plan.headSha,
        });
        return;
    }
    info(`Routing pull request #${plan.number} on ${plan.trigger}.`);
    const settings = {
        ...inputs,
        workspace: process.env.GITHUB_WORKSPACE,
        statusContext: inputs.status ? inputs.statusContext : null,
        comments: inputs.comment,
    };
    for (let attempt = 1;; attempt++) {
        const routed = await routePullRequest(client, repo, plan.number, settings, log, (pr) => (target.sha = pr.headSha));
        if (routed === null) {
            notice(`Pull request #${plan.number} is closed: nothing to route.`);
            return;
        }
        const { facts, decision, notes, timings } = routed;
        const started = Date.now();
        let applied;
        try {
            applied = await applyDecision({ client, repo, facts, log: { info: (m) => info(m), warning: (m) => warning(m) } }, decision, {
                marker: COMMENT_MARKER,
                render: (notRequested) => renderComment(decision, {
                    marker: COMMENT_MARKER,
                    notRequested,
                    lineLink: blobLineLink(context.serverUrl, repo, facts.pr.headSha),
                }),
            }, { ...inputs, restartOnConflict: attempt < MAX_ATTEMPTS });
        }
        catch (error) {
            if (!(error instanceof RestartRun))
                throw error;
            info(`${error.message} Reading the pull request again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
            continue;
        }
        timings.apply = Date.now() - started;
        await finish(decision, applied, inputs, {
            policyCommit: facts.policyCommit,
            notes,
            timings,
            headSha: facts.pr.headSha,
        });
        return;
    }
}
/** Outputs, notes, the job summary, annotations, and the step's result (docs/GATE.md, "The step result"). */
async function finish(decision, applied, inputs, report) {
    // The outputs are the decision, whatever applying it achieved.
    for (const [name, value] of Object.entries(actionOutputs(decision)))
        setOutput(name, value);
    const notes = [...report.notes];
    if (applied !== null) {
        for (const note of applyNotes(applied)) {
            if (note.warn)
                warning(note.text);
            else
                info(note.text);
            notes.push(note.text);
        }
    }
    await summary
        .addRaw(renderSummary(decision, {
        policyCommit: report.policyCommit,
        policyFile: inputs.config,
        timings: report.timings,
        notes,
        notRequested: applied?.notRequested ?? 'everyone',
        lineLink: blobLineLink(context.serverUrl, context.repo, report.headSha),
    }))
        .write();
    const gate = applied?.gate;
    const statusCarried = inputs.dryRun ||
        gate?.superseded != null ||
        applied?.status.result === 'written' ||
        applied?.status.result === 'unchanged';
    const step = stepResult({
        event: context.eventName,
        blocked: decision.blocked,
        block: inputs.block,
        status: inputs.status,
        statusCarried,
    });
    // GitHub shows 10 error annotations per step: keep one for the failure message itself.
    const held = heldFileAnnotations(decision, MAX_ERROR_ANNOTATIONS - (step.fail ? 1 : 0));
    for (const annotation of held) {
        error(annotation.message, { title: annotation.title, ...(annotation.file ? { file: annotation.file } : {}) });
    }
    const room = MAX_ERROR_ANNOTATIONS - (step.fail ? 1 : 0) - held.length;
    for (const annotation of findingAnnotations(decision, room)) {
        const where = { title: annotation.title, file: annotation.file, startLine: annotation.line };
        if (annotation.level === 'error')
            error(annotation.message, where);
        else
            warning(annotation.message, where);
    }
    if (inputs.status && !statusCarried && !decision.blocked) {
        warning(`The ${inputs.statusContext} status could not be written: while it is missing, a branch that requires it ` +
            'cannot merge this pull request.');
    }
    info(`Verdict: ${decision.verdict}.`);
    if (step.fail && step.why === 'blocked')
        setFailed(blockedMessage(decision));
    else if (step.fail) {
        setFailed(`${blockedMessage(decision)} The ${inputs.statusContext} status could not be written, so the step's result ` +
            'carries the block (give the workflow statuses: write).');
    }
    else if (decision.blocked && !inputs.block)
        warning(`${blockedMessage(decision)} Not failing: block is off.`);
    else if (step.note)
        info(step.note);
}
/**
 * The sweep and the relay (docs/GATE.md, "The sweep", "The relay"): many PRs re-decided, each written only
 * where it changed. The status carries each PR's block, so the step fails only when the run itself failed: a
 * branch's policy could not be read, or a PR's status could not be written (then nothing carries its block).
 * Stopping for the rate limit is no failure: the next sweep goes on.
 */
async function sweep(plan) {
    const inputs = { ...readInputs(), token: readToken() };
    const repo = context.repo;
    const client = createGitHubClient(inputs.token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        log: (message) => warning(message),
    });
    const limits = watchRateLimits(client);
    const { serverUrl, runId } = context;
    info(`Sweeping on ${plan.trigger}.`);
    const report = await runSweep({
        client,
        repo,
        settings: { ...inputs, workspace: process.env.GITHUB_WORKSPACE },
        log: {
            info: (message) => info(message),
            warning: (message, at) => at
                ? warning(formatSourceError(at), { file: at.file, startLine: at.line, startColumn: at.col })
                : warning(message),
        },
        limits,
        runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`,
        serverUrl,
    }, plan);
    setOutput('swept', JSON.stringify(sweptOutput(report)));
    await summary.addRaw(renderSweepSummary(report, { dryRun: inputs.dryRun })).write();
    if (report.skipped !== null) {
        notice(report.skipped);
        return;
    }
    const updated = report.outcomes.filter((o) => o.result === 'updated').length;
    info(`Re-decided ${report.outcomes.length} of ${report.open} open pull requests; ${updated} updated.`);
    if (report.stopped !== null) {
        const where = report.stopped.before === null ? 'before the next page' : `before #${report.stopped.before}`;
        notice(`Stopped ${where}: ${report.stopped.reason}. The next sweep starts over and goes on from here: the ` +
            `${report.outcomes.length} pull requests decided so far show their decision and cost it no write.`);
    }
    const failures = report.policyErrors.map((error) => `The policy could not be read: ${error}`);
    for (const outcome of report.outcomes) {
        const step = stepResult({
            event: context.eventName,
            blocked: outcome.blocked || (outcome.result === 'error' && inputs.block),
            block: inputs.block,
            status: inputs.status,
            statusCarried: outcome.statusCarried,
        });
        if (step.fail) {
            failures.push(step.why === 'blocked'
                ? `#${outcome.number} is blocked (status is off, so the step carries the block).`
                : `#${outcome.number}: the ${inputs.statusContext} status could not be written (give the workflow statuses: write).`);
        }
    }
    if (failures.length > 0)
        setFailed(failures.join('\n'));
}
/** The `swept` output: what the sweep did, as JSON (numbers only: no text from the PRs). */
function sweptOutput(report) {
    const numbers = (result) => report.outcomes.filter((o) => o.result === result).map((o) => o.number);
    return {
        open: report.open,
        decided: report.outcomes.length,
        updated: numbers('updated'),
        errors: numbers('error'),
        blocked: report.outcomes.filter((o) => o.blocked).map((o) => o.number),
        stoppedBefore: report.stopped?.before ?? null,
        stopped: report.stopped !== null,
        limited: report.limited,
    };
}
/** The failure message: which subsystems hold the PR, over how many files, and whose approval lifts each. */
function blockedMessage(decision) {
    const standing = decision.holds.filter((hold) => hold.liftedBy.length === 0);
    const holds = standing.map((hold) => {
        const why = hold.stance === 'opt-out' ? 'opted out of Rust' : 'has not acked Rust';
        const who = hold.canLift.length > 0 ? hold.canLift.join(', ') : 'no maintainer listed';
        const files = `${hold.files.length} file${hold.files.length === 1 ? '' : 's'}`;
        return `${hold.subsystem} ${why} (${files}; an approving review by ${who} lifts it)`;
    });
    return `${decision.verdict === 'needs-ack' ? 'Needs ack' : 'Blocked'}: ${holds.join('; ')}.`;
}
/** An empty input takes action.yml's default (the runner always passes them; a local `node dist/index.js` may not). */
function flag(name, fallback) {
    return getInput(name) === '' ? fallback : getBooleanInput(name);
}
function readToken() {
    const token = getInput('token');
    if (token === '') {
        throw new Error('Input token is empty: pass a token with contents: read, pull-requests: write, issues: write, statuses: write.');
    }
    return token;
}
/** Whether and how to write the status; a malformed flag here falls back to its default, to still report. */
function readStatusInputs() {
    const lenient = (name, fallback) => {
        try {
            return flag(name, fallback);
        }
        catch {
            return fallback;
        }
    };
    return {
        status: lenient('status', true),
        statusContext: getInput('status-context').trim() || 'rust-patch-router',
        dryRun: lenient('dry-run', false),
    };
}
/** Reads action.yml's inputs but the token, and checks them. */
function readInputs() {
    const sweepLimit = getInput('sweep-limit') || '500';
    if (!/^\d+$/.test(sweepLimit.trim()) || Number(sweepLimit.trim()) < 1) {
        throw new Error(`Input sweep-limit must be a whole number of 1 or more, got "${sweepLimit}".`);
    }
    const maxText = getInput('max-reviewers') || '10';
    if (!/^\d+$/.test(maxText.trim())) {
        throw new Error(`Input max-reviewers must be a whole number of 0 or more, got "${maxText}".`);
    }
    return {
        config: configPath(getInput('config')),
        labels: flag('labels', true),
        syncLabels: flag('sync-labels', true),
        requestReviews: flag('request-reviews', true),
        maxReviewers: Number(maxText.trim()),
        comment: flag('comment', true),
        block: flag('block', true),
        dryRun: flag('dry-run', false),
        status: flag('status', true),
        statusContext: getInput('status-context').trim() || 'rust-patch-router',
        commentAuthor: getInput('comment-author').trim() || 'github-actions[bot]',
        sweepLimit: Number(sweepLimit.trim()),
    };
}
/**
 * A config error annotates its line and fails with `file:line:col: message`; a missing policy names path and
 * commit (it has no line to point at); anything else names its cause. The summary says the same, and the
 * status on the head becomes `error` (docs/GATE.md, "Errors"): every fail-closed path writes it.
 */
async function reportFailure(error, target) {
    const message = error instanceof InputError ? describeInputErrors(error.errors) : describe(error);
    setFailed(message);
    await writeErrorStatus(message, target);
    try {
        // A fence longer than any backtick run in the message, so nothing in it can close the block.
        const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        await summary.addRaw(`## rust-patch-router\n\n### ❌ Failed\n\n${fence}text\n${message}\n${fence}\n`).write();
    }
    catch {
        // No GITHUB_STEP_SUMMARY (a local run): the failure is already in the log.
    }
}
/** Leaves `error` on the head (unless it already says so), linking to this run's log; a failure here is logged. */
async function writeErrorStatus(message, target) {
    const { client, repo, inputs, sha } = target;
    if (!client || !repo || !inputs || !sha || !inputs.status || inputs.dryRun)
        return;
    const status = errorStatus(message);
    try {
        const latest = await getCommitStatus(client, repo, sha, inputs.statusContext);
        const { serverUrl, runId } = context;
        const targetUrl = `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`;
        // A gate of its own: whatever failed before, this one write is still worth trying.
        const gate = new WriteGate({ dryRun: false, warn: (m) => warning(m), info: (m) => info(m) });
        const outcome = await syncGateStatus({ client, repo, sha, context: inputs.statusContext, targetUrl }, status, latest, gate);
        if (outcome.result === 'written')
            info(`Set commit status error on ${sha.slice(0, 7)}: ${status.description}`);
    }
    catch (statusError) {
        warning(`Could not set the ${inputs.statusContext} status to error on ${sha}: ${describe(statusError)}`);
    }
}
function describeInputErrors(errors) {
    const lines = [];
    let annotated = 0;
    for (const problem of errors) {
        if (problem.code === 'CONFIG_MISSING') {
            lines.push(`${problem.message} (the policy is read at the pull request's base commit: commit it there, or set the config input)`);
            continue;
        }
        // GitHub shows 10 error annotations per step; the last is the failure, which lists every problem.
        if (annotated++ < MAX_ERROR_ANNOTATIONS - 1) {
            error(problem.message, {
                title: problem.code,
                file: problem.file,
                startLine: problem.line,
                startColumn: problem.col,
            });
        }
        lines.push(formatSourceError(problem));
    }
    return lines.join('\n');
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

/** The action's entry (action.yml `main: dist/index.js` once bundled). */
await run();
