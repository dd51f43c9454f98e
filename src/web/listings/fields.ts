/**
 * Per-type `details` fields of a listing, described once for the form, the detail view and the import
 * mapping. Limits mirror src/domain/listings/schema.ts (the server stays the judge).
 */
import type { ListingType } from '../../domain/shared/vocab.js';
import { ENUMS, type EnumGroup } from '../i18n/enums.js';

export type FieldKind =
  | 'int'
  | 'text'
  | 'textarea'
  | 'enum'
  | 'enumMulti'
  | 'date'
  | 'money'
  | 'moneyRange'
  | 'salary'
  | 'bool'
  | 'tags'
  | 'country'
  | 'degrees'
  | 'languages';

export interface DetailField {
  name: string;
  kind: FieldKind;
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  group?: EnumGroup;
  minItems?: number;
  maxItems?: number;
}

const cooperation = (required: boolean): DetailField => ({
  name: 'cooperationTypes',
  kind: 'enumMulti',
  group: 'cooperationType',
  required,
  ...(required ? { minItems: 1 } : {}),
  maxItems: 10,
});

export const DETAIL_FIELDS: Record<ListingType, DetailField[]> = {
  technology_offer: [
    { name: 'trl', kind: 'int', required: true, min: 1, max: 9 },
    { name: 'iprStatus', kind: 'enum', group: 'iprStatus', required: true },
    { name: 'patentNumbers', kind: 'tags', maxItems: 20, maxLength: 64 },
    cooperation(true),
    { name: 'applications', kind: 'textarea', maxLength: 2000 },
  ],
  technology_need: [
    { name: 'problem', kind: 'textarea', required: true, maxLength: 4000 },
    { name: 'desiredSolution', kind: 'textarea', required: true, maxLength: 4000 },
    { name: 'budget', kind: 'moneyRange' },
    { name: 'deadline', kind: 'date' },
    { name: 'trlMin', kind: 'int', min: 1, max: 9 },
    cooperation(false),
  ],
  project: [
    { name: 'stage', kind: 'enum', group: 'projectStage', required: true },
    { name: 'fundingSought', kind: 'money', required: true },
    { name: 'teamSize', kind: 'int', required: true, min: 1, max: 100000 },
    { name: 'useOfFunds', kind: 'textarea', required: true, maxLength: 4000 },
    cooperation(false),
  ],
  job: [
    { name: 'position', kind: 'text', required: true, maxLength: 200 },
    { name: 'discipline', kind: 'text', required: true, maxLength: 200 },
    { name: 'city', kind: 'text', maxLength: 120 },
    { name: 'country', kind: 'country' },
    { name: 'workMode', kind: 'enum', group: 'workMode', required: true },
    { name: 'contractType', kind: 'enum', group: 'contractType', required: true },
    { name: 'salary', kind: 'salary' },
    { name: 'deadline', kind: 'date' },
  ],
  talent: [
    { name: 'expertise', kind: 'textarea', required: true, maxLength: 4000 },
    { name: 'degrees', kind: 'degrees', maxItems: 10 },
    { name: 'languages', kind: 'languages', required: true, minItems: 1, maxItems: 20 },
    { name: 'seeking', kind: 'enumMulti', group: 'seeking', required: true, minItems: 1 },
    { name: 'willingToRelocate', kind: 'bool' },
  ],
  partner_request: [
    { name: 'partnerKind', kind: 'enum', group: 'partnerKind', required: true },
    { name: 'role', kind: 'textarea', required: true, maxLength: 1000 },
    cooperation(true),
  ],
  funding_call: [
    { name: 'programme', kind: 'text', required: true, maxLength: 300 },
    { name: 'eligibility', kind: 'textarea', required: true, maxLength: 4000 },
    { name: 'budget', kind: 'money', required: true },
    { name: 'deadline', kind: 'date', required: true },
  ],
};

export function enumValues(field: DetailField): readonly string[] {
  return field.group ? ENUMS[field.group] : [];
}

/** Sub-fields of compound kinds, as used in import paths (details.budget.min …). */
export const SUBFIELDS: Partial<Record<FieldKind, string[]>> = {
  money: ['amount', 'currency'],
  moneyRange: ['min', 'max', 'currency'],
  salary: ['min', 'max', 'currency', 'period'],
};

/** Common listing fields an import column can fill. */
export const COMMON_IMPORT_PATHS = [
  'type',
  'title',
  'summary',
  'language',
  'sectors',
  'keywords',
  'freeKeywords',
  'countriesSought',
  'visibility',
  'expiresAt',
] as const;

/** All importable field paths for the given listing types (compound fields split into their parts). */
export function importPaths(types: readonly ListingType[]): string[] {
  const paths = new Set<string>(COMMON_IMPORT_PATHS);
  for (const type of types) {
    for (const field of DETAIL_FIELDS[type]) {
      if (field.kind === 'degrees') continue;
      const subs = SUBFIELDS[field.kind];
      if (subs) for (const sub of subs) paths.add(`details.${field.name}.${sub}`);
      else paths.add(`details.${field.name}`);
    }
  }
  return [...paths];
}
