/** Words of the agreements registry. */
export const AGREEMENT_KINDS = ['framework_agreement', 'mou', 'joint_lab', 'incubation_platform', 'technology_transfer_platform', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** `expired` is never stored: it is read off the validity dates (see agreementStatus). */
export const AGREEMENT_STATUSES = ['in_force', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** public: everyone; parties: members of the organisations that are parties (and platform admins). */
export const AGREEMENT_VISIBILITIES = ['public', 'parties'] as const;
export type AgreementVisibility = (typeof AGREEMENT_VISIBILITIES)[number];
