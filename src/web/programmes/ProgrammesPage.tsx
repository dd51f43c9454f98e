/** Funding calls, competitions and case selections on the exchange. */
import { Card, Col, Empty, Flex, Row, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PROGRAMME_KINDS, type ProgrammeKind } from '../../domain/programmes/vocab';
import { type ProgrammeDto, useProgrammes } from '../api/programmes';
import { ErrorResult } from '../components/ErrorState';
import { DemoTag } from '../components/Labels';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLocalised } from '../events/localised';
import { useFormat } from '../i18n/format';
import { ProgrammeKindTag, ProgrammeStatusTag, useMoney } from './bits';

function ProgrammeCard({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const title = useLocalised(programme.defaultLanguage)(programme.title);
  const deadline = programme.rounds.find((r) => r.kind === 'application')?.closesAt;
  return (
    <Link to={`/programmes/${programme.id}`}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Flex gap={6} wrap style={{ marginBottom: 6 }}>
          <ProgrammeKindTag kind={programme.kind} />
          <ProgrammeStatusTag status={programme.status} />
          <DemoTag demo={programme.demo} />
        </Flex>
        <div className="listing-card-title" lang={title.lang}>
          {title.text}
        </div>
        <div className="muted" style={{ marginTop: 6 }}>
          {programme.organisationName}
        </div>
        {deadline && <div className="muted">{t('programmes.deadline', { date: fmt.dateTime(deadline) })}</div>}
        {programme.budgetMinor !== null && <div className="muted">{t('programmes.budget', { amount: money(programme.budgetMinor, programme.currency) })}</div>}
      </Card>
    </Link>
  );
}

export default function ProgrammesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = (PROGRAMME_KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as ProgrammeKind) : undefined;
  const query = useProgrammes(kind);
  useDocumentTitle(t('programmes.title'));
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('programmes.title')}
      </Typography.Title>
      <Segmented
        style={{ marginBottom: 16 }}
        value={kind ?? 'all'}
        onChange={(v) => setParams(v === 'all' ? {} : { kind: String(v) }, { replace: true })}
        options={[{ value: 'all', label: t('programmes.allKinds') }, ...PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))]}
      />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : query.isError ? (
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Card>
          <Empty description={t('programmes.none')} />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          {query.data.items.map((p) => (
            <Col xs={24} md={12} lg={8} key={p.id}>
              <ProgrammeCard programme={p} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
