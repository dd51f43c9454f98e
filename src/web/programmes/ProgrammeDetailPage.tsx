/** One programme: what it funds, its rounds and rules; applying; the reviewer's and the organisers' work. */
import { Button, Card, Descriptions, Flex, Form, Input, List, Popconfirm, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../api/auth';
import { type ProgrammeDto, useApplications, useCreateApplication, useProgramme, useProgrammeTransition } from '../api/programmes';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLocalised } from '../events/localised';
import { useFormat } from '../i18n/format';
import { ApplicationStatusTag, ProgrammeKindTag, ProgrammeStatusTag, useMoney } from './bits';
import { OrganiserPanel } from './OrganiserPanel';
import { ReviewPanel } from './ReviewPanel';

function Actions({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const transition = useProgrammeTransition();
  const errorText = useErrorText();
  const message = useMessage();
  const verbs = (['open', 'close', 'decide', 'archive'] as const).filter((v) => programme.abilities[v]);
  if (!verbs.length) return null;
  return (
    <Space wrap>
      {verbs.map((verb) => (
        <Popconfirm
          key={verb}
          title={t(`programmes.action.${verb}Confirm`)}
          okText={t(`programmes.action.${verb}`)}
          cancelText={t('common.cancel')}
          onConfirm={() => transition.mutate({ id: programme.id, verb }, { onError: (e) => void message.error(errorText(e)) })}
        >
          <Button type={verb === 'open' ? 'primary' : 'default'} loading={transition.isPending}>
            {t(`programmes.action.${verb}`)}
          </Button>
        </Popconfirm>
      ))}
    </Space>
  );
}

function ApplyCard({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const create = useCreateApplication();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const message = useMessage();
  const orgs = (user?.memberships ?? []).filter((m) => m.organisationId !== programme.organisationId);
  if (!programme.abilities.apply || !orgs.length) return null;
  return (
    <Card title={t('programmes.apply.title')} size="small">
      <Form
        layout="vertical"
        initialValues={{ organisationId: orgs[0]?.organisationId }}
        onFinish={(values: { organisationId: string; title: string }) =>
          create.mutate(
            { programmeId: programme.id, ...values },
            { onSuccess: (a) => void navigate(`/programmes/applications/${a.id}`), onError: (e) => void message.error(errorText(e)) },
          )
        }
      >
        <Form.Item name="organisationId" label={t('programmes.apply.organisation')} rules={[{ required: true }]}>
          <Select options={orgs.map((o) => ({ value: o.organisationId, label: o.organisationName }))} />
        </Form.Item>
        <Form.Item name="title" label={t('programmes.apply.projectTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('programmes.apply.start')}
        </Button>
      </Form>
    </Card>
  );
}

function MyApplications({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const query = useApplications(programme.id);
  const mine = (query.data?.items ?? []).filter((a) => a.viewerRole === 'applicant' || a.viewerRole === 'partner');
  if (!mine.length) return <Typography.Text type="secondary">{t('programmes.apply.noneYet')}</Typography.Text>;
  return (
    <List
      dataSource={mine}
      renderItem={(a) => (
        <List.Item extra={<ApplicationStatusTag status={a.status} />}>
          <Link to={`/programmes/applications/${a.id}`}>{a.title}</Link>
        </List.Item>
      )}
    />
  );
}

export default function ProgrammeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const user = useCurrentUser();
  const query = useProgramme(id);
  const programme = query.data;
  const pick = useLocalised(programme?.defaultLanguage ?? 'en');
  useDocumentTitle(programme ? pick(programme.title).text : t('programmes.title'));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError || !programme) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const title = pick(programme.title);
  const description = pick(programme.description);
  const e = programme.eligibility;
  const tabs = [
    ...(user ? [{ key: 'mine', label: t('programmes.tab.mine'), children: <MyApplications programme={programme} /> }] : []),
    ...(programme.abilities.review || programme.abilities.judge ? [{ key: 'review', label: t('programmes.tab.review'), children: <ReviewPanel programme={programme} /> }] : []),
    ...(programme.abilities.manageReview ? [{ key: 'manage', label: t('programmes.tab.manage'), children: <OrganiserPanel programme={programme} /> }] : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Flex gap={6} wrap>
            <ProgrammeKindTag kind={programme.kind} />
            <ProgrammeStatusTag status={programme.status} />
          </Flex>
          <Typography.Title level={2} className="page-title" lang={title.lang}>
            {title.text}
          </Typography.Title>
        </div>
        <Actions programme={programme} />
      </Flex>
      {description.text && <Typography.Paragraph lang={description.lang} style={{ whiteSpace: 'pre-wrap' }}>{description.text}</Typography.Paragraph>}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('programmes.field.organiser')}>{programme.organisationName}</Descriptions.Item>
        <Descriptions.Item label={t('programmes.field.budget')}>{money(programme.budgetMinor, programme.currency)}</Descriptions.Item>
        {programme.rounds.map((r) => (
          <Descriptions.Item key={r.id} label={`${pick(r.name).text} (${t(`programmes.roundKind.${r.kind}`)})`}>
            {fmt.dateTime(r.closesAt)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('programmes.field.eligibleTypes')}>
          {e.organisationTypes.length ? e.organisationTypes.map((o) => t(`enum.organisationType.${o}`)).join(', ') : t('programmes.any')}
        </Descriptions.Item>
        <Descriptions.Item label={t('programmes.field.eligibleCountries')}>{e.countries.length ? e.countries.map((c) => fmt.country(c)).join(', ') : t('programmes.any')}</Descriptions.Item>
        <Descriptions.Item label={t('programmes.field.partners')}>
          {t('programmes.partnerRule', { n: e.minPartners })}
          {e.partnerFromOtherCountry ? ` · ${t('programmes.partnerOtherCountry')}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('programmes.field.review')}>{programme.review.blind ? t('programmes.blind') : t('programmes.open')}</Descriptions.Item>
      </Descriptions>
      <ApplyCard programme={programme} />
      {tabs.length > 0 && <Tabs items={tabs} />}
    </Flex>
  );
}
