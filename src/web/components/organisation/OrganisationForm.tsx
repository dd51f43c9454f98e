/** Create or edit an organisation (descriptions in any of the five languages). */
import { Button, Col, Form, Input, Row, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, ORGANISATION_TYPES } from '../../../domain/shared/vocab';
import { isApiError } from '../../api/client';
import type { ContentLanguage, Organisation, OrganisationInput } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { type FieldPath, matchField } from '../../listings/formModel';
import { useErrorText } from '../ErrorState';
import { useEnumLabel } from '../Labels';
import { ConceptSelect, CountrySelect } from '../Pickers';
import { useMessage } from '../useMessage';
import { useRules } from '../useRules';

interface Values {
  name?: string;
  type?: Organisation['type'];
  country?: string;
  city?: string;
  website?: string;
  sectors?: string[];
  descriptions?: Partial<Record<ContentLanguage, string>>;
}

interface Props {
  organisation?: Organisation;
  submitLabel: string;
  onSubmit: (input: OrganisationInput) => Promise<unknown>;
  onDone?: () => void;
}

export function OrganisationForm({ organisation, submitLabel, onSubmit, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const rules = useRules();
  const errorText = useErrorText();
  const message = useMessage();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const initialValues: Values = organisation
    ? {
        name: organisation.name,
        type: organisation.type,
        country: organisation.country,
        city: organisation.city ?? undefined,
        website: organisation.website ?? undefined,
        sectors: organisation.sectors,
        descriptions: organisation.descriptions,
      }
    : { sectors: [], descriptions: {} };

  const finish = async (values: Values) => {
    const descriptions: Partial<Record<ContentLanguage, string>> = {};
    for (const lang of CONTENT_LANGUAGES) {
      const text = values.descriptions?.[lang]?.trim();
      if (text) descriptions[lang] = text;
    }
    const input: OrganisationInput = {
      name: values.name?.trim() ?? '',
      type: values.type as Organisation['type'],
      country: values.country ?? '',
      sectors: values.sectors ?? [],
      descriptions,
      ...(values.city?.trim() ? { city: values.city.trim() } : {}),
      ...(values.website?.trim() ? { website: values.website.trim() } : {}),
    };
    setBusy(true);
    try {
      await onSubmit(input);
      void message.success(t('org.saved'));
      onDone?.();
    } catch (error) {
      if (isApiError(error) && error.issues.length) {
        const registered = form.getFieldsError().map((f) => f.name as FieldPath);
        const fields = error.issues.flatMap((issue) => {
          const name = matchField(issue.path, issue.message, issue.keyword, registered);
          const key = `validation.keyword.${issue.keyword ?? ''}`;
          return name ? [{ name, errors: [issue.keyword && i18n.exists(key) ? t(key) : issue.message] }] : [];
        });
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
      }
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void finish(v)}>
      <Form.Item name="name" label={t('org.field.name')} rules={[rules.requiredText(), rules.minLength(2), rules.maxLength(200)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="type" label={t('org.field.type')} rules={[rules.required()]}>
            <Select options={ORGANISATION_TYPES.map((v) => ({ value: v, label: label('organisationType', v) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="country" label={t('org.field.country')} rules={[rules.required()]}>
            <CountrySelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="city" label={t('org.field.city')} rules={[rules.maxLength(120)]}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="website" label={t('org.field.website')} rules={[rules.url()]}>
            <Input type="url" placeholder="https://" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="sectors" label={t('field.sectors')} rules={[rules.maxItems(10)]}>
        <ConceptSelect kind="sector" />
      </Form.Item>
      <Form.Item label={t('org.field.descriptions')} extra={t('org.descriptionsHint')}>
        <Tabs
          size="small"
          items={CONTENT_LANGUAGES.map((lang) => ({
            key: lang,
            label: fmt.language(lang),
            forceRender: true,
            children: (
              <Form.Item name={['descriptions', lang]} noStyle rules={[rules.maxLength(8000)]}>
                <Input.TextArea lang={lang} autoSize={{ minRows: 4, maxRows: 12 }} maxLength={8000} showCount />
              </Form.Item>
            ),
          }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
