// @vitest-environment happy-dom
// Every mission acronym in the claims' answers opens its mission view: the text is cut around the
// acronyms of the missions the view can show, and each becomes a MissionLink.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { CLAIMS } from '../../../src/features/claims/claims.ts';
import type { ClaimDataset } from '../../../src/features/claims/claimsModel.ts';
import { MissionLinkedText, splitMissionAcronyms } from '../../../src/ui/MissionLinkedText.tsx';

afterEach(cleanup);

const mission = (acronym: string, name = `Mission ${acronym}`) => ({ acronym, name });

describe('finding mission acronyms in text', () => {
  test('cuts the text around each acronym, keeping the words between', () => {
    expect(splitMissionAcronyms('MINUSCA, MONUSCO and UNMISS.', ['MINUSCA', 'MONUSCO', 'UNMISS'])).toEqual([
      { acronym: 'MINUSCA' },
      ', ',
      { acronym: 'MONUSCO' },
      ' and ',
      { acronym: 'UNMISS' },
      '.',
    ]);
  });

  test('finds whole words only: UNMIS is not found inside UNMISS, nor MONUC inside MONUSCO', () => {
    expect(splitMissionAcronyms('UNMISS 1,651', ['UNMIS', 'MONUC'])).toEqual(['UNMISS 1,651']);
    expect(splitMissionAcronyms('UNMIS and UNMISS', ['UNMIS', 'UNMISS'])).toEqual([
      { acronym: 'UNMIS' },
      ' and ',
      { acronym: 'UNMISS' },
    ]);
  });

  test('matches the acronym’s own case only and leaves text without acronyms whole', () => {
    expect(splitMissionAcronyms('Minusca is not an acronym here', ['MINUSCA'])).toEqual([
      'Minusca is not an acronym here',
    ]);
    expect(splitMissionAcronyms('', ['MINUSCA'])).toEqual([]);
    expect(splitMissionAcronyms('no missions', [])).toEqual(['no missions']);
  });

  test('draws each acronym as a link to its mission view, with the full name as its tooltip', () => {
    const { container } = render(
      <p>
        <MissionLinkedText text="MINUSCA (Central African Republic), 312" missions={[mission('MINUSCA')]} />
      </p>,
    );
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#/missions?mission=MINUSCA');
    expect(link?.getAttribute('title')).toBe('Mission MINUSCA: open its mission view');
    expect(container.textContent).toBe('MINUSCA (Central African Republic), 312');
  });
});

describe('the claims page’s answers on the bundled dataset', () => {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8'));
  const ds: ClaimDataset = {
    manifest: read('manifest.json') as ClaimDataset['manifest'],
    cells: { BTN: read('countries/BTN.json') as never },
    years: {},
  };

  test('Bhutan’s seven operations name their missions, each a link to its view', () => {
    const claim = CLAIMS.find((c) => c.id === 'btn-seven-operations');
    if (!claim) throw new Error('no claim btn-seven-operations');
    const result = claim.evaluate(ds);
    const { container } = render(<MissionLinkedText text={result.detail} missions={ds.manifest.missions} />);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('#/missions?mission=MINUSCA');
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect(href).toMatch(/^#\/missions\?mission=[A-Z]+$/);
  });
});
