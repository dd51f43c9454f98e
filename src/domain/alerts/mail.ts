/**
 * Digest e-mails, plain text, in the recipient's language (their account's UI language; English when
 * they chose none). Every digest names why it came and carries the unsubscribe link of its subscription.
 */
import type { OutgoingMail } from '../ports.js';
import { UI_LANGUAGES, type ContentLanguage as UiLanguage } from '../shared/vocab.js';
import type { DigestFrequency } from './vocab.js';

/** A listing (or an organisation profile, for matches) as a digest shows it. */
export interface DigestEntry {
  kind: 'listing' | 'organisation';
  id: string;
  /** A listing type, or 'organisation' / 'investor'. */
  type: string;
  title: string;
  country: string | null;
  /** Null when the listing is anonymous: its organisation is never named in a digest. */
  organisationName: string | null;
}

export interface SearchDigest {
  kind: 'saved_search';
  name: string;
  entries: DigestEntry[];
  /** New listings beyond those shown. */
  more: number;
  /** The listings page with the saved filters. */
  searchUrl: string;
}

export interface MatchDigest {
  kind: 'match_alert';
  organisationName: string;
  groups: Array<{ listing: { id: string; title: string }; matches: Array<DigestEntry & { score: number }> }>;
  more: number;
}

export interface DigestMailInput {
  to: string;
  displayName: string;
  locale: string | null;
  frequency: DigestFrequency;
  since: Date;
  digest: SearchDigest | MatchDigest;
  publicUrl: string;
  unsubscribeUrl: string;
}

interface Texts {
  hello: string;
  searchSubject: string;
  searchIntro: string;
  matchSubject: string;
  matchIntro: string;
  yourListing: string;
  score: string;
  anonymous: string;
  more: string;
  reason: string;
  manage: string;
  unsubscribe: string;
  frequency: Record<DigestFrequency, string>;
  types: Record<string, string>;
}

const TEXTS: Record<UiLanguage, Texts> = {
  en: {
    hello: 'Hello {name},',
    searchSubject: 'Innox: new listings for your search "{search}" ({count})',
    searchIntro: 'New listings matching your saved search "{search}" were published since {since}:',
    matchSubject: 'Innox: new matches for the listings of {org} ({count})',
    matchIntro: 'New matches were found for the listings of {org} since {since}:',
    yourListing: 'Your listing: {title}',
    score: 'match {score}%',
    anonymous: 'organisation not named',
    more: '… and {count} more: {url}',
    reason: 'You receive this {frequency} digest because you asked for it on Innox.',
    manage: 'Change or switch off your alerts: {url}',
    unsubscribe: 'Stop these e-mails (no login needed): {url}',
    frequency: { daily: 'daily', weekly: 'weekly' },
    types: {
      technology_offer: 'Technology offer',
      technology_need: 'Technology need',
      project: 'Project seeking capital',
      job: 'Job',
      talent: 'Talent profile',
      partner_request: 'Partner request',
      funding_call: 'Funding call',
      organisation: 'Organisation',
      investor: 'Investor',
    },
  },
  'zh-Hans': {
    hello: '{name}，您好：',
    searchSubject: 'Innox：您的搜索“{search}”有新信息（{count}）',
    searchIntro: '自 {since} 以来，发布了符合您保存的搜索“{search}”的新信息：',
    matchSubject: 'Innox：{org} 的信息有新的匹配（{count}）',
    matchIntro: '自 {since} 以来，为 {org} 的信息找到了新的匹配：',
    yourListing: '您的信息：{title}',
    score: '匹配度 {score}%',
    anonymous: '未公开机构名称',
    more: '……另有 {count} 条：{url}',
    reason: '您收到这封{frequency}摘要邮件，是因为您在 Innox 上订阅了它。',
    manage: '修改或关闭提醒：{url}',
    unsubscribe: '退订此类邮件（无需登录）：{url}',
    frequency: { daily: '每日', weekly: '每周' },
    types: {
      technology_offer: '技术供给',
      technology_need: '技术需求',
      project: '项目融资',
      job: '岗位招聘',
      talent: '人才简介',
      partner_request: '寻求合作伙伴',
      funding_call: '资助申报',
      organisation: '机构',
      investor: '投资方',
    },
  },
  'zh-Hant': {
    hello: '{name}，您好：',
    searchSubject: 'Innox：您的搜尋「{search}」有新資訊（{count}）',
    searchIntro: '自 {since} 以來，發布了符合您儲存的搜尋「{search}」的新資訊：',
    matchSubject: 'Innox：{org} 的資訊有新的媒合（{count}）',
    matchIntro: '自 {since} 以來，為 {org} 的資訊找到了新的媒合：',
    yourListing: '您的資訊：{title}',
    score: '媒合度 {score}%',
    anonymous: '未公開機構名稱',
    more: '……另有 {count} 筆：{url}',
    reason: '您收到這封{frequency}摘要郵件，是因為您在 Innox 上訂閱了它。',
    manage: '修改或關閉提醒：{url}',
    unsubscribe: '取消訂閱此類郵件（無需登入）：{url}',
    frequency: { daily: '每日', weekly: '每週' },
    types: {
      technology_offer: '技術供給',
      technology_need: '技術需求',
      project: '專案募資',
      job: '職缺招募',
      talent: '人才簡介',
      partner_request: '尋求合作夥伴',
      funding_call: '補助徵件',
      organisation: '機構',
      investor: '投資方',
    },
  },
  de: {
    hello: 'Guten Tag {name},',
    searchSubject: 'Innox: neue Einträge für Ihre Suche „{search}“ ({count})',
    searchIntro: 'Seit {since} wurden neue Einträge zu Ihrer gespeicherten Suche „{search}“ veröffentlicht:',
    matchSubject: 'Innox: neue Treffer für die Einträge von {org} ({count})',
    matchIntro: 'Seit {since} wurden neue Treffer für die Einträge von {org} gefunden:',
    yourListing: 'Ihr Eintrag: {title}',
    score: 'Übereinstimmung {score} %',
    anonymous: 'Organisation nicht genannt',
    more: '… und {count} weitere: {url}',
    reason: 'Sie erhalten diese {frequency} Zusammenfassung, weil Sie sie auf Innox bestellt haben.',
    manage: 'Benachrichtigungen ändern oder abschalten: {url}',
    unsubscribe: 'Diese E-Mails abbestellen (ohne Anmeldung): {url}',
    frequency: { daily: 'tägliche', weekly: 'wöchentliche' },
    types: {
      technology_offer: 'Technologieangebot',
      technology_need: 'Technologiegesuch',
      project: 'Projekt sucht Kapital',
      job: 'Stellenangebot',
      talent: 'Talentprofil',
      partner_request: 'Partnersuche',
      funding_call: 'Förderaufruf',
      organisation: 'Organisation',
      investor: 'Investor',
    },
  },
  vi: {
    hello: 'Xin chào {name},',
    searchSubject: 'Innox: tin mới cho tìm kiếm "{search}" của bạn ({count})',
    searchIntro: 'Từ {since} đến nay đã có tin mới phù hợp với tìm kiếm đã lưu "{search}" của bạn:',
    matchSubject: 'Innox: kết quả ghép nối mới cho các tin của {org} ({count})',
    matchIntro: 'Từ {since} đến nay đã tìm thấy kết quả ghép nối mới cho các tin của {org}:',
    yourListing: 'Tin của bạn: {title}',
    score: 'mức phù hợp {score}%',
    anonymous: 'tổ chức không nêu tên',
    more: '… và {count} tin khác: {url}',
    reason: 'Bạn nhận được bản tóm tắt {frequency} này vì bạn đã đăng ký trên Innox.',
    manage: 'Thay đổi hoặc tắt thông báo: {url}',
    unsubscribe: 'Hủy nhận các e-mail này (không cần đăng nhập): {url}',
    frequency: { daily: 'hằng ngày', weekly: 'hằng tuần' },
    types: {
      technology_offer: 'Chào bán công nghệ',
      technology_need: 'Nhu cầu công nghệ',
      project: 'Dự án gọi vốn',
      job: 'Việc làm',
      talent: 'Hồ sơ nhân tài',
      partner_request: 'Tìm đối tác',
      funding_call: 'Kêu gọi tài trợ',
      organisation: 'Tổ chức',
      investor: 'Nhà đầu tư',
    },
  },
};

export function mailLanguage(locale: string | null): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(locale ?? '') ? (locale as UiLanguage) : 'en';
}

/** Texts from users (titles, names) never break a header or the layout of a line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function entryLines(t: Texts, entry: DigestEntry, publicUrl: string, indent: string, score: number | null): string {
  const who = entry.kind === 'organisation' ? null : (entry.organisationName ? oneLine(entry.organisationName) : t.anonymous);
  const facts = [t.types[entry.type] ?? entry.type, who, entry.country, score === null ? null : fill(t.score, { score: Math.round(score * 100) })].filter(Boolean).join(' · ');
  const path = entry.kind === 'organisation' ? `/organisations/${entry.id}` : `/listings/${entry.id}`;
  return `${indent}• ${oneLine(entry.title)} (${facts})\n${indent}  ${publicUrl}${path}\n`;
}

export function digestMail(input: DigestMailInput): OutgoingMail {
  const lang = mailLanguage(input.locale);
  const t = TEXTS[lang];
  const since = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(input.since);
  const { digest, publicUrl } = input;
  let subject: string;
  let body: string;
  if (digest.kind === 'saved_search') {
    const count = digest.entries.length + digest.more;
    subject = fill(t.searchSubject, { search: oneLine(digest.name), count });
    body = `${fill(t.searchIntro, { search: oneLine(digest.name), since })}\n\n`;
    body += digest.entries.map((e) => entryLines(t, e, publicUrl, '', null)).join('');
    if (digest.more > 0) body += `\n${fill(t.more, { count: digest.more, url: digest.searchUrl })}\n`;
  } else {
    const count = digest.groups.reduce((n, g) => n + g.matches.length, 0) + digest.more;
    subject = fill(t.matchSubject, { org: oneLine(digest.organisationName), count });
    body = `${fill(t.matchIntro, { org: oneLine(digest.organisationName), since })}\n`;
    for (const group of digest.groups) {
      body += `\n${fill(t.yourListing, { title: oneLine(group.listing.title) })}\n  ${publicUrl}/listings/${group.listing.id}\n`;
      body += group.matches.map((m) => entryLines(t, m, publicUrl, '  ', m.score)).join('');
    }
    if (digest.more > 0) body += `\n${fill(t.more, { count: digest.more, url: `${publicUrl}/my` })}\n`;
  }
  const footer =
    `\n-- \n${fill(t.reason, { frequency: t.frequency[input.frequency] })}\n` +
    `${fill(t.manage, { url: `${publicUrl}/my/alerts` })}\n` +
    `${fill(t.unsubscribe, { url: input.unsubscribeUrl })}\n`;
  return {
    to: input.to,
    subject,
    text: `${fill(t.hello, { name: oneLine(input.displayName) })}\n\n${body}${footer}`,
    headers: { 'List-Unsubscribe': `<${input.unsubscribeUrl}>` },
  };
}
