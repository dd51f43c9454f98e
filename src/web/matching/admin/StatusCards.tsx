/** The engine's mode and state, its dictionaries, and the index: read-only cards of the admin page. */
import { Badge, Card, Col, Descriptions, Empty, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchingStatus } from '../../api/matching';
import { useFormat } from '../../i18n/format';

const STATE_BADGES = { idle: 'default', warming_up: 'processing', ready: 'success', failed: 'error' } as const;

export function EngineCard({ status: s }: { status: MatchingStatus }) {
  const { t } = useTranslation();
  return (
    <Card title={t('matching.admin.engine')} style={{ height: '100%' }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('matching.admin.mode')}>
          <Tag color={s.mode === 'builtin' ? 'blue' : 'purple'} data-testid="matching-mode">
            {t(`matching.admin.modeValue.${s.mode}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.admin.state')}>
          <span data-testid="matching-state">
            <Badge status={STATE_BADGES[s.status]} text={t(`matching.admin.stateValue.${s.status}`)} />
          </span>
        </Descriptions.Item>
        {s.error && <Descriptions.Item label={t('matching.admin.error')}>{s.error}</Descriptions.Item>}
        <Descriptions.Item label={t('matching.admin.embeddings')}>
          {s.embeddings ? `${s.embeddings.model} (${s.embeddings.kind}, ${s.embeddings.dimension})` : t('matching.admin.noEmbeddings')}
        </Descriptions.Item>
        {s.languageIdentifier && <Descriptions.Item label={t('matching.admin.languageIdentifier')}>{s.languageIdentifier}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

export function DictionariesCard({ status: s }: { status: MatchingStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const d = s.dictionaries;
  const rows = d ? Object.entries(d.languages).map(([language, v]) => ({ language, ...v })) : [];
  return (
    <Card title={t('matching.admin.dictionaries')} style={{ height: '100%' }}>
      {!d ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.admin.dictionariesNotLoaded')} />
      ) : (
        <>
          <Table
            size="small"
            rowKey="language"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('matching.admin.language'), dataIndex: 'language', render: (l: string) => fmt.language(l) },
              { title: t('matching.admin.entries'), dataIndex: 'entries', align: 'end', render: (n: number) => fmt.number(n) },
              { title: t('matching.admin.sources'), dataIndex: 'sources', responsive: ['sm'], render: (src: string[]) => src.join(', ') },
            ]}
          />
          <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('matching.admin.loadTime')}>
              {t('matching.admin.milliseconds', { ms: fmt.number(d.loadMs) })} · {d.compiledNow ? t('matching.admin.compiledNow') : t('matching.admin.fromCache')}
            </Descriptions.Item>
            <Descriptions.Item label={t('matching.admin.warmUpTime')}>{t('matching.admin.milliseconds', { ms: fmt.number(Math.round(d.warmUpMs)) })}</Descriptions.Item>
            <Descriptions.Item label={t('matching.admin.cacheSize')}>{t('matching.admin.megabytes', { mb: fmt.number(Math.round(d.cacheBytes / 1e5) / 10) })}</Descriptions.Item>
            {d.missing.length > 0 && <Descriptions.Item label={t('matching.admin.missing')}>{d.missing.join(', ')}</Descriptions.Item>}
          </Descriptions>
        </>
      )}
    </Card>
  );
}

export function IndexCard({ status: s }: { status: MatchingStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const i = s.index;
  const stats = [
    ['documents', i.documents],
    ['listings', i.listings],
    ['organisations', i.organisations],
    ['live', i.live],
    ['withEmbedding', i.withEmbedding],
    ['storedMatches', i.storedMatches],
    ['termLists', i.termLists],
  ] as const;
  return (
    <Card title={t('matching.admin.index.title')}>
      <Row gutter={[12, 12]}>
        {stats.map(([key, value]) => (
          <Col xs={12} sm={8} md={6} lg={3} key={key} style={{ flex: '1 1 auto' }}>
            <Statistic title={t(`matching.admin.index.${key}`)} value={value} formatter={(v) => fmt.number(Number(v))} />
          </Col>
        ))}
      </Row>
      <div className="muted" style={{ marginTop: 12 }}>
        {i.lastIndexedAt ? t('matching.admin.index.lastIndexed', { date: fmt.dateTime(i.lastIndexedAt) }) : t('matching.admin.index.never')}
      </div>
    </Card>
  );
}
