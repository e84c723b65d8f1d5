import { describe, expect, it } from 'vitest';
// Importing the engine installs the Traditional → Simplified table that normalize() uses.
import '../../src/engine';
import { normalize } from '../../src/engine/normalize';
import { detectRate, monthlyRate, parseChineseNumber } from '../../src/engine/rates';

const rate = (clause: string): number | null => detectRate(normalize(clause).text);

describe('rate arithmetic', () => {
  it('parses Chinese numerals', () => {
    expect(parseChineseNumber('三十六')).toBe(36);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('二百零五')).toBe(205);
    expect(parseChineseNumber('零点五')).toBeCloseTo(0.5);
    expect(parseChineseNumber('12.5')).toBe(12.5);
  });

  it.each([
    ['借款日利率为0.1%。', 36.5],
    ['日利率万分之十，按日计息。', 36.5],
    ['罚息利率：日息百分之一。', 365],
    ['逾期后每日按未还金额的百分之二收取逾期利息。', 730],
    ['滞纳金按未还本金日千分之五计收。', 182.5],
    ['逾期罚息按未还金额*0.3%/天计算。', 109.5],
    ['借款月息3分。', 36],
    ['本产品月利率2.5%。', 30],
    ['借款年化利率为36%。', 36],
    ['綜合年化費率為百分之四十。', 40],
    ['Late fee: daily interest of 1% on the overdue amount.', 365],
    ['The APR of this loan is 180%.', 180],
    ['如违约，借款人应按借款本金的百分之三十支付违约金。', 30],
    ['借款年化36%。', 36],
    ['逾期费每天按本金的0.5%收取。', 182.5],
    ['费率：日0.1%。', 36.5],
    ['服务费=借款金额×0.08%×借款天数。', 29.2],
    ['借款利息每天3元/千元。', 109.5],
    ['借款期限7天，服务费为借款金额的20%。', 1042.86],
    ['借款1000元，7天到期还款1200元。', 1042.86],
    ['Interest is charged at 0.35% per day (127.75% per annum).', 127.75],
    ['A late fee of 5% of the overdue amount per day applies.', 1825],
    ['The weekly interest rate is 2 percent.', 104.29],
    ['Fees are 2.5% per 15 days.', 60.83],
    ['The finance charge is $15 per $100 borrowed for 14 days.', 391.07],
    ['A service fee of 15% applies to this 14-day loan term.', 391.07],
    ['The processing fee is 10% of the principal for a loan tenure of 30 days.', 121.67],
    ['逾期利率在合同利率基础上上浮50%，合同年利率为18%。', 27],
    ['每期手续费为本金的2.8%，按月收取。', 33.6],
    ['The Annual Percentage Rate, including all fees, is 36.5%.', 36.5],
    ['Example: loan amount PHP 2,000, term 7 days, total repayable PHP 2,140.', 365],
    ['Principal: ₦20,000; tenor of 30 days; total amount due ₦23,000.', 182.5],
    ['A flat charge of 12% applies to every 28-day loan.', 156.43],
    ['Unpaid instalments attract a charge of 1% of the amount in arrears for every week of delay.', 52.14],
    ['借6000元分12期，每期仅需还620元。', 41.7],
    ['借款日利率低至0.02%，最高不超过0.2%。', 73],
    ['The loan may be extended for a further seven (7) days for a rollover fee of 10% of the principal.', 521.43],
    ['日利率0.02%至0.1%。', 36.5],
    ['Borrow KES 12,000 and repay 6 monthly instalments of KES 2,300.', 49.75],
  ])('%s → %s per cent a year', (clause, annual) => {
    expect(rate(clause)).toBeCloseTo(annual, 1);
  });

  it.each([
    '借款日利率万分之五，按日计息。',
    '借款年利率为15%。',
    '本产品月利率1.5%。',
    '借款年利率：【  】%。',
    '日利率=年利率÷360。',
    '逾期超过90天的，我们将委托第三方催收。',
    '提前还款需支付剩余本金1%的违约金。',
    '已还金额占应还金额的50%。',
    '逾期超过30天的，我们将收取剩余本金5%的催收费。',
    '借款期限30天，服务费为借款金额的1%。',
    'The annual percentage rate is 18% per annum.',
    'We charge a one-time processing fee of 2%.',
    'A processing fee of 1% applies to a loan term of 90 days.',
    '年化利率为18%，按月付息。',
    '逾期利率在贷款市场报价利率基础上上浮50%。',
    '借款年利率12%，逾期利率上浮30%。',
    'Loan amount KES 10,000, term 91 days, total repayable KES 10,450.',
    'A service fee of 2% is charged once; repay within a week.',
    '借6000元分12期，每期还520元。',
    '日利率0.02%，服务费5%。',
    '逾期罚息按合同利率上浮30%计收，且利息、罚息及其他费用合计不超过年化24%，不另收违约金。',
  ])('%s is within the cap or not a rate', (clause) => {
    expect(rate(clause)).toBeNull();
  });

  it('finds the monthly rate at which equal instalments repay a loan', () => {
    expect(monthlyRate(1000, 12, 1000 / 12)).toBeCloseTo(0, 6);
    expect(monthlyRate(1000, 2, 510)!).toBeCloseTo(0.0133, 4);
    expect(monthlyRate(1000, 12, 80)).toBeNull();
  });
});
