/** Members of an organisation and, for its admins, the invitation form. */
import { MailOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES } from '../../../domain/shared/vocab';
import { useInvite, useMembers } from '../../api/organisations';
import type { Member, MemberRole, Organisation } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { useErrorText } from '../ErrorState';
import { useEnumLabel } from '../Labels';
import { useMessage } from '../useMessage';
import { useRules } from '../useRules';

export function MembersCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const rules = useRules();
  const errorText = useErrorText();
  const message = useMessage();
  const members = useMembers(organisation.id);
  const invite = useInvite(organisation.id);
  const [form] = Form.useForm<{ email: string; role: MemberRole }>();

  return (
    <Card title={t('my.members')}>
      <Table<Member>
        rowKey="userId"
        size="small"
        loading={members.isPending}
        dataSource={members.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: members.isError ? errorText(members.error) : t('my.noMembers') }}
        columns={[
          { title: t('auth.displayName'), dataIndex: 'displayName' },
          { title: t('auth.email'), dataIndex: 'email', responsive: ['sm'] },
          { title: t('my.role'), dataIndex: 'role', render: (role: MemberRole) => label('memberRole', role) },
          { title: t('my.joinedAt'), dataIndex: 'joinedAt', render: (d: string) => fmt.date(d), responsive: ['md'] },
        ]}
      />
      {organisation.abilities.manageMembers && (
        <>
          <h4 style={{ marginTop: 24 }}>{t('my.inviteTitle')}</h4>
          <Form
            form={form}
            layout="inline"
            initialValues={{ role: 'member' }}
            onFinish={(values) =>
              invite.mutate(
                { email: values.email.trim(), role: values.role },
                {
                  onSuccess: () => {
                    void message.success(t('my.inviteSent', { email: values.email.trim() }));
                    form.resetFields();
                  },
                  onError: (error) => void message.error(errorText(error)),
                },
              )
            }
          >
            <Space wrap align="start">
              <Form.Item name="email" rules={[rules.requiredText(), rules.email()]} style={{ marginInlineEnd: 0 }}>
                <Input prefix={<MailOutlined aria-hidden />} type="email" placeholder={t('auth.email')} aria-label={t('auth.email')} style={{ width: 260, maxWidth: '100%' }} />
              </Form.Item>
              <Form.Item name="role" style={{ marginInlineEnd: 0 }}>
                <Select
                  aria-label={t('my.role')}
                  style={{ width: 160 }}
                  options={MEMBER_ROLES.map((r) => ({ value: r, label: label('memberRole', r) }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={invite.isPending}>
                {t('my.inviteButton')}
              </Button>
            </Space>
          </Form>
        </>
      )}
    </Card>
  );
}
