// What a reader is told about a damaged data file never carries the validator's internal codes.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countryCellsSchema, manifestSchema, parseChunk } from '../../../src/data/schema.ts';
import { findDuplicateKey } from '../../../src/data/duplicateKeys.ts';

const real = (file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8')) as Record<
    string,
    unknown
  >;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the damaged file was accepted');
}

describe('messages about a damaged file', () => {
  test('a count too large for an integer says so, without the code too_big', () => {
    const cells = real('countries/BGD.json');
    (cells.total as number[])[0] = 1e300;
    const message = messageOf(() => parseChunk(countryCellsSchema, 'countries/BGD.json', cells));
    expect(message).toMatch(/^The data file countries\/BGD\.json is damaged: total\.0 is too large/);
    expect(message).not.toMatch(/too_big|invalid_|_/);
  });

  test('a shape the reader has no word for is "not valid", never the validator’s code', () => {
    const manifest = real('manifest.json');
    manifest.personnelTypes = ['troops', 'generals'];
    const message = messageOf(() => parseChunk(manifestSchema, 'manifest.json', manifest));
    expect(message).toContain('manifest.json is damaged: personnelTypes.1');
    expect(message).not.toMatch(/invalid_value|too_big|custom/);
  });
});

describe('duplicate keys', () => {
  test('are found at any depth, with the path to them', () => {
    expect(findDuplicateKey('{"a":{"b":1,"b":2}}')).toBe('a.b');
    expect(findDuplicateKey('{"a":[{"x":1},{"x":2,"y":"\\"x\\"","x":3}]}')).toBe('a.1.x');
  });

  test('are not confused by keys inside strings, and are found when written with escapes', () => {
    expect(findDuplicateKey('{"a":"{\\"b\\":1,\\"b\\":2}"}')).toBeNull();
    expect(findDuplicateKey('{"k":1,"\\u006b":2}')).toBe('k');
    expect(findDuplicateKey('[{"k":1},{"k":1}]')).toBeNull();
  });
});
