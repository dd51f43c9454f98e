import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

interface Item {
  id: string;
  title: string;
  organisation: { id: string; name: string } | null;
  anonymous: boolean;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
  total: number;
  facets: Record<string, Array<{ value: string; count: number }>>;
}

let app: TestApp;
let cn: Member;
let vn: Member;
let de: Member;
const ids: Record<string, string> = {};

before(async () => {
  app = await createTestApp();
  cn = await registerMember(app, { name: '上海测试中心', country: 'CN' });
  vn = await registerMember(app, { name: 'Công ty Mekong', country: 'VN' });
  de = await registerMember(app, { name: 'Stealth Laser GmbH', country: 'DE' });
  ids.zh = (await createListing(app, cn, needInput({ title: '医疗器械表面涂层技术需求', summary: '寻求用于骨科植入物的抗菌涂层技术。', sectors: ['medical_devices'] }), true)).id;
  ids.zhHant = (await createListing(app, cn, needInput({ language: 'zh-Hant', title: '醫療影像人工智慧輔助診斷', summary: '尋求醫療影像輔助診斷的合作夥伴。', sectors: ['ai'] }), true)).id;
  ids.vi = (
    await createListing(
      app,
      vn,
      needInput({ language: 'vi', title: 'Ứng dụng trí tuệ nhân tạo trong nuôi tôm', summary: 'Cần giải pháp giám sát chất lượng nước ao tôm bằng cảm biến.', sectors: ['modern_agriculture'], keywords: ['kw.aquaculture'] }),
      true,
    )
  ).id;
  ids.de = (await createListing(app, de, offerInput({ language: 'de', title: 'Laserschweißen von Batteriewannen aus Aluminium', summary: 'Porenarmes Schweißen für Wärmepumpen und Batteriegehäuse.', visibility: 'anonymous' }), true)).id;
  ids.members = (await createListing(app, de, offerInput({ title: 'Members-only graphene membranes', summary: 'Graphene oxide membranes.', sectors: ['advanced_materials'], visibility: 'members' }), true)).id;
  ids.draft = (await createListing(app, cn, offerInput({ title: 'Unpublished draft about graphene' }))).id;
});
after(() => app.shutdown());

const search = (query: string, client = app.client()) => client.get<Page>(`/api/listings?${query}`);

describe('full-text search across languages', () => {
  test('finds a Chinese listing by a 2-character query', async () => {
    const res = await search(`q=${encodeURIComponent('涂层')}`);
    expectStatus(res, 200);
    assert.deepEqual(res.body.items.map((i) => i.id), [ids.zh]);
  });

  test('a simplified-Chinese query finds a traditional-Chinese listing', async () => {
    const res = await search(`q=${encodeURIComponent('医疗影像')}`);
    assert.ok(res.body.items.some((i) => i.id === ids.zhHant), JSON.stringify(res.body.items.map((i) => i.title)));
  });

  test('finds a Vietnamese listing by a query typed without accents', async () => {
    const res = await search(`q=${encodeURIComponent('tri tue nhan tao nuoi tom')}`);
    assert.deepEqual(res.body.items.map((i) => i.id), [ids.vi]);
  });

  test('finds a German listing with or without umlauts', async () => {
    for (const q of ['Wärmepumpen', 'Warmepumpen', 'laserschweissen']) {
      const res = await search(`q=${encodeURIComponent(q)}`);
      assert.ok(res.body.items.some((i) => i.id === ids.de), `${q}: ${JSON.stringify(res.body.items.map((i) => i.title))}`);
    }
  });

  test('finds listings through taxonomy labels in another language (a German word finds the Vietnamese aquaculture need)', async () => {
    const res = await search(`q=${encodeURIComponent('Aquakultur')}`);
    assert.ok(res.body.items.some((i) => i.id === ids.vi), JSON.stringify(res.body.items.map((i) => i.title)));
  });

  test('drafts are never found, members-only listings only when logged in', async () => {
    const anonymous = await search('q=graphene');
    assert.ok(!anonymous.body.items.some((i) => i.id === ids.draft || i.id === ids.members));
    const loggedIn = await search('q=graphene', vn.client);
    assert.ok(loggedIn.body.items.some((i) => i.id === ids.members));
    assert.ok(!loggedIn.body.items.some((i) => i.id === ids.draft));
  });

  test('hostile queries are answered, not crashed on', async () => {
    for (const q of ["'", '\\', '&|!():*', '   ', '😀', 'a'.repeat(500), "'; DROP TABLE listings; --"]) {
      expectStatus(await search(`q=${encodeURIComponent(q)}`), 200);
    }
    expectError(await search(`q=${'a'.repeat(600)}`), 400, 'VALIDATION_FAILED');
  });
});

describe('facets, filters, sorting and paging', () => {
  test('facets count types, sectors, countries and languages', async () => {
    const res = await search('limit=5');
    const facet = (name: string) => Object.fromEntries(res.body.facets[name]?.map((f) => [f.value, f.count]) ?? []);
    assert.equal(facet('type').technology_need, 3);
    assert.equal(facet('language').vi, 1);
    assert.equal(facet('country').VN, 1);
    assert.ok((facet('sector').laser_technology ?? 0) >= 1);
    // The needs' deadline 2027-06-30 is more than 90 days after the test clock's 2026-11-21.
    assert.equal(facet('deadline').later, 3);
  });

  test('filters combine: type, country, language, TRL range', async () => {
    const res = await search('type=technology_offer&country=DE&trlMin=6&trlMax=8');
    assert.deepEqual(res.body.items.map((i) => i.id), [ids.de]);
    const none = await search('type=technology_offer&trlMin=8');
    assert.equal(none.body.total, 0);
    expectError(await search('trlMin=10'), 400, 'VALIDATION_FAILED');
    expectError(await search('type=spaceship'), 400, 'VALIDATION_FAILED');
  });

  test('cursor paging walks every result exactly once, sorted by date', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page } = await search(`sort=date&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, new Set(seen).size);
    assert.equal(seen.length, 4, 'four public published listings');
    expectError(await search('cursor=not-a-cursor'), 400, 'CURSOR_INVALID');
  });
});

describe('anonymous listings never expose their organisation', () => {
  const outsiders = () => [app.client(), cn.client, vn.client];

  test('not in search results, not in the detail, not when filtering by the organisation', async () => {
    for (const client of outsiders()) {
      const listed = await search(`q=${encodeURIComponent('Laserschweißen')}`, client);
      const item = listed.body.items.find((i) => i.id === ids.de);
      assert.ok(item, 'the anonymous listing is findable');
      assert.equal(item.organisation, null);
      assert.equal(item.anonymous, true);
      assert.ok(!JSON.stringify(item).includes('Stealth Laser'), 'no organisation name anywhere in the item');
      assert.ok(!JSON.stringify(item).includes(de.organisationId), 'no organisation id anywhere in the item');
      const detail = await client.get<Item>(`/api/listings/${ids.de}`);
      expectStatus(detail, 200);
      assert.ok(!JSON.stringify(detail.body).includes('Stealth Laser') && !JSON.stringify(detail.body).includes(de.organisationId));
      const byOrg = await search(`organisationId=${de.organisationId}`, client);
      assert.ok(!byOrg.body.items.some((i) => i.id === ids.de), 'filtering by organisation does not reveal its anonymous listings');
    }
  });

  test('the owning organisation and moderators still see who owns it', async () => {
    const own = await de.client.get<Item>(`/api/listings/${ids.de}`);
    assert.equal(own.body.organisation?.id, de.organisationId);
    const admin = await app.admin();
    assert.equal((await admin.get<Item>(`/api/listings/${ids.de}`)).body.organisation?.id, de.organisationId);
  });
});

describe('home page statistics', () => {
  test('counts published, non-members-only listings by type, organisations and countries', async () => {
    const res = await app.client().get<{ listings: { total: number; byType: Record<string, number> }; organisations: number; countries: number }>('/api/stats');
    expectStatus(res, 200);
    assert.equal(res.body.listings.byType.technology_need, 3);
    assert.equal(res.body.listings.byType.technology_offer, 1, 'the members-only offer and the draft are not counted');
    assert.equal(res.body.listings.total, 4);
    assert.equal(res.body.organisations, 3);
    assert.equal(res.body.countries, 3);
  });
});
