import { describe, expect, it } from 'vitest';
import { oneOrientationPerDestination, type OrientationRecord } from './credential-records.js';

const orientation = (
  orientationId: string,
  destinationCountry: string,
  shownBy: 'attendance' | 'checks',
  completedOn: string,
): OrientationRecord => ({
  kind: 'orientation_completion',
  orientationId,
  title: `Orientation ${orientationId}`,
  destinationCountry,
  hours: shownBy === 'attendance' ? 12 : null,
  completedOn,
  shownBy,
});

const of = (personUserId: string, record: OrientationRecord) => ({ personUserId, record });
const ids = (records: { record: OrientationRecord }[]) =>
  records.map((r) => r.record.orientationId);

describe('one orientation credential per person and destination', () => {
  const coordinators = of('ana', orientation('attended', 'BE', 'attendance', '2026-01-10'));
  const journeys = of('ana', orientation('checked', 'BE', 'checks', '2026-01-20'));

  it.each([
    {
      given: 'a coordinator-recorded and a journey orientation for Belgium, none issued',
      records: [coordinators, journeys],
      issued: [],
      kept: ['checked'],
    },
    {
      given: 'the same, the coordinator’s already issued',
      records: [coordinators, journeys],
      issued: ['orientation_completion:attended'],
      kept: ['attended'],
    },
    {
      given: 'two attendance records for Belgium (two sessions), none issued',
      records: [
        of('ana', orientation('later', 'BE', 'attendance', '2026-02-01')),
        of('ana', orientation('earlier', 'BE', 'attendance', '2026-01-01')),
      ],
      issued: [],
      kept: ['later', 'earlier'],
    },
    {
      given: 'two attendance records and a journey orientation for Belgium, none issued',
      records: [
        of('ana', orientation('later', 'BE', 'attendance', '2026-02-01')),
        coordinators,
        journeys,
      ],
      issued: [],
      kept: ['checked'],
    },
    {
      given: 'orientations for two destinations',
      records: [coordinators, of('ana', orientation('de', 'DE', 'checks', '2026-03-01'))],
      issued: [],
      kept: ['attended', 'de'],
    },
    {
      given: 'two people’s orientations for the same destination',
      records: [coordinators, of('ben', orientation('bens', 'BE', 'checks', '2026-03-01'))],
      issued: [],
      kept: ['attended', 'bens'],
    },
  ])('GIVEN $given THEN the records issued from are $kept', ({ records, issued, kept }) => {
    expect(ids(oneOrientationPerDestination(records, new Set(issued)))).toEqual(kept);
  });

  it('leaves records of other kinds as they are, in their order', () => {
    const training = {
      personUserId: 'ana',
      record: {
        kind: 'training_completion' as const,
        completionId: 't1',
        programmeId: 'p1',
        title: 'Bootcamp',
        completedOn: '2026-01-01',
        modules: [],
        hours: 100,
        skills: [],
        dualCertification: false,
      },
    };
    const out = oneOrientationPerDestination([training, coordinators, journeys], new Set());
    expect(out).toEqual([training, journeys]);
  });
});
