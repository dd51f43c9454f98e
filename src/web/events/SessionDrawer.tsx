/** One session's details in a side panel: time, room, track, people, places; sign up or withdraw. */
import { Button, Descriptions, Drawer, Flex, Grid, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ProgrammeDto, type SessionDto, useSessionAttendance } from '../api/events';
import { useErrorText } from '../components/ErrorState';
import { useEnumLabel } from '../components/Labels';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';
import { FallbackNote, useTrackLabel } from './EventBits';
import { useLocalised } from './localised';
import { useEventTime } from './time';

export function SessionDrawer({ programme, session, colour, onClose }: { programme: ProgrammeDto; session: SessionDto | null; colour?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const trackLabel = useTrackLabel();
  const pick = useLocalised(programme.event.defaultLanguage);
  const time = useEventTime(programme.event.timeZone);
  const screens = Grid.useBreakpoint();
  const attendance = useSessionAttendance(programme.event.id);
  const errorText = useErrorText();
  const message = useMessage();
  if (!session) return <Drawer open={false} onClose={onClose} />;
  const title = pick(session.title);
  const description = pick(session.description);
  const room = programme.rooms.find((r) => r.id === session.roomId);
  const full = session.placesLeft === 0 && !session.attending;

  const toggle = () =>
    attendance.mutate(
      { sessionId: session.id, attend: !session.attending },
      {
        onSuccess: (s) => void message.success(s.attending ? t('events.programme.signedUp') : t('events.programme.withdrawn')),
        onError: (e) => void message.error(errorText(e)),
      },
    );

  return (
    <Drawer open onClose={onClose} size={screens.sm ? 480 : '100%'} title={<span lang={title.lang}>{title.text}</span>}>
      <Flex gap={6} wrap style={{ marginBottom: 12 }}>
        <Tag>{label('sessionKind', session.kind)}</Tag>
        {session.track && <Tag color={colour}>{trackLabel(session.track)}</Tag>}
        {session.streamed && <Tag color="purple">{t('events.programme.streamed')}</Tag>}
        <FallbackNote picked={title} />
      </Flex>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('events.programme.when')}>
          {time.day(session.day)}, {time.timeRange(session.startsAt, session.endsAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('events.programme.room')}>{room?.name ?? t('events.programme.noRoom')}</Descriptions.Item>
        <Descriptions.Item label={t('events.programme.places')}>
          {session.effectiveCapacity === null
            ? t('events.programme.signUps', { signed: fmt.number(session.attendeeCount) })
            : t('events.programme.placesLeft', { left: fmt.number(session.placesLeft), total: fmt.number(session.effectiveCapacity) })}
        </Descriptions.Item>
        {session.onlineViewers !== null && <Descriptions.Item label={t('events.programme.onlineViewers')}>{fmt.number(session.onlineViewers)}</Descriptions.Item>}
      </Descriptions>
      {description.text && (
        <div className="pre-wrap" lang={description.lang} style={{ margin: '12px 0' }}>
          {description.text}
        </div>
      )}
      {session.people.length > 0 && (
        <ul className="tt-people-list">
          {session.people.map((p, i) => (
            <li key={`${p.name}-${i}`}>
              <span className="muted">{label('sessionRole', p.role)}:</span> <strong>{p.name}</strong>
              {p.organisation && <span>, {p.organisation}</span>}
            </li>
          ))}
        </ul>
      )}
      {programme.abilities.signUp && (
        <Button type={session.attending ? 'default' : 'primary'} disabled={full} loading={attendance.isPending} onClick={toggle} block>
          {session.attending ? t('events.programme.withdraw') : full ? t('events.programme.full') : t('events.programme.signUp')}
        </Button>
      )}
    </Drawer>
  );
}
