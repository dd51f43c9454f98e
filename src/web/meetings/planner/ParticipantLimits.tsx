/**
 * Organisers: each participant's meeting cap and the slots they cannot attend. The directory lists every
 * confirmed participant; the schedule knows the marks of those with accepted meetings, so only their
 * slots can be edited here (the others' own marks are not overwritten).
 */
import { EditOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, InputNumber, Modal, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import { type ScheduleDto, type ScheduleParticipantDto, useEventMeetings, useSetParticipantAvailability } from '../../api/meetings';
import { ErrorResult } from '../../components/ErrorState';
import { useMessage } from '../../components/useMessage';
import { ServerErrorAlert } from '../../events/FormBits';
import { type ParticipantDto, useParticipants } from '../../events/registrations/api';
import { useFormat } from '../../i18n/format';
import { partyName } from '../bits';
import { SlotChecklist } from '../MyAvailability';

interface Row {
  participant: ParticipantDto;
  known: ScheduleParticipantDto | undefined;
  accepted: number;
}

function EditLimits({ event, schedule, row, onClose }: { event: EventDto; schedule: ScheduleDto; row: Row; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const save = useSetParticipantAvailability(event.id);
  const [cap, setCap] = useState<number | null>(row.known?.maxMeetings ?? null);
  const [unavailable, setUnavailable] = useState<Set<string>>(new Set(row.known?.unavailableSlotIds ?? []));
  const submit = () =>
    save.mutate(
      { registrationId: row.participant.registrationId, maxMeetings: cap, ...(row.known ? { unavailableSlotIds: [...unavailable] } : {}) },
      {
        onSuccess: () => {
          void message.success(t('meetings.limits.saved', { name: row.participant.displayName }));
          onClose();
        },
      },
    );
  return (
    <Modal open title={t('meetings.limits.editTitle', { name: partyName(row.participant) })} okText={t('common.save')} cancelText={t('common.cancel')} onOk={submit} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden width={720}>
      <label className="mtg-field" style={{ marginBottom: 12 }}>
        <span>{t('meetings.limits.cap')}</span>
        <InputNumber min={0} max={100} value={cap} onChange={setCap} placeholder={t('meetings.limits.defaultCap', { count: event.meetingSettings.defaultMaxMeetings })} style={{ width: 220 }} />
        <Typography.Text type="secondary">{t('meetings.limits.capHint', { count: event.meetingSettings.defaultMaxMeetings })}</Typography.Text>
      </label>
      {row.known ? (
        schedule.slots.length > 0 && <SlotChecklist setup={schedule} value={unavailable} onChange={setUnavailable} label={t('meetings.limits.cannotAttend', { name: row.participant.displayName })} />
      ) : (
        <Typography.Paragraph type="secondary">{t('meetings.limits.slotsLater')}</Typography.Paragraph>
      )}
      <ServerErrorAlert error={save.error} />
    </Modal>
  );
}

export function ParticipantLimits({ event, schedule }: { event: EventDto; schedule: ScheduleDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const participants = useParticipants(event.id, {});
  const meetings = useEventMeetings(event.id);
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const rows = useMemo<Row[]>(() => {
    const known = new Map(schedule.participants.map((p) => [p.id, p]));
    const accepted = new Map<string, number>();
    for (const m of meetings.data?.items ?? []) {
      if (m.status !== 'accepted') continue;
      for (const id of [m.requester?.id, m.receiver?.id]) if (id) accepted.set(id, (accepted.get(id) ?? 0) + 1);
    }
    return (participants.data?.items ?? []).map((p) => ({ participant: p, known: known.get(p.registrationId), accepted: accepted.get(p.registrationId) ?? 0 }));
  }, [participants.data, meetings.data, schedule.participants]);

  if (participants.isPending) return <Skeleton active />;
  if (participants.isError) return <ErrorResult error={participants.error} onRetry={() => void participants.refetch()} />;
  const words = text.trim().toLowerCase();
  const shown = rows.filter((r) => !words || `${r.participant.displayName} ${r.participant.organisationName ?? ''}`.toLowerCase().includes(words));
  const editingRow = rows.find((r) => r.participant.registrationId === editing);
  const defaultCap = event.meetingSettings.defaultMaxMeetings;
  return (
    <Flex vertical gap={12}>
      <Input allowClear prefix={<SearchOutlined aria-hidden />} placeholder={t('meetings.find.searchPlaceholder')} aria-label={t('meetings.find.search')} value={text} onChange={(e) => setText(e.target.value)} style={{ maxWidth: 360 }} />
      {shown.length === 0 ? (
        <Empty description={t('meetings.find.empty')} />
      ) : (
        <ul className="mtg-stack-list" aria-label={t('meetings.limits.title')}>
          {shown.map((r) => {
            const cap = r.known?.maxMeetings ?? null;
            return (
              <li key={r.participant.registrationId} className="mtg-row">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <span>
                    <Typography.Text strong>{r.participant.displayName}</Typography.Text>
                    <span className="muted">
                      {r.participant.organisationName && r.participant.organisationName !== r.participant.displayName ? ` · ${r.participant.organisationName}` : ''} · {fmt.country(r.participant.country)}
                    </span>
                  </span>
                  <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(r.participant.registrationId)} aria-label={t('meetings.limits.edit', { name: r.participant.displayName })}>
                    {t('meetings.limits.editShort')}
                  </Button>
                </Flex>
                <span className="muted">
                  {t('meetings.limits.summary', {
                    accepted: r.accepted,
                    cap: !r.known ? '—' : cap === null ? t('meetings.limits.defaultCap', { count: defaultCap }) : fmt.number(cap),
                    unavailable: r.known ? fmt.number(r.known.unavailableSlotIds.length) : '—',
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {editingRow && <EditLimits event={event} schedule={schedule} row={editingRow} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
