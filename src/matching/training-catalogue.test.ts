import { describe, expect, it } from 'vitest';
import type { TrainingModule } from '../recognition/training-module.js';
import { languageCourses } from './language-courses.js';
import type { LanguageFit } from './score-factors.js';
import { TrainingCatalogue } from './training-catalogue.js';

const FRENCH = 'skill:french';
const WRITE_FRENCH = 'skill:write-french';
const WELD = 'skill:weld';
const labels: Record<string, string> = {
  [FRENCH]: 'French',
  [WRITE_FRENCH]: 'write French',
  [WELD]: 'weld metal',
};
const labelOf = (uri: string) => labels[uri];
const taxonomy = { name: 'labels' };

const module = (id: string, cost: number, country: string | undefined, skills: string[]) =>
  ({
    id,
    title: `Title ${id}`,
    provider: 'p',
    ...(country ? { country } : {}),
    cost,
    hours: 10,
    skills,
  }) satisfies TrainingModule;

const modules = [
  module('fr-online', 300, undefined, [FRENCH]),
  module('fr-be', 100, 'BE', [WRITE_FRENCH]),
  module('fr-ma', 200, 'MA', [FRENCH, WELD]),
  module('fr-de', 50, 'DE', [FRENCH]),
  module('weld-be', 400, 'BE', [WELD]),
];
const gap: LanguageFit = { tag: 'fr', skill: null, required: 4, held: 2 };

describe('training catalogue: the modules a person can reach, prepared once', () => {
  const catalogue = new TrainingCatalogue(modules);

  it('GIVEN a person in MA and an opening in BE THEN they reach modules at home, there and online, in catalogue order', () => {
    expect(catalogue.reachableFor('MA', 'BE').modules.map((m) => m.id)).toEqual([
      'fr-online',
      'fr-be',
      'fr-ma',
      'weld-be',
    ]);
  });

  it('GIVEN the same pair twice THEN the prepared modules are reused', () => {
    expect(catalogue.reachableFor('MA', 'BE')).toBe(catalogue.reachableFor('MA', 'BE'));
    expect(catalogue.reachableFor('BE', 'MA')).not.toBe(catalogue.reachableFor('MA', 'BE'));
  });

  it('GIVEN a language gap THEN the courses are those the plain search finds among the reachable modules', () => {
    for (const [home, there] of [
      ['MA', 'BE'],
      ['DE', 'BE'],
      ['MA', 'MA'],
    ] as const) {
      const reachable = catalogue.reachableFor(home, there);
      for (const limit of [1, 2, 3])
        expect(reachable.teaching('fr', taxonomy, labelOf).slice(0, limit)).toEqual(
          languageCourses([gap], reachable.modules, labelOf, limit)[0]!.modules,
        );
    }
    expect(
      catalogue
        .reachableFor('DE', 'BE')
        .teaching('fr', taxonomy, labelOf)
        .map((m) => m.id),
    ).toEqual(['fr-de', 'fr-be', 'fr-online']);
  });

  it('GIVEN modules sharing an id THEN titles by id keep the last, as a map built from the list would', () => {
    const titled = new TrainingCatalogue([...modules, { ...modules[0]!, title: 'Renamed' }]);
    expect(titled.titlesById().get('fr-online')).toBe('Renamed');
    expect(titled.titlesById().get('weld-be')).toBe('Title weld-be');
  });
});
