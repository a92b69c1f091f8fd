import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesDir } from '../../bench/extraction.bench.js';

const SETS = [
  'decorte_tech_validation_annotations.csv',
  'decorte_house_validation_annotations.csv',
  'decorte_tech_test_annotations.csv',
];

describe('the extraction bench samples', () => {
  it('are found in the repository itself, wherever it is checked out', () => {
    const folder = path.join(samplesDir({}), 'esco-skill-labels');
    for (const file of SETS) expect(fs.existsSync(path.join(folder, file)), file).toBe(true);
    expect(fs.readFileSync(path.join(folder, 'README.md'), 'utf8')).toMatch(/Decorte/);
  });

  it('come from SAMPLES_DIR when it is set', () => {
    expect(samplesDir({ SAMPLES_DIR: '/elsewhere/samples' })).toBe('/elsewhere/samples');
  });
});
