import { describe, expect, it } from 'vitest';
import { attachmentViolations, sniffAttachmentType } from './grievance-attachment.js';
import { grievanceStatistics } from './grievance-statistics.js';
import { statusAfter, stepViolations, withinRetaliationWindow } from './grievance-workflow.js';
import type { GrievanceStatus, HandlerStep } from './grievance-vocabulary.js';

describe('the steps of a grievance', () => {
  it.each([
    ['filed', 'acknowledged', 'acknowledged'],
    ['acknowledged', 'information_requested', 'awaiting_information'],
    ['acknowledged', 'mediated', 'in_mediation'],
    ['in_mediation', 'resolved', 'resolved'],
    ['resolved', 'closed', 'closed'],
    ['closed', 'reopened', 'acknowledged'],
    ['in_mediation', 'disclosed', 'in_mediation'],
  ] as [GrievanceStatus, HandlerStep, GrievanceStatus][])(
    'GIVEN %s WHEN %s THEN %s',
    (from, step, to) => {
      expect(stepViolations(from, { step, note: 'a note', referTo: null })).toEqual([]);
      expect(statusAfter(from, step)).toBe(to);
    },
  );

  it.each([
    ['filed', 'resolved', 'step'],
    ['closed', 'mediated', 'step'],
    ['acknowledged', 'reopened', 'step'],
  ] as [GrievanceStatus, HandlerStep, string][])(
    'GIVEN %s WHEN %s THEN it is refused',
    (from, step, field) => {
      expect(stepViolations(from, { step, note: 'n', referTo: null }).map((p) => p.field)).toEqual([
        field,
      ]);
    },
  );

  it('GIVEN a resolution without a remedy or a referral without a body THEN the missing field is named', () => {
    expect(stepViolations('acknowledged', { step: 'resolved', note: ' ', referTo: null })).toEqual([
      expect.objectContaining({ field: 'note' }),
    ]);
    expect(stepViolations('acknowledged', { step: 'referred', note: null, referTo: null })).toEqual(
      [expect.objectContaining({ field: 'referTo' })],
    );
  });

  it.each([
    ['2026-01-31T00:00:00Z', '2026-07-31T00:00:00Z', true],
    ['2026-01-31T00:00:00Z', '2026-08-01T00:00:00Z', false],
    ['2026-01-31T00:00:00Z', '2026-01-30T00:00:00Z', false],
  ])(
    'GIVEN a grievance on %s WHEN the person exits on %s THEN linked = %s',
    (filed, exit, linked) => {
      expect(withinRetaliationWindow(new Date(filed), new Date(exit))).toBe(linked);
    },
  );
});

describe('attachments are checked by content', () => {
  const pdf = Buffer.from('%PDF-1.7\n...');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]);
  it('GIVEN files THEN their real type is found whatever their name', () => {
    expect([pdf, png, jpeg, Buffer.from('MZ executable')].map(sniffAttachmentType)).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
      null,
    ]);
    const problems = attachmentViolations([
      { name: 'ok.pdf', content: pdf },
      { name: 'virus.pdf', content: Buffer.from('MZ') },
      { name: 'big.png', content: Buffer.concat([png, Buffer.alloc(1_000_000)]) },
      { name: 'empty.jpg', content: Buffer.alloc(0) },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'attachments',
      'attachments.1.content',
      'attachments.2.content',
      'attachments.3.content',
    ]);
  });
});

describe('representatives’ statistics', () => {
  it('GIVEN a few cases THEN every count under 5, zero included, is suppressed', () => {
    const rows = [
      ...Array.from({ length: 6 }, () => ({
        country: 'BE',
        topic: 'wages' as const,
        status: 'filed' as const,
        retaliationFlagged: false,
      })),
      {
        country: 'MA',
        topic: 'training' as const,
        status: 'closed' as const,
        retaliationFlagged: true,
      },
    ];
    const stats = grievanceStatistics(rows, ['MA', 'BE']);
    expect(stats.total).toBe(7);
    expect(stats.byTopic.find((r) => r.topic === 'wages')?.count).toBe(6);
    expect(stats.byTopic.find((r) => r.topic === 'training')?.count).toBeNull();
    expect(stats.byTopic.find((r) => r.topic === 'other')?.count).toBeNull();
    expect(stats.byCountry).toEqual([
      { country: 'BE', count: 6 },
      { country: 'MA', count: null },
    ]);
    expect(stats.retaliationFlags).toBeNull();
  });
});
