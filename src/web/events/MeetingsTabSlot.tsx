/**
 * SLOT for the "Meetings" tab of an event (1:1 matchmaking: requests, agenda, schedule). The meetings
 * area replaces the body of `meetingsTab` with its tab; returning null leaves the tab out.
 */
import { Skeleton, type TabsProps } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense } from 'react';
import type { EventDto } from '../api/events';
import { isMatchmakingEvent } from '../meetings/role';
import { MeetingsTabLabel } from '../meetings/TabLabel';

// The meetings views (planner included) load with the tab, not with every event page.
const MeetingsTab = lazy(() => import('../meetings/MeetingsTab'));

export function meetingsTab(event: EventDto, t: TFunction): NonNullable<TabsProps['items']>[number] | null {
  if (!isMatchmakingEvent(event)) return null;
  return {
    key: 'meetings',
    label: <MeetingsTabLabel event={event}>{t('meetings.tab')}</MeetingsTabLabel>,
    children: (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
        <MeetingsTab event={event} />
      </Suspense>
    ),
  };
}
