/**
 * Checking application answers against the programme's form. Drafts keep whatever was typed (only
 * unknown questions are refused); submission checks every answer and reports each problem with its path.
 */
import type { FieldError } from '../errors.js';
import type { Answer, FormQuestion } from './schema.js';

const isBlank = (a: unknown) => a === undefined || a === null || (typeof a === 'string' && !a.trim()) || (Array.isArray(a) && a.length === 0);
const DEFAULT_TEXT_LENGTH = { text: 500, long_text: 20_000 } as const;

function problemWith(q: FormQuestion, answer: Answer): string | null {
  const options = new Set((q.options ?? []).map((o) => o.value));
  switch (q.kind) {
    case 'text':
    case 'long_text': {
      if (typeof answer !== 'string') return 'must be a text';
      const max = q.maxLength ?? DEFAULT_TEXT_LENGTH[q.kind];
      if (q.kind === 'text' && answer.includes('\n')) return 'must be a single line';
      return answer.length > max ? `must be at most ${max} characters` : null;
    }
    case 'choice':
      return typeof answer === 'string' && options.has(answer) ? null : `must be one of ${[...options].join(', ')}`;
    case 'multi_choice': {
      if (!Array.isArray(answer)) return 'must be a list of options';
      if (!answer.every((a) => options.has(a))) return `must be among ${[...options].join(', ')}`;
      return new Set(answer).size === answer.length ? null : 'must not repeat an option';
    }
    case 'number':
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return 'must be a number';
      if (q.min !== undefined && answer < q.min) return `must be at least ${q.min}`;
      if (q.max !== undefined && answer > q.max) return `must be at most ${q.max}`;
      return null;
    case 'yes_no':
      return typeof answer === 'boolean' ? null : 'must be yes (true) or no (false)';
  }
}

/** Answers to questions the form does not have. */
export function unknownAnswerProblems(form: readonly FormQuestion[], answers: Record<string, Answer>): FieldError[] {
  const ids = new Set(form.map((q) => q.id));
  return Object.keys(answers)
    .filter((k) => !ids.has(k))
    .map((k) => ({ path: `/answers/${k}`, message: 'the form has no such question', keyword: 'unknown_question' }));
}

/** Every problem of the answers for submission: unknown questions, missing required answers, wrong shapes. */
export function answerProblems(form: readonly FormQuestion[], answers: Record<string, Answer>): FieldError[] {
  const problems = unknownAnswerProblems(form, answers);
  for (const q of form) {
    const answer = answers[q.id];
    if (answer === undefined || isBlank(answer)) {
      if (q.required) problems.push({ path: `/answers/${q.id}`, message: 'an answer is required', keyword: 'required' });
      continue;
    }
    const problem = problemWith(q, answer);
    if (problem) problems.push({ path: `/answers/${q.id}`, message: problem, keyword: q.kind });
  }
  return problems;
}

/** Problems of the form definition itself (duplicate ids, choices without options, min above max). */
export function formDefinitionProblems(form: readonly FormQuestion[], base = '/form'): FieldError[] {
  const problems: FieldError[] = [];
  const ids = new Set<string>();
  form.forEach((q, i) => {
    if (ids.has(q.id)) problems.push({ path: `${base}/${i}/id`, message: 'duplicate question id' });
    ids.add(q.id);
    if ((q.kind === 'choice' || q.kind === 'multi_choice') && !q.options?.length) problems.push({ path: `${base}/${i}/options`, message: 'choices need options' });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) problems.push({ path: `${base}/${i}/max`, message: 'must not be below min' });
  });
  return problems;
}
