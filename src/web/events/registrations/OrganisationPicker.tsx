/** Choosing any organisation on the exchange by name (for booths and organisation delegations). */
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useOrganisationDirectory } from '../../api/organisations';

export function OrganisationPicker({ initial, ...props }: Omit<SelectProps<string>, 'options'> & { initial?: { id: string; name: string } | null }) {
  const [q, setQ] = useState('');
  const query = useOrganisationDirectory(q.trim() ? { q: q.trim() } : {});
  const options = (query.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (initial && !options.some((o) => o.value === initial.id)) options.unshift({ value: initial.id, label: initial.name });
  return <Select showSearch={{ onSearch: setQ, filterOption: false }} loading={query.isFetching} options={options} {...props} />;
}
