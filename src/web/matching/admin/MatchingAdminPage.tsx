/**
 * /admin/matching for platform admins: the engine's mode and state, its dictionaries, the index, the
 * jobs and a re-index with live progress, the platform's weights, and how users judge the matches.
 */
import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { type MatchingStatus, useMatchingStatus, useSetPlatformWeights } from '../../api/matching';
import { useErrorText } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMessage } from '../../components/useMessage';
import { useFormat } from '../../i18n/format';
import { InlineError } from '../InlineError';
import { usePercent } from '../labels';
import { WeightsEditor, weightsKey } from '../WeightsEditor';
import { ReindexCard } from './ReindexCard';
import { DictionariesCard, EngineCard, IndexCard } from './StatusCards';

const PrecisionChart = lazy(() => import('./PrecisionChart'));

function WeightsCard({ status }: { status: MatchingStatus }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const save = useSetPlatformWeights();
  const { platform, defaults } = status.weights;
  return (
    <Card title={t('matching.admin.weights.title')} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{t('matching.admin.weights.intro')}</Typography.Paragraph>
      <WeightsEditor
        key={weightsKey(platform)}
        value={platform}
        defaults={defaults}
        saving={save.isPending}
        onSave={(weights) =>
          save.mutate(weights, {
            onSuccess: () => message.success(t('matching.admin.weights.saved')),
            onError: (error) => message.error(errorText(error)),
          })
        }
      />
    </Card>
  );
}

function FeedbackCard({ status }: { status: MatchingStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const percent = usePercent();
  const f = status.feedback;
  return (
    <Card title={t('matching.admin.feedback.title')} style={{ height: '100%' }}>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={8}>
          <Statistic title={t('matching.admin.feedback.precision')} value={f.precision === null ? '—' : percent(f.precision)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('matching.admin.feedback.relevant')} value={f.relevant} formatter={(v) => fmt.number(Number(v))} />
        </Col>
        <Col span={8}>
          <Statistic title={t('matching.admin.feedback.notRelevant')} value={f.notRelevant} formatter={(v) => fmt.number(Number(v))} />
        </Col>
      </Row>
      <div className="muted" style={{ marginBottom: 8 }}>
        {t('matching.admin.feedback.byType')}
      </div>
      {f.byType.some((r) => r.precision !== null) ? (
        <Suspense fallback={<Skeleton active />}>
          <PrecisionChart byType={f.byType} />
        </Suspense>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.admin.feedback.none')} />
      )}
    </Card>
  );
}

function Overview() {
  const query = useMatchingStatus();
  const s = query.data;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError || !s) return <InlineError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <EngineCard status={s} />
      </Col>
      <Col xs={24} lg={14}>
        <DictionariesCard status={s} />
      </Col>
      <Col xs={24}>
        <IndexCard status={s} />
      </Col>
      <Col xs={24} lg={10}>
        <ReindexCard status={s} />
      </Col>
      <Col xs={24} lg={14}>
        <FeedbackCard status={s} />
      </Col>
      <Col xs={24}>
        <WeightsCard status={s} />
      </Col>
    </Row>
  );
}

export default function MatchingAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matching.admin.title'));
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('matching.admin.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('matching.admin.intro')}</Typography.Paragraph>
      <RequireUser admin>{() => <Overview />}</RequireUser>
    </>
  );
}
