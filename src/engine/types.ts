/** Public data shapes of the audit engine. Everything here is plain JSON-serialisable data. */

export const CATEGORIES = [
  'contacts-access',
  'call-sms-access',
  'non-necessary-data',
  'no-consent-no-service',
  'third-party-contact',
  'debt-disclosure',
  'liability-waiver',
  'collector-sharing',
  'broad-data-sharing',
  'irrevocable-consent',
  'upfront-deduction',
  'rate-over-cap',
  'unilateral-change',
  'emergency-contacts',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Lang = 'zh' | 'en';
export interface Bilingual {
  zh: string;
  en: string;
}

/** One citation as shown to users: resolved from the catalogue in rules/citations.yaml. */
export interface Citation {
  id: string;
  law: Bilingual;
  article: string;
  text: string;
  /**
   * Verification tag from the regulations fact sheet: V (verbatim), V2 (verbatim from a reprint), or
   * title (only the instrument's title is verified, so no article or text is shown).
   */
  verified: 'V' | 'V2' | 'title';
  /** Whether the cited instrument is binding law or a self-regulatory / non-binding text. */
  status: string;
}

/** A pattern: every group must be matched by one of its terms, all inside one clause. */
export interface CompiledPattern {
  groups: string[][];
  /** Maximum distance in characters between the first and the last matched term. */
  within?: number;
  /** Terms must appear in group order. */
  ordered?: boolean;
  /** When false, negation cues before the match do not cancel it (the pattern itself expresses a refusal). */
  negatable?: boolean;
}

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  lang: Lang | 'any';
  title: Bilingual;
  message: Bilingual;
  citations: string[];
  patterns: CompiledPattern[];
  /** Terms that, in the same part of the clause as the match, make it lawful or irrelevant. */
  exclusions: string[];
  /** Where exclusions are looked for: the comma-bounded part around the match, or the whole clause. */
  exclusionScope: 'part' | 'clause';
  /** Longer expressions that contain a pattern term but mean something else (紧急联系人 contains 联系人). */
  notInside: string[];
  /** Name of a built-in detector (e.g. rate arithmetic) used instead of, or in addition to, patterns. */
  detector?: 'rate';
  examples: { positive: string[]; negative: string[] };
  /** Repository path of the rule's source file, for messages and the docs. */
  source: string;
}

export interface DataItem {
  id: string;
  label: Bilingual;
  necessary: boolean;
  terms: string[];
}

export interface RuleSet {
  version: string;
  rules: CompiledRule[];
  citations: Record<string, Citation>;
  dataItems: DataItem[];
  /** Collection verbs that, near a data term, mean the document says it collects it. */
  collectionVerbs: string[];
  /** Words that negate what follows them in the same clause part ("不会", "never"). */
  negationCues: string[];
  /** Expressions that contain a cue but do not negate ("不可撤销", "not limited to"). */
  notNegation: string[];
  /** Words by which a list lead-in announces exceptions ("unless:", "以下情形除外："). */
  exceptionWords: string[];
  /**
   * Words by which a lead-in leaves the decision to its list ("在以下情形中…："): where they exclude a
   * rule in the lead-in, the items still inherit its words and are judged on their own.
   */
  listScopeWords: string[];
  /** Regional words and their mainland form of the same length (资讯 → 信息), applied in normalisation. */
  regionalVariants: Record<string, string>;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** Offsets into the ORIGINAL input string (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
  quote: string;
  title: Bilingual;
  message: Bilingual;
  citations: Citation[];
  /** Rate findings: the annualised figure in percent. */
  annualRate?: number;
  /** Other rules of the same category that matched the same clause, in pack order (reported once, by `rule`). */
  also?: string[];
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'none';

export interface DataMention {
  id: string;
  label: Bilingual;
  necessary: boolean;
  start: number;
  end: number;
}

export interface NecessaryComparison {
  /** Data items the document says it collects, necessary or not, in order of first mention. */
  collected: string[];
  /** Collected items outside the necessary set for lending apps. */
  beyond: { id: string; label: Bilingual; start: number; end: number }[];
  /** The necessary set itself, for display. */
  necessarySet: { id: string; label: Bilingual }[];
  summary: Bilingual;
}

export interface Report {
  language: Lang;
  chars: number;
  sha256: string;
  grade: Grade;
  gradeReason: Bilingual;
  /** True when the text looks like an agreement, privacy policy or authorisation. */
  agreementFound: boolean;
  /** Findings per severity, including any not listed. */
  counts: Record<Severity, number>;
  /** In document order, at most MAX_FINDINGS of them. */
  findings: Finding[];
  /** Findings beyond MAX_FINDINGS: counted and graded, not listed (0 for any real agreement). */
  omittedFindings: number;
  necessary: NecessaryComparison;
}

export interface AuditOptions {
  lang?: Lang;
  /**
   * SHA-256 of the text as lower-case hex. The engine's own implementation works everywhere; a
   * platform with a native one (node:crypto) may pass it for speed. It must hash the UTF-8 bytes.
   */
  sha256?: (text: string) => string;
}

export class AuditInputError extends Error {
  constructor(
    message: string,
    readonly reason: 'empty' | 'binary' | 'too-large',
  ) {
    super(message);
    this.name = 'AuditInputError';
  }
}
