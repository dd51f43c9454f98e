/** A deal's documents: upload (the server checks type and size), download, remove. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, List, Popconfirm, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DealDto, documentUrl, useRemoveDocument, useUploadDocument } from '../api/deals';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.txt,.csv,.md';

export function DealDocuments({ deal }: { deal: DealDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const errorText = useErrorText();
  const upload = useUploadDocument(deal.id);
  const remove = useRemoveDocument(deal.id);
  const size = (bytes: number) => (bytes < 1024 * 1024 ? `${fmt.number(Math.ceil(bytes / 1024))} KB` : `${fmt.number(Math.round(bytes / 104857.6) / 10)} MB`);
  return (
    <>
      {deal.abilities.edit && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) =>
            upload.mutate(file as File, {
              onSuccess: () => {
                onSuccess?.({});
                void message.success(t('deals.detail.uploaded'));
              },
              onError: (error) => {
                onError?.(error);
                void message.error(errorText(error));
              },
            })
          }
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
            {t('deals.detail.upload')}
          </Button>
        </Upload>
      )}
      <List
        size="small"
        locale={{ emptyText: t('deals.detail.noDocuments') }}
        dataSource={deal.documents}
        renderItem={(d) => (
          <List.Item
            actions={[
              <a key="get" href={documentUrl(deal.id, d.id)} download={d.name} aria-label={t('deals.detail.download', { name: d.name })}>
                <DownloadOutlined aria-hidden />
              </a>,
              ...(d.canRemove
                ? [
                    <Popconfirm key="rm" title={t('deals.detail.removeDocument', { name: d.name })} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => remove.mutate(d.id, { onError: (e) => void message.error(errorText(e)) })}>
                      <Button size="small" type="link" danger>
                        {t('common.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta title={d.name} description={`${size(d.sizeBytes)} · ${fmt.dateTime(d.addedAt)}`} />
          </List.Item>
        )}
      />
    </>
  );
}
