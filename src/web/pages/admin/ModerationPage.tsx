/** Platform admins' queue of listings submitted for review. */
import { Button, type ButtonProps, Card, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useModerationQueue } from '../../api/admin';
import type { Listing, ModerationAction } from '../../api/types';
import { ErrorResult } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { ConceptTags, TypeTag, useEnumLabel } from '../../components/Labels';
import { MODERATION_CHOICES, ModerateModal } from '../../components/ModerateModal';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';

const CHOICE_BUTTONS: Record<ModerationAction, ButtonProps> = {
  approve: { type: 'primary' },
  request_changes: {},
  reject: { danger: true },
};

function Queue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const queue = useModerationQueue();
  const [target, setTarget] = useState<{ listing: Listing; action: ModerationAction } | null>(null);

  if (queue.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (queue.isError) return <ErrorResult error={queue.error} onRetry={() => void queue.refetch()} />;
  if (!queue.data.items.length) {
    return (
      <Card>
        <Empty description={t('admin.queueEmpty')} />
      </Card>
    );
  }
  return (
    <>
      <Flex vertical gap={12}>
        {queue.data.items.map((listing) => (
          <Card key={listing.id} size="small">
            <Flex justify="space-between" wrap gap={12}>
              <div style={{ flex: '1 1 420px', minWidth: 0 }}>
                <Space wrap size={8}>
                  <TypeTag type={listing.type} />
                  <span className="muted">
                    {listing.organisation?.name ?? t('listing.anonymousOrganisation')} ·{' '}
                    {t('admin.submittedOn', { date: fmt.date(listing.updatedAt) })} · {fmt.language(listing.language)}
                  </span>
                </Space>
                <div style={{ margin: '6px 0' }}>
                  <Link to={`/listings/${listing.id}`} className="listing-card-title" lang={listing.language}>
                    {listing.title}
                  </Link>
                </div>
                <p className="clamp-3 muted" style={{ margin: '0 0 6px' }} lang={listing.language}>
                  {listing.summary}
                </p>
                <ConceptTags codes={listing.sectors} max={4} />
              </div>
              <Space wrap align="start">
                {MODERATION_CHOICES.map((action) => (
                  <Button key={action} {...CHOICE_BUTTONS[action]} onClick={() => setTarget({ listing, action })}>
                    {label('moderationAction', action)}
                  </Button>
                ))}
              </Space>
            </Flex>
          </Card>
        ))}
      </Flex>
      <ModerateModal
        key={target ? `${target.listing.id}:${target.action}` : 'none'}
        listing={target?.listing ?? null}
        initialAction={target?.action}
        onClose={() => setTarget(null)}
      />
    </>
  );
}

export default function ModerationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.moderation'));
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('nav.moderation')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.moderationIntro')}</Typography.Paragraph>
      <RequireUser admin>{() => <Queue />}</RequireUser>
    </>
  );
}
