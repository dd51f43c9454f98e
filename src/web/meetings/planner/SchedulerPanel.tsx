/**
 * The scheduler: "Schedule all" or "Schedule unbooked only" with a time limit, queued on the server
 * (202) and followed until it is done or has failed, then its result in words.
 */
import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, InputNumber, Popconfirm, Progress, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { EventDto } from '../../api/events';
import { meetingKeys, readRunResult, type ScheduleDto, type ScheduleRunDto, useQueueScheduleRun, useScheduleRun } from '../../api/meetings';
import { ServerErrorAlert } from '../../events/FormBits';
import { useFormat } from '../../i18n/format';

const active = (run: ScheduleRunDto | null | undefined) => run?.status === 'queued' || run?.status === 'running';

function RunProgress({ run }: { run: ScheduleRunDto }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // Ticks the bar between polls; the run itself is polled by useScheduleRun.
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const started = run.startedAt ? Date.parse(run.startedAt) : null;
  const percent = started === null ? 0 : Math.min(99, Math.max(1, Math.round(((now - started) / Math.max(run.timeLimitMs, 1)) * 100)));
  return (
    <div role="status" aria-live="polite" className="mtg-run-progress">
      <Typography.Text>{run.status === 'queued' ? t('meetings.run.queued') : t('meetings.run.running', { seconds: Math.round(run.timeLimitMs / 1000) })}</Typography.Text>
      <Progress percent={percent} status="active" showInfo={false} aria-label={t('meetings.run.progress')} />
    </div>
  );
}

export function RunResult({ run }: { run: ScheduleRunDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (run.status === 'failed') return <Alert type="error" showIcon title={t('meetings.run.failed')} description={run.error ?? undefined} />;
  const r = readRunResult(run.result);
  if (!r) return null;
  const n = (v: number | null) => (v === null ? '—' : fmt.number(v));
  return (
    <div aria-label={t('meetings.run.result')} role="region">
      <Alert
        type={r.infeasible ? 'warning' : r.placed === r.requested ? 'success' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={t('meetings.run.placedOf', { placed: n(r.placed), requested: n(r.requested) })}
        description={r.infeasible ? t('meetings.run.infeasible') : undefined}
      />
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('meetings.run.upperBound')}>{r.upperBound === null ? t('meetings.run.noBound') : n(r.upperBound)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.quality.breaks')}>{n(r.breaks)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.quality.idlePeriods')}>{n(r.idlePeriods)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.quality.fairnessGap')}>{n(r.fairnessGap)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.run.solver')}>{r.solver ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.run.optimal')}>
          {r.optimal ? <Tag color="green">{t('meetings.run.provedOptimal')}</Tag> : <Tag>{t('meetings.run.notProved')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.run.seconds')}>{r.seconds === null ? '—' : fmt.number(Math.round(r.seconds * 10) / 10)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.run.unplaced')}>{fmt.number(r.unplacedMeetingIds.length)}</Descriptions.Item>
      </Descriptions>
      {r.infeasibilityReasons.length > 0 && (
        <Alert
          type="warning"
          style={{ marginTop: 12 }}
          title={t('meetings.run.reasons')}
          description={
            <ul style={{ margin: 0 }}>
              {r.infeasibilityReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

export function SchedulerPanel({ event, schedule }: { event: EventDto; schedule: ScheduleDto }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const queue = useQueueScheduleRun(event.id);
  const [runId, setRunId] = useState<string | null>(active(schedule.latestRun) ? (schedule.latestRun?.id ?? null) : null);
  const [limitSeconds, setLimitSeconds] = useState<number | null>(event.meetingSettings.scheduleTimeLimitSeconds);
  const followed = useScheduleRun(event.id, runId);
  const run = followed.data ?? null;
  const running = active(run) || queue.isPending;
  const shown = run ?? schedule.latestRun;

  useEffect(() => {
    // A finished run wrote a new draft: the grid, quality and counts are stale.
    if (run && !active(run)) void client.invalidateQueries({ queryKey: meetingKeys.schedule(event.id) });
  }, [run, client, event.id]);

  const start = (mode: 'all' | 'unbooked') =>
    queue.mutate({ mode, ...(limitSeconds ? { timeLimitSeconds: limitSeconds } : {}) }, { onSuccess: (queued) => setRunId(queued.id) });
  const published = schedule.meetings.some((m) => m.place);
  const noSetup = schedule.slots.length === 0 || schedule.tables.length === 0;

  return (
    <Card size="small" title={t('meetings.run.title')}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('meetings.run.intro')}
        </Typography.Paragraph>
        {noSetup && <Alert type="warning" showIcon title={t('meetings.run.needSetup')} />}
        <Space wrap align="center">
          <label className="mtg-inline-field">
            {t('meetings.run.timeLimit')}{' '}
            <InputNumber min={1} max={300} value={limitSeconds} onChange={setLimitSeconds} suffix={t('meetings.run.secondsUnit')} style={{ width: 130 }} aria-label={t('meetings.run.timeLimit')} />
          </label>
          {published ? (
            <Popconfirm title={t('meetings.run.allConfirm')} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => start('all')}>
              <Button type="primary" icon={<CalculatorOutlined aria-hidden />} loading={running} disabled={noSetup}>
                {t('meetings.run.all')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="primary" icon={<CalculatorOutlined aria-hidden />} loading={running} disabled={noSetup} onClick={() => start('all')}>
              {t('meetings.run.all')}
            </Button>
          )}
          <Button icon={<CalculatorOutlined aria-hidden />} loading={running} disabled={noSetup} onClick={() => start('unbooked')}>
            {t('meetings.run.unbooked')}
          </Button>
        </Space>
        <ServerErrorAlert error={queue.error ?? followed.error} />
        {run && active(run) ? <RunProgress run={run} /> : shown && !active(shown) ? <RunResult run={shown} /> : null}
      </Flex>
    </Card>
  );
}
