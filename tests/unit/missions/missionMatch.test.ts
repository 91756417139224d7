import { describe, expect, test } from 'vitest';
import {
  filterMissions,
  missionOption,
  missionOptions,
  type MissionOption,
} from '../../../src/charts/missionMatch.ts';
import { makeMission, missionManifest } from './fixtures.ts';

function makeOptions(): MissionOption[] {
  return [
    missionOption(
      'MINUSCA',
      'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
      ['Central African Republic'],
    ),
    missionOption('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', [
      'Mali',
    ]),
    missionOption(
      'MONUSCO',
      'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
      ['DR Congo'],
    ),
    missionOption('UNISFA', 'United Nations Interim Security Force for Abyei', [
      'Abyei (Sudan / South Sudan)',
      'Sudan',
      'South Sudan',
    ]),
    missionOption('UNAMID', 'African Union-United Nations Hybrid Operation in Darfur', ['Sudan']),
    missionOption('UNOCI', "United Nations Operation in Côte d'Ivoire", ["Côte d'Ivoire"]),
  ];
}

const ids = (query: string) => filterMissions(makeOptions(), query).map((o) => o.id);

describe('mission type-ahead', () => {
  test('an exact acronym comes first, then acronyms that start with the query', () => {
    expect(ids('minusma')).toEqual(['MINUSMA']);
    expect(ids('MINUS')).toEqual(['MINUSCA', 'MINUSMA']);
    expect(ids('un')[0]).toBe('UNAMID');
  });

  test('a host finds its missions: the country, a region in brackets, or a second host', () => {
    expect(ids('mali')).toEqual(['MINUSMA']);
    expect(ids('abyei')).toEqual(['UNISFA']);
    // Sudan hosts UNAMID and (with South Sudan) UNISFA; both start with the word.
    expect(ids('sudan')).toEqual(['UNAMID', 'UNISFA']);
    expect(ids('congo')).toEqual(['MONUSCO']);
  });

  test('a word of the full name finds the mission, accents and case aside', () => {
    expect(ids('darfur')).toEqual(['UNAMID']);
    expect(ids('cote')).toEqual(['UNOCI']);
    expect(ids('interim security')).toEqual(['UNISFA']);
  });

  test('a query that matches nothing gives nothing, and an empty one lists every mission by acronym', () => {
    expect(ids('zzz')).toEqual([]);
    expect(ids('  ')).toEqual(['MINUSCA', 'MINUSMA', 'MONUSCO', 'UNAMID', 'UNISFA', 'UNOCI']);
  });

  test('an option shows the acronym and the host, and keeps the full name for matching', () => {
    const option = makeOptions()[0];
    expect(option?.name).toBe('MINUSCA — Central African Republic');
  });

  test('options come from the manifest, with both hosts of a mission that spans two', () => {
    const manifest = missionManifest();
    manifest.missions.push(makeMission('MREG', { host: 'The Region', hostIso3: null }));
    const options = missionOptions(manifest);
    expect(options.map((o) => [o.id, o.name])).toEqual([
      ['MONE', 'MONE — Country AAA'],
      ['MTWO', 'MTWO — Country BBB'],
      ['MBOTH', 'MBOTH — Country AAA and Country BBB'],
      ['MREG', 'MREG — The Region'],
    ]);
    expect(options[2]?.hosts).toEqual(['Country AAA and Country BBB', 'Country AAA', 'Country BBB']);
    expect(filterMissions(options, 'country bbb').map((o) => o.id)).toEqual(['MBOTH', 'MTWO']);
  });
});
