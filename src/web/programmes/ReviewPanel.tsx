/** The reviewer's work: assigned applications (blinded in blind review), a score per criterion and a comment. */
import { Button, Card, Empty, Flex, Form, Input, InputNumber, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AssignmentDto, type ProgrammeDto, useAssignments, useSaveReview } from '../api/programmes';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useLocalised } from '../events/localised';

function ReviewForm({ programme, assignment }: { programme: ProgrammeDto; assignment: AssignmentDto }) {
  const { t } = useTranslation();
  const pick = useLocalised(programme.defaultLanguage);
  const save = useSaveReview();
  const errorText = useErrorText();
  const message = useMessage();
  const [form] = Form.useForm<{ scores: Record<string, number>; comment: string }>();
  const send = (submit: boolean) => {
    const values = form.getFieldsValue();
    const scores = Object.fromEntries(Object.entries(values.scores ?? {}).filter(([, v]) => typeof v === 'number'));
    save.mutate(
      { id: assignment.id, scores, comment: values.comment ?? '', submit },
      { onSuccess: () => void message.success(t(submit ? 'programmes.review.submitted' : 'programmes.review.saved')), onError: (e) => void message.error(errorText(e)) },
    );
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ scores: assignment.scores, comment: assignment.comment }}>
      <Flex gap={12} wrap>
        {programme.review.criteria.map((c) => (
          <Form.Item key={c.id} name={['scores', c.id]} label={`${pick(c.label).text} (${c.min}–${c.max}, ×${c.weight})`}>
            <InputNumber min={c.min} max={c.max} />
          </Form.Item>
        ))}
      </Flex>
      <Form.Item name="comment" label={t('programmes.review.comment')}>
        <Input.TextArea rows={3} maxLength={10_000} />
      </Form.Item>
      <Flex gap={8}>
        <Button onClick={() => send(false)} loading={save.isPending}>
          {t('programmes.review.save')}
        </Button>
        <Button type="primary" onClick={() => send(true)} loading={save.isPending}>
          {t('programmes.review.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

export function ReviewPanel({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const query = useAssignments(programme.id, programme.abilities.review);
  if (programme.abilities.judge && !programme.abilities.review) return <Typography.Text>{t('programmes.review.jurorHint')}</Typography.Text>;
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data.items.length) return <Empty description={t('programmes.review.none')} />;
  return (
    <Flex vertical gap={12}>
      {query.data.items.map((a) => (
        <Card
          key={a.id}
          size="small"
          title={<Link to={`/programmes/applications/${a.applicationId}`}>{a.application?.title ?? a.applicationId}</Link>}
          extra={a.submittedAt ? <Tag color="green">{t('programmes.review.done')}</Tag> : <Tag>{t('programmes.review.open')}</Tag>}
        >
          {a.application?.blinded && <Typography.Paragraph type="secondary">{t('programmes.review.blindNote')}</Typography.Paragraph>}
          {a.application?.summary && <Typography.Paragraph>{a.application.summary}</Typography.Paragraph>}
          <ReviewForm programme={programme} assignment={a} />
        </Card>
      ))}
    </Flex>
  );
}
