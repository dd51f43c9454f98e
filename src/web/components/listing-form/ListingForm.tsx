/** Create or edit a listing of one type; saves a draft and optionally submits it for review. */
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VISIBILITIES } from '../../../domain/shared/vocab';
import { isApiError } from '../../api/client';
import { useCreateListing, useListingLifecycle, useUpdateListing } from '../../api/listings';
import type { Listing, ListingType, Membership } from '../../api/types';
import { DETAIL_FIELDS } from '../../listings/fields';
import { type FieldPath, type ListingFormValues, matchField, valuesToInput } from '../../listings/formModel';
import { useErrorText } from '../ErrorState';
import { useEnumLabel } from '../Labels';
import { ConceptSelect, ContentLanguageSelect, CountrySelect } from '../Pickers';
import { useMessage } from '../useMessage';
import { useRules } from '../useRules';
import { DetailFieldInput } from './DetailFieldInput';
import { TranslationsEditor } from './TranslationsEditor';

interface Props {
  type: ListingType;
  listing?: Listing;
  memberships: Membership[];
  initialValues: ListingFormValues;
}

export function ListingForm({ type, listing, memberships, initialValues }: Props) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  const errorText = useErrorText();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<ListingFormValues>();
  const create = useCreateListing();
  const update = useUpdateListing();
  const lifecycle = useListingLifecycle();
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const sectors = Form.useWatch('sectors', form) as string[] | undefined;
  const busy = create.isPending || update.isPending || lifecycle.isPending;

  const showServerError = (error: unknown) => {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
      setConflict(true);
      return;
    }
    if (!isApiError(error) || error.issues.length === 0) {
      setGeneral([errorText(error)]);
      return;
    }
    const registered = form.getFieldsError().map((f) => f.name as FieldPath);
    const byField = new Map<string, { name: FieldPath; errors: string[] }>();
    const unmatched: string[] = [];
    for (const issue of error.issues) {
      const key = `validation.keyword.${issue.keyword ?? ''}`;
      const text = issue.keyword && i18n.exists(key) ? t(key) : issue.message;
      const name = matchField(issue.path, issue.message, issue.keyword, registered);
      if (!name) {
        unmatched.push(`${issue.path || '/'}: ${text}`);
        continue;
      }
      const entry = byField.get(JSON.stringify(name)) ?? { name, errors: [] };
      entry.errors.push(text);
      byField.set(JSON.stringify(name), entry);
    }
    form.setFields([...byField.values()]);
    setGeneral([errorText(error), ...unmatched]);
    const first = [...byField.values()][0];
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  const save = async (submit: boolean) => {
    setGeneral([]);
    let values: ListingFormValues;
    try {
      values = await form.validateFields();
    } catch {
      setGeneral([t('form.fixErrors')]);
      return;
    }
    const input = valuesToInput(type, values);
    try {
      const saved = listing
        ? await update.mutateAsync({ id: listing.id, version: listing.version, ...input })
        : await create.mutateAsync({ ...input, type, organisationId: values.organisationId ?? '' });
      if (submit && saved.abilities.submit) await lifecycle.mutateAsync({ id: saved.id, action: 'submit' });
      void message.success(submit ? t('form.submitted') : t('form.saved'));
      void navigate(`/listings/${saved.id}`);
    } catch (error) {
      showServerError(error);
    }
  };

  // Someone else saved first: start over from their version (this edit's changes are discarded).
  const reload = () => void navigate(0);

  const canSubmit = !listing || listing.status === 'draft' || listing.status === 'rejected';

  return (
    <Form<ListingFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError={{ block: 'center' }}
      onValuesChange={() => general.length && setGeneral([])}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('errors.VERSION_CONFLICT')}
          action={<Button onClick={reload}>{t('form.reload')}</Button>}
        />
      )}
      <Card title={t('form.section.basics')} style={{ marginBottom: 16 }}>
        {!listing && (
          <Form.Item
            name="organisationId"
            label={t('field.organisation')}
            rules={[rules.required()]}
            hidden={memberships.length < 2}
          >
            <Select options={memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('field.title')} rules={[rules.requiredText(), rules.maxLength(300)]}>
          <Input maxLength={300} showCount />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('field.summary')}
          extra={t('form.summaryHint')}
          rules={[rules.requiredText(), rules.maxLength(8000)]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 16 }} maxLength={8000} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="language" label={t('field.language')} extra={t('form.languageAuto')}>
              <ContentLanguageSelect placeholder={t('form.languageAutoPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="visibility" label={t('field.visibility')} extra={t('form.visibilityHint')}>
              <Select options={VISIBILITIES.map((v) => ({ value: v, label: label('visibility', v) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('listing.detailsTitle', { type: label('listingType', type) })} style={{ marginBottom: 16 }}>
        {DETAIL_FIELDS[type].map((field) => (
          <DetailFieldInput key={field.name} field={field} />
        ))}
      </Card>

      <Card title={t('form.section.classification')} style={{ marginBottom: 16 }}>
        <Form.Item name="sectors" label={t('field.sectors')} rules={[rules.maxItems(10)]}>
          <ConceptSelect kind="sector" />
        </Form.Item>
        <Form.Item name="keywords" label={t('field.keywords')} rules={[rules.maxItems(30)]}>
          <ConceptSelect kind="keyword" sectors={sectors} />
        </Form.Item>
        <Form.Item name="freeKeywords" label={t('field.freeKeywords')} extra={t('form.tagsHint')} rules={[rules.maxItems(30)]}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ';']} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="countriesSought" label={t('field.countriesSought')} rules={[rules.maxItems(60)]}>
              <CountrySelect mode="multiple" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="expiresAt" label={t('field.expiresAt')} extra={t('form.expiresHint')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('form.section.translations')} style={{ marginBottom: 16 }}>
        <p className="muted" style={{ marginTop: 0 }}>
          {t('form.translationsHint')}
        </p>
        <TranslationsEditor />
      </Card>

      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={general[0]}
          description={general.length > 1 ? <ul style={{ margin: 0 }}>{general.slice(1).map((g) => <li key={g}>{g}</li>)}</ul> : undefined}
        />
      )}
      <div className="sticky-actions">
        <Space wrap>
          <Button icon={<SaveOutlined aria-hidden />} loading={busy} onClick={() => void save(false)}>
            {listing && listing.status !== 'draft' ? t('form.saveChanges') : t('form.saveDraft')}
          </Button>
          {canSubmit && (
            <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy} onClick={() => void save(true)}>
              {t('form.saveAndSubmit')}
            </Button>
          )}
          <Button type="text" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
