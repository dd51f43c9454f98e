/** An organisation's own listings in every status, filterable by status. */
import { EditOutlined } from '@ant-design/icons';
import { Grid, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LISTING_STATUSES, LISTING_TYPES } from '../../../domain/shared/vocab';
import type { Listing } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { StatusTag, TypeTag, useEnumLabel, useFilterIcon } from '../Labels';
import { LinkButton } from '../LinkButton';

export function OrgListingsTable({ listings, loading }: { listings: Listing[]; loading: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const filterIcon = useFilterIcon();
  // On a phone the title cell also carries type and status, and the other columns hide.
  const compact = !Grid.useBreakpoint().sm;
  const columns: TableColumnsType<Listing> = [
    {
      title: t('field.title'),
      dataIndex: 'title',
      render: (_v, l) => (
        <>
          <Link to={`/listings/${l.id}`}>{l.title}</Link>
          {compact && (
            <div style={{ marginTop: 4 }}>
              <StatusTag status={l.status} /> <span className="muted">{label('listingType', l.type)}</span>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('field.type'),
      dataIndex: 'type',
      render: (_v, l) => <TypeTag type={l.type} />,
      filters: LISTING_TYPES.map((v) => ({ value: v, text: label('listingType', v) })),
      filterIcon: filterIcon(t('field.type')),
      onFilter: (value, l) => l.type === value,
      responsive: ['md'],
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      render: (_v, l) => <StatusTag status={l.status} />,
      filters: LISTING_STATUSES.map((v) => ({ value: v, text: label('listingStatus', v) })),
      filterIcon: filterIcon(t('field.status')),
      onFilter: (value, l) => l.status === value,
      responsive: ['sm'],
    },
    {
      title: t('field.updatedAt'),
      dataIndex: 'updatedAt',
      render: (_v, l) => fmt.date(l.updatedAt),
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      defaultSortOrder: 'descend',
      responsive: ['sm'],
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 72,
      render: (_v, l) =>
        l.abilities.edit ? (
          <LinkButton
            to={`/listings/${l.id}/edit`}
            size="small"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('listing.editNamed', { title: l.title })}
          />
        ) : null,
    },
  ];
  return (
    <Table<Listing>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={listings}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('my.noListings') }}
    />
  );
}
