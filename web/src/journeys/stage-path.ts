import { STAGES, type JourneyTrack, type Stage } from './journeys-api';

const commonStages: Stage[] = ['applied', 'selected', 'in_training', 'certified'];
const awayStages: Stage[] = STAGES.filter((s) => s !== 'employed_home');

/** The stages a journey of this track passes through, in order (only the common ones before). */
export function stagesOfTrack(track: JourneyTrack | null): Stage[] {
  if (track === 'home') return [...commonStages, 'employed_home'];
  if (track === 'away') return awayStages;
  return commonStages;
}

/** Where a stage stands against the journey's current one: done, current or ahead. */
export function stageStatus(
  track: JourneyTrack | null,
  current: Stage,
  stage: Stage,
): 'done' | 'current' | 'ahead' {
  const path = stagesOfTrack(track);
  const here = path.indexOf(current);
  const there = path.indexOf(stage);
  if (there === here) return 'current';
  return there < here ? 'done' : 'ahead';
}
