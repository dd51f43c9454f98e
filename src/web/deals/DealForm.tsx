/** Entering or editing a deal in a dialog: parties (on entry), what it is, its value, dates and event. */
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageIndex } from '../../domain/deals/stages';
import { DEAL_TYPES, PIPELINE_STAGES, type DealType, type PipelineStage } from '../../domain/deals/vocab';
import { CURRENCIES } from '../../domain/shared/vocab';
import { useCurrentUser } from '../api/auth';
import { type DealDto, type DealInput, type DealValueInput, useCreateDeal, useUpdateDeal } from '../api/deals';
import { useEvents } from '../api/events';
import { useOrganisationDirectory } from '../api/organisations';
import { isApiError } from '../api/client';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { pickText } from '../events/localised';
import { useFormat } from '../i18n/format';
import { toMajor, toMinor } from './DealBits';

interface Values {
  ownerOrganisationId?: string;
  partyOrganisationIds?: string[];
  stage?: PipelineStage;
  title: string;
  type: DealType;
  description?: string;
  eventId?: string | null;
  amount?: number | null;
  currency?: (typeof CURRENCIES)[number];
  rate?: string;
  rateDate?: Dayjs | null;
  expectedCloseOn?: Dayjs | null;
  signedOn?: Dayjs | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function PartyPicker(props: { value?: string[]; onChange?: (v: string[]) => void; exclude?: string; id?: string }) {
  const [q, setQ] = useState('');
  const query = useOrganisationDirectory(q.trim() ? { q: q.trim() } : {});
  const options = (query.data?.items ?? []).filter((o) => o.id !== props.exclude).map((o) => ({ value: o.id, label: o.name }));
  return <Select id={props.id} mode="multiple" showSearch={{ onSearch: setQ, filterOption: false }} loading={query.isFetching} options={options} value={props.value} onChange={props.onChange} />;
}

function valueOf(v: Values, current: DealDto | null): DealValueInput | null {
  if (v.amount === null || v.amount === undefined || !v.currency) return null;
  const amountMinor = toMinor(v.amount, v.currency);
  const rate = v.rate?.trim();
  // An unchanged value is sent as it was, so its recorded rate stays.
  if (!rate && current?.value && current.value.amountMinor === amountMinor && current.value.currency === v.currency) return { amountMinor, currency: v.currency };
  return { amountMinor, currency: v.currency, ...(rate ? { exchangeRate: { rate, rateDate: day(v.rateDate) ?? dayjs().format('YYYY-MM-DD') } } : {}) };
}

export function DealForm({ deal, open, onClose, onSaved }: { deal: DealDto | null; open: boolean; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useCurrentUser();
  const message = useMessage();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const create = useCreateDeal();
  const update = useUpdateDeal(deal?.id ?? '');
  const events = useEvents({ when: 'all', mine: true });
  const owner = Form.useWatch('ownerOrganisationId', form);
  const currency = Form.useWatch('currency', form);
  const stage = Form.useWatch('stage', form);
  // A signing date belongs to deals at "agreement signed" or later (the server refuses it before).
  const signable = deal ? stageIndex(deal.stage) >= stageIndex('agreement_signed') || deal.signedOn !== null : stageIndex(stage ?? 'contact') >= stageIndex('agreement_signed');
  const pending = create.isPending || update.isPending;

  const initial: Partial<Values> = deal
    ? {
        title: deal.title,
        type: deal.type,
        description: deal.description,
        eventId: deal.event?.id ?? null,
        amount: deal.value ? toMajor(deal.value.amountMinor, deal.value.currency) : null,
        currency: (deal.value?.currency as Values['currency']) ?? 'CNY',
        expectedCloseOn: deal.expectedCloseOn ? dayjs(deal.expectedCloseOn) : null,
        signedOn: deal.signedOn ? dayjs(deal.signedOn) : null,
      }
    : { ownerOrganisationId: user?.memberships[0]?.organisationId, stage: 'contact', type: 'technology_licensing', currency: 'CNY' };

  const fail = (error: unknown) => void message.error(isApiError(error) && error.code === 'VERSION_CONFLICT' ? t('deals.conflict') : errorText(error));

  const submit = (v: Values) => {
    const common = {
      title: v.title,
      type: v.type,
      description: v.description ?? '',
      eventId: v.eventId ?? null,
      value: valueOf(v, deal),
      expectedCloseOn: day(v.expectedCloseOn),
    };
    if (deal) {
      const signedOn = signable ? { signedOn: day(v.signedOn) } : {};
      update.mutate({ version: deal.version, ...common, ...signedOn }, { onSuccess: (d) => (void message.success(t('deals.form.saved')), d && onSaved(d.id)), onError: fail });
      return;
    }
    const input: DealInput = { ...common, ownerOrganisationId: v.ownerOrganisationId ?? '', partyOrganisationIds: v.partyOrganisationIds ?? [], stage: v.stage ?? 'contact', ...(v.signedOn ? { signedOn: day(v.signedOn) } : {}) };
    create.mutate(input, { onSuccess: (d) => (void message.success(t('deals.form.created')), d && onSaved(d.id)), onError: fail });
  };

  const required = [{ required: true, message: t('deals.move.required') }];
  return (
    <Modal
      open={open}
      title={deal ? t('deals.form.editTitle') : t('deals.form.createTitle')}
      okText={deal ? t('common.save') : t('deals.form.create')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        {!deal && (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="ownerOrganisationId" label={t('deals.field.owner')} rules={required}>
                <Select options={(user?.memberships ?? []).map((m) => ({ value: m.organisationId, label: m.organisationName }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="stage" label={t('deals.field.stage')}>
                <Select options={PIPELINE_STAGES.map((s) => ({ value: s, label: t(`deals.stage.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="partyOrganisationIds" label={t('deals.field.parties')} extra={t('deals.form.partiesHint')} rules={required}>
                <PartyPicker exclude={owner} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="title" label={t('deals.field.title')} rules={[...required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('deals.field.type')} rules={required}>
              <Select options={DEAL_TYPES.map((s) => ({ value: s, label: t(`deals.type.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="eventId" label={t('deals.field.event')}>
              <Select allowClear options={(events.data?.items ?? []).map((e) => ({ value: e.id, label: pickText(e.title, fmt.lang, e.defaultLanguage).text }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('deals.field.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={14} md={8}>
            <Form.Item name="amount" label={t('deals.field.amount')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={10} md={4}>
            <Form.Item name="currency" label={t('deals.field.currency')}>
              <Select showSearch options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="rate" label={t('deals.field.rate')} extra={t('deals.form.rateHint', { currency: currency ?? '' })} rules={[{ pattern: /^(0|[1-9][0-9]{0,8})(\.[0-9]{1,10})?$/, message: t('deals.form.rateInvalid') }]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="rateDate" label={t('deals.field.rateDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="expectedCloseOn" label={t('deals.field.expectedCloseOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {signable && (
            <Col xs={12}>
              <Form.Item name="signedOn" label={t('deals.field.signedOn')} extra={t('deals.form.signedHint')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
