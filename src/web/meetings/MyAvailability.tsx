/** "My availability": the meeting slots by day and AM/PM, ticked where I cannot attend. */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../api/events';
import { type MeetingSetupDto, useMeetingSetup, useSetMyAvailability } from '../api/meetings';
import { ErrorResult } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { useEventTime } from '../events/time';
import { groupSlots } from './bits';

/** Ticks for slots, grouped by day and session; shared with the organisers' editor of a participant. */
export function SlotChecklist({ setup, value, onChange, label }: { setup: Pick<MeetingSetupDto, 'slots' | 'timeZone'>; value: ReadonlySet<string>; onChange: (next: Set<string>) => void; label: string }) {
  const { t } = useTranslation();
  const time = useEventTime(setup.timeZone);
  const days = useMemo(() => groupSlots(setup.slots, setup.timeZone), [setup]);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(value);
    for (const id of ids) (on ? next.add(id) : next.delete(id));
    onChange(next);
  };
  return (
    <Flex vertical gap={12}>
      {days.map(({ day, sessions }) => (
        <Card key={day} size="small" title={time.day(day)}>
          <Row gutter={[16, 12]}>
            {sessions.map(({ session, slots }) => {
              const ids = slots.map((s) => s.id);
              const all = ids.every((id) => value.has(id));
              const some = ids.some((id) => value.has(id));
              return (
                <Col xs={24} md={12} key={session}>
                  <fieldset className="mtg-fieldset">
                    <legend>
                      <Checkbox checked={all} indeterminate={some && !all} onChange={(e) => toggle(ids, e.target.checked)}>
                        <strong>{t(`meetings.session.${session}`)}</strong>
                      </Checkbox>
                    </legend>
                    <Flex vertical gap={4}>
                      {slots.map((s) => (
                        <Checkbox key={s.id} checked={value.has(s.id)} onChange={(e) => toggle([s.id], e.target.checked)} aria-label={`${label}: ${time.day(day)} ${time.timeRange(s.startsAt, s.endsAt)}`}>
                          <span className="mtg-time">{time.timeRange(s.startsAt, s.endsAt)}</span>
                        </Checkbox>
                      ))}
                    </Flex>
                  </fieldset>
                </Col>
              );
            })}
          </Row>
        </Card>
      ))}
    </Flex>
  );
}

function AvailabilityForm({ event, setup }: { event: EventDto; setup: MeetingSetupDto }) {
  const { t } = useTranslation();
  const time = useEventTime(event.timeZone);
  const save = useSetMyAvailability(event.id);
  const message = useMessage();
  const saved = useMemo(() => new Set(setup.mine?.unavailableSlotIds ?? []), [setup]);
  const [value, setValue] = useState<Set<string>>(saved);
  const dirty = value.size !== saved.size || [...value].some((id) => !saved.has(id));
  return (
    <>
      <Typography.Paragraph>{t('meetings.availability.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('meetings.timesIn', { zone: time.zoneName, tz: event.timeZone })} · {t('meetings.availability.cap', { count: setup.mine?.maxMeetings ?? 0 })}
      </Typography.Paragraph>
      <SlotChecklist setup={setup} value={value} onChange={setValue} label={t('meetings.availability.cannotAttend')} />
      <ServerErrorAlert error={save.error} />
      <div className="sticky-actions" style={{ marginTop: 16 }}>
        <Flex gap={12} align="center" wrap>
          <Button
            type="primary"
            icon={<SaveOutlined aria-hidden />}
            loading={save.isPending}
            disabled={!dirty}
            onClick={() => save.mutate({ unavailableSlotIds: [...value] }, { onSuccess: () => void message.success(t('meetings.availability.saved')) })}
          >
            {t('meetings.availability.save')}
          </Button>
          <span className="muted">{t('meetings.availability.summary', { count: value.size, total: setup.slots.length })}</span>
        </Flex>
      </div>
    </>
  );
}

export function MyAvailability({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const setup = useMeetingSetup(event.id);
  if (setup.isPending) return <Skeleton active />;
  if (setup.isError) return <ErrorResult error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.data.slots.length === 0) return <Empty description={t('meetings.availability.noSlots')} />;
  if (!setup.data.mine) return <Alert type="info" showIcon title={t('meetings.hint.registerText')} />;
  // Keyed by the saved marks so a save elsewhere resets the form to what the server holds.
  return <AvailabilityForm key={setup.data.mine.unavailableSlotIds.join()} event={event} setup={setup.data} />;
}
