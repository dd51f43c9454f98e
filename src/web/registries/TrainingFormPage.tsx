/** Recording or editing a training programme (members of the organiser, platform admins). */
import { Button, Card, Flex, Form, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CONTENT_LANGUAGES } from '../../domain/shared/vocab';
import { type TrainingDetailDto, type TrainingProgrammeInput, useSaveTraining, useTraining } from '../api/registries';
import type { User } from '../api/types';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { RequireUser } from '../components/Guards';
import { ConceptSelect, ContentLanguageSelect, CountrySelect } from '../components/Pickers';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';

interface Values {
  organisationId: string;
  defaultLanguage: string;
  title: Record<string, string | undefined>;
  description: Record<string, string | undefined>;
  partnerCountries?: string[];
  partnerRegions?: string[];
  sectors?: string[];
}

const compact = (text: Record<string, string | undefined>) => Object.fromEntries(Object.entries(text).filter(([, s]) => s?.trim()).map(([l, s]) => [l, (s ?? '').trim()]));

function TrainingForm({ user, existing }: { user: User; existing?: TrainingDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const message = useMessage();
  const errorText = useErrorText();
  const save = useSaveTraining(existing?.id);
  const required = [{ required: true, message: t('registries.required') }];
  const submit = (v: Values) => {
    const fields = {
      defaultLanguage: v.defaultLanguage as TrainingProgrammeInput['defaultLanguage'],
      title: compact(v.title),
      ...(Object.keys(compact(v.description ?? {})).length ? { description: compact(v.description ?? {}) } : {}),
      partnerCountries: v.partnerCountries ?? [],
      partnerRegions: (v.partnerRegions ?? []).map((r) => r.trim()).filter(Boolean),
      sectors: v.sectors ?? [],
    };
    save.mutate(existing ? { ...fields, version: existing.version } : { organisationId: v.organisationId, ...fields }, {
      onSuccess: (saved) => {
        message.success(t('registries.saved'));
        void navigate(`/registries/trainings/${saved.id}`);
      },
      onError: (e) => message.error(errorText(e)),
    });
  };
  const initial: Partial<Values> = existing
    ? { organisationId: existing.organisationId, defaultLanguage: existing.defaultLanguage, title: existing.title, description: existing.description, partnerCountries: existing.partnerCountries, partnerRegions: existing.partnerRegions, sectors: existing.sectors }
    : { organisationId: user.memberships[0]?.organisationId, defaultLanguage: fmt.lang, title: {}, description: {} };
  return (
    <Form<Values> layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 880 }}>
      <Card size="small">
        <Flex gap={16} wrap>
          <Form.Item name="organisationId" label={t('registries.field.organiser')} rules={required} style={{ minWidth: 300 }}>
            <Select disabled={!!existing} options={existing ? [{ value: existing.organisationId, label: existing.organisationName }] : user.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))} />
          </Form.Item>
          <Form.Item name="defaultLanguage" label={t('registries.field.defaultLanguage')} rules={required} style={{ minWidth: 200 }}>
            <ContentLanguageSelect allowClear={false} />
          </Form.Item>
        </Flex>
        {CONTENT_LANGUAGES.map((lang) => (
          <Form.Item key={lang} name={['title', lang]} label={`${t('registries.field.title')} · ${fmt.language(lang)}`}>
            <Input maxLength={300} lang={lang} />
          </Form.Item>
        ))}
        {CONTENT_LANGUAGES.map((lang) => (
          <Form.Item key={lang} name={['description', lang]} label={`${t('registries.field.description')} · ${fmt.language(lang)}`}>
            <Input.TextArea rows={2} maxLength={10_000} lang={lang} />
          </Form.Item>
        ))}
        <Form.Item name="partnerRegions" label={t('registries.field.partnerRegions')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />
        </Form.Item>
        <Form.Item name="partnerCountries" label={t('registries.field.partnerCountries')}>
          <CountrySelect mode="multiple" />
        </Form.Item>
        <Form.Item name="sectors" label={t('registries.field.sectors')}>
          <ConceptSelect kind="sector" maxCount={10} />
        </Form.Item>
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('registries.save')}
        </Button>
        <Button onClick={() => void navigate(existing ? `/registries/trainings/${existing.id}` : '/registries/trainings')}>{t('registries.cancel')}</Button>
      </Space>
    </Form>
  );
}

export default function TrainingFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useTraining(id);
  useDocumentTitle(id ? t('registries.trainings.edit') : t('registries.trainings.new'));
  return (
    <RequireUser>
      {(user) => (
        <>
          <Typography.Title level={2} className="page-title">
            {id ? t('registries.trainings.edit') : t('registries.trainings.new')}
          </Typography.Title>
          {!id ? <TrainingForm user={user} /> : query.isPending ? <Skeleton active /> : query.isError ? <ErrorResult error={query.error} onRetry={() => void query.refetch()} /> : <TrainingForm user={user} existing={query.data} />}
        </>
      )}
    </RequireUser>
  );
}
