import { describe, expect, test } from 'vitest';
import { expectRoundTrip, fixtureContext, generateViews, isViewSpec } from './viewRoundTrip.ts';
import { serializeView } from '../../../src/state/viewState.ts';

// Every view spec in the project, found by file name, so a new view is covered without editing this test.
const modules = import.meta.glob<Record<string, unknown>>('../../../src/features/*/*View.ts', {
  eager: true,
});

const specs = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => isViewSpec(value))
    .map(([name, spec]) => ({
      id: `${file.replace(/^.*features\//, '')} ${name}`,
      spec: spec as Parameters<typeof expectRoundTrip>[0],
    })),
);

describe('every view spec survives the URL', () => {
  test('the view specs are found (overview, fatalities, deployments, women … each a *View.ts)', () => {
    expect(specs.length).toBeGreaterThanOrEqual(3);
    expect(specs.map((s) => s.id).join(' ')).toContain('overviewSpec');
  });

  test.each(specs.map((s) => [s.id, s.spec] as const))(
    '%s: parse(serialize(view)) equals the view, plain and pinned',
    (_id, spec) => {
      const report = expectRoundTrip(spec);
      expect(report.views).toBeGreaterThan(1);
      // Every parameter was moved off its default at least once (its codec offers samples).
      expect(report.untested).toEqual([]);
    },
  );
});

describe('the round-trip helper itself', () => {
  test('a spec with a fallback that follows the data writes it out when pinned, not otherwise', () => {
    const spec = fatalMonthSpec();
    const context = fixtureContext();
    const [defaults] = generateViews(spec, context);
    expect(serializeView(spec, defaults!, context).toString()).toBe('');
    expect(serializeView(spec, defaults!, context, { isPinned: true }).toString()).toBe('month=2025-07&v=1');
  });

  test('a codec whose parse disagrees with its serialize is caught', () => {
    const spec = fatalMonthSpec();
    const broken = {
      ...spec,
      month: { ...spec.month, codec: { ...spec.month.codec, serialize: (v: string) => v.replace('-', '/') } },
    };
    expect(() => expectRoundTrip(broken)).toThrow();
  });
});

function fatalMonthSpec() {
  return {
    month: {
      codec: {
        parse: (raw: string, c: { months: readonly string[] }) =>
          c.months.includes(raw)
            ? ({ kind: 'valid', value: raw } as const)
            : ({ kind: 'invalid', reason: 'no' } as const),
        serialize: (v: string) => v,
        equals: (a: string, b: string) => a === b,
        samples: (c: { months: readonly string[] }) => [c.months[0] ?? '', c.months[10] ?? ''],
      },
      fallback: (c: { months: readonly string[] }) => c.months[c.months.length - 1] ?? '',
      label: 'month',
    },
  };
}
