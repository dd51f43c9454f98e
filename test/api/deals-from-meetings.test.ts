/**
 * Meeting outcomes recorded at an event create or advance deals in the same transaction: a cooperation
 * intention makes a deal between the two organisations at cooperation_intention, linked to the event and
 * the meeting; recording again, or a second meeting of the same pair, advances the same deal.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createDeal, dealInput, heldMeeting, type DealBody, type DealList } from '../helpers/deals.js';
import { registerMember, type Member } from '../helpers/factories.js';

let app: TestApp;
let organiser: Member;
let laser: Member;
let battery: Member;
let fund: Member;

before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Beijing Technology Exchange', country: 'CN', type: 'government_agency' });
  laser = await registerMember(app, { name: 'Aachen Laser Institute', country: 'DE', type: 'research_institute' });
  battery = await registerMember(app, { name: 'Ningbo Battery Co.', country: 'CN' });
  fund = await registerMember(app, { name: 'Shenzhen Hard-Tech Fund', country: 'CN', type: 'investor' });
});
after(() => app.shutdown());

const outcomeUrl = (m: { eventId: string; meetingId: string }) => `/api/events/${m.eventId}/meetings/${m.meetingId}/outcome`;

async function dealsOf(member: Member): Promise<DealBody[]> {
  const res = await member.client.get<DealList>('/api/deals');
  expectStatus(res, 200);
  return res.body.items;
}

describe('a cooperation intention at a meeting', () => {
  let eventId: string;

  test('creates a deal between the two organisations at cooperation_intention, linked to event and meeting', async () => {
    const meeting = await heldMeeting(app, organiser, battery, laser);
    eventId = meeting.eventId;
    const recorded = await battery.client.put(outcomeUrl(meeting), { cooperationType: 'licensing', estimatedValueMinor: 3_000_000_00, currency: 'CNY', note: 'Licence for the welding process' });
    expectStatus(recorded, 200);
    const [deal] = await dealsOf(laser);
    assert.ok(deal);
    const detail = (await laser.client.get<DealBody>(`/api/deals/${deal.id}`)).body;
    assert.deepEqual(
      [detail.stage, detail.type, detail.title, detail.event?.id, detail.meetings.map((m) => m.meetingId), detail.parties.map((p) => [p.name, p.role])],
      ['cooperation_intention', 'technology_licensing', 'Ningbo Battery Co. – Aachen Laser Institute', eventId, [meeting.meetingId], [['Ningbo Battery Co.', 'owner'], ['Aachen Laser Institute', 'party']]],
    );
    assert.deepEqual(detail.value, { amountMinor: 3_000_000_00, currency: 'CNY', conversion: { reportingCurrency: 'CNY', rate: '1', rateDate: '2026-11-21', rateSource: 'identity', reportingAmountMinor: 3_000_000_00 } });
    assert.deepEqual(detail.history.map((h) => [h.kind, h.toStage, h.source, h.reason]), [['created', 'cooperation_intention', 'meeting_outcome', 'Licence for the welding process']]);
    // The organiser of the event is no party: the deal stays between the two organisations.
    expectError(await organiser.client.get(`/api/deals/${deal.id}`), 404, 'DEAL_NOT_FOUND');
  });

  test('recording the outcome again makes no second deal; after a correction back it advances the same deal', async () => {
    const [deal] = await dealsOf(battery);
    const detail = (await battery.client.get<DealBody>(`/api/deals/${deal!.id}`)).body;
    const meeting = { eventId, meetingId: detail.meetings[0]!.meetingId };
    const back = await battery.client.post<DealBody>(`/api/deals/${deal!.id}/stage`, { version: detail.version, stage: 'meeting_held', reason: 'Intention withdrawn pending tests' });
    expectStatus(back, 200);
    expectStatus(await laser.client.put(`/api/events/${eventId}/meetings/${meeting.meetingId}/attendance`, { attendance: 'held' }), 200);
    expectStatus(await laser.client.put(outcomeUrl(meeting), { cooperationType: 'licensing', note: 'Tests passed' }), 200);
    const deals = await dealsOf(battery);
    assert.equal(deals.length, 1);
    const after = (await battery.client.get<DealBody>(`/api/deals/${deal!.id}`)).body;
    assert.equal(after.stage, 'cooperation_intention');
    assert.deepEqual(after.history.map((h) => [h.kind, h.toStage, h.source]).slice(-2), [['correction', 'meeting_held', 'user'], ['forward', 'cooperation_intention', 'meeting_outcome']]);
    // The value recorded first stays.
    assert.equal(after.value?.amountMinor, 3_000_000_00);
  });

  test("an open deal the two organisations entered for the event is advanced and the meeting linked to it", async () => {
    const institute = await registerMember(app, { name: 'Fraunhofer-style Institute', country: 'DE', type: 'research_institute' });
    const entered = await createDeal(institute, [laser], { title: 'Joint R&D on beam shaping', type: 'joint_rd', stage: 'meeting_held', eventId });
    const meeting = await heldMeeting(app, organiser, institute, laser, eventId);
    expectStatus(await institute.client.put(outcomeUrl(meeting), { cooperationType: 'joint_rd' }), 200);
    const deals = await dealsOf(institute);
    assert.deepEqual(deals.map((d) => d.id), [entered.id]);
    const detail = (await institute.client.get<DealBody>(`/api/deals/${entered.id}`)).body;
    assert.deepEqual([detail.stage, detail.title, detail.meetings.map((m) => m.meetingId)], ['cooperation_intention', 'Joint R&D on beam shaping', [meeting.meetingId]]);
  });

  test('a value in a currency without a rate is kept unconverted rather than failing the outcome', async () => {
    const meeting = await heldMeeting(app, organiser, fund, laser, eventId);
    expectStatus(await fund.client.put(outcomeUrl(meeting), { cooperationType: 'joint_venture', estimatedValueMinor: 500_000_00, currency: 'EUR' }), 200);
    const [deal] = await dealsOf(fund);
    assert.deepEqual([deal?.type, deal?.value], ['investment', { amountMinor: 500_000_00, currency: 'EUR', conversion: null }]);
    const list = await fund.client.get<DealList>('/api/deals');
    assert.equal(list.body.summary.find((s) => s.stage === 'cooperation_intention')?.unconverted, 1);
    // A third party, who was not at the meeting, edits the title sending the form's unchanged value.
    const third = await registerMember(app, { name: 'Water Utility Partner', country: 'CN' });
    expectStatus(await fund.client.post(`/api/deals/${deal!.id}/parties`, { organisationId: third.organisationId }), 200);
    const edited = await third.client.patch<DealBody>(`/api/deals/${deal!.id}`, { version: deal!.version, title: 'Joint venture for water treatment', eventId, value: { amountMinor: 500_000_00, currency: 'EUR' } });
    expectStatus(edited, 200);
    assert.deepEqual([edited.body.title, edited.body.value?.conversion, edited.body.meetings.length], ['Joint venture for water treatment', null, 1]);
    expectError(await third.client.patch(`/api/deals/${deal!.id}`, { version: edited.body.version, value: { amountMinor: 600_000_00, currency: 'EUR' } }), 422, 'EXCHANGE_RATE_MISSING');
  });

  test('a deal already at a later stage is not moved back by an outcome', async () => {
    const signed = await createDeal(fund, [battery], { stage: 'agreement_signed', eventId });
    const meeting = await heldMeeting(app, organiser, fund, battery, eventId);
    expectStatus(await fund.client.put(outcomeUrl(meeting), { cooperationType: 'investment' }), 200);
    const after = (await fund.client.get<DealBody>(`/api/deals/${signed.id}`)).body;
    assert.deepEqual([after.stage, after.meetings.map((m) => m.meetingId)], ['agreement_signed', [meeting.meetingId]]);
    // By hand, a meeting is linked only by someone who took part in it, and to one deal only.
    expectError(await fund.client.post('/api/deals', { ...dealInput(fund, [battery]), eventId, meetingIds: [meeting.meetingId] }), 400, 'VALIDATION_FAILED');
    expectError(await laser.client.post('/api/deals', { ...dealInput(laser, [battery]), eventId, meetingIds: [meeting.meetingId] }), 404, 'MEETING_NOT_FOUND');
    expectError(await fund.client.post('/api/deals', { ...dealInput(fund, [battery]), meetingIds: [meeting.meetingId] }), 400, 'VALIDATION_FAILED');
  });
});
