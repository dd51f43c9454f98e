/** Upload a new logo (PNG, JPEG or WebP, at most 512 KiB, as the server accepts) for an organisation. */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Tooltip, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUploadLogo } from '../../api/organisations';
import { useErrorText } from '../ErrorState';
import { useMessage } from '../useMessage';

const MAX_BYTES = 512 * 1024;
const MAX_LABEL = '512 KB';

export function LogoUpload({ organisationId, onUploaded }: { organisationId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const upload = useUploadLogo(organisationId);
  return (
    <Upload
      accept="image/png,image/jpeg,image/webp"
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > MAX_BYTES) {
          void message.error(t('org.logoTooLarge', { max: MAX_LABEL }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        upload.mutate(file as File, {
          onSuccess: () => {
            onSuccess?.({});
            void message.success(t('org.logoUpdated'));
            onUploaded();
          },
          onError: (error) => {
            onError?.(error);
            void message.error(errorText(error));
          },
        });
      }}
    >
      <Tooltip title={t('org.logoFormats', { max: MAX_LABEL })}>
        <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
          {t('org.uploadLogo')}
        </Button>
      </Tooltip>
    </Upload>
  );
}
