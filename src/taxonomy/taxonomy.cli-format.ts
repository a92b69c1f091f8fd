import { conceptId } from './esco-uri.js';
import type { SearchHit } from './taxonomy-index.js';
import type { OccupationRefView, OccupationView, SkillView } from './taxonomy.schemas.js';

/** Ranked search results, one line each: rank, score, type, label, matched label, code. */
export function formatSearchHits(query: string, hits: SearchHit[]): string {
  if (hits.length === 0) return `No concept matches "${query}".\n`;
  const lines = hits.map((h, i) => {
    const matched =
      h.matchedLabel === h.preferredLabel ? '' : `  (matched ${h.matchedKind}: ${h.matchedLabel})`;
    const code = h.code ?? h.skillType ?? '';
    return `${String(i + 1).padStart(3)}  ${h.score.toFixed(3)}  ${h.type.padEnd(10)}  ${h.preferredLabel}${matched}  ${code}  ${conceptId(h.uri)}`;
  });
  return lines.join('\n') + '\n';
}

const refLine = (o: OccupationRefView) => `    ${o.code.padEnd(12)} ${o.preferredLabel}  ${o.id}`;

/** An occupation page as text. */
export function formatOccupation(o: OccupationView): string {
  const lines = [
    `${o.preferredLabel}  (ESCO ${o.code}, ISCO ${o.iscoCode})`,
    o.uri,
    `ISCO: ${o.iscoPath.map((p) => `${p.code} ${p.title}`).join(' › ')}`,
    '',
    o.description,
  ];
  if (o.altLabels.length) lines.push('', `Also called: ${o.altLabels.join('; ')}`);
  if (o.regulatedProfessionNote)
    lines.push('', `Regulated profession: ${o.regulatedProfessionNote}`);
  const skills = (title: string, list: OccupationView['essentialSkills']) => {
    lines.push('', `${title} (${list.length}):`);
    for (const s of list) lines.push(`    ${s.skillType.padEnd(16)} ${s.preferredLabel}`);
  };
  skills('Essential skills', o.essentialSkills);
  skills('Optional skills', o.optionalSkills);
  if (o.broader.length) lines.push('', 'Broader:', ...o.broader.map(refLine));
  if (o.narrower.length) lines.push('', 'Narrower:', ...o.narrower.map(refLine));
  return lines.join('\n') + '\n';
}

/** A skill page as text. */
export function formatSkill(s: SkillView): string {
  const lines = [
    `${s.preferredLabel}  (${s.skillType || 'no type'}, ${s.reuseLevel || 'no reuse level'})`,
    s.uri,
    '',
    s.description,
  ];
  if (s.altLabels.length) lines.push('', `Also called: ${s.altLabels.join('; ')}`);
  if (s.broader.length)
    lines.push('', `Broader: ${s.broader.map((b) => b.preferredLabel).join('; ')}`);
  if (s.collections.length) lines.push(`Collections: ${s.collections.join(', ')}`);
  lines.push('', `Essential for (${s.essentialFor.length}):`, ...s.essentialFor.map(refLine));
  lines.push('', `Optional for (${s.optionalFor.length}):`, ...s.optionalFor.map(refLine));
  return lines.join('\n') + '\n';
}
