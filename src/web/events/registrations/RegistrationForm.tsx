/** Registering for an event: the fields and extra questions its organisers' registration form asks for. */
import { Alert, Button, Card, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import type { User } from '../../api/types';
import { useEnumLabel } from '../../components/Labels';
import { CountrySelect, SpokenLanguagesSelect } from '../../components/Pickers';
import { useMessage } from '../../components/useMessage';
import { useRules } from '../../components/useRules';
import { ServerErrorAlert } from '../FormBits';
import { useLocalised } from '../localised';
import { type Answer, type RegistrationDto, type RegistrationInput, useRegister, useUpdateMyRegistration } from './api';
import { OwnListingPicker, SearchListingPicker } from './ListingPicker';

interface Values {
  participantType?: RegistrationInput['participantType'];
  organisationId?: string | null;
  country?: string;
  languages: string[];
  interpreterNeeds?: string;
  offerListingIds: string[];
  seekListingIds: string[];
  answers: Record<string, Answer | undefined>;
}

/** New registration, or (with `registration`) editing the answers of an existing one. */
export function RegistrationForm({ event, user, registration, onDone }: { event: EventDto; user: User; registration?: RegistrationDto; onDone?: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  const message = useMessage();
  const pick = useLocalised(event.defaultLanguage);
  const register = useRegister(event.id);
  const update = useUpdateMyRegistration(event.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const rf = event.registrationForm;
  const organisationId = Form.useWatch('organisationId', form);

  const initialValues: Values = registration
    ? {
        participantType: registration.participantType,
        organisationId: registration.organisationId,
        country: registration.country,
        languages: registration.languages,
        interpreterNeeds: registration.interpreterNeeds ?? undefined,
        offerListingIds: registration.offerListingIds,
        seekListingIds: registration.seekListingIds,
        answers: registration.answers,
      }
    : {
        participantType: rf.participantTypes.length === 1 ? rf.participantTypes[0] : undefined,
        organisationId: user.memberships[0]?.organisationId ?? null,
        languages: [],
        offerListingIds: [],
        seekListingIds: [],
        answers: {},
      };

  const submit = async (v: Values) => {
    setError(null);
    const answers = Object.fromEntries(Object.entries(v.answers ?? {}).filter(([, a]) => a !== undefined && a !== '' && !(Array.isArray(a) && a.length === 0))) as Record<string, Answer>;
    const editable = {
      languages: v.languages ?? [],
      ...(rf.askInterpreter ? { interpreterNeeds: v.interpreterNeeds?.trim() || null } : {}),
      ...(rf.askOffersAndSeeks ? { offerListingIds: v.offerListingIds ?? [], seekListingIds: v.seekListingIds ?? [] } : {}),
      answers,
    };
    try {
      if (registration) {
        await update.mutateAsync({ version: registration.version, ...editable });
        void message.success(t('registrations.saved'));
      } else {
        const saved = await register.mutateAsync({
          participantType: v.participantType as RegistrationInput['participantType'],
          organisationId: v.organisationId || null,
          ...(v.country ? { country: v.country } : {}),
          ...editable,
        });
        void message.success(t(`registrations.registered.${saved.status}`, { defaultValue: t('registrations.registered.pending') }));
      }
      onDone?.();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={registration ? t('registrations.editTitle') : t('registrations.formTitle')}>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="participantType" label={t('registrations.field.participantType')} rules={[rules.required()]}>
              <Select disabled={Boolean(registration)} options={rf.participantTypes.map((p) => ({ value: p, label: label('participantType', p) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="organisationId"
              label={t('registrations.field.organisation')}
              rules={rf.requireOrganisation ? [rules.required()] : []}
              extra={user.memberships.length === 0 && rf.requireOrganisation ? t('registrations.needOrganisation') : undefined}
            >
              <Select disabled={Boolean(registration)} allowClear={!rf.requireOrganisation} placeholder={t('registrations.asIndividual')} options={user.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="country" label={t('registrations.field.country')} extra={registration ? undefined : t('registrations.countryHint')}>
              <CountrySelect disabled={Boolean(registration)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="languages" label={t('registrations.field.languages')} rules={[rules.maxItems(10)]}>
              <SpokenLanguagesSelect />
            </Form.Item>
          </Col>
        </Row>
        {rf.askInterpreter && (
          <Form.Item name="interpreterNeeds" label={t('registrations.field.interpreterNeeds')} rules={[rules.maxLength(500)]}>
            <Input maxLength={500} placeholder={t('registrations.interpreterPlaceholder')} />
          </Form.Item>
        )}
        {rf.askOffersAndSeeks && (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="offerListingIds" label={t('registrations.field.offers')} extra={t('registrations.offersHint')} rules={[rules.maxItems(20)]}>
                <OwnListingPicker organisationId={organisationId ?? registration?.organisationId} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="seekListingIds" label={t('registrations.field.seeks')} extra={t('registrations.seeksHint')} rules={[rules.maxItems(20)]}>
                <SearchListingPicker placeholder={t('registrations.searchListings')} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {rf.questions.map((q) => {
          const questionLabel = pick(q.label);
          const options = (q.options ?? []).map((o) => ({ value: o.value, label: pick(o.label).text }));
          const required = q.required ? [q.kind === 'multi_choice' ? rules.minItems(1) : rules.required()] : [];
          return (
            <Form.Item key={q.id} name={['answers', q.id]} label={<span lang={questionLabel.lang}>{questionLabel.text}</span>} rules={required}>
              {q.kind === 'text' ? (
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
              ) : q.kind === 'choice' ? (
                <Select allowClear options={options} />
              ) : q.kind === 'multi_choice' ? (
                <Select mode="multiple" allowClear options={options} />
              ) : (
                <Radio.Group
                  options={[
                    { value: true, label: t('common.yes') },
                    { value: false, label: t('common.no') },
                  ]}
                />
              )}
            </Form.Item>
          );
        })}
        {!registration && event.registrationMode === 'approval' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('registrations.approvalNote')} />}
        <ServerErrorAlert error={error} />
        <Button type="primary" htmlType="submit" loading={register.isPending || update.isPending}>
          {registration ? t('common.save') : t('registrations.submit')}
        </Button>
        {registration && onDone && (
          <Button type="text" onClick={onDone} style={{ marginInlineStart: 8 }}>
            {t('common.cancel')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
