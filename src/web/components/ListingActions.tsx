/** The owner/moderator actions of a listing, shown strictly from the server's `abilities`. */
import {
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { App, Button, DatePicker, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type LifecycleAction, useListingLifecycle } from '../api/listings';
import type { Listing } from '../api/types';
import { useErrorText } from './ErrorState';
import { LinkButton } from './LinkButton';
import { ModerateModal } from './ModerateModal';
import { useMessage } from './useMessage';

export function ListingActions({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const message = useMessage();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const lifecycle = useListingLifecycle();
  const [renewOpen, setRenewOpen] = useState(false);
  const [renewDate, setRenewDate] = useState<Dayjs | null>(null);
  const [moderating, setModerating] = useState(false);
  const a = listing.abilities;

  const run = (action: LifecycleAction, expiresAt?: string) =>
    lifecycle.mutate(
      { id: listing.id, action, expiresAt },
      {
        onSuccess: () => {
          void message.success(t(`listing.done.${action}`));
          if (action === 'delete') void navigate('/my');
          if (action === 'renew') setRenewOpen(false);
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );

  const confirm = (action: 'withdraw' | 'close' | 'delete') =>
    modal.confirm({
      title: t(`listing.confirm.${action}`),
      content: t(`listing.confirm.${action}Hint`),
      okText: t(`listing.action.${action}`),
      okButtonProps: { danger: action === 'delete' },
      cancelText: t('common.cancel'),
      onOk: () => run(action),
    });

  const busy = lifecycle.isPending;
  const anything = Object.values(a).some(Boolean);
  if (!anything) return null;

  return (
    <>
      <Space wrap>
        {a.edit && (
          <LinkButton to={`/listings/${listing.id}/edit`} icon={<EditOutlined aria-hidden />}>
            {t('listing.action.edit')}
          </LinkButton>
        )}
        {a.submit && (
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy} onClick={() => run('submit')}>
            {t('listing.action.submit')}
          </Button>
        )}
        {a.withdraw && (
          <Button icon={<RollbackOutlined aria-hidden />} disabled={busy} onClick={() => confirm('withdraw')}>
            {t('listing.action.withdraw')}
          </Button>
        )}
        {a.renew && (
          <Button icon={<SyncOutlined aria-hidden />} disabled={busy} onClick={() => setRenewOpen(true)}>
            {t('listing.action.renew')}
          </Button>
        )}
        {a.close && (
          <Button icon={<StopOutlined aria-hidden />} disabled={busy} onClick={() => confirm('close')}>
            {t('listing.action.close')}
          </Button>
        )}
        {a.delete && (
          <Button danger icon={<DeleteOutlined aria-hidden />} disabled={busy} onClick={() => confirm('delete')}>
            {t('listing.action.delete')}
          </Button>
        )}
        {a.moderate && (
          <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => setModerating(true)}>
            {t('listing.action.moderate')}
          </Button>
        )}
      </Space>
      <Modal
        open={renewOpen}
        title={t('listing.renewTitle')}
        onCancel={() => setRenewOpen(false)}
        onOk={() => run('renew', renewDate ? renewDate.format('YYYY-MM-DD') : undefined)}
        okText={t('listing.action.renew')}
        okButtonProps={{ icon: <CheckCircleOutlined aria-hidden /> }}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        destroyOnHidden
      >
        <p>{t('listing.renewHint')}</p>
        <DatePicker
          value={renewDate}
          onChange={setRenewDate}
          style={{ width: '100%' }}
          aria-label={t('field.expiresAt')}
          placeholder={t('listing.renewDefault')}
          disabledDate={(d) => d.isBefore(new Date(), 'day')}
        />
      </Modal>
      <ModerateModal listing={moderating ? listing : null} onClose={() => setModerating(false)} />
    </>
  );
}
