/** Every route of the events area (events, programme, registrations, meetings), registered in one place. */
import type { App, AppContext } from '../../context.js';
import { agendaRoutes } from './agenda.js';
import { checkInRoutes } from './checkin.js';
import { delegationRoutes } from './delegations.js';
import { eventRoutes } from './events.js';
import { exhibitorRoutes } from './exhibitors.js';
import { meetingRequestRoutes } from './meeting-requests.js';
import { meetingScheduleRoutes } from './meeting-schedule.js';
import { meetingSetupRoutes } from './meeting-setup.js';
import { programmeSessionRoutes } from './programme-sessions.js';
import { participantRoutes } from './participants.js';
import { programmeRoutes } from './programme.js';
import { registrationRoutes } from './registrations.js';

export async function eventAreaRoutes(app: App, ctx: AppContext) {
  await eventRoutes(app, ctx);
  await registrationRoutes(app, ctx);
  await participantRoutes(app, ctx);
  await checkInRoutes(app, ctx);
  await delegationRoutes(app, ctx);
  await exhibitorRoutes(app, ctx);
  await meetingSetupRoutes(app, ctx);
  await meetingRequestRoutes(app, ctx);
  await meetingScheduleRoutes(app, ctx);
  await agendaRoutes(app, ctx);
  await programmeRoutes(app, ctx);
  await programmeSessionRoutes(app, ctx);
}
