import type { MeetingStore } from '../../domain/meetings/store.js';
import type { Executor } from '../client.js';

export function meetingStore(_db: Executor): MeetingStore {
  return {};
}
