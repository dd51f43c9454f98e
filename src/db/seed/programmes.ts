/**
 * A demo programme modelled on the source texts' "bilateral co-funded industrial innovation cooperation
 * projects with Singapore, Israel and Finland": the municipal S&T commission's call, four applications
 * with foreign co-applicants, a reviewer pool (one declared conflict), written reviews, jury scores from
 * a live roadshow round, and one funded project with a milestone and a first payment. Everything goes
 * through the domain commands.
 */
import { answerCoApplication, createApplication, inviteCoApplicant, submitApplication } from '../../domain/programmes/applications.js';
import { addMilestone, recordPayment } from '../../domain/programmes/projects.js';
import { createProgramme, transitionProgramme } from '../../domain/programmes/programmes.js';
import { decideApplication } from '../../domain/programmes/results.js';
import { addReviewer, autoAssign, declareConflict, saveReview, scorePitch } from '../../domain/programmes/review.js';
import type { Actor, Clock, Stores } from '../../domain/ports.js';
import type { DemoActor } from './events.js';

const DAY_MS = 86_400_000;
const email = (key: string) => `${key.replace(/_/g, '-')}@demo.innox.example`;

const APPLICATIONS = [
  { lead: 'cn_ent_battery', partner: 'fi_univ', title: 'Solid-state battery cells for cold-climate energy storage', sectors: ['green_energy'], requested: 3_000_000, months: 24, marks: [9, 4] },
  { lead: 'cn_ent_laser', partner: 'il_startup', title: 'AI-guided laser welding of battery trays', sectors: ['laser_technology'], requested: 2_500_000, months: 18, marks: [8, 5] },
  { lead: 'cn_ent_ship', partner: 'sg_fund', title: 'Methanol-ready retrofits for harbour tugs', sectors: ['green_shipping'], requested: 4_000_000, months: 30, marks: [6, 3] },
  { lead: 'cn_inst_bio', partner: 'de_medtech_rd', title: 'Organ-on-chip models for cell therapy safety testing', sectors: ['biomedicine'], requested: 2_000_000, months: 24, marks: [7, 4] },
] as const;

const REVIEWERS = [
  { key: 'hangzhou_experts', sectors: ['green_energy', 'biomedicine'], bias: 0 },
  { key: 'beijing_ttpc', sectors: ['laser_technology'], bias: -2 },
  { key: 'yrd_nic', sectors: ['green_shipping'], bias: 1 },
  { key: 'de_univ', sectors: ['biomedicine'], bias: 0 },
] as const;

export async function loadDemoProgrammes(stores: Stores, clock: Clock, publicUrl: string, actors: Map<string, DemoActor>): Promise<void> {
  const who = (key: string): DemoActor => actors.get(key) ?? (() => { throw new Error(`demo programmes name unknown organisation ${key}`); })();
  const commission = who('shanghai_stc');
  const at = (days: number) => new Date(clock.now().getTime() + days * DAY_MS).toISOString();
  const programmeId = await createProgramme(
    stores,
    clock,
    commission.actor,
    {
      organisationId: commission.organisationId,
      kind: 'call',
      title: {
        'zh-Hans': '双边共同资助产业创新合作项目（新加坡、以色列、芬兰）',
        en: 'Bilateral co-funded industrial innovation projects (Singapore, Israel, Finland)',
        de: 'Bilateral kofinanzierte industrielle Innovationsprojekte (Singapur, Israel, Finnland)',
      },
      description: {
        'zh-Hans': '支持本市企业、高校和科研院所与新加坡、以色列、芬兰的合作伙伴联合开展产业创新项目。须至少有一家已确认的外方合作单位。',
        en: 'Joint industrial innovation projects of the city’s enterprises, universities and institutes with partners in Singapore, Israel and Finland. At least one confirmed foreign partner is required.',
      },
      defaultLanguage: 'zh-Hans',
      sectors: ['green_energy', 'laser_technology', 'biomedicine'],
      budgetMinor: 10_000_000_00,
      currency: 'CNY',
      rounds: [
        { id: 'apply', kind: 'application', name: { 'zh-Hans': '申报', en: 'Applications' }, closesAt: at(20) },
        { id: 'review', kind: 'review', name: { 'zh-Hans': '专家评审', en: 'Expert review' }, closesAt: at(40) },
        { id: 'roadshow', kind: 'live_pitch', name: { 'zh-Hans': '现场路演', en: 'Live roadshow' }, closesAt: at(50) },
      ],
      eligibility: { organisationTypes: ['enterprise', 'university', 'research_institute'], countries: ['CN'], minPartners: 1, partnerFromOtherCountry: true, partnerOrganisationTypes: [] },
      form: [
        { id: 'plan', kind: 'long_text', label: { 'zh-Hans': '研究内容与实施方案', en: 'Work plan' }, required: true },
        { id: 'months', kind: 'number', label: { 'zh-Hans': '实施周期（月）', en: 'Duration (months)' }, min: 6, max: 36, required: true },
        { id: 'ip', kind: 'yes_no', label: { 'zh-Hans': '是否已有自主知识产权', en: 'Do you own the core IP?' }, required: true },
      ],
      review: {
        blind: true,
        reviewersPerApplication: 2,
        criteria: [
          { id: 'innovation', label: { 'zh-Hans': '创新性', en: 'Innovation' }, weight: 2, min: 0, max: 10 },
          { id: 'partnership', label: { 'zh-Hans': '合作基础', en: 'Partnership' }, weight: 1, min: 0, max: 5 },
        ],
      },
    },
    { demo: true },
  );
  await transitionProgramme(stores, clock, commission.actor, programmeId, 'open');

  const applicationIds: string[] = [];
  for (const a of APPLICATIONS) {
    const lead = who(a.lead);
    const partner = who(a.partner);
    const id = await createApplication(stores, clock, lead.actor, programmeId, {
      organisationId: lead.organisationId,
      title: a.title,
      summary: a.title,
      sectors: [...a.sectors],
      requestedMinor: a.requested * 100,
      answers: { plan: `${a.title}: joint pilot with the partner, then scale-up in Shanghai.`, months: a.months, ip: true },
    });
    await inviteCoApplicant(stores, lead.actor, id, partner.organisationId);
    await answerCoApplication(stores, partner.actor, id, partner.organisationId, true);
    await submitApplication(stores, clock, lead.actor, id);
    applicationIds.push(id);
  }

  for (const r of REVIEWERS) await addReviewer(stores, commission.actor, programmeId, { email: email(r.key), role: 'reviewer', sectors: [...r.sectors] });
  await addReviewer(stores, commission.actor, programmeId, { email: email('sg_fund'), role: 'juror' });
  await addReviewer(stores, commission.actor, programmeId, { email: email('hk_capital'), role: 'juror' });
  // The German university works with the German medtech R&D centre: a declared conflict.
  await declareConflict(stores, who('de_univ').actor, programmeId, { organisationId: who('de_medtech_rd').organisationId, reason: 'Joint laboratory with this R&D centre since 2022' });
  await autoAssign(stores, commission.actor, programmeId);

  const reviewerActors = new Map<string, { actor: Actor; bias: number }>(REVIEWERS.map((r) => [who(r.key).actor.userId, { actor: who(r.key).actor, bias: r.bias }]));
  for (const assignment of await stores.programmes.assignments(programmeId)) {
    const reviewer = reviewerActors.get(assignment.reviewerId);
    const index = applicationIds.indexOf(assignment.applicationId);
    const marks = APPLICATIONS[index]?.marks;
    if (!reviewer || !marks) continue;
    const innovation = Math.max(0, Math.min(10, marks[0] + reviewer.bias));
    await saveReview(stores, clock, reviewer.actor, assignment.id, { scores: { innovation, partnership: marks[1] }, comment: 'Clear work plan; partner commitment confirmed.', submit: true });
  }
  for (const [i, id] of applicationIds.entries()) {
    for (const juror of ['sg_fund', 'hk_capital']) {
      if (APPLICATIONS[i]?.partner === juror) continue; // conflicted: the fund is a co-applicant
      await scorePitch(stores, who(juror).actor, programmeId, 'roadshow', { applicationId: id, scores: { innovation: 9 - i, partnership: 4 } });
    }
  }

  await transitionProgramme(stores, clock, commission.actor, programmeId, 'close');
  const fundedId = applicationIds[0] ?? '';
  await decideApplication(stores, clock, publicUrl, commission.actor, fundedId, { decision: 'fund', awardedMinor: 2_800_000_00, note: '资助金额按评审意见核定。' });
  const project = await stores.programmes.projectForApplication(fundedId);
  if (project) {
    await addMilestone(stores, commission.actor, project.id, { title: 'Pilot cells tested at -30 °C', dueOn: at(180).slice(0, 10) });
    await recordPayment(stores, commission.actor, project.id, { amountMinor: 1_400_000_00, paidOn: at(0).slice(0, 10), note: 'First instalment (50%)' });
  }
}
