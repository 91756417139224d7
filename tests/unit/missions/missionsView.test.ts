import { describe, expect, test } from 'vitest';
import { missionParam, type ParamContext } from '../../../src/state/params.ts';
import { parseView, serializeView } from '../../../src/state/viewState.ts';
import { missionsSpec, resolveMissionMonth } from '../../../src/features/missions/missionsView.ts';

const context = (): ParamContext => ({
  countries: new Set(['BGD']),
  months: ['2023-01', '2023-02', '2023-03', '2023-04'],
  missions: ['MINUSCA', 'UNMISS', 'UNAVEM II', 'OSESyria'],
});

const parse = (query: string) => parseView(missionsSpec, new URLSearchParams(query), context());

describe('the mission parameter', () => {
  test('reads a listed acronym in any case and keeps the dataset’s spelling', () => {
    const codec = missionParam();
    expect(codec.parse('MINUSCA', context())).toEqual({ kind: 'valid', value: 'MINUSCA' });
    expect(codec.parse('unmiss', context())).toEqual({ kind: 'valid', value: 'UNMISS' });
    expect(codec.parse('unavem ii', context())).toEqual({ kind: 'valid', value: 'UNAVEM II' });
    expect(codec.parse('OSESYRIA', context())).toEqual({ kind: 'valid', value: 'OSESyria' });
  });

  test('an unknown acronym is invalid and says it is not in the dataset', () => {
    expect(missionParam().parse('MINUSTAH', context())).toEqual({
      kind: 'invalid',
      reason: '“MINUSTAH” is not a mission in this dataset',
    });
  });

  test('hostile values are refused with a short, printable reason', () => {
    const codec = missionParam();
    for (const raw of [
      '<script>alert(1)</script>',
      '../../etc',
      'MINUSCA\u202E',
      '__proto__',
      'A'.repeat(300),
      '1UN',
      '',
    ]) {
      const parsed = codec.parse(raw, context());
      expect(parsed.kind).toBe('invalid');
      if (parsed.kind === 'invalid') {
        expect(parsed.reason).toMatch(/is not a mission acronym/);
        expect(parsed.reason.length).toBeLessThan(110);
        expect(parsed.reason).not.toMatch(/[\u202A-\u202E]/);
      }
    }
  });

  test('a context without missions accepts none', () => {
    expect(missionParam().parse('MINUSCA', { countries: new Set(), months: [] }).kind).toBe('invalid');
  });
});

describe('the missions view in the URL', () => {
  test('a bare link shows MINUSCA in its latest month, and writes nothing', () => {
    const { view, notices } = parse('');
    expect(view).toEqual({ mission: 'MINUSCA', month: null });
    expect(notices).toEqual([]);
    expect(serializeView(missionsSpec, view, context()).toString()).toBe('');
    expect(serializeView(missionsSpec, view, context(), { isPinned: true }).toString()).toBe('');
  });

  test('the issue’s link reads as written and round-trips', () => {
    const { view, notices } = parse('mission=UNMISS&month=2023-03');
    expect(view).toEqual({ mission: 'UNMISS', month: '2023-03' });
    expect(notices).toEqual([]);
    const again = serializeView(missionsSpec, view, context());
    expect(again.toString()).toBe('mission=UNMISS&month=2023-03&v=1');
    expect(parseView(missionsSpec, again, context()).view).toEqual(view);
  });

  test('an unknown mission or a month outside the data falls back with a notice in words', () => {
    const { view, notices } = parse('mission=NOPE&month=1989-01');
    expect(view).toEqual({ mission: 'MINUSCA', month: null });
    expect(notices.map((n) => n.message)).toEqual([
      'Ignored the mission: “NOPE” is not a mission in this dataset. Showing the default instead.',
      'Ignored the month: 1989-01 is outside the data (2023-01 to 2023-04). Showing the default instead.',
    ]);
  });
});

describe('the month a mission page shows', () => {
  const months = ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30'];
  const label = (i: number) => months[i] ?? '?';

  test('no month asked: the mission’s own latest month with contributors', () => {
    expect(resolveMissionMonth(months, [true, true, false, false], null, { mission: 'M', label })).toEqual({
      kind: 'latest',
      month: 1,
    });
  });

  test('a month with contributors is shown as asked', () => {
    expect(
      resolveMissionMonth(months, [true, true, false, true], '2023-02', { mission: 'M', label }),
    ).toEqual({
      kind: 'chosen',
      month: 1,
    });
  });

  test('a month without contributors (a gap, no mission detail, after the mission) falls back and says why', () => {
    const choice = resolveMissionMonth(months, [true, true, false, false], '2023-03', {
      mission: 'MINUSMA',
      label,
    });
    expect(choice).toEqual({
      kind: 'fallback',
      month: 1,
      reason: 'MINUSMA has no contributors by mission in 2023-03-31; showing its latest month, 2023-02-28',
    });
  });

  test('a mission with no month at all says so', () => {
    expect(
      resolveMissionMonth(months, [false, false, false, false], null, { mission: 'M', label }).kind,
    ).toBe('none');
  });
});
