import type { MemberRole, OrganisationType } from '../shared/vocab.js';

export interface OrganisationRecord {
  id: string;
  name: string;
  type: OrganisationType;
  country: string;
  city: string | null;
  sectors: string[];
  website: string | null;
  descriptions: Record<string, string>;
  verificationStatus: 'pending' | 'verified' | 'rejected';
  verificationNote: string | null;
  verifiedAt: Date | null;
  hasLogo: boolean;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MemberRecord {
  userId: string;
  displayName: string;
  email: string;
  role: MemberRole;
  joinedAt: Date;
}

export interface InvitationRecord {
  id: string;
  organisationId: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  acceptedAt: Date | null;
}

export interface OrganisationFilter {
  q?: string;
  type?: string[];
  country?: string[];
  verificationStatus?: string[];
  after?: { name: string; id: string };
  limit: number;
}

export interface OrganisationStore {
  insert(org: Omit<OrganisationRecord, 'createdAt' | 'updatedAt' | 'version' | 'hasLogo' | 'verifiedAt' | 'verificationNote'>): Promise<void>;
  find(id: string): Promise<OrganisationRecord | null>;
  update(id: string, patch: Partial<Omit<OrganisationRecord, 'id' | 'createdAt' | 'version'>>, expectedVersion?: number): Promise<boolean>;
  list(filter: OrganisationFilter): Promise<OrganisationRecord[]>;
  members(organisationId: string): Promise<MemberRecord[]>;
  memberRole(organisationId: string, userId: string): Promise<MemberRole | null>;
  addMember(organisationId: string, userId: string, role: MemberRole): Promise<void>;
  setMemberRole(organisationId: string, userId: string, role: MemberRole): Promise<void>;
  removeMember(organisationId: string, userId: string): Promise<void>;
  insertInvitation(inv: InvitationRecord & { tokenHash: string; invitedBy: string }): Promise<void>;
  findInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  markInvitationAccepted(id: string, at: Date): Promise<void>;
  setLogo(organisationId: string, mime: string, image: Uint8Array): Promise<void>;
  getLogo(organisationId: string): Promise<{ mime: string; image: Uint8Array } | null>;
  /** How many organisations there are, and in how many countries. */
  counts(): Promise<{ organisations: number; countries: number }>;
}
