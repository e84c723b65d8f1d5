import { Automaton, type Hit } from './aho';
import { normalize, foldTerm, type Normalized } from './normalize';
import { segment, partAround, type Span } from './segment';
import { detectRate } from './rates';
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
/** Bounds the work per clause and pattern group on hostile input (a clause of one repeated term). */
const MAX_HITS_PER_GROUP = 32;

type TermRef =
  | { kind: 'group'; rule: number; pattern: number; group: number }
  | { kind: 'exclusion'; rule: number }
  | { kind: 'notInside'; rule: number }
  | { kind: 'cue' }
  | { kind: 'notCue' }
  | { kind: 'data'; item: number }
  | { kind: 'verb' }
  | { kind: 'marker' };

interface ClauseHits {
  span: Span;
  hits: Hit[];
}

interface Window {
  start: number;
  end: number;
  hits: Hit[];
}

/** Words that show a text is an agreement, policy or authorisation rather than news or a menu. */
const AGREEMENT_MARKERS = [
  '本协议', '本合同', '本政策', '本声明', '本授权书', '本条款', '本规则', '甲方', '乙方', '借款人', '出借人',
  '您同意', '用户同意', '您授权', '用户授权', '本人授权', '隐私政策', '隐私权', '服务协议', '用户协议', '授权书',
  'this agreement', 'this policy', 'privacy policy', 'terms of use', 'terms and conditions', 'terms of service',
  'you agree', 'you consent', 'we collect', 'we may collect', 'your personal information', 'the borrower',
];

export class Engine {
  private readonly automaton: Automaton;
  private readonly refs: TermRef[][] = [];
  private readonly groupCounts: number[][];
  private readonly citations: Map<string, Citation[]>;

  constructor(readonly ruleset: RuleSet) {
    const terms: string[] = [];
    const index = new Map<string, number>();
    const add = (raw: string, ref: TermRef): void => {
      const term = foldTerm(raw);
      if (term.length === 0) return;
      let id = index.get(term);
      if (id === undefined) {
        id = terms.length;
        index.set(term, id);
        terms.push(term);
        this.refs.push([]);
      }
      this.refs[id]!.push(ref);
    };
    ruleset.rules.forEach((rule, r) => {
      rule.patterns.forEach((p, pi) => p.groups.forEach((g, gi) => g.forEach((t) => add(t, { kind: 'group', rule: r, pattern: pi, group: gi }))));
      rule.exclusions.forEach((t) => add(t, { kind: 'exclusion', rule: r }));
      rule.notInside.forEach((t) => add(t, { kind: 'notInside', rule: r }));
    });
    ruleset.negationCues.forEach((t) => add(t, { kind: 'cue' }));
    ruleset.notNegation.forEach((t) => add(t, { kind: 'notCue' }));
    ruleset.dataItems.forEach((d, i) => d.terms.forEach((t) => add(t, { kind: 'data', item: i })));
    ruleset.collectionVerbs.forEach((t) => add(t, { kind: 'verb' }));
    AGREEMENT_MARKERS.forEach((t) => add(t, { kind: 'marker' }));
    this.groupCounts = ruleset.rules.map((r) => r.patterns.map((p) => p.groups.length));
    this.citations = new Map(ruleset.rules.map((r) => [r.id, r.citations.flatMap((c) => ruleset.citations[c] ?? [])]));
    this.automaton = new Automaton(terms);
  }

  audit(input: string, options: AuditOptions = {}): Report {
    checkInput(input);
    const norm = normalize(input);
    const language = options.lang ?? detectLanguage(norm.text);
    const spans = segment(norm.text, input, norm.map);
    const clauses = assignHits(spans, this.automaton.scan(norm.text));

    const findings: Finding[] = [];
    const dataHits: DataHit[] = [];
    let markers = 0;
    // A lead-in ending in a colon ("您授权我们收集以下信息：") governs the list items after it: its
    // words count in each item, so "2、您的通讯录；" is read as "我们收集您的通讯录".
    let leadIn: LeadIn | undefined;
    for (const clause of clauses) {
      const clauseText = norm.text.slice(clause.span.start, clause.span.end);
      const isLeadIn = /[:：]$/.test(clauseText);
      if (leadIn !== undefined && !isLeadIn && (!isListItem(clauseText) || --leadIn.itemsLeft < 0)) leadIn = undefined;
      if (clause.hits.length === 0) {
        if (isLeadIn) leadIn = undefined;
        continue;
      }
      const cues: Hit[] = [];
      const notCues: Hit[] = [];
      const verbs: Hit[] = [];
      const clauseData: Hit[] = [];
      const dataItemOf = new Map<Hit, number>();
      for (const h of clause.hits) {
        for (const ref of this.refs[h.term]!) {
          if (ref.kind === 'cue') cues.push(h);
          else if (ref.kind === 'notCue') notCues.push(h);
          else if (ref.kind === 'verb') verbs.push(h);
          else if (ref.kind === 'marker') markers++;
          else if (ref.kind === 'data') {
            clauseData.push(h);
            dataItemOf.set(h, ref.item);
          }
        }
      }
      const liveCues = cues.filter((c) => !notCues.some((n) => n.start <= c.start && n.end >= c.end));
      const ctx: ClauseContext = { text: norm.text, span: clause.span, cues: liveCues };
      const liveVerb = verbs.some((v) => !isNegated(ctx, v.start, v.end, [v]));

      const inherited = leadIn === undefined || isLeadIn ? [] : leadIn.hits.map((h) => ({ term: h.term, start: clause.span.start, end: clause.span.start }));
      for (const f of this.matchRules(clause, inherited, ctx)) {
        findings.push(toFinding(f.rule, this.citations.get(f.rule.id)!, clause.span, norm, input, f.annualRate));
      }

      if ((liveVerb || (leadIn?.collects === true && !isLeadIn)) && clauseData.length > 0) {
        for (const h of clauseData) {
          if (isNegated(ctx, h.start, h.end, [h])) continue;
          dataHits.push({ item: dataItemOf.get(h)!, start: norm.map[h.start]!, end: norm.map[h.end - 1]! + 1 });
        }
      }
      if (isLeadIn) {
        leadIn = {
          hits: clause.hits.filter((h) => this.refs[h.term]!.some((r) => r.kind === 'group') && !isNegated(ctx, h.start, h.end, [h])),
          collects: liveVerb,
          itemsLeft: MAX_LIST_ITEMS,
        };
      }
    }

    findings.sort((a, b) => a.start - b.start || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const f of findings) counts[f.severity]++;
    const agreementFound = findings.some((f) => f.severity !== 'info') || markers >= 2;
    const g = grade(findings, agreementFound);
    return {
      language,
      chars: input.length,
      sha256: sha256Hex(input),
      grade: g.grade,
      gradeReason: g.reason,
      agreementFound,
      counts,
      findings,
      necessary: compareNecessary(this.ruleset.dataItems, dataHits),
    };
  }

  private *matchRules(clause: ClauseHits, inherited: Hit[], ctx: ClauseContext): Generator<{ rule: CompiledRule; window: Window; annualRate?: number }> {
    // Which pattern groups this clause satisfies, keyed by rule and pattern.
    const candidates = new Map<number, Map<number, Hit[][]>>();
    const exclusions = new Map<number, Hit[]>();
    const notInside = new Map<number, Hit[]>();
    for (const h of inherited.length === 0 ? clause.hits : [...inherited, ...clause.hits]) {
      for (const ref of this.refs[h.term]!) {
        if (ref.kind === 'group') {
          let byPattern = candidates.get(ref.rule);
          if (byPattern === undefined) candidates.set(ref.rule, (byPattern = new Map()));
          let groups = byPattern.get(ref.pattern);
          if (groups === undefined) {
            groups = Array.from({ length: this.groupCounts[ref.rule]![ref.pattern]! }, () => []);
            byPattern.set(ref.pattern, groups);
          }
          const g = groups[ref.group]!;
          if (g.length < MAX_HITS_PER_GROUP) g.push(h);
        } else if (ref.kind === 'exclusion') {
          pushTo(exclusions, ref.rule, h);
        } else if (ref.kind === 'notInside') {
          pushTo(notInside, ref.rule, h);
        }
      }
    }
    for (const [r, byPattern] of candidates) {
      const rule = this.ruleset.rules[r]!;
      const masks = notInside.get(r) ?? [];
      const excl = exclusions.get(r) ?? [];
      let matched: Window | undefined;
      for (const [pi, rawGroups] of byPattern) {
        const pattern = rule.patterns[pi]!;
        const groups = rawGroups.map((g) => g.filter((h) => !masks.some((m) => m.start <= h.start && m.end >= h.end && m.end - m.start > h.end - h.start)));
        if (groups.some((g) => g.length === 0)) continue;
        for (const w of windows(groups, pattern.ordered === true)) {
          if (pattern.within !== undefined && w.end - w.start > pattern.within) continue;
          if (pattern.negatable !== false && isNegated(ctx, w.start, w.end, w.hits)) continue;
          const scope = rule.exclusionScope === 'clause' ? clause.span : partAround(ctx.text, clause.span, w.start, w.end);
          if (excl.some((e) => e.start >= scope.start && e.end <= scope.end)) continue;
          matched = w;
          break;
        }
        if (matched) break;
      }
      if (!matched) continue;
      if (rule.detector === 'rate') {
        const rate = detectRate(ctx.text.slice(clause.span.start, clause.span.end));
        if (rate === null) continue;
        yield { rule, window: matched, annualRate: rate };
      } else {
        yield { rule, window: matched };
      }
    }
  }
}

interface LeadIn {
  /** The lead-in's pattern words that are not negated there, carried into each list item. */
  hits: Hit[];
  /** Whether the lead-in says the listed data is collected. */
  collects: boolean;
  itemsLeft: number;
}

/** How many items after a lead-in can belong to its list. */
const MAX_LIST_ITEMS = 30;

/** List items start with a marker (1、 1.2 （一） 一、 (a) - •) or end like one (；). */
function isListItem(clause: string): boolean {
  return /^(?:\d{1,3}(?:[.．]\d{1,3}){0,3}[、.．)）]?|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[a-z][.)、]|[-•·*—])/.test(clause) || /[；;]$/.test(clause);
}

interface ClauseContext {
  text: string;
  span: Span;
  cues: Hit[];
}

function pushTo(map: Map<number, Hit[]>, key: number, h: Hit): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [h]);
  else if (list.length < MAX_HITS_PER_GROUP) list.push(h);
}

/**
 * A match is negated when a negation cue stands in the same clause part before it, or between its
 * terms, and is not itself inside a matched term ("无法" in "无法提供服务" is the rule's own term).
 */
function isNegated(ctx: ClauseContext, start: number, end: number, hits: Hit[]): boolean {
  if (ctx.cues.length === 0) return false;
  const from = partAround(ctx.text, ctx.span, start, start).start;
  return ctx.cues.some(
    (c) => c.start >= from && c.end <= end && !hits.some((h) => h.start <= c.start && c.end <= h.end),
  );
}

/** Candidate windows that take one hit from every group, narrowest first for each starting hit. */
function* windows(groups: Hit[][], ordered: boolean): Generator<Window> {
  for (const g of groups) g.sort((a, b) => a.start - b.start);
  if (ordered) {
    for (const first of groups[0]!) {
      const chosen = [first];
      let cursor = first.end;
      let ok = true;
      for (let gi = 1; gi < groups.length; gi++) {
        const next = groups[gi]!.find((h) => h.start >= cursor);
        if (next === undefined) {
          ok = false;
          break;
        }
        chosen.push(next);
        cursor = next.end;
      }
      if (!ok) return;
      yield { start: first.start, end: cursor, hits: chosen };
    }
    return;
  }
  const starts = [...new Set(groups.flat().map((h) => h.start))].sort((a, b) => a - b);
  for (const s of starts) {
    const chosen: Hit[] = [];
    for (const g of groups) {
      let best: Hit | undefined;
      for (const h of g) if (h.start >= s && (best === undefined || h.end < best.end)) best = h;
      if (best === undefined) return;
      chosen.push(best);
    }
    yield { start: s, end: Math.max(...chosen.map((h) => h.end)), hits: chosen };
  }
}

function assignHits(spans: Span[], hits: Hit[]): ClauseHits[] {
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: ClauseHits[] = [];
  let k = 0;
  for (const span of spans) {
    while (k < hits.length && hits[k]!.start < span.start) k++;
    const inside: Hit[] = [];
    let j = k;
    while (j < hits.length && hits[j]!.start < span.end) {
      if (hits[j]!.end <= span.end) inside.push(hits[j]!);
      j++;
    }
    out.push({ span, hits: inside });
  }
  return out;
}

function toFinding(rule: CompiledRule, citations: Citation[], clause: Span, norm: Normalized, input: string, annualRate?: number): Finding {
  const start = norm.map[clause.start]!;
  const end = norm.map[clause.end - 1]! + 1;
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    quote: input.slice(start, end),
    title: rule.title,
    message: annualRate === undefined ? rule.message : withRate(rule.message, annualRate),
    citations,
    ...(annualRate === undefined ? {} : { annualRate }),
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
