// @vitest-environment happy-dom
// The one picker (src/charts/CountryPicker.tsx) with mission options: its own matching and its words.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { CountryPicker } from '../../../src/charts/CountryPicker.tsx';
import { filterMissions, missionOption } from '../../../src/charts/missionMatch.ts';

afterEach(cleanup);

const OPTIONS = [
  missionOption(
    'MINUSCA',
    'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    ['Central African Republic'],
  ),
  missionOption('UNISFA', 'United Nations Interim Security Force for Abyei', ['Abyei (Sudan / South Sudan)']),
  missionOption('UNMISS', 'United Nations Mission in the Republic of South Sudan', ['South Sudan']),
];

function MissionPicker() {
  const [value, setValue] = useState<string | null>('MINUSCA');
  return (
    <>
      <CountryPicker
        mode="single"
        label="Mission"
        options={OPTIONS}
        filter={filterMissions}
        noun={{ one: 'mission', many: 'missions' }}
        value={value}
        onChange={setValue}
      />
      <p data-testid="value">{value ?? 'none'}</p>
    </>
  );
}

describe('the picker with mission options', () => {
  test('shows the chosen mission and finds another by its host', () => {
    render(<MissionPicker />);
    const input = screen.getByRole('combobox', { name: 'Mission' });
    expect((input as HTMLInputElement).value).toBe('MINUSCA — Central African Republic');
    fireEvent.change(input, { target: { value: 'abyei' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'UNISFA — Abyei (Sudan / South Sudan)',
    ]);
    expect(screen.getByRole('status').textContent).toBe('1 mission found');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('UNISFA');
  });

  test('says "No matching mission" when nothing matches', () => {
    render(<MissionPicker />);
    const input = screen.getByRole('combobox', { name: 'Mission' });
    fireEvent.change(input, { target: { value: 'qqq' } });
    expect(screen.getByRole('status').textContent).toBe('No matching mission');
  });
});
