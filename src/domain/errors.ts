/**
 * The one error catalogue. Every failure a client can see has a stable code, an HTTP status and an
 * English message (the web UI translates by code: `errors.<CODE>`). One handler in the server turns
 * AppError into `{ error: { code, message, details } }`; anything else becomes INTERNAL_ERROR.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid; see details for each field.' },
  BAD_REQUEST: { status: 400, message: 'The request could not be understood.' },
  CURSOR_INVALID: { status: 400, message: 'The paging cursor is not valid.' },
  UNKNOWN_CONCEPT: { status: 400, message: 'A sector or keyword code is not in the taxonomy.' },
  UNKNOWN_COUNTRY: { status: 400, message: 'A country code is not an ISO 3166-1 alpha-2 code.' },
  INVALID_RANGE: { status: 400, message: 'A range has its minimum above its maximum.' },
  REASON_REQUIRED: { status: 400, message: 'A reason is required for this decision.' },
  RESET_TOKEN_INVALID: { status: 400, message: 'The password reset link is invalid or has expired.' },
  INVITATION_INVALID: { status: 400, message: 'The invitation is invalid, already used or expired.' },
  IMPORT_FILE_INVALID: { status: 400, message: 'The uploaded file could not be read as CSV or XLSX.' },
  IMPORT_MAPPING_INVALID: { status: 400, message: 'The column mapping is not valid.' },
  UNAUTHENTICATED: { status: 401, message: 'You need to log in.' },
  INVALID_CREDENTIALS: { status: 401, message: 'E-mail or password is wrong.' },
  FORBIDDEN: { status: 403, message: 'You are not allowed to do this.' },
  CSRF_TOKEN_INVALID: { status: 403, message: 'The CSRF token is missing or wrong; reload the page.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'There is no such API route.' },
  LISTING_NOT_FOUND: { status: 404, message: 'The listing does not exist or you cannot see it.' },
  ORGANISATION_NOT_FOUND: { status: 404, message: 'The organisation does not exist.' },
  USER_NOT_FOUND: { status: 404, message: 'The user does not exist.' },
  EMAIL_TAKEN: { status: 409, message: 'An account with this e-mail already exists.' },
  ALREADY_MEMBER: { status: 409, message: 'This person is already a member of the organisation.' },
  LAST_ADMIN: { status: 409, message: 'An organisation must keep at least one administrator.' },
  LAST_ORGANISER: { status: 409, message: "An event must keep at least one full organiser." },
  VERSION_CONFLICT: { status: 409, message: 'Someone else changed this first; reload and apply your edit again.' },
  INVALID_TRANSITION: { status: 409, message: 'This action is not possible in the current status.' },
  INVALID_TIME_ZONE: { status: 400, message: "The time zone is not a known IANA time zone." },
  REGISTRATION_FORM_INVALID: { status: 400, message: "The registration does not fit the event's form; see details." },
  TICKET_INVALID: { status: 404, message: "This ticket code is not valid for this event." },
  EVENT_NOT_FOUND: { status: 404, message: "The event does not exist or you cannot see it." },
  EVENT_SESSION_NOT_FOUND: { status: 404, message: "The programme session does not exist." },
  ROOM_NOT_FOUND: { status: 404, message: "The room does not exist." },
  REGISTRATION_NOT_FOUND: { status: 404, message: "The registration does not exist or you cannot see it." },
  DELEGATION_NOT_FOUND: { status: 404, message: "The delegation does not exist." },
  EXHIBITOR_NOT_FOUND: { status: 404, message: "The exhibitor does not exist." },
  MATCH_NOT_FOUND: { status: 404, message: 'The match does not exist or you cannot see it.' },
  SAVED_SEARCH_NOT_FOUND: { status: 404, message: 'The saved search does not exist or is not yours.' },
  UNSUBSCRIBE_LINK_INVALID: { status: 404, message: 'This unsubscribe link is not valid (the alert may have been deleted).' },
  DEAL_NOT_FOUND: { status: 404, message: 'The deal does not exist or you cannot see it.' },
  DEAL_NOTE_NOT_FOUND: { status: 404, message: 'The note does not exist.' },
  FILE_NOT_FOUND: { status: 404, message: 'The file does not exist or you cannot see it.' },
  MEETING_NOT_FOUND: { status: 404, message: "The meeting does not exist or you cannot see it." },
  SLOT_NOT_FOUND: { status: 404, message: "The meeting slot does not exist." },
  SCHEDULE_RUN_NOT_FOUND: { status: 404, message: "The scheduler run does not exist." },
  TABLE_NOT_FOUND: { status: 404, message: "The meeting table does not exist." },
  AGREEMENT_NOT_FOUND: { status: 404, message: 'The agreement does not exist or you cannot see it.' },
  REPORT_FIGURE_NOT_FOUND: { status: 404, message: 'The report has no such figure for this year and scope.' },
  TRAINING_NOT_FOUND: { status: 404, message: 'The training programme does not exist.' },
  TRAINING_BATCH_NOT_FOUND: { status: 404, message: 'The training batch does not exist.' },
  AGREEMENT_RENEWAL_INVALID: { status: 400, message: 'The renewed agreement is not one you can see, or the renewal chain would loop.' },
  ALREADY_REGISTERED: { status: 409, message: "You are already registered for this event." },
  REGISTRATION_CLOSED: { status: 409, message: "Registration for this event is closed." },
  NOT_A_PARTICIPANT: { status: 409, message: "Only confirmed participants of this event can do this." },
  BOOTH_TAKEN: { status: 409, message: "This booth number is already assigned." },
  ALREADY_IN_DELEGATION: { status: 409, message: "A participant is already a member of another delegation of this event." },
  MEETING_REQUESTS_CLOSED: { status: 409, message: "Meeting requests are closed for this event." },
  MEETING_ALREADY_REQUESTED: { status: 409, message: "There is already an open or accepted request between you." },
  MEETING_CAP_REACHED: { status: 409, message: "The participant has reached the maximum number of meetings." },
  SCHEDULE_CONFLICT: { status: 409, message: "This place conflicts with the schedule; see details." },
  SCHEDULE_RUNNING: { status: 409, message: "The scheduler is already running for this event." },
  SESSION_FULL: { status: 409, message: "The session has no free places left." },
  SAVED_SEARCH_LIMIT: { status: 409, message: 'You have reached the maximum number of saved searches; delete one first.' },
  ALREADY_PARTY: { status: 409, message: 'This organisation is already a party to the deal.' },
  DEAL_PARTY_REQUIRED: { status: 409, message: 'A deal keeps its owner and at least one other party.' },
  SESSION_OUTSIDE_EVENT: { status: 400, message: "The session must lie within the event's days." },
  PROGRAMME_NOT_FOUND: { status: 404, message: 'The programme does not exist or you cannot see it.' },
  APPLICATION_NOT_FOUND: { status: 404, message: 'The application does not exist or you cannot see it.' },
  ASSIGNMENT_NOT_FOUND: { status: 404, message: 'The review assignment does not exist or is not yours.' },
  ROUND_NOT_FOUND: { status: 404, message: 'The programme has no such round (or it is not a live pitch round).' },
  PROJECT_NOT_FOUND: { status: 404, message: 'The funded project does not exist or you cannot see it.' },
  MILESTONE_NOT_FOUND: { status: 404, message: 'The milestone does not exist.' },
  DEADLINE_PASSED: { status: 409, message: 'The deadline for this has passed.' },
  NOT_A_REVIEWER: { status: 409, message: "This person is not in the programme's reviewer pool as a reviewer." },
  REVIEWER_CONFLICTED: { status: 409, message: 'The reviewer has a conflict of interest with this application.' },
  ALREADY_ASSIGNED: { status: 409, message: 'This reviewer is already assigned to this application.' },
  BUDGET_EXCEEDED: { status: 409, message: "The awarded amount would exceed the programme's budget." },
  PAYMENT_EXCEEDS_AWARD: { status: 409, message: 'The payments would exceed the awarded amount.' },
  APPLICATION_INVALID: { status: 422, message: "The application does not fit the programme's form; see details per question." },
  NOT_ELIGIBLE: { status: 422, message: "The application does not meet the programme's eligibility rules; see details." },
  REVIEW_INVALID: { status: 422, message: 'The scores do not fit the rubric; see details per criterion.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'This content type is not supported here.' },
  IMPORT_ROWS_INVALID: { status: 422, message: 'Some rows are not valid; nothing was imported.' },
  EXCHANGE_RATE_MISSING: { status: 422, message: 'There is no exchange rate for this currency; enter one or ask an administrator to add it.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; wait a moment and try again.' },
  INTERNAL_ERROR: { status: 500, message: 'Something went wrong on our side.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The service is temporarily unavailable; try again shortly.' },
  REPORT_FONT_MISSING: { status: 503, message: 'The PDF cannot be made: the CJK font file is missing. Install the Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk).' },
  REPORT_BROWSER_MISSING: { status: 503, message: 'The PDF cannot be made: the Chromium browser is missing. Install the Debian package chromium (apt-get install chromium).' },
  MATCHING_NOT_READY: { status: 503, message: 'Matching is starting up (loading its dictionaries); try again in a few seconds.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}

export function fail(code: ErrorCode, details?: unknown, message?: string): never {
  throw new AppError(code, details, message);
}

/** A field-level problem, in the same shape as schema validation errors. */
export interface FieldError {
  path: string;
  message: string;
  keyword?: string;
}
