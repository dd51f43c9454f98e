/**
 * One match, wherever matches are shown (a listing's matches, "Recommended for you", the search): what
 * was matched, the score with its breakdown, the explanation, both texts with the matched words marked,
 * and the feedback buttons.
 */
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../api/matching';
import { Fits, MatchedWords, SharedConcepts } from './Explanation';
import { FeedbackControl } from './FeedbackControl';
import { MatchTarget } from './MatchTarget';
import { MatchTexts, type SubjectText } from './MatchTexts';
import { ScoreBadge, ScoreBreakdown } from './ScoreBreakdown';
import './matching.css';

export interface MatchItemProps {
  match: Match;
  /** The reader's own text (the listing the matches are for, or the searched text), to mark in it too. */
  subject: SubjectText | null;
  /** Shows both texts at once (the first match of a list). */
  textsOpen?: boolean;
  /** A line above the match (which of the organisation's listings it is for). */
  context?: ReactNode;
}

export function MatchItem({ match, subject, textsOpen = false, context }: MatchItemProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(textsOpen);
  const textsId = useId();
  const e = match.explanation;
  const hasSpans = e.matchedTerms.some((term) => term.candidate.length > 0 || (subject && term.subject.length > 0));
  return (
    <Card size="small" className="match-item" data-testid="match-item">
      {context && <div className="match-context">{context}</div>}
      <div className="match-grid">
        <div className="match-main">
          <MatchTarget match={match} />
          <SharedConcepts codes={e.sharedConcepts} />
          <MatchedWords terms={e.matchedTerms} />
          <Fits explanation={e} />
        </div>
        <div className="match-side">
          <ScoreBadge score={match.score} />
          <ScoreBreakdown breakdown={match.breakdown} />
        </div>
      </div>
      {hasSpans && (
        <Button
          type="link"
          size="small"
          className="match-texts-toggle"
          icon={open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
          aria-expanded={open}
          aria-controls={textsId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('matching.item.hideTexts') : t('matching.item.showTexts')}
        </Button>
      )}
      {open && hasSpans && (
        <div id={textsId}>
          <MatchTexts match={match} subject={subject} />
        </div>
      )}
      <FeedbackControl match={match} />
    </Card>
  );
}
