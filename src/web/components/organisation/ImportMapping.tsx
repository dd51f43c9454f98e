/** Step 2 of an import: map each column to a listing field and set defaults for every row. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LISTING_TYPES, VISIBILITIES } from '../../../domain/shared/vocab';
import type { ImportPreview } from '../../api/types';
import { importPaths } from '../../listings/fields';
import { useEnumLabel } from '../Labels';
import { ConceptSelect, ContentLanguageSelect } from '../Pickers';

export interface MappingValues {
  mapping: Record<string, string | undefined>;
  defaults: { type?: string; language?: string; visibility?: string; sectors?: string[] };
  extraDefaults?: { path?: string; value?: string }[];
}

export function usePathLabel(): (path: string) => string {
  const { t } = useTranslation();
  return (path: string) => {
    const parts = path.split('.');
    if (parts[0] !== 'details') return t(`field.${path}`);
    const base = t(`field.details.${parts[1] ?? ''}`);
    return parts[2] ? `${base} – ${t(`field.sub.${parts[2]}`)}` : base;
  };
}

/** Turns the mapping form into the API's `mapping` and `defaults` objects. */
export function toImportRequest(values: MappingValues): { mapping: Record<string, string>; defaults: Record<string, unknown> } {
  const mapping: Record<string, string> = {};
  for (const [column, path] of Object.entries(values.mapping ?? {})) if (path) mapping[column] = path;
  const defaults: Record<string, unknown> = {};
  const d = values.defaults ?? {};
  if (d.type) defaults['type'] = d.type;
  if (d.language) defaults['language'] = d.language;
  if (d.visibility) defaults['visibility'] = d.visibility;
  if (d.sectors?.length) defaults['sectors'] = d.sectors;
  for (const extra of values.extraDefaults ?? []) if (extra.path && extra.value?.trim()) defaults[extra.path] = extra.value.trim();
  return { mapping, defaults };
}

export function ImportMapping({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const pathLabel = usePathLabel();
  const options = useMemo(
    () => importPaths(LISTING_TYPES).map((path) => ({ value: path, label: `${pathLabel(path)} (${path})` })),
    [pathLabel],
  );
  const rows = preview.columns.map((column, index) => ({
    column,
    samples: preview.sample.map((row) => row[index] ?? '').filter(Boolean).slice(0, 2),
  }));

  return (
    <>
      <Card title={t('import.mappingTitle')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('import.mappingHint')}</Typography.Paragraph>
        <Table
          rowKey="column"
          size="small"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 720 }}
          columns={[
            { title: t('import.column'), dataIndex: 'column', render: (c: string) => <strong>{c}</strong> },
            {
              title: t('import.sample'),
              dataIndex: 'samples',
              responsive: ['md'],
              render: (s: string[]) => <span className="muted">{s.join(' · ').slice(0, 80)}</span>,
            },
            {
              title: t('import.mapTo'),
              key: 'mapTo',
              render: (_v, row) => (
                <Form.Item name={['mapping', row.column]} noStyle>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    placeholder={t('import.ignore')}
                    aria-label={t('import.mapToColumn', { column: row.column })}
                    options={options}
                    style={{ width: 320, maxWidth: '70vw' }}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('import.defaultsTitle')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('import.defaultsHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['defaults', 'type']} label={t('field.type')}>
              <Select allowClear options={LISTING_TYPES.map((v) => ({ value: v, label: label('listingType', v) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['defaults', 'language']} label={t('field.language')}>
              <ContentLanguageSelect placeholder={t('form.languageAutoPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['defaults', 'visibility']} label={t('field.visibility')}>
              <Select allowClear options={VISIBILITIES.map((v) => ({ value: v, label: label('visibility', v) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['defaults', 'sectors']} label={t('field.sectors')}>
          <ConceptSelect kind="sector" />
        </Form.Item>
        <Form.List name="extraDefaults">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Row gutter={8} key={item.key} wrap={false} align="middle" style={{ marginBottom: 8 }}>
                  <Col flex="1 1 50%">
                    <Form.Item name={[item.name, 'path']} noStyle>
                      <Select showSearch optionFilterProp="label" options={options} placeholder={t('import.field')} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col flex="1 1 50%">
                    <Form.Item name={[item.name, 'value']} noStyle>
                      <Input placeholder={t('import.value')} />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <Button type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => remove(item.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('import.addDefault')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
    </>
  );
}
