/** The organisers' ranking table: normalised scores, automatic assignment, decisions and the review export. */
import { Button, Flex, Form, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DECISIONS, type Decision } from '../../domain/programmes/vocab';
import { type ProgrammeDto, type RankingRowDto, useAutoAssign, useDecide, useRanking } from '../api/programmes';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';
import { ApplicationStatusTag, useMoney } from './bits';

function DecideButton({ programme, row }: { programme: ProgrammeDto; row: RankingRowDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const decide = useDecide();
  const errorText = useErrorText();
  const message = useMessage();
  const [form] = Form.useForm<{ decision: Decision; awarded?: number }>();
  const decision = Form.useWatch('decision', form);
  if (!programme.abilities.decideApplications || row.status !== 'submitted') return null;
  const submit = ({ decision: d, awarded }: { decision: Decision; awarded?: number }) =>
    decide.mutate(
      { id: row.applicationId, decision: d, ...(d === 'fund' && awarded !== undefined ? { awardedMinor: Math.round(awarded * 100) } : {}) },
      { onSuccess: () => setOpen(false), onError: (e) => void message.error(errorText(e)) },
    );
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('programmes.decision.decide')}
      </Button>
      <Modal open={open} title={row.title} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={decide.isPending} okText={t('programmes.decision.confirm')} cancelText={t('common.cancel')}>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ decision: 'fund', awarded: row.requestedMinor !== null ? row.requestedMinor / 100 : undefined }}>
          <Form.Item name="decision" label={t('programmes.decision.label')}>
            <Select options={DECISIONS.map((d) => ({ value: d, label: t(`programmes.decision.${d}`) }))} />
          </Form.Item>
          {decision === 'fund' && (
            <Form.Item name="awarded" label={t('programmes.decision.awarded', { currency: programme.currency ?? '' })} rules={[{ required: true }]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

export function OrganiserPanel({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const pitchRounds = programme.rounds.filter((r) => r.kind === 'live_pitch');
  const [roundId, setRoundId] = useState<string | undefined>(undefined);
  const ranking = useRanking(programme.id, roundId);
  const auto = useAutoAssign();
  const errorText = useErrorText();
  const message = useMessage();
  const assign = () =>
    auto.mutate(programme.id, {
      onSuccess: (r) => void message.success(t('programmes.manage.assigned', { n: r.assigned, short: r.shortfalls.length })),
      onError: (e) => void message.error(errorText(e)),
    });
  const score = (n: number | null) => (n === null ? '–' : fmt.number(Math.round(n * 10) / 10));
  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Button onClick={assign} loading={auto.isPending}>
          {t('programmes.manage.autoAssign', { n: programme.review.reviewersPerApplication })}
        </Button>
        <a href={`/api/programmes/${programme.id}/reviews/export?format=xlsx`}>{t('programmes.manage.exportXlsx')}</a>
        <a href={`/api/programmes/${programme.id}/reviews/export?format=csv`}>{t('programmes.manage.exportCsv')}</a>
        {pitchRounds.length > 0 && (
          <Select
            style={{ minWidth: 220 }}
            aria-label={t('programmes.manage.rankBy')}
            value={roundId ?? ''}
            onChange={(v: string) => setRoundId(v || undefined)}
            options={[{ value: '', label: t('programmes.manage.byReviews') }, ...pitchRounds.map((r) => ({ value: r.id, label: t('programmes.manage.byJury', { round: r.id }) }))]}
          />
        )}
      </Space>
      <Typography.Text type="secondary">{t('programmes.manage.normalisationNote')}</Typography.Text>
      {ranking.isError ? (
        <ErrorResult error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : (
        <Table<RankingRowDto>
          rowKey="applicationId"
          size="small"
          loading={ranking.isPending}
          dataSource={ranking.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('programmes.manage.rank'), dataIndex: 'rank', width: 60 },
            { title: t('programmes.manage.application'), render: (_, r) => <Link to={`/programmes/applications/${r.applicationId}`}>{r.title}</Link> },
            { title: t('programmes.manage.applicant'), render: (_, r) => `${r.applicant} (${fmt.country(r.applicantCountry)})` },
            { title: t('programmes.manage.reviews'), dataIndex: 'reviewCount' },
            { title: t('programmes.manage.rawMean'), render: (_, r) => score(r.rawMean) },
            { title: t('programmes.manage.normalised'), render: (_, r) => score(r.normalised) },
            { title: t('programmes.manage.requested'), render: (_, r) => money(r.requestedMinor, programme.currency) },
            { title: t('programmes.manage.status'), render: (_, r) => <ApplicationStatusTag status={r.status} /> },
            { title: '', render: (_, r) => <DecideButton programme={programme} row={r} /> },
          ]}
        />
      )}
    </Flex>
  );
}
