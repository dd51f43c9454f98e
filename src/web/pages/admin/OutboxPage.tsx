/** Mails the platform has queued or sent (invitations, password resets, moderation notices). */
import { Descriptions, Drawer, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../../api/admin';
import type { OutboxMail } from '../../api/types';
import { ErrorResult } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';

const STATUS_COLORS: Record<string, string> = { sent: 'green', failed: 'red', queued: 'blue', pending: 'blue' };

function Outbox() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const screens = Grid.useBreakpoint();
  const outbox = useOutbox();
  const [open, setOpen] = useState<OutboxMail | null>(null);
  const status = (s: string) => <Tag color={STATUS_COLORS[s] ?? 'default'}>{t(`admin.outboxStatus.${s}`, { defaultValue: s })}</Tag>;

  if (outbox.isError) return <ErrorResult error={outbox.error} onRetry={() => void outbox.refetch()} />;
  return (
    <>
      <Table<OutboxMail>
        rowKey="id"
        loading={outbox.isPending}
        dataSource={outbox.data?.items ?? []}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('admin.outboxEmpty') }}
        onRow={(mail) => ({ onClick: () => setOpen(mail), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('admin.to'), dataIndex: 'to' },
          { title: t('admin.subject'), dataIndex: 'subject' },
          { title: t('field.status'), dataIndex: 'status', render: status },
          { title: t('field.createdAt'), dataIndex: 'createdAt', render: (d: string) => fmt.dateTime(d), responsive: ['md'] },
        ]}
      />
      <Drawer open={Boolean(open)} onClose={() => setOpen(null)} title={open?.subject} size={screens.md ? 640 : '100%'}>
        {open && (
          <>
            <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('admin.to')}>{open.to}</Descriptions.Item>
              <Descriptions.Item label={t('field.status')}>{status(open.status)}</Descriptions.Item>
              <Descriptions.Item label={t('field.createdAt')}>{fmt.dateTime(open.createdAt)}</Descriptions.Item>
              {open.sentAt && <Descriptions.Item label={t('admin.sentAt')}>{fmt.dateTime(open.sentAt)}</Descriptions.Item>}
            </Descriptions>
            <pre className="pre-wrap" style={{ background: '#f8fafc', padding: 16, borderRadius: 8, fontFamily: 'inherit' }}>
              {open.text}
            </pre>
          </>
        )}
      </Drawer>
    </>
  );
}

export default function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.outbox'));
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('nav.outbox')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.outboxIntro')}</Typography.Paragraph>
      <RequireUser admin>{() => <Outbox />}</RequireUser>
    </>
  );
}
