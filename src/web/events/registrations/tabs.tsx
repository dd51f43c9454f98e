/** The event tabs of the registrations area: for everyone (registration, participants…) and for staff. */
import type { TabsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import { useMyRegistration } from './api';
import { DelegationsTab } from './DelegationsTab';
import { ExhibitorsTab } from './ExhibitorsTab';
import { MarketplaceTab } from './MarketplaceTab';
import { ParticipantsTab } from './ParticipantsTab';
import { RegistrationsAdmin } from './RegistrationsAdmin';
import { RegistrationTab, useMayHaveRegistration } from './RegistrationTab';

type Tab = NonNullable<TabsProps['items']>[number];

export function useRegistrationTabs(event: EventDto): { visitor: Tab[]; staff: Tab[] } {
  const { t } = useTranslation();
  const mine = useMyRegistration(event.id, useMayHaveRegistration(event));
  const staff = event.myOrganiserRole !== null;
  // The directory and the delegations are for the people taking part (the API says 403 to others).
  const insider = staff || mine.data?.status === 'confirmed';
  const visitor: Tab[] = [];
  if (!staff) visitor.push({ key: 'registration', label: t('registrations.tab'), children: <RegistrationTab event={event} /> });
  if (insider) {
    visitor.push({ key: 'participants', label: t('registrations.directory.tab'), children: <ParticipantsTab event={event} /> });
    visitor.push({ key: 'delegations', label: t('registrations.delegations.tab'), children: <DelegationsTab event={event} /> });
  }
  visitor.push({ key: 'exhibitors', label: t('registrations.exhibitors.tab'), children: <ExhibitorsTab event={event} /> });
  visitor.push({ key: 'marketplace', label: t('registrations.marketplace.tab'), children: <MarketplaceTab event={event} /> });
  const staffTabs: Tab[] = event.abilities.manageRegistrations ? [{ key: 'registrations', label: t('registrations.admin.tab'), children: <RegistrationsAdmin event={event} /> }] : [];
  return { visitor, staff: staffTabs };
}
