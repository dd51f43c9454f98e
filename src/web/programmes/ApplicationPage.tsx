/** One application: the answers to the programme's form, co-applicants, submission and the decision. */
import { Alert, Button, Card, Flex, Form, Input, List, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../api/auth';
import { isApiError } from '../api/client';
import { type Answer, type ApplicationDto, type ProgrammeDto, useAnswerCoApplication, useApplication, useApplicationAction, useInviteCoApplicant, useProgramme, useUpdateApplication } from '../api/programmes';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { OrganisationPicker } from '../events/registrations/OrganisationPicker';
import { useLocalised } from '../events/localised';
import { useFormat } from '../i18n/format';
import { AnswerField } from './AnswerField';
import { ApplicationStatusTag, useMoney } from './bits';

function CoApplicants({ application }: { application: ApplicationDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useCurrentUser();
  const invite = useInviteCoApplicant();
  const answer = useAnswerCoApplication();
  const errorText = useErrorText();
  const message = useMessage();
  const [picked, setPicked] = useState<string | undefined>();
  const onError = (e: unknown) => void message.error(errorText(e));
  const mine = new Set((user?.memberships ?? []).map((m) => m.organisationId));
  return (
    <Card size="small" title={t('programmes.application.coApplicants')}>
      <List
        dataSource={application.coApplicants}
        locale={{ emptyText: t('programmes.application.noCoApplicants') }}
        renderItem={(c) => (
          <List.Item
            extra={
              mine.has(c.organisationId) && c.status === 'invited' && application.viewerRole === 'partner' && ['draft', 'revise_and_resubmit'].includes(application.status) ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => answer.mutate({ id: application.id, organisationId: c.organisationId, accept: true }, { onError })}>
                    {t('programmes.application.confirm')}
                  </Button>
                  <Button size="small" onClick={() => answer.mutate({ id: application.id, organisationId: c.organisationId, accept: false }, { onError })}>
                    {t('programmes.application.decline')}
                  </Button>
                </Space>
              ) : (
                <Tag>{t(`programmes.coStatus.${c.status}`)}</Tag>
              )
            }
          >
            {c.name} · {fmt.country(c.country)}
          </List.Item>
        )}
      />
      {application.abilities.edit && (
        <Space.Compact style={{ marginTop: 8, width: '100%' }}>
          <OrganisationPicker style={{ width: '100%' }} value={picked} onChange={setPicked} placeholder={t('programmes.application.pickOrganisation')} aria-label={t('programmes.application.pickOrganisation')} />
          <Button disabled={!picked} loading={invite.isPending} onClick={() => picked && invite.mutate({ id: application.id, organisationId: picked }, { onError, onSuccess: () => setPicked(undefined) })}>
            {t('programmes.application.invite')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}

function Problems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  const reasons = isApiError(error) && error.code === 'NOT_ELIGIBLE' && Array.isArray(error.details) ? (error.details as Array<{ reason: string }>) : [];
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      description={reasons.length ? <ul>{reasons.map((r) => <li key={r.reason}>{t(`programmes.ineligible.${r.reason}`)}</li>)}</ul> : undefined}
    />
  );
}

function ApplicationForm({ application, programme }: { application: ApplicationDto; programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const pick = useLocalised(programme.defaultLanguage);
  const [form] = Form.useForm<{ title: string; summary: string; answers: Record<string, Answer> }>();
  const update = useUpdateApplication();
  const action = useApplicationAction();
  const message = useMessage();
  const [error, setError] = useState<unknown>(null);
  const markFields = (e: unknown) => {
    setError(e);
    if (isApiError(e)) form.setFields(e.issues.filter((i) => i.path.startsWith('/answers/')).map((i) => ({ name: ['answers', i.path.slice(9)], errors: [i.message] })));
  };
  const save = async () => {
    const values = form.getFieldsValue();
    return update.mutateAsync({ id: application.id, version: application.version, title: values.title, summary: values.summary ?? '', answers: values.answers ?? {} });
  };
  const submit = async () => {
    try {
      setError(null);
      if (application.abilities.edit) await save();
      await action.mutateAsync({ id: application.id, action: 'submit' });
      void message.success(t('programmes.application.submittedDone'));
    } catch (e) {
      markFields(e);
    }
  };
  const editable = application.abilities.edit;
  return (
    <Form form={form} layout="vertical" initialValues={{ title: application.title, summary: application.summary, answers: application.answers }}>
      <Form.Item name="title" label={t('programmes.apply.projectTitle')} rules={[{ required: true }]}>
        <Input disabled={!editable} maxLength={300} />
      </Form.Item>
      <Form.Item name="summary" label={t('programmes.application.summary')}>
        <Input.TextArea disabled={!editable} rows={3} maxLength={5000} />
      </Form.Item>
      {programme.form.map((q) => (
        <AnswerField key={q.id} question={q} pick={pick} disabled={!editable} />
      ))}
      <Problems error={error} />
      <Flex gap={8} style={{ marginTop: 12 }}>
        {editable && (
          <Button loading={update.isPending} onClick={() => save().then(() => void message.success(t('programmes.application.savedDone')), markFields)}>
            {t('programmes.application.save')}
          </Button>
        )}
        {application.abilities.submit && (
          <Button type="primary" loading={action.isPending} onClick={() => void submit()}>
            {t('programmes.application.submit')}
          </Button>
        )}
        {application.abilities.withdraw && (
          <Popconfirm title={t('programmes.application.withdrawConfirm')} okText={t('programmes.application.withdraw')} cancelText={t('common.cancel')} onConfirm={() => action.mutate({ id: application.id, action: 'withdraw' }, { onError: markFields })}>
            <Button danger>{t('programmes.application.withdraw')}</Button>
          </Popconfirm>
        )}
      </Flex>
    </Form>
  );
}

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const money = useMoney();
  const query = useApplication(id);
  const programmeQuery = useProgramme(query.data?.programmeId ?? '');
  useDocumentTitle(query.data?.title ?? t('programmes.title'));
  if (query.isPending || (query.data && programmeQuery.isPending)) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (programmeQuery.isError || !programmeQuery.data) return <ErrorResult error={programmeQuery.error} />;
  const application = query.data;
  const programme = programmeQuery.data;
  return (
    <Flex vertical gap={16}>
      <div>
        <Link to={`/programmes/${programme.id}`}>{t('programmes.application.back')}</Link>
        <Typography.Title level={2} className="page-title">
          {application.title} <ApplicationStatusTag status={application.status} />
        </Typography.Title>
        {application.lead && <Typography.Text type="secondary">{application.lead.name}</Typography.Text>}
        {application.blinded && <Typography.Text type="secondary">{t('programmes.review.blindNote')}</Typography.Text>}
      </div>
      {application.decision && (
        <Alert
          type={application.decision === 'fund' ? 'success' : application.decision === 'reject' ? 'error' : 'warning'}
          showIcon
          title={t(`programmes.decision.${application.decision}`)}
          description={[application.awardedMinor !== null ? t('programmes.decision.awardedShown', { amount: money(application.awardedMinor, programme.currency) }) : '', application.decisionNote ?? ''].filter(Boolean).join(' · ')}
        />
      )}
      <ApplicationForm key={application.version} application={application} programme={programme} />
      {!application.blinded && <CoApplicants application={application} />}
    </Flex>
  );
}
