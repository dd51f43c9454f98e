/** Deals as a table for CSV and XLSX: one row per deal, amounts in major units so spreadsheets sum them. */
import type { SheetCell } from '../listings/export.js';
import { minorDigits } from './money.js';
import type { DealRow } from './views.js';

export const DEAL_EXPORT_COLUMNS = [
  'id',
  'title',
  'type',
  'stage',
  'owner',
  'parties',
  'event',
  'amount',
  'currency',
  'exchangeRate',
  'rateDate',
  'rateSource',
  'reportingAmount',
  'reportingCurrency',
  'expectedCloseOn',
  'signedOn',
  'dropCategory',
  'dropReason',
  'createdAt',
  'updatedAt',
] as const;

const major = (minor: number, currency: string): number => minor / 10 ** minorDigits(currency);

export function dealSheet(rows: readonly DealRow[]): SheetCell[][] {
  return [
    [...DEAL_EXPORT_COLUMNS],
    ...rows.map(({ deal, parties, event }) => {
      const value = deal.value;
      const conversion = value?.conversion ?? null;
      const owner = parties.find((p) => p.role === 'owner');
      const eventTitle = event ? (event.title[event.defaultLanguage] ?? Object.values(event.title)[0] ?? '') : null;
      return [
        deal.id,
        deal.title,
        deal.type,
        deal.stage,
        owner?.organisationName ?? null,
        parties.filter((p) => p.role !== 'owner').map((p) => p.organisationName).join('; '),
        eventTitle,
        value ? major(value.amountMinor, value.currency) : null,
        value?.currency ?? null,
        conversion?.rate ?? null,
        conversion?.rateDate ?? null,
        conversion?.rateSource ?? null,
        conversion ? major(conversion.reportingAmountMinor, conversion.reportingCurrency) : null,
        conversion?.reportingCurrency ?? null,
        deal.expectedCloseOn,
        deal.signedOn,
        deal.dropCategory,
        deal.dropReason,
        deal.createdAt.toISOString(),
        deal.updatedAt.toISOString(),
      ];
    }),
  ];
}
