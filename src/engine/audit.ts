import { Automaton, type AutomatonTables, type Hit, type Hits } from './aho';
import { packInts, packRagged, ragged, raggedHas, unpackInts, unpackRagged, type Ragged } from './pack';
import { normalize, foldTerm, type Normalized } from './normalize';
import { segment, partBreaks, type Span, type Spans } from './segment';
import { CAP_PROTECTED, detectRate } from './rates';
import { lastAtOrBelow } from './search';
import { summaryRates, SUMMARY_REACH } from './summary';
import { sha256Hex } from './sha256';
import { grade } from './grade';
import { compareNecessary, type DataHit } from './necessary';
import {
  AuditInputError,
  SEVERITIES,
  type AuditOptions,
  type Citation,
  type CompiledRule,
  type Finding,
  type Lang,
  type Report,
  type RuleSet,
  type Severity,
} from './types';

/** Inputs above this size are refused with a clear error rather than audited slowly. */
export const MAX_INPUT_CHARS = 20_000_000;
/**
 * Findings listed per document. A real agreement has tens to hundreds; text built to repeat one bad
 * clause can have millions, and listing them all made reports of gigabytes. Beyond the limit,
 * findings still count (severity counts, grade) but are not listed: Report.omittedFindings says how many.
 */
export const MAX_FINDINGS = 10_000;
/** Bounds the work per clause and pattern group on hostile input (a clause of one repeated term). */
const MAX_HITS_PER_GROUP = 32;
/** Groups of one pattern: a clause's groups of a pattern are bits of a byte, refs are pattern * 8 + group. */
const MAX_GROUPS = 8;

/** What a term means to the engine, as bit flags: one term can play several parts. */
const CUE = 1;
const NOT_CUE = 2;
const VERB = 4;
const MARKER = 8;
const DATA = 16;
const GROUP = 32;
const EXCEPTION = 64;
/** The term is an exclusion, or a not_inside expression, of some rule. */
const EXCLUSION = 128;
const NOT_INSIDE = 256;
/** A lead-in word that leaves the decision to the list's items (see RuleSet.listScopeWords). */
const LIST_SCOPE = 512;

/**
 * A pattern of a rule, numbered across the whole rule set so a clause can be checked with flat arrays.
 * Rules and patterns are copied into records with every field present: the compiled pack's objects
 * differ in which optional fields they carry, and code reading many shapes at one spot is what the
 * JIT optimises worst (it kept throwing away the compiled matcher on a long document).
 */
interface IndexedPattern {
  rule: number;
  /** Bit mask with one bit per group: the clause satisfies the pattern when all bits are set. */
  full: number;
  groups: number;
  ordered: boolean;
  /** Maximum span of a match in characters, or Infinity. */
  within: number;
  negatable: boolean;
}

interface RuleRecord {
  rule: CompiledRule;
  id: string;
  category: string;
  /** Index into SEVERITIES: lower is more severe. */
  rank: number;
  rate: boolean;
  clauseScope: boolean;
  citations: Citation[];
}

/** A rule that matched a clause, with the annualised rate for rate rules (NaN otherwise). */
interface Match {
  rule: RuleRecord;
  annualRate: number;
}

/** Words that show a text is an agreement, policy or authorisation rather than news or a menu. */
const AGREEMENT_MARKERS = [
  '本协议', '本合同', '本政策', '本声明', '本授权书', '本条款', '本规则', '甲方', '乙方', '借款人', '出借人',
  '您同意', '用户同意', '您授权', '用户授权', '本人授权', '隐私政策', '隐私权', '服务协议', '用户协议', '授权书',
  'this agreement', 'this policy', 'privacy policy', 'terms of use', 'terms and conditions', 'terms of service',
  'you agree', 'you consent', 'we collect', 'we may collect', 'your personal information', 'the borrower',
];

/**
 * What the engine looks up per term: every rule word, cue and data term in folded form, numbered,
 * with its flag bits and references. Derived from a rule set alone, so the build script stores the
 * default pack's tables (src/generated/engine.json) and a process auditing one document skips this.
 */
export interface EngineTables {
  /** Per term: flag bits, the data item it names (or -1), and its pattern groups as pattern * 8 + group. */
  flags: Int32Array;
  dataItem: Int32Array;
  groupRefs: Ragged;
  /** Per term: the rules for which it is an exclusion, or a longer expression a match may not sit inside. */
  exclusionOf: Ragged;
  notInsideOf: Ragged;
  automaton: AutomatonTables;
}

/** The tables as the build script stores them (src/generated/engine.json): strings only. */
export interface PackedTables {
  terms: string;
  flags: string;
  dataItem: string;
  groupRefs: [string, string];
  exclusionOf: [string, string];
  notInsideOf: [string, string];
  parent: string;
  via: string;
  fail: string;
  out: [string, string];
}

/** Terms never contain NUL (folding keeps control characters out of rule words), so it can separate them. */
const TERM_SEPARATOR = '\u0000';

export function packTables(t: EngineTables): PackedTables {
  const { terms, parent, via, fail, out } = t.automaton;
  if (terms.some((term) => term.includes(TERM_SEPARATOR))) throw new Error('a rule term contains NUL');
  return {
    terms: terms.join(TERM_SEPARATOR),
    flags: packInts(t.flags),
    dataItem: packInts(t.dataItem),
    groupRefs: packRagged(t.groupRefs),
    exclusionOf: packRagged(t.exclusionOf),
    notInsideOf: packRagged(t.notInsideOf),
    parent: packInts(parent),
    via,
    fail: packInts(fail),
    out: packRagged(out),
  };
}

export function unpackTables(p: PackedTables): EngineTables {
  return {
    flags: unpackInts(p.flags),
    dataItem: unpackInts(p.dataItem),
    groupRefs: unpackRagged(p.groupRefs),
    exclusionOf: unpackRagged(p.exclusionOf),
    notInsideOf: unpackRagged(p.notInsideOf),
    automaton: {
      terms: p.terms === '' ? [] : p.terms.split(TERM_SEPARATOR),
      parent: unpackInts(p.parent),
      via: p.via,
      fail: unpackInts(p.fail),
      out: unpackRagged(p.out),
    },
  };
}

/** Patterns numbered across the whole rule set, in rule order: the numbering groupRefs uses. */
function indexPatterns(ruleset: RuleSet): IndexedPattern[] {
  return ruleset.rules.flatMap((rule, r) =>
    rule.patterns.map((p) => {
      if (p.groups.length > MAX_GROUPS) throw new Error(`rule ${rule.id}: a pattern has more than ${MAX_GROUPS} groups`);
      return {
        rule: r,
        full: (1 << p.groups.length) - 1,
        groups: p.groups.length,
        ordered: p.ordered === true,
        within: p.within ?? Infinity,
        negatable: p.negatable !== false,
      };
    }),
  );
}

/** Folds and numbers every term of a rule set (foldTerm needs the character tables installed). */
export function compileTables(ruleset: RuleSet): EngineTables {
  const terms: string[] = [];
  const flags: number[] = [];
  const dataItem: number[] = [];
  const groupRefs: number[][] = [];
  const exclusionOf: number[][] = [];
  const notInsideOf: number[][] = [];
  const index = new Map<string, number>();
  const termId = (term: string): number => {
    let id = index.get(term);
    if (id === undefined) {
      id = terms.length;
      index.set(term, id);
      terms.push(term);
      flags.push(0);
      dataItem.push(-1);
      groupRefs.push([]);
      exclusionOf.push([]);
      notInsideOf.push([]);
    }
    return id;
  };
  const words = (list: readonly string[]): string[] => list.map(foldTerm).filter((t) => t.length > 0);
  let pid = 0;
  ruleset.rules.forEach((rule, r) => {
    for (const p of rule.patterns) {
      p.groups.forEach((g, gi) => {
        for (const t of words(g)) {
          const id = termId(t);
          flags[id]! |= GROUP;
          groupRefs[id]!.push(pid * 8 + gi);
        }
      });
      pid++;
    }
    for (const t of words(rule.exclusions)) {
      const id = termId(t);
      exclusionOf[id]!.push(r);
      flags[id]! |= EXCLUSION;
    }
    for (const t of words(rule.notInside)) {
      const id = termId(t);
      notInsideOf[id]!.push(r);
      flags[id]! |= NOT_INSIDE;
    }
  });
  const flag = (list: readonly string[], bit: number): void => {
    for (const t of words(list)) flags[termId(t)]! |= bit;
  };
  flag(ruleset.negationCues, CUE);
  flag(ruleset.notNegation, NOT_CUE);
  flag(ruleset.collectionVerbs, VERB);
  flag(AGREEMENT_MARKERS, MARKER);
  flag(ruleset.exceptionWords, EXCEPTION);
  flag(ruleset.listScopeWords, LIST_SCOPE);
  ruleset.dataItems.forEach((d, i) => {
    for (const t of words(d.terms)) {
      const id = termId(t);
      flags[id]! |= DATA;
      dataItem[id] = i;
    }
  });
  return {
    flags: Int32Array.from(flags),
    dataItem: Int32Array.from(dataItem),
    groupRefs: ragged(groupRefs),
    exclusionOf: ragged(exclusionOf),
    notInsideOf: ragged(notInsideOf),
    automaton: Automaton.fromTerms(terms).tables(),
  };
}

export class Engine {
  private readonly automaton: Automaton;
  private readonly rules: RuleRecord[];
  private readonly patterns: IndexedPattern[];
  private readonly flags: Int32Array;
  private readonly dataItem: Int32Array;
  /** groupRefs as flat arrays: the refs of term t are refs[refStart[t] .. refStart[t + 1]). */
  private readonly refStart: Int32Array;
  private readonly refs: Int32Array;
  private readonly exclusionOf: Ragged;
  private readonly notInsideOf: Ragged;
  /** Scratch state for one clause, reused: which groups of which patterns the clause has. */
  private readonly masks: Uint8Array;
  private readonly epochs: Uint32Array;
  private epoch = 0;

  /** `tables` must come from compileTables(ruleset); without it they are compiled here. */
  constructor(
    readonly ruleset: RuleSet,
    tables: EngineTables = compileTables(ruleset),
  ) {
    this.patterns = indexPatterns(ruleset);
    ({ flags: this.flags, dataItem: this.dataItem, exclusionOf: this.exclusionOf, notInsideOf: this.notInsideOf } = tables);
    ({ start: this.refStart, items: this.refs } = tables.groupRefs);
    this.masks = new Uint8Array(this.patterns.length);
    this.epochs = new Uint32Array(this.patterns.length);
    this.rules = ruleset.rules.map((rule) => ({
      rule,
      id: rule.id,
      category: rule.category,
      rank: SEVERITIES.indexOf(rule.severity),
      rate: rule.detector === 'rate',
      clauseScope: rule.exclusionScope === 'clause',
      citations: rule.citations.flatMap((c) => ruleset.citations[c] ?? []),
    }));
    this.automaton = Automaton.fromTables(tables.automaton);
  }

  audit(input: string, options: AuditOptions = {}): Report {
    checkInput(input);
    const norm = normalize(input);
    const language = options.lang ?? detectLanguage(norm.text);
    const spans = segment(norm.text, input, norm.origin);
    const scan = this.automaton.scan(norm.text);

    const run: AuditRun = {
      text: norm.text,
      input,
      norm,
      scan,
      findings: [],
      omitted: { count: 0, counts: zeroCounts(), kinds: [] },
      dataHits: [],
      markers: 0,
      leadIn: undefined,
    };
    const text = norm.text;
    let next = 0;
    // This loop sees every clause and stays small, so the JIT optimises it early in a long
    // document; the few clauses that need a close look go to examine().
    const { starts, ends } = spans;
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k]!;
      const end = ends[k]!;
      // Hits come ordered by end; those of this clause end inside it and start inside it.
      const first = next;
      while (next < scan.count && scan.ends[next]! <= end) next++;
      const isLeadIn = endsWith(text, end, 0xff1a, 0x3a);
      const leadIn = run.leadIn;
      if (leadIn !== undefined && !isLeadIn && (!isListItem(text, start, end) || --leadIn.itemsLeft < 0)) run.leadIn = undefined;
      // A reader's question in an FAQ ("问：为什么要读取我的通讯录？") states no term; its answer does.
      if (isQuestion(text, start, end)) continue;
      const complete = this.quickLook(scan, first, next, start);
      run.markers += this.lookMarkers;
      // Most clauses complete no pattern and say nothing about collecting data: nothing more to do,
      // nothing allocated.
      const collectsData = (this.lookFlags & DATA) !== 0 && ((this.lookFlags & VERB) !== 0 || run.leadIn?.collects === true);
      if (complete || collectsData || isLeadIn || run.leadIn !== undefined) this.examine(run, { start, end }, first, next, isLeadIn);
    }
    this.reportSummaries(run, spans, language);
    const { findings, omitted, dataHits, markers } = run;

    findings.sort((a, b) => a.start - b.start || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const counts = omitted.counts;
    for (const f of findings) counts[f.severity]++;
    // Omitted findings count in full: one of each kind is all the grade formula looks at.
    const graded = omitted.count === 0 ? findings : [...findings, ...omitted.kinds];
    const agreementFound = graded.some((f) => f.severity !== 'info') || markers >= 2;
    const g = grade(graded, agreementFound);
    return {
      language,
      chars: input.length,
      sha256: (options.sha256 ?? sha256Hex)(input),
      grade: g.grade,
      gradeReason: g.reason,
      agreementFound,
      counts,
      findings,
      omittedFindings: omitted.count,
      necessary: compareNecessary(this.ruleset.dataItems, dataHits),
    };
  }

  /**
   * The cost a loan summary table states over several lines (see summary.ts), reported on the
   * clause holding the total, unless a rate finding nearby already says it.
   */
  private reportSummaries(run: AuditRun, spans: Spans, language: Lang): void {
    const rule = this.rules.find((r) => r.rate && (r.rule.lang === language || r.rule.lang === 'any'));
    if (rule === undefined) return;
    const { starts, ends } = spans;
    for (const { at, annual } of summaryRates(run.text)) {
      if (annual <= CAP_PROTECTED) continue;
      const near = run.norm.origin(at);
      if (run.findings.some((f) => f.category === rule.category && f.end > near - SUMMARY_REACH && f.start < near + SUMMARY_REACH)) continue;
      // The clause holding the total: the last that starts at or before it.
      const lo = lastAtOrBelow(starts, at);
      if (starts.length === 0 || starts[lo]! > at || ends[lo]! <= at) continue;
      const finding = toFinding({ rule, annualRate: Math.round(annual * 100) / 100 }, { start: starts[lo]!, end: ends[lo]! }, run.norm, run.input);
      if (run.findings.length < MAX_FINDINGS) run.findings.push(finding);
      else omit(run.omitted, finding);
    }
  }

  /**
   * The close look at one clause: which rules match, what data it says it collects, what a lead-in
   * passes on. Split into steps of plain loops: one large function with a closure per array method
   * took TurboFan over 100 ms to compile, and a long document was mostly audited before it had.
   */
  private examine(run: AuditRun, span: Span, first: number, next: number, isLeadIn: boolean): void {
    const hits = clauseHits(run.scan, first, next, span);
    // A case under a lead-in ("2、逾期超过三日的；") may have no word of its own and still be reported.
    if (hits.length === 0 && (isLeadIn || run.leadIn?.cases !== true)) {
      if (isLeadIn) run.leadIn = undefined;
      return;
    }
    const ctx = this.classify(run.text, span, hits);
    const leadIn = isLeadIn ? undefined : run.leadIn;
    if (leadIn?.denies === true) ctx.denied = true;
    if (leadIn?.cases === true) ctx.isCase = true;
    if (ctx.hasGroup || ctx.isCase) this.report(run, span, hits, ctx, leadIn);
    if (ctx.data.length > 0 && (leadIn?.collects === true || someLive(ctx, ctx.verbs))) this.collectData(run, ctx);
    if (isLeadIn) run.leadIn = this.leadInOf(hits, ctx);
  }

  /** Sorts a clause's hits by what their terms are to the engine. */
  private classify(text: string, span: Span, hits: readonly Hit[]): ClauseContext {
    const cues: Hit[] = [];
    const notCues: Hit[] = [];
    const ctx: ClauseContext = { text, span, cues, exclusionHits: [], maskHits: [], verbs: [], data: [], hasGroup: false, breaks: undefined, denied: false, isCase: false };
    for (const h of hits) {
      const f = this.flags[h.term]!;
      if (f & GROUP) ctx.hasGroup = true;
      if (f === GROUP) continue;
      // Negation words are whole words: "not" in "notice" or "nor" in "normal" negates nothing.
      if (f & CUE && endsWord(text, h)) cues.push(h);
      if (f & NOT_CUE) notCues.push(h);
      if (f & VERB) ctx.verbs.push(h);
      if (f & DATA) ctx.data.push(h);
      if (f & EXCLUSION) ctx.exclusionHits.push(h);
      if (f & NOT_INSIDE) ctx.maskHits.push(h);
    }
    // A cue inside an expression that does not negate (不可撤销, not limited to) is no cue.
    if (notCues.length > 0) ctx.cues = cues.filter((c) => !covered(notCues, c));
    return ctx;
  }

  /**
   * Several rules may describe one clause the same way: a clause is reported once per category, by
   * the most severe of its rules (the first in the pack on a tie).
   */
  private report(run: AuditRun, span: Span, hits: Hit[], ctx: ClauseContext, leadIn: LeadIn | undefined): void {
    // Inherited words sit at the item's start with zero width, which is how they are told apart.
    const inherited = leadIn === undefined ? NO_HITS : atStart(leadIn.hits, span.start);
    const all = inherited.length === 0 ? hits : [...inherited, ...hits];
    const matched = this.matchRules(span, all, inherited.length > 0, ctx, leadIn === undefined ? NO_RULES : leadIn.excludedRules);
    // A clause matches a handful of rules at most: the first match of each category, in rule order,
    // is reported, by the most severe rule among those of its category.
    for (let i = 0; i < matched.length; i++) {
      const category = matched[i]!.rule.category;
      let first = true;
      for (let j = 0; j < i; j++) if (matched[j]!.rule.category === category) first = false;
      if (!first) continue;
      let best = matched[i]!;
      for (let j = i + 1; j < matched.length; j++) {
        if (matched[j]!.rule.category === category && matched[j]!.rule.rank < best.rule.rank) best = matched[j]!;
      }
      const finding = toFinding(best, span, run.norm, run.input);
      const also: string[] = [];
      for (let j = i; j < matched.length; j++) {
        if (matched[j]!.rule.category === category && matched[j] !== best) also.push(matched[j]!.rule.id);
      }
      if (also.length > 0) finding.also = also;
      if (run.findings.length < MAX_FINDINGS) run.findings.push(finding);
      else omit(run.omitted, finding);
    }
  }

  private collectData(run: AuditRun, ctx: ClauseContext): void {
    for (const h of ctx.data) {
      if (isHitNegated(ctx, h)) continue;
      run.dataHits.push({ item: this.dataItem[h.term]!, start: run.norm.origin(h.start), end: run.norm.origin(h.end - 1) + 1 });
    }
  }

  /** What a lead-in passes on to its list items: its pattern words that are not negated or masked. */
  private leadInOf(hits: readonly Hit[], ctx: ClauseContext): LeadIn {
    // A lead-in that announces exceptions ("unless:", "以下情形除外：") lists cases that are not what its words say.
    let exception = false;
    for (const h of hits) if ((this.flags[h.term]! & EXCEPTION) !== 0) exception = true;
    const passed: Hit[] = [];
    if (!exception) {
      for (const h of hits) {
        if ((this.flags[h.term]! & GROUP) === 0 || isHitNegated(ctx, h) || coveredByOther(ctx.maskHits, h)) continue;
        passed.push(h);
      }
    }
    return {
      hits: passed,
      excludedRules: this.exclusionRules(hits),
      collects: !exception && someLive(ctx, ctx.verbs),
      denies: !exception && deniesItems(ctx),
      cases: !exception && hits.some((h) => (this.flags[h.term]! & LIST_SCOPE) !== 0),
      itemsLeft: MAX_LIST_ITEMS,
    };
  }

  /**
   * One pass over a clause's hits in the flat arrays: whether the clause completes any pattern, and
   * (in lookMarkers, lookFlags) its agreement markers and the kinds of words it contains.
   */
  /** Results of the last quickLook besides its return value (kept in fields: this runs per clause). */
  private lookMarkers = 0;
  private lookFlags = 0;
  /** Patterns the last quickLook found complete, in the order they completed. */
  private readonly completed: number[] = [];
  /** How many entries of `completed` the last quickLook filled (the list is reused, not emptied). */
  private completedCount = 0;

  private quickLook(scan: Hits, from: number, to: number, clauseStart: number): boolean {
    const epoch = ++this.epoch;
    const { masks, epochs, patterns, flags: termFlags, refStart, refs, completed } = this;
    let markers = 0;
    let flags = 0;
    let count = 0;
    for (let i = from; i < to; i++) {
      if (scan.starts[i]! < clauseStart) continue;
      const term = scan.terms[i]!;
      const f = termFlags[term]!;
      flags |= f;
      if (f & MARKER) markers++;
      if ((f & GROUP) === 0) continue;
      for (let k = refStart[term]!, last = refStart[term + 1]!; k < last; k++) {
        const ref = refs[k]!;
        const p = ref >> 3;
        if (epochs[p] !== epoch) {
          epochs[p] = epoch;
          masks[p] = 0;
        }
        const before = masks[p]!;
        const after = before | (1 << (ref & 7));
        if (after !== before) {
          masks[p] = after;
          if (after === patterns[p]!.full) completed[count++] = p;
        }
      }
    }
    this.lookMarkers = markers;
    this.lookFlags = flags;
    this.completedCount = count;
    return count > 0;
  }

  /**
   * The rules a lead-in's hits exclude for its items: those for which some hit is an exclusion,
   * except a word that leaves the decision to the items ("在以下情形中").
   */
  private exclusionRules(hits: readonly Hit[]): Set<number> {
    const { start, items } = this.exclusionOf;
    const rules = new Set<number>();
    for (const h of hits) {
      if ((this.flags[h.term]! & LIST_SCOPE) !== 0) continue;
      for (let k = start[h.term]!, end = start[h.term + 1]!; k < end; k++) rules.add(items[k]!);
    }
    return rules;
  }

  private matchRules(span: Span, hits: Hit[], inherited: boolean, ctx: ClauseContext, leadInExcluded: ReadonlySet<number>): Match[] {
    const matched: Match[] = [];
    const { masks, epochs, patterns } = this;
    // quickLook has just listed the patterns this clause's own hits complete.
    const complete = this.completed;
    let count = this.completedCount;
    if (inherited) {
      // Inherited lead-in words can complete more patterns: count again with them.
      count = 0;
      const epoch = ++this.epoch;
      for (const h of hits) {
        for (let k = this.refStart[h.term]!, last = this.refStart[h.term + 1]!; k < last; k++) {
          const ref = this.refs[k]!;
          const p = ref >> 3;
          if (epochs[p] !== epoch) {
            epochs[p] = epoch;
            masks[p] = 0;
          }
          const before = masks[p]!;
          const after = before | (1 << (ref & 7));
          if (after !== before) {
            masks[p] = after;
            if (after === patterns[p]!.full) complete[count++] = p;
          }
        }
      }
    }
    // In pack order, so rules are tried in order; a clause completes a few patterns at most.
    for (let i = 1; i < count; i++) {
      const p = complete[i]!;
      let k = i;
      for (; k > 0 && complete[k - 1]! > p; k--) complete[k] = complete[k - 1]!;
      complete[k] = p;
    }
    let lastRule = -1;
    for (let i = 0; i < count; i++) {
      const p = complete[i]!;
      const r = patterns[p]!.rule;
      if (r === lastRule) continue;
      const rule = this.rules[r]!;
      // A rule the lead-in excludes ("无法联系您时，…") gets nothing from it.
      const own = leadInExcluded.has(r) ? hits.filter((h) => h.end > h.start) : hits;
      if (!this.patternMatches(rule, r, p, patterns[p]!, span, own, ctx)) continue;
      lastRule = r;
      if (rule.rate) {
        const rate = detectRate(ctx.text.slice(span.start, span.end));
        if (rate === null) continue;
        matched.push({ rule, annualRate: rate });
      } else {
        matched.push({ rule, annualRate: NaN });
      }
    }
    return matched;
  }

  /** Second pass, for the few patterns whose every group occurs: proximity, order, negation, exclusions. */
  private patternMatches(rule: RuleRecord, r: number, p: number, pattern: IndexedPattern, span: Span, hits: Hit[], ctx: ClauseContext): boolean {
    const masksFor = ctx.maskHits.length === 0 ? ctx.maskHits : ctx.maskHits.filter((h) => raggedHas(this.notInsideOf, h.term, r));
    const groups: Hit[][] = [];
    for (let g = 0; g < pattern.groups; g++) groups.push([]);
    // Hits are ordered by start, so each group is too, and so is the list of candidate starts.
    const starts: number[] = [];
    for (const h of hits) {
      for (let k = this.refStart[h.term]!, last = this.refStart[h.term + 1]!; k < last; k++) {
        const ref = this.refs[k]!;
        if (ref >> 3 !== p) continue;
        const g = groups[ref & 7]!;
        if (g.length >= MAX_HITS_PER_GROUP || insideMask(masksFor, h)) continue;
        g.push(h);
        if (starts.length === 0 || starts[starts.length - 1] !== h.start) starts.push(h.start);
      }
    }
    for (const g of groups) if (g.length === 0) return false;
    const excl = ctx.exclusionHits.length === 0 ? ctx.exclusionHits : ctx.exclusionHits.filter((h) => raggedHas(this.exclusionOf, h.term, r));
    const chosen: Hit[] = [];
    if (pattern.ordered) {
      // Each first-group hit, followed by the nearest hit of each later group after the previous one.
      for (const first of groups[0]!) {
        chosen.length = 0;
        chosen.push(first);
        let cursor = first.end;
        for (let gi = 1; gi < groups.length; gi++) {
          const next = firstFrom(groups[gi]!, cursor);
          if (next === undefined) return false;
          chosen.push(next);
          cursor = next.end;
        }
        if (windowPasses(rule, pattern, span, ctx, excl, first.start, cursor, chosen)) return true;
      }
      return false;
    }
    // For each start, the narrowest window: from every group the hit at or after it that ends first.
    for (const s of starts) {
      chosen.length = 0;
      let end = 0;
      for (const g of groups) {
        let best: Hit | undefined;
        for (const h of g) if (h.start >= s && (best === undefined || h.end < best.end)) best = h;
        if (best === undefined) return false;
        chosen.push(best);
        if (best.end > end) end = best.end;
      }
      if (windowPasses(rule, pattern, span, ctx, excl, s, end, chosen)) return true;
    }
    return false;
  }

}

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Whether a hit that ends in a Latin letter is not followed by another one. */
function endsWord(text: string, h: Hit): boolean {
  return !isAsciiLetter(text.charCodeAt(h.end - 1)) || !isAsciiLetter(text.charCodeAt(h.end));
}

/** Sticky: how an FAQ marks a reader's question. */
const QUESTION_MARK = /(?:问|q|question)\s?[：:.]/y;

/** Whether a clause is a question an FAQ puts in the reader's mouth: "问：…？", "Q: …?". */
function isQuestion(text: string, start: number, end: number): boolean {
  if (!endsWith(text, end, 0xff1f, 0x3f)) return false;
  QUESTION_MARK.lastIndex = start;
  return QUESTION_MARK.test(text);
}

/** Whether the clause ending at `end` ends with one of two characters (full-width and ASCII forms of a mark). */
function endsWith(text: string, end: number, a: number, b: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === a || c === b;
}

const NO_RULES: ReadonlySet<number> = new Set();
/**
 * The empty hit list, made as a list of objects: a literal [] is a list of small integers to the JIT,
 * and hit-reading code that meets both kinds of array was being recompiled.
 */
const NO_HITS: Hit[] = [{ term: 0, start: 0, end: 0 }];
NO_HITS.pop();

const zeroCounts = (): Record<Severity, number> => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

/** Findings beyond MAX_FINDINGS: counted per severity, and the first of each category and severity kept. */
interface Omitted {
  count: number;
  counts: Record<Severity, number>;
  kinds: Finding[];
}

function omit(omitted: Omitted, f: Finding): void {
  omitted.count++;
  omitted.counts[f.severity]++;
  if (!omitted.kinds.some((k) => k.category === f.category && k.severity === f.severity)) omitted.kinds.push(f);
}

/** What audit() and examine() share while going through one document's clauses. */
interface AuditRun {
  text: string;
  input: string;
  norm: Normalized;
  scan: Hits;
  findings: Finding[];
  omitted: Omitted;
  dataHits: DataHit[];
  markers: number;
  /**
   * A lead-in ending in a colon ("您授权我们收集以下信息：") governs the list items after it: its
   * words count in each item, so "2、您的通讯录；" is read as "我们收集您的通讯录".
   */
  leadIn: LeadIn | undefined;
}

interface LeadIn {
  /** The lead-in's pattern words that are not negated or masked there, carried into each list item. */
  hits: Hit[];
  /** Rules with an exclusion word in the lead-in: its words do not count for them. */
  excludedRules: ReadonlySet<number>;
  /** Whether the lead-in says the listed data is collected. */
  collects: boolean;
  /** Whether the lead-in denies what its items say ("我们不会从事以下行为：", "We will never:"). */
  denies: boolean;
  /**
   * Whether the items are the cases in which the lead-in's words apply ("在以下情形中联系您的亲属："):
   * an item is then reported on the lead-in's words alone unless its own words exclude it.
   */
  cases: boolean;
  itemsLeft: number;
}

/** How many items after a lead-in can belong to its list. */
const MAX_LIST_ITEMS = 30;

const LIST_MARKER = /(?:\d{1,3}(?:[.．]\d{1,3}){0,3}[、.．)）]?|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[a-z][.)、]|[-•·*—])/y;

/** List items start with a marker (1、 1.2 （一） 一、 (a) - •) or end like one (；). */
function isListItem(text: string, start: number, end: number): boolean {
  LIST_MARKER.lastIndex = start;
  return LIST_MARKER.test(text) || endsWith(text, end, 0xff1b, 0x3b);
}

interface ClauseContext {
  text: string;
  span: Span;
  cues: Hit[];
  /** Hits that are some rule's exclusion or not_inside expression (usually none). */
  exclusionHits: Hit[];
  maskHits: Hit[];
  /** Collection verbs and data terms. */
  verbs: Hit[];
  data: Hit[];
  /** Whether any hit belongs to a pattern group. */
  hasGroup: boolean;
  /** Positions of the clause's part breaks, found on first use (see breaksOf). */
  breaks: number[] | undefined;
  /** A list item under a lead-in that denies its items: every match in it is negated. */
  denied: boolean;
  /** A list item that names a case in which its lead-in's words apply (see LeadIn.cases). */
  isCase: boolean;
}

/** Whether `h` lies within one of `outer`. */
function covered(outer: readonly Hit[], h: Hit): boolean {
  for (const o of outer) if (o.start <= h.start && o.end >= h.end) return true;
  return false;
}

/** Whether `h` lies within one of `outer` other than itself. */
function coveredByOther(outer: readonly Hit[], h: Hit): boolean {
  for (const o of outer) if (o !== h && o.start <= h.start && o.end >= h.end) return true;
  return false;
}

/** Whether some of these hits is not negated. */
function someLive(ctx: ClauseContext, hits: readonly Hit[]): boolean {
  for (const h of hits) if (!isHitNegated(ctx, h)) return true;
  return false;
}

/**
 * A match is negated when a negation cue stands in the same clause part before it, or between its
 * terms, and is not itself inside a matched term ("无法" in "无法提供服务" is the rule's own term).
 */
function isNegated(ctx: ClauseContext, start: number, end: number, hits: readonly Hit[]): boolean {
  if (ctx.denied || answeredNo(ctx, end)) return true;
  if (ctx.cues.length === 0) return false;
  if (excepted(ctx, end)) return false;
  const from = negationFrom(ctx, start);
  for (const c of ctx.cues) if (c.start >= from && c.end <= end && !covers(hits, c)) return true;
  return false;
}

/**
 * Whether the rest of the part after a match names when it happens after all: "We will not contact
 * your family unless you miss two repayments" permits what it seems to deny. An exception that only
 * asks for consent or the law ("unless you agree", "unless separately authorised", "unless required
 * by law") keeps the promise.
 */
function excepted(ctx: ClauseContext, end: number): boolean {
  // Only the rest of the part is searched: a search through the rest of the document, for every
  // negated match, made a long text without "unless" quadratic.
  return UNLESS.test(ctx.text.slice(end, partEnd(ctx, end)));
}

const UNLESS =
  /\bunless\b(?!,?\s(?:you\s|we\s|the law\s|it is\s|otherwise\s)?(?:have\s|has\s|are\s|is\s|first\s|expressly\s|specifically\s)?(?:consent|agree|allow|authori[sz]|permit|opt|choose|ask|request|separately|required|obliged|legally|by law|instruct|give|grant|provide your consent|otherwise))/;

/** isNegated for a match of one term. */
function isHitNegated(ctx: ClauseContext, h: Hit): boolean {
  if (ctx.denied || answeredNo(ctx, h.end)) return true;
  if (ctx.cues.length === 0) return false;
  const from = negationFrom(ctx, h.start);
  for (const c of ctx.cues) if (c.start >= from && c.end <= h.end && !(h.start <= c.start && c.end <= h.end)) return true;
  return false;
}

/**
 * Words in a lead-in's last part that make its negation a matter of need or notice rather than a
 * promise ("无需另行通知即可采取以下措施：", "We do not need your consent for the following:"): such a
 * lead-in does not deny its items.
 */
const NEED_OR_NOTICE = /需|必要|必须|通知|告知|另行|同意|need|requir|necessar|notif|notice|consent|approval|permission/;

/** Whether a lead-in promises not to do what its items list: a negation cue in its last part. */
function deniesItems(ctx: ClauseContext): boolean {
  const from = partStart(ctx, ctx.span.end - 1);
  if (!ctx.cues.some((c) => c.start >= from)) return false;
  return !NEED_OR_NOTICE.test(ctx.text.slice(from, ctx.span.end));
}

/**
 * Whether the text ending at `end` is a short heading that a colon and a plain "no" answer, as
 * permission lists write it: "通讯录权限：不申请", "Contacts: not requested". A longer answer
 * ("通讯录权限：不会用于催收") says how the permission is used, not that it is not asked for.
 */
function answeredNo(ctx: ClauseContext, end: number): boolean {
  const colon = partEnd(ctx, end);
  const c = ctx.text.charCodeAt(colon);
  if ((c !== 0xff1a && c !== 0x3a) || colon - partStart(ctx, end - 1) > HEADING_MAX) return false;
  ANSWER_NO.lastIndex = colon + 1;
  return ANSWER_NO.test(ctx.text);
}

/** Longest heading before a colon that a "no" after the colon answers. */
const HEADING_MAX = 24;
/** Sticky: a plain "no" that makes up the whole answer after a colon. */
const ANSWER_NO =
  /\s?(?:不申请|不收集|不获取|不读取|不调用|不调取|不使用|不需要|无需|无须|不涉及|未申请|未使用|未收集|否|无|not requested|not collected|not accessed|not used|not required|not needed|none|no)\s?(?:[。；;.，,\n]|$)/y;

/** Whether one of `hits` contains the cue. */
function covers(hits: readonly Hit[], cue: Hit): boolean {
  for (const h of hits) if (h.start <= cue.start && cue.end <= h.end) return true;
  return false;
}

/**
 * The clause's part breaks, found on first use: a long clause packed with terms is asked about
 * its parts once per candidate window, and walking the text each time made that quadratic.
 */
function breaksOf(ctx: ClauseContext): number[] {
  ctx.breaks ??= partBreaks(ctx.text, ctx.span);
  return ctx.breaks;
}

/** Index of the first break at or after `at`, by bisection. */
function breakFrom(breaks: readonly number[], at: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the clause part (between commas and colons) that contains index `at`. */
function partStart(ctx: ClauseContext, at: number): number {
  const breaks = breaksOf(ctx);
  const i = breakFrom(breaks, at);
  return i === 0 ? ctx.span.start : breaks[i - 1]! + 1;
}

/** End of the clause part that contains the text ending at `at`: the first break at or after it. */
function partEnd(ctx: ClauseContext, at: number): number {
  const breaks = breaksOf(ctx);
  const i = breakFrom(breaks, at);
  return i === breaks.length ? ctx.span.end : breaks[i]!;
}

/** Where negation cues for a match starting at `start` may begin. */
function negationFrom(ctx: ClauseContext, start: number): number {
  const from = partStart(ctx, start);
  if (from === ctx.span.start) return from;
  // "We do not sell, rent or share your data": a cue just before a comma reaches into the next
  // part unless that part turns away from it (but, except, we, 但, 您 …).
  CONTRAST_START.lastIndex = from;
  if (CONTRAST_START.test(ctx.text)) return from;
  for (const c of ctx.cues) if (c.end <= from && from - c.end <= CUE_CARRY) return c.start;
  // "Under no circumstances will the lender, or anyone acting for it, contact …": the cue reaches
  // over a short aside between commas too.
  const aside = from - 1 > ctx.span.start ? partStart(ctx, from - 2) : from;
  if (aside < from && from - aside <= ASIDE_MAX) {
    ASIDE_START.lastIndex = aside;
    if (ASIDE_START.test(ctx.text)) for (const c of ctx.cues) if (c.end <= aside && aside - c.end <= CUE_CARRY) return c.start;
  }
  return from;
}

/** Longest aside between commas a negation cue reaches over. */
const ASIDE_MAX = 48;
/** Sticky: how an aside opens ("or anyone acting for it", "including its agents"). */
const ASIDE_START = /\s?(?:or|nor|and|including|together with|whether)\s/y;

/** How far before a comma a negation cue may stand and still govern the next part. */
const CUE_CARRY = 20;
/** Sticky: tested at the start of a clause part. */
const CONTRAST_START = /\s?(?:but|however|except|unless|although|though|yet|we|you|our|your|they|the (?:app|application|lender|platform|company|borrower|user)\b|if|when|where|provided|subject|in |and we|and you|但|但是|然而|不过|除|我们|您|你|本|平台|如|若|如果|在|当|且|并|同时|否则)/y;

/** Whether a hit lies inside a longer expression it must not be read from (联系人 in 紧急联系人). */
function insideMask(masks: readonly Hit[], h: Hit): boolean {
  for (const m of masks) if (m.start <= h.start && m.end >= h.end && m.end - m.start > h.end - h.start) return true;
  return false;
}

/** The first hit of a group, ordered by start, that starts at or after `from`. */
function firstFrom(group: readonly Hit[], from: number): Hit | undefined {
  for (const h of group) if (h.start >= from) return h;
  return undefined;
}

/** Whether a window of hits, one per group, is a match: distance, negation, exclusions. */
function windowPasses(
  rule: RuleRecord,
  pattern: IndexedPattern,
  span: Span,
  ctx: ClauseContext,
  excl: readonly Hit[],
  start: number,
  end: number,
  hits: Hit[],
): boolean {
  // A list item must say something itself: the lead-in's words alone do not make a finding, unless
  // the item is one of the cases in which they apply.
  let own = ctx.isCase;
  for (const h of hits) if (h.end > h.start) own = true;
  if (!own || end - start > pattern.within) return false;
  if (pattern.negatable && isNegated(ctx, start, end, hits)) return false;
  if (excl.length === 0) return true;
  const from = rule.clauseScope ? span.start : partStart(ctx, start);
  const to = rule.clauseScope ? span.end : partEnd(ctx, end);
  for (const e of excl) if (e.start >= from && e.end <= to && !deniedRightBefore(ctx, e)) return false;
  return true;
}

/**
 * Whether a negation cue is joined to an exclusion, denying it: "提前还款不收取违约金" is no penalty
 * clause, and "无需另行征得您的同意" no promise to ask again. Only joined, as Chinese writes it: a cue
 * further back governs the match ("not responsible for losses caused by your failure"), and an
 * English cue before an exclusion often restates it ("no one other than the borrower").
 */
function deniedRightBefore(ctx: ClauseContext, e: Hit): boolean {
  for (const c of ctx.cues) if (c.end === e.start) return true;
  return false;
}

/** Copies of hits moved to one position with zero width (built by push: see NO_HITS). */
function atStart(hits: readonly Hit[], at: number): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) out.push({ term: h.term, start: at, end: at });
  return out;
}

/** The hits of one clause as objects, ordered by start. */
function clauseHits(scan: Hits, from: number, to: number, span: Span): Hit[] {
  const out: Hit[] = [];
  for (let i = from; i < to; i++) {
    const start = scan.starts[i]!;
    if (start < span.start) continue;
    const hit = { term: scan.terms[i]!, start, end: scan.ends[i]! };
    // Hits arrive ordered by end, so by start they are nearly in order already: insertion keeps
    // this stable and linear in practice, without a comparator call per comparison (which, before
    // the JIT has optimised it, cost more than the rest of this function).
    let k = out.length;
    out.push(hit);
    for (; k > 0; k--) {
      const prev = out[k - 1]!;
      if (prev.start < start || (prev.start === start && prev.end <= hit.end)) break;
      out[k] = prev;
    }
    out[k] = hit;
  }
  return out;
}

function toFinding({ rule: { rule, citations }, annualRate }: Match, clause: Span, norm: Normalized, input: string): Finding {
  const start = norm.origin(clause.start);
  const end = norm.origin(clause.end - 1) + 1;
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    quote: input.slice(start, end),
    title: rule.title,
    message: Number.isNaN(annualRate) ? rule.message : withRate(rule.message, annualRate),
    citations,
    ...(Number.isNaN(annualRate) ? {} : { annualRate }),
  };
}

function withRate(message: { zh: string; en: string }, rate: number): { zh: string; en: string } {
  const r = Math.round(rate * 100) / 100;
  return { zh: message.zh.replaceAll('{rate}', String(r)), en: message.en.replaceAll('{rate}', String(r)) };
}

function checkInput(input: string): void {
  if (input.length > MAX_INPUT_CHARS) {
    throw new AuditInputError(`input too large: ${input.length} characters (limit ${MAX_INPUT_CHARS})`, 'too-large');
  }
  if (input.trim().length === 0) throw new AuditInputError('input is empty', 'empty');
  // Text never contains NUL or many C0 control characters; binary files do.
  const sample = input.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new AuditInputError('input looks binary (contains NUL bytes)', 'binary');
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
    if (c === 0xfffd) control++;
  }
  if (control > sample.length * 0.05) throw new AuditInputError('input looks binary (too many control or invalid characters)', 'binary');
}

export function detectLanguage(text: string): Lang {
  let cjk = 0;
  let latin = 0;
  const limit = Math.min(text.length, 20000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 0x61 && c <= 0x7a) latin++;
  }
  // A Chinese character carries about as much as a four-letter English word.
  return cjk * 4 >= latin ? 'zh' : 'en';
}
