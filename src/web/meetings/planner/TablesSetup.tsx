/**
 * Meeting tables: numbered ones generated from a count and a label prefix, or labels with locations
 * edited one by one. A table keeps its identity (and its meetings) by label.
 */
import { DeleteOutlined, PlusOutlined, SaveOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import { type MeetingSetupDto, useSetMeetingTables } from '../../api/meetings';
import { useMessage } from '../../components/useMessage';
import { SetupErrorAlert } from './SetupErrorAlert';
import { validValues } from '../bits';

interface TableValues {
  label: string;
  location?: string | null;
}

export function numberedTables(count: number, prefix: string): TableValues[] {
  return Array.from({ length: count }, (_, i) => ({ label: `${prefix}${i + 1}`, location: null }));
}

export function TablesSetup({ event, setup }: { event: EventDto; setup: MeetingSetupDto }) {
  const { t } = useTranslation();
  const message = useMessage();
  const save = useSetMeetingTables(event.id);
  const [form] = Form.useForm<{ tables: TableValues[] }>();
  const [count, setCount] = useState<number | null>(setup.tables.length || 10);
  const [prefix, setPrefix] = useState('');
  const initial = useMemo(() => ({ tables: setup.tables.map((x) => ({ label: x.label, location: x.location })) }), [setup.tables]);
  const tables = (Form.useWatch('tables', form) as TableValues[] | undefined) ?? initial.tables;

  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    save.mutate(
      { tables: (values.tables ?? []).map((x) => ({ label: x.label.trim(), location: x.location?.trim() || null })) },
      { onSuccess: (s) => void message.success(t('meetings.tables.saved', { count: s.tables.length })) },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('meetings.tables.generateTitle')}>
        <Space wrap align="end">
          <label className="mtg-field">
            <span>{t('meetings.tables.count')}</span>
            <InputNumber min={1} max={2000} value={count} onChange={setCount} aria-label={t('meetings.tables.count')} />
          </label>
          <label className="mtg-field">
            <span>{t('meetings.tables.prefix')}</span>
            <Input value={prefix} maxLength={30} onChange={(e) => setPrefix(e.target.value)} placeholder={t('meetings.tables.prefixPlaceholder')} aria-label={t('meetings.tables.prefix')} style={{ width: 140 }} />
          </label>
          <Button icon={<ThunderboltOutlined aria-hidden />} disabled={!count} onClick={() => form.setFieldsValue({ tables: numberedTables(count ?? 0, prefix.trim()) })}>
            {t('meetings.tables.generate')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('meetings.tables.generateHint', { example: `${prefix.trim()}1, ${prefix.trim()}2, ${prefix.trim()}3` })}
        </Typography.Paragraph>
      </Card>
      <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
        <Card size="small" title={t('meetings.tables.listTitle', { count: tables.length })}>
          <Form.List name="tables">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={8} align="top" wrap={false}>
                    <Col flex="120px">
                      <Form.Item
                        name={[field.name, 'label']}
                        style={{ marginBottom: 4 }}
                        rules={[
                          { required: true, whitespace: true, message: t('meetings.tables.labelRequired') },
                          { max: 40, message: t('meetings.tables.labelTooLong') },
                          ({ getFieldValue }) => ({
                            validator: (_, value: string | undefined) => {
                              const all = (getFieldValue('tables') as TableValues[] | undefined) ?? [];
                              const same = all.filter((x) => x?.label?.trim() && x.label.trim() === value?.trim()).length;
                              return same > 1 ? Promise.reject(new Error(t('meetings.tables.duplicate'))) : Promise.resolve();
                            },
                          }),
                        ]}
                      >
                        <Input aria-label={t('meetings.tables.labelOf', { number: index + 1 })} placeholder={t('meetings.tables.label')} maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col flex="auto">
                      <Form.Item name={[field.name, 'location']} style={{ marginBottom: 4 }}>
                        <Input aria-label={t('meetings.tables.locationOf', { number: index + 1 })} placeholder={t('meetings.tables.location')} maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col flex="32px">
                      <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('meetings.tables.remove', { number: index + 1 })} />
                    </Col>
                  </Row>
                ))}
                <div>
                  <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => add({ label: '', location: null })}>
                    {t('meetings.tables.add')}
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
        </Card>
        <SetupErrorAlert error={save.error} />
        <div className="sticky-actions" style={{ marginTop: 16 }}>
          <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={save.isPending} onClick={() => void submit()}>
            {t('meetings.tables.save')}
          </Button>
        </div>
      </Form>
    </Flex>
  );
}
