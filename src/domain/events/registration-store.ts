/** Registrations, attendance, delegations and exhibitors of events. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RegistrationStore {}
