/**
 * get_maintainer.pl's `.get_maintainer.conf`: switches its users keep in a file (at the top of the tree, in
 * $HOME, or in the tree's `.scripts`), read before the command line's. A kernel developer who keeps
 * `--nogit-fallback` there expects `git send-email --cc-cmd` to honour it whichever program it runs; one who keeps
 * a switch we do not take is told where it is, rather than given another output than get_maintainer.pl's.
 */
import { sourceError, type Parsed, type SourceError } from '../errors.js';
import {
  GET_MAINTAINER_FLAGS,
  getMaintainerSpelling,
  leavesNoOne,
  switchValueProblem,
} from './get-maintainer-switches.js';

/** Switches of get_maintainer.pl that shape how the command line is read, not what is printed. */
const ON_THE_COMMAND_LINE_ONLY: ReadonlyMap<string, string> = new Map([
  ['mpath', 'the MAINTAINERS file is read before this file: give it with --maintainers'],
  ['file', 'the arguments are read before this file'],
]);

/** One word of the file and where it is. */
interface Word {
  text: string;
  line: number;
  col: number;
}

/**
 * The file's switches, as `nol` or `separator=,` (args.ts's getMaintainerSwitches), in order. Read as
 * get_maintainer.pl reads it: words split on blanks, a line or the rest of a line from a word starting with `#`
 * left out. Every word must be one of the switches `route --format get-maintainer` takes (a value in the next word
 * or after `=`); anything else is an error at its line and column.
 *
 * @example confSwitches('# b4 does the same\n--nogit-fallback -norolestats\n', '.get_maintainer.conf').value // → ['nogit-fallback', 'norolestats']
 */
export function confSwitches(text: string, file: string): Parsed<string[]> {
  const words = wordsOf(text);
  const switches: string[] = [];
  const errors: SourceError[] = [];
  const problem = (word: Word, message: string) =>
    errors.push(sourceError('BAD_ARGUMENT', message, file, word.line, word.col));
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    const spelled = getMaintainerSpelling(word.text);
    const [written, inline] = spelled.startsWith('--') ? spelled.slice(2).split(/=(.*)/s) : ['', undefined];
    const flag = GET_MAINTAINER_FLAGS.find(({ name }) => name === written);
    if (flag === undefined) {
      problem(word, `'${word.text}' is not a get_maintainer.pl switch that route --format get-maintainer takes`);
      continue;
    }
    // Both say how to read the command line, which is read before this file is: here they would change nothing.
    if (ON_THE_COMMAND_LINE_ONLY.has(flag.name)) {
      problem(word, `--${flag.name} is taken on the command line only (${ON_THE_COMMAND_LINE_ONLY.get(flag.name)})`);
      if (flag.value !== undefined && inline === undefined) at++;
      continue;
    }
    let value = inline;
    if (flag.value !== undefined && value === undefined) value = words[++at]?.text;
    if (flag.value !== undefined && value === undefined) {
      problem(word, `--${flag.name} needs a value (${flag.value})`);
      continue;
    }
    if (flag.value === undefined && value !== undefined) {
      problem(word, `--${flag.name} takes no value`);
      continue;
    }
    const wrong = switchValueProblem(flag.name, value);
    if (wrong !== undefined) problem(word, wrong);
    else switches.push(value === undefined ? flag.name : `${flag.name}=${value}`);
  }
  const noOne = leavesNoOne(switches);
  if (noOne !== undefined) errors.push(sourceError('BAD_ARGUMENT', noOne, file, 1, 1));
  return { value: switches, errors, warnings: [] };
}

/** get_maintainer.pl's reading: each line's words; a line starting with `#` is skipped, a word starting with `#` ends its line. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/\S+/g)) {
      if (match[0].startsWith('#')) break;
      words.push({ text: match[0], line: index + 1, col: match.index + 1 });
    }
  });
  return words;
}
