/** Create or edit an event: texts per language, dates and place, registration and its form, meetings. */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EVENT_KINDS, PARTICIPANT_TYPES, REGISTRATION_MODES } from '../../domain/events/vocab';
import { CONTENT_LANGUAGES } from '../../domain/shared/vocab';
import { isApiError } from '../api/client';
import { type EventDto, useCreateEvent, useEvents, useUpdateEvent } from '../api/events';
import type { Membership } from '../api/types';
import { useEnumLabel } from '../components/Labels';
import { ConceptSelect, CountrySelect } from '../components/Pickers';
import { useMessage } from '../components/useMessage';
import { useRules } from '../components/useRules';
import { useFormat } from '../i18n/format';
import { type EventFormValues, valuesToInput } from './eventFormModel';
import { LocalisedFields, ServerErrorAlert } from './FormBits';
import { pickText } from './localised';
import { QuestionsEditor } from './QuestionsEditor';

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Europe/Berlin', 'Asia/Ho_Chi_Minh', 'Asia/Taipei', 'UTC'];
  }
})();

function ParentForumSelect({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const forums = useEvents({ when: 'all', kind: 'forum', mine: true });
  return (
    <Form.Item name="parentEventId" label={t('events.field.parentEventId')} rules={[{ required: !disabled, message: t('validation.required') }]}>
      <Select
        disabled={disabled}
        loading={forums.isPending}
        allowClear
        options={(forums.data?.items ?? []).map((f) => ({ value: f.id, label: pickText(f.title, fmt.lang, f.defaultLanguage).text }))}
      />
    </Form.Item>
  );
}

export function EventForm({ event, memberships, initialValues }: { event?: EventDto; memberships: Membership[]; initialValues: EventFormValues }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const rules = useRules();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<EventFormValues>();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const defaultLanguage = Form.useWatch('defaultLanguage', form) ?? initialValues.defaultLanguage;
  const chosen = Form.useWatch('languages', form) ?? initialValues.languages;
  const languages = useMemo(() => [defaultLanguage, ...(chosen ?? []).filter((l) => l !== defaultLanguage)], [defaultLanguage, chosen]);
  const busy = create.isPending || update.isPending;
  const conflict = isApiError(error) && error.code === 'VERSION_CONFLICT';

  const save = async () => {
    setError(null);
    let values: EventFormValues;
    try {
      values = await form.validateFields();
    } catch {
      setError(new Error(t('form.fixErrors')));
      return;
    }
    const input = valuesToInput(values, Boolean(event));
    try {
      const saved = event
        ? await update.mutateAsync({ id: event.id, version: event.version, ...input })
        : await create.mutateAsync({ ...input, organisationId: values.organisationId ?? '' });
      void message.success(event ? t('events.form.saved') : t('events.form.created'));
      void navigate(event ? `/events/${saved.id}` : `/events/${saved.id}/edit-programme`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Form<EventFormValues> form={form} layout="vertical" initialValues={initialValues} scrollToFirstError={{ block: 'center' }}>
      <Card title={t('events.form.basics')} style={{ marginBottom: 16 }}>
        {!event && (
          <Form.Item name="organisationId" label={t('events.field.organisation')} rules={[rules.required()]} hidden={memberships.length < 2}>
            <Select options={memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('events.field.kind')} rules={[rules.required()]}>
              <Select options={EVENT_KINDS.map((k) => ({ value: k, label: label('eventKind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <ParentForumSelect disabled={kind !== 'sub_forum'} />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="defaultLanguage" label={t('events.field.defaultLanguage')} extra={t('events.form.defaultLanguageHint')} rules={[rules.required()]}>
              <Select options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: fmt.language(l) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="languages" label={t('events.field.languages')} extra={t('events.form.languagesHint')} rules={[rules.minItems(1)]}>
              <Select mode="multiple" options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: fmt.language(l) }))} />
            </Form.Item>
          </Col>
        </Row>
        <LocalisedFields name="title" label={t('events.field.title')} languages={languages} requiredLanguage={defaultLanguage} maxLength={200} />
        <LocalisedFields name="description" label={t('events.field.description')} languages={languages} multiline maxLength={10000} />
        <Form.Item name="sectors" label={t('events.field.sectors')} rules={[rules.maxItems(10)]}>
          <ConceptSelect kind="sector" />
        </Form.Item>
      </Card>

      <Card title={t('events.form.whenWhere')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="startsOn" label={t('events.field.startsOn')} rules={[rules.required()]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="endsOn"
              label={t('events.field.endsOn')}
              dependencies={['startsOn']}
              rules={[
                rules.required(),
                ({ getFieldValue }) => ({
                  validator: (_, value: string) => (!value || !getFieldValue('startsOn') || value >= String(getFieldValue('startsOn')) ? Promise.resolve() : Promise.reject(new Error(t('events.form.endBeforeStart')))),
                }),
              ]}
            >
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="timeZone" label={t('events.field.timeZone')} rules={[rules.required()]}>
              <Select showSearch options={TIME_ZONES.map((z) => ({ value: z, label: z }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="venue" label={t('events.field.venue')} rules={[rules.maxLength(300)]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="city" label={t('events.field.city')} rules={[rules.maxLength(100)]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="country" label={t('events.field.country')}>
              <CountrySelect />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="onlineUrl" label={t('events.field.onlineUrl')} rules={[rules.url(), rules.maxLength(500)]}>
              <Input type="url" placeholder="https://" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('events.form.registration')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="registrationMode" label={t('events.field.registrationMode')} rules={[rules.required()]}>
              <Select options={REGISTRATION_MODES.map((m) => ({ value: m, label: label('registrationMode', m) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="capacity" label={t('events.field.capacity')} extra={t('events.form.capacityHint')} rules={[rules.intRange(1, 1000000)]}>
              <InputNumber min={1} max={1000000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="registrationClosesAt" label={t('events.field.registrationClosesAt')} extra={t('events.form.localTimeHint')}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="participantTypes" label={t('events.field.participantTypes')} rules={[rules.minItems(1)]}>
          <Select mode="multiple" options={PARTICIPANT_TYPES.map((p) => ({ value: p, label: label('participantType', p) }))} />
        </Form.Item>
        <Space wrap size="large" style={{ marginBottom: 12 }}>
          {(['requireOrganisation', 'askOffersAndSeeks', 'askInterpreter'] as const).map((name) => (
            <Form.Item key={name} name={name} valuePropName="checked" label={t(`events.field.${name}`)} style={{ marginBottom: 0 }}>
              <Switch />
            </Form.Item>
          ))}
        </Space>
        <QuestionsEditor languages={languages} defaultLanguage={defaultLanguage} />
      </Card>

      <Card title={t('events.form.meetings')} style={{ marginBottom: 16 }}>
        <Form.Item name={['meetingSettings', 'requestsOpen']} valuePropName="checked" label={t('events.field.meeting.requestsOpen')}>
          <Switch />
        </Form.Item>
        <Row gutter={12}>
          {(
            [
              ['requestExpiryHours', 1, 1440],
              ['reminderAfterHours', 1, 720],
              ['defaultMaxMeetings', 1, 100],
              ['maxBreakDifference', 0, 50],
              ['scheduleTimeLimitSeconds', 1, 300],
            ] as const
          ).map(([name, min, max]) => (
            <Col xs={24} sm={12} md={8} key={name}>
              <Form.Item name={['meetingSettings', name]} label={t(`events.field.meeting.${name}`)} rules={[rules.required(), rules.intRange(min, max)]}>
                <InputNumber min={min} max={max} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>

      {conflict ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('errors.VERSION_CONFLICT')} action={<Button onClick={() => void navigate(0)}>{t('form.reload')}</Button>} />
      ) : error instanceof Error && !isApiError(error) ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error.message} />
      ) : (
        <ServerErrorAlert error={error} />
      )}
      <div className="sticky-actions">
        <Space wrap>
          <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={busy} onClick={() => void save()}>
            {event ? t('events.form.save') : t('events.form.create')}
          </Button>
          <Button type="text" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
