/**
 * "Is this match relevant?": relevant, or not relevant with a reason from the short list (and a comment
 * if the reader wants). Shows the verdict already given; it can be changed at any time.
 */
import { DislikeFilled, DislikeOutlined, LikeFilled, LikeOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_REASONS } from '../../domain/matching/vocab';
import { type FeedbackReason, type Match, useMatchFeedback } from '../api/matching';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useMatchingLabels } from './labels';

function ReasonForm({ initial, busy, onSend, onCancel }: { initial: FeedbackReason | null; busy: boolean; onSend: (reason: FeedbackReason, comment: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const labels = useMatchingLabels();
  const [reason, setReason] = useState<FeedbackReason | null>(initial);
  const [comment, setComment] = useState('');
  const ids = { reason: useId(), comment: useId() };
  return (
    <Form layout="vertical" className="match-reason-form" onFinish={() => reason && onSend(reason, comment.trim())}>
      <Form.Item label={t('matching.feedback.reasonLabel')} htmlFor={ids.reason} required style={{ marginBottom: 8 }}>
        <Select<FeedbackReason>
          id={ids.reason}
          value={reason ?? undefined}
          onChange={setReason}
          placeholder={t('matching.feedback.reasonPlaceholder')}
          options={FEEDBACK_REASONS.map((r) => ({ value: r, label: labels.reason(r) }))}
        />
      </Form.Item>
      <Form.Item label={t('matching.feedback.comment')} htmlFor={ids.comment} style={{ marginBottom: 8 }}>
        <Input.TextArea id={ids.comment} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" disabled={!reason} loading={busy}>
          {t('matching.feedback.send')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}

export function FeedbackControl({ match }: { match: Match }) {
  const { t } = useTranslation();
  const labels = useMatchingLabels();
  const errorText = useErrorText();
  const message = useMessage();
  const feedback = useMatchFeedback();
  const [asking, setAsking] = useState(false);
  const matchId = match.id;
  if (!matchId || !match.abilities.feedback) return null;
  const verdict = match.feedback?.verdict ?? null;

  const send = (input: { verdict: 'relevant' } | { verdict: 'not_relevant'; reason: FeedbackReason; comment: string }) =>
    feedback.mutate(
      { matchId, verdict: input.verdict, ...(input.verdict === 'not_relevant' ? { reason: input.reason, ...(input.comment ? { comment: input.comment } : {}) } : {}) },
      {
        onSuccess: () => {
          setAsking(false);
          message.success(t('matching.feedback.saved'));
        },
        onError: (error) => message.error(errorText(error)),
      },
    );

  return (
    <div className="match-feedback">
      <Flex gap={8} wrap align="center">
        <span className="muted">{t('matching.feedback.question')}</span>
        <Button
          size="small"
          type={verdict === 'relevant' ? 'primary' : 'default'}
          icon={verdict === 'relevant' ? <LikeFilled aria-hidden /> : <LikeOutlined aria-hidden />}
          aria-pressed={verdict === 'relevant'}
          loading={feedback.isPending && feedback.variables?.verdict === 'relevant'}
          onClick={() => send({ verdict: 'relevant' })}
        >
          {t('matching.feedback.relevant')}
        </Button>
        <Button
          size="small"
          danger={verdict === 'not_relevant'}
          type={verdict === 'not_relevant' ? 'primary' : 'default'}
          icon={verdict === 'not_relevant' ? <DislikeFilled aria-hidden /> : <DislikeOutlined aria-hidden />}
          aria-pressed={verdict === 'not_relevant'}
          aria-expanded={asking}
          onClick={() => setAsking(!asking)}
        >
          {t('matching.feedback.notRelevant')}
        </Button>
        {match.feedback && (
          <span className="match-verdict" role="status">
            {match.feedback.verdict === 'relevant'
              ? t('matching.feedback.markedRelevant')
              : t('matching.feedback.markedNotRelevant', { reason: match.feedback.reason ? labels.reason(match.feedback.reason) : t('matching.feedback.noReason') })}
          </span>
        )}
      </Flex>
      {asking && (
        <ReasonForm
          initial={match.feedback?.reason ?? null}
          busy={feedback.isPending}
          onSend={(reason, comment) => send({ verdict: 'not_relevant', reason, comment })}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
