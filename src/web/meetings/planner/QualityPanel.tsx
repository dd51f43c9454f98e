/** The draft's quality (placed, breaks, fairness, hard-constraint violations) and publishing it. */
import { CheckCircleFilled, SendOutlined, WarningFilled } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import { type ScheduleDto, usePublishSchedule } from '../../api/meetings';
import { useErrorText } from '../../components/ErrorState';
import { useMessage } from '../../components/useMessage';
import { useFormat } from '../../i18n/format';

export function QualityPanel({ event, schedule }: { event: EventDto; schedule: ScheduleDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { modal } = App.useApp();
  const publish = usePublishSchedule(event.id);
  const errorText = useErrorText();
  const message = useMessage();
  const q = schedule.quality;
  const changes = schedule.unpublishedChanges;
  const valid = q.violations === 0;

  const confirmPublish = () =>
    modal.confirm({
      title: t('meetings.publish.confirmTitle'),
      content: (
        <>
          <p>{t('meetings.publish.confirmText', { count: changes })}</p>
          {!valid && <p style={{ color: '#b91c1c' }}>{t('meetings.publish.violationsWarning', { count: q.violations })}</p>}
        </>
      ),
      okText: t('meetings.publish.button'),
      cancelText: t('common.cancel'),
      onOk: () =>
        publish.mutateAsync(undefined, {
          onSuccess: (r) => void message.success(t('meetings.publish.done', { count: r.changed })),
          onError: (e) => void message.error(errorText(e)),
        }),
    });

  const stat = (title: string, value: string, tone?: string) => (
    <Col xs={12} sm={8} md={4} role="listitem">
      <Statistic title={title} value={value} styles={tone ? { content: { color: tone } } : undefined} />
    </Col>
  );

  return (
    <Card
      size="small"
      title={t('meetings.quality.title')}
      extra={
        <Button type="primary" icon={<SendOutlined aria-hidden />} disabled={changes === 0} loading={publish.isPending} onClick={confirmPublish}>
          {t('meetings.publish.button')}
        </Button>
      }
    >
      <Row gutter={[8, 8]} role="list" aria-label={t('meetings.quality.title')}>
        {stat(t('meetings.quality.placed'), t('meetings.quality.placedValue', { placed: fmt.number(q.placed), requested: fmt.number(q.requested) }), q.placed === q.requested ? '#047857' : undefined)}
        {stat(t('meetings.quality.violations'), fmt.number(q.violations), valid ? '#047857' : '#b91c1c')}
        {stat(t('meetings.quality.breaks'), fmt.number(q.breaks))}
        {stat(t('meetings.quality.idlePeriods'), fmt.number(q.idlePeriods))}
        {stat(t('meetings.quality.fairnessGap'), fmt.number(q.fairnessGap))}
        {stat(t('meetings.quality.unpublished'), fmt.number(changes), changes > 0 ? '#b45309' : undefined)}
      </Row>
      <Flex gap={6} align="center" wrap style={{ marginTop: 8 }}>
        {valid ? <CheckCircleFilled aria-hidden style={{ color: '#047857' }} /> : <WarningFilled aria-hidden style={{ color: '#b91c1c' }} />}
        <Typography.Text>{valid ? t('meetings.quality.valid') : t('meetings.quality.invalid', { count: q.violations })}</Typography.Text>
        <Typography.Text type="secondary">· {changes === 0 ? t('meetings.publish.nothing') : t('meetings.publish.pending', { count: changes })}</Typography.Text>
      </Flex>
    </Card>
  );
}
