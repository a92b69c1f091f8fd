import { STAGES, type JourneyTrack, type Stage } from './journeys-api';

const homeStages: Stage[] = ['applied', 'selected', 'in_training', 'certified', 'employed_home'];

/** The stages a journey of this track passes through, in order. */
export function stagesOfTrack(track: JourneyTrack): Stage[] {
  return track === 'home' ? homeStages : STAGES.filter((s) => s !== 'employed_home');
}

/** Where a stage stands against the journey's current one: done, current or ahead. */
export function stageStatus(
  track: JourneyTrack,
  current: Stage,
  stage: Stage,
): 'done' | 'current' | 'ahead' {
  const path = stagesOfTrack(track);
  const here = path.indexOf(current);
  const there = path.indexOf(stage);
  if (there === here) return 'current';
  return there < here ? 'done' : 'ahead';
}
