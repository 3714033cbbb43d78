// Every IRI of the ontology and of the reused vocabularies, in one place: no other module spells an IRI.
// A test checks that each newskg term here is declared in ontology/newskg.ttl.

/** Namespace IRIs, also used as Turtle prefixes. */
export const PREFIXES = {
  nkg: 'https://w3id.org/newskg/ontology#',
  id: 'https://w3id.org/newskg/id/',
  cameo: 'https://w3id.org/newskg/cameo/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  org: 'http://www.w3.org/ns/org#',
  prov: 'http://www.w3.org/ns/prov#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  schema: 'https://schema.org/',
  dct: 'http://purl.org/dc/terms/',
} as const;

export type Prefix = keyof typeof PREFIXES;

const ns =
  (prefix: Prefix) =>
  <T extends string>(local: T): string =>
    PREFIXES[prefix] + local;

const nkg = ns('nkg');
const rdf = ns('rdf');
const rdfs = ns('rdfs');
const xsd = ns('xsd');
const skos = ns('skos');
const sem = ns('sem');
const org = ns('org');
const prov = ns('prov');
const nif = ns('nif');
const itsrdf = ns('itsrdf');
const schema = ns('schema');

export const RDF = { type: rdf('type') } as const;
export const RDFS = { label: rdfs('label'), comment: rdfs('comment') } as const;
export const XSD = {
  date: xsd('date'),
  gYearMonth: xsd('gYearMonth'),
  gYear: xsd('gYear'),
  decimal: xsd('decimal'),
  integer: xsd('integer'),
  nonNegativeInteger: xsd('nonNegativeInteger'),
  boolean: xsd('boolean'),
  string: xsd('string'),
} as const;
export const SKOS = {
  Concept: skos('Concept'),
  ConceptScheme: skos('ConceptScheme'),
  prefLabel: skos('prefLabel'),
  altLabel: skos('altLabel'),
  notation: skos('notation'),
  inScheme: skos('inScheme'),
  broader: skos('broader'),
} as const;
export const SEM = {
  Event: sem('Event'),
  Actor: sem('Actor'),
  Place: sem('Place'),
  hasActor: sem('hasActor'),
  hasPlace: sem('hasPlace'),
  eventType: sem('eventType'),
  hasTimeStamp: sem('hasTimeStamp'),
  hasBeginTimeStamp: sem('hasBeginTimeStamp'),
  hasEndTimeStamp: sem('hasEndTimeStamp'),
} as const;
export const ORG = {
  Organization: org('Organization'),
  Membership: org('Membership'),
  ChangeEvent: org('ChangeEvent'),
  member: org('member'),
  organization: org('organization'),
  memberOf: org('memberOf'),
  originalOrganization: org('originalOrganization'),
  resultingOrganization: org('resultingOrganization'),
} as const;
export const PROV = {
  Entity: prov('Entity'),
  wasDerivedFrom: prov('wasDerivedFrom'),
} as const;
export const NIF = {
  Context: nif('Context'),
  Sentence: nif('Sentence'),
  Phrase: nif('Phrase'),
  RFC5147String: nif('RFC5147String'),
  beginIndex: nif('beginIndex'),
  endIndex: nif('endIndex'),
  anchorOf: nif('anchorOf'),
  isString: nif('isString'),
  referenceContext: nif('referenceContext'),
  sentence: nif('sentence'),
} as const;
export const ITSRDF = { taIdentRef: itsrdf('taIdentRef'), taClassRef: itsrdf('taClassRef') } as const;
export const SCHEMA = {
  NewsArticle: schema('NewsArticle'),
  Person: schema('Person'),
  Country: schema('Country'),
  Place: schema('Place'),
  headline: schema('headline'),
  datePublished: schema('datePublished'),
  url: schema('url'),
  identifier: schema('identifier'),
  license: schema('license'),
  mentions: schema('mentions'),
} as const;

/** newskg's own terms. */
export const NKG = {
  // entity classes: the four coarse ones first
  Person: nkg('Person'),
  Organization: nkg('Organization'),
  Country: nkg('Country'),
  Place: nkg('Place'),
  Government: nkg('Government'),
  GovernmentAgency: nkg('GovernmentAgency'),
  MilitaryForce: nkg('MilitaryForce'),
  ArmedGroup: nkg('ArmedGroup'),
  InternationalOrganization: nkg('InternationalOrganization'),
  MediaOutlet: nkg('MediaOutlet'),
  Company: nkg('Company'),
  CollectiveActor: nkg('CollectiveActor'),
  City: nkg('City'),
  Region: nkg('Region'),
  Facility: nkg('Facility'),
  WaterBody: nkg('WaterBody'),

  // fact classes
  Fact: nkg('Fact'),
  Designation: nkg('Designation'),
  Support: nkg('Support'),
  Alliance: nkg('Alliance'),
  Affiliation: nkg('Affiliation'),
  Succession: nkg('Succession'),
  Founding: nkg('Founding'),
  Leadership: nkg('Leadership'),
  RoleAssignment: nkg('RoleAssignment'),
  Sanction: nkg('Sanction'),
  Event: nkg('Event'),
  Attack: nkg('Attack'),
  Capture: nkg('Capture'),
  Deployment: nkg('Deployment'),
  Communication: nkg('Communication'),
  Protest: nkg('Protest'),
  Agreement: nkg('Agreement'),
  Threat: nkg('Threat'),
  Appeal: nkg('Appeal'),
  Arrest: nkg('Arrest'),
  Statement: nkg('Statement'),
  DesignationCategory: nkg('DesignationCategory'),
  EventType: nkg('EventType'),

  // concept schemes
  DesignationCategories: nkg('DesignationCategories'),
  CAMEO: nkg('CAMEO'),

  // fact arguments
  designee: nkg('designee'),
  designator: nkg('designator'),
  category: nkg('category'),
  supporter: nkg('supporter'),
  supported: nkg('supported'),
  party: nkg('party'),
  member: nkg('member'),
  parent: nkg('parent'),
  successor: nkg('successor'),
  predecessor: nkg('predecessor'),
  founder: nkg('founder'),
  foundedOrganization: nkg('foundedOrganization'),
  leader: nkg('leader'),
  ledOrganization: nkg('ledOrganization'),
  person: nkg('person'),
  inOrganization: nkg('inOrganization'),
  title: nkg('title'),
  sanctioner: nkg('sanctioner'),
  sanctionTarget: nkg('sanctionTarget'),
  lifted: nkg('lifted'),
  agent: nkg('agent'),
  target: nkg('target'),
  trigger: nkg('trigger'),
  speaker: nkg('speaker'),
  quote: nkg('quote'),
  medium: nkg('medium'),
  coarseType: nkg('coarseType'),

  // provenance
  evidence: nkg('evidence'),
  rule: nkg('rule'),
  confidence: nkg('confidence'),
  evidenceCount: nkg('evidenceCount'),
  contentHash: nkg('contentHash'),
  outlet: nkg('outlet'),
  publishedInferred: nkg('publishedInferred'),
  countryCode: nkg('countryCode'),

  // direct actor-to-actor links, beside the full fact nodes
  designated: nkg('designated'),
  supports: nkg('supports'),
  alliedWith: nkg('alliedWith'),
  affiliateOf: nkg('affiliateOf'),
  successorOf: nkg('successorOf'),
  founded: nkg('founded'),
  leads: nkg('leads'),
  holdsPositionIn: nkg('holdsPositionIn'),
  sanctioned: nkg('sanctioned'),
  attacked: nkg('attacked'),
  captured: nkg('captured'),
  deployedIn: nkg('deployedIn'),
  communicatedWith: nkg('communicatedWith'),
  protestedAgainst: nkg('protestedAgainst'),
  agreedWith: nkg('agreedWith'),
  threatened: nkg('threatened'),
  appealedTo: nkg('appealedTo'),
  arrested: nkg('arrested'),
  spokeTo: nkg('spokeTo'),
} as const;

/** The direct actor-to-actor predicates: the graph that walks (paths, centrality) run over. */
export const ACTOR_LINKS: readonly string[] = [
  NKG.designated,
  NKG.supports,
  NKG.alliedWith,
  NKG.affiliateOf,
  NKG.successorOf,
  NKG.founded,
  NKG.leads,
  NKG.holdsPositionIn,
  NKG.sanctioned,
  NKG.attacked,
  NKG.captured,
  NKG.deployedIn,
  NKG.communicatedWith,
  NKG.protestedAgainst,
  NKG.agreedWith,
  NKG.threatened,
  NKG.appealedTo,
  NKG.arrested,
  NKG.spokeTo,
];

/** The namespaces whose terms newskg declares itself (checked against ontology/ by a test). */
export const OWN_NAMESPACES: readonly string[] = [PREFIXES.nkg];
