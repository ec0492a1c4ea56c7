/**
 * One-sentence summaries for synthetic events, in English and Arabic, from a template per subtype filled
 * with the names of the event's agent, target and place. Lengths and wording resemble the bundled data, so
 * labels, tables and exported figures get text of a realistic size.
 */
import type { Name } from './names.ts';

/** What a summary names. */
export interface SummaryParts {
  readonly agent: Name;
  readonly target: Name;
  readonly place: Name;
}

type Template = (p: SummaryParts) => Name;

const TEMPLATES: Record<string, Template> = {
  accusation: ({ agent, target, place }) => ({
    en: `${agent.en} accuses ${target.en} of deliberately striking civilians around ${place.en}.`,
    ar: `${agent.ar} يتهم ${target.ar} باستهداف المدنيين عمداً في محيط ${place.ar}.`,
  }),
  denial: ({ agent, target }) => ({
    en: `${agent.en} denies the accusations made by ${target.en} and calls them baseless.`,
    ar: `${agent.ar} ينفي اتهامات ${target.ar} ويصفها بأنها لا أساس لها.`,
  }),
  claim: ({ agent, place }) => ({
    en: `${agent.en} says its operations near ${place.en} have destroyed militant positions.`,
    ar: `${agent.ar} يقول إن عملياته قرب ${place.ar} دمّرت مواقع للمسلحين.`,
  }),
  warning: ({ agent, target }) => ({
    en: `${agent.en} warns ${target.en} against any further escalation.`,
    ar: `${agent.ar} يحذّر ${target.ar} من أي تصعيد إضافي.`,
  }),
  announcement: ({ agent, place }) => ({
    en: `${agent.en} announces new measures concerning ${place.en}.`,
    ar: `${agent.ar} يعلن إجراءات جديدة بشأن ${place.ar}.`,
  }),
  position: ({ agent, target }) => ({
    en: `${agent.en} states that cooperation with ${target.en} depends on a political settlement.`,
    ar: `${agent.ar} يؤكد أن التعاون مع ${target.ar} مرهون بتسوية سياسية.`,
  }),
  report: ({ agent, place }) => ({
    en: `${agent.en} reports heavy fighting in ${place.en}.`,
    ar: `${agent.ar} يفيد بوقوع معارك عنيفة في ${place.ar}.`,
  }),
  strike: ({ agent, target, place }) => ({
    en: `${agent.en} strikes positions of ${target.en} in ${place.en}.`,
    ar: `${agent.ar} تقصف مواقع ${target.ar} في ${place.ar}.`,
  }),
  meeting: ({ agent, target, place }) => ({
    en: `${agent.en} and ${target.en} meet in ${place.en}.`,
    ar: `لقاء بين ${agent.ar} و${target.ar} في ${place.ar}.`,
  }),
  convoy: ({ agent, place }) => ({
    en: `A convoy of ${agent.en} leaves ${place.en}.`,
    ar: `قافلة تابعة لـ${agent.ar} تغادر ${place.ar}.`,
  }),
  attack: ({ agent, target, place }) => ({
    en: `${agent.en} attacks ${target.en} in ${place.en}.`,
    ar: `${agent.ar} يهاجم ${target.ar} في ${place.ar}.`,
  }),
  milestone: ({ agent, place }) => ({
    en: `${agent.en} reaches a turning point in the campaign for ${place.en}.`,
    ar: `${agent.ar} يحقق منعطفاً في معركة ${place.ar}.`,
  }),
};

/** The summary of an event of `type` and `subtype`. */
export function summarize(type: string, subtype: string, parts: SummaryParts): Name {
  const template = TEMPLATES[subtype] ?? TEMPLATES[type];
  if (!template) throw new Error(`no summary template for ${type}/${subtype}`);
  return template(parts);
}
