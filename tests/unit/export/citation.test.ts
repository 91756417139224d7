import { describe, expect, test } from 'vitest';
import { citeApa, citeChicago, longDate } from '../../../src/export/citation.ts';

const input = {
  title: 'Bangladesh: fatalities per year, by type of incident',
  url: 'https://example.org/blue-helmets/#/fatalities?country=BGD&v=1',
  datasetVersion: '2025-07.00bfe9d5',
  datasetBuiltAt: '2026-11-23T01:02:32.448Z',
  accessed: new Date(2027, 0, 5),
};

describe('citations of a view', () => {
  test('APA names the chart, the dataset version, the access date and the permalink', () => {
    expect(citeApa(input)).toBe(
      'Blue Helmets. (2026). Bangladesh: fatalities per year, by type of incident [Interactive chart; dataset version 2025-07.00bfe9d5]. Retrieved January 5, 2027, from https://example.org/blue-helmets/#/fatalities?country=BGD&v=1',
    );
  });

  test('Chicago puts the title in quotes with its full stop inside', () => {
    expect(citeChicago(input)).toBe(
      'Blue Helmets. “Bangladesh: fatalities per year, by type of incident.” Interactive chart, dataset version 2025-07.00bfe9d5. Accessed January 5, 2027. https://example.org/blue-helmets/#/fatalities?country=BGD&v=1.',
    );
  });

  test('a title that ends in a question mark keeps it, and an unknown build date gives n.d.', () => {
    const asked = { ...input, title: 'Who contributes most?', datasetBuiltAt: undefined };
    expect(citeChicago(asked)).toContain('“Who contributes most?” Interactive chart');
    expect(citeApa(asked)).toMatch(/^Blue Helmets\. \(n\.d\.\)\. Who contributes most\? \[/);
  });

  test('dates are written in English whatever the browser locale', () => {
    expect(longDate(new Date(2026, 10, 23))).toBe('November 23, 2026');
    expect(longDate(new Date(2025, 1, 1))).toBe('February 1, 2025');
  });
});
