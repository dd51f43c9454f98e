/**
 * Documents of an agreement (the signed text, annexes): files from src/domain/files linked to it. Those
 * who may edit the agreement attach and remove them; whoever may see the agreement downloads them, so a
 * parties-only agreement's documents stay with its parties.
 */
import { fail } from '../errors.js';
import { storeUpload, type UploadInput } from '../files/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { loadAgreement } from './commands.js';
import { canOnAgreement } from './policy.js';
import type { AgreementDocument, AgreementView } from './store.js';

const MAX_DOCUMENTS = 20;

async function editable(stores: Stores, actor: Actor | null, id: string): Promise<{ agreement: AgreementView; actor: Actor }> {
  const agreement = await loadAgreement(stores, actor, id);
  if (!actor) fail('UNAUTHENTICATED');
  if (!canOnAgreement(actor, 'edit', agreement)) fail('FORBIDDEN', { reason: 'not_a_party' });
  return { agreement, actor };
}

/** The file belongs to the uploader's party organisation (an admin's upload to the first party on the platform). */
function owningOrganisation(actor: Actor, agreement: AgreementView): string {
  const orgs = agreement.parties.flatMap((p) => (p.organisationId ? [p.organisationId] : []));
  return orgs.find((o) => actor.memberships.has(o)) ?? orgs[0] ?? [...actor.memberships.keys()][0] ?? fail('FORBIDDEN', { reason: 'no_organisation_to_own_the_file' });
}

export async function attachAgreementDocument(stores: Stores, ctx: { clock: Clock; maxUploadBytes: number }, actor: Actor | null, id: string, upload: UploadInput): Promise<AgreementDocument> {
  const { agreement, actor: a } = await editable(stores, actor, id);
  if ((await stores.agreements.documents(id)).length >= MAX_DOCUMENTS) fail('VALIDATION_FAILED', [{ path: '/file', message: `an agreement has at most ${MAX_DOCUMENTS} documents` }]);
  const file = await storeUpload(stores, ctx.clock, { userId: a.userId, organisationId: owningOrganisation(a, agreement) }, upload, { maxBytes: ctx.maxUploadBytes });
  const at = ctx.clock.now();
  await stores.agreements.addDocument(id, file.id, a.userId, at);
  await stores.platform.audit({ actorId: a.userId, action: 'agreement.document_added', subjectType: 'agreement', subjectId: id, details: { fileId: file.id, name: file.name, sha256: file.sha256 } });
  return { ...file, addedBy: a.userId, addedAt: at };
}

async function findDocument(stores: Stores, id: string, fileId: string): Promise<AgreementDocument> {
  return (await stores.agreements.documents(id)).find((d) => d.id === fileId) ?? fail('FILE_NOT_FOUND');
}

export async function detachAgreementDocument(stores: Stores, actor: Actor | null, id: string, fileId: string): Promise<void> {
  const { actor: a } = await editable(stores, actor, id);
  const document = await findDocument(stores, id, fileId);
  await stores.agreements.removeDocument(id, fileId);
  await stores.files.delete(fileId);
  await stores.platform.audit({ actorId: a.userId, action: 'agreement.document_removed', subjectType: 'agreement', subjectId: id, details: { fileId, name: document.name } });
}

export async function agreementDocumentContent(stores: Stores, actor: Actor | null, id: string, fileId: string): Promise<{ file: AgreementDocument; content: Uint8Array }> {
  await loadAgreement(stores, actor, id);
  const file = await findDocument(stores, id, fileId);
  return { file, content: (await stores.files.content(file.id)) ?? fail('FILE_NOT_FOUND') };
}
