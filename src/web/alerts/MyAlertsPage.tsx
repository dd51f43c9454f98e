/** "My alerts": saved searches (e-mail frequency, rename, delete) and match alerts per organisation. */
import { DeleteOutlined, EditOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, List, Modal, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AlertFrequency,
  type SavedSearch,
  useDeleteSavedSearch,
  useMatchAlerts,
  useSavedSearches,
  useSetMatchAlert,
  useUpdateSavedSearch,
} from '../api/alerts';
import { toQueryString, type QueryValue } from '../api/client';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { RequireUser } from '../components/Guards';
import { LinkButton } from '../components/LinkButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { useFormat } from '../i18n/format';
import { FilterSummary } from './FilterSummary';
import { FrequencySwitch } from './FrequencySwitch';

export default function MyAlertsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('alerts.page.title'));
  return (
    <RequireUser>
      {() => (
        <>
          <Typography.Title level={2} className="page-title">
            {t('alerts.page.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('alerts.page.intro')}</Typography.Paragraph>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <SavedSearchesCard />
            <MatchAlertsCard />
          </Space>
        </>
      )}
    </RequireUser>
  );
}

function useSaveError() {
  const message = useMessage();
  const errorText = useErrorText();
  return (error: unknown) => void message.error(errorText(error));
}

function SavedSearchesCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const searches = useSavedSearches();
  const [editing, setEditing] = useState<SavedSearch | null>(null);
  const count = searches.data?.items.length ?? 0;
  return (
    <Card
      title={t('alerts.page.savedTitle')}
      extra={searches.data && <span className="muted">{t('alerts.page.count', { count: fmt.number(count), max: fmt.number(searches.data.max) })}</span>}
    >
      {searches.isPending ? (
        <Skeleton active />
      ) : searches.isError ? (
        <ErrorResult error={searches.error} onRetry={() => void searches.refetch()} />
      ) : count === 0 ? (
        <Empty description={t('alerts.page.savedEmpty')}>
          <LinkButton to="/listings" type="primary" icon={<SearchOutlined aria-hidden />}>
            {t('alerts.page.browse')}
          </LinkButton>
        </Empty>
      ) : (
        <List
          itemLayout="vertical"
          dataSource={searches.data.items}
          rowKey="id"
          renderItem={(search) => <SavedSearchItem search={search} onEdit={() => setEditing(search)} />}
        />
      )}
      {editing && <EditSavedSearchModal search={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function SavedSearchItem({ search, onEdit }: { search: SavedSearch; onEdit: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const failed = useSaveError();
  const setFrequency = (frequency: AlertFrequency) =>
    update.mutate({ id: search.id, frequency }, { onSuccess: () => void message.success(t('alerts.page.updated')), onError: failed });
  const searchUrl = `/listings${toQueryString(search.filters as Record<string, QueryValue>)}`;
  return (
    <List.Item
      actions={[
        <LinkButton key="open" to={searchUrl} size="small" icon={<SearchOutlined aria-hidden />}>
          {t('alerts.page.open')}
        </LinkButton>,
        <Button key="edit" size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
          {t('alerts.page.edit')}
        </Button>,
        <Popconfirm
          key="delete"
          title={t('alerts.page.deleteConfirm', { name: search.name })}
          okText={t('alerts.page.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate(search.id, { onSuccess: () => void message.success(t('alerts.page.deleted')), onError: failed })}
        >
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending}>
            {t('alerts.page.delete')}
          </Button>
        </Popconfirm>,
      ]}
    >
      <Flex justify="space-between" align="start" wrap gap={12}>
        <div style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Typography.Text strong>{search.name}</Typography.Text>
          <div style={{ marginTop: 6 }}>
            <FilterSummary filters={search.filters} />
          </div>
          {search.frequency !== 'off' && (
            <div className="muted" style={{ fontSize: 12, marginTop: 4 }}>
              {t('alerts.page.newSince', { date: fmt.dateTime(search.newSince) })}
            </div>
          )}
        </div>
        <FrequencySwitch value={search.frequency} onChange={setFrequency} disabled={update.isPending} label={t('alerts.page.frequencyFor', { name: search.name })} />
      </Flex>
    </List.Item>
  );
}

function EditSavedSearchModal({ search, onClose }: { search: SavedSearch; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const update = useUpdateSavedSearch();
  const [form] = Form.useForm<{ name: string }>();
  const save = async () => {
    let values: { name: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    update.mutate(
      { id: search.id, name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t('alerts.page.updated'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open title={t('alerts.page.editTitle')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void save()} onCancel={onClose} confirmLoading={update.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ name: search.name }} onFinish={() => void save()}>
        <Form.Item
          name="name"
          label={t('alerts.save.name')}
          rules={[
            { required: true, whitespace: true, message: t('alerts.save.nameRequired') },
            { max: 120, message: t('alerts.save.nameTooLong') },
          ]}
        >
          <Input maxLength={120} autoFocus />
        </Form.Item>
        <Form.Item label={t('alerts.save.filters')} extra={t('alerts.page.filtersHint')}>
          <FilterSummary filters={search.filters} />
        </Form.Item>
      </Form>
      <ServerErrorAlert error={update.error} />
    </Modal>
  );
}

function MatchAlertsCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const alerts = useMatchAlerts();
  const set = useSetMatchAlert();
  const failed = useSaveError();
  return (
    <Card title={t('alerts.page.matchTitle')}>
      <Typography.Paragraph type="secondary">{t('alerts.page.matchIntro')}</Typography.Paragraph>
      {alerts.isPending ? (
        <Skeleton active />
      ) : alerts.isError ? (
        <ErrorResult error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : alerts.data.items.length === 0 ? (
        <Empty description={t('alerts.page.matchEmpty')} />
      ) : (
        <List
          dataSource={alerts.data.items}
          rowKey="organisationId"
          renderItem={(alert) => (
            <List.Item>
              <Flex justify="space-between" align="center" wrap gap={12} style={{ width: '100%' }}>
                <Typography.Text strong>{alert.organisationName}</Typography.Text>
                <FrequencySwitch
                  value={alert.frequency}
                  label={t('alerts.page.frequencyFor', { name: alert.organisationName })}
                  disabled={set.isPending}
                  onChange={(frequency) =>
                    set.mutate({ organisationId: alert.organisationId, frequency }, { onSuccess: () => void message.success(t('alerts.page.updated')), onError: failed })
                  }
                />
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('alerts.frequencyHint')}
      </Typography.Paragraph>
    </Card>
  );
}
