/**
 * Validation and compilation of the declarative rule files (rules/**.yaml) into the RuleSet the
 * engine runs. Pure data in, data out: the build script and the tests feed it parsed YAML.
 */
import {
  CATEGORIES,
  SEVERITIES,
  type Bilingual,
  type Category,
  type Citation,
  type CompiledPattern,
  type CompiledRule,
  type DataItem,
  type RuleSet,
  type Severity,
} from '../engine/types';

/** Default severity per category, from shared/taxonomy.md. */
export const DEFAULT_SEVERITY: Record<Category, Severity> = {
  'contacts-access': 'critical',
  'call-sms-access': 'high',
  'non-necessary-data': 'medium',
  'no-consent-no-service': 'high',
  'third-party-contact': 'critical',
  'debt-disclosure': 'critical',
  'liability-waiver': 'high',
  'collector-sharing': 'high',
  'broad-data-sharing': 'medium',
  'irrevocable-consent': 'high',
  'upfront-deduction': 'high',
  'rate-over-cap': 'high',
  'unilateral-change': 'medium',
  'emergency-contacts': 'info',
};

/** Key order of a canonical rule file; the hygiene test and `npm run rules:format` use it. */
export const RULE_KEYS = [
  'id', 'category', 'severity', 'lang', 'title', 'message', 'citations', 'detector', 'patterns',
  'exclusions', 'exclusion_scope', 'not_inside', 'examples',
] as const;
export const PATTERN_KEYS = ['all', 'within', 'ordered', 'negatable'] as const;
export const MIN_EXAMPLES = 3;

export class RuleError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'RuleError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);

function bilingual(file: string, v: unknown, field: string): Bilingual {
  if (!isObj(v) || typeof v.zh !== 'string' || typeof v.en !== 'string' || !v.zh.trim() || !v.en.trim()) {
    throw new RuleError(file, `${field} needs non-empty zh and en texts`);
  }
  return { zh: v.zh.trim(), en: v.en.trim() };
}

/** Validates one parsed rule file. `file` is its repository path, e.g. rules/zh/contacts-read.yaml. */
export function compileRule(file: string, raw: unknown, citationIds: ReadonlySet<string>): CompiledRule {
  if (!isObj(raw)) throw new RuleError(file, 'a rule file must be a mapping');
  for (const key of Object.keys(raw)) {
    if (!(RULE_KEYS as readonly string[]).includes(key)) throw new RuleError(file, `unknown key "${key}"`);
  }
  const id = raw.id;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new RuleError(file, 'id must be lower-case words joined by hyphens');
  const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (base !== id) throw new RuleError(file, `file name must be the rule id (${id}.yaml)`);
  const category = raw.category;
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
    throw new RuleError(file, `category "${String(category)}" is not one of the taxonomy ids`);
  }
  const cat = category as Category;
  const severity = raw.severity ?? DEFAULT_SEVERITY[cat];
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new RuleError(file, `severity must be one of ${SEVERITIES.join(', ')}`);
  }
  const lang = raw.lang ?? 'any';
  if (lang !== 'zh' && lang !== 'en' && lang !== 'any') throw new RuleError(file, 'lang must be zh, en or any');
  const title = bilingual(file, raw.title, 'title');
  const message = bilingual(file, raw.message, 'message');
  if (!isStringList(raw.citations) || raw.citations.length === 0) throw new RuleError(file, 'needs at least one citation');
  for (const c of raw.citations) {
    if (!citationIds.has(c)) throw new RuleError(file, `citation "${c}" is not in rules/citations.yaml`);
  }
  const detector = raw.detector;
  if (detector !== undefined && detector !== 'rate') throw new RuleError(file, 'detector must be "rate"');
  if (!Array.isArray(raw.patterns) || raw.patterns.length === 0) throw new RuleError(file, 'needs at least one pattern');
  const patterns: CompiledPattern[] = raw.patterns.map((p, i) => compilePattern(file, p, i));
  const exclusions = raw.exclusions ?? [];
  if (!isStringList(exclusions)) throw new RuleError(file, 'exclusions must be a list of words');
  const scope = raw.exclusion_scope ?? 'part';
  if (scope !== 'part' && scope !== 'clause') throw new RuleError(file, 'exclusion_scope must be part or clause');
  const notInside = raw.not_inside ?? [];
  if (!isStringList(notInside)) throw new RuleError(file, 'not_inside must be a list of words');
  const ex = raw.examples;
  if (!isObj(ex) || !isStringList(ex.positive) || !isStringList(ex.negative)) {
    throw new RuleError(file, 'examples needs positive and negative lists');
  }
  if (ex.positive.length < MIN_EXAMPLES || ex.negative.length < MIN_EXAMPLES) {
    throw new RuleError(file, `examples needs at least ${MIN_EXAMPLES} positive and ${MIN_EXAMPLES} negative texts`);
  }
  return {
    id,
    category: cat,
    severity: severity as Severity,
    lang,
    title,
    message,
    citations: raw.citations,
    patterns,
    exclusions,
    exclusionScope: scope,
    notInside,
    ...(detector === 'rate' ? { detector } : {}),
    examples: { positive: ex.positive, negative: ex.negative },
    source: file,
  };
}

function compilePattern(file: string, raw: unknown, i: number): CompiledPattern {
  const where = `patterns[${i}]`;
  if (!isObj(raw)) throw new RuleError(file, `${where} must be a mapping with "all"`);
  for (const key of Object.keys(raw)) {
    if (!(PATTERN_KEYS as readonly string[]).includes(key)) throw new RuleError(file, `${where}: unknown key "${key}"`);
  }
  if (!Array.isArray(raw.all) || raw.all.length === 0 || raw.all.length > 6) {
    throw new RuleError(file, `${where}.all must list 1 to 6 word groups`);
  }
  const groups = raw.all.map((g, gi) => {
    if (!isStringList(g) || g.length === 0) throw new RuleError(file, `${where}.all[${gi}] must be a non-empty list of words`);
    return g;
  });
  const out: CompiledPattern = { groups };
  if (raw.within !== undefined) {
    if (typeof raw.within !== 'number' || !Number.isInteger(raw.within) || raw.within < 1) throw new RuleError(file, `${where}.within must be a positive whole number`);
    out.within = raw.within;
  }
  if (raw.ordered !== undefined) {
    if (typeof raw.ordered !== 'boolean') throw new RuleError(file, `${where}.ordered must be true or false`);
    out.ordered = raw.ordered;
  }
  if (raw.negatable !== undefined) {
    if (typeof raw.negatable !== 'boolean') throw new RuleError(file, `${where}.negatable must be true or false`);
    out.negatable = raw.negatable;
  }
  return out;
}

export function compileCitations(file: string, raw: unknown): Record<string, Citation> {
  if (!isObj(raw)) throw new RuleError(file, 'must be a mapping of citation ids');
  const out: Record<string, Citation> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (!isObj(v)) throw new RuleError(file, `${id} must be a mapping`);
    const verified = v.verified;
    if (verified !== 'V' && verified !== 'V2' && verified !== 'title') {
      throw new RuleError(file, `${id}: verified must be V, V2 or title (only verified texts may be cited)`);
    }
    const article = typeof v.article === 'string' ? v.article : '';
    const text = typeof v.text === 'string' ? v.text.trim() : '';
    if (verified === 'title' && (article || text)) throw new RuleError(file, `${id}: a title-only citation has no article or text`);
    if (verified !== 'title' && (!article || !text)) throw new RuleError(file, `${id}: needs article and text`);
    if (typeof v.status !== 'string' || !v.status) throw new RuleError(file, `${id}: needs a status`);
    out[id] = { id, law: bilingual(file, v.law, `${id}.law`), article, text, verified, status: v.status };
  }
  return out;
}

export function compileDataItems(file: string, raw: unknown): DataItem[] {
  if (!Array.isArray(raw)) throw new RuleError(file, 'must be a list of data items');
  return raw.map((v, i) => {
    if (!isObj(v) || typeof v.id !== 'string') throw new RuleError(file, `item ${i} needs an id`);
    if (typeof v.necessary !== 'boolean') throw new RuleError(file, `${v.id}: necessary must be true or false`);
    if (!isStringList(v.terms) || v.terms.length === 0) throw new RuleError(file, `${v.id}: needs terms`);
    return { id: v.id, label: bilingual(file, v.label, `${v.id}.label`), necessary: v.necessary, terms: v.terms };
  });
}

export interface Vocabulary {
  collectionVerbs: string[];
  negationCues: string[];
  notNegation: string[];
  exceptionWords: string[];
  listScopeWords: string[];
  regionalVariants: Record<string, string>;
}

export function compileVocabulary(file: string, raw: unknown): Vocabulary {
  if (!isObj(raw)) throw new RuleError(file, 'must be a mapping');
  const get = (k: string): string[] => {
    const v = raw[k];
    if (!isStringList(v)) throw new RuleError(file, `${k} must be a list of words`);
    return v;
  };
  return {
    collectionVerbs: get('collection_verbs'),
    negationCues: get('negation_cues'),
    notNegation: get('not_negation'),
    exceptionWords: get('exception_words'),
    listScopeWords: get('list_scope_words'),
    regionalVariants: variantsOf(file, raw.regional_variants),
  };
}

function variantsOf(file: string, raw: unknown): Record<string, string> {
  if (!isObj(raw)) throw new RuleError(file, 'regional_variants must map regional words to mainland words');
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(raw)) {
    if (typeof to !== 'string' || to.length !== from.length || !from) {
      throw new RuleError(file, `regional_variants: ${from} → ${String(to)} must be two words of the same length`);
    }
    out[from] = to;
  }
  return out;
}

export function buildRuleSet(
  version: string,
  rules: CompiledRule[],
  citations: Record<string, Citation>,
  dataItems: DataItem[],
  vocabulary: Vocabulary,
): RuleSet {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new RuleError(r.source, `duplicate rule id ${r.id}`);
    seen.add(r.id);
  }
  return { version, rules, citations, dataItems, ...vocabulary };
}
