/**
 * Matching's jobs (queued, running, failed) and the full re-index: a button that starts it and a live
 * progress bar while it runs (the overview is polled every second meanwhile), then how the last one ended.
 */
import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Progress, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type MatchingJob, type MatchingStatus, useStartReindex } from '../../api/matching';
import { useErrorText } from '../../components/ErrorState';
import { useMessage } from '../../components/useMessage';
import { useFormat } from '../../i18n/format';

const JOB_COLOURS = { queued: 'blue', running: 'processing', done: 'success', failed: 'error' } as const;

function JobProgress({ job }: { job: MatchingJob }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const active = job.status === 'queued' || job.status === 'running';
  const percent = job.total ? Math.floor(((job.done ?? 0) / job.total) * 100) : job.status === 'done' ? 100 : 0;
  return (
    <div data-testid="reindex-job" data-status={job.status}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('matching.admin.reindex.status')}>
          <Tag color={JOB_COLOURS[job.status]}>{t(`matching.admin.reindex.statusValue.${job.status}`)}</Tag>
          {active && job.phase && <span className="muted">{t(`matching.admin.reindex.phase.${job.phase}`, { defaultValue: job.phase })}</span>}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.admin.reindex.started')}>{fmt.dateTime(job.createdAt)}</Descriptions.Item>
        {job.finishedAt && <Descriptions.Item label={t('matching.admin.reindex.finished')}>{fmt.dateTime(job.finishedAt)}</Descriptions.Item>}
      </Descriptions>
      <Progress
        percent={percent}
        status={job.status === 'failed' ? 'exception' : active ? 'active' : 'success'}
        aria-label={t('matching.admin.reindex.progress')}
        format={() => (job.total ? t('matching.admin.reindex.count', { done: fmt.number(job.done ?? 0), total: fmt.number(job.total) }) : `${percent}%`)}
      />
      {job.error && <Alert type="error" showIcon title={job.error} style={{ marginTop: 8 }} />}
    </div>
  );
}

export function ReindexCard({ status: s }: { status: MatchingStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const errorText = useErrorText();
  const start = useStartReindex();
  const job = s.reindex;
  const busy = job?.status === 'queued' || job?.status === 'running';
  return (
    <Card title={t('matching.admin.jobs.title')} style={{ height: '100%' }}>
      <Row gutter={12} style={{ marginBottom: 16 }}>
        {(['queued', 'running', 'failed'] as const).map((k) => (
          <Col span={8} key={k}>
            <Statistic title={t(`matching.admin.jobs.${k}`)} value={s.jobs[k]} formatter={(v) => fmt.number(Number(v))} />
          </Col>
        ))}
      </Row>
      <Button
        type="primary"
        icon={<SyncOutlined aria-hidden spin={busy} />}
        disabled={busy}
        loading={start.isPending}
        onClick={() => start.mutate(undefined, { onError: (error) => message.error(errorText(error)) })}
        style={{ marginBottom: 16 }}
      >
        {busy ? t('matching.admin.reindex.running') : t('matching.admin.reindex.start')}
      </Button>
      <div className="muted" style={{ marginBottom: 12 }}>
        {t('matching.admin.reindex.hint')}
      </div>
      {job ? <JobProgress job={job} /> : <div className="muted">{t('matching.admin.reindex.never')}</div>}
    </Card>
  );
}
