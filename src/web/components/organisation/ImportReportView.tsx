/** The per-row report of an import (dry run or real). */
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowReport } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { useFilterIcon } from '../Labels';

/** Names the field of an error pointer (/details/trl → its label), falling back to the pointer. */
function useWhere(): (error: ImportRowReport['errors'][number]) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (error.column) return error.column;
    const [first, second] = error.path.split('/').filter(Boolean);
    const key = first === 'details' && second ? `field.details.${second}` : `field.${first ?? ''}`;
    return i18n.exists(key) ? t(key) : error.path || '/';
  };
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const where = useWhere();
  const fmt = useFormat();
  const filterIcon = useFilterIcon();
  const figures = [
    { key: 'total', value: report.total },
    { key: 'valid', value: report.valid },
    { key: 'invalid', value: report.invalid },
  ] as const;
  return (
    <>
      <Row gutter={12} style={{ marginBottom: 16 }}>
        {figures.map((f) => (
          <Col xs={8} key={f.key}>
            <Card size="small">
              <Statistic
                title={t(`import.report.${f.key}`)}
                value={f.value}
                formatter={(v) => fmt.number(Number(v))}
                styles={{ content: { color: f.key === 'invalid' && f.value > 0 ? '#cf1322' : undefined } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<ImportRowReport>
        rowKey="row"
        size="small"
        dataSource={report.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        columns={[
          { title: t('import.report.row'), dataIndex: 'row', width: 70 },
          {
            title: t('import.report.status'),
            dataIndex: 'ok',
            width: 90,
            render: (ok: boolean) =>
              ok ? (
                <span>
                  <CheckCircleTwoTone aria-hidden twoToneColor="#52c41a" /> {t('import.report.ok')}
                </span>
              ) : (
                <span>
                  <CloseCircleTwoTone aria-hidden twoToneColor="#ff4d4f" /> {t('import.report.failed')}
                </span>
              ),
            filters: [
              { value: true, text: t('import.report.ok') },
              { value: false, text: t('import.report.failed') },
            ],
            onFilter: (value, row) => row.ok === value,
            filterIcon: filterIcon(t('import.report.status')),
          },
          { title: t('field.title'), dataIndex: 'title', render: (title: string | null | undefined) => title ?? '—' },
          {
            title: t('import.report.errors'),
            dataIndex: 'errors',
            render: (errors: ImportRowReport['errors']) =>
              errors.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {errors.map((e, i) => (
                    <li key={i}>
                      <strong>{where(e)}</strong>: {e.message}
                    </li>
                  ))}
                </ul>
              ) : null,
          },
        ]}
      />
    </>
  );
}
