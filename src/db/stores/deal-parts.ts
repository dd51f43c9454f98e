/** Deal parties, listing and meeting links, stage history, notes, documents, and the exchange-rate table. */
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { normaliseRate } from '../../domain/deals/money.js';
import type { DealStore } from '../../domain/deals/store.js';
import type { DealStage, DropCategory, PartyRole, StageChangeKind } from '../../domain/deals/vocab.js';
import type { Executor } from '../client.js';
import { dealDocuments, dealListings, dealMeetings, dealNotes, dealParties, dealStageChanges, events, exchangeRates, files, organisations, users } from '../schema.js';
import { toStoredFile } from './files.js';

type Parts = Omit<DealStore, 'insert' | 'find' | 'update' | 'search' | 'summary' | 'findByMeeting' | 'findOpenBetween'>;

const toRate = (row: typeof exchangeRates.$inferSelect) => ({ ...row, rate: normaliseRate(row.rate) });

export function dealPartsStore(db: Executor): Parts {
  return {
    async parties(dealIds) {
      if (dealIds.length === 0) return [];
      const rows = await db
        .select({
          dealId: dealParties.dealId,
          organisationId: dealParties.organisationId,
          organisationName: organisations.name,
          country: organisations.country,
          role: dealParties.role,
          addedBy: dealParties.addedBy,
          addedAt: dealParties.addedAt,
        })
        .from(dealParties)
        .innerJoin(organisations, eq(organisations.id, dealParties.organisationId))
        .where(inArray(dealParties.dealId, dealIds))
        .orderBy(asc(dealParties.dealId), asc(dealParties.role), asc(dealParties.addedAt), asc(organisations.name));
      // 'owner' sorts before 'party': the owner comes first.
      return rows.map((r) => ({ ...r, role: r.role as PartyRole }));
    },
    async addParty(party) {
      await db.insert(dealParties).values(party);
    },
    async removeParty(dealId, organisationId) {
      await db.delete(dealParties).where(and(eq(dealParties.dealId, dealId), eq(dealParties.organisationId, organisationId)));
    },

    async listingIds(dealId) {
      return (await db.select({ id: dealListings.listingId }).from(dealListings).where(eq(dealListings.dealId, dealId))).map((r) => r.id);
    },
    async setListings(dealId, listingIds) {
      await db.delete(dealListings).where(eq(dealListings.dealId, dealId));
      if (listingIds.length) await db.insert(dealListings).values(listingIds.map((listingId) => ({ dealId, listingId })));
    },
    async meetings(dealIds) {
      if (dealIds.length === 0) return [];
      return db.select().from(dealMeetings).where(inArray(dealMeetings.dealId, dealIds));
    },
    async setMeetings(dealId, links) {
      await db.delete(dealMeetings).where(eq(dealMeetings.dealId, dealId));
      if (links.length) await db.insert(dealMeetings).values(links.map((l) => ({ dealId, ...l })));
    },
    async linkMeeting(link) {
      await db.insert(dealMeetings).values(link).onConflictDoNothing();
    },
    async eventTitles(eventIds) {
      if (eventIds.length === 0) return [];
      return db.select({ id: events.id, title: events.title, defaultLanguage: events.defaultLanguage, startsOn: events.startsOn }).from(events).where(inArray(events.id, eventIds));
    },

    async addStageChange(change) {
      await db.insert(dealStageChanges).values(change);
    },
    async stageHistory(dealId) {
      const rows = await db
        .select({ change: dealStageChanges, actorName: users.displayName })
        .from(dealStageChanges)
        .leftJoin(users, eq(users.id, dealStageChanges.actorId))
        .where(eq(dealStageChanges.dealId, dealId))
        .orderBy(asc(dealStageChanges.seq));
      return rows.map(({ change: { seq: _seq, ...change }, actorName }) => ({
        ...change,
        kind: change.kind as StageChangeKind,
        fromStage: change.fromStage as DealStage | null,
        toStage: change.toStage as DealStage,
        dropCategory: change.dropCategory as DropCategory | null,
        source: change.source === 'meeting_outcome' ? 'meeting_outcome' : 'user',
        actorName,
      }));
    },

    async addNote(note) {
      await db.insert(dealNotes).values(note);
    },
    async notes(dealId) {
      const rows = await db
        .select({ note: dealNotes, authorName: users.displayName })
        .from(dealNotes)
        .leftJoin(users, eq(users.id, dealNotes.authorId))
        .where(eq(dealNotes.dealId, dealId))
        .orderBy(desc(dealNotes.createdAt), asc(dealNotes.id));
      return rows.map(({ note, authorName }) => ({ ...note, authorName }));
    },
    async findNote(dealId, noteId) {
      const [row] = await db
        .select({ note: dealNotes, authorName: users.displayName })
        .from(dealNotes)
        .leftJoin(users, eq(users.id, dealNotes.authorId))
        .where(and(eq(dealNotes.dealId, dealId), eq(dealNotes.id, noteId)))
        .limit(1);
      return row ? { ...row.note, authorName: row.authorName } : null;
    },
    async deleteNote(dealId, noteId) {
      await db.delete(dealNotes).where(and(eq(dealNotes.dealId, dealId), eq(dealNotes.id, noteId)));
    },

    async addDocument(dealId, fileId, addedBy, at) {
      await db.insert(dealDocuments).values({ dealId, fileId, addedBy, addedAt: at });
    },
    async documents(dealId) {
      const rows = await db
        .select({ file: files, addedBy: dealDocuments.addedBy, addedAt: dealDocuments.addedAt })
        .from(dealDocuments)
        .innerJoin(files, eq(files.id, dealDocuments.fileId))
        .where(eq(dealDocuments.dealId, dealId))
        .orderBy(desc(dealDocuments.addedAt), asc(files.id));
      return rows.map((r) => ({ ...toStoredFile(r.file), dealId, addedBy: r.addedBy, addedAt: r.addedAt }));
    },
    async removeDocument(dealId, fileId) {
      await db.delete(dealDocuments).where(and(eq(dealDocuments.dealId, dealId), eq(dealDocuments.fileId, fileId)));
    },

    async rateOn(currency, reportingCurrency, onDate) {
      const [row] = await db
        .select()
        .from(exchangeRates)
        .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.reportingCurrency, reportingCurrency), lte(exchangeRates.validOn, onDate)))
        .orderBy(desc(exchangeRates.validOn))
        .limit(1);
      return row ? toRate(row) : null;
    },
    async rates(reportingCurrency) {
      const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.reportingCurrency, reportingCurrency)).orderBy(asc(exchangeRates.currency), desc(exchangeRates.validOn));
      return rows.map(toRate);
    },
    async upsertRates(rates) {
      for (const r of rates) {
        await db
          .insert(exchangeRates)
          .values(r)
          .onConflictDoUpdate({ target: [exchangeRates.currency, exchangeRates.reportingCurrency, exchangeRates.validOn], set: { rate: r.rate, setBy: r.setBy, createdAt: sql`now()` } });
      }
    },
  };
}
