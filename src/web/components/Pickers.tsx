/** Selects for taxonomy concepts, countries and content languages, labelled in the UI language. */
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES } from '../../domain/shared/vocab';
import { useTaxonomy } from '../api/meta';
import { COUNTRY_CODES } from '../i18n/countries';
import { useFormat } from '../i18n/format';

type PickerProps = Omit<SelectProps<string | string[]>, 'options'>;

const filterByLabel: SelectProps['filterOption'] = (input, option) =>
  String(option?.label ?? '')
    .toLowerCase()
    .includes(input.toLowerCase()) || String(option?.value ?? '').toLowerCase().includes(input.toLowerCase());

export function ConceptSelect({ kind, sectors, ...props }: PickerProps & { kind: 'sector' | 'keyword'; sectors?: string[] }) {
  const { taxonomy, isPending } = useTaxonomy();
  const fmt = useFormat();
  const options = useMemo(() => {
    const list = kind === 'sector' ? taxonomy.sectors : taxonomy.keywords;
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, fmt.lang);
    if (kind === 'sector') return list.map((c) => ({ value: c.code, label: fmt.concept(c, c.code) })).sort(byLabel);
    // Keywords are grouped under their sector; the chosen sectors' keywords come first.
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const c of list) {
      const parent = c.parent ?? '';
      groups.set(parent, [...(groups.get(parent) ?? []), { value: c.code, label: fmt.concept(c, c.code) }]);
    }
    const chosen = new Set(sectors ?? []);
    return [...groups.entries()]
      .sort(([a], [b]) => Number(chosen.has(b)) - Number(chosen.has(a)))
      .map(([parent, opts]) => ({
        label: parent ? fmt.concept(taxonomy.byCode.get(parent), parent) : '—',
        title: parent,
        options: opts.sort(byLabel),
      }));
  }, [kind, taxonomy, fmt, sectors]);
  return (
    <Select
      mode="multiple"
      loading={isPending}
      options={options}
      filterOption={filterByLabel}
      optionFilterProp="label"
      allowClear
      {...props}
    />
  );
}

export function CountrySelect(props: PickerProps) {
  const fmt = useFormat();
  const options = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: fmt.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, fmt.lang),
      ),
    [fmt],
  );
  return <Select showSearch options={options} filterOption={filterByLabel} allowClear {...props} />;
}

export function ContentLanguageSelect(props: PickerProps) {
  const fmt = useFormat();
  const options = CONTENT_LANGUAGES.map((code) => ({ value: code, label: fmt.language(code) }));
  return <Select options={options} allowClear {...props} />;
}

/** Spoken languages (BCP 47): common ones offered, any valid tag may be typed. */
const SPOKEN = ['en', 'zh', 'de', 'vi', 'fr', 'es', 'ja', 'ko', 'ru', 'pt', 'it', 'ar', 'pl', 'he', 'nl', 'sv', 'th', 'id', 'ms', 'hi', 'tr', 'uk', 'cs', 'fa'];

export function SpokenLanguagesSelect(props: PickerProps) {
  const fmt = useFormat();
  const { t } = useTranslation();
  const options = SPOKEN.map((code) => ({ value: code, label: fmt.language(code) }));
  return (
    <Select
      mode="tags"
      options={options}
      filterOption={filterByLabel}
      tokenSeparators={[',', ' ']}
      placeholder={t('form.spokenLanguagesPlaceholder')}
      {...props}
    />
  );
}
