/** Check-in at the door (scanning QR tickets) and the attendance it records. */
import { attendanceReport, checkIn } from '../../../domain/events/registration-checkin.js';
import { CheckInInput } from '../../../domain/events/registration-schema.js';
import type { App, AppContext } from '../../context.js';
import { AttendanceResponse, CheckInResponse, presentAttendance, presentCheckIn } from '../../presenters/registration.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['registrations'];

export async function checkInRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/events/:id/check-in',
    {
      schema: {
        operationId: 'checkInParticipant',
        tags,
        summary: 'Check a confirmed participant in by ticket code (or by hand by registration id); event staff',
        description:
          'One attendance record per participant and local day of the event. Scanning again the same day answers 200 with `alreadyCheckedIn: true`. ' +
          'An unknown code is 404 TICKET_INVALID; a registration that is not confirmed is 409 INVALID_TRANSITION with its status.',
        params: IdParams,
        body: CheckInInput,
        response: { 200: CheckInResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => presentCheckIn(await ctx.uow.run((s) => checkIn(s, ctx.clock, request.actor, request.params.id, request.body))),
  );

  app.get(
    '/api/events/:id/attendance',
    {
      schema: {
        operationId: 'getEventAttendance',
        tags,
        summary: 'Attendance per day and per participant type, with the participants checked in (event staff)',
        params: IdParams,
        response: { 200: AttendanceResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => presentAttendance(await ctx.uow.read((s) => attendanceReport(s, request.actor, request.params.id))),
  );
}
