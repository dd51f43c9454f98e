import type { MembershipRecord, UserRecord } from '../../domain/accounts/store.js';
import { UI_LANGUAGES, type ContentLanguage } from '../../domain/shared/vocab.js';

export function presentUser(user: UserRecord, memberships: MembershipRecord[]) {
  const locale = (UI_LANGUAGES as readonly string[]).includes(user.locale ?? '') ? (user.locale as ContentLanguage) : null;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: memberships.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName, role: m.role })),
  };
}
