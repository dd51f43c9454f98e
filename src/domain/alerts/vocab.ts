/** The alerts area's controlled vocabularies (labelled in src/web/i18n/locales/alerts/<lang>.json). */
export const ALERT_FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];
export type DigestFrequency = Exclude<AlertFrequency, 'off'>;

export const SUBSCRIPTION_KINDS = ['saved_search', 'match_alert'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/** Saved searches per user: enough for real use, bounded so one account cannot make the digest sweep slow. */
export const MAX_SAVED_SEARCHES = 50;
