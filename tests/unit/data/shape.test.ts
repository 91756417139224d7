// The shape checks every data file and playlist goes through (src/data/shape.ts).
import { describe, expect, it } from 'vitest';
import * as z from '../../../src/data/shape.ts';

const count = z.number().check(z.int(), z.nonnegative());
const row = z.object({
  iso3: z.string().check(z.regex(/^[A-Z]{3}$/)),
  total: z.array(z.nullable(count)),
  note: z.optional(z.string()),
});

function firstIssue(schema: z.Schema<unknown>, value: unknown) {
  const result = z.safeParse(schema, value);
  return result.success ? null : result.error.issues[0];
}

describe('shape checks', () => {
  it('reads a valid value and keeps only the declared fields', () => {
    const result = z.safeParse(row, { iso3: 'BGD', total: [1, null, 3], extra: 'dropped' });
    expect(result).toEqual({ success: true, data: { iso3: 'BGD', total: [1, null, 3] } });
  });

  it('leaves an absent optional field absent and reads a present one', () => {
    expect(z.safeParse(row, { iso3: 'BGD', total: [] })).toEqual({
      success: true,
      data: { iso3: 'BGD', total: [] },
    });
    expect(z.safeParse(row, { iso3: 'BGD', total: [], note: 'n' })).toMatchObject({ data: { note: 'n' } });
  });

  it('names the path and the expected type of the first bad value', () => {
    expect(firstIssue(row, { iso3: 'BGD', total: [1, 'x'] })).toEqual({
      code: 'invalid_type',
      path: ['total', 1],
      expected: 'number',
    });
  });

  it('says what a missing required field should have been', () => {
    expect(firstIssue(row, { iso3: 'BGD' })).toEqual({
      code: 'invalid_type',
      path: ['total'],
      expected: 'array',
    });
  });

  it('runs checks in order: integers, ranges, patterns and lengths', () => {
    expect(firstIssue(count, 1.5)).toMatchObject({ code: 'invalid_type', expected: 'int' });
    expect(firstIssue(count, -1)).toMatchObject({ code: 'too_small', minimum: 0 });
    expect(firstIssue(row, { iso3: 'bgd', total: [] })).toMatchObject({
      code: 'invalid_format',
      path: ['iso3'],
    });
    expect(firstIssue(z.array(count).check(z.maxLength(2)), [1, 2, 3])).toMatchObject({
      code: 'too_big',
      maximum: 2,
    });
    expect(firstIssue(z.string().check(z.minLength(1)), '')).toMatchObject({ code: 'too_small', minimum: 1 });
    expect(firstIssue(z.string().check(z.refine((s) => s.startsWith('/'))), 'x')).toMatchObject({
      code: 'custom',
    });
  });

  it('calls a whole number beyond what a double holds exactly too big, not a count', () => {
    expect(firstIssue(count, 1e300)).toMatchObject({ code: 'too_big', origin: 'number' });
  });

  it('refuses NaN and Infinity as numbers', () => {
    expect(firstIssue(z.number(), Number.NaN)).toMatchObject({ code: 'invalid_type' });
    expect(firstIssue(z.number(), Number.POSITIVE_INFINITY)).toMatchObject({ code: 'invalid_type' });
  });

  it('stores a record key "__proto__" as a key, never as a prototype', () => {
    const json = JSON.parse('{"__proto__": true, "BGD": true}') as unknown;
    const result = z.safeParse(z.record(z.string(), z.boolean().check()), json);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(Object.hasOwn(result.data, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('checks record keys against their own schema', () => {
    expect(firstIssue(z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), count), { bgd: 1 })).toMatchObject({
      code: 'invalid_format',
      path: ['bgd'],
    });
  });

  it('picks the option of a discriminated union by its tag, and says when no option has it', () => {
    const month = z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), file: z.string() }),
      z.object({ status: z.literal('gap'), reason: z.string() }),
    ]);
    expect(z.safeParse(month, { status: 'gap', reason: 'no report' })).toEqual({
      success: true,
      data: { status: 'gap', reason: 'no report' },
    });
    expect(firstIssue(month, { status: 'ok' })).toMatchObject({ code: 'invalid_type', path: ['file'] });
    expect(firstIssue(month, { status: 'late' })).toMatchObject({ code: 'invalid_value', path: ['status'] });
  });

  it('accepts only the listed values of an enum or a literal', () => {
    expect(z.safeParse(z.enum(['M', 'F']), 'F')).toEqual({ success: true, data: 'F' });
    expect(firstIssue(z.enum(['M', 'F']), 'X')).toEqual({
      code: 'invalid_value',
      path: [],
      values: ['M', 'F'],
    });
    expect(firstIssue(z.literal(1), 2)).toEqual({ code: 'invalid_value', path: [], values: [1] });
  });
});
