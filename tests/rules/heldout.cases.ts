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

  // Round 2 (2026-12-06): written before reading the rules' word lists. As first written, 45 of the
  // 53 Chinese and English cases passed. The misses were words the pack lacked (通话日志, 短信读取权限,
  // 缺少…授权, 催款公告, "不调用") and 方可 read inside 我方可; the vocabulary was widened with examples of
  // its own, and two expectations judged too strict were made judgement calls (a debt assignment is not
  // necessarily collector sharing; verifying references may also count as emergency contacts).
  // contacts-access
  { text: '甲方有权通过技术手段采集乙方移动终端内存储的联系人列表，乙方对此无异议。', expect: ['contacts-access'] },
  { text: '为防范欺诈风险，本应用在您注册时会请求访问您的手机电话本。', expect: ['contacts-access'] },
  { text: '您知悉并同意，我方可保存您设备上的通讯录数据直至借款结清后五年。', expect: ['contacts-access'] },
  { text: '本应用全程不调用通讯录，亦不以任何方式上传您的联系人信息。', expect: [] },
  // call-sms
  { text: '借款人授权出借人委托数据服务商查询借款人手机号码的运营商数据，包括但不限于通话记录、短信记录及上网流量。', expect: ['call-sms-access'] },
  { text: '您同意我们访问您的通话日志，以验证您的社交关系稳定性。', expect: ['call-sms-access'] },
  { text: '申请过程中，系统会提示您授权短信读取权限，用于自动识别银行还款短信。', expect: ['call-sms-access'] },
  // non-necessary
  { text: '您授权我们获取您的相册、摄像头及麦克风权限，以便您上传照片资料。', expect: ['non-necessary-data'], maybe: ['call-sms-access'] },
  { text: '您同意我们获取您淘宝、京东账户的购物记录和收货地址，用于评估消费能力。', expect: ['non-necessary-data'] },
  { text: '为了向您推送附近的优惠活动，我们会在后台持续获取您的GPS定位。', expect: ['non-necessary-data'] },
  // no-consent
  { text: '上述各项授权均为使用本产品的前提条件，缺少任何一项授权，本平台均不予放款。', expect: ['no-consent-no-service'] },
  { text: '用户勾选“我已阅读并同意”即表示同意本协议全部条款及《个人信息授权书》。', expect: ['no-consent-no-service'] },
  { text: '位置权限仅用于展示附近门店，您关闭后仍可正常申请借款。', expect: [], maybe: ['non-necessary-data'] },
  // third-party-contact
  { text: '借款人逾期后，出借人及其委托的机构有权通过电话、短信、上门等方式联系借款人的家庭成员进行催收。', expect: ['third-party-contact'], maybe: ['collector-sharing', 'debt-disclosure'] },
  { text: '若您失联，我们将联系您提供的担保人、共同借款人及其他联系人要求其代为还款。', expect: ['third-party-contact'] },
  { text: '我们可向您的雇主发函，要求协助从您的工资中扣还欠款。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '除您本人外，我们不会就本笔借款联系任何其他人。', expect: [] },
  // debt-disclosure
  { text: '对于长期拖欠的用户，平台有权将其列入失信名单并向合作平台共享。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '平台有权在借款人所在社区、单位张贴催款公告。', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  { text: '借款逾期的，本公司将依照法律规定将相关信息报送百行征信，报送前会以短信方式通知您。', expect: [] },
  // collector-sharing
  { text: '您同意，当您逾期时，我们可将您的借款信息、联系方式及身份信息提供给受托催收服务商。', expect: ['collector-sharing'], maybe: ['broad-data-sharing', 'debt-disclosure'] },
  { text: '本公司有权将对您的债权连同相关资料一并转让给第三方，届时无需另行征得您的同意。', expect: [], maybe: ['collector-sharing', 'broad-data-sharing', 'unilateral-change'] },
  // liability-waiver
  { text: '对于因黑客攻击、病毒入侵导致您的个人信息泄露的，本公司不承担赔偿责任。', expect: ['liability-waiver'] },
  { text: '合作机构在为您提供服务过程中产生的一切纠纷，均由您与合作机构自行解决，与本平台无涉。', expect: ['liability-waiver'] },
  { text: '因本公司过错导致您遭受损失的，本公司依法承担赔偿责任。', expect: [] },
  // broad-data-sharing
  { text: '我们会将您的设备信息、借还款记录共享给我们的生态合作伙伴，用于精准营销。', expect: ['broad-data-sharing'] },
  { text: '您的个人信息可能会被提供给与我们存在合作关系的第三方机构，具体名单不一一列明。', expect: ['broad-data-sharing'] },
  { text: '我们仅在取得您单独同意后，才会向第三方提供您的个人信息，并告知接收方名称及用途。', expect: [] },
  // irrevocable
  { text: '本授权一经作出即不得撤回。', expect: ['irrevocable-consent'] },
  { text: '即使您注销账户，本授权在您的全部欠款清偿完毕前仍然有效。', expect: ['irrevocable-consent'] },
  // upfront
  { text: '借款成功后，平台将先行收取借款金额20%的信息审核费，剩余款项发放至您的银行卡。', expect: ['upfront-deduction'] },
  { text: '申请借款须同时购买本平台会员服务，会员费在放款时一并扣除。', expect: ['upfront-deduction'] },
  { text: '本平台不会在放款时从本金中扣除任何费用。', expect: [] },
  // rate
  { text: '逾期违约金按每日应还金额的百分之一收取。', expect: ['rate-over-cap'] },
  { text: '借款综合年化成本为35.9%。', expect: ['rate-over-cap'] },
  { text: '借款年利率为7.2%（单利）。', expect: [] },
  // unilateral
  { text: '乙方同意甲方可根据市场情况调整借款利率及各项费率，调整后的费率自公布之日起适用。', expect: ['unilateral-change'] },
  { text: '本平台保留对本协议的最终解释权，并可随时对协议内容进行增删。', expect: ['unilateral-change'] },
  // emergency contacts info
  { text: '借款人应如实填写一名直系亲属作为紧急联系人。', expect: ['emergency-contacts'] },
  // neutral
  { text: '借款人应按照借款合同约定的用途使用借款，不得用于购房或投资。', expect: [] },
  { text: '本协议自双方签署之日起生效。', expect: [] },

  // Round 3 (2026-12-06): lists after a lead-in, Traditional Chinese, fee and rate wording. 16 of 17
  // passed as written; the miss (单方面调整…还款期限) added loan terms to what unilateral changes name.
  { text: '您授权我们收集以下信息：\n1、您的手机通讯录；\n2、您的短信记录；\n3、您的身份证号码。', expect: ['contacts-access', 'call-sms-access'] },
  { text: '我们不会收集以下信息：\n1、您的通讯录；\n2、您的通话记录。', expect: [] },
  { text: '在下列情形下，我们可以联系您的紧急联系人：\n（一）您的手机号码停机或长期无法接通；\n（二）您变更住址未通知我们。', expect: ['emergency-contacts'], maybe: ['third-party-contact'] },
  { text: '借款人逾期后，出借人可采取以下措施：（一）向借款人的亲属、同事发送催收信息；（二）在社交平台公布借款人欠款信息。', expect: ['third-party-contact', 'debt-disclosure'] },
  { text: '本人不可撤销地授权贵司查询、使用本人的个人征信报告。', expect: ['irrevocable-consent'] },
  { text: '贵司有權將本人之逾期資料提供予其合作之催收公司，本人絕無異議。', expect: ['collector-sharing'], maybe: ['debt-disclosure', 'broad-data-sharing'] },
  { text: '本公司對於因使用本服務所生之任何直接或間接損害，均不負任何賠償責任。', expect: ['liability-waiver'] },
  { text: '借款手续费为借款本金的5%，于放款时一次性扣收。', expect: ['upfront-deduction'] },
  { text: '逾期管理费每日按未还本息的0.5%收取。', expect: ['rate-over-cap'] },
  { text: '月利率为1.5%。', expect: [] },
  { text: '月综合费率2.5%。', expect: ['rate-over-cap'] },
  { text: '若借款人未能按期还款，平台将通过其预留的工作单位电话联系借款人单位领导。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '我们会根据您授权的微信好友关系链评估您的信用。', expect: ['non-necessary-data'], maybe: ['contacts-access'] },
  { text: '平台承诺：不会以任何形式向您的亲友、同事透露您的借款信息。', expect: [] },
  { text: '您的个人信息将仅用于本次借款审核，我们不会将其用于其他用途或提供给任何第三方。', expect: [] },
  { text: '平台有权单方面调整您的借款额度及还款期限，并以站内信方式告知。', expect: ['unilateral-change'] },
  { text: '您同意平台将您的借款信息提供给为您提供担保服务的担保公司，担保费将在放款时从借款中扣除。', expect: ['upfront-deduction'], maybe: ['broad-data-sharing'] },

  // Round 4 (2026-12-06): careful, lawful wording that must stay silent. 12 of 15 passed as written.
  // "不在放款时预先扣除" was read as a deduction (不在 is now a negation cue); the contact picker
  // (reading only the one contact the user selects) was reported as address-book access and no longer
  // is; a contacts permission the user may switch off is still a request for it, so a judgement call.
  { text: '您可以在手机“设置”中随时关闭本应用的通讯录权限，关闭后不影响借款功能。', expect: [], maybe: ['contacts-access'] },
  { text: '本应用仅在您主动选择“从通讯录选择”时读取您选中的单个联系人号码，用于填写紧急联系人。', expect: [], maybe: ['emergency-contacts'] },
  { text: '为防止他人冒用您的身份，我们会向您的手机号码发送短信验证码。', expect: [] },
  { text: '您可以通过拨打客服电话或发送邮件的方式行使查阅、更正、删除个人信息的权利。', expect: [] },
  { text: '借款年化利率（单利）为10.8%，不收取其他任何费用。', expect: [] },
  { text: '逾期罚息利率为借款利率基础上加收50%，即年化16.2%。', expect: [] },
  { text: '我们会在法律法规要求的期限内保存您的借款合同及还款记录。', expect: [] },
  { text: '如需变更本协议，我们将提前三十日以站内信、短信等方式通知您，您不同意的可以结清借款后解除协议。', expect: [] },
  { text: '借款人可在借款到账后七日内无理由撤销借款，仅需归还本金及实际使用天数的利息。', expect: [] },
  { text: '本行将按照中国人民银行的规定，向金融信用信息基础数据库报送您的借款信息及还款情况。', expect: [] },
  { text: '您有权拒绝向我们提供非必要个人信息，拒绝后不影响您使用借款的基本功能。', expect: [] },
  { text: '我们与第三方共享您的个人信息前，会告知您接收方的名称、联系方式、处理目的和方式，并取得您的单独同意。', expect: [] },
  { text: '催收工作由本公司员工进行，催收时间为每日8时至21时，且仅联系借款人本人。', expect: [] },
  { text: '我们不承担因您自行泄露账户密码造成的损失，但因我方原因造成的损失除外。', expect: [], maybe: ['liability-waiver'] },
  { text: '平台收取的服务费按月随利息一并支付，不在放款时预先扣除。', expect: [] },

  // Round 6 (2026-12-06): the three categories with recall goals, and their lawful neighbours. 12 of
  // 16 passed as written. Added: 停止收集/停止读取… as negation, 推送/转发/通报 and 好友/村委会/居委会 to
  // debt disclosure, 拒不还款 as unpaid debt. Relaying messages through the address book's contacts is
  // third-party contact; whether it also says the book is read is a judgement call.
  { text: '注册即表示您同意本平台调阅您手机内全部联系人的姓名与号码。', expect: ['contacts-access'], maybe: ['no-consent-no-service'] },
  { text: '您的通讯录好友信息将被用于构建社交关系图谱，以辅助信用评估。', expect: ['contacts-access'] },
  { text: 'APP需要获取“读取联系人”权限。', expect: ['contacts-access'] },
  { text: '如您授权，我们可读取通讯录以帮助您快速填写联系人信息；您也可选择手动填写。', expect: ['contacts-access'], maybe: ['emergency-contacts'] },
  { text: '本平台已于2024年起停止收集用户通讯录，此前收集的数据已全部删除。', expect: [] },
  { text: '逾期三日后，催收人员将致电您的配偶、父母及兄弟姐妹。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '我司有权通过您通讯录中的联系人向您转达还款通知。', expect: ['third-party-contact'], maybe: ['debt-disclosure', 'contacts-access'] },
  { text: '对于拒不还款的借款人，我司将向其所在村委会、居委会通报情况。', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  { text: '借款人同意，出借人可将其逾期事实告知其紧急联系人。', expect: ['debt-disclosure'], maybe: ['third-party-contact', 'emergency-contacts'] },
  { text: '当您无法联系时，我们可能联系您的紧急联系人，仅询问您的最新联系方式，不会透露您的借款信息。', expect: ['emergency-contacts'] },
  { text: '我们可能将您的欠款情况发布在本平台的“失信名单”栏目中。', expect: ['debt-disclosure'] },
  { text: '若借款人恶意拖欠，平台有权将其身份信息、照片及欠款金额推送给其微信好友。', expect: ['debt-disclosure'], maybe: ['third-party-contact', 'non-necessary-data'] },
  { text: '平台仅向依法设立的征信机构提供您的信用信息，并在提供前告知您。', expect: [] },
  { text: '本公司承诺绝不以暴力、恐吓、侮辱或骚扰第三人等方式催收。', expect: [] },
  { text: '为核实您填写的单位信息，我们可能在审核期间致电您的工作单位。', expect: [], maybe: ['third-party-contact'] },
  { text: '如您连续逾期，我们将向您的担保人追偿。', expect: [] },

  // Round 7 (2026-12-06): consent that outlives the loan, liability, fees, sharing, changes. 10 of 16
  // passed as written. Added: an authorisation whose effect 不因…终止…而受影响; a fee formula
  // (到账金额 = 借款金额 - 服务费); fees to be paid 放款前; changes 不通知 or of 服务内容; and a mutual
  // force-majeure clause (双方均不承担) is no waiver. A liability cap (以已支付的服务费为限) is a judgement call.
  { text: '本授权书自签署之日起生效，在借款人与出借人之间的所有债权债务关系终结前，借款人不得撤销。', expect: ['irrevocable-consent'] },
  { text: '您理解并同意，本授权的效力不因借款合同的解除、终止或无效而受影响。', expect: ['irrevocable-consent'] },
  { text: '您可以通过注销账户的方式撤回授权，除此之外不提供其他撤回途径。', expect: ['irrevocable-consent'] },
  { text: '您有权随时撤回授权，撤回不影响撤回前基于授权所进行的处理活动的效力。', expect: [] },
  { text: '无论何种原因导致您的损失，本平台的赔偿责任以您已支付的服务费为限。', expect: [], maybe: ['liability-waiver'] },
  { text: '平台对第三方催收机构的行为不负任何监督责任。', expect: ['liability-waiver'], maybe: ['collector-sharing'] },
  { text: '对于因不可抗力导致的服务中断，双方均不承担违约责任。', expect: [] },
  { text: '您所借款项中的10%将作为风险保证金由平台代为扣留，到期后返还。', expect: ['upfront-deduction'] },
  { text: '放款金额=借款金额-平台服务费-风险准备金。', expect: ['upfront-deduction'] },
  { text: '借款人须在放款前缴纳审核费199元，否则不予放款。', expect: ['upfront-deduction'], maybe: ['no-consent-no-service'] },
  { text: '借款服务费按日计收，于每期还款日随本息一并支付。', expect: [] },
  { text: '我们可能会与我们的广告合作伙伴共享您的设备标识符及行为数据，以便向您展示个性化广告。', expect: ['broad-data-sharing'] },
  { text: '您同意我们将您的信息提供给我们认为必要的任何第三方。', expect: ['broad-data-sharing'] },
  { text: '为完成放款，我们需要将您的姓名、银行卡号提供给资金存管银行。', expect: [] },
  { text: '我们仅会在您本人同意或法律法规要求的情况下，向行政机关、司法机关提供您的个人信息。', expect: [] },
  { text: '甲方保留在不通知乙方的情况下调整服务内容的权利。', expect: ['unilateral-change'] },

  // Round 8 (2026-12-06): device data, carrier data, bundled consent, sharing. 12 of 16 passed as
  // written. Added: 存储空间 and the phone's photos as files; "不能只同意其中部分内容" as bundled
  // consent; data 用于 a group company's 营销. 芝麻信用 stays a judgement call: the corpus labels do
  // not count authorising it as non-necessary data, and adding it cost four corpus false positives.
  { text: '您同意我们收集您的设备IMEI、MAC地址、WiFi列表及传感器数据，用于设备指纹识别。', expect: ['non-necessary-data'] },
  { text: '我们可能会访问您的相机及存储空间，以读取您手机中的照片和文件。', expect: ['non-necessary-data'] },
  { text: '您授权我们通过第三方获取您的支付宝芝麻信用分及花呗使用记录。', expect: [], maybe: ['non-necessary-data'] },
  { text: '我们会记录您在APP内的点击、浏览和停留时长，用于优化产品体验。', expect: [], maybe: ['non-necessary-data'] },
  { text: '您需提供手机服务密码，以便我们通过运营商验证您的实名信息及在网时长。', expect: ['call-sms-access'], maybe: ['non-necessary-data'] },
  { text: '您授权本公司通过合作的数据公司爬取您运营商账户中的通话详单。', expect: ['call-sms-access'] },
  { text: '我们只会通过运营商核验您的手机号码是否为本人实名登记，不会获取您的通话记录。', expect: [] },
  { text: '本协议及隐私政策、授权书在您点击“同意并继续”后一并生效，您不能只同意其中部分内容。', expect: ['no-consent-no-service'] },
  { text: '您在首次打开APP时弹出的权限申请中点击“允许”，即表示您同意我们读取相应信息。', expect: [], maybe: ['no-consent-no-service'] },
  { text: '如您不提供联系人信息，我们将无法为您开通借款额度。', expect: ['no-consent-no-service'], maybe: ['emergency-contacts'] },
  { text: '您的借款信息可能被用于我们集团内其他公司的营销活动。', expect: ['broad-data-sharing'] },
  { text: '您同意我们将您的用户画像数据提供给数据服务合作方进行联合建模。', expect: ['broad-data-sharing'] },
  { text: '我们会将您的逾期信息分享给其他网贷平台。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '我们委托的第三方支付机构仅在完成代扣所必需的范围内处理您的银行卡信息。', expect: [] },
  { text: '我们不会将您的个人信息用于与本服务无关的用途。', expect: [] },
  { text: '您的身份证正反面照片及人脸识别信息仅用于实名认证。', expect: [] },

  // Round 9 (2026-12-06): rates and lists after a lead-in. 10 of 12 passed as written. Rate arithmetic
  // now raises a stated rate by an uplift (合同利率上浮50%, but not a ceiling such as 年化不超过24%), and
  // reads a period that opens the next part ("2.8%，按月收取") when nothing else names one.
  { text: '借款利率：日息0.05%。', expect: [] },
  { text: '借款利率：日息0.1%。', expect: ['rate-over-cap'] },
  { text: '逾期利息按照合同利率上浮50%计收，合同年利率为18%。', expect: ['rate-over-cap'] },
  { text: '综合资金成本（年化）不超过24%。', expect: [] },
  { text: '每期服务费为借款本金的2.8%，按月收取。', expect: ['rate-over-cap'] },
  { text: '逾期滞纳金每日20元。', expect: [], maybe: ['rate-over-cap'] },
  { text: '借款期限14天，到期一次性还本付息，利息为借款本金的3%。', expect: ['rate-over-cap'] },
  { text: '为保障您的资金安全，我们需要收集以下信息：（1）手机号码；（2）身份证号码；（3）银行卡号。', expect: [] },
  { text: '我们会在以下场景使用您的位置信息：\n1、推荐附近的线下网点；\n2、识别异地登录风险。', expect: ['non-necessary-data'] },
  { text: '在您逾期时，我们将采取以下措施：\n1、电话提醒您本人；\n2、通过您的通讯录联系您的亲友。', expect: ['third-party-contact'], maybe: ['contacts-access', 'debt-disclosure'] },
  { text: '除下列情形外，我们不会向第三方提供您的信息：\n1、取得您的单独同意；\n2、法律法规另有规定。', expect: [] },
  { text: '您同意并授权：平台可以将您的信息提供给为您提供服务的合作机构，合作机构名单不时更新且不另行通知。', expect: ['broad-data-sharing'], maybe: ['unilateral-change'] },

  // Round 10 (2026-12-06): authorisation letters and long privacy-policy clauses. 10 of 12 passed as
  // written. 授权期限…至所有业务终结之日止 now counts as consent that outlives the loan; a platform that
  // says it guarantees nothing between the parties was wrongly expected to be a waiver (an intermediary
  // must not guarantee), so that expectation was corrected.
  { text: '本人在此授权贵公司及贵公司合作的第三方机构，在本人申请及使用借款服务期间，采集、查询、使用、保存本人的个人信息，包括但不限于身份信息、联系人信息、通讯录信息、通话记录、位置信息、设备信息。', expect: ['contacts-access', 'call-sms-access', 'non-necessary-data'], maybe: ['broad-data-sharing'] },
  { text: '本人同意贵公司在本人违约时，将本人的违约信息提供给本人的亲属、朋友、同事及通讯录联系人。', expect: ['debt-disclosure'], maybe: ['third-party-contact', 'contacts-access'] },
  { text: '本人确认上述授权系本人真实意思表示，授权期限自本授权书签署之日起至本人在贵公司的所有业务终结之日止。', expect: ['irrevocable-consent'] },
  { text: '您知悉，当您使用“一键授权”功能时，我们将同时获得通讯录、通话记录、短信及位置信息的读取权限。', expect: ['contacts-access', 'call-sms-access', 'non-necessary-data'], maybe: ['no-consent-no-service'] },
  { text: '基于风控需要，我们可能通过您的设备获取您的通讯录信息，但我们会对其进行加密存储。', expect: ['contacts-access'] },
  { text: '我们使用的第三方SDK可能会收集您的设备信息和位置信息，具体以各SDK的隐私政策为准。', expect: ['non-necessary-data'], maybe: ['broad-data-sharing'] },
  { text: '本平台仅作为居间方撮合借贷交易，借贷双方之间的权利义务由双方自行承担，本平台不承担任何担保责任。', expect: [] },
  { text: '平台有权根据借款人的信用状况，随时停止向借款人提供服务，且无需说明理由。', expect: [], maybe: ['unilateral-change'] },
  { text: '若本协议部分条款被认定无效，不影响其他条款的效力。', expect: [] },
  { text: '借款人同意出借人将本协议项下的债权转让给第三方，但出借人应通知借款人。', expect: [] },
  { text: '您有权查阅、复制、更正、删除您的个人信息，也可以撤回对本政策的同意。', expect: [] },
  { text: '我们会采取加密、去标识化等措施保护您的个人信息安全。', expect: [] },

  // Round 11 (2026-12-06): contacting third parties and disclosing the debt, in Hong Kong and mainland
  // wording. All 12 passed as written.
  { text: '逾期後，本公司或其委任之收數公司有權致電借款人之家人及僱主。', expect: ['third-party-contact'], maybe: ['collector-sharing', 'debt-disclosure'] },
  { text: '本公司有權將借款人的欠款資料提供予信貸資料服務機構。', expect: [] },
  { text: '借款人欠款時，本公司可向其緊急聯絡人追討欠款。', expect: ['third-party-contact'], maybe: ['debt-disclosure', 'emergency-contacts'] },
  { text: '本應用程式會存取您的聯絡人清單。', expect: ['contacts-access'] },
  { text: '我們不會存取您的通訊錄或簡訊。', expect: [] },
  { text: '催收人员可通过电话、短信、微信等方式联系借款人的父母、配偶、子女，要求其督促借款人还款。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '对于多次催收无果的，平台可联系借款人的同学、老乡。', expect: ['third-party-contact'] },
  { text: '平台有权在借款人逾期后向其通讯录中的所有人群发还款提醒。', expect: ['third-party-contact'], maybe: ['debt-disclosure', 'contacts-access'] },
  { text: '若联系不上借款人本人，平台仅会联系紧急联系人确认借款人的联系方式，不会告知其借款事宜。', expect: ['emergency-contacts'] },
  { text: '我们的催收行为严格遵守《互联网金融逾期债务催收自律公约》，不会联系借款人以外的第三人。', expect: [] },
  { text: '借款人的紧急联系人应当知晓并同意被设为紧急联系人。', expect: ['emergency-contacts'] },
  { text: '贵司有权将本人的逾期情况在贵司官方网站及微信公众号上予以公布。', expect: ['debt-disclosure'] },
  // Round 12 (2026-12-06): written blind from the taxonomy by a helper who saw no rule, source or
  // corpus text; 41 of 48 passed as written (24 of 26 here). Saving a number into the address book
  // (保存至手机通讯录) is not reading it; Hong Kong sharing wording (转移予, 第三者, 业务伙伴, 直接促销).
  { text: '为评估您的还款能力并防范欺诈风险，您需授权本应用读取并上传您手机联系人的姓名及号码；如您不予授权，将无法使用借款功能。', expect: ['contacts-access', 'no-consent-no-service'] },
  { text: '借款人逾期后，贷款人有权通过电话、短信等方式将借款人的欠款情况告知其手机通讯录中的亲属、同事及其他联系人，借款人对此不持异议。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: '若您拒绝开启通话记录读取权限，本平台将无法完成对您的信用评估，亦无法向您发放借款。', expect: ['call-sms-access', 'no-consent-no-service'] },
  { text: '您授权我们通过您的手机运营商账户查询并获取您近六个月的通话详单及短信往来记录。', expect: ['call-sms-access'] },
  { text: '因第三方催收机构或合作方在催收过程中的行为给您或他人造成的任何损失，本公司概不负责。', expect: ['liability-waiver'], maybe: ['collector-sharing'] },
  { text: '本授权书一经您点击确认即不可撤回，且在借款合同终止后五年内继续有效。', expect: ['irrevocable-consent'] },
  { text: '借款发放时，平台将从借款本金中一次性扣收账户管理费及风险保证金，实际到账金额以放款页面显示为准，借款人仍应按合同载明的借款金额还本付息。', expect: ['upfront-deduction'] },
  { text: '借款日利率为0.1%，逾期后另按每日千分之五收取罚息。', expect: ['rate-over-cap'] },
  { text: '平台有权根据市场情况随时调整服务费率，调整后的费率自公布之日起生效，无需另行通知借款人。', expect: ['unilateral-change'] },
  { text: '您同意本平台将您的个人信息提供给我们的关联公司及合作机构，用于向您推荐其产品或服务。', expect: ['broad-data-sharing'] },
  { text: '借款人逾期超过30日的，贷款人可将案件连同借款人的身份信息、联系方式及借款信息一并委托外部专业催收公司处理。', expect: ['collector-sharing'] },
  { text: '为完善您的用户画像，您同意我们获取您的设备精确位置、已安装应用列表以及淘宝、京东账户的消费记录，上述授权为申请借款的必要条件。', expect: ['non-necessary-data', 'no-consent-no-service'] },
  { text: '逾期信息将被同步至网贷行业信息共享平台及合作数据公司，可能影响您在其他机构的借款申请。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '我们不会以任何方式读取、上传或保存您的手机通讯录、通话记录及短信内容。', expect: [] },
  { text: '借款人发生逾期的，贷款人将在提前告知借款人后，依法向中国人民银行征信中心及百行征信报送其逾期信息。', expect: [] },
  { text: '请您手动填写两位紧急联系人；仅当我们无法通过您预留的方式与您取得联系时，方会联系紧急联系人以恢复与您的联系，且不会向其透露您的借款信息。', expect: ['emergency-contacts'] },
  { text: '申请借款时，我们仅需收集您的姓名、身份证号码及有效期限、手机号码和银行卡号，用于身份核验及放款。', expect: [] },
  { text: '您可以在系统设置中随时关闭定位权限，关闭后不影响您申请借款及使用本平台的核心功能。', expect: [], maybe: ['non-necessary-data'] },
  { text: '如本协议条款发生变更，我们将提前三十日通过站内信及短信通知您；您不同意变更的，有权在变更生效前结清借款并终止本协议。', expect: [] },
  { text: '本平台客服热线为400-820-XXXX，建议您将其保存至手机通讯录，以免错过重要的还款提醒。', expect: [] },
  { text: '閣下同意本公司於貸款期間存取閣下流動電話內之通訊錄，並將相關個人資料上載至本公司伺服器；本公司對因此引致之任何資料外洩概不負責。', expect: ['contacts-access', 'liability-waiver'] },
  { text: '如借款人未能依約還款，本公司及其委託之代理人得聯絡借款人之僱主、家屬或朋友，告知其拖欠款項之事實。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['collector-sharing'] },
  { text: '貸款人可將閣下之個人資料轉移予其集團公司、業務夥伴及其他第三者，作直接促銷或其他用途。', expect: ['broad-data-sharing'] },
  { text: '本公司有權不時修訂本條款及各項收費，而毋須事先通知閣下。', expect: ['unilateral-change'] },
  { text: '本公司僅會將閣下之還款紀錄提供予環聯（TransUnion）等信貸資料服務機構，並不會向閣下之親友披露任何貸款資料。', expect: [] },
  { text: '閣下可隨時以書面通知撤回對本公司使用閣下個人資料作直接促銷之同意，而撤回同意不會影響閣下之貸款申請。', expect: [] },
  // Round 13 (2026-12-06): written blind as before, stressing lead-ins with numbered items, long
  // compound sentences and Taiwan/Hong Kong wording; 40 of 50 passed as written. Fixed in general:
  // a lead-in that promises not to do what it lists (我们承诺不会从事以下行为：) negates its items; the
  // items of "在以下情形中…：" are the cases its words apply to; a negation joined to an exclusion
  // denies it (提前还款不收取违约金); 除以下情形外 announces exceptions; 收数公司; telling *us* is no
  // disclosure (未告知我们).
  { text: '在您的借款发生逾期后，您同意我们在以下情形中联系您的通讯录联系人：\n1、经多次拨打您本人电话无人接听的；\n2、逾期超过3日仍未还款的；\n3、您更换手机号码未告知我们的。', expect: ['third-party-contact'], maybe: ['contacts-access'] },
  { text: '我们郑重承诺，不会从事以下行为：\n1、读取或上传您的手机通讯录；\n2、向您的亲友、同事透露您的借款及逾期信息；\n3、将您的个人信息出售给任何第三方。', expect: [] },
  { text: '除以下情形外，我们不会向任何第三方提供您的个人信息：\n1、依法向中国人民银行征信中心、百行征信报送您的信贷信息；\n2、根据司法机关、监管部门的要求提供；\n3、与我们的合作机构共享，用于营销推广及其他商业用途。', expect: ['broad-data-sharing'] },
  { text: '借款人确认，放款时出借人将从借款本金中一次性扣除以下费用：\n1、平台服务费，为借款金额的8%；\n2、风险保证金，为借款金额的5%；\n3、账户管理费30元。', expect: ['upfront-deduction'] },
  { text: '本人就以下事项向贵公司作出授权：\n一、授权贵公司查询、收集本人的手机通讯录及通话记录；\n二、授权贵公司在本人逾期时通过短信、电话方式联系上述联系人；\n三、本授权书自本人签署之日起生效，在借款本息全部结清前不可撤销。', expect: ['contacts-access', 'call-sms-access', 'third-party-contact', 'irrevocable-consent'] },
  { text: '为保障借款服务，您需手动填写两位紧急联系人，我们仅在以下情形下联系紧急联系人：\n1、连续多日无法通过您预留的手机号与您取得联系；\n2、您预留的联系方式已停机或为空号。\n联系时我们仅询问您的有效联系方式，不会透露您的借款信息。', expect: ['emergency-contacts'] },
  { text: '为向您提供借款申请、身份核验、额度评估、放款及还款提醒、客户服务和投诉处理等服务，并保障您的账户与资金安全，我们会收集您的姓名、身份证号码、银行卡号等信息，同时在您授权后读取您的手机通讯录，以便在您逾期时通知您的亲友督促还款。', expect: ['contacts-access', 'third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '如借款人在还款日后仍未足额归还借款本息，且经出借人通过短信、电话等方式提醒后仍未还款的，借款人同意出借人有权将其逾期信息及个人身份信息提供给网贷大数据平台及其他合作机构，由此对借款人信用造成的影响由借款人自行承担。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing', 'liability-waiver'] },
  { text: '借款期限为14天，借款金额为1000元，到期应还款金额为1150元，其中包含利息及平台服务费，折合日利率约为1.07%，借款人已充分知悉并认可上述费用标准，不会以费用过高为由提出任何异议。', expect: ['rate-over-cap'] },
  { text: '为持续改进我们的产品与服务、开展用户调研、进行数据统计分析以及保障系统运行安全，您同意我们将您在使用本平台过程中产生的个人信息，包括但不限于身份信息、设备信息、借还款记录及位置信息，共享给我们的关联公司及合作伙伴，用于向您推荐其可能感兴趣的商品或服务。', expect: ['broad-data-sharing'], maybe: ['non-necessary-data'] },
  { text: '为满足反洗钱及实名认证要求，我们仅收集您的姓名、身份证件类型、号码及有效期限、手机号码以及用于放款和还款的银行卡号，上述信息为借贷业务的必要信息；除此之外的位置、相册等权限均为可选，您拒绝授权不会影响您申请借款及使用其他功能。', expect: [], maybe: ['non-necessary-data'] },
  { text: '本公司於台端申請貸款時，將蒐集台端手機通訊錄中之聯絡人姓名及電話，並於台端逾期未還款時，以電話或簡訊通知該等聯絡人代為督促還款。', expect: ['contacts-access', 'third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '本公司蒐集、處理及利用台端之個人資料，僅限於姓名、身分證統一編號、行動電話號碼及銀行帳戶，不會要求存取台端之通訊錄、通話紀錄或相簿。', expect: [] },
  { text: '閣下同意，如閣下未能按時還款，貸款人有權將閣下的個人資料及欠款詳情轉交予貸款人委託的收數公司，以便追收欠款。', expect: ['collector-sharing'], maybe: ['debt-disclosure'] },
  { text: '貸款之實際年利率為48%，另每期收取手續費港幣200元，閣下確認已明白上述條款。', expect: ['rate-over-cap'] },
  { text: '台端同意本公司得隨時修訂本約定條款及各項費率，修訂後之條款自公告於本公司網站時起生效，本公司無須另行個別通知台端。', expect: ['unilateral-change'] },
  { text: '台端若不同意本公司蒐集前揭通訊錄及定位資料，本公司將無法提供本項貸款服務。', expect: ['no-consent-no-service', 'contacts-access', 'non-necessary-data'] },
  { text: '如閣下拖欠還款，貸款人可於事先書面通知閣下後，將閣下的拖欠資料提供予環聯（TransUnion）等信貸資料服務機構；除此以外，貸款人不會向閣下的親友或僱主披露閣下的貸款資料。', expect: [] },
  { text: '本授權書一經簽署即不可撤銷，因本公司或其委任之催收人員依本授權聯絡台端親友所生之任何爭議或損害，本公司概不負責。', expect: ['irrevocable-consent', 'third-party-contact', 'liability-waiver'], maybe: ['collector-sharing'] },
  { text: '借款人同意开通平台VIP会员服务（月费39元），会员费将于放款时一并收取，未开通会员的借款申请将不予审批。', expect: ['upfront-deduction'] },
  { text: '本产品借款年化利率（单利）为18%，综合年化资金成本不超过24%，无其他任何费用。', expect: [] },
  { text: '借款日利率为千分之三，按日计息，随借随还，提前还款不收取违约金。', expect: ['rate-over-cap'] },
  { text: '我们的催收人员不会联系您的通讯录好友、同事或其他与借款无关的第三方。', expect: [] },
  { text: '您的授权在借款结清后依然有效，且您撤回授权须以注销账户的方式进行。', expect: ['irrevocable-consent'] },
  { text: '平台有权将您的逾期信息在本平台“失信名单”栏目中予以公示。', expect: ['debt-disclosure'] },
  // Round 14 (2026-12-06): written blind, mostly compliant privacy-policy boilerplate (30 of 50 are
  // lawful text sharing words with abusive clauses); 41 of 50 passed as written. False alarms fixed:
  // asking an emergency contact to pass a message on (请其转告您) is not disclosure; free withdrawal
  // 不以终止账户为条件 is no refusal of service; a collection agency handed data is collector sharing
  // only. Missed and fixed: 授权…注销之日后五年内持续有效.
  { text: '三、我们如何共享、转让、公开披露您的个人信息\n（一）共享\n我们不会与本公司以外的任何公司、组织和个人共享您的个人信息，但以下情况除外：\n1. 在获得您的单独同意后，向您明确指定的接收方提供；\n2. 根据法律法规的规定，或按照行政机关、司法机关依法提出的强制性要求对外提供；\n3. 为订立、履行您作为一方当事人的借款合同所必需，向放款资金方XX银行股份有限公司提供您的姓名、证件号码和银行卡号。', expect: [] },
  { text: '对我们委托处理您个人信息的公司、组织，我们会与其签署严格的数据处理协议，约定委托处理的目的、期限、处理方式、个人信息的种类及保护措施，要求其仅在约定范围内处理您的个人信息，不得将其用于营销目的，不得擅自转委托他人处理；委托关系终止后，受托方应当将个人信息返还或予以删除。', expect: [] },
  { text: '（二）转让\n我们不会将您的个人信息转让给任何公司、组织和个人，但因合并、分立、解散、被宣告破产等原因需要转移个人信息的，我们会向您告知接收方的名称和联系方式，并要求接收方继续履行本政策规定的义务；接收方变更原处理目的、处理方式的，应当重新取得您的同意。\n（三）公开披露\n我们仅会在取得您单独同意或法律、行政法规另有规定的情况下公开披露您的个人信息。', expect: [] },
  { text: '您对您的个人信息享有以下权利：\n1. 查阅、复制您的个人信息；\n2. 更正、补充不准确或不完整的个人信息；\n3. 在法律规定的情形下请求删除您的个人信息；\n4. 撤回同意：您可以在“我的—设置—隐私管理”中随时关闭相应授权，撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力，也无需注销账户；\n5. 注销账户。\n我们将在收到您的请求后15个工作日内予以答复。', expect: [] },
  { text: '我们在中华人民共和国境内运营中收集和产生的个人信息，均存储在中华人民共和国境内。我们目前不会向境外提供您的个人信息；如未来确需向境外提供，我们将向您告知境外接收方的名称、联系方式、处理目的、处理方式和个人信息的种类，取得您的单独同意，并依法完成数据出境安全评估或个人信息出境标准合同备案。', expect: [] },
  { text: '为完成注册和借款，我们仅收集《常见类型移动互联网应用程序必要个人信息范围规定》所列的必要个人信息：注册用户移动电话号码；借款人姓名、证件类型和号码、证件有效期限、银行卡号码。除上述信息外，我们不会要求您授权通讯录、通话记录、短信、相册或位置权限，您无需提供任何其他信息即可使用借款基本功能。', expect: [] },
  { text: '您同意我们依据《征信业管理条例》向中国人民银行征信中心及百行征信有限公司报送您的借款及还款信息。如您发生逾期，我们将在报送不良信息前至少提前3个工作日以短信方式告知您；您认为报送信息有误的，有权向我们或征信机构提出异议并申请更正。', expect: [] },
  { text: '您可以自行填写一位紧急联系人的姓名和手机号码。仅在您逾期且我们通过您本人预留的全部联系方式均无法与您取得联系时，我们才会联系该紧急联系人，目的仅限于请其转告您尽快与我们联系；我们不会向其透露您的借款金额、逾期情况等任何信息，也不会要求其代为还款。', expect: ['emergency-contacts'] },
  { text: '本借款的年化利率（单利）为18.0%，综合年化资金成本（含利息及全部费用）不超过24%。除利息外，我们不收取服务费、管理费或任何其他费用。借款本金将全额发放至您指定的银行卡，我们不会在放款时预先扣除利息或费用，也不会要求您购买会员、保险或担保服务。', expect: [] },
  { text: '如本协议或本隐私政策发生重大变更，我们将至少提前30日通过App弹窗、站内信及短信方式通知您；您不同意变更的，有权在变更生效前终止本服务，且无需支付任何费用。任何变更均不影响您已签署借款合同中约定的利率、费用及还款安排。', expect: [] },
  { text: '我们的贷后管理严格遵守《互联网金融逾期债务催收自律公约（试行）》：催收对象仅限借款人本人；我们不会联系您的通讯录联系人、亲友、同事或工作单位，不会向任何无关第三方透露您的负债或逾期信息；我们不会将您的逾期案件外包给第三方催收机构处理。', expect: [] },
  { text: '借款人应妥善保管账户密码及短信验证码，不得将其透露给任何第三方，亦不得将本协议项下的借款用于购房、证券投资或其他违法用途。借款人承诺所提供的信息真实、准确、完整；因借款人提供虚假信息或违反前述约定造成的损失，由借款人自行承担。', expect: [] },
  { text: '本公司不會要求台端授權手機通訊錄、通話紀錄、簡訊、相簿或定位權限，亦不會讀取、蒐集或上傳前述資料。台端拒絕接收本公司行銷訊息者，不影響台端申請、動撥及償還借款等核心服務之使用。', expect: [] },
  { text: '因天災、戰爭、疫情、政府命令或電信業者網路全面中斷等不可抗力事由，致本公司無法履行或遲延履行本契約者，本公司於該事由影響範圍內不負遲延責任，並應於事由發生後立即通知台端；但因可歸責於本公司之事由、本公司系統瑕疵或個人資料保護疏失所致之損害，本公司仍應依法負賠償責任。', expect: [] },
  { text: '依個人資料保護法第三條規定，台端就本公司保有之個人資料得行使下列權利：\n一、查詢或請求閱覽；\n二、請求製給複製本；\n三、請求補充或更正；\n四、請求停止蒐集、處理或利用；\n五、請求刪除。\n台端得隨時撤回同意，撤回方式與給予同意同樣便利，且不以終止帳戶或結清借款為條件。', expect: [] },
  { text: '四、我们如何共享您的个人信息\n我们会严格遵守相关法律法规，仅在以下情形下共享您的个人信息：\n1. 获得您的单独同意后；\n2. 根据法律法规规定或司法机关的要求；\n3. 为实现本政策所述目的，与我们的关联公司及合作机构共享，以便其向您推荐您可能感兴趣的产品和服务。', expect: ['broad-data-sharing'] },
  { text: '为评估您的信用状况并保障借款安全，在您申请借款时，我们将在取得您的授权后读取并上传您的手机通讯录（包括联系人姓名及电话号码）。我们会采用行业领先的加密技术保护上述信息，并严格限制内部人员的访问权限。', expect: ['contacts-access'] },
  { text: '您填写的紧急联系人信息仅用于贷后管理。若您的借款逾期超过3日，我们有权通过短信、电话等方式将您的逾期情况告知紧急联系人，并请其督促您尽快履行还款义务。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['emergency-contacts'] },
  { text: '如您发生逾期，我们将在提前通知您后依法向中国人民银行征信中心报送您的逾期信息；同时，您授权我们将您的逾期记录提供给合作的大数据风控机构及行业信息共享平台，由此可能影响您在其他机构的借款申请。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '为向您提供借款服务，我们需要收集以下信息：\n1. 您的手机号码、姓名、身份证号码及银行卡号；\n2. 您的精确地理位置及手机已安装应用列表，用于反欺诈识别；\n3. 您的人脸图像，用于身份核验。\n您理解并同意，本授权自您点击确认之日起生效，至您在本平台的全部债务结清且账户注销之日后五年内持续有效，在此期间不可撤销。', expect: ['non-necessary-data', 'irrevocable-consent'] },
  { text: '本借款年化利率（单利）为18%。为保障资金安全，借款人须同时购买由合作保险公司提供的借款保证保险，保费及平台服务费将在放款时从借款本金中一次性扣除，实际到账金额以放款页面显示为准。', expect: ['upfront-deduction'] },
  { text: '借款利息按日计算，日利率为0.098%，按实际借款天数收取，提前还款不收取违约金。此外，借款人每期还需支付账户管理费，费率为借款本金的1.5%/月。', expect: ['rate-over-cap'] },
  { text: '台端如未依約清償，本公司得將本契約債權之催收事務委託第三方催收機構辦理，並將台端之姓名、身分證字號、聯絡電話、住址及欠款資料提供予該受託機構，台端對此無異議。', expect: ['collector-sharing'] },
  { text: '閣下同意本公司於徵信審核期間讀取閣下手機之通話紀錄及簡訊內容；閣下如拒絕授權，本公司將無法受理閣下之借款申請。本公司就前述資料之蒐集、處理及利用所生之任何損失，概不負責。', expect: ['call-sms-access', 'no-consent-no-service', 'liability-waiver'] },
  { text: '本公司重視台端之權益，各項費用均於申請頁面揭露。惟本公司得視營運需要隨時調整本契約之利率、手續費及其他費用，並自公告於本公司網站時起生效，不另行個別通知台端。', expect: ['unilateral-change'] },
  // Round 15 (2026-12-06): written blind, about money terms (rates written every way, fees taken
  // from the principal, unilateral changes, collection agencies); 44 of 50 passed as written. Fixed:
  // insurance that must be bought from the lender's insurer before it lends (未投保者不予放款), a
  // fee "不从本金中扣除" (不从 negates), and 工作单位 listed among the data handed over is no recipient.
  { text: '本借款的日利率为万分之八，按实际借款天数计息，利随本清。', expect: ['rate-over-cap'] },
  { text: '借款月利率为3%，按月付息，到期一次性归还本金。', expect: ['rate-over-cap'] },
  { text: '借款人未按期还款的，自逾期之日起按未还本金每日千分之一计收罚息，直至全部清偿之日止。', expect: ['rate-over-cap'] },
  { text: '逾期期间，借款人应按逾期未还金额的百分之一每日向出借人支付违约金。', expect: ['rate-over-cap'] },
  { text: '本产品借款年利率为15%；另按借款本金每月1.5%收取平台服务费，与利息一并按月支付，综合年化成本约为33%。', expect: ['rate-over-cap'] },
  { text: '本借款之日息為0.3%，按日計息，到期一次還本付息。', expect: ['rate-over-cap'] },
  { text: '借款人逾期未還者，逾期利息按月息五分計算，至清償之日止。', expect: ['rate-over-cap'] },
  { text: '本借款日利率为万分之五，按日计息；除利息外，出借人不收取任何服务费、手续费或其他费用。', expect: [] },
  { text: '借款月息2分，按月付息，到期还本。', expect: [] },
  { text: '双方约定的借款利率与逾期利息、违约金及其他费用合计不超过年利率24%，超过部分无效，出借人不予主张。', expect: [] },
  { text: '借款年利率為百分之十，依本金餘額按月計息；借款人逾期者，按原利率加收百分之五十計收罰息。', expect: [] },
  { text: '本次借款的服务费、审核费在放款时一次性从借款本金中扣除，借款人实际到账金额为借款金额扣除上述费用后的余额，但借款人仍应按合同载明的借款金额偿还本息。', expect: ['upfront-deduction'] },
  { text: '借款人申请借款须同时开通平台会员服务，会员费399元将在放款时直接从借款金额中扣除。', expect: ['upfront-deduction'] },
  { text: '本借款須由本公司指定之保險公司承保借款人信用保證保險，保險費由借款人負擔；未投保者，本公司不予放款。', expect: ['upfront-deduction'] },
  { text: '出借人按借款合同载明的借款金额足额发放至借款人银行账户，不预先扣除利息、服务费或其他任何费用。', expect: [] },
  { text: '借款人可自愿选择购买借款意外保障服务，是否购买不影响借款审批、额度及放款；该服务费用另行支付，不从借款本金中扣除。', expect: [] },
  { text: '平台有权根据市场情况随时调整借款利率、服务费率及其他收费标准，调整后的标准自平台公布之日起生效，无需另行通知借款人。', expect: ['unilateral-change'] },
  { text: '本公司保留随时修改本协议条款的权利，修改后的协议一经在App内发布即生效，借款人继续使用本服务即视为同意修改后的协议。', expect: ['unilateral-change'] },
  { text: '本公司得隨時變更手續費及逾期違約金之收費標準，借款人不得異議。', expect: ['unilateral-change'] },
  { text: '如需调整收费标准，我们将提前30日通过短信及站内信通知您；您不同意调整的，可在调整生效前提前还款并终止本协议，我们不收取任何提前还款违约金。', expect: [] },
  { text: '本合同约定的借款利率在借款期限内固定不变，任何变更须经双方书面协商一致。', expect: [] },
  { text: '借款人逾期的，出借人有权将催收事务委托给第三方催收机构，并向其提供借款人的身份信息、联系方式及借款信息。', expect: ['collector-sharing'] },
  { text: '逾期超过30天的，平台可将该笔债权转交合作的外包催收公司处理，借款人同意平台向其提供借款人的姓名、身份证号、住址、工作单位及欠款信息。', expect: ['collector-sharing'] },
  { text: '借款人逾期未清償者，本公司得將債權及借款人之個人資料提供予委外催收公司進行催收。', expect: ['collector-sharing'] },
  { text: '贷后催收工作仅由本公司内部催收团队开展，我们不会将您的案件或个人信息委托或提供给任何第三方催收机构。', expect: [] },
  // Round 16 (2026-12-06): sixteen short documents written blind (headings, numbered and lettered
  // items, lead-ins, harmless sentences between the telling ones), each checked for its whole set of
  // categories; 15 of 16 right as written, all 8 Chinese ones among them.
  { text: '快借宝隐私政策（摘录）\n一、我们收集的信息\n1. 注册账户时，我们收集您的手机号码，用于创建账户和登录验证。\n2. 申请借款时，我们收集您的姓名、身份证号码、证件有效期及银行卡号，用于实名认证、放款及还款。\n3. 为评估您的信用状况，我们将读取并上传您的手机通讯录。\n4. 为进行风险控制，我们还将获取您的精确地理位置及手机中已安装的应用列表。\n二、权限说明\n若您拒绝授权通讯录或位置权限，我们将无法为您提供借款服务。\n三、信息的存储与保护\n您的个人信息存储于中华人民共和国境内的服务器。\n我们采用加密传输和访问控制等措施保护您的信息安全。\n四、联系我们\n如您对本政策有任何疑问，可拨打客服热线400-800-1234。', expect: ['contacts-access', 'non-necessary-data', 'no-consent-no-service'] },
  { text: '个人信息查询及使用授权书\n致：鑫融小额贷款有限公司\n本人因向贵司申请贷款，特作如下授权：\n一、本人同意贵司在审核贷款申请及贷后管理时，查询本人在中国人民银行征信中心的信用报告。\n二、本人授权贵司通过本人手机号码的运营商账户，获取本人近六个月的通话详单及短信记录。\n三、本人同意贵司将本人的个人信息提供给贵司的关联公司及合作伙伴，用于营销推广及其他商业用途。\n四、本授权书自本人签署之日起生效，不可撤销，且在借款结清后继续有效。\n五、本人确认所提供的信息真实、准确、完整。\n六、本人已仔细阅读并完全理解本授权书的全部内容。\n授权人（签字）：__________\n日期：____年__月__日', expect: ['call-sms-access', 'broad-data-sharing', 'irrevocable-consent'] },
  { text: '借款协议（节选）\n第一条 借款金额与期限\n借款本金为人民币5,000元，借款期限为3个月。\n第二条 利息与费用\n1. 借款日利率为0.2%，按实际借款天数计收利息。\n2. 平台服务费500元，于放款时从借款本金中一次性扣除，借款人实际到账金额为4,500元。\n第三条 还款方式\n借款人应于每月15日前按期还款，可通过绑定的银行卡自动扣款或在App内主动还款。\n第四条 提前还款\n借款人可随时申请提前还款，利息按实际使用天数计算。\n第五条 协议变更\n出借人有权根据市场情况随时调整利率及各项费用标准，无需另行通知借款人。\n第六条 争议解决\n因本协议发生的争议，双方应协商解决；协商不成的，任何一方可向有管辖权的人民法院提起诉讼。', expect: ['rate-over-cap', 'upfront-deduction', 'unilateral-change'] },
  { text: '贷后管理及催收规则\n第一条 还款提醒\n还款日前3天，我们将通过短信和App消息提醒您按时还款。\n第二条 逾期处理\n（一）逾期1日起，我们的客服将通过电话与您本人沟通还款安排。\n（二）逾期超过7日的，我们有权联系您的父母、配偶、朋友及工作单位同事，请其督促您尽快还款。\n（三）逾期超过30日的，我们将在提前通知您后，将您的逾期记录报送百行征信。\n（四）逾期超过60日的，我们有权将您的姓名、身份证号及欠款金额在平台公告栏及社交媒体上公示。\n第三条 催收规范\n催收人员应使用文明用语，每日拨打您本人电话不超过3次，不得在晚上9点至次日早上8点之间联系您。\n第四条 免责声明\n因上述催收措施给您的名誉、工作或家庭关系造成的任何影响，本平台概不负责。', expect: ['third-party-contact', 'debt-disclosure', 'liability-waiver'] },
  { text: '恒信財務有限公司　私人貸款協議（摘錄）\n放債人牌照號碼：1234/2024\n甲、貸款條款\n1. 貸款本金為港幣10,000元，分12期每月償還。\n2. 本貸款之實際年利率為58%。\n3. 借款人可於任何時間提前清還全部貸款餘額。\n乙、個人資料\n4. 本公司收集閣下的姓名、香港身份證號碼及銀行戶口資料，以處理貸款申請及發放貸款。\n5. 如閣下逾期還款，本公司可將閣下的個案及個人資料轉交第三方收數公司跟進追收。\n6. 閣下有權向本公司的個人資料主任要求查閱或更正閣下的個人資料。\n7. 本公司不會將閣下的個人資料出售予任何第三方。\n丙、查詢\n如有任何查詢，請致電本公司客戶服務熱線2123 4567。', expect: ['rate-over-cap', 'collector-sharing'] },
  { text: '安心借隐私政策\n一、我们收集的信息\n（一）您的手机号码，用于注册和登录。\n（二）您的姓名、证件类型、证件号码、证件有效期及银行卡号，用于实名认证、放款及还款。\n（三）紧急联系人：您需要手动填写两位紧急联系人的姓名和手机号码。\n我们不会读取您的手机通讯录，也不会收集您的通话记录、短信内容或地理位置。\n二、紧急联系人的使用\n仅在我们多次无法与您取得联系时，我们才会联系您的紧急联系人，且仅询问您当前的有效联系方式，不会向其透露您的借款或逾期信息。\n三、信息的共享\n我们不会出售您的个人信息，也不会将其用于营销推广。\n除法律法规另有规定外，未经您的单独同意，我们不会向任何第三方提供您的个人信息。\n四、您的权利\n您可以在“设置—隐私”中随时撤回授权，撤回不影响您继续使用借款基本功能。\n借款结清后，您可以申请注销账户，我们将删除或匿名化处理您的个人信息。', expect: ['emergency-contacts'] },
  { text: '个人消费借款合同（节选）\n第一条 借款金额及期限\n借款本金为人民币10,000元，期限12个月，全额发放至借款人本人银行卡，不预先扣除任何利息或费用。\n第二条 利率\n本借款年化利率（单利）为18%，年化综合资金成本不超过24%。\n除利息外，出借人不收取服务费、会员费或保险费。\n第三条 还款方式\n采用等额本息方式，每月还款日为放款日的对应日。\n第四条 逾期\n借款人逾期的，逾期部分按本合同约定利率继续计息，不另收罚息。\n第五条 征信\n借款人逾期超过30日的，出借人将在提前通知借款人后，向中国人民银行征信中心报送逾期信息。\n第六条 催收\n出借人仅与借款人本人联系催收，不会联系借款人的亲友或工作单位，也不会向他人透露借款人的负债情况。\n第七条 合同变更\n本合同的任何变更均须经双方协商一致并以书面形式确认。', expect: [] },
  { text: '個人資料蒐集、處理及利用告知事項\n依據個人資料保護法第8條規定，本公司向您告知下列事項：\n一、蒐集目的：辦理消費性貸款之徵信、核貸、撥款及帳務管理。\n二、個人資料類別：姓名、身分證統一編號、手機號碼及銀行帳戶資料。\n三、利用期間：自蒐集之日起至貸款清償完畢後依法令規定之保存期間止。\n四、利用對象：本公司及財團法人金融聯合徵信中心。\n五、本公司不會要求存取您手機中的通訊錄、通話紀錄、簡訊或相簿。\n六、您得依個人資料保護法第3條規定，隨時請求查詢、閱覽、補充、更正、停止蒐集處理利用或刪除您的個人資料。\n七、本貸款年利率為12%；如有逾期，本公司僅以簡訊或電話通知借款人本人。\n八、如有任何疑問，請洽本公司客服專線0800-123-456。', expect: [] },
  // Round 18 (2026-12-06): written blind in contract forms earlier rounds lacked (本人 authorisation
  // letters, 甲方/乙方 and three-party contracts, a platform's own 催收管理规定); 39 of 50 as written.
  // Fixed in general: 权限被关闭 → 暂停/冻结; 说明…欠款 to the employer; 结清之后仍继续有效; 不得以任何
  // 理由撤回; 撤回须向贵公司申请注销账户 (the exclusion 撤回前 had matched inside 撤回前述); debt told to
  // contacts "以形成还款压力" even when the borrower is unreachable; partners using data for their
  // own marketing (a new rule); restore-contact purposes (取得借款人之联系方式). Sending overdue data
  // to 网贷大数据平台 is also broad sharing (maybe). Still missed, so not listed: a waiver that joins
  // a borrower-caused loss (因借款人提供之联络人资料) and the platform's own collection in one clause,
  // and the info finding for collectors' rules that allow only a restore-contact call.
  { text: '本人同意，如本人未能按期足额归还借款，贵司及贵司委托的人员可以通过电话、短信等方式联系本人的父母、配偶、子女及其他近亲属，告知其本人的借款金额及逾期情况，并请其督促本人尽快还款。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['collector-sharing'] },
  { text: '本人知悉并确认：本人手机中存储的联系人姓名及电话号码，将在本人提交借款申请时由贵司客户端一次性读取并加密上传至贵司服务器，保存期限至本人借款全部结清后五年。', expect: ['contacts-access'] },
  { text: '数据查询授权书：本人授权贵司使用本人提供的手机号码及服务密码登录本人所属运营商的网上营业厅，查询并留存本人近六个月的通话详单、短信收发记录及话费账单，用于评估本人的还款能力。', expect: ['call-sms-access'] },
  { text: '本人同意，为提升本人的授信额度，贵司可采集本人的住房公积金缴存记录、社会保险参保信息、学信网学籍学历信息，以及本人淘宝、京东账户中的收货地址和消费记录。', expect: ['non-necessary-data'] },
  { text: '借款人在使用本应用期间应保持精确位置、相册及设备传感器权限处于开启状态；上述任一权限被关闭的，平台将暂停其借款申请入口，直至相关权限重新开启。', expect: ['non-necessary-data', 'no-consent-no-service'] },
  { text: '本人点击“同意并继续”按钮，即视为本人已阅读并同意本授权书、《隐私政策》、《用户服务协议》及《个人信息共享授权书》的全部内容，上述文件不再另行逐项签署。', expect: ['no-consent-no-service'] },
  { text: '乙方（借款人）应授权甲方（出借人）读取其手机通讯录；乙方拒绝授权的，甲方有权不予受理其借款申请，由此产生的一切后果由乙方自行承担。', expect: ['contacts-access', 'no-consent-no-service'] },
  { text: '《贷后催收管理规定》第七条 催收专员可致电借款人工作单位的人事或财务部门，说明借款人所欠款项及逾期天数，请求单位协助督促其还款，但以借款人逾期超过三十日为限。', expect: ['third-party-contact', 'debt-disclosure'] },
  { text: '《贷后管理办法》第十二条 逾期超过六十日的案件，由风险管理部统一移交合作的外部催收公司处置，移交时应一并提供借款人的身份信息、联系方式、通讯录及借款明细。', expect: ['collector-sharing'], maybe: ['contacts-access'] },
  { text: '对恶意逾期超过九十日的借款人，公司可将其姓名、身份证号码及逾期金额报送至行业共享黑名单及第三方网贷大数据平台，并可在公司官方网站、微信公众号的逾期公示栏中予以公示。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '因贵司或贵司委托的机构在催收过程中联系本人的联系人而引起的任何纠纷、投诉或损失，均由本人负责处理并承担全部责任，与贵司无涉。', expect: ['liability-waiver'], maybe: ['third-party-contact', 'collector-sharing'] },
  { text: '乙方个人信息因甲方系统故障、遭受网络攻击或甲方工作人员操作失误而泄露的，相关后果由乙方自行承担，甲方不负任何赔偿责任。', expect: ['liability-waiver'] },
  { text: '本授权书自本人签署之日起生效，在本人与贵司之间的全部债权债务结清之后仍继续有效，且本人不得以任何理由撤回或变更本授权。', expect: ['irrevocable-consent'] },
  { text: '本人如欲撤回前述各項授權，須向貴公司申請註銷帳戶；於帳戶註銷完成前，本授權書持續有效。', expect: ['irrevocable-consent'] },
  { text: '甲方有权将乙方在申请及使用借款服务过程中提供或产生的信息提供给甲方的关联公司及合作伙伴，用于向乙方推荐其可能感兴趣的产品或服务，合作伙伴名单不另行告知乙方。', expect: ['broad-data-sharing'] },
  { text: '出借人、借款人、居间服务方三方约定：居间服务方向借款人收取的居间服务费为借款本金的8%，于出借人放款时由居间服务方直接从借款本金中扣除，借款人实际到账金额为扣除该费用后的余额，但借款人仍应按本合同载明的借款本金全额归还。', expect: ['upfront-deduction'] },
  { text: '乙方申请借款前须开通甲方“极速审核会员”，会员费每期199元，与借款本息一并收取；乙方未开通会员的，其借款申请将不予审核。', expect: ['upfront-deduction'] },
  { text: '丙方（担保方）为乙方本笔借款提供连带责任保证，乙方应向丙方支付相当于借款金额5%的担保费，该担保费由甲方在放款时代丙方一次性扣收；乙方不得自行选择其他担保机构，亦不得拒绝本担保服务。', expect: ['upfront-deduction'] },
  { text: '本合同项下借款按日计息，日利率为0.098%，计息期间自放款之日起至借款人实际清偿之日止。', expect: ['rate-over-cap'] },
  { text: '借款人逾期的，除应继续支付借期内利息外，还应自逾期之日起按逾期本金每日千分之五支付逾期罚息，并一次性支付相当于借款本金10%的违约金。', expect: ['rate-over-cap'] },
  { text: '根据监管要求，现向您披露：本产品综合年化成本（IRR口径）为35.9%，其中利息部分年化23.9%，担保费及信息服务费部分年化12%。', expect: ['rate-over-cap'] },
  { text: '甲方可根据市场情况调整借款利率、服务费率及还款方式，调整后的标准自甲方系统更新之时起适用于乙方尚未结清的借款，无需另行通知乙方。', expect: ['unilateral-change'] },
  { text: '本公司保留隨時修訂本協議任何條款（包括利率及各項收費）之權利，修訂內容一經於本公司網站刊登即時生效，借款人繼續使用本服務即視為接受修訂。', expect: ['unilateral-change'] },
  { text: '本人同意，本人逾期后，贵司可以随时联系本人填写的紧急联系人，向其说明本人的欠款事实，并要求其代为转告或代为偿还。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['emergency-contacts'] },
  { text: '借款人同意本公司於核貸時讀取其手機聯絡人名單，並於借款人遲延還款時，得以簡訊通知名單內之聯絡人。', expect: ['contacts-access', 'third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '為核實身分及評估信用狀況，申請人授權本公司讀取其手機內之簡訊內容及通話紀錄。', expect: ['call-sms-access'] },
  { text: '借款人逾期后，出借人及居间服务方有权将本合同项下债权的催收事务委托给具备资质的第三方催收机构办理，并将借款人的个人信息及借款信息提供给该机构，借款人对此不持异议。', expect: ['collector-sharing'] },
  { text: '《催收作业规范》第九条 借款人失联或拒不还款的，催收员可对借款人通讯录中通话频次最高的前二十位联系人逐一告知其欠款逾期情况，以形成还款压力。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access', 'call-sms-access'] },
  { text: '本人授权贵司向贵司合作的数据服务机构、征信机构及其他合作机构查询、提供本人的个人信息，上述合作机构可将该等信息用于其自身的产品营销与推广。', expect: ['broad-data-sharing'] },
  { text: '本人同意贵司在审核本人借款申请及进行贷后风险管理时，向中国人民银行征信中心金融信用信息基础数据库及百行征信有限公司查询本人的信用报告，查询用途仅限于上述事项。', expect: [] },
  { text: '借款人逾期后，出借人将先以短信方式告知借款人；告知后借款人仍未还款的，出借人将依法向中国人民银行征信中心报送其逾期信息。', expect: [] },
  { text: '委托扣款授权书：本人授权贵司于每期还款日从本人指定的尾号为8821的银行账户中扣收当期应还款项，扣款金额以当期账单为准；本人可随时通过App“我的-银行卡”页面或致电客服取消本授权，取消后由本人自行主动还款。', expect: [] },
  { text: '为完成实名认证和放款，我们仅收集您的姓名、身份证件号码及有效期、手机号码和银行卡号，不会读取您的通讯录、通话记录或短信内容。', expect: [] },
  { text: '本人在申请页面手动填写的两名紧急联系人，仅在贵司通过本人预留的联系方式无法联系到本人时，用于询问本人的有效联系方式；贵司不会向紧急联系人透露本人的任何借款或逾期信息。', expect: ['emergency-contacts'] },
  { text: '《贷后催收管理规定》第五条 催收人员只能向借款人本人进行催收，不得以任何形式联系借款人的亲属、朋友、同事或其他无关人员，不得向任何第三方透露借款人的负债情况。', expect: [] },
  { text: '《贷后催收管理规定》第六条 催收作业时间为每日8:00至22:00，同一借款人每日接通电话不得超过3次；催收人员不得使用威胁、侮辱、恐吓性语言，不得冒用行政机关或司法机关的名义。', expect: [] },
  { text: '本合同项下借款年化利率为10.8%（单利），除利息外出借人不收取任何其他费用，借款人的综合年化成本即为10.8%。', expect: [] },
  { text: '居间服务方收取的居间服务费按月随借款本息一并支付，不从借款本金中预先扣除；出借人实际发放金额与合同载明的借款本金一致，包括利息及居间服务费在内的综合年化成本不超过24%。', expect: [] },
  { text: '会员服务为乙方自愿选择购买的增值服务，是否开通会员不影响乙方的借款申请、审批结果、授信额度及利率；乙方开通后七日内可无理由申请全额退还会员费。', expect: [] },
  { text: '甲方如需变更本协议中的费率或其他与乙方权益相关的条款，应至少提前三十日以站内信及短信方式通知乙方；乙方不同意变更的，有权在变更生效前提前还款并终止本协议，且不因此承担任何违约金，已发放借款仍按原约定执行。', expect: [] },
  { text: '对于身份证件号码、银行卡号等敏感个人信息，我们将在收集前向您单独说明处理的必要性及对您个人权益的影响，并取得您的单独同意。', expect: [] },
  { text: '本人承诺向贵司提供的身份信息、联系方式及银行卡信息真实、准确、完整；如因本人提供虚假信息导致借款申请被拒绝或给贵司造成损失的，由本人依法承担相应责任。', expect: [] },
  { text: '本人可以随时通过App“设置-隐私-授权管理”撤回本授权书项下的各项授权，撤回无需注销账户；撤回不影响撤回前基于本人同意已进行的个人信息处理活动的效力。', expect: [] },
  { text: '丙方（担保方）为乙方本笔借款提供保证担保，担保费按月随还款收取，不在放款时预先扣除，并已计入本合同披露的综合年化成本；本合同综合年化成本为23.6%。', expect: [], maybe: ['upfront-deduction'] },
  { text: '本公司不會要求存取您的手機通訊錄、通話紀錄或相簿，亦不會因您拒絕提供非必要資訊而拒絕向您提供借款服務。', expect: [] },
  { text: '本借款之年利率為百分之十二，借款人逾期還款時，按原約定利率計付遲延利息，不另收取手續費或違約金。', expect: [] },
  { text: '借款人得自行填寫一名緊急聯絡人；本公司僅於無法以借款人留存之電話或電子郵件聯繫借款人時，始得聯繫該緊急聯絡人以取得借款人之聯絡方式，且不得向其透露任何借貸資訊。', expect: ['emergency-contacts'] },
  { text: '《贷后管理办法》第十五条 本公司不将逾期案件委托任何外部催收机构处理，全部贷后催收工作由本公司经培训考核的员工完成，催收通话录音保存期限不少于两年。', expect: [] },
  // Round 20 (2026-12-06): written blind from permission lists, third-party SDK lists, privacy-policy
  // sections, loan summaries and collection-message templates; 42 of 50 as written. Fixed: a short
  // heading answered "不申请" after its colon is negated; 不因…而终止; a guarantee the lender's
  // 担保公司 must give before it lends; 借款1,000元…到期一次性归还1,050元 (thousands separators).
  // Still missed, so not listed: what only a table spread over several lines says (a sharing-list
  // entry; a fee deducted in one line and the rate in another), and an SMS template addressed to
  // the emergency contact, whose recipient only the previous sentence names.
  { text: '通讯录权限：不申请。\n本App在注册、借款、还款及贷后各环节均不会读取、上传或保存您的手机通讯录。', expect: [] },
  { text: '相机权限（可选）：仅在您选择拍照上传身份证件时调用，您也可以选择手动填写证件信息。拒绝授权不影响您申请借款。', expect: [] },
  { text: '通知权限（可选）：用于向您推送放款结果和还款日提醒。您可随时在系统设置中关闭，关闭后不影响借款功能。', expect: [] },
  { text: 'SDK名称：设备安全SDK\n使用目的：识别异常设备和账户盗用，保障账户安全\n收集的个人信息类型：设备型号、操作系统版本、OAID、网络类型\n说明：上述信息仅用于安全风控，不用于营销，不与其他第三方共享', expect: [] },
  { text: 'SDK名称：支付SDK（提供方：某支付有限公司）\n使用目的：绑定银行卡、放款及还款扣款\n收集的个人信息类型：姓名、身份证号码、银行卡号、银行预留手机号', expect: [] },
  { text: 'SDK名稱：身分證OCR識別SDK\n使用目的：識別身分證件資訊以完成實名認證\n收集的個人資訊：身分證正反面影像、姓名、證件號碼、證件有效期限\n處理方式：於本機完成識別，影像不上傳至SDK提供方', expect: [] },
  { text: '一、我们如何收集和使用您的个人信息\n在您申请借款时，我们仅收集完成借款所必需的信息：您的手机号码、姓名、证件类型和号码、证件有效期限及银行卡号码。我们不会收集您的通讯录、通话记录、短信、精确位置或相册信息。', expect: [] },
  { text: '二、我们如何共享、转让、公开披露您的个人信息\n为完成您的借款申请，我们需要将您的姓名、证件号码、手机号码及银行卡号提供给为您放款的持牌金融机构（名称见借款确认页面）。提供前，我们会告知您接收方的名称、联系方式、处理目的及信息种类，并单独征得您的同意。除此之外，我们不会向任何第三方出售或提供您的个人信息。', expect: [] },
  { text: '如您的借款发生逾期，我们会事先通过短信告知您本人，并依法向中国人民银行征信中心及百行征信报送您的逾期信息，这可能影响您的信用记录。', expect: [] },
  { text: '三、您的权利\n您可以随时在“我的—设置—权限管理”中撤回对相机、通知等可选权限的授权。撤回后我们将不再处理相应信息，且不会影响您使用借款、还款等基本功能。', expect: [] },
  { text: '您有權申請註銷帳戶。在您結清全部借款後提出註銷申請的，我們將於15個工作日內完成註銷，並刪除或匿名化處理您的個人資訊，法律法規另有規定須留存的除外。', expect: [] },
  { text: '四、未成年人保护\n我们不向未满18周岁的用户提供借款服务。如发现误收集了未成年人的个人信息，我们会立即停止处理并予以删除。', expect: [] },
  { text: '五、本政策如何更新\n本政策发生重大变更的，我们将至少提前7日通过站内信、弹窗等方式通知您，并在变更生效前重新征得您的同意。您如不同意，可以拒绝，变更内容将不适用于您；已签订的借款合同仍按原约定履行。', expect: [] },
  { text: '借款金额：10,000元；借款期限：12期（按月等额本息）；年化利率(单利)：10.8%；服务费：0元；实际到账金额：10,000元', expect: [] },
  { text: '日利率：0.05%（折合年化利率18.25%，单利）；按实际借款天数计息；可随时提前还款，不收取提前还款手续费。', expect: [] },
  { text: '逾期提醒短信模板（仅发送至借款人本人预留手机号）：\n【某某借款】尊敬的张*，您尾号1234的借款已逾期3天，当前应还1,520.00元。请尽快登录App还款；如遇困难，可联系客服申请协商还款。', expect: [] },
  { text: '【某某金融】您好，您的借款已逾期5天。如持續未還款，我們將依規向中國人民銀行徵信中心報送逾期記錄。本短信僅發送至您本人預留的手機號碼。', expect: [] },
  { text: '短信权限：不申请。\n登录验证码需由您手动输入，或由系统键盘自动填充；我们不会读取您手机中的任何短信内容。', expect: [] },
  { text: '位置权限（可选）：仅获取城市级别的大致位置，用于判断您所在地区是否在放款机构的服务范围内；我们不获取您的精确位置。拒绝授权不影响您申请借款。', expect: [], maybe: ['non-necessary-data'] },
  { text: '我們不會以任何方式向您的親友、同事或工作單位透露您的借款或逾期情況，亦不會向他們催收。', expect: [] },
  { text: '借款保障保险为自愿购买项目，是否购买不影响您的借款审批结果、额度及利率；保费不会从借款本金中扣除。', expect: [] },
  { text: '如我们调整利率或收费标准，将提前30日公告，调整仅适用于调整生效后新发放的借款；您已签订的借款合同仍按原约定的利率和费用执行。', expect: [] },
  { text: '通讯录权限：用于评估您社交关系的稳定性，作为授信审批的参考依据之一。', expect: ['contacts-access'] },
  { text: '权限名称：读取联系人（android.permission.READ_CONTACTS）\n申请时机：提交借款申请时\n使用目的：核验您填写的紧急联系人是否真实存在', expect: ['contacts-access'], maybe: ['emergency-contacts'] },
  { text: '运营商授权：请输入您的手机服务密码，授权我们通过合作的数据服务商查询您近六个月的通话详单及话费账单，用于身份核验与信用评估。', expect: ['call-sms-access'] },
  { text: 'SDK名称：信用风控SDK（提供方：某数据科技有限公司）\n使用目的：贷前风险评估、反欺诈\n收集的个人信息类型：设备型号、OAID、通讯录、通话记录、已安装应用列表', expect: ['contacts-access', 'call-sms-access', 'non-necessary-data'] },
  { text: 'SDK名稱：裝置指紋SDK\n使用目的：識別模擬器及批量註冊等欺詐行為\n收集的個人資訊：裝置型號、加速度感測器及陀螺儀資料、已安裝應用程式清單', expect: ['non-necessary-data'] },
  { text: '为完成授信评估，我们将在您授权后查询您的住房公积金缴存记录、社保缴纳记录以及学信网学历信息。', expect: ['non-necessary-data'] },
  { text: '短信权限：用于读取您收件箱中银行及信用卡类短信，分析您的收入与负债情况。', expect: ['call-sms-access'] },
  { text: '权限申请列表：\n1. 通讯录权限：用于风险评估\n2. 位置权限：获取您的精确位置，用于防范欺诈\n3. 存储权限：读取相册中的照片\n以上权限均为必选项，任一权限未授权的，您将无法提交借款申请。', expect: ['contacts-access', 'non-necessary-data', 'no-consent-no-service'] },
  { text: '您点击“同意并继续”，即表示您已阅读并同意《用户注册协议》《隐私政策》《个人信息授权书》《第三方数据查询授权书》《营销信息推送授权》的全部内容。', expect: ['no-consent-no-service'] },
  { text: '位置权限：获取您的GPS精确位置，用于反欺诈核验。您可以选择不开启，但关闭后系统将无法为您评定最优额度，您的可借额度将相应降低。', expect: ['non-necessary-data', 'no-consent-no-service'] },
  { text: '催收短信模板（发送至借款人通讯录联系人）：\n【某某贷】您好，您的好友李**在我平台的借款已逾期，应还金额3,280元，烦请转告其尽快还款。', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: '借款人逾期的，贷款人有权通过电话、上门等方式向借款人所在工作单位了解其在职情况，并请单位协助督促借款人还款。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '紧急联系人：请手动填写两位紧急联系人。如您的借款发生逾期，我们将通过电话、短信联系您的紧急联系人，请其代为提醒并督促您还款。', expect: ['third-party-contact'], maybe: ['emergency-contacts', 'debt-disclosure'] },
  { text: '紧急联系人（手动填写）：请填写两位紧急联系人的姓名和手机号。仅在我们无法通过您本人预留的联系方式联系到您时，用于询问您的最新联系方式，不会向其透露您的借款信息。', expect: ['emergency-contacts'] },
  { text: '緊急聯絡人（請手動輸入）：請填寫兩位與您關係密切的聯絡人姓名及手機號碼。僅在我們透過您本人的預留電話及其他方式均無法聯繫到您時，用於詢問您的有效聯絡方式。', expect: ['emergency-contacts'] },
  { text: '对于恶意逾期用户，我们有权将其身份信息及逾期记录提供给合作的网贷风控数据平台，并列入行业不良名单。', expect: ['debt-disclosure'] },
  { text: '本App集成的第三方SDK由第三方独立运营，其收集、使用您个人信息的行为由该第三方自行负责，因此给您造成的任何损失，本平台不承担任何责任。', expect: ['liability-waiver'] },
  { text: '因網路攻擊、系統故障或員工操作失誤導致您的個人資訊外洩的，本平台在法律允許的最大範圍內不承擔賠償責任。', expect: ['liability-waiver'] },
  { text: '借款逾期后，您同意我们将您的借款债权及身份信息、联系方式、借款记录等委托给具备资质的外部催收服务商进行贷后管理。', expect: ['collector-sharing'] },
  { text: '我们可能会将您的个人信息与我们的关联公司及合作伙伴共享，以便其向您推荐您可能感兴趣的金融产品或服务。', expect: ['broad-data-sharing'] },
  { text: '本授权书的效力不因借款合同的终止、解除或借款结清而终止，在您注销本平台账户之前持续有效。', expect: ['irrevocable-consent'] },
  { text: '借款1,000元，期限7天，到期一次性归还1,050元。', expect: ['rate-over-cap'] },
  { text: '贷款人有权根据资金成本变化调整借款利率及各项费用标准，调整后的标准自平台公告之日起适用于本合同项下尚未偿还的款项。', expect: ['unilateral-change'] },
  { text: '本政策如有更新，更新后的版本将在App内发布，自发布之日起生效，我们不会另行单独通知您。若您在更新后继续使用我们的服务，即表示您同意受更新后政策的约束。', expect: ['unilateral-change'], maybe: ['no-consent-no-service'] },
  // Round 21 (2026-12-06): written blind from 助贷 platforms' documents (data passed to 资金方,
  // 会员/权益包, 担保, IRR disclosure); 31 of 40 as written. Fixed: instalment loans are annualised by
  // their IRR (借6000元分12期，每期还620元 → 41.7%); an uplift's share is no rate and a stated total
  // ceiling of 24% stops it; 已包含…担保费 in a cost disclosure is no add-on; part of the loan paid as a
  // 权益包; 推送至多家机构; 沟通 the overdue amount with 配偶/直系亲属; 外部贷后服务商; 请单位协助督促
  // (telling the employer the debt is implied: maybe). Still missed, so not listed: the IRR of an
  // instalment loan whose instalment must be derived from a monthly rate and a fee deducted up front.
  { text: '您同意本平台将您的姓名、身份证件号码、手机号码、银行卡号及本次借款申请信息提供给为您审批本笔借款的资金方【华衡银行股份有限公司】，仅用于身份核验、授信审批及放款。本授权需您在本页面单独勾选后方生效，您可在“我的-隐私设置”中随时撤回，撤回不影响撤回前已依法进行的处理。', expect: [] },
  { text: '合作机构名单公示：目前为您提供借款的持牌机构包括瑞丰消费金融有限公司、东陵农村商业银行、启明网络小额贷款有限公司。每次申请时，页面会展示实际为您放款的一家机构名称，我们仅向该机构提供完成该笔借款所必需的信息。名单如有增减，我们将提前公示并重新征得您的同意。', expect: [] },
  { text: '“省心权益会员”是本平台单独提供的自愿购买服务，是否开通不影响您的借款申请、审批结果、额度及利率。借款页面默认不勾选；开通后7日内未使用任何权益的，可申请全额退款。', expect: [] },
  { text: '综合年化成本披露：本笔借款按内部收益率（IRR）口径计算的综合年化成本为17.8%，已包含利息、担保费及借款期间应支付的全部费用，除此之外不再收取任何费用。', expect: [] },
  { text: '日利率0.065%，借1万元用一天利息6.5元，按日计息、随借随还，无服务费、手续费。', expect: [] },
  { text: '如您发生逾期，资金方将先以短信或站内信通知您，通知后仍未还款的，将依照《征信业管理条例》把逾期信息报送至中国人民银行征信中心及百行征信。', expect: [] },
  { text: '还款日前3天及还款日当天，我们会通过短信和App推送向您本人预留的手机号发送还款提醒。我们不会就您的借款事宜联系您的亲友、同事或其他任何第三方。', expect: [] },
  { text: '如您对借款费用、会员扣费或催收人员的言行有异议，可拨打客服热线400-820-1357或在App“投诉建议”入口提交，我们将在15个工作日内答复；您也可以向资金方所在地的金融监管部门或拨打12378热线投诉。', expect: [] },
  { text: '您可随时在“设置-授权管理”中免费撤回本授权书项下的同意。撤回后我们将停止向资金方提供您的信息，并依法删除或匿名化处理；撤回不影响已发放借款合同的继续履行。', expect: [] },
  { text: '本笔借款可选择由安泰融资担保有限公司提供增信服务，是否使用担保由您自主选择；不选择的，您仍可申请无担保借款产品。选择担保的，担保费按月随每期还款收取，不从借款本金中扣除，并已计入页面展示的综合年化成本15.4%。', expect: [] },
  { text: '借款本金将全额发放至您本人名下的银行卡，任何利息、服务费、担保费均不会在放款时预先扣除，实际到账金额与借款合同载明的金额一致。', expect: [] },
  { text: '您同意本平臺將您的姓名、身分證號碼、手機號碼及銀行卡號提供予瑞豐消費金融有限公司，用於本次借款之授信審核。本項授權需您另行單獨勾選同意；未經您同意，我們不會將上述資訊提供予其他任何機構，亦不會用於行銷推廣。', expect: [] },
  { text: '若您對催收人員之言行有任何疑問，可撥打本公司客服專線或透過App「意見回饋」提出申訴，我們承諾於七個工作日內回覆，並保留完整之處理紀錄供您查詢。', expect: [] },
  { text: '如需调整会员服务内容或价格，我们将至少提前30日通过站内信及短信通知您；您不同意调整的，可随时退订并按未使用天数退款。任何调整均不影响已签署借款合同中的利率和费用。', expect: [] },
  { text: '在借款申请环节，本平台仅收集您的手机号码、姓名、身份证件类型、号码及有效期限和银行卡号，不会读取您的通讯录、通话记录、短信或位置信息。', expect: [] },
  { text: '本产品综合年化成本（单利）区间为10.8%至24%；逾期罚息按合同利率上浮30%计收，且逾期期间利息、罚息及其他费用合计不超过年化24%，不另收违约金或催收费。', expect: [] },
  { text: '借款咨询服务费按借款本金的8%一次性收取，由资金方在放款时代为扣收，您实际收到的款项为借款本金扣除该笔费用后的余额，但还款及计息仍以合同载明的借款本金为准。', expect: ['upfront-deduction'] },
  { text: '本产品须由鼎信融资担保有限公司提供连带责任担保，您须一次性预付担保费（借款金额×4.5%），该费用于放款时从到账金额中直接抵扣。', expect: ['upfront-deduction'] },
  { text: '您所借款项将以“现金+权益”组合方式交付：其中198元用于兑付“生活权益包”，其余金额打入您绑定的银行卡。', expect: ['upfront-deduction'] },
  { text: '申請人須先購買「審核加速卡」（每張199元），未購卡者之借款申請一律不予送審；卡費將於核貸撥款時自撥款金額中扣除。', expect: ['upfront-deduction'] },
  { text: '您同意我们将您的身份信息、借款记录及设备信息共享给我们的关联公司及生态伙伴，用于向您推荐其可能感兴趣的金融及非金融产品或服务。', expect: ['broad-data-sharing'] },
  { text: '为提高您的借款成功率，您的申请资料将同时推送至平台生态内的多家机构进行预审；未匹配成功的机构，亦可基于该资料主动与您联系，向您介绍其他产品。', expect: ['broad-data-sharing'] },
  { text: '本授权书项下的信息，我们可向不特定的商业伙伴提供，用于客户画像、营销活动及产品研发；本授权自签署之日起不可撤销，且在您的借款全部结清后继续有效。', expect: ['broad-data-sharing', 'irrevocable-consent'] },
  { text: '您同意本平臺得將您的資料轉交予本平臺不時合作之第三方，用於廣告投放與商品推介，合作對象名單恕不另行公布。', expect: ['broad-data-sharing'] },
  { text: '日息仅万分之八，借1000元一天只要8毛钱，无其他费用。', expect: ['rate-over-cap'] },
  { text: '借6000元分12期，每期仅需还620元（已含本息及服务费），轻松无压力。', expect: ['rate-over-cap'] },
  { text: '本產品月綜合費率為2.5%，按每期剩餘本金計收，已包含利息、服務費及擔保費。', expect: ['rate-over-cap'] },
  { text: '借款人逾期超过3日的，平台有权请您在申请时填写的紧急联系人及您的工作伙伴代为转告还款事宜，并提醒其督促您尽快还款。', expect: ['third-party-contact'], maybe: ['emergency-contacts', 'debt-disclosure'] },
  { text: '如您未按期还款，我们可向您的任职单位人事部门发送函件，核实您的在职及收入情况，并请单位协助督促您履行还款义务。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '逾期期间，我们的贷后专员可能与您的直系亲属沟通您当前的账单金额与逾期天数，以寻求家庭支持，共同帮助您解决还款问题。', expect: ['third-party-contact', 'debt-disclosure'] },
  { text: '借款人同意，如逾期未還，本公司得聯繫借款人之配偶、父母或其他親屬，由其代為轉達還款通知。', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: '对于逾期超过30日且经多次提醒仍未还款的用户，平台将在社区“诚信榜”栏目公示其昵称、部分隐去的身份证号及欠款金额。', expect: ['debt-disclosure'] },
  { text: '您的逾期状态将同步给行业风险信息共享联盟成员单位，可能影响您在其他平台的借款申请。', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: '逾期账户可能转交外部贷后服务商跟进处理，我们会将您的身份资料、联系方式及账单明细一并提供给该服务商。', expect: ['collector-sharing'] },
  { text: '因系统升级、网络攻击或数据传输过程中的任何原因导致您的个人信息泄露或被第三方获取的，本平台不承担赔偿责任。', expect: ['liability-waiver'] },
  { text: '平台保留随时调整会员权益价格及担保费率的权利，调整结果以App内公示为准，自公示之时起对您的存量借款生效，不再另行通知。', expect: ['unilateral-change'] },
  { text: '本页所列授权为一揽子授权，包括《个人信息共享授权书》《营销推广授权书》及《征信查询授权书》，您无法单独勾选或取消其中任何一项；如不同意全部内容，将无法进入借款流程。', expect: ['no-consent-no-service'], maybe: ['broad-data-sharing'] },
  { text: '为核实您社交关系的稳定性，资金方将通过SDK读取您手机中的联系人列表，并通过运营商服务密码授权获取您近六个月的通话详单。', expect: ['contacts-access', 'call-sms-access'] },
  { text: '为完成风控评估，您需授权我们获取您的公积金缴存记录、电商平台消费记录及手机已安装应用列表。', expect: ['non-necessary-data'], maybe: ['no-consent-no-service'] },
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
  // Round 2 (2026-12-06), see the Chinese list.
  { text: 'The App requires access to your phonebook in order to verify your references.', expect: ['contacts-access'], maybe: ['third-party-contact', 'emergency-contacts'] },
  { text: 'We do not read, store or upload your contacts.', expect: [] },
  { text: 'By installing the app you permit us to access your call logs and text messages.', expect: ['call-sms-access'] },
  { text: 'Should you fail to repay on the due date, our agents may reach out to the people in your contact list.', expect: ['third-party-contact'], maybe: ['contacts-access'] },
  { text: 'Defaulters may be named on our website and reported to their employers.', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  { text: 'The Company shall bear no responsibility for any harassment by third-party recovery agents.', expect: ['liability-waiver'], maybe: ['collector-sharing'] },
  { text: 'Your data may be shared with our affiliates and business partners for promotional offers.', expect: ['broad-data-sharing'] },
  { text: 'Interest is charged at 1% per day on the outstanding amount.', expect: ['rate-over-cap'] },
  { text: 'An insurance premium and a service fee will be deducted upfront from the approved amount.', expect: ['upfront-deduction'] },
  { text: 'We may revise our fees from time to time without notifying you.', expect: ['unilateral-change'] },
  { text: 'You can revoke this authorization at any time by writing to our grievance officer.', expect: [] },
  { text: 'Your location is collected continuously while the app is running in the background.', expect: ['non-necessary-data'] },
  // Round 3 (2026-12-06): 9 of 10 passed as written; listing references among the people a lender
  // may notify also reports the (information-only) emergency-contacts finding, now a judgement call.
  { text: 'The lender may upload your contacts list to its servers and retain it for the duration of the loan.', expect: ['contacts-access'] },
  { text: 'We will not ask for access to your contacts, photos or media files.', expect: [] },
  { text: 'In the event of non-payment, the Lender reserves the right to notify your references, employer and other persons in your phone contacts.', expect: ['third-party-contact'], maybe: ['debt-disclosure', 'contacts-access', 'emergency-contacts'] },
  { text: 'Borrowers who default may have their names and photos posted on our social media pages.', expect: ['debt-disclosure'] },
  { text: 'Recovery agents engaged by us will be given your personal details and loan information.', expect: ['collector-sharing'] },
  { text: 'The Company is not responsible for any loss or damage arising from the use of the App.', expect: ['liability-waiver'] },
  { text: 'This authorization cannot be withdrawn until the loan is fully repaid.', expect: ['irrevocable-consent'] },
  { text: 'A daily penalty of 2% applies to overdue amounts.', expect: ['rate-over-cap'] },
  { text: 'The interest rate is 18% per annum.', expect: [] },
  { text: 'We do not share your personal data with third parties except as required by law.', expect: [] },
  // Round 4 (2026-12-06): careful, lawful wording; all 5 passed as written.
  { text: 'You may choose to share a single contact from your phone as a reference; we never upload your full contact list.', expect: ['emergency-contacts'], maybe: ['contacts-access'] },
  { text: 'We will send you an SMS reminder three days before each due date.', expect: [] },
  { text: 'The annual percentage rate of this loan is 21%, inclusive of all fees.', expect: [] },
  { text: 'We will notify you at least 30 days before any change to these terms takes effect.', expect: [] },
  { text: 'Our collection staff will contact only you, between 8 a.m. and 7 p.m.', expect: [] },
  // Round 5 (2026-12-06): English as lenders in Kenya, Nigeria and the Philippines write it. 16 of 20
  // passed as written. Added: "declined"/"turned down" as refusal outcomes, next of kin as an audience
  // for the debt, "reach you or" as contacting, and a fee over an English loan term ("a 14-day tenure")
  // is annualised; "by accepting these terms, you grant…" is also bundled consent, a judgement call.
  { text: 'By accepting these terms, you grant us permission to access your device contacts, which we may use to reach you or your contacts in case of default.', expect: ['contacts-access', 'third-party-contact'], maybe: ['debt-disclosure', 'no-consent-no-service'] },
  { text: 'We collect information from your SMS messages, such as transaction alerts from your bank and mobile money provider.', expect: ['call-sms-access'] },
  { text: 'The app reads your M-Pesa statements and call records to determine your loan limit.', expect: ['call-sms-access'] },
  { text: 'We may obtain your device location, installed applications and browsing history.', expect: ['non-necessary-data'] },
  { text: 'If you refuse to grant the requested permissions, your application will be automatically declined.', expect: ['no-consent-no-service'] },
  { text: 'Your use of the app constitutes your acceptance of all terms and consents set out in this policy.', expect: ['no-consent-no-service'], maybe: ['unilateral-change'] },
  { text: 'Where a loan remains unpaid, we may send messages to your guarantors and next of kin informing them of the outstanding balance.', expect: ['third-party-contact', 'debt-disclosure'] },
  { text: 'Delinquent borrowers may be listed with credit reference bureaus in accordance with the law.', expect: [] },
  { text: 'We reserve the right to publish the details of defaulting customers in national newspapers.', expect: ['debt-disclosure'] },
  { text: 'Your account may be handed over to a debt collection agency, together with your contact details and loan history.', expect: ['collector-sharing'] },
  { text: 'Under no circumstances shall the Company be liable for any damages resulting from the use of your personal information by third parties.', expect: ['liability-waiver'] },
  { text: 'You agree that your consent under this clause is irrevocable for the life of the loan.', expect: ['irrevocable-consent'] },
  { text: 'An origination fee of 10% is withheld from the principal before the funds are sent to your wallet.', expect: ['upfront-deduction'] },
  { text: 'The service fee is 15% of the loan amount for a 14-day tenure.', expect: ['rate-over-cap'], maybe: ['upfront-deduction'] },
  { text: 'We may change the interest rate applicable to your loan at our sole discretion.', expect: ['unilateral-change'] },
  { text: 'We will ask you to provide the names and phone numbers of two references.', expect: ['emergency-contacts'] },
  { text: 'We will only contact your references if we are unable to reach you, and only to obtain your current contact details.', expect: ['emergency-contacts'] },
  { text: 'We do not sell, rent or trade your personal information.', expect: [] },
  { text: 'You may request deletion of your data by contacting our data protection officer.', expect: [] },
  { text: 'Late payment attracts a one-time fee of 5% of the overdue amount.', expect: [] },
  // Round 8 (2026-12-06): 7 of 8 passed as written; "repayment record" shared with "other lending
  // apps" is now debt disclosure.
  { text: 'We collect your Facebook friends list and social media activity to assess your creditworthiness.', expect: ['non-necessary-data'], maybe: ['contacts-access'] },
  { text: 'The app will scan your photo gallery and documents stored on your device.', expect: ['non-necessary-data'] },
  { text: 'We may obtain your call detail records from your mobile network operator.', expect: ['call-sms-access'] },
  { text: 'By clicking "Apply", you consent to all of the data processing described in this policy.', expect: ['no-consent-no-service'] },
  { text: 'We may disclose your personal information to any third party at our discretion.', expect: ['broad-data-sharing'] },
  { text: 'We may share your repayment record with other lending apps in our network.', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: 'We use your camera only when you choose to take a selfie for identity verification.', expect: [] },
  { text: 'Your data is processed only to provide the loan you requested and is never sold.', expect: [] },
  // Round 9 (2026-12-06): 3 of 6 passed as written. "The Annual Percentage Rate, inclusive of fees,
  // is 36.5%" now reads the rate as annual; in-house recovery agents who call no one "other than the
  // borrower" are not collector sharing. A negation after a comma list ("Access to your contacts,
  // media and call logs is not required") was read as access, the list's commas cutting the clause
  // into parts, until list commas stopped being part breaks; and a negation before a comma no longer
  // reaches past it into a part that names a new subject ("…, the app reads …").
  { text: 'We collect only the information needed to verify your identity: your name, phone number, PAN and bank account details.', expect: [] },
  { text: 'The Annual Percentage Rate, inclusive of processing fees, is 36.5%.', expect: ['rate-over-cap'] },
  { text: 'Penal interest is charged at 3% per month on the overdue principal.', expect: ['rate-over-cap'] },
  { text: 'Our recovery agents shall not call anyone other than the borrower.', expect: [] },
  { text: 'Access to your contacts, media and call logs is not required to use this app.', expect: [] },
  { text: 'We do not read your SMS, the app reads your contacts and call logs instead.', expect: ['contacts-access', 'call-sms-access'] },
  { text: 'The lender may disclose your default to your employer to facilitate salary deduction.', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  // Round 10 (2026-12-06): 2 of 5 passed as written. "contacts, messages and photos" on a device now
  // reads as messages and photos too; "listed as (character) references" is an emergency-contact
  // mention again ("references to" had masked it); "no amount is deducted" negates.
  { text: 'The borrower authorizes the lender and its agents to access all information on the borrower\'s mobile device, including contacts, messages and photos.', expect: ['contacts-access', 'call-sms-access', 'non-necessary-data'] },
  { text: 'In case of delay, we may post a notice on your Facebook wall about your unpaid loan.', expect: ['debt-disclosure'] },
  { text: 'We may contact persons you listed as character references to verify the information you provided in your application.', expect: ['emergency-contacts'], maybe: ['third-party-contact'] },
  { text: 'All fees are disclosed upfront and no amount is deducted from your loan at disbursement.', expect: [] },
  { text: 'This Privacy Policy may be updated periodically; material changes will be notified to you by email 15 days in advance.', expect: [] },
  // Round 12 (2026-12-06), its English half: 17 of 22 passed as written. People "saved on the
  // device" are the borrower's contacts; "Clicking X constitutes your acceptance"; "Neither the
  // company nor its partner shall bear any responsibility"; character references used to chase an
  // unpaid balance are not the lawful emergency-contact use. Installing the app as consent to
  // phonebook access is a judgement call for no-consent-no-service.
  { text: 'By downloading and installing the App you grant us access to your phonebook, which we may sync to our servers to verify your identity and assess your creditworthiness.', expect: ['contacts-access'], maybe: ['no-consent-no-service'] },
  { text: 'Should the Borrower default, the Lender reserves the right to reach out to any of the persons saved on the Borrower\'s device and to inform them of the Borrower\'s outstanding indebtedness.', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: 'You hereby authorise the Company to read your SMS inbox, including transactional messages from banks and wallets, for the purpose of underwriting your loan.', expect: ['call-sms-access'] },
  { text: 'In the event your account becomes past due, your name and photograph may be posted on our official social media pages as a delinquent borrower.', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  { text: 'Where you decline to grant the permissions requested by the App, including access to your contacts, call logs and location, we will be unable to process your loan application.', expect: ['no-consent-no-service', 'contacts-access', 'call-sms-access'], maybe: ['non-necessary-data'] },
  { text: 'The Lender shall not be liable for any embarrassment, reputational damage or loss occasioned to the Borrower as a result of recovery efforts undertaken in respect of the loan.', expect: ['liability-waiver'] },
  { text: 'The Company may assign the recovery of overdue amounts to third-party recovery agents and shall share your KYC details, contact information and outstanding balance with such agents.', expect: ['collector-sharing'], maybe: ['debt-disclosure'] },
  { text: 'A processing fee of 10% of the approved amount shall be deducted at source, and the net amount shall be disbursed to your M-Pesa wallet.', expect: ['upfront-deduction'] },
  { text: 'Interest shall accrue at the rate of 1% per day on the outstanding principal from the date of disbursement until full repayment.', expect: ['rate-over-cap'] },
  { text: 'The consent given herein is irrevocable and shall subsist for as long as any obligation remains outstanding, and thereafter for such period as the Company may require.', expect: ['irrevocable-consent'] },
  { text: 'Your installed applications list, GPS coordinates and gallery images may be collected to detect fraud and personalise offers.', expect: ['non-necessary-data'] },
  { text: 'We may, at our sole discretion, vary the interest rate, fees and repayment period applicable to your loan, and such variation shall bind you from the moment it is reflected in the App.', expect: ['unilateral-change'] },
  { text: 'Clicking "Apply Now" constitutes your acceptance of these Terms, the Privacy Policy and every data permission described therein.', expect: ['no-consent-no-service'] },
  { text: 'Neither the Company nor its NBFC partner shall bear any responsibility for any leakage, loss or misuse of your data arising from a breach of our systems or the conduct of our service providers.', expect: ['liability-waiver'] },
  { text: 'The Borrower authorises the Lender and its collection agents to call, text or visit the Borrower\'s character references, co-workers and employer to follow up on any unpaid balance.', expect: ['third-party-contact'], maybe: ['collector-sharing', 'debt-disclosure'] },
  { text: 'We will report the status of your loan, including any default, to credit reference bureaus licensed by the Central Bank of Kenya, after giving you at least 30 days\' notice.', expect: [] },
  { text: 'The App does not request, read or upload your contact list, call history or text messages at any time.', expect: [] },
  { text: 'You will be asked to manually enter the names and numbers of two references, whom we will contact only if we are unable to reach you after reasonable attempts, and solely to obtain your current contact details.', expect: ['emergency-contacts'] },
  { text: 'Access to your camera is optional and is used only when you choose to photograph your ID; refusing it will not affect your application, as you may instead complete verification at any partner outlet.', expect: [] },
  { text: 'The Lender shall not be liable for delays in disbursement caused by an outage of the mobile money network operator.', expect: [], maybe: ['liability-waiver'] },
  { text: 'Any amendment to these Terms will be communicated to you by SMS and email at least 14 days before it takes effect, and you may reject the amendment by repaying and closing your loan without penalty.', expect: [] },
  { text: 'We collect only your name, PAN, registered mobile number and bank account details, which are necessary to verify your identity and disburse funds.', expect: [] },
  // Round 13, English half. Fixed in general: "1. Access …" on its own line is a list item, not
  // a sentence ending after "1."; "If you do not grant access to your contacts, …" does not deny the
  // access; consent that lasts "for as long as any amount is owed"; "constitutes consent"; the
  // Philippine Credit Information Corporation. Judgement calls kept as maybe: consent by accepting
  // the loan or by registering, and sharing the outstanding amount with the employer (disclosure;
  // contact is implied).
  { text: 'By accepting this loan you authorise the Lender to do the following if your repayment is overdue:\n1. Send reminder SMS to the referees and phonebook contacts you have provided;\n2. Inform your employer of the outstanding balance;\n3. List your name on our defaulters page on social media.', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access', 'no-consent-no-service'] },
  { text: 'To process your application we collect only the following information:\n1. Your full name and date of birth;\n2. Your BVN and a valid government-issued ID;\n3. Your phone number and the bank account used for disbursement.', expect: [] },
  { text: 'The App will request the following permissions, all of which are mandatory to use our services:\n1. Contacts - to verify your identity and for risk assessment;\n2. SMS - to read transactional messages from banks;\n3. Location - to confirm your address;\n4. Camera - for your KYC selfie.', expect: ['contacts-access', 'call-sms-access', 'non-necessary-data', 'no-consent-no-service'] },
  { text: 'We will never do any of the following:\n1. Access your phone\'s contact list or photo gallery;\n2. Contact your family, friends or co-workers about your loan;\n3. Post your name or photo online as a delinquent borrower.\nWe may, however, report your payment history to the Credit Information Corporation (CIC) after giving you written notice.', expect: [] },
  { text: 'The Company may amend the interest rate, fees and these Terms at any time in the following ways:\n1. By updating the Terms within the App, effective immediately;\n2. By posting a notice on our website.\nContinued use of the App constitutes acceptance of the amended Terms.', expect: ['unilateral-change'] },
  { text: 'In the event of default, you agree that we may:\n1. Submit your default information to a licensed Credit Reference Bureau after giving you 30 days\' notice as required by law;\n2. Assign or transfer your account, together with your personal data, to a third-party debt collection agency;\n3. Charge a late payment fee of 1% per day on the outstanding amount.', expect: ['collector-sharing'], maybe: ['rate-over-cap'] },
  { text: 'While we use your information primarily to verify your identity, assess your eligibility, disburse funds to your registered bank account, send repayment reminders and comply with RBI guidelines, you acknowledge that where your account remains unpaid beyond the due date we may share details of the outstanding amount with your employer and the references listed in your application.', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  { text: 'Although you may decline optional permissions such as location and camera roll at any time in your device settings, please note that if you refuse to grant access to your contacts, the App will be unable to complete your credit assessment and your loan application will not be processed.', expect: ['contacts-access', 'no-consent-no-service'], maybe: ['non-necessary-data'] },
  { text: 'In line with SEC Memorandum Circular No. 18, we will not access your phone contacts or photo gallery, and although we may call the character references you personally typed into the application form, we will do so only to obtain your current contact details if we have been unable to reach you for several days, and never to discuss your loan.', expect: ['emergency-contacts'] },
  { text: 'Your acceptance of the Terms, which you confirm by tapping \'Apply\', constitutes consent to all data processing described in this Policy, including access to your call logs and SMS inbox, and this consent shall remain in force for as long as any amount is owed to us and for twenty-four months after full repayment.', expect: ['no-consent-no-service', 'call-sms-access', 'irrevocable-consent'] },
  { text: 'Provided that the Borrower has complied with all obligations hereunder, the Lender shall disburse the approved amount to the Borrower\'s account within one business day, after first withholding the administration fee, the insurance premium and the first instalment of interest, and the Borrower shall nonetheless repay the full approved amount.', expect: ['upfront-deduction'] },
  { text: 'Interest is charged at 0.3% per day on the principal amount from the date of disbursement.', expect: ['rate-over-cap'] },
  { text: 'The loan attracts a facilitation fee of 15% per week, payable together with the principal on the due date.', expect: ['rate-over-cap'] },
  { text: 'A processing fee of 20% of the approved amount will be deducted before the loan is credited to your account.', expect: ['upfront-deduction'] },
  { text: 'You will receive the full approved loan amount in your e-wallet; no fees or interest are deducted upfront.', expect: [] },
  { text: 'If your loan becomes overdue, we may report your repayment history to credit information companies such as CIBIL and Experian, after sending you a reminder, in accordance with RBI regulations.', expect: [] },
  { text: 'The Company shall not be liable for any loss, embarrassment or damage arising from communications made by our recovery agents to you or to any person whose number is stored on your device.', expect: ['liability-waiver'], maybe: ['third-party-contact', 'contacts-access', 'collector-sharing'] },
  { text: 'By registering you grant us permission to read and store your phonebook, which we may use to contact your friends and family should you fail to repay.', expect: ['contacts-access', 'third-party-contact'], maybe: ['no-consent-no-service'] },
  { text: 'This application does not request access to your contact list, call log, SMS or gallery; only camera access is used for e-KYC, in accordance with OJK rules.', expect: [] },
  { text: 'The Annual Percentage Rate (APR) for this loan is 23.5%, inclusive of interest and all processing charges.', expect: [] },
  { text: 'Interest is charged at a flat 1.5% per month, i.e. 18% per annum, with no other charges.', expect: [] },
  { text: 'You agree that this authorization is irrevocable and cannot be withdrawn for as long as the App remains installed on your device or any loan remains outstanding.', expect: ['irrevocable-consent'] },
  { text: 'We do not sell or rent your personal data; we share it only with named service providers, such as our payment gateway, that process it on our behalf under contract.', expect: [] },
  { text: 'We will notify you at least 30 days before any change to our fees or Terms takes effect, and if you do not agree you may repay your loan and close your account without penalty.', expect: [] },
  { text: 'If you do not grant the App access to your contacts, call logs and GPS location, you will not be able to apply for a loan.', expect: ['no-consent-no-service', 'contacts-access', 'call-sms-access', 'non-necessary-data'] },
  // Round 14, English half: withdrawal that "does not require you to close your account", the
  // right to leave before a change takes effect, and a negated list of permission names
  // (READ_CONTACTS, READ_CALL_LOG or READ_SMS) were false alarms; consent "irrevocable for as long as
  // any amount remains outstanding" was missed.
  { text: 'We do not access your contacts, photos, media files, call logs or SMS messages. The app does not request the READ_CONTACTS, READ_CALL_LOG or READ_SMS permissions, and no part of our credit assessment depends on information stored on your device.', expect: [] },
  { text: 'Under the Data Protection Act, 2019 you have the right to be informed of the use to which your personal data is to be put; to access your personal data in our custody; to object to the processing of all or part of it; to correct false or misleading data; and to have false or misleading data deleted. You may withdraw your consent at any time under Settings > Privacy, and withdrawing consent does not require you to close your account. You may also lodge a complaint with the Office of the Data Protection Commissioner.', expect: [] },
  { text: 'In accordance with the Credit Reference Bureau Regulations, 2020, we share information about your loan, both positive and negative, with licensed credit reference bureaus. Before we submit any negative information about you, we will send you a written notice at least 30 days in advance, giving you the opportunity to repay or to dispute the listing.', expect: [] },
  { text: 'We share personal data only with the service providers that help us operate the service, namely our payment processor, our identity-verification provider and our cloud hosting provider, under written data processing agreements that restrict their use of the data to the services they perform for us. We do not sell personal data, and we do not share it with advertisers, data brokers or other lenders.', expect: [] },
  { text: 'You may withdraw your consent at any time, as easily as you gave it, from the Privacy section of the app; withdrawing consent does not require you to close your account. Once your loan has been fully repaid, we erase your personal data when it is no longer needed for the purpose for which it was collected, except records we must keep under RBI and anti-money-laundering rules, which are retained only for the legally required period and used for no other purpose.', expect: [] },
  { text: 'As a regulated entity we are required to furnish credit information to the Credit Information Companies (TransUnion CIBIL, Experian, Equifax and CRIF High Mark). We will notify you by SMS or email before reporting any default, and you may raise a dispute about incorrect information with us or directly with the credit information company.', expect: [] },
  { text: 'The Key Fact Statement shows an Annual Percentage Rate (APR) of 21% per annum, inclusive of all fees and charges. The entire sanctioned amount will be disbursed directly into your bank account; no fees or interest are deducted from the principal at disbursement, and you are not required to buy insurance or any other product to obtain the loan.', expect: [] },
  { text: 'Our collection practices comply with SEC Memorandum Circular No. 18, Series of 2019. We will not contact any person in your phone contacts, we will not threaten you or use obscene or insulting language, and we will never disclose your name or your debt to anyone other than you and the Credit Information Corporation.', expect: [] },
  { text: 'You may choose to provide an alternate contact person. We will contact that person only if we have been unable to reach you on all of the numbers and addresses you gave us, and only to ask them to pass on a message asking you to call us. We will not tell them that you have a loan, how much you owe, or that a payment is late.', expect: ['emergency-contacts'] },
  { text: 'We may update these Terms from time to time. We will notify you by email and in-app notice at least 30 days before any change takes effect. If you do not agree, you may terminate your account before the effective date without paying any fee. Changes to interest rates or fees will never apply to a loan that has already been disbursed.', expect: [] },
  { text: 'Neither party shall be liable for any delay or failure to perform its obligations caused by events beyond its reasonable control, such as natural disasters, war, riots, epidemics, or nationwide power or telecommunications outages. This clause does not excuse us from liability for any breach of our data-protection obligations, for the conduct of our staff or agents, or for faults in our own systems.', expect: [] },
  { text: 'You are responsible for the accuracy of the information you provide in your application. If you knowingly give false or misleading information, we may decline your application or demand early repayment, and you will bear any loss this causes. You must keep your PIN and one-time passwords confidential and must not disclose them to anyone, including people claiming to be our staff.', expect: [] },
  { text: 'Granting optional permissions is entirely your choice. If you decline push notifications or marketing messages, you can still apply for, receive and repay a loan using all of the app\'s core features. We ask for each optional permission separately at the moment it is needed, and never make it a condition of using the service.', expect: [] },
  { text: 'In accordance with OJK regulations and the AFPI code of conduct, our collectors are certified, contact you only between 08:00 and 20:00 local time, and will not contact any party other than you. If you cannot be reached at all, we may contact the emergency contact you entered in your application, solely to ask that person to let you know you should get in touch with us, without revealing any details of your loan.', expect: ['emergency-contacts'] },
  { text: 'We may disclose personal data where required to do so by law, by a court order, or by a lawful request from a regulator such as the Central Bank, and we may publish aggregated statistics that have been anonymised so that no individual can be identified. Otherwise, we do not disclose your personal data to any third party without your separate consent.', expect: [] },
  { text: 'We respect your privacy and we never sell your data. To verify your identity and assess your creditworthiness, the app will, with your permission, access your contact list and upload it to our secure servers, where it is encrypted in transit and at rest.', expect: ['contacts-access'] },
  { text: 'How we use your information\nWe may use your personal information for the following purposes:\n1. to verify your identity and process your loan application;\n2. to report your repayment history to licensed Credit Reference Bureaus;\n3. in the event of default, to contact your employer, family members or any person in your phone contacts to inform them of the outstanding amount and request their assistance in recovering it.', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: 'By clicking "I Agree" you consent to all of the processing activities described in this Privacy Policy, including the collection of your SMS messages and call history for credit-scoring purposes. If you do not agree, please do not use the App.', expect: ['no-consent-no-service', 'call-sms-access'] },
  { text: 'Our Recovery Partners. Where a loan remains overdue, we may assign the account to third-party recovery agencies engaged by us and share with them your name, contact details, address, loan details and any other information necessary for recovery. The names of such agencies will be displayed in the app.', expect: ['collector-sharing'] },
  { text: 'We take reasonable technical and organisational measures to protect your data. However, the Company shall not be liable for any loss or damage arising from unauthorised access to your data, errors in our systems, or the acts of our collection partners, and you hereby waive any claim against the Company in this regard.', expect: ['liability-waiver'], maybe: ['collector-sharing'] },
  { text: 'Interest is charged at 0.5% per day on the outstanding principal, computed from the date of release until full payment. A one-time service fee equivalent to 10% of the loan amount shall be deducted from the proceeds upon release.', expect: ['rate-over-cap', 'upfront-deduction'] },
  { text: 'You may exercise your rights to access and correct your personal data by contacting our Data Protection Officer. Your consent to the processing of your personal data for credit assessment and collection is irrevocable for as long as any amount remains outstanding under your loan, and shall survive the termination of this Agreement.', expect: ['irrevocable-consent'] },
  { text: 'We value transparency and will always show you the applicable fees before you accept a loan. We reserve the right to amend the interest rate, fees and charges applicable to your loan at any time at our sole discretion, and such amendments shall take effect immediately upon being posted on our website.', expect: ['unilateral-change'] },
  { text: 'To improve our services, we collect your precise device location, the list of applications installed on your device and metadata from your photo gallery, and we may share your personal data with our affiliates, business partners and other third parties for marketing, analytics and other purposes.', expect: ['non-necessary-data', 'broad-data-sharing'] },
  { text: 'Your loan is disbursed in full to your M-Pesa account. Each loan automatically includes a mandatory Credit Life Protection cover and a Premium Membership; the premium and the membership fee are added to your loan balance and collected together with your first repayment.', expect: ['upfront-deduction'] },
  // Round 15, English half: the cost of a representative example (loan amount, term and total
  // repayable), a flat fee on "each 30-day loan", and a penalty "for every week" it stays unpaid
  // are now annualised.
  { text: 'Interest is charged at 0.5% per day on the outstanding principal from the date of disbursement until full repayment.', expect: ['rate-over-cap'] },
  { text: 'The loan attracts interest at a flat rate of 15% per month calculated on the original principal, payable together with the principal on the due date.', expect: ['rate-over-cap'] },
  { text: 'Representative example: loan amount KES 5,000, term 14 days, interest KES 750 and service fee KES 250, total amount repayable KES 6,000.', expect: ['rate-over-cap'] },
  { text: 'A facility fee of a flat 25% of the loan amount applies to each 30-day loan. No other interest is charged.', expect: ['rate-over-cap'] },
  { text: 'If any instalment is not paid on the due date, a late payment penalty of 2% of the overdue amount will be charged for every week or part of a week that it remains unpaid.', expect: ['rate-over-cap'] },
  { text: 'The Annual Percentage Rate (APR) for this loan is 180%, inclusive of interest and processing fee. The Lender may revise the APR at any time without notice to the Borrower.', expect: ['rate-over-cap', 'unilateral-change'] },
  { text: 'Interest is charged at 18% per annum on a reducing-balance basis. There are no processing, insurance or other fees.', expect: [] },
  { text: 'Interest accrues at 0.4% per week on the outstanding balance.', expect: [] },
  { text: 'Default interest on any overdue instalment shall be charged at 2% per annum above the contractual rate of 14% per annum.', expect: [] },
  { text: 'The total cost of credit, including interest, fees and all other charges, shall not exceed 24% per annum. Any amount charged above this ceiling is void and will be refunded to the Borrower.', expect: [] },
  { text: 'Key Fact Statement - Annual Percentage Rate (APR): 21.5%, inclusive of processing fee and all other charges.', expect: [] },
  { text: 'A processing fee of 10% of the loan amount and the first month\'s interest will be deducted at disbursement. The amount credited to your M-Pesa account is the net amount, while repayment is calculated on the full loan amount.', expect: ['upfront-deduction'] },
  { text: 'Every loan is issued together with our mandatory Credit Life Cover. The premium of 3% of the principal is deducted from the amount disbursed.', expect: ['upfront-deduction'] },
  { text: 'Loan amount: NGN 10,000. Amount disbursed to you: NGN 8,500 (NGN 1,500 service charge and interest retained at disbursement). Amount due in 7 days: NGN 10,000.', expect: ['upfront-deduction'], maybe: ['rate-over-cap'] },
  { text: 'The full approved principal will be disbursed to your bank account. No fees or interest are deducted in advance; interest is payable only with each monthly instalment.', expect: [] },
  { text: 'Optional loan protection insurance is available at an additional premium payable separately. You may decline it, and declining will not affect your loan application, limit or disbursement.', expect: [] },
  { text: 'The Lender may, at its sole discretion, vary the interest rate, fees and charges applicable to the Loan at any time without prior notice to the Borrower.', expect: ['unilateral-change'] },
  { text: 'We may amend these Terms from time to time. Amended Terms take effect immediately upon being posted in the App, and your continued use of the App constitutes your acceptance of them.', expect: ['unilateral-change'] },
  { text: 'The Company reserves the right to revise the late payment penalty and rollover fee applicable to existing loans without the Borrower\'s consent.', expect: ['unilateral-change'] },
  { text: 'We will give you at least 30 days\' written notice before any change to the interest rate or fees. If you do not accept the change, you may repay the loan without any prepayment charge and close your account before the change takes effect.', expect: [] },
  { text: 'Any amendment to this Agreement shall be valid only if made in writing and signed by both parties.', expect: [] },
  { text: 'In the event of default, we may assign or refer your account to a third-party debt collection agency and share with it your personal information, including your name, phone number, BVN and loan details.', expect: ['collector-sharing'] },
  { text: 'Overdue accounts may be outsourced to our recovery partners, who will receive all information necessary to recover the debt.', expect: ['collector-sharing'] },
  { text: 'Collection of overdue amounts is carried out only by our own employees. We do not sell, assign or share your account with external debt collectors.', expect: [] },
  { text: 'If your loan remains unpaid for 60 days, we will, after giving you 14 days\' notice, report the default to licensed credit reference bureaus as required by law.', expect: [] },
  // Round 16, English documents: 7 of 8 as written; "our recovery team may call or text the
  // people saved in your contacts" was missed (call the / text the).
  { text: 'PesaHaraka Privacy Policy\n1. Information we collect\nWhen you register, we collect your full name, national ID number, date of birth and M-Pesa registered mobile number.\n(a) Contacts: We access and upload your phonebook contacts to our servers to verify your identity and assess your creditworthiness.\n(b) SMS: We read the transactional SMS messages on your device, including M-Pesa and bank messages, to build your credit score.\n2. How we use your information\nWe use your information to process loan applications, disburse funds to your M-Pesa wallet and send repayment reminders to you.\nIf your loan is overdue, our recovery team may call or text the people saved in your contacts and ask them to help get the loan repaid.\n3. Credit reporting\nAfter giving you prior notice, we share repayment information with licensed Credit Reference Bureaus as required by the Central Bank of Kenya.\n4. Data security\nYour data is encrypted in transit and at rest.', expect: ['contacts-access', 'call-sms-access', 'third-party-contact'], maybe: ['debt-disclosure'] },
  { text: 'LOAN TERMS AND CONDITIONS - QuickNaira Credit Ltd\n1. Loan amount and tenor: as displayed in the app before you accept the offer.\n2. Repayment: You agree to repay by debit card, bank transfer or USSD on or before the due date.\n3. Default: A loan that is not repaid within 7 days after the due date is in default.\n4. In the event of default, the Lender may publish your name and outstanding balance on its website and social media pages as a defaulter.\n5. The Lender may also report defaulting customers to licensed credit bureaus, such as CRC Credit Bureau, after notifying them.\n6. The Lender shall not be liable for any loss, embarrassment or damage you suffer as a result of its recovery activities or any breach of its systems.\n7. Your authorization for the Lender to debit your account and process your personal data is irrevocable and shall survive the full repayment of the loan.\n8. These terms are governed by the laws of the Federal Republic of Nigeria.', expect: ['debt-disclosure', 'liability-waiver', 'irrevocable-consent'] },
  { text: 'Key Fact Statement - RupeeSetu Personal Loan\n(Digital Lending App of Sahyog Finance Ltd, an RBI-registered NBFC)\ni. Sanctioned loan amount: Rs 20,000.\nii. Rate of interest: 12% per annum on reducing balance.\niii. Tenure: 12 monthly instalments of Rs 1,777 each.\niv. A processing fee of Rs 300 and a mandatory credit-shield insurance premium of Rs 200 will be deducted from the loan amount, so Rs 19,500 will be credited to your bank account.\nv. Annual Percentage Rate (APR): 16.84%.\nvi. Cooling-off period: you may exit the loan within 3 days by repaying the principal and the proportionate APR, without any penalty.\nvii. The app does not access your contacts, call logs, media files or location.\nviii. The interest rate and charges in this statement will not be changed without your written consent.\nix. Grievance Redressal Officer: Ms. Priya Nair, grievance@rupeesetu.example, 1800-123-4567.', expect: ['upfront-deduction'] },
  { text: 'PRIVACY NOTICE - PisoAgad Lending Corp.\nSEC Registration No. CS2020-12345; Certificate of Authority No. 3456\nThis notice explains how we process your personal data in accordance with the Data Privacy Act of 2012.\n1. Data we collect:\n- your name, mobile number, date of birth and one valid government ID;\n- your bank or e-wallet account details for disbursement and repayment;\n- your device\'s precise GPS location and the photos and files stored in your gallery.\n2. By downloading or using the app, you consent to all the processing described in this notice, and you cannot use the app unless you accept all of it.\n3. We may share your personal data with our affiliates, business partners and other third parties for marketing and other purposes.\n4. As required by Republic Act No. 9510, and as disclosed to you at application, we submit your basic credit data to the Credit Information Corporation.\n5. You may contact our Data Protection Officer at dpo@pisoagad.example to access or correct your data.', expect: ['non-necessary-data', 'no-consent-no-service', 'broad-data-sharing'] },
  { text: 'Loan Agreement Summary - DanaKilat\n(Registered and supervised by Otoritas Jasa Keuangan)\n1. Loan amount: Rp 2,000,000, tenor 30 days.\n2. Interest: 0.4% per day on the outstanding principal, or Rp 240,000 for the full tenor.\n3. Repayment can be made through virtual account, bank transfer or convenience stores.\n4. If you pay late, we will send reminders to your registered phone number and email address.\n5. Accounts more than 30 days overdue may be handed over to a third-party collection agency, and we will give that agency your name, KTP data, address and loan details.\n6. We do not access your contact list, photo gallery or location.\n7. You may submit complaints to our customer service or to OJK via the 157 contact centre.', expect: ['rate-over-cap', 'collector-sharing'] },
  { text: 'Mkopo Bora - Data Protection Statement\nMkopo Bora is licensed by the Central Bank of Kenya as a Digital Credit Provider and registered with the Office of the Data Protection Commissioner.\n1. What we collect\n- Your full name, national ID number and M-Pesa mobile number.\n- Two emergency contacts that you type in yourself (name and phone number).\n2. What we do not collect\n- We do not read your phonebook, call logs, SMS messages, photos or location.\n3. Emergency contacts\nWe will call an emergency contact only if we have been unable to reach you for 14 days, and only to ask how we can get in touch with you.\nWe will never tell them about your loan or ask them to pay it.\n4. Credit reporting\nIf your loan remains unpaid 30 days after the due date, we will notify you and then list it with a licensed Credit Reference Bureau.\n5. Pricing\nInterest is 1.5% per month (18% per year), with no other fees.\n6. Your rights\nYou can withdraw any optional consent in the app at any time and keep using your loan account.', expect: ['emergency-contacts'] },
  { text: 'Privacy Policy - ArthMitra Digital Lending\nLending partner: Vikas Finance Ltd, an RBI-registered NBFC.\n1. Scope: This policy applies to the ArthMitra app and website.\n2. Data we collect: your name, mobile number, PAN, Aadhaar-based eKYC details (with your consent) and bank account details for disbursement and repayment.\n3. Device permissions: We do not request access to your contacts, call logs, SMS, media files or location.\n4. If the app ever asks for an optional permission, you may refuse it and still apply for a loan.\n5. Sharing: We share your data only with our lending partner Vikas Finance Ltd and with credit information companies licensed by the RBI, for credit assessment and reporting.\n6. Retention: We delete your data within 90 days after your loan is closed, except where the law requires us to keep it longer.\n7. Consent: You may withdraw your consent at any time from the Settings screen; withdrawal does not require closing your account.\n8. Grievance Officer: Mr. Rahul Mehta, grievance@arthmitra.example.', expect: [] },
  { text: 'Debt Recovery Policy - NairaLift Microfinance Bank\nThis policy follows the FCCPC Digital Lending Regulations and the Nigeria Data Protection Act 2023.\n(a) Reminders: We send repayment reminders by SMS, email and push notification to the borrower only, three days before the due date and on the due date.\n(b) Calls: Our in-house staff may call you between 8 a.m. and 6 p.m., not more than twice a day.\n(c) We will not contact your family, friends, employer or anyone in your phonebook about your loan.\n(d) We will not publish your name, photo or debt details anywhere.\n(e) Overdue loans may be reported to licensed credit bureaus after we have notified you in writing.\n(f) Interest is charged at 1.5% per month on the outstanding balance (18% per annum), and no fees are deducted from the amount you receive.\n(g) If you have a complaint, contact care@nairalift.example or the FCCPC.', expect: [] },
  // Round 17 (2026-12-06): written blind in Nigerian, Kenyan, Philippine, Indonesian and Indian
  // lenders' register; 34 of 50 as written, the weakest first pass. Fixed in general: "kin" matched
  // inside "kindly"; "under no circumstances will" alone is no waiver; a negation reaches over an
  // aside (", or anyone acting on its behalf,"); "not be held responsible" denies liability, not the
  // data collection it is about; passive refusals ("is refused", "unless such access"); "declined
  // separately" is no separate consent; call-detail records; references listed; persons known to
  // the customer; withdrawal only by deleting the account; "BVN-linked" and the company's own
  // social media pages are no data collection; restore-contact purposes for next of kin.
  { text: 'This loan app does not request access to your contacts, photos, media files, call logs or SMS, in line with the Google Play Personal Loan policy, and none of this data is read, stored or uploaded by us.', expect: [] },
  { text: 'Our collection staff shall identify themselves by name and company at the start of every call, shall contact only the Borrower, and shall not call the Borrower before 8:00 a.m. or after 7:00 p.m.', expect: [] },
  { text: 'Under no circumstances will the Lender, or anyone acting on its behalf, contact the Borrower\'s relatives, friends, colleagues, employer or phone contacts in connection with the loan.', expect: [] },
  { text: 'Disclosure of the Obligor\'s default status to any person other than the Obligor himself and a licensed credit reference bureau is expressly prohibited, whether by the Lender, its employees or its service providers.', expect: [] },
  { text: 'Kindly note that if your loan remains unpaid 30 days after the due date, we will, after sending you written notice at least 14 days in advance, submit negative information about the loan to licensed Credit Reference Bureaus as required by the CRB Regulations.', expect: [] },
  { text: 'The Borrower is informed that the Lender, being an NBFC, is required to furnish credit information, including repayment defaults, to Credit Information Companies such as CIBIL, Experian, Equifax and CRIF High Mark, and the Borrower will be notified by SMS before any default is reported.', expect: [] },
  { text: 'As required by Republic Act No. 9510, we submit your basic credit data, including your payment history, to the Credit Information Corporation; you were informed of this when you applied and you may dispute any inaccurate entry.', expect: [] },
  { text: 'Notification permission is optional; if you refuse it, your application and loan limit are not affected, and repayment reminders will still be sent by SMS to your own registered number.', expect: [] },
  { text: 'The one-time processing fee of NGN 1,500 is displayed before you accept the offer and is payable separately by card or transfer; the full approved principal is disbursed to your bank account without any deduction.', expect: [] },
  { text: 'Interest is charged at 1.5% per month on the reducing balance, equivalent to 18% per annum; the Annual Percentage Rate including all fees is 21.7% and is shown in the Key Fact Statement before you sign.', expect: [] },
  { text: 'You may withdraw any consent you have given at any time from Settings > Privacy in the app, free of charge and without closing your account; withdrawal does not affect processing carried out before it.', expect: [] },
  { text: 'Any change to interest rates, fees or these Terms will be notified to you by SMS and email at least 30 days before it takes effect; if you do not agree, you may repay the outstanding balance without any prepayment charge and close your account, and the old terms will apply until then.', expect: [] },
  { text: 'The Borrower shall not disclose the OTP, PIN or password to any person, including persons claiming to be staff of the Lender, and is responsible for keeping the registered SIM card secure.', expect: [] },
  { text: 'The Borrower warrants that all information furnished in the application, including BVN, residential address and monthly income, is true and complete, and the Borrower shall be liable for any loss arising from false or misleading information.', expect: [] },
  { text: 'Neither party shall be liable for any failure or delay in performing its obligations where such failure is caused by flood, earthquake, war, civil unrest or an order of a government authority, provided that the affected party promptly notifies the other and resumes performance as soon as practicable.', expect: [] },
  { text: 'If you do not provide the information strictly necessary to assess and disburse the loan, namely your full name, mobile number, national ID number and bank account or M-Pesa number, we will be unable to process your application; all other permissions are optional.', expect: [] },
  { text: 'Any field visit shall be made only by an employee of the Lender carrying a photo identity card and letter of authorisation, only at the Borrower\'s residence or another place the Borrower designates, between 8 a.m. and 7 p.m., and the loan shall not be discussed with anyone other than the Borrower.', expect: [] },
  { text: 'In accordance with OJK regulations, collection is carried out only by our own certified staff, who may contact only the borrower, may not use threats, insults or intimidation, and may not disclose the borrower\'s data to any other party.', expect: [] },
  { text: 'We do not sell, rent or trade your personal data. We share it only with the service providers named in Annex 2, namely our payment gateway, our e-KYC provider and our cloud host, solely to disburse and service your loan, under contracts that forbid any other use.', expect: [] },
  { text: 'Once the loan is fully repaid and you close your account, all authorisations given under this Policy come to an end, and your data is deleted or anonymised after the retention period required by anti-money-laundering law.', expect: [] },
  { text: 'Where a Guarantor has signed the deed of guarantee, the Lender may, after giving the Borrower notice of default, demand the outstanding amount from the Guarantor in accordance with that guarantee.', expect: [], maybe: ['third-party-contact', 'debt-disclosure'] },
  { text: 'Consent to receive promotional offers is requested separately through an unticked box; you may leave it unticked and still obtain a loan, and you may opt out later by replying STOP.', expect: [] },
  { text: 'Access to the phonebook stored on the Customer\'s handset forms part of the credit appraisal, and no application shall be processed unless such access has first been granted.', expect: ['contacts-access', 'no-consent-no-service'] },
  { text: 'Should any instalment remain unpaid beyond its due date, the Obligor agrees that the Lender shall be at liberty to inform persons saved on the Obligor\'s device of the outstanding sum, and that such communication shall not be construed as a breach of confidentiality.', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: 'Names, photographs and BVN-linked details of defaulters may be published on the Company\'s social media pages and circulated to the public as a caution, without further recourse to the Borrower.', expect: ['debt-disclosure'] },
  { text: 'To assess your creditworthiness, the loan app will read the messages in your SMS inbox, including M-Pesa and bank transaction alerts, and your call history, and transmit them to our servers; an application cannot be completed unless this permission is enabled.', expect: ['call-sms-access', 'no-consent-no-service'] },
  { text: 'The Customer hereby authorises the Company to obtain from the Customer\'s mobile network operator the call-detail records associated with the registered SIM for the preceding twelve months.', expect: ['call-sms-access'] },
  { text: 'Upon default, the account, together with the Borrower\'s KYC documents, contact details and repayment history, shall stand assigned to such recovery agency or DSA as the Lender may appoint, and the Lender shall bear no responsibility for any act or omission of such agency.', expect: ['collector-sharing', 'liability-waiver'] },
  { text: 'Any loss, embarrassment or inconvenience suffered by the Borrower as a consequence of reminder calls, messages or field visits made in connection with the recovery of dues is excluded from the Company\'s liability.', expect: ['liability-waiver'] },
  { text: 'The Lender may contact the Borrower\'s employer, HR department or colleagues to secure repayment, should any amount remain outstanding for more than three days.', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: 'References listed in the application, together with any person whose number appears in the Borrower\'s recent calls, may be approached by our empanelled recovery agencies to facilitate settlement of the overdue account.', expect: ['third-party-contact', 'collector-sharing'], maybe: ['call-sms-access', 'debt-disclosure'] },
  { text: 'For fraud prevention and scoring, the App collects the list of applications installed on your device, your GPS location in the background, and the images stored in your gallery; these permissions are mandatory and the App will not function if any of them is denied.', expect: ['non-necessary-data', 'no-consent-no-service'] },
  { text: 'By tapping \'Apply Now\', you are deemed to have consented to all permissions, data uses and terms described in this Policy, and no part of this consent may be accepted or declined separately.', expect: ['no-consent-no-service'] },
  { text: 'Kindly note that where permission to read contacts, call logs or messages is refused, the loan limit offered will be reduced to the minimum or the application may be declined.', expect: ['contacts-access', 'call-sms-access', 'no-consent-no-service'] },
  { text: 'Consent to access your contact list, once given, may be withdrawn only by deleting your account, which is possible only after all dues have been cleared.', expect: ['contacts-access', 'irrevocable-consent'] },
  { text: 'A processing fee of 15% of the approved amount and a compulsory credit-life insurance premium shall be deducted at source, and only the balance will be credited to your GCash wallet, although repayment shall be of the full approved amount.', expect: ['upfront-deduction'] },
  { text: 'Interest shall accrue at 0.3% per day on the principal for the 91-day tenure, and a late charge of 1% per day shall apply to any overdue amount.', expect: ['rate-over-cap'] },
  { text: 'The Lender shall be at liberty to vary the rate of interest, tenure, penal charges and any other terms hereof at any time, with or without notice to the Borrower, and such variation shall be binding on the Borrower.', expect: ['unilateral-change'] },
  { text: 'The Company may share, transfer or sell the Customer\'s personal data to its affiliates, business partners and other third parties for marketing, analytics and such other purposes as the Company deems fit.', expect: ['broad-data-sharing'] },
  { text: 'Information on the Borrower\'s loan performance, including any default, may be furnished to data aggregators, fintech partners and other lenders in our network for the purpose of identifying and blacklisting high-risk customers.', expect: ['debt-disclosure'], maybe: ['broad-data-sharing'] },
  { text: 'Outstanding loans may be transferred to external debt collectors, who will receive your name, ID number, M-Pesa statement and the contacts you have provided; this authorisation cannot be revoked for as long as any amount is owed.', expect: ['collector-sharing', 'irrevocable-consent'] },
  { text: 'The Lender shall be at liberty to engage third-party collection firms, who may communicate with the Borrower\'s co-workers, family members and persons listed in the Borrower\'s phonebook until payment is made in full.', expect: ['collector-sharing', 'third-party-contact'], maybe: ['contacts-access', 'debt-disclosure'] },
  { text: 'The emergency contacts you nominate will be informed of your overdue balance and requested to persuade you to repay.', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['emergency-contacts'] },
  { text: 'In case of non-payment, the Customer understands and agrees that messages stating the Customer\'s name, the amount due and the fact of default may be sent via WhatsApp or SMS to persons known to the Customer, and that the Customer shall not hold the Company responsible for any resulting loss of reputation.', expect: ['debt-disclosure', 'third-party-contact', 'liability-waiver'] },
  { text: 'Upon installation, the App uploads a copy of your address book to our servers, where it is retained for risk-control purposes; we accept no liability for any leakage of that data, howsoever caused.', expect: ['contacts-access', 'liability-waiver'] },
  { text: 'The Company will not be held responsible for any consequence arising from the reading of SMS, call logs or contacts carried out by the App during credit assessment.', expect: ['liability-waiver', 'call-sms-access', 'contacts-access'] },
  { text: 'Kindly type in the name and mobile number of two persons who can act as your emergency contacts; we will call them only if we are unable to reach you on your registered number, and solely to ask them to tell you to contact us.', expect: ['emergency-contacts'] },
  { text: 'The Borrower shall manually provide the details of one next of kin. The Lender will contact the next of kin only where the Borrower cannot be reached after reasonable attempts, and only to restore communication with the Borrower; the next of kin will not be told about the loan, its amount or its status.', expect: ['emergency-contacts'] },
  { text: 'During registration you will be asked to type in a reference person\'s name and number. This reference will be contacted only if your registered mobile number is unreachable, and only to request that you return our call; the reference is not liable for your loan and will never be asked to pay.', expect: ['emergency-contacts'] },
  { text: 'The emergency contact number that you key in by hand (we do not read your phonebook to fill it) is used exclusively to re-establish contact if you change your number or cannot be reached, and will never be used for billing or collection.', expect: ['emergency-contacts'] },
  // Round 19 (2026-12-06): written blind from permission screens, Key Fact Statements, collection
  // policies and terms-of-use boilerplate; 37 of 50 as written. Fixed: phone directory; "let them
  // know"; consent lasting "until the debt is settled" is no consent that outlives the loan; "not
  // be answerable"; "at the company's sole discretion"; fees "taken from" the loan; add-ons
  // "required for all" borrowers; sharing "only what each partner needs"; plain "By creating an
  // account you agree to these Terms" is no bundled consent unless data, permissions, the privacy
  // policy or "all" follow. Still missed, so not listed: a heading-only permission list, and "them"
  // referring to emergency contacts named in the sentence before.
  { text: 'Permissions requested: SMS, Call logs, Location, Contacts\n• SMS – we scan your bank alert messages to estimate your income\n• Call logs – helps us confirm that the number you registered is actively used\n• Location – to confirm you are within Nigeria\n• Contacts – used in our risk assessment', expect: ['contacts-access', 'call-sms-access', 'non-necessary-data'] },
  { text: 'Why we need this permission: Contacts — To build your credit profile, a copy of your phonebook is securely synced to our servers and refreshed each time you open the app.', expect: ['contacts-access'] },
  { text: 'Why we need this permission: Installed applications — We look at which apps are on your phone (for example, other loan apps or betting apps) to decide your limit. We do not read what is inside those apps.', expect: ['non-necessary-data'] },
  { text: 'By downloading, installing or using this app you accept these Terms and consent to every form of data collection described in our Privacy Policy, including access to your contacts, SMS and call history. If you do not agree, please uninstall the app.', expect: ['no-consent-no-service', 'contacts-access', 'call-sms-access'] },
  { text: 'You authorise us to request from your mobile network operator your call detail records, airtime top-up history and M-PESA statement for the past 12 months, for credit scoring purposes.', expect: ['call-sms-access'], maybe: ['non-necessary-data'] },
  { text: 'Boost your limit: connect your Facebook and Shopee accounts. We will look at your friends list, purchase history and how long each account has existed.', expect: ['non-necessary-data'] },
  { text: 'Fair Practices Code — Recovery\n1. Calls will be made only between 8:00 a.m. and 7:00 p.m.\n2. Recovery staff will not use abusive or threatening language.\n3. If an instalment remains unpaid for more than 7 days, we may contact the borrower\'s family members, employer or colleagues and request them to ensure payment.', expect: ['third-party-contact'], maybe: ['debt-disclosure'] },
  { text: 'Where a loan is overdue, the Company may reach out to persons listed in your phone directory to let them know you have an outstanding payment.', expect: ['third-party-contact', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: 'In the event of default, you consent to us notifying your employer of the arrears and requesting a deduction from your salary until the debt is settled.', expect: ['third-party-contact', 'debt-disclosure'] },
  { text: 'Defaulters\' notice: Names, photographs and outstanding balances of customers more than 30 days past due may be published on our official social media pages and shared with other members of the digital lending association.', expect: ['debt-disclosure'] },
  { text: 'Recovery agents: Accounts overdue beyond 60 days may be assigned to an empanelled recovery agency. Before the agency contacts you, we will send you its name and phone number by SMS. The agency will receive your name, address, contact details and loan details.', expect: ['collector-sharing'] },
  { text: 'We may transfer your debt and all associated personal information to a debt collection firm of our choosing. The Company shall not be answerable for any act or omission of such firm in the course of recovery.', expect: ['collector-sharing', 'liability-waiver'] },
  { text: 'Limitation of liability: In no event will the Company, its officers or agents be responsible for any damage, distress or loss of reputation you suffer as a result of reminders, calls or messages sent in connection with your account, or of any breach of our servers.', expect: ['liability-waiver'] },
  { text: 'We take reasonable steps to protect your data, but you accept that any leak, hacking or loss of your data on our systems is at your own risk, and you release us from all claims arising from it.', expect: ['liability-waiver'] },
  { text: 'Who we share with:\n• Credit reference bureaus (Metropol, TransUnion, Creditinfo)\n• Payment processors\n• Our marketing partners and data analytics partners, so they can send you offers they think you\'ll like', expect: ['broad-data-sharing'] },
  { text: 'We may share the information we hold about you with any third party, at our discretion, for any purpose consistent with our business.', expect: ['broad-data-sharing'] },
  { text: 'Consent: The consents you give on this screen are irrevocable for as long as any amount remains outstanding on your loan.', expect: ['irrevocable-consent'] },
  { text: 'The consents given in this section will survive the repayment of your loan and the closure of your account, and we may continue to use your data for the purposes described above.', expect: ['irrevocable-consent'] },
  { text: 'Rates and charges are subject to change at the Company\'s sole discretion. Any revised rate applies to existing loans from the date it is posted in the app.', expect: ['unilateral-change'] },
  { text: 'Changes to these Terms: We may update these Terms from time to time. It is your responsibility to check this page regularly; your continued use of the app after any change means you accept the updated Terms.', expect: ['unilateral-change'] },
  { text: 'Loan principal: IDR 2,000,000\nPlatform fee: IDR 300,000 (deducted at disbursement)\nDisbursed amount: IDR 1,700,000\nInterest: 0.3% per day\nTenure: 91 days\nTotal repayable: IDR 2,546,000', expect: ['upfront-deduction', 'rate-over-cap'] },
  { text: 'Disbursement checklist: A one-time Priority Membership fee of PHP 499 and Loan Protection Insurance of PHP 150 are required for all first-time borrowers and will be taken from your loan proceeds.', expect: ['upfront-deduction'] },
  { text: 'Permissions requested\n• Internet – to connect to our servers\n• Notifications – to remind you before your due date (you can switch this off)\nWe do not request access to your Contacts, SMS, Call logs, Location, Photos or installed apps.', expect: [] },
  { text: 'Why we don\'t need your contacts: Some lending apps ask for access to your phonebook. We don\'t. Your contacts are never read, uploaded or stored, and nobody saved in your phone will ever hear from us about your loan.', expect: [] },
  { text: 'Why we need this permission: SMS — We don\'t ask for it. Your one-time password is auto-filled through Google\'s SMS Retriever API, which passes us only the single OTP message addressed to our app; we cannot see any of your other messages.', expect: [], maybe: ['call-sms-access'] },
  { text: 'Key Facts\nLoan amount: KES 50,000\nInterest rate: 14% per annum, reducing balance\nProcessing fee: None\nDisbursed amount: KES 50,000\nRepayment: 12 monthly instalments of KES 4,489.36\nTotal repayable: KES 53,872.27\nTenure: 365 days\nAPR: 14%', expect: [] },
  { text: 'Key Fact Statement\nSanctioned amount: ₹1,00,000\nRate of interest: 16% p.a. (reducing)\nProcessing fee: Nil\nDisbursed amount: ₹1,00,000\nEMI: ₹9,073.09 × 12\nTotal repayable: ₹1,08,877.03\nAPR: 16%\nCooling-off period: 3 days — you may exit by repaying the principal and proportionate interest with no penalty.', expect: [] },
  { text: 'Loan summary\nLoan amount: PHP 10,000\nInterest: 0.05% per day\nService fee: none\nNet proceeds: PHP 10,000\nTenure: 90 days\nInterest payable: PHP 450\nTotal repayable: PHP 10,450', expect: [] },
  { text: 'Loan terms\nPrincipal: ₦200,000\nInterest: 1.5% per month on reducing balance\nManagement fee: ₦0\nAmount credited to your account: ₦200,000\nTenure: 180 days (6 monthly instalments of ₦35,105.04)\nTotal repayable: ₦210,630.26', expect: [] },
  { text: 'Credit reference bureaus: If your loan falls into arrears, we will first send you a notice by SMS and email giving you 30 days to pay or dispute the amount. If it remains unpaid, we will submit the default to licensed CRBs (Metropol, TransUnion, Creditinfo). We share your default information with no one else.', expect: [] },
  { text: 'Data sharing — we share only what each partner needs:\n• Sahyog Finance Ltd, the RBI-registered NBFC that sanctions and funds your loan — KYC and loan details\n• Razorpay (payment processor) — bank account details to disburse funds and collect EMIs\n• Amazon Web Services, Mumbai region (cloud hosting) — stores our data under contract and may not use it for its own purposes\n• TransUnion CIBIL and Experian (credit bureaus) — to pull your credit report with your consent and report repayment history\nWe do not share your data with marketing partners or data brokers.', expect: [] },
  { text: 'Collection conduct: Our staff will contact only you, the borrower, and only on your registered number, between 8 a.m. and 7 p.m. We may send SMS reminders before and after the due date. We will not call your relatives, friends, employer or anyone else, and we will not disclose your loan to any third party.', expect: [] },
  { text: 'We do not outsource collection. All recovery activity is carried out by our own employees, and your data is never passed to external debt collectors.', expect: [] },
  { text: 'Changes to these Terms: We will notify you by SMS and in-app message at least 30 days before any change takes effect. If you do not accept a change, you may close your account and repay your outstanding balance without any prepayment charge, and the old terms will apply until then.', expect: [] },
  { text: 'Governing law: These Terms are governed by the laws of the Republic of the Philippines. Any dispute shall be submitted to the courts of Makati City, without prejudice to your right to file a complaint with the SEC or the National Privacy Commission.', expect: [] },
  { text: 'Our responsibility: Nothing in these Terms excludes or limits our liability for loss caused by our negligence, by a breach of data protection law, or by the conduct of our staff or any agent acting on our behalf.', expect: [] },
  { text: 'Withdrawing consent: You may withdraw any consent given under this Policy at any time from Profile > Privacy settings, without closing your account. Withdrawal does not affect processing carried out before it.', expect: [] },
  { text: 'Credit life insurance (optional): You may choose to add credit life insurance to your loan. It is not a condition of approval, your loan terms are the same whether or not you take it, and no premium is deducted from your proceeds unless you tick the separate opt-in box.', expect: [] },
  { text: 'Variable rate: Your interest rate is the Central Bank Rate plus 4% per annum. If the Central Bank Rate changes, we will give you at least 30 days\' written notice of the new rate, and you may repay the loan in full during that period without any charge.', expect: [] },
  { text: 'References: We do not ask you for emergency contacts, guarantors or references, and we do not access your phonebook.', expect: [] },
  { text: 'Privacy of your debt: Your loan and repayment status will never be shared with your family, friends or employer or posted on social media. The only outside parties that receive it are the OJK-licensed credit information bureau (SLIK/Pefindo) after we have notified you.', expect: [] },
  { text: 'How long your consent lasts: The authorisations you give us end automatically when your loan is fully repaid. After that we keep only the records the law requires us to retain and delete the rest within 90 days.', expect: [] },
  { text: 'By creating an account you agree to these Terms of Use. Any optional permission is requested separately at the moment it is needed, with its purpose explained, and refusing it will not affect your loan application or its terms.', expect: [] },
  { text: 'Where your data is stored: Your information is hosted on Microsoft Azure servers in South Africa under a data processing agreement that allows Microsoft to process it only on our instructions and for no other purpose.', expect: [] },
  // Round 19's Key Fact Statements, listed since the cost a summary table states over several
  // lines (amount received, tenure, total repayable) is read together.
  { text: 'Key Fact Statement\nLoan amount sanctioned: ₹5,000\nProcessing fee (incl. GST): ₹590 — deducted from loan\nDisbursed amount: ₹4,410\nInterest (15 days): ₹150\nTotal repayable: ₹5,150\nTenure: 15 days\nAnnual Percentage Rate (APR): as per schedule', expect: ['upfront-deduction', 'rate-over-cap'] },
  { text: 'Loan summary\nPrincipal: KES 3,000\nFacilitation fee (10%): KES 300, added to your balance\nAmount sent to your M-PESA: KES 3,000\nTotal repayable: KES 3,300\nTenure: 30 days', expect: ['rate-over-cap'] },
  { text: 'Interest rate: 12% per annum\nService fee: 15% of principal, collected at disbursement\nPrincipal: KES 10,000\nYou receive: KES 8,500\nTenure: 14 days\nTotal repayable: KES 10,046', expect: ['upfront-deduction', 'rate-over-cap'] },
  // Round 22 (2026-12-06): written blind, half lenders restating their regulators' rules (hard
  // negatives), half breaking them; 31 of 40 as written. Fixed: warnings about fake apps using the
  // lender's name; "No processing fee … is deducted"; a fee "retained at disbursement"; references
  // "engaged to encourage repayment"; "cannot be processed unless access … is granted" no longer
  // negates the access; recovery partners receiving data are collector sharing only; bare "continued
  // use constitutes acceptance"; employers who "may be informed"; people "you call and text most
  // often, as identified from your call logs".
  { text: 'In line with Google Play\'s policy for personal loan apps, this app does not request access to your contacts, photos, videos, external storage, precise location or call logs, and it never reads your phonebook.', expect: [] },
  { text: 'We will never upload your contact list or call history to our servers. If an app using our name asks for permission to read your contacts, it is not ours; please report it to us.', expect: [] },
  { text: 'As required by the SEC rules against unfair debt collection practices, we will not contact any person in your contact list, will not use threats, insults or profane language, and will not post anything about your debt on social media.', expect: [] },
  { text: 'Collection calls are made only to you, only between 6:00 a.m. and 10:00 p.m., and never to your relatives, friends, employer or colleagues. We handle all collection in-house and never pass your file to outside debt collectors.', expect: [] },
  { text: 'Consistent with the National Privacy Commission\'s guidelines on online lending, our app does not access your contact list or photo gallery, whether for credit evaluation or for collection.', expect: [] },
  { text: 'Consistent with the AFPI code of conduct, collection is directed solely at the borrower. Our staff will not ask your emergency contacts or any other person to repay on your behalf, and will not intimidate or humiliate you.', expect: [] },
  { text: 'No one other than the borrower will be contacted about repayment, and no information about the loan will be given to family members, neighbours or your workplace.', expect: [] },
  { text: 'We do not access your contacts, files or media, and your personal data will not be transferred to any third party without your explicit consent, except where the law requires it.', expect: [] },
  { text: 'If your loan falls into arrears, we will give you at least 30 days\' written notice before submitting negative information to a licensed credit reference bureau, as the CBK Credit Reference Bureau Regulations require. Your default will not be shared with anyone else.', expect: [] },
  { text: 'Under the CBK Digital Credit Providers Regulations we may not share your personal data with third parties without your consent, and we will never use threats or obscene language or message people in your phonebook to recover a loan.', expect: [] },
  { text: 'You may withdraw your consent to data processing at any time from the app settings. Withdrawing consent does not require you to close your account, and we delete your data once it is no longer needed for the loan or required by law.', expect: [] },
  { text: 'In compliance with the FCCPC digital lending rules, we do not engage in debt shaming: we will not send messages about your loan to persons in your phone, publish your name or photograph as a defaulter, or describe you as a fraudster to anyone.', expect: [] },
  { text: 'Our app does not request permission to read your contacts, gallery or SMS messages. Any optional permission we ask for can be refused without affecting your ability to apply for a loan.', expect: [] },
  { text: 'Before you sign, we provide a Key Fact Statement showing the annual percentage rate (19.9%, inclusive of all fees), every charge, the recovery mechanism and our grievance officer\'s contact details. No fee that is not listed in the KFS will be charged.', expect: [] },
  { text: 'You may exit this loan during the three-day cooling-off period by repaying the principal and the proportionate APR, with no prepayment penalty or exit fee.', expect: [] },
  { text: 'The loan amount is disbursed directly into your own bank account. No processing fee, insurance premium or interest is deducted from the principal at the time of disbursal, and no add-on product is required to obtain the loan.', expect: [] },
  { text: 'Consistent with the RBI Digital Lending Directions, we do not access your files and media, contact list, call logs or telephony functions, and we do not store your biometric data.', expect: [] },
  { text: 'The interest rate and charges stated in your Key Fact Statement are fixed for the full tenure and will not be changed without advance notice and your explicit consent.', expect: [] },
  { text: 'Each consent is requested separately for its own purpose rather than bundled into one click, and declining an optional permission such as notifications will never stop you from receiving a loan.', expect: [] },
  { text: 'Nothing in this agreement excludes or limits our responsibility for harm caused by our own collection practices, by our systems or by a breach of your personal data. We do not sell, rent or share your personal data with affiliates or partners for marketing, and we do not pass it to data brokers.', expect: [] },
  { text: 'You may type in the name and mobile number of up to two emergency contacts. We will call them only if we cannot reach you at any of your registered numbers, solely to ask them to let you know that you should contact us; your loan will not be discussed with them.', expect: ['emergency-contacts'] },
  { text: 'Please enter manually the phone number of one reference person. This reference is used only to re-establish contact with you if your own number becomes unreachable, and will never be asked to pay or be told about your account.', expect: ['emergency-contacts'] },
  { text: 'If your account falls behind, our team may reach out to your network, drawn from the phonebook synced during sign-up, to help bring the account back on track.', expect: ['contacts-access', 'third-party-contact'], maybe: ['debt-disclosure'] },
  { text: 'Character references may be engaged to encourage repayment where an instalment remains unpaid for more than three days.', expect: ['third-party-contact'] },
  { text: 'Where a balance remains unpaid beyond 30 days, the borrower\'s name, photo and amount owed may be shared with their circle and posted on our social pages for visibility to the community.', expect: ['debt-disclosure'], maybe: ['third-party-contact'] },
  { text: 'Access to your SMS inbox and call history is required so that our scoring engine can verify your income and spending patterns.', expect: ['call-sms-access'], maybe: ['no-consent-no-service'] },
  { text: 'Once installed, the app reads the photos and documents stored on your device, compiles a list of the other apps you have installed, and logs your precise GPS location each time it is opened, in order to refine your credit score.', expect: ['non-necessary-data'] },
  { text: 'Loan applications cannot be processed unless access to your contacts, precise location and media files is granted.', expect: ['no-consent-no-service', 'contacts-access', 'non-necessary-data'] },
  { text: 'By tapping \'Get Loan\' you consent to all data collection, permissions and processing activities described in this policy; separate consents are not requested.', expect: ['no-consent-no-service'] },
  { text: 'The Company shall not be liable for any embarrassment, loss or damage arising from reminders sent by its recovery team to you or to any third party.', expect: ['liability-waiver'], maybe: ['third-party-contact'] },
  { text: 'Accounts that remain unpaid are assigned to our external recovery partners, to whom your name, ID number, address, contacts and loan history will be transferred; defaulting borrowers may also be reported to industry defaulter lists.', expect: ['collector-sharing', 'debt-disclosure'], maybe: ['contacts-access'] },
  { text: 'Personal information collected through the app may be shared with our group companies, business partners and other selected third parties, including for marketing and for other purposes they may determine.', expect: ['broad-data-sharing'] },
  { text: 'The permissions and authorisations you grant under this policy are irrevocable and shall remain in force after the loan has been fully repaid and this agreement has ended.', expect: ['irrevocable-consent'] },
  { text: 'A processing and verification fee equal to 20% of the approved amount is retained at the time of disbursement, while you repay the full approved amount plus interest.', expect: ['upfront-deduction'] },
  { text: 'A service charge of 15% applies to every 14-day loan term, and a late fee of 2% of the principal accrues for each day of delay.', expect: ['rate-over-cap'] },
  { text: 'Rates, fees and any part of these terms may be amended at our sole discretion, with changes effective immediately upon posting in the app; continued use constitutes acceptance.', expect: ['unilateral-change'] },
  { text: 'Where repayment is not received by the due date, your employer and colleagues may be informed of the outstanding balance.', expect: ['third-party-contact', 'debt-disclosure'] },
  { text: 'Disbursal is conditional on enrolling in our Loan Protection Plan and VIP membership, and both charges are taken out of the loan amount before it reaches your account.', expect: ['upfront-deduction'] },
  { text: 'We may copy your phone contacts to our servers; this authorisation can be withdrawn only by closing your account after all amounts due have been settled.', expect: ['contacts-access', 'irrevocable-consent'] },
  { text: 'If an instalment is missed, reminder messages will be sent to the people you call and text most often, as identified from your call logs and SMS history.', expect: ['call-sms-access', 'third-party-contact'], maybe: ['debt-disclosure'] },
];
