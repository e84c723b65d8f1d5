/**
 * The CLI as a function of its arguments and streams, so tests run it in-process and main.ts only
 * wires it to the real process.
 */
import { createHash } from 'node:crypto';
import { version } from '../../package.json';
import ruleset from '../generated/ruleset.json';
import { Buffer } from 'node:buffer';
import { AuditInputError, defaultEngine, setUtf16Decoder, SEVERITIES, type Severity } from '../engine';
import { HELP, parseCommand, type Command } from './args';
import { InputError, UsageError } from './errors';
import { csvWriter } from './format/csv';
import { jsonWriter } from './format/json';
import { markdownWriter } from './format/markdown';
import { textWriter } from './format/text';
import { isFailed, lineAt, lineStarts, terminalSafe, type AuditedDocument, type DocumentResult, type FormatOptions, type ReportWriter, type ToolInfo } from './format/common';
import { loadInputs, type LoadedDocument } from './inputs';

setUtf16Decoder((units) => Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le'));

/** The native hash: the engine's portable one is for the browser. */
const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export interface CliIO {
  /** Reports come as text, or as UTF-8 bytes (json, which is built as bytes). */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Read from the rule pack itself, so --version does not pay for building the engine. */
export function toolInfo(): ToolInfo {
  return { name: 'loanlens', version, rules: ruleset.rules.length, ruleset: ruleset.version, node: process.version };
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`loanlens: ${e.message}\nTry "loanlens --help".\n`);
    return EXIT.error;
  }
  if (command.kind === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const tool = toolInfo();
  if (command.kind === 'version') {
    io.stdout.write(`loanlens ${tool.version} (rules ${tool.ruleset}, ${tool.rules} rules, node ${tool.node})\n`);
    return EXIT.ok;
  }

  const reportFailure = (source: string, error: InputError): void => {
    io.stderr.write(`loanlens: ${terminalSafe(source)}: ${error.message}\n`);
  };
  const ctx = { stdin: io.stdin, timeoutMs: command.timeoutMs };

  if (command.emitText) {
    const writer = command.format === 'json' ? emittedJson() : emittedText();
    let failed = false;
    for await (const loaded of loadInputs(command.inputs, ctx)) {
      if ('error' in loaded) {
        reportFailure(loaded.source, loaded.error);
        failed = true;
      }
      io.stdout.write(writer.document('error' in loaded ? loaded : loaded.document));
    }
    io.stdout.write(writer.end());
    return failed ? EXIT.error : EXIT.ok;
  }

  const options: FormatOptions = { tool, lang: command.lang, color: useColor(io) };
  const writer = { text: textWriter, json: jsonWriter, md: markdownWriter, csv: csvWriter }[command.format](options);
  let failed = false;
  let reached = false;
  // Each document is written as soon as it is audited and then let go, however many there are.
  for await (const loaded of loadInputs(command.inputs, ctx)) {
    const result = 'error' in loaded ? loaded : auditDocument(loaded.document);
    if (isFailed(result)) {
      reportFailure(result.source, result.error);
      failed = true;
    } else if (command.failOn !== undefined && reaches(result, command.failOn)) {
      reached = true;
    }
    io.stdout.write(writer.document(result));
  }
  io.stdout.write(writer.end());
  if (failed) return EXIT.error;
  return reached ? EXIT.findings : EXIT.ok;
}

function auditDocument(doc: LoadedDocument): DocumentResult {
  try {
    const { sha256 } = doc;
    const report = defaultEngine().audit(doc.text, { sha256: sha256 === undefined ? nodeSha256 : () => sha256 });
    const starts = lineStarts(doc.text);
    return { source: doc.source, title: doc.title, encoding: doc.encoding, report, lines: report.findings.map((f) => lineAt(starts, f.start)) };
  } catch (e) {
    if (!(e instanceof AuditInputError)) throw e;
    return { source: doc.source, error: new InputError(e.message, e.reason) };
  }
}

/** Whether the document has a finding at or above the severity, listed or not. */
function reaches(d: AuditedDocument, failOn: Severity): boolean {
  const limit = SEVERITIES.indexOf(failOn);
  return SEVERITIES.some((s, rank) => rank <= limit && d.report.counts[s] > 0);
}

/** Colour only for a person at a terminal; https://no-color.org says any non-empty NO_COLOR turns it off. */
function useColor(io: CliIO): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/** What --emit-text prints, document by document like a report. */
type Emitted = LoadedDocument | { source: string; error: InputError };

function emittedText(): ReportWriter<Emitted> {
  // A single input is printed exactly as audited, so finding offsets index this output; with more,
  // each is framed by its name. Whether a second comes is known only when it does, so the first waits.
  let inputs = 0;
  let printed = 0;
  let first: LoadedDocument | undefined;
  const framed = (t: LoadedDocument): string => `${printed++ > 0 ? '\n' : ''}==> ${terminalSafe(t.source)} <==\n${t.text}\n`;
  return {
    document(t) {
      inputs++;
      const ok = 'error' in t ? undefined : t;
      if (inputs === 1) {
        first = ok;
        return '';
      }
      const held = inputs === 2 && first !== undefined ? framed(first) : '';
      first = undefined;
      return held + (ok === undefined ? '' : framed(ok));
    },
    end() {
      return inputs === 1 && first !== undefined ? first.text : '';
    },
  };
}

function emittedJson(): ReportWriter<Emitted> {
  let count = 0;
  return {
    document(t) {
      const doc =
        'error' in t
          ? { source: t.source, error: t.error.message, reason: t.error.reason }
          : { source: t.source, ...(t.title === undefined ? {} : { title: t.title }), encoding: t.encoding, text: t.text };
      // Each document as JSON.stringify(report, null, 2) would print it at its depth in the list.
      const indented = JSON.stringify(doc, null, 2).replaceAll('\n', '\n    ');
      return `${count++ === 0 ? '{\n  "documents": [\n' : ',\n'}    ${indented}`;
    },
    end() {
      return count === 0 ? '{\n  "documents": []\n}\n' : '\n  ]\n}\n';
    },
  };
}
