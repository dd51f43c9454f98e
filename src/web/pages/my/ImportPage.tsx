/** Bulk import of listings from CSV/XLSX: upload, map columns, dry run, then commit. */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Form, Skeleton, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useImportPreview, useOrganisation, useRunImport } from '../../api/organisations';
import type { ImportPreview, ImportReport } from '../../api/types';
import { ErrorResult, useErrorText } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { LinkButton } from '../../components/LinkButton';
import { ImportMapping, type MappingValues, toImportRequest } from '../../components/organisation/ImportMapping';
import { ImportReportView } from '../../components/organisation/ImportReportView';
import { StatusResult } from '../../components/StatusResult';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMessage } from '../../components/useMessage';

type Step = 'upload' | 'mapping' | 'report' | 'done';
const STEPS: Step[] = ['upload', 'mapping', 'report', 'done'];

function Importer({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const previewer = useImportPreview();
  const runner = useRunImport(organisationId);
  const [form] = Form.useForm<MappingValues>();
  const [step, setStep] = useState<Step>('upload');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const upload = (chosen: File) => {
    setFile(chosen);
    previewer.mutate(chosen, {
      onSuccess: (result) => {
        setPreview(result);
        form.setFieldsValue({ mapping: result.suggestedMapping, defaults: {}, extraDefaults: [] });
        setStep('mapping');
      },
      onError: (error) => void message.error(errorText(error)),
    });
  };

  const run = (dryRun: boolean) => {
    if (!file) return;
    const { mapping, defaults } = toImportRequest(form.getFieldsValue(true) as MappingValues);
    runner.mutate(
      { file, mapping, defaults, dryRun },
      {
        onSuccess: (result) => {
          setReport(result);
          setStep(dryRun ? 'report' : 'done');
        },
        onError: (error) => {
          // A real run is all or nothing: it answers 422 with the same per-row report when any row fails.
          const details = isApiError(error) ? (error.details as ImportReport | undefined) : undefined;
          if (isApiError(error) && error.code === 'IMPORT_ROWS_INVALID' && details?.rows) {
            setReport(details);
            setStep('report');
          }
          void message.error(errorText(error));
        },
      },
    );
  };

  const restart = () => {
    setStep('upload');
    setFile(null);
    setPreview(null);
    setReport(null);
    form.resetFields();
  };

  return (
    <>
      <Steps
        current={STEPS.indexOf(step)}
        style={{ marginBottom: 24 }}
        responsive
        items={STEPS.map((s) => ({ title: t(`import.step.${s}`) }))}
      />
      {step === 'upload' && (
        <Card>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={previewer.isPending}
            beforeUpload={(chosen) => {
              upload(chosen);
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{previewer.isPending ? t('common.loading') : t('import.uploadHint')}</p>
            <p className="ant-upload-hint">{t('import.uploadFormats', { name: organisationName })}</p>
          </Upload.Dragger>
          <div style={{ marginTop: 16 }}>
            <Button icon={<DownloadOutlined aria-hidden />} href="/api/imports/template.csv" download>
              {t('import.template')}
            </Button>
          </div>
        </Card>
      )}
      <Form form={form} layout="vertical" component={step === 'mapping' ? 'form' : false}>
        {step === 'mapping' && preview && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('import.fileChosen', { name: file?.name ?? '' })}
              description={preview.rowCount !== undefined ? t('import.rowCount', { n: preview.rowCount }) : undefined}
            />
            <ImportMapping preview={preview} />
            <Space wrap>
              <Button onClick={restart}>{t('import.startOver')}</Button>
              <Button type="primary" loading={runner.isPending} onClick={() => run(true)}>
                {t('import.dryRun')}
              </Button>
            </Space>
          </>
        )}
      </Form>
      {step === 'report' && report && (
        <>
          <Alert
            type={report.invalid ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            title={report.invalid ? t('import.dryRunWithErrors') : t('import.dryRunClean')}
          />
          <ImportReportView report={report} />
          <Space wrap style={{ marginTop: 16 }}>
            <Button onClick={() => setStep('mapping')}>{t('import.backToMapping')}</Button>
            <Button type="primary" disabled={report.valid === 0 || report.invalid > 0} loading={runner.isPending} onClick={() => run(false)}>
              {t('import.commit', { n: report.valid })}
            </Button>
          </Space>
        </>
      )}
      {step === 'done' && report && (
        <>
          <StatusResult
            status={report.created.length ? 'success' : 'warning'}
            title={t('import.doneTitle', { n: report.created.length })}
            subTitle={t('import.doneHint')}
            extra={
              <Space wrap>
                <LinkButton to={`/my?org=${organisationId}`} type="primary">
                  {t('import.toDashboard')}
                </LinkButton>
                <Button onClick={restart}>{t('import.another')}</Button>
              </Space>
            }
          />
          {report.rows.some((r) => !r.ok) && <ImportReportView report={report} />}
        </>
      )}
    </>
  );
}

export default function ImportPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const org = useOrganisation(id);
  useDocumentTitle(t('import.title'));
  return (
    <RequireUser>
      {(user) => {
        if (org.isPending) return <Skeleton active />;
        if (org.isError || !org.data) return <ErrorResult error={org.error} />;
        if (!user.memberships.some((m) => m.organisationId === org.data.id) && !org.data.abilities.edit) {
          return <StatusResult status="403" title={t('errors.FORBIDDEN')} subTitle={t('import.membersOnly')} />;
        }
        return (
          <>
            <Breadcrumb
              style={{ marginBottom: 12 }}
              items={[
                { title: <Link to={`/my?org=${org.data.id}`}>{org.data.name}</Link> },
                { title: t('import.title') },
              ]}
            />
            <Typography.Title level={2} className="page-title">
              {t('import.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
            <Importer organisationId={org.data.id} organisationName={org.data.name} />
          </>
        );
      }}
    </RequireUser>
  );
}
