import { parseArgs } from 'node:util';
import { MAX_INPUT_CHARS, SEVERITIES, type Lang, type Severity } from '../engine';
import { UsageError } from './errors';
import { DEFAULT_TIMEOUT_SECONDS, MAX_INPUT_BYTES, formatBytes, groupDigits } from './limits';

export const FORMATS = ['text', 'json', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'audit';
      format: Format;
      failOn: Severity | undefined;
      lang: Lang | undefined;
      emitText: boolean;
      timeoutMs: number;
      inputs: string[];
    };

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        lang: { type: 'string' },
        'emit-text': { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command (try "loanlens audit FILE")');
  if (command !== 'audit') throw new UsageError(`unknown command "${command}" (the only command is "audit")`);
  if (inputs.length === 0) throw new UsageError('nothing to audit: give a file, a directory, a URL, or - for standard input');
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can only be read once');

  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}")`);

  return {
    kind: 'audit',
    format: oneOf('format', values.format, FORMATS) ?? 'text',
    failOn: oneOf('fail-on', values['fail-on'], SEVERITIES),
    lang: oneOf('lang', values.lang, ['zh', 'en'] as const),
    emitText: values['emit-text'] === true,
    timeoutMs: Math.round(timeout * 1000),
    inputs,
  };
}

export const HELP = `loanlens — audit online-loan agreements and privacy policies for abusive clauses
(借款协议透视镜：检查网贷协议与隐私政策中的违规条款)

Usage:
  loanlens audit [options] PATH|URL|- ...
  loanlens --help | --version

Inputs:
  FILE        .txt, .md or any text file; .html/.htm files are reduced to their visible text
              (script, style, noscript and template removed, entities decoded)
  DIRECTORY   every .txt, .html, .htm and .md file inside, recursively (hidden entries and
              symbolic links to directories are skipped)
  URL         an http(s) page, fetched once; its declared charset is honoured (GBK, GB18030, Big5…)
  -           standard input (HTML is recognised by its opening tag)
  Text is read as UTF-8 unless a byte-order mark or a charset declaration says otherwise; legacy
  GB18030 text without a declaration is recognised. Inputs over ${formatBytes(MAX_INPUT_BYTES)} or over
  ${groupDigits(MAX_INPUT_CHARS)} characters, empty inputs and binary files are refused.

Options:
  -f, --format FORMAT   text (default, for people), json (one JSON object), md (Markdown),
                        csv (one row per finding, RFC 4180)
      --fail-on LEVEL   exit 1 when any finding is at or above LEVEL:
                        critical, high, medium, low or info
      --lang zh|en      language of messages in text, md and csv output
                        (default: each document's own language; json carries both)
      --emit-text       print the text that would be audited instead of auditing it; finding
                        offsets index exactly this text (with --format json: {documents:[{source,text}]})
      --timeout SECONDS time limit for each URL (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help            show this help
  -V, --version         show the version and the rule pack

Exit status:
  0  every input was audited (and no finding reached --fail-on)
  1  every input was audited and some finding is at or above --fail-on
  2  usage error, or some input could not be audited (not found, unreadable, binary, too large,
     empty, fetch failed). Each failure is reported on stderr as "loanlens: SOURCE: reason" (and
     in the json output); the remaining inputs are still audited and reported. 2 takes precedence
     over 1, because an incomplete run must not look like a clean or merely failing one.

Colour is used only when standard output is a terminal and NO_COLOR is not set.
Example:
  npx loanlens audit samples/sample-loan-agreement.zh.txt
`;
