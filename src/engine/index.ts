/**
 * The engine with the compiled rule pack. Importing this module is all the CLI, the extension's
 * background and the tests need; it uses no browser or Node API.
 */
import ruleset from '../generated/ruleset.json';
import t2s from '../generated/t2s.json';
import tables from '../generated/engine.json';
import { Engine, unpackTables, type PackedTables } from './audit';
import { setRegionalVariants, setTraditionalTable } from './normalize';
export { setUtf16Decoder, type Utf16Decoder } from './normalize';
import type { AuditOptions, Report, RuleSet } from './types';

setTraditionalTable(t2s.pairs);
setRegionalVariants((ruleset as unknown as RuleSet).regionalVariants);

let engine: Engine | undefined;

export function defaultEngine(): Engine {
  engine ??= new Engine(ruleset as unknown as RuleSet, unpackTables(tables as PackedTables));
  return engine;
}

export function audit(text: string, options?: AuditOptions): Report {
  return defaultEngine().audit(text, options);
}

export { Engine, compileTables, packTables, unpackTables, type EngineTables, type PackedTables } from './audit';
export { MAX_FINDINGS, MAX_INPUT_CHARS, detectLanguage } from './audit';
export * from './types';
