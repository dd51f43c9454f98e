/** A deal's parties: the owner adds organisations directly and removes them; a party may leave. */
import { Button, List, Popconfirm, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../api/auth';
import { type DealDto, useAddParty, useRemoveParty } from '../api/deals';
import { useOrganisationDirectory } from '../api/organisations';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';

export function DealParties({ deal, onLeft }: { deal: DealDto; onLeft: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useCurrentUser();
  const message = useMessage();
  const errorText = useErrorText();
  const add = useAddParty(deal.id);
  const remove = useRemoveParty(deal.id);
  const [q, setQ] = useState('');
  const [choice, setChoice] = useState<string | undefined>();
  const directory = useOrganisationDirectory(q.trim() ? { q: q.trim() } : {});
  const mine = new Set(user?.memberships.map((m) => m.organisationId) ?? []);
  const taken = new Set(deal.parties.map((p) => p.organisationId));
  const onError = (error: unknown) => void message.error(errorText(error));

  return (
    <>
      <List
        size="small"
        dataSource={deal.parties}
        renderItem={(p) => {
          const leaving = deal.abilities.leave && mine.has(p.organisationId);
          const removable = p.role !== 'owner' && deal.parties.length > 2 && (deal.abilities.manageParties || leaving);
          return (
            <List.Item
              actions={
                removable
                  ? [
                      <Popconfirm
                        key="remove"
                        title={leaving ? t('deals.detail.leaveConfirm') : t('deals.detail.removeConfirm', { name: p.name })}
                        okText={t('common.yes')}
                        cancelText={t('common.no')}
                        onConfirm={() => remove.mutate(p.organisationId, { onSuccess: () => leaving && onLeft(), onError })}
                      >
                        <Button size="small" danger type="link">
                          {leaving ? t('deals.detail.leave') : t('common.remove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <span>{p.name}</span>
                <span className="muted">{fmt.country(p.country)}</span>
                {p.role === 'owner' && <Tag>{t('deals.detail.owner')}</Tag>}
              </Space>
            </List.Item>
          );
        }}
      />
      {deal.abilities.manageParties && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Select
            aria-label={t('deals.detail.addParty')}
            placeholder={t('deals.detail.addParty')}
            value={choice}
            onChange={setChoice}
            showSearch={{ onSearch: setQ, filterOption: false }}
            loading={directory.isFetching}
            options={(directory.data?.items ?? []).filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: o.name }))}
            style={{ flex: 1 }}
          />
          <Button disabled={!choice} loading={add.isPending} onClick={() => choice && add.mutate(choice, { onSuccess: () => setChoice(undefined), onError })}>
            {t('deals.detail.add')}
          </Button>
        </Space.Compact>
      )}
    </>
  );
}
