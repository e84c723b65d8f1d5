/**
 * Rate arithmetic: finds the rates a clause states ("日利率万分之五", "月息2分", "年化36%", "1%/天",
 * "daily interest of 0.5%") and converts each to an annual percentage. Works on normalised text
 * (half-width digits, simplified characters, lower case). All expressions are bounded, so the
 * cost is linear in the clause length.
 */

/** Legal reference points in percent a year: 24% (courts' protection line) and 36% (absolute line). */
export const CAP_PROTECTED = 24;
export const CAP_ABSOLUTE = 36;

type Period = 'day' | 'week' | 'month' | 'year' | 'once';
const PER_YEAR: Record<Exclude<Period, 'once'>, number> = { day: 365, week: 365 / 7, month: 12, year: 1 };

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral up to the hundreds, with an optional 点 decimal part ("三十六", "零点五"). */
export function parseChineseNumber(s: string): number | null {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const [intPart, decPart] = s.split('点');
  let total = 0;
  let current = 0;
  for (const ch of intPart ?? '') {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else if (ch === '十') {
      total += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current === 0 ? 1 : current) * 100;
      current = 0;
    } else return null;
  }
  total += current;
  if (decPart !== undefined) {
    let scale = 0.1;
    for (const ch of decPart) {
      if (!(ch in CN_DIGITS)) return null;
      total += CN_DIGITS[ch]! * scale;
      scale /= 10;
    }
  }
  return total;
}

const NUM = '(\\d{1,4}(?:\\.\\d{1,6})?|[零〇一二两三四五六七八九十百点]{1,8})';
const VALUE_PATTERNS: { re: RegExp; scale: (m: RegExpExecArray) => number | null }[] = [
  { re: new RegExp(`${NUM}\\s?(?:%|percent|per cent|pct)`, 'g'), scale: (m) => num(m[1]) },
  { re: new RegExp(`百分之${NUM}`, 'g'), scale: (m) => num(m[1]) },
  { re: new RegExp(`千分之${NUM}`, 'g'), scale: (m) => div(num(m[1]), 10) },
  { re: new RegExp(`万分之${NUM}`, 'g'), scale: (m) => div(num(m[1]), 100) },
  { re: new RegExp(`${NUM}\\s?‰`, 'g'), scale: (m) => div(num(m[1]), 10) },
  // "每天3元/千元" is 0.3% a day: an amount per hundred, thousand or ten thousand of principal.
  { re: new RegExp(`${NUM}元\\s?[/每]\\s?(百|千|万)元`, 'g'), scale: (m) => div(num(m[1]), m[2] === '百' ? 1 : m[2] === '千' ? 10 : 100) },
];

/** 月息2分 = 2% a month; 年息1分 = 10% a year; 日息1分 = 0.1% a day; 厘 is a tenth of 分. */
const FEN_PATTERN = new RegExp(`(日|月|年)(?:利率|利息|息|费率)?为?${NUM}(分|厘)(?![之钟期])`, 'g');

const PERIOD_MARKERS: { re: RegExp; period: Exclude<Period, 'once'> }[] = [
  // "×天数" multiplies a rate by the number of days; "日0.1%" is a bare daily rate.
  { re: /(日利率|日息|日费率|日综合费率|每日|每天|按日|逐日|\/天|\/日|日百分之|日千分之|日万分之|天数|日(?=\d)|daily|per day|a day|each day|every day|\/day|p\.d)/g, period: 'day' },
  { re: /(周利率|周息|每周|按周|\/周|weekly|per week|a week|each week|every week|\/week|p\.w)/g, period: 'week' },
  { re: /(月利率|月息|月费率|月综合费率|每月|按月|\/月|月(?=\d)|monthly|per month|a month|each month|every month|\/month|p\.m)/g, period: 'month' },
  { re: /(年利率|年化|年息|年费率|每年|按年|\/年|per annum|annual|annum|apr|per year|a year|yearly|p\.a)/g, period: 'year' },
];

/** Words that make a percentage a cost of the loan rather than, say, a share of a payment. */
const COST_CONTEXT = /(利率|利息|息|年化|罚金|滞纳金|违约金|费|interest|apr|rate|fee|penalty|charge|late)/;
const ONE_OFF_CONTEXT = /(违约金|罚金|penalty)/;
/** "2.5% per 15 days", "15% for 7 days": a rate over a stated number of days. */
const PER_N_DAYS = new RegExp(`${NUM}\\s?(?:%|percent|per cent)\\s?(?:per|for|every|in|each)\\s(\\d{1,3})\\s?days?`, 'g');
/** "$15 per $100 for 14 days" (payday-loan disclosure). */
const PER_HUNDRED_DAYS = /\$?\s?(\d{1,3}(?:\.\d{1,2})?)\s?(?:per|for every|for each)\s?\$?\s?100\s?(?:borrowed\s)?(?:for|per|every|over)\s(\d{1,3})\s?days?/g;

/** "按合同利率上浮50%": the overdue rate is the contract rate raised by that share of itself. */
const UPLIFT = new RegExp(`上浮(?:${NUM}\\s?%|百分之${NUM})`);
const CEILING_BEFORE = /(不超过|不高于|不得超过|不得高于|最高|上限|封顶|以内|up to|not exceed|not more than|maximum of|max\.?)\s?$/;
/** A ceiling on all charges together at or below the protected line. */
const TOTAL_CEILING = /(?:合计|总计|累计|总额|综合|全部)[^。；;]{0,16}?(?:不超过|不高于|不得超过|不得高于|以内)\s?(?:年化|年利率)?\s?(?:24|二十四)\s?%/;
/** A rate's name stated once for the clause ("The Annual Percentage Rate, inclusive of fees, is 36.5%"). */
const APR_HEADER = /(annual percentage rate|\bapr\b|年化)/;

/**
 * A loan term in days ("借款期限7天", "14天到期", "a 14-day tenure", "each 30-day loan", "term 14 days"):
 * a one-off fee over it is annualised.
 */
const TERM_DAYS =
  /(?:期限(?:为)?\s?(\d{1,3})\s?[天日]|(\d{1,3})\s?[天日](?:后)?(?:到期|期限|内还款)|(\d{1,3})[-\s]?days?\s(?:loan\b|(?:loan\s)?(?:tenure|tenor|term|period))|(?:tenure|tenor|term|period)(?: of|:)?\s(\d{1,3})\s?days|(?:extended|extension|rollover|roll over|renewed)[^.;]{0,30}?\((\d{1,3})\)\s?days)/;
/**
 * An amount of money as English disclosures write it: a currency code or sign, then digits with
 * thousands separators ("KES 5,000", "₦10,000", "Rs. 2500").
 */
const MONEY = String.raw`(?:[a-z]{1,3}\.?\s?|[₦$₹₱€£]\s?)?(\d{1,3}(?:,\d{3}){1,3}|\d{2,9})(?:\.\d{1,2})?`;
/** The principal and the total to repay of an English "representative example". */
const PRINCIPAL_EN = new RegExp(String.raw`(?:loan amount|principal amount|principal|amount borrowed|amount of the loan)\s?(?:of|is|:|=)?\s?${MONEY}`);
const TOTAL_EN = new RegExp(String.raw`total (?:amount )?(?:repayable|payable|to be repaid|due|repayment amount|repayment|cost of the loan)\s?(?:of|is|:|=|will be)?\s?${MONEY}`);
/** "借6000元分12期，每期还620元" / "borrow KES 6,000 and repay 12 monthly instalments of KES 620". */
const INSTALMENTS_ZH = /借款?\s?(\d{1,3}(?:,\d{3}){1,2}|\d{3,7})元[^。；;]{0,12}?分\s?(\d{1,2})\s?期[^。；;]{0,16}?每期(?:仅需|只需|需|应)?(?:还款?|偿还|支付)\s?(\d{1,3}(?:,\d{3})?|\d{2,6})(?:\.\d{1,2})?元/;
const INSTALMENTS_EN = new RegExp(
  String.raw`(?:borrow|loan of|loan amount(?: of|:)?)\s?${MONEY}[^.;]{0,40}?(?:repay|pay)[^.;]{0,12}?(\d{1,2}) (?:equal )?monthly (?:instalments|installments|payments) of\s?${MONEY}`,
);
/** "借款1000元，7天到期还款1200元": the cost is the difference over the term. */
const REPAY_AMOUNTS = /借款?\s?(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})元[^。；;]{0,24}?(\d{1,3})\s?[天日][^。；;]{0,24}?还款?\s?(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})元/;
const FEE_CONTEXT = /(费|利息|息|fee|interest|finance charge|service charge|flat charge|processing charge)/;

/** The amount a MONEY match captured, without its thousands separators; 0 when there is none. */
function amount(m: RegExpExecArray | null): number {
  return m === null ? 0 : Number(m[1]!.replaceAll(',', ''));
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseChineseNumber(s);
}
function div(v: number | null, d: number): number | null {
  return v === null ? null : v / d;
}

interface RateValue {
  percent: number;
  start: number;
  end: number;
}

/** Calls `fn` for every match of a global regex in `text`, from the start. */
function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) fn(m);
}

function values(text: string): RateValue[] {
  const out: RateValue[] = [];
  for (const { re, scale } of VALUE_PATTERNS) {
    eachMatch(re, text, (m) => {
      const v = scale(m);
      if (v !== null && v > 0) out.push({ percent: v, start: m.index, end: m.index + m[0].length });
    });
  }
  return out;
}

interface PeriodMarker {
  period: Exclude<Period, 'once'>;
  start: number;
  end: number;
  /** "every week", "each day": a period that governs a value from further away. */
  recurring: boolean;
}

/** Every period marker of a clause, found once: a clause can state dozens of values. */
function periodMarkers(text: string): PeriodMarker[] {
  const out: PeriodMarker[] = [];
  for (const { re, period } of PERIOD_MARKERS) {
    eachMatch(re, text, (m) => out.push({ period, start: m.index, end: m.index + m[0].length, recurring: RECURRING.test(m[0]) }));
  }
  return out;
}

const RECURRING = /^(?:every|each) /;

const PART_BREAK = /[。；;，,]/g;

/** breaks[i]: how many clause-part breaks (。；;，,) stand before index i. */
function breakCounts(text: string): Int32Array {
  const breaks = new Int32Array(text.length + 1);
  PART_BREAK.lastIndex = 0;
  let last = 0;
  let count = 0;
  for (let m = PART_BREAK.exec(text); m !== null; m = PART_BREAK.exec(text)) {
    breaks.fill(count, last, m.index + 1);
    count++;
    last = m.index + 1;
  }
  breaks.fill(count, last);
  return breaks;
}

/**
 * The period of a value: a marker right after it ("0.35% per day (127.75% per annum)" → the second
 * value is annual), else the nearest marker before it in the same clause part, else one a little
 * further after it ("5% of the overdue amount per day").
 */
function periodOf(text: string, markers: readonly PeriodMarker[], breaks: Int32Array, v: RateValue): Period {
  let before: { period: Exclude<Period, 'once'>; distance: number } | undefined;
  let after: { period: Exclude<Period, 'once'>; distance: number } | undefined;
  /** A marker that opens the next part, right after a comma ("2.8%，按月收取"), if nothing else names the period. */
  let nextPart: Exclude<Period, 'once'> | undefined;
  for (const m of markers) {
    if (m.start < v.end && m.end > v.start) return m.period;
    const isBefore = m.end <= v.start;
    const distance = isBefore ? v.start - m.end : m.start - v.end;
    // "2% of the overdue amount will be charged for every week it remains unpaid".
    if (distance > (m.recurring && !isBefore ? 64 : 32)) continue;
    const crossesBreak = isBefore ? breaks[v.start]! > breaks[m.end]! : breaks[m.start]! > breaks[v.end]!;
    if (crossesBreak) {
      if (!isBefore && distance <= 3 && SOFT_BREAK_ONLY.test(text.slice(v.end, m.start))) nextPart ??= m.period;
      continue;
    }
    if (isBefore) {
      if (before === undefined || distance < before.distance) before = { period: m.period, distance };
    } else if (after === undefined || distance < after.distance) {
      after = { period: m.period, distance };
    }
  }
  if (after !== undefined && after.distance <= 3) return after.period;
  if (before !== undefined && before.distance <= 24) return before.period;
  return after?.period ?? nextPart ?? 'once';
}

const SOFT_BREAK_ONLY = /^\s?[，,]\s?$/;
/** What stands between the two values of a range ("0.02%至0.2%", "低至0.02%，最高不超过0.2%"). */
const RANGE_BETWEEN = /^\s?(?:[，,]\s?)?(?:至|到|~|～|-|—|–|最高(?:可达|不超过)?|不超过|不高于|up to|to)\s?$/;

/**
 * The highest annualised rate the clause states, in percent, when it is above the 24% line;
 * otherwise null. A one-off penalty of 24% or more of the principal counts at face value.
 */
export function detectRate(clause: string): number | null {
  let highest: number | null = null;
  const consider = (annual: number): void => {
    if (annual > CAP_PROTECTED && (highest === null || annual > highest)) highest = annual;
  };
  const repay = REPAY_AMOUNTS.exec(clause);
  if (repay !== null) {
    const [principal, days, total] = [Number(repay[1]!.replaceAll(',', '')), Number(repay[2]), Number(repay[3]!.replaceAll(',', ''))];
    if (principal > 0 && days > 0 && total > principal) consider((((total - principal) / principal) * 100 * 365) / days);
  }
  const term = TERM_DAYS.exec(clause);
  const termDays = term === null ? 0 : Number(term[1] ?? term[2] ?? term[3] ?? term[4] ?? term[5]);
  if (termDays > 0 && termDays <= 365) {
    const principal = amount(PRINCIPAL_EN.exec(clause));
    const total = amount(TOTAL_EN.exec(clause));
    if (principal > 0 && total > principal) consider((((total - principal) / principal) * 100 * 365) / termDays);
  }
  const instalments = INSTALMENTS_ZH.exec(clause) ?? INSTALMENTS_EN.exec(clause);
  if (instalments !== null) {
    const [principal, count, payment] = [instalments[1], instalments[2], instalments[3]].map((g) => Number(g!.replaceAll(',', ''))) as [number, number, number];
    const monthly = monthlyRate(principal, count, payment);
    if (monthly !== null) consider(monthly * 12 * 100);
  }
  for (const re of [PER_N_DAYS, PER_HUNDRED_DAYS]) {
    eachMatch(re, clause, (m) => {
      const pct = num(m[1]);
      const days = Number(m[2]);
      if (pct !== null && days > 0) consider((pct * 365) / days);
    });
  }
  if (!COST_CONTEXT.test(clause)) return roundRate(highest);
  const found = values(clause);
  const markers = found.length === 0 ? [] : periodMarkers(clause);
  const breaks = found.length === 0 ? new Int32Array(0) : breakCounts(clause);
  const aprAt = APR_HEADER.exec(clause)?.index ?? -1;
  const uplift = UPLIFT.exec(clause);
  /** The highest annual rate stated outright, which an uplift ("上浮50%") raises. */
  let base = 0;
  /** The value before, in text order: "日利率低至0.02%，最高0.2%" states the second with the first's period. */
  let previous: { end: number; period: Period } | undefined;
  found.sort((a, b) => a.start - b.start);
  for (const v of found) {
    // An uplift's share ("上浮30%") is no rate of its own.
    if (uplift !== null && v.end > uplift.index && v.start < uplift.index + uplift[0].length) continue;
    let period = periodOf(clause, markers, breaks, v);
    if (period === 'once' && previous !== undefined && previous.period !== 'once' && RANGE_BETWEEN.test(clause.slice(previous.end, v.start))) {
      period = previous.period;
    }
    previous = { end: v.end, period };
    if (period === 'once' && aprAt >= 0 && aprAt < v.start) period = 'year';
    if (period === 'once' && /^\s?(?:%|percent|per cent)?\s?(?:per|for|every|in|each)\s\d/.test(clause.slice(v.end, v.end + 12))) continue;
    if (period === 'once') {
      if (termDays > 0 && termDays <= 365 && FEE_CONTEXT.test(clause)) consider((v.percent * 365) / termDays);
      else if (ONE_OFF_CONTEXT.test(clause) && v.percent >= CAP_PROTECTED && v.percent <= 100) consider(v.percent);
      continue;
    }
    const annual = v.percent * PER_YEAR[period];
    // A ceiling ("年化不超过24%") is no rate an uplift could apply to.
    if (!CEILING_BEFORE.test(clause.slice(Math.max(0, v.start - 6), v.start))) base = Math.max(base, annual);
    consider(annual);
  }
  // "逾期利息、罚息合计不超过年化24%": the clause caps what an uplift could raise the rate to.
  if (uplift !== null && base > 0 && !TOTAL_CEILING.test(clause)) {
    const share = num(uplift[1] ?? uplift[2]);
    if (share !== null) consider(base * (1 + share / 100));
  }
  eachMatch(FEN_PATTERN, clause, (m) => {
    const n = num(m[2]);
    if (n === null) return;
    const unit = m[3] === '分' ? 1 : 0.1;
    consider(m[1] === '日' ? 0.1 * unit * n * 365 : m[1] === '月' ? unit * n * 12 : unit * n * 10);
  });
  return roundRate(highest);
}

/**
 * The monthly rate at which `count` equal monthly payments repay `principal` (the IRR of the loan),
 * by bisection; null when the payments do not exceed the principal. Annualised as rate × 12, the
 * way Chinese disclosure rules state an instalment loan's annual rate (单利年化).
 */
export function monthlyRate(principal: number, count: number, payment: number): number | null {
  if (!(principal > 0 && count > 0 && count <= 120 && payment * count > principal)) return null;
  const presentValue = (r: number): number => (payment * (1 - (1 + r) ** -count)) / r;
  let lo = 1e-9;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (presentValue(mid) > principal) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function roundRate(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100) / 100;
}
