/**
 * The pipeline as a board: one column per stage with its count and value, a card per deal. Cards are
 * dragged between columns (native HTML drag and drop: no library needed) or moved with their menu, which
 * is also the keyboard way; moves that need a reason open a dialog.
 */
import { DownOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEAL_STAGES, type DealStage } from '../../domain/deals/vocab';
import type { DealListDto, DealSummaryDto } from '../api/deals';
import { DealTypeLabel } from './DealTypeLabel';
import { STAGE_ACCENTS, ValueText, partnerNames, useEventTitle, useMoney } from './DealBits';
import { useDealMover } from './DealMove';

const DRAG_TYPE = 'application/x-innox-deal';

function DealCard({ deal, onOpen, onMove }: { deal: DealSummaryDto; onOpen: () => void; onMove: (to: DealStage) => void }) {
  const { t } = useTranslation();
  const eventTitle = useEventTitle();
  const canMove = deal.abilities.edit && deal.nextStages.length > 0;
  return (
    <Card
      size="small"
      className="deal-card"
      data-deal-id={deal.id}
      draggable={canMove}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, deal.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{ marginBottom: 8, cursor: canMove ? 'grab' : 'default' }}
    >
      <Button type="link" onClick={onOpen} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', fontWeight: 600 }}>
        {deal.title}
      </Button>
      <div className="muted" style={{ fontSize: 12 }}>
        <DealTypeLabel type={deal.type} /> · {partnerNames(deal)}
      </div>
      {deal.event && (
        <div className="muted" style={{ fontSize: 12 }}>
          {eventTitle(deal.event)}
        </div>
      )}
      <Flex justify="space-between" align="center" style={{ marginTop: 4 }}>
        <ValueText value={deal.value} />
        {canMove && (
          <Dropdown
            trigger={['click']}
            menu={{ items: deal.nextStages.map((s) => ({ key: s, label: t(`deals.stage.${s}`) })), onClick: ({ key }) => onMove(key as DealStage) }}
          >
            <Button size="small" aria-label={t('deals.card.moveLabel', { title: deal.title })}>
              {t('deals.card.move')} <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        )}
      </Flex>
    </Card>
  );
}

export function DealsKanban({ data, onOpen }: { data: DealListDto; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const mover = useDealMover();
  const [over, setOver] = useState<DealStage | null>(null);
  const byId = new Map(data.items.map((d) => [d.id, d]));

  const drop = (stage: DealStage, id: string) => {
    const deal = byId.get(id);
    if (deal && deal.stage !== stage && deal.nextStages.includes(stage)) mover.move(deal, stage);
  };

  return (
    <>
      <div className="deals-board" role="list" aria-label={t('deals.view.kanban')}>
        {DEAL_STAGES.map((stage) => {
          const cards = data.items.filter((d) => d.stage === stage);
          const sum = data.summary.find((s) => s.stage === stage);
          return (
            <section
              key={stage}
              role="listitem"
              aria-label={t(`deals.stage.${stage}`)}
              data-stage={stage}
              className={`deals-column${over === stage ? ' deals-column-over' : ''}`}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                e.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver((s) => (s === stage ? null : s))}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                drop(stage, e.dataTransfer.getData(DRAG_TYPE));
              }}
            >
              <div className="deals-column-head" style={{ borderTopColor: STAGE_ACCENTS[stage] }}>
                <Typography.Text strong>{t(`deals.stage.${stage}`)}</Typography.Text>
                <span className="muted" style={{ fontSize: 12 }}>
                  {t('deals.column.count', { count: sum?.count ?? 0 })}
                  {sum && sum.reportingAmountMinor > 0 ? ` · ${money(sum.reportingAmountMinor, data.reportingCurrency)}` : ''}
                </span>
              </div>
              {cards.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deals.column.empty')} />
              ) : (
                cards.map((deal) => <DealCard key={deal.id} deal={deal} onOpen={() => onOpen(deal.id)} onMove={(to) => mover.move(deal, to)} />)
              )}
            </section>
          );
        })}
      </div>
      {data.total > data.items.length && <div className="muted" style={{ marginTop: 8 }}>{t('deals.more', { shown: data.items.length, total: data.total })}</div>}
      {mover.modal}
    </>
  );
}
