/** One deal in a drawer: parties, links, value with its conversion, dates, stage history, documents, notes. */
import { DownOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Divider, Drawer, Dropdown, Flex, Skeleton, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DealStage } from '../../domain/deals/vocab';
import { type DealDto, useDeal } from '../api/deals';
import { ErrorResult } from '../components/ErrorState';
import { useFormat } from '../i18n/format';
import { StageTag, ValueText, useEventTitle, useMoney } from './DealBits';
import { DealDocuments } from './DealDocuments';
import { DealForm } from './DealForm';
import { useDealMover } from './DealMove';
import { DealNotes } from './DealNotes';
import { DealParties } from './DealParties';
import { DealTypeLabel } from './DealTypeLabel';

function Conversion({ deal }: { deal: DealDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const c = deal.value?.conversion;
  if (!deal.value) return null;
  if (!c) return <Alert type="warning" showIcon title={t('deals.detail.unconvertedHint')} />;
  if (c.reportingCurrency === deal.value.currency) return null;
  return (
    <div className="muted" style={{ fontSize: 12 }}>
      {t('deals.detail.conversion', { amount: money(c.reportingAmountMinor, c.reportingCurrency), rate: c.rate, currency: deal.value.currency, reporting: c.reportingCurrency, date: fmt.date(c.rateDate), source: t(`deals.rateSource.${c.rateSource}`) })}
    </div>
  );
}

function History({ deal }: { deal: DealDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Timeline
      items={[...deal.history].reverse().map((h) => ({
        color: h.kind === 'drop' ? 'red' : h.kind === 'correction' || h.kind === 'reopen' ? 'orange' : 'blue',
        content: (
          <>
            <div>
              {t(`deals.changeKind.${h.kind}`, { from: h.fromStage ? t(`deals.stage.${h.fromStage}`) : '', to: t(`deals.stage.${h.toStage}`) })}
              {h.dropCategory && ` — ${t(`deals.dropCategory.${h.dropCategory}`)}`}
            </div>
            {h.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{h.reason}</div>}
            <div className="muted" style={{ fontSize: 12 }}>
              {[h.source === 'meeting_outcome' ? t('deals.detail.fromMeeting') : null, h.actorName, fmt.dateTime(h.at)].filter(Boolean).join(' · ')}
            </div>
          </>
        ),
      }))}
    />
  );
}

function DealBody({ deal, onClose }: { deal: DealDto; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const eventTitle = useEventTitle();
  const mover = useDealMover();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <StageTag stage={deal.stage} />
        {deal.nextStages.length > 0 && (
          <Dropdown trigger={['click']} menu={{ items: deal.nextStages.map((s) => ({ key: s, label: t(`deals.stage.${s}`) })), onClick: ({ key }) => mover.move(deal, key as DealStage) }}>
            <Button size="small" loading={mover.busy}>
              {t('deals.card.move')} <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        )}
        {deal.abilities.edit && (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('deals.edit')}
          </Button>
        )}
      </Flex>
      {deal.drop && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t(`deals.dropCategory.${deal.drop.category}`)} description={deal.drop.reason} />}
      {deal.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{deal.description}</Typography.Paragraph>}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('deals.field.type')}>
          <DealTypeLabel type={deal.type} />
        </Descriptions.Item>
        <Descriptions.Item label={t('deals.field.value')}>
          <Space orientation="vertical" size={4}>
            <ValueText value={deal.value} />
            <Conversion deal={deal} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('deals.field.expectedCloseOn')}>{fmt.date(deal.expectedCloseOn) || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('deals.field.signedOn')}>{fmt.date(deal.signedOn) || '—'}</Descriptions.Item>
        {deal.event && (
          <Descriptions.Item label={t('deals.field.event')}>
            <Link to={`/events/${deal.event.id}`}>{eventTitle(deal.event)}</Link>
            {deal.meetings.length > 0 && (
              <>
                {' · '}
                <Link to={`/events/${deal.event.id}/meetings`}>{t('deals.detail.meetings', { count: deal.meetings.length })}</Link>
              </>
            )}
          </Descriptions.Item>
        )}
        {(deal.listings.length > 0 || deal.hiddenListings > 0) && (
          <Descriptions.Item label={t('deals.detail.listings')}>
            <Space orientation="vertical" size={2}>
              {deal.listings.map((l) => (
                <Link key={l.id} to={`/listings/${l.id}`}>
                  {l.title}
                </Link>
              ))}
              {deal.hiddenListings > 0 && <span className="muted">{t('deals.detail.hiddenListings', { count: deal.hiddenListings })}</span>}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Divider titlePlacement="start">{t('deals.detail.parties')}</Divider>
      <DealParties deal={deal} onLeft={onClose} />
      <Divider titlePlacement="start">{t('deals.detail.history')}</Divider>
      <History deal={deal} />
      <Divider titlePlacement="start">{t('deals.detail.documents')}</Divider>
      <DealDocuments deal={deal} />
      <Divider titlePlacement="start">{t('deals.detail.notes')}</Divider>
      <DealNotes deal={deal} />
      {mover.modal}
      {editing && <DealForm deal={deal} open onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}

export function DealDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const query = useDeal(id);
  return (
    <Drawer open={id !== null} onClose={onClose} size={640} title={query.data?.title ?? ''} destroyOnHidden>
      {query.isPending ? <Skeleton active /> : query.isError ? <ErrorResult error={query.error} onRetry={() => void query.refetch()} /> : <DealBody deal={query.data} onClose={onClose} />}
    </Drawer>
  );
}
