// The stand-off annotated document that every extraction stage reads and extends.
// Annotations point into `text` by character offsets; no stage rewrites the text, and nothing here knows RDF.

import type { Article } from '../read/article.js';

/** A half-open character range [start, end) into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** Page furniture: lines that are not body prose. Related-article lines belong to other articles. */
export type Furniture = 'caption' | 'related' | 'byline' | 'dateline' | 'headline';

export interface Sentence extends Span {
  index: number;
  /** Index of the text block (line-separated paragraph) the sentence belongs to. */
  block: number;
  furniture?: Furniture;
}

export interface Token extends Span {
  text: string;
  sentence: number;
}

/** The four coarse actor types of the evaluation contract. */
export type CoarseType = 'Person' | 'Organization' | 'Country' | 'Place';

/** Finer classes of the ontology; each maps onto one coarse type (see coarseTypeOf). */
export type EntityClass =
  | 'Person'
  | 'Organization'
  | 'Government'
  | 'GovernmentAgency'
  | 'MilitaryForce'
  | 'ArmedGroup'
  | 'InternationalOrganization'
  | 'MediaOutlet'
  | 'Company'
  | 'CollectiveActor'
  | 'Country'
  | 'Place'
  | 'City'
  | 'Region'
  | 'Facility'
  | 'WaterBody';

/** The classes of organized bodies: the coarse type Organization without the unnamed CollectiveActor. */
export const ORGANIZATION_CLASSES: ReadonlySet<EntityClass> = new Set<EntityClass>(['Organization', 'Government', 'GovernmentAgency', 'MilitaryForce', 'ArmedGroup', 'InternationalOrganization', 'MediaOutlet', 'Company']);
/** The classes of places within or beside a country: the coarse type Place. */
export const PLACE_CLASSES: ReadonlySet<EntityClass> = new Set<EntityClass>(['Place', 'City', 'Region', 'Facility', 'WaterBody']);

const COARSE: Record<EntityClass, CoarseType> = {
  Person: 'Person',
  Organization: 'Organization',
  Government: 'Organization',
  GovernmentAgency: 'Organization',
  MilitaryForce: 'Organization',
  ArmedGroup: 'Organization',
  InternationalOrganization: 'Organization',
  MediaOutlet: 'Organization',
  Company: 'Organization',
  CollectiveActor: 'Organization',
  Country: 'Country',
  Place: 'Place',
  City: 'Place',
  Region: 'Place',
  Facility: 'Place',
  WaterBody: 'Place',
};

/** The coarse contract type of a fine class. */
export function coarseTypeOf(cls: EntityClass): CoarseType {
  return COARSE[cls];
}

/** How a mention names its entity. */
export type MentionForm = 'name' | 'acronym' | 'alias' | 'description' | 'pronoun' | 'demonym' | 'capital';

export interface Mention extends Span {
  id: number;
  text: string;
  sentence: number;
  cls: EntityClass;
  form: MentionForm;
  /** The rule that recognized it. */
  rule: string;
  /** Key of the entity it was resolved to (set by entity resolution). */
  entity?: string;
  /** A canonical name proposed by a lexicon (e.g. "United States" for "U.S."). */
  canonical?: string;
  /** Whether the surface text may be kept as a name of the entity (descriptions like "the group" may not). */
  nameable: boolean;
}

export interface Entity {
  /** Stable key, minted from the canonical name; the RDF layer turns it into an IRI. */
  key: string;
  label: string;
  /** Every surface name seen (label included), in first-seen order. */
  names: string[];
  cls: EntityClass;
  mentions: number[];
  /** ISO 3166-1 alpha-2 code for countries, or for actors tied to one (armies, governments). */
  country?: string;
}

export type Precision = 'day' | 'month' | 'year';

/** A pronoun or definite description ("it", "the group", "the Council") and the entity it stands for. */
export interface Reference extends Span {
  text: string;
  /** Entity key; absent when no candidate is clearly the most salient. */
  entity?: string;
  /** Two candidates tie (or the salient subject is no entity): no reading, and a later stage should guess none. */
  tie?: boolean;
}

/** A calendar value at the precision the text gives: "2024-12-02", "2024-12" or "2024". */
export interface TimeValue {
  value: string;
  precision: Precision;
}

/** A point at some precision, or an interval between two such points. */
export type When = TimeValue | { from: TimeValue; to: TimeValue };

export interface TimeExpression extends Span {
  sentence: number;
  text: string;
  when: When;
  rule: string;
  /** True when the anchor date was inferred from the text rather than given by the article. */
  inferredAnchor?: boolean;
}

/** Where a fact was read: one or more spans and the sentence that holds them. */
export interface Evidence extends Span {
  sentence: number;
}

export type RelationKind =
  | 'designation'
  | 'support'
  | 'alliance'
  | 'affiliation'
  | 'succession'
  | 'founding'
  | 'leadership'
  | 'role'
  | 'sanction';

/** The argument roles of each relation kind, in canonical order. */
export const RELATION_ROLES: Record<RelationKind, readonly string[]> = {
  designation: ['designee', 'designator'],
  support: ['supporter', 'supported'],
  alliance: ['a', 'b'],
  affiliation: ['member', 'parent'],
  succession: ['successor', 'predecessor'],
  founding: ['founder', 'org'],
  leadership: ['leader', 'org'],
  role: ['person', 'org'],
  sanction: ['sanctioner', 'target'],
};

export interface RelationFact {
  kind: RelationKind;
  /** Role name → entity key. Roles the text does not fill are absent. */
  args: Record<string, string>;
  /** Designation category label, e.g. "foreign terrorist organization". */
  category?: string;
  /** Role title, e.g. "press secretary". */
  title?: string;
  when?: When;
  /** For sanctions: lifted rather than imposed. */
  lifted?: boolean;
  evidence: Evidence[];
  rule: string;
  confidence: number;
}

/** Coarse event types of the contract. */
export type EventType =
  | 'Attack'
  | 'Capture'
  | 'Deployment'
  | 'Communication'
  | 'Protest'
  | 'Agreement'
  | 'Threat'
  | 'Appeal'
  | 'Arrest';

export interface EventFact {
  type: EventType;
  /** CAMEO event code of the fine type, e.g. "195". */
  cameo: string;
  /** The words that triggered it, e.g. "airstrikes". */
  trigger: string;
  agents: string[];
  targets: string[];
  places: string[];
  when?: When;
  evidence: Evidence[];
  rule: string;
  confidence: number;
}

export interface StatementFact {
  speaker: string;
  quote?: string;
  /** Entity key of the outlet it was told to ("told CNN"). */
  medium?: string;
  when?: When;
  evidence: Evidence[];
  rule: string;
  confidence: number;
}

/** The layers a stage can require or assign. */
export type Layer = 'sentences' | 'tokens' | 'times' | 'mentions' | 'entities' | 'relations' | 'events' | 'statements';

export interface AnnotatedDocument {
  article: Article;
  /** The article body (front matter removed); every offset points into it. */
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  times: TimeExpression[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  relations: RelationFact[];
  events: EventFact[];
  statements: StatementFact[];
  /** Pronouns and definite descriptions read by salience, in text order; set by the entities stage. */
  references?: Reference[];
}

/** A fresh document with no annotations. */
export function createDocument(article: Article): AnnotatedDocument {
  return {
    article,
    text: article.body,
    sentences: [],
    tokens: [],
    times: [],
    mentions: [],
    entities: new Map(),
    relations: [],
    events: [],
    statements: [],
  };
}

/** The sentence that contains a character offset, or undefined. */
export function sentenceAt(doc: AnnotatedDocument, offset: number): Sentence | undefined {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** The text a span covers. */
export function spanText(doc: AnnotatedDocument, span: Span): string {
  return doc.text.slice(span.start, span.end);
}
