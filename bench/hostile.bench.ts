/**
 * Cost of hostile or degenerate input: text built to make the engine work hard per character
 * (no clause ends, a rule word in every few characters, negations everywhere, dozens of rates per
 * clause). Each case is 1M characters, audited in-process after one warm-up run, and compared per
 * MB with ordinary agreement text. Goal: no case costs more than 5× ordinary text per MB, so a
 * hostile page slows an audit down but can never stall it.
 */
import { audit } from '../src/engine';
import { agreementText, median, table } from './engine.bench';

const CHARS = 1_000_000;
const RUNS = 3;
const GOAL_RATIO = 5;

/** A small deterministic generator, so every run audits the same text. */
function rng(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const repeat = (unit: string): string => unit.repeat(Math.ceil(CHARS / unit.length)).slice(0, CHARS);

/** Rule words and glue in random order: every clause is a dense tangle of partial matches. */
function wordSoup(): string {
  const words = ['通讯录', '联系人', '紧急联系人', '亲友', '同事', '单位', '催收', '逾期', '不', '无需', '不得', '授权', '上传', '读取', '披露', '欠款', '第三方', '不承担', '责任', '日利率', '万分之五', '，', '、', '：'];
  const next = rng(2026);
  const parts: string[] = [];
  let length = 0;
  while (length < CHARS) {
    const w = words[Math.floor(next() * words.length)]!;
    parts.push(w);
    length += w.length;
  }
  return parts.join('').slice(0, CHARS);
}

const CASES: [string, () => string][] = [
  ['one rule word repeated, no clause ends', () => repeat('通讯录')],
  ['negated collection, no clause ends', () => repeat('平台不读取通讯录')],
  ['negated English sentence, no full stops', () => repeat('we do not collect or upload your contacts ')],
  ['debt and contact words, no clause ends', () => repeat('逾期后不向您的亲友同事披露欠款信息')],
  ['rates without punctuation', () => repeat('日利率万分之五月息2分年化36%')],
  ['a lead-in repeated (a colon every 12 characters)', () => repeat('您授权我们收集以下信息：')],
  ['list items of data words', () => repeat('1、通讯录；')],
  ['commas and negations only', () => repeat('，不，通讯录，上传，')],
  ['loan-summary lines repeated (a total every 60 characters)', () => repeat('principal: kes 1,000\ntenure: 10 days\ntotal repayable: kes 1,100\n')],
  ['an English list that never closes', () => repeat('we may not read contacts, call logs, sms, photos, ')],
  ['hard-wrapped: a line break after every character', () => repeat('通\n讯\n录\n催\n收\n')],
  ['random soup of rule words and punctuation', wordSoup],
];

function timeAudit(text: string): { ms: number; findings: number } {
  audit(text);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    findings = audit(text).findings.length;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), findings };
}

export async function run(): Promise<void> {
  const ordinary = agreementText(CHARS);
  const base = timeAudit(ordinary);
  const perMb = (text: string, ms: number): number => ms / (Buffer.byteLength(text, 'utf8') / 1e6);
  const baseRate = perMb(ordinary, base.ms);
  const rows: (string | number)[][] = [['ordinary agreement text (reference)', base.ms.toFixed(0), baseRate.toFixed(0), '1.0', base.findings]];
  let worst = 1;
  for (const [name, make] of CASES) {
    const text = make();
    const { ms, findings } = timeAudit(text);
    const ratio = perMb(text, ms) / baseRate;
    worst = Math.max(worst, ratio);
    rows.push([name, ms.toFixed(0), perMb(text, ms).toFixed(0), ratio.toFixed(1), findings]);
  }
  console.log(`hostile input: ${CHARS.toLocaleString('en')} characters per case, in-process, median of ${RUNS} after a warm-up`);
  console.log(table(['case', 'median ms', 'ms per MB', '× ordinary', 'findings'], rows));
  console.log(`goal: every case ≤ ${GOAL_RATIO}× ordinary text per MB → worst ${worst.toFixed(1)}× ${worst <= GOAL_RATIO ? 'MET' : 'MISSED'}`);
}
