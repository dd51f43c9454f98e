export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  locale: string | null;
  isPlatformAdmin: boolean;
  createdAt: Date;
}

export interface MembershipRecord {
  organisationId: string;
  organisationName: string;
  role: 'admin' | 'member';
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

export interface AccountStore {
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  insertUser(user: Omit<UserRecord, 'createdAt'> & { demo?: boolean }): Promise<void>;
  updateUser(id: string, patch: Partial<Pick<UserRecord, 'displayName' | 'locale' | 'passwordHash' | 'isPlatformAdmin'>>): Promise<void>;
  membershipsOf(userId: string): Promise<MembershipRecord[]>;
  insertSession(session: SessionRecord & { userAgent: string | null }): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | null>;
  touchSession(idHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOfUser(userId: string): Promise<void>;
  insertResetToken(token: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void>;
  /** Marks the token used and returns its user id if it was valid at `now`; null otherwise. */
  consumeResetToken(tokenHash: string, now: Date): Promise<string | null>;
}
