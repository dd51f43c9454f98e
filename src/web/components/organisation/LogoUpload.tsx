/** Upload a new logo (PNG, JPEG, SVG or WebP) for an organisation. */
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUploadLogo } from '../../api/organisations';
import { useErrorText } from '../ErrorState';

const MAX_BYTES = 2 * 1024 * 1024;

export function LogoUpload({ organisationId, onUploaded }: { organisationId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const upload = useUploadLogo(organisationId);
  return (
    <Upload
      accept="image/png,image/jpeg,image/svg+xml,image/webp"
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > MAX_BYTES) {
          void message.error(t('org.logoTooLarge', { max: '2 MB' }));
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
      <Button icon={<UploadOutlined />} loading={upload.isPending}>
        {t('org.uploadLogo')}
      </Button>
    </Upload>
  );
}
