/**
 * Both texts side by side with their matched words marked: the reader's own (the listing the matches
 * are for, or the text searched with) and the matched listing's or organisation's.
 */
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Match, MatchedTerm } from '../api/matching';
import { useFormat } from '../i18n/format';
import { Highlighted, spansFor } from './Highlighted';

/** The reader's side: a listing's title and summary, or a searched text (its "summary"). */
export interface SubjectText {
  title?: string;
  summary: string;
  language?: string;
}

const LISTING_FIELDS = { title: 'title', summary: 'summary' };
const ORGANISATION_FIELDS = { title: 'name', summary: 'description' };

function Side({ heading, title, summary, terms, side, fields = LISTING_FIELDS, language, lang, testId }: {
  heading: string;
  /** The span fields the title and the summary are (organisations: name and description). */
  fields?: { title: string; summary: string };
  title?: string;
  summary: string;
  terms: readonly MatchedTerm[];
  side: 'subject' | 'candidate';
  /** For organisations, which description the spans are in. */
  language?: string;
  lang?: string;
  testId: string;
}) {
  return (
    <Col xs={24} md={12}>
      <div className="match-text" data-testid={testId}>
        <div className="match-text-heading">{heading}</div>
        {title && (
          <div className="match-text-title">
            <Highlighted text={title} spans={spansFor(terms, side, title, fields.title)} lang={lang} />
          </div>
        )}
        <div className="pre-wrap match-text-body">
          <Highlighted text={summary} spans={spansFor(terms, side, summary, fields.summary, language)} lang={language ?? lang} />
        </div>
      </div>
    </Col>
  );
}

/** Which of an organisation's descriptions to show: the one its matched words are in, else the reader's language. */
function organisationDescription(match: Match, uiLang: string): { language: string; text: string } | null {
  const descriptions = match.target.organisation?.descriptions ?? {};
  const spanLanguage = match.explanation.matchedTerms.flatMap((t) => t.candidate).find((s) => s.field === 'description')?.language;
  const language = [spanLanguage, uiLang, 'en', ...Object.keys(descriptions)].find((l) => l && descriptions[l]);
  return language ? { language, text: descriptions[language] ?? '' } : null;
}

export function MatchTexts({ match, subject }: { match: Match; subject: SubjectText | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const terms = match.explanation.matchedTerms;
  const { listing, organisation } = match.target;
  const description = organisation ? organisationDescription(match, fmt.lang) : null;
  return (
    <Row gutter={[16, 12]} className="match-texts">
      {subject && (
        <Side
          heading={subject.title ? t('matching.item.subjectText') : t('matching.item.searchText')}
          title={subject.title}
          summary={subject.summary}
          terms={terms}
          side="subject"
          lang={subject.language}
          testId="match-subject-text"
        />
      )}
      {listing && (
        <Side heading={t('matching.item.candidateListing')} title={listing.title} summary={listing.summary} terms={terms} side="candidate" lang={listing.language} testId="match-candidate-text" />
      )}
      {organisation && !listing && (
        <Side
          heading={t('matching.item.candidateOrganisation')}
          title={organisation.name}
          summary={description?.text ?? ''}
          terms={terms}
          side="candidate"
          fields={ORGANISATION_FIELDS}
          language={description?.language ?? 'en'}
          testId="match-candidate-text"
        />
      )}
    </Row>
  );
}
