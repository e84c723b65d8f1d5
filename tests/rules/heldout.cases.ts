/**
 * Held-out cases: clauses written for this test, phrased the way other platforms' agreements phrase
 * things, and never shown to the rule authors. The rule pack must get each one exactly right, which
 * guards against rules that only remember the development corpus.
 */
import type { Category } from '../../src/engine/types';

export interface HeldOutCase {
  text: string;
  /** Categories the clause must produce; every other category must stay silent. */
  expect: Category[];
  /** Judgement calls: reported or not, either is right. */
  maybe?: Category[];
}

export const ZH_CASES: HeldOutCase[] = [
  // contacts-access
  { text: '为完成授信审核，您同意本APP调取并上传您手机通讯录中的联系人姓名及号码。', expect: ['contacts-access'] },
  { text: '申请额度前须开启“通讯录”权限，系统将同步您的电话簿用于反欺诈分析。', expect: ['contacts-access'] },
  { text: '本平台將讀取您的手機通訊錄以評估您的信用狀況。', expect: ['contacts-access'] },
  { text: '我们承诺不会读取、收集或上传您的手机通讯录。', expect: [] },
  { text: '本产品不会申请通讯录权限，您无需授权。', expect: [] },
  // call-sms-access
  { text: '您授权我们通过运营商获取您近六个月的通话详单及账单信息。', expect: ['call-sms-access'] },
  { text: '为核实身份，您需输入手机服务密码，授权我们查询您的通话记录。', expect: ['call-sms-access'] },
  { text: '我们会读取您手机中的短信内容，用于识别您的收入和还款能力。', expect: ['call-sms-access'] },
  { text: '我们不会读取您的短信，也不会获取您的通话记录。', expect: [] },
  // non-necessary-data
  { text: '在您使用借款服务期间，我们将持续收集您的精确地理位置信息。', expect: ['non-necessary-data'] },
  { text: '您同意我们获取您手机中已安装应用列表，以判断您的借贷风险。', expect: ['non-necessary-data'] },
  { text: '您授权我们查询您的社保、公积金缴存记录及学信网学历信息。', expect: ['non-necessary-data'] },
  { text: '我们需要收集您的姓名、身份证号码、手机号码和银行卡号，用于完成实名认证和放款。', expect: [] },
  // no-consent-no-service
  { text: '若您拒绝提供上述授权，我们将无法为您提供借款服务。', expect: ['no-consent-no-service'] },
  { text: '您点击“立即申请”即视为您已同意本协议及所附全部授权书的全部内容。', expect: ['no-consent-no-service'] },
  { text: '如您不同意本政策的任何内容，请立即停止使用本平台服务。', expect: ['no-consent-no-service'] },
  { text: '您可以拒绝开启位置权限，这不会影响您申请和使用借款服务。', expect: [], maybe: ['non-necessary-data'] },
  // third-party-contact (+ debt-disclosure when the debt is told)
  { text: '借款逾期后，平台有权联系您的亲属、朋友及同事，提醒其督促您还款。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '如您未按时还款，我们将向您通讯录中的联系人发送短信，告知您的欠款情况。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: '我们可能致电您的工作单位了解您的还款意愿并进行催收。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '逾期期间，我们只会通过电话或短信联系您本人，不会联系您的亲友或工作单位。', expect: [] },
  // debt-disclosure
  { text: '对于恶意逾期用户，平台有权在官网及社交媒体上公开其姓名、身份证号及欠款金额。', expect: ['debt-disclosure'] },
  { text: '您同意我们将您的逾期信息报送至网贷行业信息共享平台及其他合作机构。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '如您逾期，我们将依法向中国人民银行金融信用信息基础数据库报送您的不良信息，并事先通知您。', expect: [] },
  { text: '我们不会向任何第三方披露您的借款及逾期信息。', expect: [] },
  // emergency-contacts (info)
  { text: '请填写两位紧急联系人的姓名、关系及手机号码。', expect: ['emergency-contacts'] },
  { text: '仅在我们无法与您取得联系时，才会联系您填写的紧急联系人，以恢复与您的联系。', expect: ['emergency-contacts'] },
  // collector-sharing
  { text: '您逾期超过30天的，我们有权委托第三方催收机构进行催收，并向其提供您的个人信息。', expect: ['collector-sharing'], maybe: ['broad-data-sharing'] },
  { text: '平台可将逾期债权转让给资产管理公司或外包催收公司，由其向您追偿。', expect: ['collector-sharing'] },
  // liability-waiver
  { text: '因系统故障、网络中断或数据泄露给您造成的任何损失，平台概不负责。', expect: ['liability-waiver'] },
  { text: '第三方合作机构在催收过程中的任何行为，与本平台无关，本平台不承担任何责任。', expect: ['liability-waiver'], maybe: ['collector-sharing'] },
  { text: '因您提供虚假信息导致借款申请被拒的，相应后果由您自行承担。', expect: [] },
  // broad-data-sharing
  { text: '您同意我们将您的个人信息共享给我们的关联公司及合作伙伴，用于向您推荐其他产品和服务。', expect: ['broad-data-sharing'] },
  { text: '我们可能将您的信息出售或提供给第三方营销机构，无需另行通知您。', expect: ['broad-data-sharing'] },
  { text: '未经您的单独同意，我们不会向任何第三方提供您的个人信息。', expect: [] },
  // irrevocable-consent
  { text: '本授权为不可撤销授权，自您签署之日起至您在本协议项下全部债务清偿完毕之日止持续有效。', expect: ['irrevocable-consent'] },
  { text: '无论借款合同是否成立或终止，本授权书均持续有效。', expect: ['irrevocable-consent'] },
  { text: '您可以随时在“设置—隐私”中撤回本授权，撤回后我们将停止收集相关信息。', expect: [] },
  // upfront-deduction
  { text: '平台将在放款时从借款本金中直接扣除服务费，您实际到账金额为扣除服务费后的金额。', expect: ['upfront-deduction'] },
  { text: '借款利息于放款当日一次性预先扣收。', expect: ['upfront-deduction'] },
  { text: '借款人应于每期还款日支付当期利息及本金。', expect: [] },
  // rate-over-cap
  { text: '逾期罚息按未还本金每日千分之三计收。', expect: ['rate-over-cap'] },
  { text: '本借款的日利率为0.08%。', expect: ['rate-over-cap'] },
  { text: '本借款年化利率为12%，按日计息。', expect: [] },
  // unilateral-change
  { text: '本平台有权根据业务需要随时修改本协议条款，修改后的协议一经公布即生效，不再另行通知。', expect: ['unilateral-change'] },
  { text: '协议更新后，您继续使用本服务的，即视为您接受修改后的协议。', expect: ['unilateral-change'] },
  { text: '本协议的任何修改须经双方书面协商一致。', expect: [] },
  // plain clauses that must stay silent
  { text: '借款人可以随时提前偿还全部或部分借款。', expect: [] },
  { text: '本协议适用中华人民共和国法律。', expect: [] },
  { text: '您应当妥善保管账户密码，不得将账户出借给他人使用。', expect: [] },
];

export const EN_CASES: HeldOutCase[] = [
  { text: 'To assess your application, the app will read and upload your phone contacts to our servers.', expect: ['contacts-access'] },
  { text: 'We will never access your contact list.', expect: [] },
  { text: 'You authorize us to read your SMS inbox and call history for credit scoring.', expect: ['call-sms-access'] },
  { text: 'We collect your precise GPS location and the list of apps installed on your device.', expect: ['non-necessary-data'] },
  { text: 'If you do not grant these permissions, you will not be able to apply for a loan.', expect: ['no-consent-no-service'] },
  { text: 'In case of default, we may contact your family members, friends and employer to remind them of your outstanding loan.', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: 'We may share your default status with your contacts and publish it on social media.', expect: ['debt-disclosure'], maybe: ['third-party-contact', 'contacts-access'] },
  { text: 'We may assign your overdue account to third-party collection agencies and share your data with them.', expect: ['collector-sharing'], maybe: ['broad-data-sharing'] },
  { text: 'We shall not be liable for any loss arising from unauthorized access to your data.', expect: ['liability-waiver'] },
  { text: 'We may sell or share your personal information with our partners for marketing purposes.', expect: ['broad-data-sharing'] },
  { text: 'This consent is irrevocable and survives the termination of the loan agreement.', expect: ['irrevocable-consent'] },
  { text: 'A processing fee of 15% will be deducted from the loan amount at disbursement.', expect: ['upfront-deduction'] },
  { text: 'We may amend this policy at any time without prior notice; continued use constitutes acceptance.', expect: ['unilateral-change'], maybe: ['no-consent-no-service'] },
  { text: 'You may withdraw your consent at any time from the settings page.', expect: [] },
  { text: 'We report repayment history to licensed credit bureaus as required by law.', expect: [] },
];
