// Support on unseen text (round 10): a relative whose subject is a report ("which U.N. experts say is backed by"),
// protection or backing a body enjoys, a possessed object ("X's police", "his push"), the grounds of a listing
// ("listed for supplying fuel to"), money routed on another's behalf, troops kept somewhere to support another, a
// standing commitment ("remains committed to supporting"), a former supplier ("once X's main cocaine supplier").

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('support: sides read through reports, possessives, grounds and commitments', () => {
  table('support', [
    // the reporters inside the relative are not its subject
    [
      'The [Sun Front|ArmedGroup], which [U.N.|InternationalOrganization] experts say is backed by [Velmar|Country], grew out of an earlier revolt.',
      ['support supported=sun-front supporter=velmar'],
    ],
    [
      'The [Sun Front|ArmedGroup], which [Western|Country] officials believe has been armed by [Velmar|Country], denies it.',
      ['support supported=sun-front supporter=velmar'],
    ],
    // enjoying another's protection or backing
    [
      'The [Sun Front|ArmedGroup] moved to the border region, where it enjoyed the protection of the [Red Hand|ArmedGroup].',
      ['support supported=sun-front supporter=red-hand'],
    ],
    ['The [Sun Front|ArmedGroup] has long enjoyed the backing of [Velmar|Country].', ['support supported=sun-front supporter=velmar']],
    // a possessed object: a body's police, a person's push
    [
      '[Velmar|Country], which sanctioned the gang in 2021, has provided [Dorn|Country]\'s anti-drug police with training and equipment.',
      ['support supported=dorn supporter=velmar'],
    ],
    [
      '[Ana Varo|Person] has cultivated close ties with [Velmar|Country], which has backed his push for greater autonomy.',
      ['support supported=ana-varo supporter=velmar'],
    ],
    // a listing's grounds name every listed party
    [
      '[Ana Varo|Person] and [Piet Lorn|Person] are listed for supplying fuel, motorcycles and mobile phone credit to the [Sun Front|ArmedGroup] through haulage firms.',
      ['support supported=sun-front supporter=ana-varo', 'support supported=sun-front supporter=piet-lorn'],
    ],
    // money routed on another's behalf, through an apposed subject
    [
      'Its director, [Ana Varo|Person], has routed profits from public contracts to [Piet Lorn|Person] on behalf of the [Sun Front|ArmedGroup].',
      ['support supported=sun-front supporter=ana-varo'],
    ],
    // troops kept somewhere to support another
    [
      '[Velmar|Country] has kept several thousand soldiers in [Tirel|Region] since 2021 to support the [Dorn Army|MilitaryForce].',
      ['support supported=dorn-army supporter=velmar'],
    ],
    // a standing commitment is a policy, not a plan
    [
      'The [EU|InternationalOrganization] remains committed to supporting [Dorn|Country] and [Velmar|Country] in preventing the spread of terrorism.',
      ['support supported=dorn supporter=eu', 'support supported=velmar supporter=eu'],
    ],
    // a supplier of what keeps an armed body going, even a former one
    [
      'The [Kastel Gang|ArmedGroup], once the [Sun Front|ArmedGroup]\'s main cocaine supplier, was dismantled in 2020.',
      ['support supported=sun-front supporter=kastel-gang'],
    ],
  ]);
});

describe('support: the same words that state no support give nothing', () => {
  table('support', [
    // the reporters are no side even when the relative states nothing
    ['The [Sun Front|ArmedGroup], which [U.N.|InternationalOrganization] experts say is growing, took the town.', []],
    // protection enjoyed by law, or wished for, is no backer
    ['The [Sun Front|ArmedGroup] would enjoy the protection of [Velmar|Country] if it disarmed.', []],
    ['The [Sun Front|ArmedGroup] never enjoyed the backing of [Velmar|Country].', []],
    // fuel and vehicles sold to a country are trade
    ['[Velmar|Country] is listed for supplying fuel and vehicles to [Dorn|Country] in breach of the embargo.', []],
    // a charge or a plan of supplying is no fact
    ['[Dorn|Country] accused [Velmar|Country] of supplying fuel and motorcycles to the [Sun Front|ArmedGroup].', []],
    ['[Velmar|Country] plans to keep soldiers in [Tirel|Region] to support the [Dorn Army|MilitaryForce].', []],
    // "committed to" a fight is no support of the one fought
    ['The [EU|InternationalOrganization] remains committed to fighting the [Sun Front|ArmedGroup].', []],
    // a person's "push" that someone opposed
    ['[Velmar|Country] has opposed his push for greater autonomy, [Ana Varo|Person] said.', []],
    // a supplier of an ordinary good to a country
    ['[Velmar|Country], once [Dorn|Country]\'s main grain supplier, cut exports in 2020.', []],
  ]);
});
