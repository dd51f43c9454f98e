/**
 * Demo registries, modelled on the municipal S&T cooperation report in the source texts: framework
 * agreements with five provinces and cities, memoranda renewed with Brazil, Thailand and Chile, two joint
 * laboratories, Belt and Road technology-transfer and cross-border incubation platforms, strategic
 * cooperation agreements with foreign R&D centres; trainings for partner regions adding up to the
 * report's "24 batches, 1,080 trainees" last year and "2,000+ technicians online and offline".
 * Dates are relative to the clock's year, so "last year" always has a full annual picture.
 * Everything goes through the domain commands.
 */
import { createAgreement } from '../../domain/agreements/commands.js';
import type { AgreementInput, AgreementPartyInput } from '../../domain/agreements/schema.js';
import type { Clock, Stores } from '../../domain/ports.js';
import { addBatch, createTraining, setTrainees } from '../../domain/trainings/commands.js';
import type { TrainingBatchInput, TrainingProgrammeInput } from '../../domain/trainings/schema.js';
import type { DemoActor } from './events.js';

interface Ctx {
  stores: Stores;
  clock: Clock;
  actors: Map<string, DemoActor>;
  year: number;
}

function who(ctx: Ctx, key: string): DemoActor {
  const a = ctx.actors.get(key);
  if (!a) throw new Error(`demo registries name unknown organisation ${key}`);
  return a;
}

const org = (ctx: Ctx, key: string): AgreementPartyInput => ({ organisationId: who(ctx, key).organisationId });
const named = (name: string, country: string, region?: string): AgreementPartyInput => ({ name, country, ...(region ? { region } : {}) });
const day = (year: number, md: string) => `${year}-${md}`;

async function agreement(ctx: Ctx, recorder: string, input: AgreementInput): Promise<string> {
  return createAgreement(ctx.stores, ctx.clock, who(ctx, recorder).actor, input, { demo: true });
}

const PROVINCES: Array<{ region: string; party: string; zh: string; md: string; sectors: string[] }> = [
  { region: 'Ningxia', party: 'Department of Science and Technology of Ningxia Hui Autonomous Region', zh: '宁夏回族自治区', md: '03-18', sectors: ['modern_agriculture', 'green_energy'] },
  { region: 'Hubei', party: 'Hubei Provincial Department of Science and Technology', zh: '湖北省', md: '04-22', sectors: ['laser_technology', 'biomedicine'] },
  { region: 'Jiangxi', party: 'Jiangxi Provincial Department of Science and Technology', zh: '江西省', md: '06-09', sectors: ['advanced_materials', 'modern_agriculture'] },
  { region: 'Sanming, Fujian', party: 'Sanming Municipal Science and Technology Bureau', zh: '福建省三明市', md: '09-12', sectors: ['energy_environment', 'modern_agriculture'] },
  { region: "Lu'an, Anhui", party: "Lu'an Municipal Science and Technology Bureau", zh: '安徽省六安市', md: '11-03', sectors: ['biomedicine', 'intelligent_manufacturing'] },
];

const MOU_PARTNERS: Array<{ country: string; party: string; zh: string; en: string; sectors: string[] }> = [
  { country: 'BR', party: 'Ministry of Science, Technology and Innovation of Brazil', zh: '巴西', en: 'Brazil', sectors: ['biomedicine', 'green_energy'] },
  { country: 'TH', party: 'Ministry of Higher Education, Science, Research and Innovation of Thailand', zh: '泰国', en: 'Thailand', sectors: ['modern_agriculture', 'smart_transport'] },
  { country: 'CL', party: 'Ministry of Science, Technology, Knowledge and Innovation of Chile', zh: '智利', en: 'Chile', sectors: ['green_energy', 'advanced_materials'] },
];

const PLATFORMS: Array<{ country: string; party: string; zh: string; en: string; kind: AgreementInput['kind'] }> = [
  { country: 'KR', party: 'Gyeonggi Global Startup Centre', zh: '韩国', en: 'Korea', kind: 'incubation_platform' },
  { country: 'AZ', party: 'Innovation and Digital Development Agency of Azerbaijan', zh: '阿塞拜疆', en: 'Azerbaijan', kind: 'technology_transfer_platform' },
  { country: 'MK', party: 'Fund for Innovation and Technology Development of North Macedonia', zh: '北马其顿', en: 'North Macedonia', kind: 'technology_transfer_platform' },
];

async function loadAgreements(ctx: Ctx): Promise<number> {
  const last = ctx.year - 1;
  let n = 0;
  for (const p of PROVINCES) {
    await agreement(ctx, 'shanghai_stc', {
      kind: 'framework_agreement',
      title: { 'zh-Hans': `上海市与${p.zh}科技合作框架协议`, en: `S&T cooperation framework agreement between Shanghai and ${p.region}` },
      defaultLanguage: 'zh-Hans',
      parties: [org(ctx, 'shanghai_stc'), named(p.party, 'CN', p.region)],
      sectors: p.sectors,
      signedOn: day(last, p.md),
      validFrom: day(last, p.md),
      validUntil: day(last + 5, p.md),
      visibility: 'public',
      notes: 'Counterpart support and regional cooperation: joint projects, training of S&T staff, matchmaking events (demo record).',
    });
    n++;
  }
  for (const m of MOU_PARTNERS) {
    const first = await agreement(ctx, 'shanghai_stc', {
      kind: 'mou',
      title: { 'zh-Hans': `与${m.zh}科技创新合作谅解备忘录`, en: `Memorandum of understanding on S&T innovation cooperation with ${m.en}` },
      defaultLanguage: 'zh-Hans',
      parties: [org(ctx, 'shanghai_stc'), named(m.party, m.country)],
      sectors: m.sectors,
      signedOn: day(last - 5, '05-20'),
      validUntil: day(last, '05-19'),
      visibility: 'public',
      notes: 'Belt and Road S&T innovation action plan (demo record).',
    });
    await agreement(ctx, 'shanghai_stc', {
      kind: 'mou',
      title: { 'zh-Hans': `与${m.zh}续签科技创新合作谅解备忘录`, en: `Renewed memorandum of understanding on S&T innovation cooperation with ${m.en}` },
      defaultLanguage: 'zh-Hans',
      parties: [org(ctx, 'shanghai_stc'), named(m.party, m.country)],
      sectors: m.sectors,
      signedOn: day(last, '05-20'),
      validUntil: day(last + 5, '05-19'),
      renewedFromId: first,
      visibility: 'public',
      notes: 'Renewal for a further five years (demo record).',
    });
    n += 2;
  }
  await agreement(ctx, 'cn_inst_bio', {
    kind: 'joint_lab',
    title: { 'zh-Hans': '细胞治疗联合实验室共建协议', en: 'Joint laboratory for cell therapy', de: 'Gemeinsames Labor für Zelltherapie' },
    defaultLanguage: 'zh-Hans',
    parties: [org(ctx, 'cn_inst_bio'), org(ctx, 'fi_univ'), org(ctx, 'shanghai_stc')],
    sectors: ['cell_therapy', 'biomedicine'],
    signedOn: day(last, '07-06'),
    validUntil: day(last + 4, '07-05'),
    visibility: 'public',
    notes: 'Shared GMP facility in Shanghai, researcher exchange of up to six people a year (demo record).',
  });
  await agreement(ctx, 'de_laser_inst', {
    kind: 'joint_lab',
    title: { de: 'Deutsch-chinesisches Gemeinsames Labor für Lasertechnik', en: 'Sino-German joint laboratory for laser technology', 'zh-Hans': '中德激光技术联合实验室' },
    defaultLanguage: 'de',
    parties: [org(ctx, 'de_laser_inst'), org(ctx, 'cn_ent_laser')],
    sectors: ['laser_technology', 'new_energy_vehicles'],
    signedOn: day(last, '10-15'),
    validUntil: day(last + 3, '10-14'),
    visibility: 'public',
    notes: 'Laser welding of battery trays; two PhD positions (demo record).',
  });
  n += 2;
  for (const p of PLATFORMS) {
    await agreement(ctx, 'cn_incubator', {
      kind: p.kind,
      title: {
        'zh-Hans': `“一带一路”国际技术转移及跨境孵化平台（${p.zh}）`,
        en: `Belt and Road international technology transfer and cross-border incubation platform (${p.en})`,
      },
      defaultLanguage: 'zh-Hans',
      parties: [org(ctx, 'cn_incubator'), org(ctx, 'shanghai_stc'), named(p.party, p.country)],
      sectors: ['ai', 'green_energy'],
      signedOn: day(last, p.country === 'KR' ? '03-28' : p.country === 'AZ' ? '08-17' : '12-01'),
      visibility: 'public',
      notes: 'Extends the technology transfer network to East Asia, Central Asia and Central and Eastern Europe (demo record).',
    });
    n++;
  }
  await agreement(ctx, 'yrd_nic', {
    kind: 'framework_agreement',
    title: { 'zh-Hans': '全球创新伙伴计划战略合作协议', en: 'Global Innovation Partner strategic cooperation agreement', de: 'Strategische Kooperationsvereinbarung im Global Innovation Partner Programm' },
    defaultLanguage: 'zh-Hans',
    parties: [org(ctx, 'yrd_nic'), org(ctx, 'de_medtech_rd')],
    sectors: ['biomedicine', 'medical_devices'],
    signedOn: day(ctx.year, '05-29'),
    visibility: 'public',
    notes: 'Signed at the Global Innovation Partner Open Day with foreign R&D centres (demo record).',
  });
  await agreement(ctx, 'yrd_nic', {
    kind: 'framework_agreement',
    title: { 'zh-Hans': '测量仪器联合研发合作协议', en: 'Joint R&D agreement on measurement instruments' },
    defaultLanguage: 'zh-Hans',
    parties: [org(ctx, 'yrd_nic'), org(ctx, 'de_instruments')],
    sectors: ['equipment_manufacturing'],
    signedOn: day(ctx.year, '05-29'),
    visibility: 'parties',
    notes: 'Terms are confidential to the parties (demo record).',
  });
  n += 2;
  const talentEvent = await pastEventOf(ctx, 'hangzhou_talent');
  await agreement(ctx, 'hangzhou_talent', {
    kind: 'mou',
    title: { 'zh-Hant': '海外高層次人才交流合作備忘錄', 'zh-Hans': '海外高层次人才交流合作备忘录', en: 'Memorandum on exchange of overseas high-level talent' },
    defaultLanguage: 'zh-Hant',
    parties: [org(ctx, 'hangzhou_talent'), org(ctx, 'hangzhou_experts')],
    sectors: ['synthetic_biology', 'ai'],
    signedOn: talentEvent?.startsOn ?? day(ctx.year, '11-12'),
    eventId: talentEvent?.id ?? null,
    visibility: 'public',
  });
  return n + 1;
}

async function pastEventOf(ctx: Ctx, key: string): Promise<{ id: string; startsOn: string } | null> {
  const organisationId = who(ctx, key).organisationId;
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const events = await ctx.stores.events.list({ when: 'past', today, organiserOrganisationIds: [organisationId], mineForUserId: who(ctx, key).actor.userId, includeAllDrafts: false, limit: 5 });
  return events[0] ?? null;
}

/** Spreads `total` trainees over `count` batches, a few more or less in each, summing exactly. */
function counts(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const out = Array.from({ length: count }, (_, i) => base + ((i % 3) - 1) * 4);
  out[count - 1] = (out[count - 1] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

const REGIONS = ['Diqing, Yunnan', 'Kashgar, Xinjiang', 'Ningxia', 'Hainan', 'Sanming, Fujian', 'Zunyi, Guizhou'];

async function programme(ctx: Ctx, organiser: string, input: Omit<TrainingProgrammeInput, 'organisationId'>, batches: TrainingBatchInput[]): Promise<{ id: string; batchIds: string[] }> {
  const o = who(ctx, organiser);
  const id = await createTraining(ctx.stores, ctx.clock, o.actor, { organisationId: o.organisationId, ...input }, { demo: true });
  const batchIds: string[] = [];
  for (const b of batches) batchIds.push(await addBatch(ctx.stores, o.actor, id, b));
  return { id, batchIds };
}

async function loadTrainings(ctx: Ctx): Promise<number> {
  const last = ctx.year - 1;
  const month = (i: number, n: number) => String(2 + Math.floor((i * 10) / n)).padStart(2, '0');
  // 16 + 8 batches, 720 + 360 = 1,080 trainees last year: the report's figures.
  const cadres = counts(720, 16);
  await programme(
    ctx,
    'shanghai_stc',
    {
      title: { 'zh-Hans': '对口地区科技管理干部培训班', en: 'S&T management training for counterpart regions', de: 'Schulung für Wissenschaftsverwaltung der Partnerregionen' },
      defaultLanguage: 'zh-Hans',
      description: {
        'zh-Hans': '依托科技管理干部学院，面向对口地区科技管理人员开展政策、项目管理与成果转化培训。',
        en: 'Held with a college for S&T administrators: policy, project management and technology transfer for S&T officials of counterpart regions.',
      },
      partnerCountries: ['CN'],
      partnerRegions: REGIONS,
      sectors: ['modern_agriculture', 'biomedicine', 'energy_environment'],
    },
    cadres.map((traineeCount, i) => ({
      label: `第${i + 1}期`,
      startsOn: day(last, `${month(i, 16)}-${String(3 + (i % 2) * 14).padStart(2, '0')}`),
      endsOn: day(last, `${month(i, 16)}-${String(7 + (i % 2) * 14).padStart(2, '0')}`),
      mode: 'offline' as const,
      location: 'Shanghai',
      traineeCount,
    })),
  );
  const rd = counts(360, 8);
  const enterprise = await programme(
    ctx,
    'shanghai_stc',
    {
      title: { 'zh-Hans': '对口地区企业创新研发人员培训', en: 'Innovation training for R&D staff of enterprises in counterpart regions' },
      defaultLanguage: 'zh-Hans',
      partnerCountries: ['CN'],
      partnerRegions: REGIONS.slice(0, 4),
      sectors: ['biomedicine', 'modern_agriculture'],
    },
    rd.map((traineeCount, i) => ({
      label: `Batch ${i + 1}`,
      startsOn: day(last, `${month(i, 8)}-10`),
      endsOn: day(last, `${month(i, 8)}-14`),
      mode: i % 2 === 0 ? ('offline' as const) : ('hybrid' as const),
      location: i % 2 === 0 ? 'Shanghai' : 'Shanghai / online',
      traineeCount,
    })),
  );
  await setTrainees(ctx.stores, who(ctx, 'shanghai_stc').actor, enterprise.id, enterprise.batchIds[0] ?? '', [
    { name: '李娜', organisation: '迪庆高原生物技术研究院', country: 'CN', email: 'li.na@demo.innox.example' },
    { name: '马建国', organisation: '宁夏枸杞产业研究院', country: 'CN', email: null },
    { name: '阿依古丽', organisation: '喀什农业科技有限公司', country: 'CN', email: null },
  ]);
  // The talent cultivation project: 2,000+ technicians, online and offline.
  await programme(
    ctx,
    'shanghai_stc',
    {
      title: { 'zh-Hans': '科技人才培育项目技术培训', en: 'Technical training of the S&T talent cultivation project' },
      defaultLanguage: 'zh-Hans',
      partnerCountries: ['CN'],
      partnerRegions: REGIONS,
      sectors: ['modern_agriculture', 'environmental_health'],
    },
    counts(2046, 6).map((traineeCount, i) => ({
      startsOn: day(last, `${String(3 + i * 1).padStart(2, '0')}-20`),
      endsOn: day(last, `${String(3 + i * 1).padStart(2, '0')}-21`),
      mode: i < 4 ? ('online' as const) : ('offline' as const),
      location: i < 4 ? null : REGIONS[i] ?? null,
      traineeCount,
    })),
  );
  // The China–ASEAN innovation and entrepreneurship camp, last year and this year.
  const camp = await programme(
    ctx,
    'cn_incubator',
    {
      title: { 'zh-Hans': '中国-东盟创新创业训练营', en: 'China–ASEAN innovation and entrepreneurship camp', vi: 'Trại huấn luyện đổi mới sáng tạo và khởi nghiệp Trung Quốc – ASEAN' },
      defaultLanguage: 'zh-Hans',
      partnerCountries: ['VN', 'TH', 'MY', 'ID', 'SG'],
      partnerRegions: [],
      sectors: ['ai', 'modern_agriculture'],
    },
    [
      { label: '2nd camp', startsOn: day(last, '08-14'), endsOn: day(last, '08-25'), mode: 'offline', location: 'Shanghai', traineeCount: 62 },
      { label: '3rd camp (online warm-up)', startsOn: day(ctx.year, '06-02'), endsOn: day(ctx.year, '06-04'), mode: 'online', location: null, traineeCount: 118 },
    ],
  );
  await setTrainees(ctx.stores, who(ctx, 'cn_incubator').actor, camp.id, camp.batchIds[0] ?? '', [
    { name: 'Trần Minh Khoa', organisation: 'Trường Đại học Khoa học Ứng dụng Bến Nghé', country: 'VN', email: 'khoa@demo.innox.example' },
    { name: 'Siriporn Chaiyaporn', organisation: 'Chiang Mai Startup Hub', country: 'TH', email: null },
    { name: 'Ahmad Faiz', organisation: 'Penang Agritech', country: 'MY', email: null },
  ]);
  return 4;
}

export async function loadDemoRegistries(stores: Stores, clock: Clock, actors: Map<string, DemoActor>): Promise<{ agreements: number; trainings: number }> {
  const ctx: Ctx = { stores, clock, actors, year: clock.now().getUTCFullYear() };
  return { agreements: await loadAgreements(ctx), trainings: await loadTrainings(ctx) };
}
