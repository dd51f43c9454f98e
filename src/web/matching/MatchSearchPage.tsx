/**
 * "Find matches in any language": describe what you need or offer in any of the five languages and see
 * the listings that fit, with the language the text was read as and why each matches. The search lives
 * in the address (?q=…&type=…), so it can be shared and survives a reload.
 */
import { ReloadOutlined, TranslationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Tag, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LISTING_TYPES } from '../../domain/shared/vocab';
import { isApiError } from '../api/client';
import { type MatchSearchParams, useMatchSearch } from '../api/matching';
import type { ListingType } from '../api/types';
import { useEnumLabel } from '../components/Labels';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';
import { InlineError } from './InlineError';
import { MatchItem } from './MatchItem';

const MIN_LENGTH = 2;
const MAX_LENGTH = 4000;

function useSearchFromAddress(): [MatchSearchParams | null, (next: MatchSearchParams) => void] {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const types = params.getAll('type').filter((t): t is ListingType => (LISTING_TYPES as readonly string[]).includes(t));
  const typesKey = types.join(',');
  const search = useMemo(() => (q.trim().length >= MIN_LENGTH ? { q, ...(typesKey ? { type: typesKey.split(',') as ListingType[] } : {}) } : null), [q, typesKey]);
  const set = (next: MatchSearchParams) => {
    const out = new URLSearchParams({ q: next.q });
    for (const type of next.type ?? []) out.append('type', type);
    setParams(out);
  };
  return [search, set];
}

function WarmingUp({ onRetry, busy }: { onRetry: () => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={t('matching.search.warmingUp')}
      description={t('matching.search.warmingUpHint')}
      action={
        <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={onRetry} loading={busy}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

export default function MatchSearchPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  useDocumentTitle(t('matching.search.title'));
  const [search, setSearch] = useSearchFromAddress();
  const [text, setText] = useState(search?.q ?? '');
  const [types, setTypes] = useState<ListingType[]>(search?.type ?? []);
  const query = useMatchSearch(search);
  const ids = { text: useId(), types: useId() };
  const warming = isApiError(query.error) && query.error.code === 'MATCHING_NOT_READY';
  const result = query.data;

  const submit = () => {
    const q = text.trim();
    if (q.length < MIN_LENGTH) return;
    setSearch({ q, ...(types.length ? { type: types } : {}) });
  };

  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('matching.search.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('matching.search.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('matching.search.textLabel')} htmlFor={ids.text} style={{ marginBottom: 12 }}>
            <Input.TextArea
              id={ids.text}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('matching.search.placeholder')}
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={MAX_LENGTH}
              showCount
            />
          </Form.Item>
          <Flex gap={12} wrap align="end">
            <Form.Item label={t('matching.search.types')} htmlFor={ids.types} style={{ marginBottom: 0, flex: '1 1 260px' }}>
              <Select<ListingType[]>
                id={ids.types}
                mode="multiple"
                allowClear
                value={types}
                onChange={setTypes}
                placeholder={t('matching.search.allTypes')}
                options={LISTING_TYPES.map((type) => ({ value: type, label: label('listingType', type) }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" disabled={text.trim().length < MIN_LENGTH} loading={query.isFetching}>
              {t('matching.search.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>

      {search && warming && <WarmingUp onRetry={() => void query.refetch()} busy={query.isFetching} />}
      {search && query.isError && !warming && <InlineError error={query.error} onRetry={() => void query.refetch()} />}
      {search && query.isPending && query.isFetching && <Skeleton active paragraph={{ rows: 6 }} />}
      {search && result && (
        <section aria-label={t('matching.search.results')}>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Tag icon={<TranslationOutlined aria-hidden />} color="blue" data-testid="read-as">
              {t('matching.search.readAs', { language: fmt.language(result.language) })}
            </Tag>
            <span className="muted">{t('matching.search.count', { count: result.items.length })}</span>
          </Flex>
          {result.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.search.empty')} />
          ) : (
            <div className="match-list">
              {result.items.map((m, i) => (
                <MatchItem key={m.target.listing?.id ?? i} match={m} subject={{ summary: search.q, language: result.language }} textsOpen={i === 0} />
              ))}
            </div>
          )}
        </section>
      )}
    </>
  );
}
