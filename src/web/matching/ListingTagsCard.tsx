/**
 * Tags for matching, for the listing's own organisation: its sectors and keywords, the concepts matching
 * found in its text (the author removes those that do not fit), and the removed ones (restorable). A
 * change re-matches the listing in the background.
 */
import { CloseOutlined, UndoOutlined } from '@ant-design/icons';
import { Card, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../api/meta';
import { useListingTags, useSetDismissedTags } from '../api/matching';
import type { Listing } from '../api/types';
import { ConceptTags } from '../components/Labels';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';
import { InlineError } from './InlineError';
import './matching.css';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div style={{ marginTop: 12 }}>
      <div className="muted" style={{ marginBottom: 6 }}>
        {title}
      </div>
      <div>{children}</div>
    </div>
  );
}

export function ListingTagsCard({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { taxonomy } = useTaxonomy();
  const message = useMessage();
  const errorText = useErrorText();
  const query = useListingTags(listing.id, listing.abilities.edit);
  const save = useSetDismissedTags(listing.id);
  if (!listing.abilities.edit) return null;
  const tags = query.data;
  const name = (code: string) => fmt.concept(taxonomy.byCode.get(code), code);
  const change = (dismissed: string[]) =>
    save.mutate(dismissed, {
      onSuccess: () => message.success(t('matching.tags.saved')),
      onError: (error) => message.error(errorText(error)),
    });

  const automatic = tags ? tags.automatic.filter((c) => !tags.author.includes(c) && !tags.dismissed.includes(c)) : [];
  return (
    <Card title={t('matching.tags.title')} style={{ marginTop: 16 }} data-testid="listing-tags">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('matching.tags.intro')}
      </Typography.Paragraph>
      {query.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {query.isError && <InlineError error={query.error} onRetry={() => void query.refetch()} />}
      {tags && (
        <>
          <Section title={t('matching.tags.author')}>
            {tags.author.length ? <ConceptTags codes={tags.author} color="blue" /> : <span className="muted">{t('matching.tags.none')}</span>}
          </Section>
          <Section title={t('matching.tags.automatic')}>
            {automatic.length === 0 && <span className="muted">{tags.indexedAt ? t('matching.tags.none') : t('matching.tags.notAnalysed')}</span>}
            {automatic.map((code) => (
              <Tag key={code} color="purple" style={{ marginBottom: 4 }}>
                {name(code)}
                <button
                  type="button"
                  className="match-tag-remove"
                  aria-label={t('matching.tags.remove', { tag: name(code) })}
                  title={t('matching.tags.remove', { tag: name(code) })}
                  disabled={save.isPending}
                  onClick={() => change([...tags.dismissed, code])}
                >
                  <CloseOutlined aria-hidden />
                </button>
              </Tag>
            ))}
          </Section>
          {tags.dismissed.length > 0 && (
            <Section title={t('matching.tags.dismissed')}>
              {tags.dismissed.map((code) => (
                <Tag key={code} style={{ marginBottom: 4 }}>
                  <s>{name(code)}</s>
                  <button
                    type="button"
                    className="match-tag-remove"
                    aria-label={t('matching.tags.restore', { tag: name(code) })}
                    title={t('matching.tags.restore', { tag: name(code) })}
                    disabled={save.isPending}
                    onClick={() => change(tags.dismissed.filter((c) => c !== code))}
                  >
                    <UndoOutlined aria-hidden />
                  </button>
                </Tag>
              ))}
            </Section>
          )}
          <div className="muted" style={{ marginTop: 12, fontSize: 12 }}>
            {tags.indexedAt ? t('matching.tags.indexedAt', { date: fmt.dateTime(tags.indexedAt) }) : t('matching.tags.notAnalysed')}
          </div>
        </>
      )}
    </Card>
  );
}
