/** The organisers' programme editor: rooms (name, seats, order) and sessions (add, edit, delete). */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Popconfirm, Skeleton, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EventDto, type ProgrammeDto, type RoomDto, type SessionDto, useDeleteRoom, useDeleteSession, useProgramme, useRecordViewers, useSaveRoom } from '../api/events';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useEnumLabel } from '../components/Labels';
import { useMessage } from '../components/useMessage';
import { useRules } from '../components/useRules';
import { useFormat } from '../i18n/format';
import { useTrackLabel } from './EventBits';
import { ServerErrorAlert } from './FormBits';
import { useLocalised } from './localised';
import { SessionForm } from './SessionForm';
import { useEventTime } from './time';

function RoomsCard({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const rules = useRules();
  const message = useMessage();
  const errorText = useErrorText();
  const save = useSaveRoom(programme.event.id);
  const remove = useDeleteRoom(programme.event.id);
  const [form] = Form.useForm<{ name: string; capacity?: number | null }>();
  const [error, setError] = useState<unknown>(null);
  const rooms = [...programme.rooms].sort((a, b) => a.position - b.position);

  const add = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await save.mutateAsync({ name: v.name.trim(), capacity: v.capacity ?? null });
      form.resetFields();
      void message.success(t('events.editor.roomAdded'));
    } catch (e) {
      setError(e);
    }
  };
  // Reordering renumbers the rooms 0, 1, 2…: a few plain room edits, only for rooms whose place changed.
  const move = async (room: RoomDto, by: -1 | 1) => {
    const order = [...rooms];
    const from = order.indexOf(room);
    const [moved] = order.splice(from, 1);
    if (!moved) return;
    order.splice(from + by, 0, moved);
    try {
      for (const [position, r] of order.entries()) if (r.position !== position) await save.mutateAsync({ roomId: r.id, position });
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const rename = (room: RoomDto, patch: { name?: string; capacity?: number | null }) =>
    save.mutate({ roomId: room.id, ...patch }, { onError: (e) => void message.error(errorText(e)) });

  return (
    <Card title={t('events.editor.rooms')} style={{ marginBottom: 16 }}>
      <ServerErrorAlert error={error} />
      <Form form={form} layout="inline" onFinish={() => void add().catch(() => undefined)} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="name" label={t('events.editor.roomName')} rules={[rules.requiredText(), rules.maxLength(120)]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="capacity" label={t('events.editor.seats')} rules={[rules.intRange(1, 100000)]}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={save.isPending}>
          {t('events.editor.addRoom')}
        </Button>
      </Form>
      <Table<RoomDto>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rooms}
        scroll={{ x: true }}
        locale={{ emptyText: t('events.editor.noRooms') }}
        columns={[
          {
            title: t('events.editor.roomName'),
            dataIndex: 'name',
            render: (name: string, room) => <Input defaultValue={name} aria-label={t('events.editor.roomName')} onBlur={(e) => e.target.value.trim() && e.target.value.trim() !== name && rename(room, { name: e.target.value.trim() })} />,
          },
          {
            title: t('events.editor.seats'),
            dataIndex: 'capacity',
            width: 120,
            render: (capacity: number | null, room) => (
              <InputNumber min={1} max={100000} defaultValue={capacity ?? undefined} aria-label={t('events.editor.seats')} onBlur={(e) => {
                const n = e.target.value === '' ? null : Number(e.target.value);
                if (n !== capacity && (n === null || Number.isInteger(n))) rename(room, { capacity: n });
              }} />
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, room, i) => (
              <Space size={2}>
                <Button type="text" icon={<ArrowUpOutlined aria-hidden />} aria-label={t('events.editor.moveLeft')} disabled={i === 0} onClick={() => void move(room, -1)} />
                <Button type="text" icon={<ArrowDownOutlined aria-hidden />} aria-label={t('events.editor.moveRight')} disabled={i === rooms.length - 1} onClick={() => void move(room, 1)} />
                <Popconfirm title={t('events.editor.deleteRoomConfirm')} onConfirm={() => remove.mutate(room.id, { onError: (e) => void message.error(errorText(e)) })} okText={t('common.remove')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('common.remove')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function ViewersInput({ programme, session }: { programme: ProgrammeDto; session: SessionDto }) {
  const { t } = useTranslation();
  const record = useRecordViewers(programme.event.id);
  const message = useMessage();
  const errorText = useErrorText();
  return (
    <InputNumber
      min={0}
      size="small"
      defaultValue={session.onlineViewers ?? undefined}
      aria-label={t('events.programme.onlineViewers')}
      placeholder={t('events.programme.onlineViewers')}
      style={{ width: 130 }}
      onBlur={(e) => {
        const count = Number(e.target.value);
        if (e.target.value !== '' && Number.isInteger(count) && count !== session.onlineViewers) {
          record.mutate({ sessionId: session.id, count }, { onSuccess: () => void message.success(t('events.editor.viewersSaved')), onError: (err) => void message.error(errorText(err)) });
        }
      }}
    />
  );
}

function SessionsCard({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const trackLabel = useTrackLabel();
  const message = useMessage();
  const errorText = useErrorText();
  const pick = useLocalised(programme.event.defaultLanguage);
  const time = useEventTime(programme.event.timeZone);
  const remove = useDeleteSession(programme.event.id);
  const [editing, setEditing] = useState<SessionDto | 'new' | null>(null);
  const rooms = new Map(programme.rooms.map((r) => [r.id, r.name]));
  const sessions = [...programme.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <Card
      title={t('events.editor.sessions')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          {t('events.editor.addSession')}
        </Button>
      }
    >
      <Table<SessionDto>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sessions}
        scroll={{ x: true }}
        locale={{ emptyText: t('events.programme.empty') }}
        columns={[
          { title: t('events.editor.day'), key: 'day', render: (_: unknown, s) => time.shortDay(s.day) },
          { title: t('events.programme.when'), key: 'time', render: (_: unknown, s) => <span style={{ whiteSpace: 'nowrap' }}>{time.timeRange(s.startsAt, s.endsAt)}</span> },
          { title: t('events.editor.room'), key: 'room', render: (_: unknown, s) => (s.roomId && rooms.get(s.roomId)) || <span className="muted">{t('events.programme.noRoom')}</span> },
          {
            title: t('events.editor.sessionTitle'),
            key: 'title',
            render: (_: unknown, s) => {
              const title = pick(s.title);
              return (
                <Space orientation="vertical" size={0}>
                  <span lang={title.lang}>{title.text}</span>
                  <Space size={4} wrap>
                    <Tag>{label('sessionKind', s.kind)}</Tag>
                    {s.track && <Tag color="blue">{trackLabel(s.track)}</Tag>}
                    {s.conflicts.length > 0 && (
                      <Tooltip title={s.conflicts.map((c) => `${pick(c.title).text} (${c.start}–${c.end})`).join('; ')}>
                        <Tag color="warning" icon={<WarningOutlined aria-hidden />}>
                          {t('events.editor.roomConflict')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Space>
                </Space>
              );
            },
          },
          { title: t('events.programme.places'), key: 'places', render: (_: unknown, s) => `${fmt.number(s.attendeeCount)}${s.effectiveCapacity !== null ? ` / ${fmt.number(s.effectiveCapacity)}` : ''}` },
          { title: t('events.programme.onlineViewers'), key: 'viewers', render: (_: unknown, s) => (s.streamed ? <ViewersInput programme={programme} session={s} /> : null) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, s) => (
              <Space size={2}>
                <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={t('events.editor.editSession')} onClick={() => setEditing(s)} />
                <Popconfirm title={t('events.editor.deleteSessionConfirm')} onConfirm={() => remove.mutate(s.id, { onError: (e) => void message.error(errorText(e)) })} okText={t('common.remove')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('common.remove')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <SessionForm key={editing === 'new' ? 'new' : editing.id} programme={programme} session={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

export function ProgrammeEditor({ event }: { event: EventDto }) {
  const query = useProgramme(event.id);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <RoomsCard programme={query.data} />
      <SessionsCard programme={query.data} />
    </>
  );
}
