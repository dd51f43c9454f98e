/** Recording or editing an agreement (party members and platform admins). */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AGREEMENT_KINDS, AGREEMENT_VISIBILITIES, type AgreementKind, type AgreementVisibility } from '../../domain/agreements/vocab';
import { CONTENT_LANGUAGES } from '../../domain/shared/vocab';
import { useEvents } from '../api/events';
import { useOrganisationDirectory } from '../api/organisations';
import { type AgreementDetailDto, type AgreementInput, useAgreement, useAgreements, useSaveAgreement } from '../api/registries';
import type { User } from '../api/types';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { RequireUser } from '../components/Guards';
import { ConceptSelect, ContentLanguageSelect, CountrySelect } from '../components/Pickers';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMessage } from '../components/useMessage';
import { pickText } from '../events/localised';
import { useFormat } from '../i18n/format';

interface PartyValues {
  organisationId?: string;
  name?: string;
  country?: string;
  region?: string;
}

interface Values {
  kind: AgreementKind;
  defaultLanguage: string;
  title: Record<string, string | undefined>;
  parties: PartyValues[];
  sectors?: string[];
  signedOn: string;
  validFrom?: string;
  validUntil?: string;
  terminatedOn?: string;
  renewedFromId?: string;
  eventId?: string;
  visibility: AgreementVisibility;
  notes?: string;
}

const orNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

function toBody(v: Values): AgreementInput {
  const title = Object.fromEntries(Object.entries(v.title).filter(([, s]) => s?.trim()).map(([l, s]) => [l, (s ?? '').trim()]));
  return {
    kind: v.kind,
    defaultLanguage: v.defaultLanguage as AgreementInput['defaultLanguage'],
    title,
    parties: v.parties.map((p) => (p.organisationId ? { organisationId: p.organisationId, region: orNull(p.region) } : { name: orNull(p.name), country: p.country ?? null, region: orNull(p.region) })),
    sectors: v.sectors ?? [],
    signedOn: v.signedOn,
    validFrom: orNull(v.validFrom),
    validUntil: orNull(v.validUntil),
    terminatedOn: orNull(v.terminatedOn),
    renewedFromId: v.renewedFromId ?? null,
    eventId: v.eventId ?? null,
    visibility: v.visibility,
    notes: v.notes ?? '',
  };
}

function initialValues(user: User, a: AgreementDetailDto | undefined, lang: string): Partial<Values> {
  if (!a) {
    return {
      kind: 'framework_agreement',
      defaultLanguage: lang,
      title: {},
      parties: [{ organisationId: user.memberships[0]?.organisationId }, {}],
      visibility: 'public',
    };
  }
  return {
    kind: a.kind,
    defaultLanguage: a.defaultLanguage,
    title: a.title,
    parties: a.parties.map((p) => (p.organisationId ? { organisationId: p.organisationId, region: p.region ?? undefined } : { name: p.name, country: p.country ?? undefined, region: p.region ?? undefined })),
    sectors: a.sectors,
    signedOn: a.signedOn,
    validFrom: a.validFrom ?? undefined,
    validUntil: a.validUntil ?? undefined,
    terminatedOn: a.terminatedOn ?? undefined,
    renewedFromId: a.renewedFromId ?? undefined,
    eventId: a.event?.id,
    visibility: a.visibility,
    notes: a.notes,
  };
}

function AgreementForm({ user, existing }: { user: User; existing?: AgreementDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const message = useMessage();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const save = useSaveAgreement(existing?.id);
  const directory = useOrganisationDirectory({});
  const previous = useAgreements({});
  const events = useEvents({ when: 'all' });
  const required = [{ required: true, message: t('registries.required') }];

  const organisationOptions = useMemo(() => {
    const map = new Map<string, string>();
    for (const m of user.memberships) map.set(m.organisationId, m.organisationName);
    for (const o of directory.data?.items ?? []) map.set(o.id, o.name);
    for (const p of existing?.parties ?? []) if (p.organisationId) map.set(p.organisationId, p.name);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [user, directory.data, existing]);

  const submit = (values: Values) => {
    const body = toBody(values);
    save.mutate(existing ? { ...body, version: existing.version } : body, {
      onSuccess: (saved) => {
        message.success(t('registries.saved'));
        void navigate(`/registries/agreements/${saved.id}`);
      },
      onError: (e) => message.error(errorText(e)),
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues(user, existing, fmt.lang)} onFinish={submit} style={{ maxWidth: 880 }}>
      <Card size="small">
        <Flex gap={16} wrap>
          <Form.Item name="kind" label={t('registries.field.kind')} rules={required} style={{ minWidth: 260 }}>
            <Select options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`registries.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="defaultLanguage" label={t('registries.field.defaultLanguage')} rules={required} style={{ minWidth: 200 }}>
            <ContentLanguageSelect allowClear={false} />
          </Form.Item>
          <Form.Item name="visibility" label={t('registries.field.visibility')} rules={required}>
            <Radio.Group options={AGREEMENT_VISIBILITIES.map((v) => ({ value: v, label: t(`registries.visibility.${v}`) }))} />
          </Form.Item>
        </Flex>
        {CONTENT_LANGUAGES.map((lang) => (
          <Form.Item key={lang} name={['title', lang]} label={`${t('registries.field.title')} · ${fmt.language(lang)}`}>
            <Input maxLength={300} lang={lang} />
          </Form.Item>
        ))}
      </Card>
      <Card size="small" title={t('registries.field.parties')} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('registries.agreements.partiesHint')}</Typography.Paragraph>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, 'organisationId']} label={index === 0 ? t('registries.field.organisation') : undefined} style={{ minWidth: 260, flex: 1 }}>
                    <Select allowClear showSearch optionFilterProp="label" options={organisationOptions} placeholder={t('registries.agreements.onPlatform')} aria-label={t('registries.field.organisation')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} label={index === 0 ? t('registries.field.partyName') : undefined} style={{ minWidth: 220, flex: 1 }}>
                    <Input maxLength={300} placeholder={t('registries.agreements.outsideParty')} aria-label={t('registries.field.partyName')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'country']} label={index === 0 ? t('registries.field.country') : undefined} style={{ width: 170 }}>
                    <CountrySelect aria-label={t('registries.field.country')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'region']} label={index === 0 ? t('registries.field.region') : undefined} style={{ width: 160 }}>
                    <Input maxLength={120} aria-label={t('registries.field.region')} />
                  </Form.Item>
                  <Button type="text" aria-label={t('registries.removeParty')} icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)} disabled={fields.length <= 2} style={{ marginTop: index === 0 ? 30 : 0 }} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('registries.addParty')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" style={{ marginTop: 16 }}>
        <Flex gap={16} wrap>
          <Form.Item name="signedOn" label={t('registries.field.signedOn')} rules={required}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="validFrom" label={t('registries.field.validFrom')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('registries.field.validUntil')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="terminatedOn" label={t('registries.field.terminatedOn')}>
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Form.Item name="sectors" label={t('registries.field.sectors')}>
          <ConceptSelect kind="sector" maxCount={10} />
        </Form.Item>
        <Form.Item name="renewedFromId" label={t('registries.field.renewedFrom')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={previous.isPending}
            options={(previous.data?.items ?? []).filter((p) => p.id !== existing?.id).map((p) => ({ value: p.id, label: `${pickText(p.title, fmt.lang, p.defaultLanguage).text} (${p.signedOn})` }))}
          />
        </Form.Item>
        <Form.Item name="eventId" label={t('registries.field.event')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={events.isPending}
            options={(events.data?.items ?? []).map((e) => ({ value: e.id, label: `${pickText(e.title, fmt.lang, e.defaultLanguage).text} (${e.startsOn})` }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('registries.field.notes')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('registries.save')}
        </Button>
        <Button onClick={() => void navigate(existing ? `/registries/agreements/${existing.id}` : '/registries/agreements')}>{t('registries.cancel')}</Button>
      </Space>
    </Form>
  );
}

export default function AgreementFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useAgreement(id);
  useDocumentTitle(id ? t('registries.agreements.edit') : t('registries.agreements.new'));
  return (
    <RequireUser>
      {(user) => (
        <>
          <Typography.Title level={2} className="page-title">
            {id ? t('registries.agreements.edit') : t('registries.agreements.new')}
          </Typography.Title>
          {!id ? (
            <AgreementForm user={user} />
          ) : query.isPending ? (
            <Skeleton active />
          ) : query.isError ? (
            <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <AgreementForm user={user} existing={query.data} />
          )}
        </>
      )}
    </RequireUser>
  );
}
