/**
 * The timetable: one day at a time as a grid of rooms (columns) by time (rows), sessions coloured by
 * track and labelled by kind; on phones a list in time order. A session opens its details (and sign-up).
 */
import { Empty, Flex, Grid, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto, SessionDto } from '../api/events';
import { useEnumLabel } from '../components/Labels';
import { trackColours, useTrackLabel } from './EventBits';
import { useLocalised } from './localised';
import { SessionDrawer } from './SessionDrawer';
import { useEventTime } from './time';

/** Minutes after local midnight of an "HH:MM" time. */
export const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

const STEP_MIN = 5;
const ROW_PX = 10;
const NO_ROOM = '';

function TrackLegend({ colours }: { colours: Map<string, string> }) {
  const { t } = useTranslation();
  const trackLabel = useTrackLabel();
  if (colours.size === 0) return null;
  return (
    <Flex gap={6} wrap align="center" style={{ marginBottom: 12 }} aria-label={t('events.programme.tracks')} role="list">
      <span className="muted">{t('events.programme.tracks')}:</span>
      {[...colours].map(([track, colour]) => (
        <span role="listitem" key={track} className="tt-legend">
          <span className="tt-swatch" style={{ background: colour }} aria-hidden />
          {trackLabel(track)}
        </span>
      ))}
    </Flex>
  );
}

function SessionBlock({ session, programme, colour, onOpen, style }: { session: SessionDto; programme: ProgrammeDto; colour?: string; onOpen: () => void; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const pick = useLocalised(programme.event.defaultLanguage);
  const time = useEventTime(programme.event.timeZone);
  const title = pick(session.title);
  const people = session.people.map((p) => p.name);
  return (
    <button
      type="button"
      className={`tt-session tt-kind-${session.kind}${session.attending ? ' tt-attending' : ''}`}
      style={{ ...style, borderInlineStartColor: colour ?? '#94a3b8' }}
      onClick={onOpen}
    >
      <span className="tt-time">{time.timeRange(session.startsAt, session.endsAt)}</span>
      <span className="tt-kind">{label('sessionKind', session.kind)}</span>
      <span className="tt-title" lang={title.lang}>
        {title.text}
      </span>
      {people.length > 0 && <span className="tt-people">{people.join(', ')}</span>}
      {session.attending && <span className="tt-badge">{t('events.programme.attending')}</span>}
    </button>
  );
}

function DayGrid({ programme, sessions, colours, onOpen }: { programme: ProgrammeDto; sessions: SessionDto[]; colours: Map<string, string>; onOpen: (s: SessionDto) => void }) {
  const { t } = useTranslation();
  const rooms = [...programme.rooms].sort((a, b) => a.position - b.position);
  const columns = [...rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity }))];
  if (sessions.some((s) => !s.roomId || !rooms.some((r) => r.id === s.roomId))) columns.push({ id: NO_ROOM, name: t('events.programme.noRoom'), capacity: null });
  const first = Math.floor(Math.min(...sessions.map((s) => minutes(s.start))) / 30) * 30;
  const last = Math.ceil(Math.max(...sessions.map((s) => minutes(s.end))) / 30) * 30;
  const rows = (last - first) / STEP_MIN;
  const columnOf = (s: SessionDto) => Math.max(0, columns.findIndex((c) => c.id === (s.roomId && rooms.some((r) => r.id === s.roomId) ? s.roomId : NO_ROOM)));
  const marks: number[] = [];
  for (let m = first; m < last; m += 30) marks.push(m);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

  return (
    <div className="tt-scroll">
      <div
        className="tt-grid"
        role="region"
        aria-label={t('events.programme.grid')}
        style={{ gridTemplateColumns: `64px repeat(${columns.length}, minmax(180px, 1fr))`, gridTemplateRows: `auto repeat(${rows}, ${ROW_PX}px)` }}
      >
        <div className="tt-corner" />
        {columns.map((c, i) => (
          <div key={c.id || 'none'} className="tt-room" style={{ gridColumn: i + 2, gridRow: 1 }}>
            {c.name}
            {c.capacity !== null && (
              <span className="muted" title={t('events.editor.seats')}>
                {' · '}
                {c.capacity}
              </span>
            )}
          </div>
        ))}
        {marks.map((m) => (
          <div key={m} className="tt-hour" style={{ gridColumn: 1, gridRow: `${2 + (m - first) / STEP_MIN} / span ${30 / STEP_MIN}` }}>
            {hhmm(m)}
          </div>
        ))}
        {marks.map((m) => (
          <div key={`line-${m}`} className="tt-line" style={{ gridColumn: `2 / span ${columns.length}`, gridRow: `${2 + (m - first) / STEP_MIN} / span ${30 / STEP_MIN}` }} />
        ))}
        {sessions.map((s) => {
          const from = 2 + (minutes(s.start) - first) / STEP_MIN;
          const span = Math.max(1, Math.round((minutes(s.end) - minutes(s.start)) / STEP_MIN));
          return (
            <SessionBlock
              key={s.id}
              session={s}
              programme={programme}
              colour={s.track ? colours.get(s.track) : undefined}
              onOpen={() => onOpen(s)}
              style={{ gridColumn: columnOf(s) + 2, gridRow: `${Math.floor(from)} / span ${span}` }}
            />
          );
        })}
      </div>
    </div>
  );
}

function DayList({ programme, sessions, colours, onOpen }: { programme: ProgrammeDto; sessions: SessionDto[]; colours: Map<string, string>; onOpen: (s: SessionDto) => void }) {
  const { t } = useTranslation();
  const rooms = new Map(programme.rooms.map((r) => [r.id, r.name]));
  return (
    <ol className="tt-list">
      {sessions.map((s) => (
        <li key={s.id}>
          <div className="muted" style={{ fontSize: 12 }}>{(s.roomId && rooms.get(s.roomId)) || t('events.programme.noRoom')}</div>
          <SessionBlock session={s} programme={programme} colour={s.track ? colours.get(s.track) : undefined} onOpen={() => onOpen(s)} />
        </li>
      ))}
    </ol>
  );
}

export function Timetable({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const time = useEventTime(programme.event.timeZone);
  const colours = useMemo(() => trackColours(programme.sessions.map((s) => s.track)), [programme.sessions]);
  const firstWithSessions = programme.days.find((d) => programme.sessions.some((s) => s.day === d)) ?? programme.days[0] ?? '';
  const [chosenDay, setDay] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const day = chosenDay && programme.days.includes(chosenDay) ? chosenDay : firstWithSessions;
  const sessions = programme.sessions.filter((s) => s.day === day).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const open = programme.sessions.find((s) => s.id === openId) ?? null;
  const asList = !screens.md;

  if (programme.sessions.length === 0) return <Empty description={t('events.programme.empty')} />;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        {programme.days.length > 1 ? (
          <Segmented value={day} onChange={(v) => setDay(String(v))} options={programme.days.map((d) => ({ value: d, label: time.shortDay(d) }))} />
        ) : (
          <Typography.Text strong>{time.day(day)}</Typography.Text>
        )}
        <span className="muted">{t('events.timesIn', { zone: time.zoneName })}</span>
      </Flex>
      <TrackLegend colours={colours} />
      {sessions.length === 0 ? (
        <Empty description={t('events.programme.emptyDay')} />
      ) : asList ? (
        <DayList programme={programme} sessions={sessions} colours={colours} onOpen={(s) => setOpenId(s.id)} />
      ) : (
        <DayGrid programme={programme} sessions={sessions} colours={colours} onOpen={(s) => setOpenId(s.id)} />
      )}
      <SessionDrawer programme={programme} session={open} colour={open?.track ? colours.get(open.track) : undefined} onClose={() => setOpenId(null)} />
    </>
  );
}
