/**
 * Moving a deal to another stage. Forward moves happen at once; a drop asks for a category and a reason,
 * a correction back or a reopening for a reason (the same rules as the server's, from domain/deals/stages).
 */
import { Form, Input, Modal, Select } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyTransition } from '../../domain/deals/stages';
import { DROP_CATEGORIES, type DealStage, type DropCategory } from '../../domain/deals/vocab';
import { type DealSummaryDto, useMoveDeal } from '../api/deals';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';

interface Pending {
  deal: Pick<DealSummaryDto, 'id' | 'version' | 'stage'>;
  to: DealStage;
}

export function useDealMover(): { move: (deal: Pending['deal'], to: DealStage) => void; modal: ReactNode; busy: boolean } {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const mutation = useMoveDeal();
  const [pending, setPending] = useState<Pending | null>(null);
  const [form] = Form.useForm<{ reason?: string; dropCategory?: DropCategory }>();

  const send = (p: Pending, extra: { reason?: string; dropCategory?: DropCategory }) =>
    mutation.mutate(
      { id: p.deal.id, version: p.deal.version, stage: p.to, ...extra },
      {
        onSuccess: () => {
          setPending(null);
          form.resetFields();
          void message.success(t('deals.move.moved', { stage: t(`deals.stage.${p.to}`) }));
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );

  const move = (deal: Pending['deal'], to: DealStage) => {
    const kind = classifyTransition(deal.stage, to);
    if (!kind) return;
    if (kind === 'forward') send({ deal, to }, {});
    else setPending({ deal, to });
  };

  const kind = pending ? classifyTransition(pending.deal.stage, pending.to) : null;
  const modal = (
    <Modal
      open={pending !== null}
      title={pending ? t('deals.move.title', { stage: t(`deals.stage.${pending.to}`) }) : ''}
      okText={t('deals.move.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onCancel={() => setPending(null)}
      onOk={() => void form.validateFields().then((values) => pending && send(pending, values))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        {kind === 'drop' && (
          <Form.Item name="dropCategory" label={t('deals.move.dropCategory')} rules={[{ required: true, message: t('deals.move.required') }]}>
            <Select options={DROP_CATEGORIES.map((c) => ({ value: c, label: t(`deals.dropCategory.${c}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={kind === 'drop' ? t('deals.move.dropReason') : t('deals.move.reason')}
          extra={kind === 'correction' ? t('deals.move.correctionHint') : kind === 'reopen' ? t('deals.move.reopenHint') : undefined}
          rules={[{ required: true, whitespace: true, message: t('deals.move.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
  return { move, modal, busy: mutation.isPending };
}
