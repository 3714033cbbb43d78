// Specification of entity resolution on constructions that failed on unseen articles: each row is a text of our own
// invention and names that must end up on one entity (or, for the negatives, on different entities).

import { describe, expect, it } from 'vitest';
import type { EntityClass } from '../../src/annotate/document.js';
import { named, resolve } from '../support/actorDoc.js';

type SameRow = [text: string, names: string[], cls?: EntityClass];

const oneEntity: SameRow[] = [
  // A nickname after "alias" is the person's.
  ['The cartel, led by Ramon Ibarra Solis, alias "El Toro," was designated.', ['Ramon Ibarra Solis', 'El Toro'], 'Person'],
  // A bracket that gives two more names of one body.
  ['This was done with Peru\'s Financial Crimes Unit (Unidad de Delitos Financieros, UDF). The UDF froze accounts.', ['Financial Crimes Unit', 'Unidad de Delitos Financieros', 'UDF']],
  // Where names carry no family name, the first name alone is the short form.
  ['Rebel spokesman Tesfaye Alemu attended the talks. "We made concessions," Tesfaye told reporters.', ['Tesfaye Alemu', 'Tesfaye'], 'Person'],
  // A country's national army and its forces, troops or army.
  ['Israeli forces entered the town. The Israel Defense Forces said it held the square.', ['Israeli forces', 'Israel Defense Forces'], 'MilitaryForce'],
  ['The Armed Forces of the Democratic Republic of Congo (FARDC) held Sake. The Congolese army lost a post.', ['Armed Forces of the Democratic Republic of Congo', 'FARDC', 'Congolese army']],
  // A capital used once for its country names the country throughout.
  ['The minister called on Ankara to withdraw. Officials in Ankara did not reply.', ['Ankara'], 'Country'],
  ['Kinshasa, the United States and the United Nations accuse Rwanda of backing the rebels.', ['Kinshasa'], 'Country'],
  // A name two countries share is the one the article names in full.
  ['Fighting spread in the Democratic Republic of Congo. Refugees fled Congo on foot.', ['Democratic Republic of Congo', 'Congo'], 'Country'],
  // A collective renamed in apposition.
  ['Troops fought alongside former rebel groups allied with the army, the United Forces of armed movements, near the city.', ['rebel groups', 'United Forces']],
  // A demonym and a group's name, both inside the group's full name.
  ['Jamaat Hezbollah Iraq (JHI) claimed the raid. Militants of the Iraqi Hezbollah stormed a checkpoint.', ['Jamaat Hezbollah Iraq', 'Iraqi Hezbollah']],
  // The article's own expansion of an acronym wins over a lexicon meaning of the same letters.
  ['The Armed Forces of Panama (AFP) said the town was calm. The AFP said it would stay.', ['Armed Forces of Panama', 'AFP'], 'MilitaryForce'],
  // Two family names: the last two words are the short form.
  ['Julio Andrés Pérez Montaño was arrested on Monday. Pérez Montaño denied the charges.', ['Julio Andrés Pérez Montaño', 'Pérez Montaño'], 'Person'],
  // A number in an acronym is a word of the name.
  ['The March 23 Movement (M23) shelled the town. M23 fighters then withdrew.', ['March 23 Movement', 'M23']],
  // A body's bare head word joins the one body of the article that has it.
  ['The Department of State designated the group. The Department said more steps would follow.', ['Department of State', 'Department']],
  // A unit named after its parent's acronym is the unit "of" that parent.
  ['Officials named the Naval Command of the Northern Defence Corps (NDC). The NDC Naval Command denied it.', ['Naval Command of the Northern Defence Corps', 'NDC Naval Command']],
];

const apart: [text: string, a: string, b: string][] = [
  // Two people who share a first name stay two people, and the bare first name joins neither.
  ['Minister Tesfaye Alemu met Tesfaye Bekele. Later Tesfaye spoke.', 'Tesfaye Alemu', 'Tesfaye Bekele'],
  // A capital that is only a place one goes to stays the city.
  ['Taiwanese officials flew to Beijing. They met in Beijing on Monday. China protested.', 'Beijing', 'China'],
  // A lexicon acronym not spelled out by the article keeps its lexicon meaning.
  ['The Armed Forces of Panama said the town was calm, AFP reported.', 'Armed Forces of Panama', 'AFP'],
  // A country's air force is a body of its own, apart from its army.
  ['Nigerian Air Force jets struck the camp after Nigerian soldiers withdrew.', 'Nigerian Air Force', 'Nigerian soldiers'],
  ['Filipino marines held the ship. Philippine troops waited ashore.', 'Filipino marines', 'Philippine troops'],
  // The bracket after "X of the Y" spells the parent Y: the unit keeps its own entity.
  ['Officials named the Naval Command of the Northern Defence Corps (NDC), a branch of the Northern Defence Corps. The NDC denied it.', 'Naval Command of the Northern Defence Corps', 'NDC'],
  // A collective in a list, not in apposition, keeps its own entity.
  ['The army fought rebel groups, the Northern Front and the militias.', 'rebel groups', 'Northern Front'],
];

describe('entity resolution generalizes over construction families', () => {
  it.each(oneEntity)('%s', (text, names, cls) => {
    const doc = resolve(text);
    const e = named(doc, names[0]!) ?? [...doc.entities.values()].find((x) => x.label === names[0]);
    expect(e, names[0]).toBeDefined();
    for (const n of names.slice(1)) expect(named(doc, n)?.key ?? [...doc.entities.values()].find((x) => x.label === n)?.key, n).toBe(e!.key);
    if (cls) expect(e!.cls).toBe(cls);
  });
  it('joins separatists fighting in a place to the forces of that place', () => {
    const doc = resolve('Fighting continued among Ardakh, Armenian and Azerbaijani forces. The ministry said separatist forces in Ardakh held the line.');
    const forces = doc.mentions.find((m) => m.rule === 'collective:place-forces');
    const separatists = doc.mentions.find((m) => m.text === 'separatist forces');
    expect(forces?.entity).toBeDefined();
    expect(separatists?.entity).toBe(forces!.entity);
  });
  it.each(apart)('keeps apart: %s', (text, a, b) => {
    const doc = resolve(text);
    const ea = named(doc, a);
    const eb = named(doc, b);
    expect(ea, a).toBeDefined();
    expect(eb, b).toBeDefined();
    expect(ea!.key).not.toBe(eb!.key);
  });
});
