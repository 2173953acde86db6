/**
 * Italian prose for synthetic content, with word frequencies shaped like real text: a few
 * words in most pages, most words in few. Sentences are built from templates whose slots are
 * noun phrases drawn from a ranked lexicon with Zipf–Mandelbrot weights (weight of rank r ∝
 * 1 / (r + 2.7)), so the vocabulary grows with the catalogue as real descriptions do.
 *
 * The lexicon is morph-it's nouns with their gender and plural (`italian-words-dict`, the
 * RosaeNLG text generator's dictionary), so articles and prepositions agree, plus the field's
 * own terms (reception, housing, work, mediation, Roma and Sinti…), which take every other rank
 * at the top, as they would in the field's documents. morph-it has no frequencies: the other
 * nouns are ranked by length with a fixed pseudo-random jitter (short words are the frequent
 * ones in every language), the same for every seed, so "common" and "rare" mean the same words
 * in every tree. The seed decides the draws.
 *
 * Pure: no file system, no Astro. Used by `src/lib/synthetic.ts`.
 */
import morphItNouns from 'italian-words-dict/dist/words.json' with { type: 'json' };
import type { Rng } from './synthetic.ts';

export interface Noun {
  singular: string;
  /** Null for nouns used in the singular only ("sanità", "chiarezza"). */
  plural: string | null;
  feminine: boolean;
}

interface Adjective {
  /** masculine singular, feminine singular, masculine plural, feminine plural */
  forms: readonly [string, string, string, string];
}

interface Verb {
  infinitive: string;
  /** Past participle, masculine singular. */
  participle: string;
}

// ---------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------

/**
 * The field's nouns, most frequent first. A bare lemma takes morph-it's gender and plural;
 * `lemma/f/plural` (or `/m/`) gives them where morph-it has not got the word.
 */
const FIELD_NOUNS = [
  'servizio', 'progetto', 'operatore', 'comunità', 'associazione', 'accoglienza', 'inclusione', 'integrazione', 'territorio', 'persona',
  'lavoro', 'percorso', 'famiglia', 'rete', 'formazione', 'mediazione', 'casa', 'cittadino', 'comune', 'partner/m/partner',
  'attività', 'intervento', 'migrante/m/migranti', 'alloggio', 'autonomia', 'sportello', 'protezione', 'cittadinanza', 'rom/m/rom', 'sinti/m/sinti',
  'orientamento', 'occupazione', 'mediatore', 'diritto', 'donna', 'scuola', 'impresa', 'quartiere', 'ente', 'bisogno',
  'competenza', 'partecipazione', 'amministrazione', 'tirocinio', 'coprogettazione/f/coprogettazioni', 'monitoraggio', 'valutazione', 'residenza', 'salute', 'discriminazione',
  'migrazione', 'cooperativa', 'volontariato', 'giovane', 'nucleo', 'straniero', 'ufficio', 'regione', 'centro', 'équipe',
  'sostegno', 'accompagnamento', 'coordinamento', 'collaborazione', 'sperimentazione', 'prassi', 'piattaforma', 'laboratorio', 'incontro', 'lingua',
  'rifugiato', 'richiedente', 'contratto', 'affitto', 'proprietario', 'garanzia', 'reddito', 'povertà', 'marginalità', 'esclusione',
  'abitare/m/abitare', 'coabitazione', 'occupabilità/f/occupabilità', 'partenariato/m/partenariati', 'mediatrice/f/mediatrici', 'caminanti/m/caminanti', 'governance/f/governance', 'sensibilizzazione', 'anagrafe', 'sanità',
  'genere', 'violenza', 'tratta', 'lavoratore', 'sindacato', 'caporalato', 'dimora', 'insediamento', 'asilo', 'permesso',
  'soggiorno', 'documento', 'procedura', 'domanda', 'prefettura', 'fondo', 'finanziamento', 'bando', 'convenzione', 'protocollo',
  'accordo', 'piano', 'programma', 'misura', 'indicatore', 'destinatario', 'beneficiario', 'utente', 'minore/m/minori', 'neomaggiorenne/m/neomaggiorenni',
  'microcredito/m/microcrediti', 'voucher/m/voucher', 'cohousing/m/cohousing', 'insegnamento', 'tutor', 'educatore', 'assistente', 'fabbisogno', 'mappatura', 'strumento',
  'anno', 'parte', 'modo', 'tempo', 'fase', 'mese', 'tema', 'area', 'sede', 'ruolo', 'zona', 'vita', 'fine', 'luogo', 'gruppo', 'numero', 'problema', 'tipo', 'caso', 'euro',
] as const;

/** Agents: the subjects of "X ha avviato …" sentences, most frequent first. */
const AGENTS = [
  'comune', 'operatore', 'cooperativa', 'associazione', 'servizio', 'mediatore', 'rete', 'partner', 'ente', 'équipe',
  'ufficio', 'regione', 'scuola', 'centro', 'sportello', 'consorzio', 'fondazione', 'volontario', 'educatore', 'tavolo',
  'gruppo', 'comunità', 'famiglia', 'università', 'impresa', 'sindacato', 'prefettura', 'parrocchia', 'capofila', 'assistente',
] as const;

/**
 * Adjectives in `-o` (four forms; `pubblico|pubblici` gives the masculine plural where it is
 * not `-i` on the stem) or `-e` (two forms), most frequent first.
 */
const ADJECTIVES = [
  'sociale', 'locale', 'territoriale', 'pubblico|pubblici', 'nuovo', 'abitativo', 'lavorativo', 'interculturale', 'individuale', 'regionale',
  'nazionale', 'comunitario', 'familiare', 'sanitario', 'formativo', 'integrato', 'condiviso', 'primo', 'diverso', 'stabile',
  'operativo', 'anagrafico|anagrafici', 'educativo', 'scolastico|scolastici', 'europeo', 'specifico|specifici', 'partecipato', 'sperimentale', 'temporaneo', 'ampio',
  'piccolo', 'grande', 'economico|economici', 'culturale', 'linguistico|linguistici', 'giuridico|giuridici', 'amministrativo', 'informativo', 'digitale', 'comune',
  'personale', 'privato', 'efficace', 'sostenibile', 'accessibile', 'vulnerabile', 'straniero', 'multidisciplinare', 'intermedio', 'finale',
  'iniziale', 'breve', 'lungo|lunghi', 'continuo', 'concreto', 'utile', 'necessario', 'principale', 'urbano', 'periferico|periferici',
  'rurale', 'montano', 'metropolitano', 'informale', 'gratuito', 'solidale', 'plurilingue', 'minimo', 'diffuso', 'coordinato',
] as const;

/** Transitive verbs, most frequent first; `infinitive:participle` where the participle is irregular. */
const VERBS = [
  'avviare', 'organizzare', 'sostenere:sostenuto', 'promuovere:promosso', 'coordinare', 'rafforzare', 'definire', 'accompagnare', 'sperimentare', 'condividere:condiviso',
  'realizzare', 'attivare', 'migliorare', 'valutare', 'consolidare', 'estendere:esteso', 'costruire', 'facilitare', 'favorire', 'semplificare',
  'ridurre:ridotto', 'ampliare', 'raccogliere:raccolto', 'analizzare', 'progettare', 'gestire', 'monitorare', 'sviluppare', 'individuare', 'garantire',
  'offrire:offerto', 'produrre:prodotto', 'mettere a punto:messo a punto', 'ripensare', 'aggiornare', 'diffondere:diffuso', 'riconoscere:riconosciuto', 'includere:incluso', 'preparare', 'verificare',
  'documentare', 'formare', 'orientare', 'coinvolgere:coinvolto', 'ascoltare', 'tradurre:tradotto', 'finanziare', 'programmare', 'misurare', 'riorganizzare',
] as const;

const CONNECTIVES = [
  'Nel corso del primo anno', 'In una seconda fase', 'Grazie al lavoro di rete', 'Dopo una fase di analisi', 'Nei territori coinvolti',
  'Secondo i dati di monitoraggio', 'Fin dall\u2019avvio', 'Alla luce delle prime verifiche', 'Con il passare dei mesi', 'Su richiesta dei partner',
  'In seguito', 'Allo stesso tempo', 'Inoltre', 'Nel frattempo', 'Per questo motivo', 'In particolare', 'Successivamente', 'Di conseguenza',
];

/** Phrases that take a noun phrase: `[words, the preposition that joins them to it]`. */
const LINKS: readonly (readonly [string, Preposition])[] = [
  ['', 'in'], ['', 'con'], ['', 'per'], ['', 'tra'], ['', 'su'], ['', 'da'], ['vicino', 'a'], ['in collaborazione', 'con'], ['a favore', 'di'], ['grazie', 'a'],
  ['nell\u2019ambito', 'di'], ['attraverso', 'plain'], ['insieme', 'a'], ['rispetto', 'a'], ['in vista', 'di'], ['sul tema', 'di'], ['accanto', 'a'], ['a partire', 'da'],
];

/**
 * Insults, slurs and words the field avoids as stigmatising (for Roma and Sinti, migrants,
 * disabled people) that morph-it lists as nouns, and crime words that random text would set
 * next to migrants: never drawn.
 */
const BLOCKED = new Set([
  'accattone', 'alcolizzato', 'barbona', 'barbone', 'bastardo', 'beduino', 'bocchino', 'cazzata', 'cazzotto', 'clandestina', 'clandestinità', 'clandestino', 'coglione',
  'coglioneria', 'cretinata', 'cretino', 'crucco', 'culetto', 'culo', 'culona', 'culone', 'deficiente', 'drogato', 'extracomunitaria', 'extracomunitario', 'fighetto',
  'finocchio', 'handicappato', 'idiota', 'imbecille', 'imbecillità', 'incazzatura', 'lenone', 'magnaccia', 'merda', 'meretrice', 'mongolo', 'negretto', 'negriero',
  'negro', 'nomade', 'nomadismo', 'orgasmo', 'pezzente', 'prostituta', 'prostituto', 'rinculo', 'scazzottata', 'scemenza', 'scopata', 'storpio', 'strafottenza',
  'stupidaggine', 'stupidata', 'stupido', 'tetta', 'tettona', 'terrone', 'zoccola', 'mussulmano', 'naziskin', 'nano', 'cornuto', 'minorato', 'demente',
]);
const BLOCKED_STEMS = /^(assassin|borsegg|camorr|cazz|crimin|delinqu|froc|ladr[aeio]|mafios|malviv|mignott|omicid|pedofil|porno|puttan|rapin|scipp|spacci|stronz|stupr|terror|truff|zingar)/;

const LETTERS = /^[a-zàèéìíòóù]{3,}$/;
const ABSTRACT_SUFFIX = /(zione|sione|mento|menti|ità|tore|trice|enza|anza|ura|ismo|ista|aggio|ezza|ico|ica)$/;

function parseFieldNoun(spec: string, dictionary: Record<string, { G: string | null; P: string | null }>): Noun {
  const [singular, gender, plural] = spec.split('/') as [string, string?, string?];
  if (gender && plural) return { singular, plural, feminine: gender === 'f' };
  const entry = dictionary[singular];
  if (!entry?.G) throw new Error(`field noun "${singular}" is not in morph-it: give it as "${singular}/m|f/plural"`);
  return { singular, plural: entry.P, feminine: entry.G === 'F' };
}

/** FNV-1a: a fixed pseudo-random number per word. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Every noun, in rank order: field terms on every other rank at the top, then morph-it's. */
function rankedNouns(): Noun[] {
  const dictionary = morphItNouns as Record<string, { G: string | null; P: string | null }>;
  const field = FIELD_NOUNS.map((spec) => parseFieldNoun(spec, dictionary));
  const taken = new Set(field.map((n) => n.singular));
  const general: Noun[] = [];
  for (const [singular, entry] of Object.entries(dictionary)) {
    if (taken.has(singular) || !entry.G || !LETTERS.test(singular) || (entry.P !== null && !LETTERS.test(entry.P))) continue;
    if (BLOCKED.has(singular) || BLOCKED_STEMS.test(singular)) continue;
    general.push({ singular, plural: entry.P, feminine: entry.G === 'F' });
  }
  // Project descriptions are nominal and abstract: nouns with the suffixes of that register
  // ("gestione", "adeguamento", "disponibilità") come first, very short ones (mostly
  // abbreviations and loanwords in morph-it: "bar", "kit") last; a fixed jitter mixes the rest.
  const key = (noun: Noun) => (hashOf(noun.singular) % 1000) / 1000 + (ABSTRACT_SUFFIX.test(noun.singular) ? 0 : 0.6) + (noun.singular.length < 5 ? 1 : 0);
  general.sort((a, b) => key(a) - key(b) || (a.singular < b.singular ? -1 : 1));
  const ranked: Noun[] = [];
  for (let i = 0; i < field.length; i++) ranked.push(field[i]!, general[i]!);
  ranked.push(...general.slice(field.length));
  return ranked;
}

function adjective(spec: string): Adjective {
  const [singular, masculinePlural] = spec.split('|') as [string, string?];
  const stem = singular.slice(0, -1);
  if (singular.endsWith('e')) return { forms: [singular, singular, `${stem}i`, `${stem}i`] };
  const feminineStem = /[cg]o$/.test(singular) ? `${stem.slice(0, -1)}${stem.endsWith('c') ? 'ch' : 'gh'}` : stem;
  return { forms: [singular, `${stem}a`, masculinePlural ?? `${stem}i`, `${feminineStem}e`] };
}

function verb(spec: string): Verb {
  const [infinitive, irregular] = spec.split(':') as [string, string?];
  if (irregular) return { infinitive, participle: irregular };
  const participle = infinitive.replace(/are$/, 'ato').replace(/ire$/, 'ito').replace(/ere$/, 'uto');
  return { infinitive, participle };
}

/** Draws indices 0…n-1 with weight 1 / (i + 2.7): a cumulative table and a binary search. */
class Zipf<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(items: readonly T[]) {
    this.items = items;
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += 1 / (i + 2.7);
      this.cumulative[i] = total;
    }
  }

  draw(rng: Rng): T {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! <= target) low = mid + 1;
      else high = mid;
    }
    return this.items[low]!;
  }
}

const NOUNS = new Zipf(rankedNouns());
const nounBySingular = new Map(NOUNS.items.map((n) => [n.singular, n]));
const AGENT_NOUNS = new Zipf(AGENTS.map((a) => nounBySingular.get(a) ?? parseFieldNoun(a, morphItNouns as Record<string, { G: string | null; P: string | null }>)));
const ADJECTIVE_FORMS = new Zipf(ADJECTIVES.map(adjective));
const VERB_FORMS = new Zipf(VERBS.map(verb));

/** How many nouns the lexicon holds (the field's and morph-it's). */
export const LEXICON_SIZE = NOUNS.items.length;
export const RANKED = NOUNS.items;

// ---------------------------------------------------------------------------------------
// Agreement
// ---------------------------------------------------------------------------------------

type Preposition = 'plain' | 'di' | 'a' | 'da' | 'in' | 'su' | 'con' | 'per' | 'tra';

/** Articles of a noun form: il, lo, l’, la, i, gli, le. */
function article(word: string, feminine: boolean, plural: boolean): string {
  const vowel = /^[aeiouàèéìòùh]/.test(word);
  const strong = /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiou])/.test(word);
  if (feminine) return plural ? 'le' : vowel ? 'l\u2019' : 'la';
  if (plural) return vowel || strong ? 'gli' : 'i';
  return vowel ? 'l\u2019' : strong ? 'lo' : 'il';
}

const CONTRACTED: Partial<Record<Preposition, string>> = { di: 'de', a: 'a', da: 'da', in: 'ne', su: 'su' };

/** "del servizio", "nell’ambito", "con le famiglie": a preposition joined to an article. */
function withArticle(preposition: Preposition, art: string): string {
  const stem = CONTRACTED[preposition];
  if (!stem) return preposition === 'plain' ? art : `${preposition} ${art}`;
  if (art === 'il') return `${stem}l`;
  if (art === 'i') return `${stem}i`;
  return `${stem}${art.startsWith('l') ? 'l' : ''}${art}`;
}

const join = (left: string, right: string) => (left.endsWith('\u2019') ? left + right : `${left} ${right}`);

// ---------------------------------------------------------------------------------------
// Phrases and sentences
// ---------------------------------------------------------------------------------------

interface Phrase {
  /** The phrase without its article. */
  words: string;
  /** The word the article agrees with. */
  first: string;
  feminine: boolean;
  plural: boolean;
}

/** A noun, sometimes with an adjective and a "di" complement: "percorsi abitativi di accoglienza". */
function nounPhrase(rng: Rng, noun: Noun = NOUNS.draw(rng)): Phrase {
  const plural = rng.chance(0.3) && noun.plural !== null;
  const head = plural ? noun.plural! : noun.singular;
  let words = head;
  if (rng.chance(0.35)) {
    const forms = ADJECTIVE_FORMS.draw(rng).forms;
    words += ` ${forms[(noun.feminine ? 1 : 0) + (plural ? 2 : 0)]}`;
  }
  const complement = rng.next();
  if (complement < 0.2) words += ` di ${NOUNS.draw(rng).singular}`;
  else if (complement < 0.4) {
    const other = NOUNS.draw(rng);
    const otherPlural = rng.chance(0.3) && other.plural !== null;
    const form = otherPlural ? other.plural! : other.singular;
    words += ` ${join(withArticle('di', article(form, other.feminine, otherPlural)), form)}`;
  }
  return { words, first: head, feminine: noun.feminine, plural };
}

const definite = (phrase: Phrase, preposition: Preposition = 'plain') =>
  join(withArticle(preposition, article(phrase.first, phrase.feminine, phrase.plural)), phrase.words);

function indefinite(phrase: Phrase): string {
  if (phrase.plural) return definite(phrase);
  const vowel = /^[aeiouàèéìòùh]/.test(phrase.first);
  const strong = /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y)/.test(phrase.first);
  if (phrase.feminine) return join(vowel ? 'un\u2019' : 'una', phrase.words);
  return `${strong ? 'uno' : 'un'} ${phrase.words}`;
}

/** An object: definite or indefinite. */
const object = (rng: Rng) => {
  const phrase = nounPhrase(rng);
  return rng.chance(0.5) ? definite(phrase) : indefinite(phrase);
};

function complement(rng: Rng): string {
  const [words, preposition] = rng.pick(LINKS);
  const phrase = definite(nounPhrase(rng), preposition);
  return words ? `${words} ${phrase}` : phrase;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const has = (phrase: Phrase) => (phrase.plural ? 'hanno' : 'ha');

/** A subject and its auxiliary: "il comune ha", "le cooperative hanno". */
function subject(rng: Rng): string {
  const agent = nounPhrase(rng, AGENT_NOUNS.draw(rng));
  return `${definite(agent)} ${has(agent)}`;
}

function participleFor(phrase: Phrase, participle: string): string {
  const ending = (phrase.feminine ? ['a', 'e'] : ['o', 'i'])[phrase.plural ? 1 : 0]!;
  return participle.replace(/o(?=( a punto)?$)/, ending);
}

function draftSentence(rng: Rng): string {
  const v = () => VERB_FORMS.draw(rng);
  switch (rng.int(0, 6)) {
    case 0:
      return `${capitalize(subject(rng))} ${v().participle} ${object(rng)} ${complement(rng)}.`;
    case 1:
      return `${rng.pick(CONNECTIVES)}, ${subject(rng)} ${v().participle} ${object(rng)}.`;
    case 2: {
      const phrase = nounPhrase(rng);
      return `${capitalize(definite(phrase))} ${has(phrase)} permesso di ${v().infinitive} ${object(rng)} ${complement(rng)}.`;
    }
    case 3: {
      const phrase = nounPhrase(rng);
      return `Tra le difficoltà incontrate, ${definite(phrase)} ${has(phrase)} richiesto di ${v().infinitive} ${object(rng)}.`;
    }
    case 4: {
      const phrase = nounPhrase(rng);
      const auxiliary = phrase.plural ? `sono ${phrase.feminine ? 'state' : 'stati'}` : `è ${phrase.feminine ? 'stata' : 'stato'}`;
      return `${capitalize(definite(phrase))} ${auxiliary} ${participleFor(phrase, v().participle)} ${complement(rng)}, con l\u2019obiettivo di ${v().infinitive} ${object(rng)}.`;
    }
    case 5:
      return `Per ${v().infinitive} ${object(rng)}, ${subject(rng)} ${v().participle} ${object(rng)} ${complement(rng)}.`;
    default:
      return `${capitalize(subject(rng))} ${v().participle} ${object(rng)} e ${object(rng)}, ${complement(rng)}.`;
  }
}

/** Longest sentence: three fit in a summary (1,200 characters) with the "[sintetico] " marker. */
export const MAX_SENTENCE = 390;

/** One sentence of at most MAX_SENTENCE characters. */
export function proseSentence(rng: Rng): string {
  for (;;) {
    const text = draftSentence(rng);
    if (text.length <= MAX_SENTENCE) return text;
  }
}
