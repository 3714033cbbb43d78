// Support: who backs whom ("Iran-backed Hezbollah"; "the government, backed by Russia, Iran and Hezbollah"; "Russia, a
// main supporter of the regime"; "Iran continues to provide support that enables these militias"; "in support of").

import { entitiesOf, type RelationContext } from './relationContext.js';
import {
  candidate,
  deniedOrHypothetical,
  groupStart,
  isActor,
  isBody,
  pattern,
  sinceTime,
  type Candidate,
} from './patterns.js';
import type { SentenceView } from './sentenceView.js';

const PARTICIPLE = 'backed|supported|sponsored|funded|financed|armed|bankrolled|equipped';

/** "Iran-backed Hezbollah fighters"; "the Kremlin-backed Wagner Group". */
const COMPOUND = pattern(`(?<by>{E})-(?:${PARTICIPLE}) {DESC}(?:{E} )?(?<x>{L})`);
/** "the Assad government, backed by Russia, Iran and Hezbollah"; "X, which is backed by Y"; "X is funded by Y". */
const PASSIVE = pattern(
  `(?<x>{L}){Q}(?:{SEP}(?:(?:which|who|that) (?:is|are|was|were|has been|have been) )?|{APPOS} (?:is|are|was|were|has been|have been|being|remains?) )(?:(?:also|heavily|largely|reportedly|openly|long|partly|directly) )?(?<v>${PARTICIPLE}) (?:(?:militarily|financially|politically|chiefly|mainly) )?by (?:the )?(?<by>{L})`,
);
/** "Russia, a main supporter of the Syrian regime"; "Iran is the chief backer of Hezbollah". */
const NOMINAL = pattern(
  `(?<by>{E}){Q}(?:{SEP}| (?:is|was|are|were|has been|remains?) (?:(?:also|still|long) )?)(?<v>{DET}?)(?:{W}){0,2}?(?:supporter|backer|sponsor|patron|financier|benefactor|bankroller|arms supplier)s? of (?:the )?(?<x>{L}|{PRO})`,
);
/** "Iran continues to provide support that enables these militias"; "the US provides military aid to Ukraine". */
const PROVIDES = pattern(
  `(?<by>{E}) {GAP}(?<v>provid(?:es|ed|ing|e)|gives?|gave|giving|sends?|sent|sending|suppl(?:ies|ied|ying|y)|offers?|offered|extends?|extended|lends?|lent) (?:[\\w-]+ ){0,3}?(?:support|weapons|arms|funding|funds|money|financing|training|assistance|aid|backing|drones|missiles|equipment|ammunition)(?: (?:that|which) (?:enables?|allows?|helps?)| to| for)? (?:the )?(?<x>{L}|{ANA}|{PRO})`,
);
/** "the IRGC-QF has provided Hizballah with hundreds of millions of dollars". */
const PROVIDES_WITH = pattern(
  `(?<by>{E}){APPOS} {GAP}(?<v>provid(?:es|ed|ing|e)|suppl(?:ies|ied|ying|y)|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?) (?:the )?(?<x>{L}) with (?:[\\w$,.-]+ ){0,6}?(?:support|weapons|arms|funding|funds|money|dollars|financing|training|assistance|aid|drones|missiles|rockets|equipment|ammunition)\\b`,
);
/** "Iran supports Hezbollah"; "Russia has long backed the regime". */
const ACTIVE = pattern(
  `(?<by>{E}) (?:(?:has|have|had|is|are|was|were|also|long|openly|reportedly|continues to|continue to) ){0,3}(?<v>supports|supported|supporting|backs|backed|backing|sponsors|sponsored|funds|funded|finances|financed|arms|armed|bankrolls|bankrolled) (?:the )?(?<x>{L})`,
);
/** "the junta, which has relied on Russian mercenaries since 2021"; "Y depends on X for weapons". */
const RELIES_ON = pattern(
  `(?<x>{E}){Q}{APPOS}(?:,? (?:which|who) | )(?:(?:has|have|had|long|heavily|increasingly) )*(?<v>relied|relies|rely|relying|depended|depends|depend|depending|leaned|leans|lean) (?:heavily |largely |increasingly )?on (?:the )?(?<by>{L})`,
);
/** "the Kenyans counterattacked, in support of the Somali troops". */
/** What one side gives another when it supports it. */
const AID = 'support|weapons|arms|funding|funds|money|financing|training|assistance|aid|backing|drones|missiles|equipment|ammunition';
/** "Hezbollah, which receives weapons and funding from Iran's IRGC"; "the militia gets money from X". */
const RECEIVES = pattern(
  `(?<x>{E}){Q}{APPOS}(?:,? (?:which|who|that) | )(?:(?:has|have|had|also|reportedly|long|still) )*(?<v>receives|received|receiving|gets|got|getting|obtains|obtained) (?:[\\w-]+ ){0,3}?(?:${AID})(?:,? and (?:[\\w-]+ ){0,2}?(?:${AID}))* from (?:the )?(?<by>{L})`,
);
const IN_SUPPORT = pattern(`(?<by>{E})(?:(?! but | while | whereas )[^⟦.;]){0,60}?\\b(?<v>in support of) (?:the )?(?<x>{L})`);
/** "to work hand in hand with the AU to support the people and Government of Somalia". */
const TO_SUPPORT = pattern(
  `(?<by>{E})[^⟦.;]{0,60}?\\bto (?<v>support|back|assist|aid|help|arm|fund) (?:the )?(?:[a-z]+ (?:and|of) (?:the )?)?(?<x>{L})`,
);
// an accusation ("accused X of sending weapons to Y") is reported as a support; a denial or a warning is not
const ACCUSED = /\b(?:for|against|denies|denied|deny|without|about|over)\s+$/;
const WITH_BEFORE = /\bwith (?:the )?(?:⟦\d+⟧(?:,| and|, and) (?:the )?)*$/;
/** "designated for enabling Wagner Group security operations"; "sanctioned for supporting Hezbollah". */
const ENABLING = pattern(
  `(?<by>{L}) (?:is|are|was|were|has been|have been|had been) (?:(?:being|also|previously) )*(?:designated|sanctioned|listed)[^⟦;]{0,80}? for (?:materially )?(?<v>enabling|supporting|assisting|financing|funding|helping|aiding|sponsoring|arming|providing (?:[\\w-]+ ){0,2}?support (?:to|for)) (?:the )?(?<x>{E})`,
);

/** Every support a sentence states. */
export function extractSupports(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const run = (rx: RegExp, rule: string, confidence: number, verbal: boolean): void => {
    for (const m of view.masked.matchAll(rx)) {
      const v = groupStart(m, 'v');
      if (verbal && deniedOrHypothetical(view.masked, v, rx === TO_SUPPORT ? 4 : 8)) continue;
      // "sanctions on Iran for supplying drones", "warned China against providing weapons": a charge, not a fact
      // (a designation's stated grounds, "designated for enabling X", are the designator's finding and stay)
      if (rx !== ENABLING && ACCUSED.test(view.masked.slice(0, v)) && /ing$/.test(m.groups?.['v'] ?? '')) continue;
      // in "A works with B and C to support D" the supporter is A, not the partners named last
      if (rx === TO_SUPPORT && WITH_BEFORE.test(view.masked.slice(0, m.index))) continue;
      const g = m.groups ?? {};
      const supporters = entitiesOf(ctx, view, g['by'], groupStart(m, 'by'), isBody);
      const supported = entitiesOf(ctx, view, g['x'], groupStart(m, 'x'), isActor);
      const when = sinceTime(ctx.doc, view, m);
      for (const supporter of supporters) {
        for (const s of supported) {
          if (s !== supporter) out.push(candidate('support', { supporter, supported: s }, m, rule, confidence, when ? { when } : {}));
        }
      }
    }
  };
  run(COMPOUND, 'support:compound', 0.85, false);
  run(PASSIVE, 'support:passive', 0.85, true);
  run(NOMINAL, 'support:nominal', 0.8, true);
  run(PROVIDES, 'support:provides', 0.75, true);
  run(ACTIVE, 'support:active', 0.75, true);
  run(PROVIDES_WITH, 'support:provides-with', 0.75, true);
  run(IN_SUPPORT, 'support:in-support-of', 0.6, false);
  run(RELIES_ON, 'support:relies-on', 0.65, true);
  run(RECEIVES, 'support:receives', 0.7, true);
  run(TO_SUPPORT, 'support:to-support', 0.55, true);
  run(ENABLING, 'support:enabling', 0.6, false);
  return out;
}
