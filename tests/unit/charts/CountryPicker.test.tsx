// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryPicker } from '../../../src/charts/CountryPicker.tsx';
import type { CountryOption } from '../../../src/charts/countryMatch.ts';

afterEach(cleanup);

function makeCountries(): CountryOption[] {
  return [
    { id: 'BGD', name: 'Bangladesh' },
    { id: 'CIV', name: "Côte d'Ivoire" },
    { id: 'NPL', name: 'Nepal' },
    { id: 'IND', name: 'India' },
    { id: 'IDN', name: 'Indonesia' },
  ];
}

function Single() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <CountryPicker
        mode="single"
        label="Country"
        options={makeCountries()}
        value={value}
        onChange={setValue}
      />
      <p data-testid="value">{value ?? 'none'}</p>
    </>
  );
}

function Multi({ max }: { max: number }) {
  const [value, setValue] = useState<string[]>(['NPL']);
  return (
    <>
      <CountryPicker
        mode="multi"
        label="Compare"
        options={makeCountries()}
        value={value}
        onChange={setValue}
        max={max}
      />
      <p data-testid="value">{value.join(',')}</p>
    </>
  );
}

function optionNames(): string[] {
  return screen.queryAllByRole('option').map((o) => o.textContent ?? '');
}

describe('CountryPicker (single)', () => {
  it('is an ARIA combobox controlling a listbox', () => {
    render(<Single />);
    const input = screen.getByRole('combobox', { name: 'Country' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(document.getElementById(input.getAttribute('aria-controls') ?? '')?.getAttribute('role')).toBe(
      'listbox',
    );
  });

  it('filters as you type, accent-insensitively, and makes the first match active', () => {
    render(<Single />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'cote' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionNames()).toEqual(["Côte d'Ivoire"]);
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toBe("Côte d'Ivoire");
  });

  it('chooses with the arrow keys and Enter', () => {
    render(<Single />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'ind' } });
    expect(optionNames()).toEqual(['India', 'Indonesia']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('IDN');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('Indonesia');
  });

  it('opens with ArrowDown and closes with Escape without choosing', () => {
    render(<Single />);
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(optionNames()).toHaveLength(5);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('value').textContent).toBe('none');
  });

  it('chooses with a click', () => {
    render(<Single />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'bang' } });
    fireEvent.click(screen.getByRole('option', { name: 'Bangladesh' }));
    expect(screen.getByTestId('value').textContent).toBe('BGD');
  });
});

describe('CountryPicker (multi)', () => {
  it('adds chips, leaves chosen countries out of the list, and removes with a button', () => {
    render(<Multi max={3} />);
    const input = screen.getByRole('combobox', { name: 'Compare' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(optionNames()).not.toContain('Nepal');
    fireEvent.change(input, { target: { value: 'bang' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('NPL,BGD');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Nepal' }));
    expect(screen.getByTestId('value').textContent).toBe('BGD');
  });

  it('says so when full and adds no more', () => {
    render(<Multi max={2} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'ind' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('NPL,IND');
    const message = document.querySelector('.bh-picker-message');
    expect(message?.textContent).toBe('You can choose up to 2 countries. Remove one to add another.');
    expect(input.getAttribute('aria-describedby')).toBe(message?.id);
    fireEvent.change(input, { target: { value: 'bang' } });
    expect(optionNames()).toEqual([]);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('NPL,IND');
  });

  it('removes the last chip with Backspace in an empty input', () => {
    render(<Multi max={3} />);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Backspace' });
    expect(screen.getByTestId('value').textContent).toBe('');
  });
});

describe('CountryPicker onActiveOption', () => {
  it('reports the option Enter would choose as the reader types and moves, so its data can load early', () => {
    const seen: string[] = [];
    render(
      <CountryPicker
        mode="single"
        label="Country"
        options={makeCountries()}
        value={null}
        onChange={() => {}}
        onActiveOption={(id) => seen.push(id)}
      />,
    );
    const input = screen.getByRole('combobox', { name: 'Country' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'ind' } });
    expect(seen.at(-1)).toBe('IND');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(seen.at(-1)).toBe('IDN');
  });
});
