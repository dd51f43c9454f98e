/**
 * Moving one meeting of the draft by hand: another slot and table, pinned so the scheduler keeps it, or
 * taken out. The server checks conflicts; they are explained in words (who is busy, which table is taken,
 * who cannot attend).
 */
import { Alert, Button, Checkbox, Flex, Form, Modal, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { EventDto } from '../../api/events';
import { type MeetingDto, readConflicts, type ScheduleConflictDetail, type ScheduleDto, usePlaceMeeting } from '../../api/meetings';
import { useMessage } from '../../components/useMessage';
import { ServerErrorAlert } from '../../events/FormBits';
import { useEventTime } from '../../events/time';
import { groupSlots, partyName } from '../bits';

export function useConflictText(schedule: ScheduleDto) {
  const { t } = useTranslation();
  const people = useMemo(() => new Map(schedule.participants.map((p) => [p.id, p])), [schedule.participants]);
  const meetings = useMemo(() => new Map(schedule.meetings.map((m) => [m.id, m])), [schedule.meetings]);
  return (c: ScheduleConflictDetail, tableLabel: string) => {
    const person = c.participantId ? partyName(people.get(c.participantId)) : '—';
    const other = c.meetingId ? meetings.get(c.meetingId) : undefined;
    switch (c.kind) {
      case 'participant_busy': {
        const partner = other ? (other.requester?.id === c.participantId ? other.receiver : other.requester) : null;
        return t('meetings.conflict.participantBusy', { name: person, other: partyName(partner) });
      }
      case 'table_taken':
        return t('meetings.conflict.tableTaken', { table: tableLabel, a: partyName(other?.requester), b: partyName(other?.receiver) });
      case 'participant_unavailable':
        return t('meetings.conflict.participantUnavailable', { name: person });
    }
  };
}

function MoveForm({ event, schedule, meeting, onClose }: { event: EventDto; schedule: ScheduleDto; meeting: MeetingDto; onClose: () => void }) {
  const { t } = useTranslation();
  const time = useEventTime(event.timeZone);
  const place = usePlaceMeeting(event.id);
  const message = useMessage();
  const conflictText = useConflictText(schedule);
  const [slotId, setSlotId] = useState<string | null>(meeting.draft?.slotId ?? null);
  const [tableId, setTableId] = useState<string | null>(meeting.draft?.tableId ?? null);
  const [fixed, setFixed] = useState(meeting.fixed || !meeting.draft);
  const people = [meeting.requester?.id, meeting.receiver?.id].filter((x): x is string => Boolean(x));

  const inSlot = useMemo(() => schedule.meetings.filter((m) => m.id !== meeting.id && m.draft && m.draft.slotId === slotId), [schedule.meetings, meeting.id, slotId]);
  const takenTables = new Map(inSlot.map((m) => [m.draft?.tableId ?? '', m]));
  const busyHere = inSlot.some((m) => people.includes(m.requester?.id ?? '') || people.includes(m.receiver?.id ?? ''));
  const unavailableHere = schedule.participants.some((p) => people.includes(p.id) && slotId !== null && p.unavailableSlotIds.includes(slotId));

  const slotOptions = groupSlots(schedule.slots, schedule.timeZone).map(({ day, sessions }) => ({
    label: time.day(day),
    title: day,
    options: sessions.flatMap(({ slots }) => slots.map((s) => ({ value: s.id, label: `${time.shortDay(day)} ${time.timeRange(s.startsAt, s.endsAt)}` }))),
  }));
  const tableOptions = schedule.tables.map((x) => {
    const taken = takenTables.get(x.id);
    return { value: x.id, label: taken ? t('meetings.move.tableTakenOption', { table: x.label, a: partyName(taken.requester), b: partyName(taken.receiver) }) : x.label };
  });
  const chosenTable = schedule.tables.find((x) => x.id === tableId)?.label ?? '';
  const conflicts = isApiError(place.error) && place.error.code === 'SCHEDULE_CONFLICT' ? readConflicts(place.error.details) : [];

  const submit = (body: { slotId: string | null; tableId: string | null; fixed?: boolean }) =>
    place.mutate(
      { meetingId: meeting.id, version: meeting.version, ...body },
      {
        onSuccess: () => {
          void message.success(body.slotId ? t('meetings.move.moved') : t('meetings.move.takenOut'));
          onClose();
        },
      },
    );

  return (
    <>
      <Typography.Paragraph>
        <strong>{partyName(meeting.requester)}</strong> ↔ <strong>{partyName(meeting.receiver)}</strong>
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('meetings.move.slot')} htmlFor="mtg-move-slot">
          <Select id="mtg-move-slot" value={slotId} onChange={setSlotId} options={slotOptions} placeholder={t('meetings.move.pickSlot')} />
        </Form.Item>
        <Form.Item label={t('meetings.move.table')} htmlFor="mtg-move-table">
          <Select id="mtg-move-table" value={tableId} onChange={setTableId} options={tableOptions} placeholder={t('meetings.move.pickTable')} />
        </Form.Item>
        <Checkbox checked={fixed} onChange={(e) => setFixed(e.target.checked)}>
          {t('meetings.move.pin')}
        </Checkbox>
      </Form>
      {(busyHere || unavailableHere) && conflicts.length === 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={busyHere ? t('meetings.move.busyHint') : t('meetings.move.unavailableHint')} />
      )}
      {conflicts.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('meetings.conflict.title')}
          description={
            <ul style={{ margin: 0 }}>
              {conflicts.map((c, i) => (
                <li key={`${c.kind}-${i}`}>{conflictText(c, chosenTable)}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <div style={{ marginTop: 12 }}>
          <ServerErrorAlert error={place.error} />
        </div>
      )}
      <Flex justify="space-between" gap={8} wrap style={{ marginTop: 16 }}>
        <Button danger disabled={!meeting.draft} loading={place.isPending} onClick={() => submit({ slotId: null, tableId: null })}>
          {t('meetings.move.takeOut')}
        </Button>
        <Space wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!slotId || !tableId} loading={place.isPending} onClick={() => submit({ slotId, tableId, fixed })}>
            {t('meetings.move.place')}
          </Button>
        </Space>
      </Flex>
    </>
  );
}

export function MoveMeetingModal({ event, schedule, meeting, onClose }: { event: EventDto; schedule: ScheduleDto; meeting: MeetingDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={meeting !== null} title={t('meetings.move.title')} onCancel={onClose} footer={null} destroyOnHidden>
      {meeting && <MoveForm key={meeting.id} event={event} schedule={schedule} meeting={meeting} onClose={onClose} />}
    </Modal>
  );
}
