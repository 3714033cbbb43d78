// The one mapping from annotations to RDF. Every fact becomes a node with its qualifiers and references (article,
// sentence, character spans, rule, confidence); beside it, a direct actor-to-actor triple for walks and simple queries.

import { DataFactory, type Quad, type Quad_Object, type NamedNode } from 'n3';
import type {
  AnnotatedDocument,
  Entity,
  EntityClass,
  EventFact,
  EventType,
  Evidence,
  RelationFact,
  RelationKind,
  StatementFact,
  TimeValue,
  When,
} from '../annotate/document.js';
import { coarseTypeOf } from '../annotate/document.js';
import { articleIri, cameoIri, categoryIri, entityIri, eventIri, factIri, spanIri, statementIri } from './iris.js';
import { ITSRDF, NIF, NKG, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, XSD } from './vocab.js';

const { namedNode, literal, quad } = DataFactory;

const CLASS_IRI: Record<EntityClass, string> = {
  Person: NKG.Person,
  Organization: NKG.Organization,
  Government: NKG.Government,
  GovernmentAgency: NKG.GovernmentAgency,
  MilitaryForce: NKG.MilitaryForce,
  ArmedGroup: NKG.ArmedGroup,
  InternationalOrganization: NKG.InternationalOrganization,
  MediaOutlet: NKG.MediaOutlet,
  Company: NKG.Company,
  CollectiveActor: NKG.CollectiveActor,
  Country: NKG.Country,
  Place: NKG.Place,
  City: NKG.City,
  Region: NKG.Region,
  Facility: NKG.Facility,
  WaterBody: NKG.WaterBody,
};

interface RelationSpec {
  cls: string;
  /** Role name → property IRI. */
  roles: Record<string, string>;
  /** The direct link: [from role, predicate, to role]. */
  link?: [string, string, string];
}

const RELATIONS: Record<RelationKind, RelationSpec> = {
  designation: {
    cls: NKG.Designation,
    roles: { designee: NKG.designee, designator: NKG.designator },
    link: ['designator', NKG.designated, 'designee'],
  },
  support: {
    cls: NKG.Support,
    roles: { supporter: NKG.supporter, supported: NKG.supported },
    link: ['supporter', NKG.supports, 'supported'],
  },
  alliance: { cls: NKG.Alliance, roles: { a: NKG.party, b: NKG.party }, link: ['a', NKG.alliedWith, 'b'] },
  affiliation: {
    cls: NKG.Affiliation,
    roles: { member: NKG.member, parent: NKG.parent },
    link: ['member', NKG.affiliateOf, 'parent'],
  },
  succession: {
    cls: NKG.Succession,
    roles: { successor: NKG.successor, predecessor: NKG.predecessor },
    link: ['successor', NKG.successorOf, 'predecessor'],
  },
  founding: {
    cls: NKG.Founding,
    roles: { founder: NKG.founder, org: NKG.foundedOrganization },
    link: ['founder', NKG.founded, 'org'],
  },
  leadership: {
    cls: NKG.Leadership,
    roles: { leader: NKG.leader, org: NKG.ledOrganization },
    link: ['leader', NKG.leads, 'org'],
  },
  role: {
    cls: NKG.RoleAssignment,
    roles: { person: NKG.person, org: NKG.inOrganization },
    link: ['person', NKG.holdsPositionIn, 'org'],
  },
  sanction: {
    cls: NKG.Sanction,
    roles: { sanctioner: NKG.sanctioner, target: NKG.sanctionTarget },
    link: ['sanctioner', NKG.sanctioned, 'target'],
  },
};

const EVENT_CLASS: Record<EventType, string> = {
  Attack: NKG.Attack,
  Capture: NKG.Capture,
  Deployment: NKG.Deployment,
  Communication: NKG.Communication,
  Protest: NKG.Protest,
  Agreement: NKG.Agreement,
  Threat: NKG.Threat,
  Appeal: NKG.Appeal,
  Arrest: NKG.Arrest,
};

/** The direct link an event type gives between its agents and its targets (Deployment: agents and places). */
const EVENT_LINK: Record<EventType, string> = {
  Attack: NKG.attacked,
  Capture: NKG.captured,
  Deployment: NKG.deployedIn,
  Communication: NKG.communicatedWith,
  Protest: NKG.protestedAgainst,
  Agreement: NKG.agreedWith,
  Threat: NKG.threatened,
  Appeal: NKG.appealedTo,
  Arrest: NKG.arrested,
};

const STATEMENT_CAMEO = '010';

/** A calendar value as a typed literal of its precision. */
export function timeLiteral(t: TimeValue) {
  const dt = t.precision === 'day' ? XSD.date : t.precision === 'month' ? XSD.gYearMonth : XSD.gYear;
  return literal(t.value, namedNode(dt));
}

/** Collects quads; a Set of keys drops exact duplicates early. */
class QuadSink {
  readonly quads: Quad[] = [];
  private readonly seen = new Set<string>();
  add(s: string, p: string, o: Quad_Object | string): void {
    const obj = typeof o === 'string' ? namedNode(o) : o;
    const key = `${s} ${p} ${obj.termType === 'Literal' ? JSON.stringify([obj.value, obj.datatype.value, obj.language]) : obj.value}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.quads.push(quad(namedNode(s), namedNode(p), obj));
  }
}

/** Maps one annotated document to RDF quads (default graph). */
export function documentToQuads(doc: AnnotatedDocument): Quad[] {
  return new DocumentMapper(doc).map();
}

class DocumentMapper {
  private readonly out = new QuadSink();
  private readonly article: string;
  private readonly context: string;
  private readonly sentencesUsed = new Set<number>();
  private readonly entitiesUsed = new Set<string>();

  constructor(private readonly doc: AnnotatedDocument) {
    this.article = articleIri(doc.article.id, doc.article.hash);
    this.context = spanIri(this.article, 0, doc.text.length);
  }

  map(): Quad[] {
    for (const r of mergeByIri(this.doc.relations, relationIri)) this.relation(r);
    for (const e of mergeByIri(this.doc.events, eventFactIri)) this.event(e);
    for (const s of mergeByIri(this.doc.statements, (st) => statementFactIri(this.doc, st))) this.statement(s);
    this.articleNode();
    for (const entity of this.doc.entities.values()) {
      if (entity.cls !== 'CollectiveActor' || this.entitiesUsed.has(entity.key)) this.entity(entity);
    }
    for (const index of [...this.sentencesUsed].sort((a, b) => a - b)) this.sentence(index);
    return this.out.quads;
  }

  private ref(key: string): string {
    this.entitiesUsed.add(key);
    return entityIri(key);
  }

  private articleNode(): void {
    const a = this.doc.article;
    const o = this.out;
    o.add(this.article, RDF.type, SCHEMA.NewsArticle);
    o.add(this.article, SCHEMA.identifier, literal(a.id));
    o.add(this.article, NKG.contentHash, literal(a.hash));
    if (a.title) o.add(this.article, SCHEMA.headline, literal(a.title));
    if (a.url) o.add(this.article, SCHEMA.url, literal(a.url, namedNode(XSD.string)));
    if (a.outlet) o.add(this.article, NKG.outlet, literal(a.outlet));
    if (a.licence) o.add(this.article, SCHEMA.license, literal(a.licence));
    if (a.published) o.add(this.article, SCHEMA.datePublished, literal(a.published, namedNode(XSD.date)));
    else if (this.doc.times.some((t) => t.inferredAnchor)) o.add(this.article, NKG.publishedInferred, literal('true', namedNode(XSD.boolean)));
    o.add(this.context, RDF.type, NIF.Context);
    o.add(this.context, NIF.isString, literal(this.doc.text));
    o.add(this.context, NIF.beginIndex, literal('0', namedNode(XSD.nonNegativeInteger)));
    o.add(this.context, NIF.endIndex, literal(String(this.doc.text.length), namedNode(XSD.nonNegativeInteger)));
    o.add(this.context, PROV.wasDerivedFrom, this.article);
  }

  private entity(e: Entity): void {
    const o = this.out;
    const iri = entityIri(e.key);
    o.add(iri, RDF.type, CLASS_IRI[e.cls]);
    const coarse = coarseTypeOf(e.cls);
    if (coarse !== e.cls) o.add(iri, RDF.type, CLASS_IRI[coarse]);
    o.add(iri, RDFS.label, literal(e.label));
    for (const name of e.names) if (name !== e.label) o.add(iri, SKOS.altLabel, literal(name));
    if (e.country && e.cls === 'Country') o.add(iri, NKG.countryCode, literal(e.country));
    o.add(this.article, SCHEMA.mentions, iri);
    for (const id of e.mentions) {
      const m = this.doc.mentions[id];
      if (!m) continue;
      const span = this.span(m);
      o.add(span, ITSRDF.taIdentRef, iri);
    }
  }

  /** A span node: its offsets, its words, its sentence and the article's context. */
  private span(ev: Evidence): string {
    const o = this.out;
    const iri = spanIri(this.article, ev.start, ev.end);
    o.add(iri, RDF.type, NIF.Phrase);
    o.add(iri, NIF.beginIndex, literal(String(ev.start), namedNode(XSD.nonNegativeInteger)));
    o.add(iri, NIF.endIndex, literal(String(ev.end), namedNode(XSD.nonNegativeInteger)));
    o.add(iri, NIF.anchorOf, literal(this.doc.text.slice(ev.start, ev.end)));
    o.add(iri, NIF.referenceContext, this.context);
    const sentence = this.doc.sentences[ev.sentence];
    if (sentence) {
      this.sentencesUsed.add(ev.sentence);
      o.add(iri, NIF.sentence, spanIri(this.article, sentence.start, sentence.end));
    }
    return iri;
  }

  private sentence(index: number): void {
    const s = this.doc.sentences[index];
    if (!s) return;
    const o = this.out;
    const iri = spanIri(this.article, s.start, s.end);
    o.add(iri, RDF.type, NIF.Sentence);
    o.add(iri, NIF.beginIndex, literal(String(s.start), namedNode(XSD.nonNegativeInteger)));
    o.add(iri, NIF.endIndex, literal(String(s.end), namedNode(XSD.nonNegativeInteger)));
    o.add(iri, NIF.anchorOf, literal(this.doc.text.slice(s.start, s.end)));
    o.add(iri, NIF.referenceContext, this.context);
  }

  /** References shared by every fact: article, evidence spans, rule(s), confidence. */
  private references(fact: string, f: Merged<{ evidence: Evidence[]; rule: string; confidence: number }>): void {
    const o = this.out;
    o.add(fact, RDF.type, NKG.Fact);
    o.add(fact, PROV.wasDerivedFrom, this.article);
    for (const ev of f.evidence) o.add(fact, NKG.evidence, this.span(ev));
    for (const rule of f.rules) o.add(fact, NKG.rule, literal(rule));
    o.add(fact, NKG.confidence, literal(f.confidence.toFixed(3), namedNode(XSD.decimal)));
    o.add(fact, NKG.evidenceCount, literal(String(f.evidence.length), namedNode(XSD.nonNegativeInteger)));
  }

  private time(node: string, when: When | undefined): void {
    if (!when) return;
    if ('value' in when) this.out.add(node, SEM.hasTimeStamp, timeLiteral(when));
    else {
      this.out.add(node, SEM.hasBeginTimeStamp, timeLiteral(when.from));
      this.out.add(node, SEM.hasEndTimeStamp, timeLiteral(when.to));
    }
  }

  private relation(r: Merged<RelationFact>): void {
    const spec = RELATIONS[r.kind];
    const roleNames = Object.keys(spec.roles);
    const iri = relationIri(r);
    const o = this.out;
    o.add(iri, RDF.type, spec.cls);
    for (const role of roleNames) {
      const key = r.args[role];
      if (key) o.add(iri, spec.roles[role]!, this.ref(key));
    }
    if (r.category) {
      const concept = categoryIri(r.category);
      o.add(iri, NKG.category, concept);
      o.add(concept, RDF.type, SKOS.Concept);
      o.add(concept, RDF.type, NKG.DesignationCategory);
      o.add(concept, SKOS.prefLabel, literal(r.category));
      o.add(concept, SKOS.inScheme, NKG.DesignationCategories);
    }
    if (r.title) o.add(iri, NKG.title, literal(r.title));
    if (r.lifted) o.add(iri, NKG.lifted, literal('true', namedNode(XSD.boolean)));
    for (const when of r.whens) this.time(iri, when);
    this.references(iri, r);
    if (spec.link && !r.lifted) {
      const [from, p, to] = spec.link;
      const a = r.args[from];
      const b = r.args[to];
      if (a && b) {
        o.add(entityIri(a), p, entityIri(b));
        if (r.kind === 'alliance') o.add(entityIri(b), p, entityIri(a));
      }
    }
  }

  private eventType(node: string, code: string, coarse: string): void {
    const concept = cameoIri(code);
    const o = this.out;
    o.add(node, SEM.eventType, concept);
    o.add(concept, RDF.type, SKOS.Concept);
    o.add(concept, RDF.type, NKG.EventType);
    o.add(concept, SKOS.notation, literal(code));
    o.add(concept, SKOS.inScheme, NKG.CAMEO);
    o.add(concept, NKG.coarseType, coarse);
  }

  private event(e: Merged<EventFact>): void {
    const iri = eventFactIri(e);
    const o = this.out;
    o.add(iri, RDF.type, SEM.Event);
    o.add(iri, RDF.type, NKG.Event);
    o.add(iri, RDF.type, EVENT_CLASS[e.type]);
    this.eventType(iri, e.cameo, EVENT_CLASS[e.type]);
    o.add(iri, NKG.trigger, literal(e.trigger));
    for (const a of e.agents) o.add(iri, NKG.agent, this.ref(a));
    for (const t of e.targets) o.add(iri, NKG.target, this.ref(t));
    for (const p of e.places) o.add(iri, SEM.hasPlace, this.ref(p));
    for (const when of e.whens) this.time(iri, when);
    this.references(iri, e);
    const link = EVENT_LINK[e.type];
    const objects = e.type === 'Deployment' ? e.places : e.targets;
    for (const a of e.agents) for (const t of objects) if (a !== t) o.add(entityIri(a), link, entityIri(t));
  }

  private statement(s: Merged<StatementFact>): void {
    const iri = statementFactIri(this.doc, s);
    const o = this.out;
    o.add(iri, RDF.type, SEM.Event);
    o.add(iri, RDF.type, NKG.Statement);
    this.eventType(iri, STATEMENT_CAMEO, NKG.Statement);
    o.add(iri, NKG.speaker, this.ref(s.speaker));
    if (s.quote) o.add(iri, NKG.quote, literal(s.quote));
    if (s.medium) {
      o.add(iri, NKG.medium, this.ref(s.medium));
      o.add(entityIri(s.speaker), NKG.spokeTo, entityIri(s.medium));
    }
    for (const when of s.whens) this.time(iri, when);
    this.references(iri, s);
  }
}

/** The IRI of a relation fact: its kind, argument keys (a mutual pair in either order), category, title, lifting. */
function relationIri(r: RelationFact): string {
  const argKeys = Object.keys(RELATIONS[r.kind].roles).map((role) => r.args[role] ?? '');
  if (r.kind === 'alliance') argKeys.sort();
  return factIri(r.kind, [...argKeys, r.category ?? '', r.title ?? '', r.lifted ? 'lifted' : '']);
}

/** The IRI of an event: its type, participants, places, date and CAMEO code. */
function eventFactIri(e: EventFact): string {
  const sorted = (keys: string[]) => [...keys].sort().join(',');
  return eventIri(e.type, [sorted(e.agents), sorted(e.targets), sorted(e.places), e.when ? JSON.stringify(e.when) : '', e.cameo]);
}

function statementFactIri(doc: AnnotatedDocument, s: StatementFact): string {
  const first = s.evidence[0];
  return statementIri(s.speaker, doc.article.id, `${doc.article.hash}:${first?.start ?? 0}:${s.quote ?? ''}`);
}

interface FactLike {
  evidence: Evidence[];
  rule: string;
  confidence: number;
  when?: When;
}

/** Facts that mint the same IRI, told as one: evidence united, rules and dates listed, confidence combined. */
type Merged<T extends FactLike> = T & { rules: string[]; whens: When[] };

/**
 * Merges facts that mint the same IRI, so one node carries one confidence and all its evidence.
 * Confidence is combined as independent evidence: 1 - product of (1 - c).
 */
function mergeByIri<T extends FactLike>(facts: readonly T[], iriOf: (f: T) => string): Merged<T>[] {
  const groups = new Map<string, T[]>();
  for (const f of facts) {
    const iri = iriOf(f);
    const g = groups.get(iri);
    if (g) g.push(f);
    else groups.set(iri, [f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const spans = new Map<string, Evidence>();
    for (const f of group) for (const ev of f.evidence) spans.set(`${ev.start}:${ev.end}`, ev);
    const whens = new Map<string, When>();
    for (const f of group) if (f.when) whens.set(JSON.stringify(f.when), f.when);
    return {
      ...first,
      evidence: [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end),
      rules: [...new Set(group.map((f) => f.rule))].sort(),
      whens: [...whens.values()],
      confidence: 1 - group.reduce((p, f) => p * (1 - f.confidence), 1),
    };
  });
}

/** The named node of an article, for callers that group quads by article. */
export function articleNode(doc: AnnotatedDocument): NamedNode {
  return namedNode(articleIri(doc.article.id, doc.article.hash));
}
