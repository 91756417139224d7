// Reads the JSON reports of vitest and Playwright and prints the plain total as the last line.
// A step that failed outside the test runners (type-check, budgets, data check) counts as one failure.
import { readFileSync, existsSync } from 'node:fs';

const [stepFailuresArg = '0', ...failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = Number(stepFailuresArg);

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
} else {
  console.log('no vitest report found');
}

const playwright = readJson('reports/playwright.json');
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
} else {
  console.log('no playwright report found');
}

if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
