/**
 * Matching weights of an event, for its organisers (who manage its meetings): the event's own, or the
 * platform's until they set some. They rank the matches seen with the event and in its marketplace.
 */
import { Button, Card, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Weights, useEventWeights, useSetEventWeights } from '../api/matching';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { InlineError } from './InlineError';
import { WeightsEditor, weightsKey } from './WeightsEditor';

export function EventWeightsCard({ eventId, canManage }: { eventId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const query = useEventWeights(eventId, canManage && open);
  const save = useSetEventWeights(eventId);
  if (!canManage) return null;

  const put = (weights: Weights | null) =>
    save.mutate(weights, {
      onSuccess: () => message.success(t('matching.event.saved')),
      onError: (error) => message.error(errorText(error)),
    });

  const data = query.data;
  return (
    <Card
      title={t('matching.event.title')}
      style={{ marginTop: 16 }}
      size="small"
      extra={data && <Tag color={data.source === 'event' ? 'blue' : 'default'}>{t(`matching.event.source.${data.source}`)}</Tag>}
      data-testid="event-matching-weights"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: open ? 12 : 8 }}>
        {t('matching.event.intro')}
      </Typography.Paragraph>
      {!open && <Button onClick={() => setOpen(true)}>{t('matching.event.adjust')}</Button>}
      {open && query.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {open && query.isError && <InlineError error={query.error} onRetry={() => void query.refetch()} />}
      {open && data && (
        <WeightsEditor
          key={`${data.source}:${weightsKey(data.weights)}`}
          value={data.weights}
          saving={save.isPending && save.variables !== null}
          onSave={(w) => put(w)}
          extra={
            data.source === 'event' && (
              <Button onClick={() => put(null)} loading={save.isPending && save.variables === null}>
                {t('matching.event.usePlatform')}
              </Button>
            )
          }
        />
      )}
    </Card>
  );
}
