/**
 * Demo events, modelled on the source texts: an S&T diplomats' matchmaking day with country
 * presentations, a roadshow and scheduled 1:1 meetings; a forum with five sector sub-forum tracks, an
 * exhibition and a country delegation; and a past training. Everything goes through the domain commands.
 */
import { createEvent, publishEvent, setOrganiser } from '../../domain/events/commands.js';
import { createDelegation } from '../../domain/events/delegations.js';
import { createExhibitor } from '../../domain/events/exhibitors.js';
import { createRoom, createSession, recordOnlineViewers, signUpForSession } from '../../domain/events/programme.js';
import type { SessionInput } from '../../domain/events/programme-schema.js';
import { approveRegistration, registerForEvent } from '../../domain/events/registrations.js';
import type { EventInput } from '../../domain/events/schema.js';
import type { ParticipantType } from '../../domain/events/vocab.js';
import { assignTables, loadProblem } from '../../domain/meetings/planning.js';
import { acceptMeeting, declineMeeting, requestMeeting } from '../../domain/meetings/requests.js';
import { scheduleMeetings } from '../../domain/meetings/scheduling/schedule.js';
import { setMeetingSlots, setMeetingTables } from '../../domain/meetings/setup.js';
import type { Actor, Clock, Stores } from '../../domain/ports.js';

export interface DemoActor {
  actor: Actor;
  organisationId: string;
  /** Published listings of the organisation (offers, projects, talent…) to bring to events. */
  listingIds: string[];
}

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function days(clock: Clock, offset: number): string {
  return isoDay(new Date(clock.now().getTime() + offset * DAY_MS));
}

interface Ctx {
  stores: Stores;
  clock: Clock;
  publicUrl: string;
  actors: Map<string, DemoActor>;
}

function who(ctx: Ctx, key: string): DemoActor {
  const a = ctx.actors.get(key);
  if (!a) throw new Error(`demo events name unknown organisation ${key}`);
  return a;
}

async function event(ctx: Ctx, organiser: string, input: Omit<EventInput, 'organisationId'>): Promise<string> {
  const o = who(ctx, organiser);
  const id = await createEvent(ctx.stores, ctx.clock, o.actor, { organisationId: o.organisationId, ...input }, { demo: true });
  await publishEvent(ctx.stores, o.actor, id);
  return id;
}

async function register(ctx: Ctx, eventId: string, key: string, participantType: ParticipantType, languages: string[]): Promise<string> {
  const a = who(ctx, key);
  return registerForEvent(
    ctx.stores,
    ctx.clock,
    a.actor,
    eventId,
    { participantType, organisationId: a.organisationId, languages, offerListingIds: a.listingIds.slice(0, 2) },
    ctx.publicUrl,
  );
}

async function sessions(ctx: Ctx, organiser: string, eventId: string, list: SessionInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const s of list) ids.push(await createSession(ctx.stores, who(ctx, organiser).actor, eventId, s));
  return ids;
}

/** The diplomats' matchmaking day: country presentations, a dialogue, a roadshow, then 1:1 meetings. */
async function matchmakingDay(ctx: Ctx): Promise<void> {
  const day = days(ctx.clock, 12);
  const id = await event(ctx, 'beijing_ttpc', {
    kind: 'matchmaking_day',
    title: {
      en: '6th S&T Diplomats Innovation Resources Matchmaking Day',
      'zh-Hans': '第六届科技外交官创新资源对接会',
      'zh-Hant': '第六屆科技外交官創新資源對接會',
      de: '6. Matchmaking-Tag für Innovationsressourcen mit Wissenschaftsdiplomaten',
      vi: 'Ngày kết nối nguồn lực đổi mới sáng tạo với các nhà ngoại giao KH&CN lần thứ 6',
    },
    description: {
      en: 'S&T diplomats present their countries’ innovation policies and needs; about ten foreign projects pitch in a roadshow; the afternoon belongs to 1:1 meetings between foreign projects, investors and Beijing enterprises.',
      'zh-Hans': '各国科技外交官介绍本国创新政策与合作需求；约十个海外项目现场路演；下午为海外项目、投资机构与北京企业的一对一洽谈。',
      de: 'Wissenschaftsdiplomaten stellen Innovationspolitik und Kooperationsbedarf ihrer Länder vor; rund zehn ausländische Projekte präsentieren sich in einer Roadshow; am Nachmittag finden 1:1-Gespräche statt.',
    },
    defaultLanguage: 'en',
    languages: ['en', 'zh-Hans'],
    sectors: ['biomedicine', 'ai', 'intelligent_manufacturing'],
    startsOn: day,
    endsOn: day,
    timeZone: 'Asia/Shanghai',
    venue: 'Jingcheng Technology Exchange Hall, 3F',
    city: 'Beijing',
    country: 'CN',
    registrationMode: 'open',
    capacity: 120,
    meetingSettings: { requestsOpen: true, requestExpiryHours: 72, reminderAfterHours: 24, defaultMaxMeetings: 8, maxBreakDifference: 2, scheduleTimeLimitSeconds: 10 },
  });
  const organiser = who(ctx, 'beijing_ttpc').actor;
  const main = await createRoom(ctx.stores, organiser, id, { name: 'Main hall', capacity: 150 });
  const lounge = await createRoom(ctx.stores, organiser, id, { name: 'Matchmaking lounge', capacity: 60 });
  const [opening, , dialogue] = await sessions(ctx, 'beijing_ttpc', id, [
    { kind: 'keynote', title: { en: 'Opening address', 'zh-Hans': '开幕致辞' }, day, start: '09:00', end: '09:20', roomId: main, streamed: true, people: [{ role: 'speaker', name: 'Deputy Director, Municipal S&T Commission' }] },
    {
      kind: 'country_presentation',
      title: { en: 'Country presentations: innovation policies and cooperation needs', 'zh-Hans': '国别推介：创新政策与合作需求' },
      day,
      start: '09:20',
      end: '10:40',
      roomId: main,
      streamed: true,
      people: [
        { role: 'speaker', name: 'Counsellor for Science and Technology', organisation: 'Embassy of Germany' },
        { role: 'speaker', name: 'Science and Innovation Attaché', organisation: 'Embassy of Poland' },
        { role: 'moderator', name: 'Director, International Cooperation Dept.', organisation: 'Jingcheng Technology Transaction Promotion Centre' },
      ],
    },
    {
      kind: 'dialogue',
      title: { en: 'High-level dialogue: win-win cooperation on shared challenges', 'zh-Hans': '高端对话：合作共赢，共迎挑战' },
      day,
      start: '10:50',
      end: '11:40',
      roomId: main,
      streamed: true,
      people: [
        { role: 'panellist', name: 'S&T diplomat', organisation: 'EU Delegation' },
        { role: 'panellist', name: 'S&T diplomat', organisation: 'Embassy of Israel' },
        { role: 'panellist', name: 'S&T diplomat', organisation: 'Embassy of Canada' },
      ],
    },
    { kind: 'roadshow_pitch', title: { en: 'Project roadshow: ten foreign projects', 'zh-Hans': '海外项目路演' }, day, start: '11:40', end: '12:30', roomId: main, track: 'biomedicine' },
    { kind: 'matchmaking', title: { en: '1:1 meetings', 'zh-Hans': '一对一洽谈' }, day, start: '14:00', end: '17:00', roomId: lounge },
  ]);
  await recordOnlineViewers(ctx.stores, organiser, id, opening!, { count: 18_400 });

  const people: Array<[string, ParticipantType, string[]]> = [
    ['de_embassy', 'diplomat', ['de', 'en']],
    ['pl_embassy', 'diplomat', ['en']],
    ['pl_startup', 'company', ['en']],
    ['ca_startup', 'company', ['en']],
    ['il_startup', 'company', ['en']],
    ['fi_univ', 'university', ['en']],
    ['de_laser_inst', 'research_institute', ['de', 'en']],
    ['cn_ent_laser', 'company', ['zh-Hans', 'en']],
    ['cn_ent_battery', 'company', ['zh-Hans']],
    ['cn_inst_bio', 'research_institute', ['zh-Hans', 'en']],
    ['cn_fund', 'investor', ['zh-Hans', 'en']],
    ['hk_capital', 'investor', ['zh-Hant', 'en']],
    ['sg_fund', 'investor', ['en']],
  ];
  const reg = new Map<string, string>();
  for (const [key, type, languages] of people) reg.set(key, await register(ctx, id, key, type, languages));
  for (const key of ['cn_ent_laser', 'cn_fund', 'de_embassy']) await signUpForSession(ctx.stores, who(ctx, key).actor, id, dialogue!);

  await createDelegation(ctx.stores, ctx.clock, who(ctx, 'beijing_ttpc').actor, id, {
    kind: 'country',
    name: 'Polish delegation',
    country: 'PL',
    leaderRegistrationId: reg.get('pl_embassy')!,
    memberRegistrationIds: [reg.get('pl_embassy')!, reg.get('pl_startup')!],
  });

  await setMeetingSlots(ctx.stores, organiser, id, { blocks: [{ day, start: '14:00', slotMinutes: 20, count: 8, breaks: [{ afterSlot: 4, minutes: 20 }] }] });
  await setMeetingTables(ctx.stores, organiser, id, { tables: ['1', '2', '3', '4', '5', '6'].map((label) => ({ label, location: 'Matchmaking lounge' })) });

  const mctx = { clock: ctx.clock, publicUrl: ctx.publicUrl };
  const ask = (from: string, to: string, message: string) => requestMeeting(ctx.stores, mctx, who(ctx, from).actor, id, { receiverId: reg.get(to)!, message });
  const accepted: Array<[string, string, string]> = [
    ['cn_ent_battery', 'pl_startup', 'We build battery packs for e-buses and would like to discuss your BMS technology.'],
    ['cn_fund', 'il_startup', 'Our hard-tech fund invests in water technology; can we learn about your next round?'],
    ['hk_capital', 'ca_startup', 'Interested in your diagnostics platform for Greater Bay Area hospitals.'],
    ['cn_inst_bio', 'ca_startup', 'Joint validation study of your assay with our translational medicine platform?'],
    ['cn_ent_laser', 'de_laser_inst', 'Laser welding of aluminium battery trays: could we license your process?'],
    ['sg_fund', 'pl_startup', 'Exploring a co-investment with Chinese partners.'],
    ['cn_ent_laser', 'fi_univ', 'Looking for a research partner in laser-based additive manufacturing.'],
    ['cn_fund', 'de_laser_inst', 'Spin-off opportunities from your institute?'],
  ];
  for (const [from, to, message] of accepted) {
    const meetingId = await ask(from, to, message);
    await acceptMeeting(ctx.stores, mctx, who(ctx, to).actor, id, meetingId);
  }
  const declined = await ask('sg_fund', 'il_startup', 'Quick intro call?');
  await declineMeeting(ctx.stores, mctx, who(ctx, 'il_startup').actor, id, declined, { reason: 'already_in_contact', note: 'We already speak with your Singapore office.' });
  await ask('cn_ent_battery', 'de_embassy', 'Could the embassy introduce us to German battery recycling companies?');
  await requestMeeting(ctx.stores, mctx, who(ctx, 'hk_capital').actor, id, { delegationId: (await ctx.stores.meetings.delegationNames(id))[0]!.id, message: 'Meeting the Polish delegation about deep-tech investment.' });

  // A published schedule, so the demo shows agendas and table numbers straight away.
  const problem = await loadProblem(ctx.stores, (await ctx.stores.events.find(id))!, 'all');
  const result = await scheduleMeetings(problem.instance, { timeLimitMs: 1_500, exactSolver: async () => null });
  await ctx.stores.meetings.setDraftPlaces(id, assignTables(problem, result.assignments));
  await ctx.stores.meetings.publishDraft(id, ctx.clock.now());
}

/** A three-day forum with five sector sub-forum tracks, an exhibition and a German delegation. */
async function forum(ctx: Ctx): Promise<void> {
  const first = days(ctx.clock, 30);
  const second = days(ctx.clock, 31);
  const third = days(ctx.clock, 32);
  const id = await event(ctx, 'pujiang_forum', {
    kind: 'forum',
    title: {
      en: 'Binjiang Innovation Forum 2026: Technology Transfer Conference',
      'zh-Hans': '2026滨江创新论坛·技术转移大会',
      'zh-Hant': '2026濱江創新論壇·技術轉移大會',
      de: 'Binjiang-Innovationsforum 2026: Technologietransferkonferenz',
      vi: 'Diễn đàn Đổi mới sáng tạo Tân Giang 2026: Hội nghị chuyển giao công nghệ',
    },
    description: {
      en: 'Three days, guests from 31 countries, a 10,000 m² exhibition of technology needs and offers, and five sector sub-forums.',
      'zh-Hans': '为期三天，来自31个国家的嘉宾，一万平方米技术需求与成果展，五个行业分论坛。',
      vi: 'Ba ngày, khách mời từ 31 quốc gia, triển lãm 10.000 m² về nhu cầu và công nghệ, năm diễn đàn chuyên đề.',
    },
    defaultLanguage: 'zh-Hans',
    languages: ['zh-Hans', 'en'],
    startsOn: first,
    endsOn: third,
    timeZone: 'Asia/Shanghai',
    venue: 'Binjiang Convention Centre',
    city: 'Shanghai',
    country: 'CN',
    registrationMode: 'approval',
    capacity: 300,
  });
  const organiser = who(ctx, 'pujiang_forum').actor;
  await setOrganiser(ctx.stores, organiser, id, { organisationId: who(ctx, 'shanghai_stc').organisationId, role: 'co_organiser' });
  const plenary = await createRoom(ctx.stores, organiser, id, { name: 'Plenary hall', capacity: 800 });
  const tracks: Array<[string, string, string]> = [
    ['biomedicine', 'Biomedicine', '生物医药'],
    ['energy_environment', 'Energy & environment', '能源环境'],
    ['equipment_manufacturing', 'Equipment manufacturing', '装备制造'],
    ['advanced_materials', 'Materials', '新材料'],
    ['it', 'Information technology', '信息技术'],
  ];
  await sessions(ctx, 'pujiang_forum', id, [
    { kind: 'keynote', title: { 'zh-Hans': '开幕式暨主旨演讲', en: 'Opening and keynotes' }, day: first, start: '09:00', end: '11:30', roomId: plenary, streamed: true },
    { kind: 'signing_ceremony', title: { 'zh-Hans': '重大项目签约仪式', en: 'Signing ceremony of major projects' }, day: third, start: '15:00', end: '16:00', roomId: plenary, streamed: true },
  ]);
  for (const [i, [track, en, zh]] of tracks.entries()) {
    const room = await createRoom(ctx.stores, organiser, id, { name: `${en} room`, capacity: 120 });
    await sessions(ctx, 'pujiang_forum', id, [
      { kind: 'panel', track, roomId: room, day: second, start: '09:30', end: '11:30', title: { 'zh-Hans': `${zh}分论坛：需求发布与成果推介`, en: `${en} sub-forum: needs and offers` } },
      { kind: 'roadshow_pitch', track, roomId: room, day: second, start: '14:00', end: i % 2 === 0 ? '16:00' : '15:30', title: { 'zh-Hans': `${zh}项目路演`, en: `${en} project roadshow` } },
    ]);
  }
  const exhibitors: Array<[string, string, number]> = [
    ['de_medtech_rd', 'A01', 72],
    ['de_instruments', 'A02', 54],
    ['cn_ent_laser', 'B11', 36],
    ['cn_ent_ship', 'B12', 36],
    ['vn_ent_agri', 'C03', 18],
    ['cn_incubator', 'C04', 18],
  ];
  for (const [key, booth, area] of exhibitors) {
    const a = who(ctx, key);
    await createExhibitor(ctx.stores, ctx.clock, organiser, id, { organisationId: a.organisationId, boothNumber: booth, areaSqm: area, hall: booth.slice(0, 1), listingIds: a.listingIds.slice(0, 2) });
  }
  const regs = new Map<string, string>();
  for (const [key, type] of [
    ['de_medtech_rd', 'company'],
    ['de_instruments', 'company'],
    ['de_univ', 'university'],
    ['vn_univ', 'university'],
    ['br_inst', 'research_institute'],
    ['cn_univ_sh', 'university'],
  ] as const) {
    regs.set(key, await register(ctx, id, key, type, ['en']));
  }
  // Registration needs approval here: the organisers have approved all but the last one.
  for (const key of ['de_medtech_rd', 'de_instruments', 'de_univ', 'vn_univ', 'br_inst']) {
    await approveRegistration(ctx.stores, ctx.clock, organiser, id, regs.get(key)!, ctx.publicUrl);
  }
  await createDelegation(ctx.stores, ctx.clock, organiser, id, { kind: 'organisation', name: 'German R&D centres in Shanghai', organisationId: who(ctx, 'de_medtech_rd').organisationId, memberRegistrationIds: [regs.get('de_medtech_rd')!] });
}

/** A training held last month (it shows under past events). */
async function training(ctx: Ctx): Promise<void> {
  const day = days(ctx.clock, -35);
  await event(ctx, 'hangzhou_talent', {
    kind: 'training',
    title: { en: 'Technology manager training, batch 24', 'zh-Hans': '技术经理人培训（第24期）', 'zh-Hant': '技術經理人培訓（第24期）' },
    description: { 'zh-Hans': '面向技术转移机构的技术经理人实务培训。', en: 'Hands-on training for technology managers of transfer offices.' },
    defaultLanguage: 'zh-Hans',
    languages: ['zh-Hans'],
    startsOn: day,
    endsOn: day,
    timeZone: 'Asia/Shanghai',
    city: 'Hangzhou',
    country: 'CN',
    registrationMode: 'closed',
  });
}

export async function loadDemoEvents(stores: Stores, clock: Clock, publicUrl: string, actors: Map<string, DemoActor>): Promise<number> {
  const ctx: Ctx = { stores, clock, publicUrl, actors };
  await matchmakingDay(ctx);
  await forum(ctx);
  await training(ctx);
  return 3;
}
