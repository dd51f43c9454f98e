/**
 * The decision e-mail to an applicant, in the language of the person who created the application (their
 * account's interface language), else the programme's default language, else English.
 */
import type { OutgoingMail } from '../ports.js';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../shared/vocab.js';
import type { ProgrammeRecord } from './store.js';
import type { Decision } from './vocab.js';

interface DecisionTexts {
  subject: (title: string) => string;
  hello: (name: string) => string;
  decision: Record<Decision, (application: string, programme: string) => string>;
  awarded: (amount: string) => string;
  resubmitBy: (when: string) => string;
  note: string;
  link: string;
}

const TEXTS: Record<ContentLanguage, DecisionTexts> = {
  en: {
    subject: (t) => `Innox: decision on your application to "${t}"`,
    hello: (n) => `Dear ${n},`,
    decision: {
      fund: (a, p) => `we are pleased to tell you that your application "${a}" to "${p}" has been selected for funding.`,
      reject: (a, p) => `we regret to tell you that your application "${a}" to "${p}" has not been selected.`,
      revise_and_resubmit: (a, p) => `the organisers of "${p}" ask you to revise your application "${a}" and submit it again.`,
    },
    awarded: (x) => `Awarded amount: ${x}`,
    resubmitBy: (w) => `Please resubmit by: ${w}`,
    note: 'Note from the organisers:',
    link: 'Your application:',
  },
  'zh-Hans': {
    subject: (t) => `Innox：关于您申报“${t}”的评审结果`,
    hello: (n) => `${n}，您好：`,
    decision: {
      fund: (a, p) => `很高兴通知您，您向“${p}”提交的申报“${a}”已获立项资助。`,
      reject: (a, p) => `很遗憾地通知您，您向“${p}”提交的申报“${a}”未获入选。`,
      revise_and_resubmit: (a, p) => `“${p}”的组织方请您修改申报“${a}”后重新提交。`,
    },
    awarded: (x) => `资助金额：${x}`,
    resubmitBy: (w) => `请于以下时间前重新提交：${w}`,
    note: '组织方留言：',
    link: '您的申报：',
  },
  'zh-Hant': {
    subject: (t) => `Innox：關於您申報「${t}」的評審結果`,
    hello: (n) => `${n}，您好：`,
    decision: {
      fund: (a, p) => `很高興通知您，您向「${p}」提交的申報「${a}」已獲立項資助。`,
      reject: (a, p) => `很遺憾地通知您，您向「${p}」提交的申報「${a}」未獲入選。`,
      revise_and_resubmit: (a, p) => `「${p}」的主辦方請您修改申報「${a}」後重新提交。`,
    },
    awarded: (x) => `資助金額：${x}`,
    resubmitBy: (w) => `請於以下時間前重新提交：${w}`,
    note: '主辦方留言：',
    link: '您的申報：',
  },
  de: {
    subject: (t) => `Innox: Entscheidung über Ihren Antrag bei „${t}“`,
    hello: (n) => `Guten Tag ${n},`,
    decision: {
      fund: (a, p) => `wir freuen uns, Ihnen mitzuteilen, dass Ihr Antrag „${a}“ bei „${p}“ zur Förderung ausgewählt wurde.`,
      reject: (a, p) => `leider müssen wir Ihnen mitteilen, dass Ihr Antrag „${a}“ bei „${p}“ nicht ausgewählt wurde.`,
      revise_and_resubmit: (a, p) => `die Veranstalter von „${p}“ bitten Sie, Ihren Antrag „${a}“ zu überarbeiten und erneut einzureichen.`,
    },
    awarded: (x) => `Bewilligter Betrag: ${x}`,
    resubmitBy: (w) => `Bitte reichen Sie erneut ein bis: ${w}`,
    note: 'Hinweis der Veranstalter:',
    link: 'Ihr Antrag:',
  },
  vi: {
    subject: (t) => `Innox: quyết định về hồ sơ của bạn gửi "${t}"`,
    hello: (n) => `Kính gửi ${n},`,
    decision: {
      fund: (a, p) => `chúng tôi vui mừng thông báo hồ sơ "${a}" của bạn gửi "${p}" đã được chọn để tài trợ.`,
      reject: (a, p) => `chúng tôi rất tiếc phải thông báo hồ sơ "${a}" của bạn gửi "${p}" không được chọn.`,
      revise_and_resubmit: (a, p) => `ban tổ chức "${p}" đề nghị bạn chỉnh sửa hồ sơ "${a}" và nộp lại.`,
    },
    awarded: (x) => `Số tiền tài trợ: ${x}`,
    resubmitBy: (w) => `Vui lòng nộp lại trước: ${w}`,
    note: 'Ghi chú của ban tổ chức:',
    link: 'Hồ sơ của bạn:',
  },
};

const asLanguage = (value: string | null | undefined): ContentLanguage | null => (CONTENT_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as ContentLanguage) : null;

export function pickLanguage(userLocale: string | null, programme: Pick<ProgrammeRecord, 'defaultLanguage'>): ContentLanguage {
  return asLanguage(userLocale) ?? asLanguage(programme.defaultLanguage) ?? 'en';
}

/** An amount in minor units as a decimal with its currency (two decimals; none for JPY, KRW, VND). */
export function formatMoney(amountMinor: number, currency: string | null): string {
  const digits = currency && ['JPY', 'KRW', 'VND'].includes(currency) ? 0 : 2;
  const value = digits ? (amountMinor / 100).toFixed(2) : String(amountMinor);
  return currency ? `${value} ${currency}` : value;
}

export function decisionMail(input: {
  to: { email: string; displayName: string; locale: string | null };
  programme: Pick<ProgrammeRecord, 'title' | 'defaultLanguage' | 'currency'>;
  application: { id: string; title: string };
  decision: Decision;
  awardedMinor: number | null;
  resubmitBy: Date | null;
  note: string | null;
  publicUrl: string;
}): OutgoingMail {
  const language = pickLanguage(input.to.locale, input.programme);
  const t = TEXTS[language];
  const titles = input.programme.title as Record<string, string | undefined>;
  const programmeTitle = titles[language] ?? titles[input.programme.defaultLanguage] ?? titles.en ?? Object.values(titles).find(Boolean) ?? '';
  const lines = [t.hello(input.to.displayName), '', t.decision[input.decision](input.application.title, programmeTitle)];
  if (input.decision === 'fund' && input.awardedMinor !== null) lines.push('', t.awarded(formatMoney(input.awardedMinor, input.programme.currency)));
  if (input.resubmitBy) lines.push('', t.resubmitBy(input.resubmitBy.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'));
  if (input.note?.trim()) lines.push('', t.note, input.note.trim());
  lines.push('', `${t.link} ${input.publicUrl}/programmes/applications/${input.application.id}`);
  return { to: input.to.email, subject: t.subject(programmeTitle), text: `${lines.join('\n')}\n` };
}
