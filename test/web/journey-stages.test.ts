import { describe, expect, it } from 'vitest';
import { STAGE_INFO, STAGES } from '../../src/journeys/stages.js';
import { stagesOfTrack, stageStatus } from '../../web/src/journeys/stage-path.js';

// The journey page lists the stages of the person's track; they must be the server's, in order.
describe('the stages the journey page lists for a track', () => {
  it.each([
    ['away', 'away'],
    ['home', 'home'],
  ] as const)(
    'GIVEN the %s track THEN they are the common stages then the server’s %s stages',
    (track, side) => {
      expect(stagesOfTrack(track)).toEqual(
        STAGES.filter((s) => STAGE_INFO[s].track === 'common' || STAGE_INFO[s].track === side),
      );
    },
  );

  it('GIVEN no track chosen yet THEN only the common stages', () => {
    expect(stagesOfTrack(null)).toEqual(STAGES.filter((s) => STAGE_INFO[s].track === 'common'));
  });

  it.each([
    ['away', 'arrived', 'departed', 'done'],
    ['away', 'arrived', 'arrived', 'current'],
    ['away', 'arrived', 'returned', 'ahead'],
    ['home', 'certified', 'employed_home', 'ahead'],
    ['home', 'employed_home', 'selected', 'done'],
  ] as const)('GIVEN the %s track at %s THEN %s is %s', (track, current, stage, status) => {
    expect(stageStatus(track, current, stage)).toBe(status);
  });
});
