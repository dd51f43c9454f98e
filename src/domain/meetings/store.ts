/** Meeting slots, tables, 1:1 meetings and scheduler runs of an event. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MeetingStore {}
