/**
 * The popup's words in Chinese and English. The UI follows the browser's language until the user
 * flips the switch; the choice is kept in storage.local.
 */
import type { Category, Lang, Severity } from '../engine/types';
import type { StorageAreaLike } from './store';

export interface Strings {
  appName: string;
  tagline: string;
  grade: string;
  gradeNone: string;
  counts: string;
  severity: Record<Severity, string>;
  category: Record<Category, string>;
  scanningVerdict: string;
  noneVerdict: string;
  noneForcedVerdict: string;
  errorVerdict: string;
  unavailableVerdict: string;
  cleanNote: string;
  scanAnyway: string;
  scanAnywayHint: string;
  badgeLabel: string;
  necessaryHeading: string;
  necessaryBeyond: (labels: string[]) => string;
  necessaryWithin: string;
  necessaryNothing: string;
  necessaryNoAgreement: string;
  necessarySet: (labels: string[]) => string;
  documentsHeading: string;
  documentKind: { page: string; link: string };
  truncated: string;
  pendingLinks: (n: number) => string;
  findingsIn: (n: number) => string;
  quoteLabel: string;
  lawLabel: string;
  titleOnlyCitation: string;
  nonBinding: string;
  showOnPage: string;
  showOnPageLabel: (title: string) => string;
  clearHighlights: string;
  shown: string;
  shownHidden: string;
  notOnPage: string;
  notOnPageLink: string;
  openDocument: string;
  langSwitch: string;
  langSwitchLabel: string;
  annualRate: (rate: string) => string;
  privacyNote: string;
}

const zh: Strings = {
  appName: 'LoanLens 借款协议透视镜',
  tagline: '在勾选“我已阅读并同意”之前，看清协议里的不公平条款。',
  grade: '评级',
  gradeNone: '未评级',
  counts: '按严重程度统计',
  severity: { critical: '严重', high: '高', medium: '中', low: '低', info: '提示' },
  category: {
    'contacts-access': '读取通讯录',
    'call-sms-access': '读取通话记录或短信',
    'non-necessary-data': '收集非必要个人信息',
    'no-consent-no-service': '不同意即不提供服务',
    'third-party-contact': '联系借款人以外的第三方',
    'debt-disclosure': '披露债务信息',
    'liability-waiver': '平台免责',
    'collector-sharing': '移交第三方催收',
    'broad-data-sharing': '宽泛的数据共享',
    'irrevocable-consent': '授权不可撤销',
    'upfront-deduction': '砍头息或捆绑收费',
    'rate-over-cap': '利率超过法定上限',
    'unilateral-change': '单方变更条款',
    'emergency-contacts': '紧急联系人',
  },
  scanningVerdict: '正在查找并审查本页的协议……',
  noneVerdict: '本页未找到借款协议、隐私政策或授权书。',
  noneForcedVerdict: '已完整扫描本页，仍未找到协议文本。',
  errorVerdict: '审查失败：无法读取本页的协议文本。',
  unavailableVerdict: '无法检查此页面（浏览器内部页面或扩展商店等）。',
  cleanNote: '未发现违规条款。这不等于协议没有风险，请仍然仔细阅读。',
  scanAnyway: '仍然扫描此页',
  scanAnywayHint: '如果本页确有协议（例如在弹窗中），可以强制扫描。',
  badgeLabel: '严重和高风险条款数',
  necessaryHeading: '必要个人信息对照',
  necessaryBeyond: (labels) => `超出必要个人信息范围收集：${labels.join('、')}`,
  necessaryWithin: '所述收集的信息未超出网络借贷类必要个人信息范围。',
  necessaryNothing: '未发现收集个人信息的说明。',
  necessaryNoAgreement: '没有可供对照的协议文本。',
  necessarySet: (labels) => `网络借贷类必要个人信息：${labels.join('、')}`,
  documentsHeading: '已审查的文档',
  documentKind: { page: '本页', link: '链接文档' },
  truncated: '文本过长，仅审查了前一部分。',
  pendingLinks: (n) => `还有 ${n} 个链接文档正在审查……`,
  findingsIn: (n) => `${n} 条发现`,
  quoteLabel: '协议原文',
  lawLabel: '依据',
  titleOnlyCitation: '（仅核实了文件名称）',
  nonBinding: '（非强制性规范）',
  showOnPage: '在页面中显示',
  showOnPageLabel: (title) => `在页面中显示条款：${title}`,
  clearHighlights: '清除页面标记',
  shown: '已在页面中标出该条款（按 Esc 清除）。',
  shownHidden: '该条款在页面的隐藏部分（如未打开的弹窗）中，请先打开它。',
  notOnPage: '在当前页面上找不到该条款。',
  notOnPageLink: '该条款位于链接文档中，当前页面未显示它：',
  openDocument: '打开文档',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  annualRate: (rate) => `折合年化约 ${rate}%`,
  privacyNote: '所有审查都在本机完成，协议文本不会发送到任何地方。',
};

const en: Strings = {
  appName: 'LoanLens',
  tagline: 'See the unfair clauses before you tick “I have read and agree”.',
  grade: 'Grade',
  gradeNone: 'Not graded',
  counts: 'Findings by severity',
  severity: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' },
  category: {
    'contacts-access': 'Reads the address book',
    'call-sms-access': 'Reads call logs or SMS',
    'non-necessary-data': 'Collects non-necessary data',
    'no-consent-no-service': 'No consent, no service',
    'third-party-contact': 'Contacts third parties',
    'debt-disclosure': 'Discloses the debt',
    'liability-waiver': 'Liability waiver',
    'collector-sharing': 'Hands data to collectors',
    'broad-data-sharing': 'Broad data sharing',
    'irrevocable-consent': 'Irrevocable consent',
    'upfront-deduction': 'Upfront deductions or bundled fees',
    'rate-over-cap': 'Rate above the legal cap',
    'unilateral-change': 'Unilateral changes',
    'emergency-contacts': 'Emergency contacts',
  },
  scanningVerdict: 'Looking for the agreements on this page…',
  noneVerdict: 'No loan agreement, privacy policy or authorisation found on this page.',
  noneForcedVerdict: 'Scanned the whole page; still no agreement text found.',
  errorVerdict: 'Audit failed: the agreement text on this page could not be read.',
  unavailableVerdict: 'This page cannot be checked (a browser page or extension store).',
  cleanNote: 'No abusive clauses found. That is not a guarantee; read it anyway.',
  scanAnyway: 'Scan this page anyway',
  scanAnywayHint: 'If the page does hold an agreement (in a pop-up, say), force a scan.',
  badgeLabel: 'Critical and high findings',
  necessaryHeading: 'Necessary data comparison',
  necessaryBeyond: (labels) => `Collects beyond the necessary set: ${labels.join(', ')}`,
  necessaryWithin: 'The data it says it collects stays within the necessary set for lending apps.',
  necessaryNothing: 'No statement of what personal data is collected was found.',
  necessaryNoAgreement: 'No agreement text to compare.',
  necessarySet: (labels) => `Necessary set for lending apps: ${labels.join(', ')}`,
  documentsHeading: 'Documents audited',
  documentKind: { page: 'This page', link: 'Linked document' },
  truncated: 'The text was very long; only its first part was audited.',
  pendingLinks: (n) => `${n} linked document${n === 1 ? '' : 's'} still being checked…`,
  findingsIn: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  quoteLabel: 'Clause',
  lawLabel: 'Legal basis',
  titleOnlyCitation: '(only the title is verified)',
  nonBinding: '(non-binding)',
  showOnPage: 'Show on page',
  showOnPageLabel: (title) => `Show this clause on the page: ${title}`,
  clearHighlights: 'Clear highlights',
  shown: 'The clause is highlighted on the page (Esc clears it).',
  shownHidden: 'The clause is in a hidden part of the page (a closed pop-up?); open it first.',
  notOnPage: 'The clause could not be found on the current page.',
  notOnPageLink: 'This clause is in a linked document that is not shown on this page:',
  openDocument: 'Open document',
  langSwitch: '中文',
  langSwitchLabel: '切换到中文',
  annualRate: (rate) => `about ${rate}% a year`,
  privacyNote: 'Everything is checked on this computer; agreement text is never sent anywhere.',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export const LANG_KEY = 'loanlens:uiLang';

export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export async function loadLang(area: StorageAreaLike, languages: readonly string[]): Promise<Lang> {
  const got = await area.get(LANG_KEY).catch((): Record<string, unknown> => ({}));
  const saved = got[LANG_KEY];
  return saved === 'zh' || saved === 'en' ? saved : browserLang(languages);
}

export async function saveLang(area: StorageAreaLike, lang: Lang): Promise<void> {
  await area.set({ [LANG_KEY]: lang });
}
