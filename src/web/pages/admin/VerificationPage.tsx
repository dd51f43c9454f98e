/** Platform admins verify (or reject) organisations that asked to be verified. */
import { Button, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVerificationQueue, useVerifyOrganisation } from '../../api/admin';
import type { Organisation } from '../../api/types';
import { ErrorResult, useErrorText } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useEnumLabel } from '../../components/Labels';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMessage } from '../../components/useMessage';
import { useFormat } from '../../i18n/format';

function Queue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const message = useMessage();
  const errorText = useErrorText();
  const queue = useVerificationQueue();
  const verify = useVerifyOrganisation();
  const [rejecting, setRejecting] = useState<Organisation | null>(null);
  const [reason, setReason] = useState('');

  const decide = (org: Organisation, decision: 'verify' | 'reject', why?: string) =>
    verify.mutate(
      { id: org.id, decision, reason: why },
      {
        onSuccess: () => {
          void message.success(decision === 'verify' ? t('admin.verified', { name: org.name }) : t('admin.rejectedOrg', { name: org.name }));
          setRejecting(null);
          setReason('');
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );

  if (queue.isError) return <ErrorResult error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <>
      <Table<Organisation>
        rowKey="id"
        loading={queue.isPending}
        dataSource={queue.data?.items ?? []}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('admin.verificationEmpty') }}
        columns={[
          { title: t('org.field.name'), dataIndex: 'name', render: (_v, o) => <Link to={`/organisations/${o.id}`}>{o.name}</Link> },
          { title: t('org.field.type'), dataIndex: 'type', render: (_v, o) => label('organisationType', o.type), responsive: ['md'] },
          { title: t('org.field.country'), dataIndex: 'country', render: (_v, o) => fmt.country(o.country) },
          { title: t('org.field.website'), dataIndex: 'website', responsive: ['lg'], render: (w: string | null) => w ?? '—' },
          { title: t('field.createdAt'), dataIndex: 'createdAt', render: (d: string) => fmt.date(d), responsive: ['md'] },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_v, o) => (
              <Space wrap>
                <Button
                  type="primary"
                  size="small"
                  loading={verify.isPending && verify.variables.id === o.id}
                  onClick={() => decide(o, 'verify')}
                >
                  {t('admin.verify')}
                </Button>
                <Button danger size="small" onClick={() => setRejecting(o)}>
                  {t('admin.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={Boolean(rejecting)}
        title={t('admin.rejectTitle', { name: rejecting?.name ?? '' })}
        okText={t('admin.reject')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={verify.isPending}
        onCancel={() => setRejecting(null)}
        onOk={() => rejecting && decide(rejecting, 'reject', reason.trim() || undefined)}
      >
        <Input.TextArea
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('admin.reason')}
          aria-label={t('admin.reason')}
          maxLength={2000}
        />
      </Modal>
    </>
  );
}

export default function VerificationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.verification'));
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('nav.verification')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.verificationIntro')}</Typography.Paragraph>
      <RequireUser admin>{() => <Queue />}</RequireUser>
    </>
  );
}
