/** Notes every party of the deal reads; authors delete their own. */
import { Button, Form, Input, List, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DealDto, useAddNote, useDeleteNote } from '../api/deals';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';

export function DealNotes({ deal }: { deal: DealDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const errorText = useErrorText();
  const add = useAddNote(deal.id);
  const remove = useDeleteNote(deal.id);
  const [form] = Form.useForm<{ body: string }>();
  return (
    <>
      {deal.abilities.edit && (
        <Form form={form} onFinish={(v) => add.mutate(v.body, { onSuccess: () => form.resetFields(), onError: (e) => void message.error(errorText(e)) })}>
          <Form.Item name="body" rules={[{ required: true, whitespace: true, message: t('deals.move.required') }]} style={{ marginBottom: 8 }}>
            <Input.TextArea rows={2} maxLength={4000} placeholder={t('deals.detail.notePlaceholder')} aria-label={t('deals.detail.addNote')} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('deals.detail.addNote')}
          </Button>
        </Form>
      )}
      <List
        size="small"
        locale={{ emptyText: t('deals.detail.noNotes') }}
        dataSource={deal.notes}
        renderItem={(n) => (
          <List.Item
            actions={
              n.mine
                ? [
                    <Popconfirm key="rm" title={t('deals.detail.deleteNote')} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => remove.mutate(n.id, { onError: (e) => void message.error(errorText(e)) })}>
                      <Button size="small" type="link" danger>
                        {t('common.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta title={<span style={{ whiteSpace: 'pre-wrap', fontWeight: 'normal' }}>{n.body}</span>} description={`${n.authorName ?? ''} · ${fmt.dateTime(n.createdAt)}`} />
          </List.Item>
        )}
      />
    </>
  );
}
