/**
 * English is the pivot: every language's words are mapped to Porter stems of English words, so a German
 * "Batterien", a Chinese 电池 and an English "batteries" all become the term "batteri".
 */
import { stemmer } from 'stemmer';

/**
 * Function words that carry no topic. Question words are here too: a need phrased as a question ("which
 * company makes…") should not favour documents that happen to contain "which".
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom whose why will with would you your ' +
    "yours yourself yourselves s t d ll m re ve o y etc e.g i.e sb sth sb's sth's one's someone something " +
    'also may might must shall upon within without via per one'
  ).split(' '),
);

/**
 * Irregular past forms → base verb, and irregular plurals → singular: Porter leaves "ate" and "eat"
 * apart, and a dictionary glosses verbs in the base form (吃 "to eat"), so without this a translated
 * "eat" could never meet an English "ate".
 */
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'arose:arise awoke:awake borne:bear became:become began:begin begun:begin bent:bend ' +
    'bet:bet bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break bred:breed ' +
    'brought:bring built:build burnt:burn bought:buy caught:catch chose:choose chosen:choose came:come ' +
    'crept:creep dealt:deal dug:dig did:do done:do drew:draw drawn:draw dreamt:dream drank:drink ' +
    'drunk:drink drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel ' +
    'fought:fight fled:flee flew:fly flown:fly forbade:forbid forgot:forget forgotten:forget ' +
    'forgave:forgive forgiven:forgive froze:freeze frozen:freeze got:get gotten:get gave:give given:give ' +
    'went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold ' +
    'kept:keep knelt:kneel knew:know known:know laid:lay led:lead leapt:leap learnt:learn lent:lend ' +
    'lay:lie lain:lie lit:light lost:lose made:make meant:mean met:meet paid:pay ran:run rode:ride ' +
    'ridden:ride rang:ring rung:ring risen:rise said:say saw:see seen:see sought:seek sold:sell ' +
    'sent:send shook:shake shaken:shake shone:shine shot:shoot showed:show shown:show shrank:shrink ' +
    'sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak ' +
    'spent:spend spun:spin sprang:spring stood:stand stole:steal stolen:steal stuck:stick ' +
    'stung:sting struck:strike swore:swear sworn:swear swept:sweep swam:swim swum:swim swung:swing took:take ' +
    'taken:take taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw ' +
    'understood:understand woke:wake woken:wake wore:wear worn:wear wept:weep won:win ' +
    'withdrew:withdraw withdrawn:withdraw wrote:write written:write children:child men:man women:woman ' +
    'feet:foot teeth:tooth mice:mouse geese:goose people:person'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Contractions: the part before the apostrophe is the word ("don't" → do, "won't" → will). */
function uncontract(word: string): string {
  if (word === "won't") return 'will';
  if (word === "can't") return 'can';
  if (word === "shan't") return 'shall';
  const match = /^(.+?)(n't|'s|'m|'re|'ve|'ll|'d|')$/.exec(word);
  return match?.[1] ?? word;
}

const LATIN_WORD = /^[a-z][a-z'-]*$/;
const stems = new Map<string, string>();
/** Stemming cache size cap: the vocabulary of a big corpus fits, and memory stays bounded. */
const MAX_CACHED_STEMS = 500_000;

/**
 * Porter stem of a lower-case, diacritic-free word; the word itself when it is not plain Latin letters
 * (numbers, codes, other scripts pass through unchanged).
 */
export function englishStem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  let stem = word;
  if (LATIN_WORD.test(word)) {
    const base = uncontract(word);
    stem = stemmer(IRREGULAR[base] ?? base.replace(/'/g, ''));
  }
  if (stems.size < MAX_CACHED_STEMS) stems.set(word, stem);
  return stem;
}

/** True for a word that should never become a pivot term (contractions of stop words included). */
export function isEnglishStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word) || word.length < 2 || (word.includes("'") && ENGLISH_STOP_WORDS.has(uncontract(word)));
}

/**
 * Content-word stems of an English gloss or phrase ("to take part in" → ["take", "part"]); words in
 * parentheses or brackets are left out by the callers that need it, not here.
 */
export function englishPhraseStems(phrase: string): string[] {
  const out: string[] = [];
  for (const match of phrase.toLowerCase().normalize('NFKD').matchAll(/[a-z0-9][a-z0-9'-]*/g)) {
    for (const part of match[0].split('-')) {
      const word = part.replace(/^'+|'+$/g, '');
      if (word === '' || isEnglishStopWord(word)) continue;
      out.push(englishStem(word));
    }
  }
  return out;
}
