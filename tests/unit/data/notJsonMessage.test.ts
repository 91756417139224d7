// What a data file that is not JSON is called: a web page, an empty file, or JSON cut short.
import { describe, expect, test } from 'vitest';
import { notJsonMessage } from '../../../src/data/readChunk.ts';

describe('a data file that is not JSON', () => {
  test('an HTML page is called a web page, whatever its content type says', () => {
    for (const body of ['<!DOCTYPE html><html>', '  \n<html lang="en">', '<!-- nginx -->']) {
      expect(notJsonMessage('totals.json', body, 'application/json')).toMatch(/sent a web page \(HTML\)/);
    }
  });

  test('text sent as text/html that does not start like JSON is a web page too', () => {
    expect(notJsonMessage('totals.json', 'Not Found', 'text/html; charset=utf-8')).toMatch(/web page/);
  });

  test('cut-short JSON is called damaged, even when the server calls it HTML', () => {
    expect(notJsonMessage('totals.json', '{"countries":{"BGD"', 'text/html')).toBe(
      'The data file totals.json is damaged: it is not complete JSON (truncated?).',
    );
  });

  test('an empty answer is called empty', () => {
    expect(notJsonMessage('totals.json', '  ', 'application/json')).toBe(
      'The data file totals.json is empty.',
    );
  });
});
