import Type, { type Static } from 'typebox';
import { CountryCode } from '../listings/schema.js';
import { ORGANISATION_TYPES, UI_LANGUAGES } from '../shared/vocab.js';

export const Email = Type.String({ format: 'email', maxLength: 254, description: 'E-mail address' });
export const Password = Type.String({ minLength: 10, maxLength: 200, description: 'At least 10 characters' });
export const Locale = Type.Enum([...UI_LANGUAGES], { description: 'UI language' });

export const RegisterInput = Type.Object(
  {
    email: Email,
    password: Password,
    displayName: Type.String({ minLength: 1, maxLength: 120 }),
    locale: Type.Optional(Locale),
    organisation: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 2, maxLength: 200 }),
          type: Type.Enum([...ORGANISATION_TYPES]),
          country: CountryCode,
          city: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RegisterInput = Static<typeof RegisterInput>;

export const LoginInput = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export type LoginInput = Static<typeof LoginInput>;

export const UpdateMeInput = Type.Object(
  { displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })), locale: Type.Optional(Locale) },
  { additionalProperties: false },
);
export type UpdateMeInput = Static<typeof UpdateMeInput>;

export const ResetRequestInput = Type.Object({ email: Email }, { additionalProperties: false });
export const ResetConfirmInput = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }), password: Password }, { additionalProperties: false });

export const Membership = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  organisationName: Type.String(),
  role: Type.Enum(['admin', 'member']),
});
export const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  locale: Type.Union([Locale, Type.Null()]),
  isPlatformAdmin: Type.Boolean(),
  memberships: Type.Array(Membership),
});
export type User = Static<typeof User>;
