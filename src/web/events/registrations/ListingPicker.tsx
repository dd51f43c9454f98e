/** Picking listings for a registration: your organisation's published ones (offers), or any by search (seeks). */
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useListingList } from '../../api/listings';
import { useEnumLabel } from '../../components/Labels';

type Props = Omit<SelectProps<string[]>, 'options' | 'mode'> & { organisationId?: string | null };

export function OwnListingPicker({ organisationId, ...props }: Props) {
  const label = useEnumLabel();
  const query = useListingList({ organisationId: organisationId ?? undefined, status: ['published'], limit: 50 }, Boolean(organisationId));
  const options = (query.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.title} · ${label('listingType', l.type)}` }));
  return <Select mode="multiple" allowClear loading={query.isFetching} options={options} optionFilterProp="label" {...props} />;
}

export function SearchListingPicker(props: Omit<Props, 'organisationId'>) {
  const label = useEnumLabel();
  const [q, setQ] = useState('');
  const query = useListingList({ q: q.trim() || undefined, limit: 20 }, q.trim().length >= 2);
  const options = (query.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.title} · ${label('listingType', l.type)}` }));
  return <Select mode="multiple" allowClear showSearch={{ onSearch: setQ, filterOption: false }} loading={query.isFetching} options={options} {...props} />;
}
