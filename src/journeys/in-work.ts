import type { RuleViolation } from '../partnerships/rule-violation.js';
import type { InWorkKind } from './step-vocabulary.js';

/** Upskilling, a certification gained abroad, or a contract change (docs/journeys-steps.md#in-work). */
export interface InWorkDraft {
  kind: InWorkKind;
  title: string;
  on: string;
  skills: string[];
  evidence: string;
  changes: { field: string; from: string; to: string }[];
}

const ESCO_SKILL = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;

/** Skills are ESCO skill URIs with evidence; a contract change says what changed. */
export function inWorkViolations(d: InWorkDraft): RuleViolation[] {
  const code = 'inWork.invalid_record';
  const violations: RuleViolation[] = d.skills.flatMap((s, i) =>
    ESCO_SKILL.test(s) ? [] : [{ code, field: `skills.${i}`, reason: 'must be an ESCO skill URI' }],
  );
  if (d.kind === 'contract_change') {
    if (d.changes.length === 0) {
      violations.push({ code, field: 'changes', reason: 'must name at least one changed term' });
    }
    d.changes.forEach((c, i) => {
      if (c.from === c.to)
        violations.push({
          code,
          field: `changes.${i}.to`,
          reason: 'must differ from the former term',
        });
    });
  } else {
    if (d.skills.length === 0) {
      violations.push({ code, field: 'skills', reason: 'must name the skills gained' });
    }
    if (d.evidence.trim() === '') {
      violations.push({ code, field: 'evidence', reason: 'must say what proves the skills' });
    }
  }
  return violations;
}

/**
 * How records count as evidence of skills: a certification gained abroad is certified, training
 * at work is assessed (its provider attests it); the strongest per skill.
 */
export function skillEvidenceOf(records: readonly Pick<InWorkDraft, 'kind' | 'skills'>[]) {
  const best = new Map<string, 'certified' | 'assessed'>();
  for (const r of records) {
    if (r.kind === 'contract_change') continue;
    const level = r.kind === 'certification' ? 'certified' : 'assessed';
    for (const skill of r.skills) {
      if (best.get(skill) !== 'certified') best.set(skill, level);
    }
  }
  return [...best].map(([skillUri, evidence]) => ({ skillUri, evidence }));
}
