/** The organiser's form for one session, in a dialog: kind, texts per language, room, time, people. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_KINDS, SESSION_ROLES } from '../../domain/events/vocab';
import { type ProgrammeDto, type SessionDto, type SessionInput, useSaveSession } from '../api/events';
import { useEnumLabel } from '../components/Labels';
import { useMessage } from '../components/useMessage';
import { useRules } from '../components/useRules';
import { useTrackLabel } from './EventBits';
import { cleanLocalised, descriptionField, LocalisedFields, ServerErrorAlert } from './FormBits';
import { useLocalised } from './localised';
import { useEventTime } from './time';

interface Values {
  kind: SessionInput['kind'];
  title: Record<string, string>;
  description: Record<string, string>;
  track?: string;
  roomId?: string | null;
  day: string;
  start: string;
  end: string;
  people: Array<{ role: 'speaker' | 'moderator' | 'panellist'; name: string; organisation?: string }>;
  capacity?: number | null;
  streamed: boolean;
}

function initial(programme: ProgrammeDto, session: SessionDto | null): Values {
  if (!session) return { kind: 'keynote', title: {}, description: {}, day: programme.days[0] ?? '', start: '09:00', end: '10:00', people: [], streamed: false, roomId: null };
  return {
    kind: session.kind,
    title: { ...session.title } as Record<string, string>,
    description: { ...session.description } as Record<string, string>,
    track: session.track ?? undefined,
    roomId: session.roomId,
    day: session.day,
    start: session.start,
    end: session.end,
    people: session.people.map((p) => ({ role: p.role, name: p.name, organisation: p.organisation })),
    capacity: session.capacity,
    streamed: session.streamed,
  };
}

/** Mount it when opened (keyed by the session) so every opening starts from the saved values. */
export function SessionForm({ programme, session, onClose }: { programme: ProgrammeDto; session: SessionDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  const message = useMessage();
  const trackLabel = useTrackLabel();
  const pick = useLocalised(programme.event.defaultLanguage);
  const time = useEventTime(programme.event.timeZone);
  const save = useSaveSession(programme.event.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const event = programme.event;
  const languages = [event.defaultLanguage, ...event.languages.filter((l) => l !== event.defaultLanguage)];
  const tracks = [...new Set([...programme.sessions.map((s) => s.track).filter((x): x is string => Boolean(x)), ...event.sectors])];

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    const body: SessionInput = {
      kind: v.kind,
      title: cleanLocalised(v.title) ?? {},
      ...descriptionField(v.description, event.defaultLanguage, Boolean(session)),
      track: v.track?.trim() || null,
      roomId: v.roomId || null,
      day: v.day,
      start: v.start,
      end: v.end,
      people: (v.people ?? []).filter((p) => p.name?.trim()).map((p) => ({ role: p.role, name: p.name.trim(), ...(p.organisation?.trim() ? { organisation: p.organisation.trim() } : {}) })),
      capacity: v.capacity ?? null,
      streamed: Boolean(v.streamed),
    };
    try {
      const saved = await save.mutateAsync(session ? { sessionId: session.id, version: session.version, ...body } : body);
      if (saved.conflicts.length > 0) {
        void message.warning(t('events.editor.conflictWarning', { sessions: saved.conflicts.map((c) => `${pick(c.title).text} (${c.start}–${c.end})`).join('; ') }));
      } else {
        void message.success(t('events.editor.sessionSaved'));
      }
      onClose();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal
      open
      title={session ? t('events.editor.editSession') : t('events.editor.addSession')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={save.isPending}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial(programme, session)} preserve={false}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('events.editor.kind')} rules={[rules.required()]}>
              <Select options={SESSION_KINDS.map((k) => ({ value: k, label: label('sessionKind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="track" label={t('events.editor.track')} extra={t('events.editor.trackHint')}>
              <AutoComplete allowClear options={tracks.map((tr) => ({ value: tr, label: trackLabel(tr) }))} filterOption />
            </Form.Item>
          </Col>
        </Row>
        <LocalisedFields name="title" label={t('events.editor.sessionTitle')} languages={languages} requiredLanguage={event.defaultLanguage} maxLength={300} />
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="day" label={t('events.editor.day')} rules={[rules.required()]}>
              <Select options={programme.days.map((d) => ({ value: d, label: time.day(d) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="start" label={t('events.editor.start')} rules={[rules.required()]}>
              <Input type="time" step={300} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="end" label={t('events.editor.end')} rules={[rules.required()]}>
              <Input type="time" step={300} />
            </Form.Item>
          </Col>
        </Row>
        <p className="muted" style={{ marginTop: -8 }}>
          {t('events.timesIn', { zone: time.zoneName })}
        </p>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="roomId" label={t('events.editor.room')}>
              <Select allowClear placeholder={t('events.programme.noRoom')} options={programme.rooms.map((r) => ({ value: r.id, label: r.name }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="capacity" label={t('events.editor.capacity')} extra={t('events.editor.capacityHint')} rules={[rules.intRange(1, 100000)]}>
              <InputNumber min={1} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="streamed" label={t('events.programme.streamed')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('events.editor.people')}</div>
        <Form.List name="people">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[field.name, 'role']} rules={[rules.required()]} style={{ width: 150 }}>
                    <Select aria-label={t('events.editor.role')} options={SESSION_ROLES.map((r) => ({ value: r, label: label('sessionRole', r) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[rules.requiredText(), rules.maxLength(200)]}>
                    <Input placeholder={t('events.editor.personName')} aria-label={t('events.editor.personName')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'organisation']} rules={[rules.maxLength(300)]}>
                    <Input placeholder={t('events.editor.personOrganisation')} aria-label={t('events.editor.personOrganisation')} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'speaker', name: '' })}>
                {t('events.editor.addPerson')}
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <LocalisedFields name="description" label={t('events.editor.description')} languages={languages} multiline maxLength={5000} />
        </div>
        <ServerErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
