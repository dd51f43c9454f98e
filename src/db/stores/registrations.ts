import type { RegistrationStore } from '../../domain/events/registration-store.js';
import type { Executor } from '../client.js';

export function registrationStore(_db: Executor): RegistrationStore {
  return {};
}
