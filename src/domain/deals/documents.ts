/**
 * Documents of a deal: files (src/domain/files) linked to it. Any party attaches; the uploading
 * organisation or the owner detaches (the file goes with it); only the deal's parties (and platform
 * admins, who see every deal) download them.
 */
import { fail } from '../errors.js';
import { storeUpload, type UploadInput } from '../files/commands.js';
import type { Actor, Stores } from '../ports.js';
import { actingOrganisation, authoriseOnDeal, loadDeal, type DealContext } from './access.js';
import type { DealDocument } from './store.js';

const MAX_DOCUMENTS = 50;

export async function attachDocument(stores: Stores, ctx: DealContext & { maxUploadBytes: number }, actor: Actor | null, dealId: string, upload: UploadInput): Promise<DealDocument> {
  const access = await loadDeal(stores, actor, dealId);
  authoriseOnDeal(access, 'edit');
  if ((await stores.deals.documents(dealId)).length >= MAX_DOCUMENTS) fail('VALIDATION_FAILED', [{ path: '/file', message: `a deal has at most ${MAX_DOCUMENTS} documents` }]);
  const file = await storeUpload(stores, ctx.clock, { userId: access.actor.userId, organisationId: actingOrganisation(access) }, upload, { maxBytes: ctx.maxUploadBytes });
  const at = ctx.clock.now();
  await stores.deals.addDocument(dealId, file.id, access.actor.userId, at);
  await stores.platform.audit({ actorId: access.actor.userId, action: 'deal.document_added', subjectType: 'deal', subjectId: dealId, details: { fileId: file.id, name: file.name, mime: file.mime, sizeBytes: file.sizeBytes, sha256: file.sha256 } });
  return { ...file, dealId, addedBy: access.actor.userId, addedAt: at };
}

async function findDocument(stores: Stores, dealId: string, fileId: string): Promise<DealDocument> {
  return (await stores.deals.documents(dealId)).find((d) => d.id === fileId) ?? fail('FILE_NOT_FOUND');
}

export async function detachDocument(stores: Stores, actor: Actor | null, dealId: string, fileId: string): Promise<void> {
  const access = await loadDeal(stores, actor, dealId);
  authoriseOnDeal(access, 'edit');
  const document = await findDocument(stores, dealId, fileId);
  if (!access.standing.owner && !access.actor.memberships.has(document.ownerOrganisationId)) fail('FORBIDDEN', { reason: 'the uploading organisation or the owner removes a document' });
  await stores.deals.removeDocument(dealId, fileId);
  await stores.files.delete(fileId);
  await stores.platform.audit({ actorId: access.actor.userId, action: 'deal.document_removed', subjectType: 'deal', subjectId: dealId, details: { fileId, name: document.name } });
}

/** A document's bytes for a download, for those who may see the deal. */
export async function documentContent(stores: Stores, actor: Actor | null, dealId: string, fileId: string): Promise<{ file: DealDocument; content: Uint8Array }> {
  await loadDeal(stores, actor, dealId);
  const file = await findDocument(stores, dealId, fileId);
  const content = (await stores.files.content(file.id)) ?? fail('FILE_NOT_FOUND');
  return { file, content };
}
