/**
 * Demo deals, modelled on the source texts' outcomes ("cooperation intentions reached", "projects signed",
 * "purchase intentions"): four come from cooperation intentions recorded after meetings at the demo
 * matchmaking day (the outcome command creates them), five are entered by hand, so every stage and both
 * CNY and EUR values appear. Demo exchange rates (to the reporting currency) go into the rate table.
 * Everything goes through the domain commands.
 */
import { changeStage, createDeal } from '../../domain/deals/commands.js';
import type { DealContext } from '../../domain/deals/access.js';
import type { DealInput, StageInput } from '../../domain/deals/schema.js';
import { recordAttendance, recordOutcome } from '../../domain/meetings/outcomes.js';
import type { OutcomeInput } from '../../domain/meetings/schema.js';
import type { Clock, Stores } from '../../domain/ports.js';
import type { DemoActor } from './events.js';

const DAY_MS = 86_400_000;
/** Demo rates: CNY per unit. Only for the demo data set; real rates are entered by administrators. */
const DEMO_CNY_PER_UNIT: Record<string, number> = { CNY: 1, EUR: 7.82, USD: 7.12, HKD: 0.91, SGD: 5.3, PLN: 1.8, CAD: 5.15, ILS: 1.93, VND: 0.00028 };

interface Ctx {
  stores: Stores;
  deals: DealContext;
  actors: Map<string, DemoActor>;
  day: (offset: number) => string;
}

function who(ctx: Ctx, key: string): DemoActor {
  const a = ctx.actors.get(key);
  if (!a) throw new Error(`demo deals name unknown organisation ${key}`);
  return a;
}

/** The rate from `currency` to the reporting currency, through CNY, to six decimals. */
function demoRate(currency: string, reporting: string): string {
  const from = DEMO_CNY_PER_UNIT[currency];
  const to = DEMO_CNY_PER_UNIT[reporting];
  if (from === undefined || to === undefined) throw new Error(`no demo rate for ${currency}/${reporting}`);
  return (from / to).toFixed(6);
}

async function move(ctx: Ctx, key: string, dealId: string, input: Omit<StageInput, 'version'>): Promise<void> {
  const deal = await ctx.stores.deals.find(dealId);
  if (!deal) throw new Error(`demo deal ${dealId} vanished`);
  await changeStage(ctx.stores, ctx.deals, who(ctx, key).actor, dealId, { ...input, version: deal.version });
}

/** Cooperation intentions recorded after the matchmaking day's meetings: each creates a deal. */
async function fromMeetings(ctx: Ctx, eventId: string): Promise<string[]> {
  const meetings = await ctx.stores.meetings.list(eventId, { status: ['accepted'] });
  const people = await ctx.stores.meetings.participants(eventId, meetings.flatMap((m) => [m.requesterId, m.receiverId ?? '']).filter(Boolean));
  const orgOf = new Map(people.map((p) => [p.id, p.organisationId]));
  const outcomes: Array<[string, string, OutcomeInput]> = [
    ['cn_ent_laser', 'de_laser_inst', { cooperationType: 'licensing', estimatedValueMinor: 2_800_000_00, currency: 'CNY', note: 'Licence of the laser welding process for aluminium battery trays; pilot line in Ningbo.' }],
    ['cn_ent_battery', 'pl_startup', { cooperationType: 'joint_rd', estimatedValueMinor: 800_000_00, currency: 'EUR', note: 'Joint development of a battery management system for e-buses.' }],
    ['cn_fund', 'il_startup', { cooperationType: 'investment', estimatedValueMinor: 1_500_000_00, currency: 'USD', note: 'Series A participation, subject to due diligence.' }],
    ['cn_inst_bio', 'ca_startup', { cooperationType: 'joint_rd', note: 'Validation study of the assay with the translational medicine platform.' }],
  ];
  const ids: string[] = [];
  for (const [recorder, other, outcome] of outcomes) {
    const me = who(ctx, recorder);
    const them = who(ctx, other).organisationId;
    const meeting = meetings.find((m) => {
      const pair = [orgOf.get(m.requesterId), orgOf.get(m.receiverId ?? '')];
      return pair.includes(me.organisationId) && pair.includes(them);
    });
    if (!meeting) throw new Error(`no demo meeting between ${recorder} and ${other}`);
    await recordAttendance(ctx.stores, me.actor, eventId, meeting.id, { attendance: 'held' });
    const dealId = await recordOutcome(ctx.stores, ctx.deals, me.actor, eventId, meeting.id, outcome);
    if (!dealId) throw new Error(`the outcome between ${recorder} and ${other} made no deal`);
    ids.push(dealId);
  }
  return ids;
}

async function entered(ctx: Ctx, owner: string, others: string[], input: Omit<DealInput, 'ownerOrganisationId' | 'partyOrganisationIds'>): Promise<string> {
  const o = who(ctx, owner);
  return createDeal(ctx.stores, ctx.deals, o.actor, { ownerOrganisationId: o.organisationId, partyOrganisationIds: others.map((k) => who(ctx, k).organisationId), ...input }, { demo: true });
}

export async function loadDemoDeals(stores: Stores, clock: Clock, actors: Map<string, DemoActor>, reportingCurrency: string): Promise<number> {
  const day = (offset: number) => new Date(clock.now().getTime() + offset * DAY_MS).toISOString().slice(0, 10);
  const ctx: Ctx = { stores, deals: { clock, reportingCurrency }, actors, day };
  const rates = Object.keys(DEMO_CNY_PER_UNIT).filter((c) => c !== reportingCurrency && DEMO_CNY_PER_UNIT[reportingCurrency] !== undefined);
  await stores.deals.upsertRates(rates.map((currency) => ({ currency, reportingCurrency, rate: demoRate(currency, reportingCurrency), validOn: day(-30), setBy: null })));

  const events = await stores.events.list({ kind: 'matchmaking_day', when: 'all', today: day(0), organiserOrganisationIds: [], includeAllDrafts: false, limit: 5 });
  const matchmaking = events.find((e) => e.demo);
  const fromDay = matchmaking ? await fromMeetings(ctx, matchmaking.id) : [];
  const [laserLicence] = fromDay;
  if (laserLicence) await move(ctx, 'cn_ent_laser', laserLicence, { stage: 'agreement_signed', signedOn: day(0), reason: 'Licence agreement signed at the matchmaking day.' });

  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' as const, exchangeRate: { rate: demoRate('EUR', reportingCurrency), rateDate: day(-2) } });
  await entered(ctx, 'de_medtech_rd', ['cn_univ_sh'], {
    title: 'Joint laboratory for minimally invasive surgical instruments',
    description: 'Sino-German joint lab at the Shanghai campus: shared equipment, two doctoral positions a year, joint patents.',
    type: 'joint_lab',
    stage: 'in_execution',
    value: { amountMinor: 6_000_000_00, currency: 'CNY' },
    signedOn: day(-150),
  });
  await entered(ctx, 'shanghai_stc', ['vn_nic'], {
    title: 'Framework agreement on technology transfer between Shanghai and Viet Nam',
    type: 'mou_framework',
    stage: 'completed',
    signedOn: day(-300),
  });
  await entered(ctx, 'cn_ent_ship', ['de_instruments'], {
    title: 'Purchase of hull inspection sensors',
    description: 'Purchase intention for 40 ultrasonic thickness gauges with on-site training.',
    type: 'purchase',
    stage: 'contact',
    value: eur(1_200_000_00),
    expectedCloseOn: day(90),
  });
  await entered(ctx, 'cn_incubator', ['sg_fund'], {
    title: 'Cross-border incubation programme for hard-tech start-ups',
    type: 'investment',
    stage: 'meeting_held',
    expectedCloseOn: day(60),
  });
  const dropped = await entered(ctx, 'hk_capital', ['ca_startup'], {
    title: 'Seed investment in point-of-care diagnostics',
    type: 'investment',
    stage: 'cooperation_intention',
    value: eur(400_000_00),
  });
  await move(ctx, 'hk_capital', dropped, { stage: 'dropped', dropCategory: 'timing', reason: 'The start-up closed its round before our committee met.' });
  return fromDay.length + 5;
}
