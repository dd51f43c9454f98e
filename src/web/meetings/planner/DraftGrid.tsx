/**
 * The draft timetable: slots (rows, with their times) × tables (columns), each meeting a card with both
 * names; pinned meetings and what changed since the last publication stand out. Clicking a meeting moves
 * it. Meetings the draft leaves out are listed above the grid. The grid scrolls sideways on narrow screens.
 */
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import type { MeetingDto, ScheduleDto } from '../../api/meetings';
import { useEventTime } from '../../events/time';
import { groupSlots, partyName, PinnedIcon } from '../bits';
import { MoveMeetingModal } from './MoveMeetingModal';

export type DraftChange = 'new' | 'moved' | 'removed' | null;

/** How a meeting's draft place differs from what participants were last shown. */
export function draftChange(m: MeetingDto): DraftChange {
  if (m.draft && !m.place) return 'new';
  if (!m.draft && m.place) return 'removed';
  if (m.draft && m.place && (m.draft.slotId !== m.place.slotId || m.draft.tableId !== m.place.tableId)) return 'moved';
  return null;
}

function MeetingCard({ meeting, onOpen, where }: { meeting: MeetingDto; onOpen: () => void; where: string }) {
  const { t } = useTranslation();
  const change = draftChange(meeting);
  const a = meeting.requester;
  const b = meeting.receiver;
  const changeText = change ? t(`meetings.grid.change.${change}`) : t('meetings.grid.change.published');
  return (
    <button
      type="button"
      className={`mtg-cell-card${change ? ` mtg-change-${change}` : ''}`}
      onClick={onOpen}
      aria-label={`${t('meetings.grid.cardLabel', { a: partyName(a), b: partyName(b), where, change: changeText })}${meeting.fixed ? `, ${t('meetings.planner.pinned')}` : ''}`}
    >
      <span className="mtg-cell-head">
        {meeting.fixed && <PinnedIcon />}
        {change && <span className="mtg-change-tag">{t(`meetings.grid.change.${change}`)}</span>}
      </span>
      <span className="mtg-cell-name">{a?.displayName ?? '—'}</span>
      {a?.organisationName && a.organisationName !== a.displayName && <span className="mtg-cell-org">{a.organisationName}</span>}
      <span className="mtg-cell-name">{b?.displayName ?? '—'}</span>
      {b?.organisationName && b.organisationName !== b.displayName && <span className="mtg-cell-org">{b.organisationName}</span>}
    </button>
  );
}

export function DraftGrid({ event, schedule }: { event: EventDto; schedule: ScheduleDto }) {
  const { t } = useTranslation();
  const time = useEventTime(event.timeZone);
  const [openId, setOpenId] = useState<string | null>(null);
  const days = useMemo(() => groupSlots(schedule.slots, schedule.timeZone), [schedule.slots, schedule.timeZone]);
  const byCell = useMemo(() => new Map(schedule.meetings.filter((m) => m.draft).map((m) => [`${m.draft?.slotId}|${m.draft?.tableId}`, m])), [schedule.meetings]);
  const unplaced = schedule.meetings.filter((m) => !m.draft);
  const open = schedule.meetings.find((m) => m.id === openId) ?? null;

  if (schedule.slots.length === 0 || schedule.tables.length === 0) return <Empty description={t('meetings.grid.needSetup')} />;
  const columns = `minmax(96px, auto) repeat(${schedule.tables.length}, minmax(150px, 1fr))`;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap className="mtg-legend" aria-label={t('meetings.grid.legend')}>
        <span className="mtg-legend-item">
          <PinnedIcon /> {t('meetings.planner.pinned')}
        </span>
        <span className="mtg-legend-item mtg-change-new">{t('meetings.grid.change.new')}</span>
        <span className="mtg-legend-item mtg-change-moved">{t('meetings.grid.change.moved')}</span>
        <span className="mtg-legend-item">{t('meetings.grid.change.published')}</span>
      </Flex>

      {unplaced.length > 0 && (
        <Card size="small" title={t('meetings.grid.unplaced', { count: unplaced.length })}>
          <div className="mtg-unplaced">
            {unplaced.map((m) => (
              <MeetingCard key={m.id} meeting={m} onOpen={() => setOpenId(m.id)} where={t('meetings.grid.notPlaced')} />
            ))}
          </div>
        </Card>
      )}

      <div className="mtg-grid-scroll" role="region" aria-label={t('meetings.grid.title')} tabIndex={0}>
        <div className="mtg-grid" style={{ gridTemplateColumns: columns }}>
          <div className="mtg-grid-corner">{t('meetings.grid.time')}</div>
          {schedule.tables.map((table) => (
            <div key={table.id} className="mtg-grid-table" title={table.location ?? undefined}>
              {t('meetings.grid.tableHead', { table: table.label })}
              {table.location && <span className="mtg-cell-org">{table.location}</span>}
            </div>
          ))}
          {days.map(({ day, sessions }) => (
            <Fragment key={day}>
              <div className="mtg-grid-day" style={{ gridColumn: `1 / span ${schedule.tables.length + 1}` }}>
                {time.day(day)}
              </div>
              {sessions.flatMap(({ slots }) =>
                slots.map((slot) => (
                  <Fragment key={slot.id}>
                    <div className="mtg-grid-time">{time.timeRange(slot.startsAt, slot.endsAt)}</div>
                    {schedule.tables.map((table) => {
                      const m = byCell.get(`${slot.id}|${table.id}`);
                      return (
                        <div key={table.id} className="mtg-grid-cell">
                          {m && <MeetingCard meeting={m} onOpen={() => setOpenId(m.id)} where={`${time.timeRange(slot.startsAt, slot.endsAt)}, ${t('meetings.grid.tableHead', { table: table.label })}`} />}
                        </div>
                      );
                    })}
                  </Fragment>
                )),
              )}
            </Fragment>
          ))}
        </div>
      </div>
      {schedule.meetings.length === 0 && <Typography.Paragraph type="secondary">{t('meetings.grid.noAccepted')}</Typography.Paragraph>}
      {schedule.meetings.some((m) => draftChange(m) === 'removed') && (
        <Tag color="warning" style={{ alignSelf: 'flex-start' }}>
          {t('meetings.grid.removedNote', { count: schedule.meetings.filter((m) => draftChange(m) === 'removed').length })}
        </Tag>
      )}
      <MoveMeetingModal event={event} schedule={schedule} meeting={open} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
