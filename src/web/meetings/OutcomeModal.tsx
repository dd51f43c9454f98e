/** After a held meeting: the cooperation it may lead to, an estimated value in a currency, a note. */
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { COOPERATION_TYPES, CURRENCIES, type CooperationType } from '../../domain/shared/vocab';
import { type MeetingDto, type OutcomeInput, useRecordOutcome } from '../api/meetings';
import { useEnumLabel } from '../components/Labels';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { useFormat } from '../i18n/format';
import { minorDigits, partyName, validValues } from './bits';

interface OutcomeValues {
  cooperationType: CooperationType;
  value?: number | null;
  currency?: OutcomeInput['currency'];
  note?: string;
}

function initialValues(meeting: MeetingDto, defaultCurrency: OutcomeInput['currency']): Partial<OutcomeValues> {
  const o = meeting.outcome;
  if (!o) return { currency: defaultCurrency };
  const currency = (o.currency ?? defaultCurrency) as OutcomeInput['currency'];
  return {
    cooperationType: o.cooperationType as CooperationType,
    value: o.estimatedValueMinor === null ? null : o.estimatedValueMinor / 10 ** minorDigits(currency ?? 'EUR'),
    currency,
    note: o.note ?? undefined,
  };
}

export function OutcomeModal({ eventId, meeting, defaultCurrency, onClose }: { eventId: string; meeting: MeetingDto | null; defaultCurrency: OutcomeInput['currency']; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const message = useMessage();
  const record = useRecordOutcome(eventId);
  const [form] = Form.useForm<OutcomeValues>();
  const other = meeting ? (meeting.mySide === 'requester' ? meeting.receiver : meeting.requester) : null;

  const close = () => {
    record.reset();
    onClose();
  };
  const save = async () => {
    if (!meeting) return;
    const v = await validValues(form);
    if (!v) return;
    const hasValue = v.value !== undefined && v.value !== null;
    const currency = v.currency ?? null;
    record.mutate(
      {
        meetingId: meeting.id,
        cooperationType: v.cooperationType,
        estimatedValueMinor: hasValue && currency ? Math.round((v.value ?? 0) * 10 ** minorDigits(currency)) : null,
        currency: hasValue ? currency : null,
        note: v.note?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('meetings.outcome.saved'));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={meeting !== null}
      title={t('meetings.outcome.title', { name: partyName(other) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save()}
      onCancel={close}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {meeting && (
        <Form form={form} layout="vertical" initialValues={initialValues(meeting, defaultCurrency)} requiredMark={false}>
          <Form.Item name="cooperationType" label={t('meetings.outcome.cooperationType')} rules={[{ required: true, message: t('meetings.outcome.cooperationRequired') }]}>
            <Select options={COOPERATION_TYPES.map((c) => ({ value: c, label: label('cooperationType', c) }))} />
          </Form.Item>
          <Row gutter={8}>
            <Col xs={14}>
              <Form.Item name="value" label={t('meetings.outcome.value')} extra={t('meetings.outcome.valueHint')}>
                <InputNumber min={0} max={1e15} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={10}>
              <Form.Item
                name="currency"
                label={t('meetings.outcome.currency')}
                dependencies={['value']}
                rules={[({ getFieldValue }) => ({ required: getFieldValue('value') !== undefined && getFieldValue('value') !== null, message: t('meetings.outcome.currencyRequired') })]}
              >
                <Select showSearch optionFilterProp="label" options={CURRENCIES.map((c) => ({ value: c, label: `${c} · ${fmt.currencyName(c)}` }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="note" label={t('meetings.outcome.note')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      )}
      <ServerErrorAlert error={record.error} />
    </Modal>
  );
}
