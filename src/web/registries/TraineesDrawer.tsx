/** A batch's trainee list (personal data, shown to the organiser and platform admins) and its import. */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TraineeDto, type TraineeImportReport, useImportTrainees, useTrainees } from '../api/registries';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';

export function TraineesDrawer({ programmeId, batchId, canEdit, onClose }: { programmeId: string; batchId: string | null; canEdit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const errorText = useErrorText();
  const trainees = useTrainees(programmeId, batchId);
  const importer = useImportTrainees(programmeId, batchId ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<TraineeImportReport | null>(null);

  const check = (f: File) => {
    setFile(f);
    importer.mutate({ file: f, dryRun: true }, { onSuccess: setReport, onError: (e) => message.error(errorText(e)) });
  };
  const apply = () => {
    if (!file) return;
    importer.mutate(
      { file, dryRun: false },
      {
        onSuccess: (r) => {
          message.success(t('registries.trainings.imported', { count: r.valid }));
          setFile(null);
          setReport(null);
        },
        onError: (e) => message.error(errorText(e)),
      },
    );
  };

  return (
    <Drawer open={!!batchId} onClose={onClose} title={t('registries.trainings.traineeList')} size="large" destroyOnHidden>
      <Alert type="info" showIcon message={t('registries.trainings.personalData')} style={{ marginBottom: 12 }} />
      {canEdit && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('registries.trainings.importHint')}</Typography.Text>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              check(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={importer.isPending}>
              {t('registries.trainings.importFile')}
            </Button>
          </Upload>
          {report && (
            <Alert
              type={report.invalid ? 'warning' : 'success'}
              showIcon
              message={t('registries.trainings.importChecked', { valid: report.valid, invalid: report.invalid })}
              description={
                report.invalid ? (
                  <ul>
                    {report.rows.filter((r) => !r.ok).slice(0, 10).map((r) => (
                      <li key={r.row}>{t('registries.trainings.importRow', { row: r.row, errors: r.errors.map((e) => `${e.path} ${e.message}`).join('; ') })}</li>
                    ))}
                  </ul>
                ) : (
                  <Button type="primary" onClick={apply} loading={importer.isPending}>
                    {t('registries.trainings.importApply', { count: report.valid })}
                  </Button>
                )
              }
            />
          )}
        </Space>
      )}
      {trainees.isError ? (
        <ErrorResult error={trainees.error} onRetry={() => void trainees.refetch()} />
      ) : (
        <Table<TraineeDto>
          rowKey={(r) => `${r.name}|${r.email ?? ''}|${r.organisation ?? ''}`}
          size="small"
          loading={trainees.isPending}
          dataSource={trainees.data?.trainees ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'name', title: t('registries.field.name'), dataIndex: 'name' },
            { key: 'organisation', title: t('registries.field.organisation'), render: (_, r) => r.organisation ?? '—' },
            { key: 'country', title: t('registries.field.country'), render: (_, r) => (r.country ? fmt.country(r.country) : '—') },
            { key: 'email', title: t('registries.field.email'), render: (_, r) => r.email ?? '—' },
          ]}
        />
      )}
    </Drawer>
  );
}
