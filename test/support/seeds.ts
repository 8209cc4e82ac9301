import * as fs from 'fs';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const seedsDir = path.join(repoRoot, 'seeds');

export const SEEDS = {
  gaza: 'oic-gaza-communique-2009-01-03.communique',
  geneva: 'un-oic-general-meeting-geneva-2008-final-document.communique',
  resolution: 'ga-resolution-63-114.resolution',
  mission: 'oic-observer-mission-new-york.txt',
} as const;

export type SeedName = keyof typeof SEEDS;

export function seedPath(name: SeedName): string {
  return path.join(seedsDir, SEEDS[name]);
}

export function readSeed(name: SeedName): string {
  return fs.readFileSync(seedPath(name), 'utf8');
}
