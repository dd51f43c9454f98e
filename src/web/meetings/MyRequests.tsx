/**
 * "My requests": requests I received (accept, or decline with a reason) and sent (withdraw), with their
 * status, when an unanswered one expires, and the reason a decline gave.
 */
import { CheckOutlined, CloseOutlined, StopOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, Form, Input, Modal, Popconfirm, Radio, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../domain/events/time';
import { DECLINE_REASONS, type DeclineReason } from '../../domain/events/vocab';
import type { EventDto } from '../api/events';
import { type MeetingDto, useAnswerMeeting, useMyMeetings } from '../api/meetings';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useEnumLabel } from '../components/Labels';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { useEventTime } from '../events/time';
import { useFormat } from '../i18n/format';
import { MeetingStatusTag, otherParty, PartyLine, validValues } from './bits';

function DeclineModal({ eventId, meeting, onClose }: { eventId: string; meeting: MeetingDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const message = useMessage();
  const answer = useAnswerMeeting(eventId);
  const [form] = Form.useForm<{ reason: DeclineReason; note?: string }>();
  const reason = Form.useWatch('reason', form);
  const close = () => {
    form.resetFields();
    answer.reset();
    onClose();
  };
  const send = async () => {
    if (!meeting) return;
    const values = await validValues(form);
    if (!values) return;
    const note = values.note?.trim();
    answer.mutate(
      { meetingId: meeting.id, verb: 'decline', body: { reason: values.reason, ...(note ? { note } : {}) } },
      {
        onSuccess: () => {
          void message.success(t('meetings.requests.declined'));
          close();
        },
      },
    );
  };
  return (
    <Modal
      open={meeting !== null}
      title={t('meetings.requests.declineTitle', { name: meeting?.requester?.displayName ?? '' })}
      okText={t('meetings.requests.decline')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => void send()}
      onCancel={close}
      confirmLoading={answer.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={t('meetings.requests.reason')} rules={[{ required: true, message: t('meetings.requests.reasonRequired') }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {DECLINE_REASONS.map((r) => (
                <Radio key={r} value={r}>
                  {label('declineReason', r)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="note"
          label={t('meetings.requests.note')}
          extra={reason === 'other' ? t('meetings.requests.noteRequired') : t('meetings.requests.noteHint')}
          rules={[
            { required: reason === 'other', whitespace: true, message: t('meetings.requests.noteRequired') },
            { max: 1000, message: t('meetings.request.messageTooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      <ServerErrorAlert error={answer.error} />
    </Modal>
  );
}

function RequestCard({ event, meeting, onDecline }: { event: EventDto; meeting: MeetingDto; onDecline: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const time = useEventTime(event.timeZone);
  const answer = useAnswerMeeting(event.id);
  const errorText = useErrorText();
  const message = useMessage();
  const { person, delegation } = otherParty(meeting);
  const incoming = meeting.mySide !== 'requester';
  const run = (verb: 'accept' | 'cancel') =>
    answer.mutate(
      { meetingId: meeting.id, verb },
      {
        onSuccess: () => void message.success(verb === 'accept' ? t('meetings.requests.accepted') : t('meetings.requests.cancelled')),
        onError: (e) => void message.error(errorText(e)),
      },
    );
  return (
    <Card size="small" className="mtg-card">
      <Flex vertical gap={6}>
        <Flex justify="space-between" gap={8} wrap>
          <PartyLine person={person} delegation={delegation} />
          <MeetingStatusTag status={meeting.status} />
        </Flex>
        {meeting.mySide === 'delegate' && meeting.delegation && <span className="muted">{t('meetings.requests.toDelegation', { name: meeting.delegation.name })}</span>}
        {meeting.message && <Typography.Paragraph className="mtg-message" ellipsis={{ rows: 4, expandable: true, symbol: t('meetings.more') }}>{meeting.message}</Typography.Paragraph>}
        <span className="muted">
          {incoming ? t('meetings.requests.receivedAt', { time: fmt.dateTime(meeting.createdAt) }) : t('meetings.requests.sentAt', { time: fmt.dateTime(meeting.createdAt) })}
          {meeting.status === 'pending' && <> · {t('meetings.requests.expiresAt', { time: fmt.dateTime(meeting.expiresAt) })}</>}
        </span>
        {meeting.status === 'declined' && meeting.declineReason && (
          <div className="mtg-reason">
            {t('meetings.requests.reasonShown', { reason: label('declineReason', meeting.declineReason) })}
            {meeting.declineNote && <div>“{meeting.declineNote}”</div>}
          </div>
        )}
        {meeting.status === 'accepted' && (
          <span>
            {meeting.place
              ? t('meetings.requests.scheduledAt', { day: time.day(localDay(new Date(meeting.place.startsAt), event.timeZone)), time: time.timeRange(meeting.place.startsAt, meeting.place.endsAt), table: meeting.place.tableLabel })
              : t('meetings.requests.notScheduledYet')}
          </span>
        )}
        {(meeting.abilities.answer || meeting.abilities.cancel) && (
          <Space wrap>
            {meeting.abilities.answer && (
              <>
                <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={answer.isPending} onClick={() => run('accept')}>
                  {t('meetings.requests.accept')}
                </Button>
                <Button danger icon={<CloseOutlined aria-hidden />} onClick={onDecline}>
                  {t('meetings.requests.decline')}
                </Button>
              </>
            )}
            {meeting.abilities.cancel && (
              <Popconfirm
                title={meeting.status === 'pending' ? t('meetings.requests.withdrawConfirm') : t('meetings.requests.cancelConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={() => run('cancel')}
              >
                <Button icon={<StopOutlined aria-hidden />} loading={answer.isPending}>
                  {meeting.status === 'pending' ? t('meetings.requests.withdraw') : t('meetings.requests.cancelMeeting')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </Flex>
    </Card>
  );
}

/** Newest first, but requests still waiting for an answer at the top. */
const byUrgency = (a: MeetingDto, b: MeetingDto) => Number(b.status === 'pending') - Number(a.status === 'pending') || b.createdAt.localeCompare(a.createdAt);

export function MyRequests({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const mine = useMyMeetings(event.id);
  const [direction, setDirection] = useState<'incoming' | 'outgoing'>('incoming');
  const [declining, setDeclining] = useState<MeetingDto | null>(null);
  if (mine.isPending) return <Skeleton active />;
  if (mine.isError) return <ErrorResult error={mine.error} onRetry={() => void mine.refetch()} />;
  const incoming = mine.data.items.filter((m) => m.mySide !== 'requester').sort(byUrgency);
  const outgoing = mine.data.items.filter((m) => m.mySide === 'requester').sort(byUrgency);
  const unanswered = incoming.filter((m) => m.abilities.answer).length;
  const shown = direction === 'incoming' ? incoming : outgoing;
  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={direction}
        onChange={(v) => setDirection(v as 'incoming' | 'outgoing')}
        options={[
          {
            value: 'incoming',
            label: (
              <span>
                {t('meetings.requests.incoming', { count: incoming.length })} {unanswered > 0 && <Badge count={unanswered} size="small" />}
              </span>
            ),
          },
          { value: 'outgoing', label: t('meetings.requests.outgoing', { count: outgoing.length }) },
        ]}
      />
      {shown.length === 0 ? (
        <Empty description={direction === 'incoming' ? t('meetings.requests.noIncoming') : t('meetings.requests.noOutgoing')} />
      ) : (
        <ul className="mtg-stack-list" aria-label={direction === 'incoming' ? t('meetings.requests.incomingList') : t('meetings.requests.outgoingList')}>
          {shown.map((m) => (
            <li key={m.id}>
              <RequestCard event={event} meeting={m} onDecline={() => setDeclining(m)} />
            </li>
          ))}
        </ul>
      )}
      <DeclineModal eventId={event.id} meeting={declining} onClose={() => setDeclining(null)} />
    </>
  );
}
