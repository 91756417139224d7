// JSON.parse keeps the last of two equal keys in an object and says nothing, so a file with
// {"BGD": …, "BGD": …} would be drawn from whichever came last. This walks the text once (the
// structure only: numbers and strings are skipped by native searches) and names the first key that
// an object repeats, with the path to that object.

const STRUCTURE = /["{}[\],:]/g;

/** The first repeated key, as "countries.BGD" (the object's path, then the key), or null. */
export function findDuplicateKey(text: string): string | null {
  // One frame per open object or array: an object's keys so far, the key being read, the path.
  interface Frame {
    keys: Set<string> | null;
    path: string;
    pendingKey: string | null;
    isExpectingKey: boolean;
    index: number;
  }
  const stack: Frame[] = [];
  STRUCTURE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = STRUCTURE.exec(text)) !== null) {
    const char = match[0];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const start = match.index + 1;
      const end = closingQuote(text, start);
      if (end < 0) return null; // not JSON: the parser reports it
      STRUCTURE.lastIndex = end + 1;
      if (top?.keys && top.isExpectingKey) {
        const raw = text.slice(start, end);
        const key = raw.includes('\\') ? unescape(raw) : raw;
        if (top.keys.has(key)) return top.path ? `${top.path}.${key}` : key;
        top.keys.add(key);
        top.pendingKey = key;
        top.isExpectingKey = false;
      }
    } else if (char === '{' || char === '[') {
      const path = childPath(top);
      stack.push({
        keys: char === '{' ? new Set() : null,
        path,
        pendingKey: null,
        isExpectingKey: true,
        index: 0,
      });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.keys) top.isExpectingKey = true;
      else top.index++;
    }
  }
  return null;
}

function childPath(
  parent: { keys: Set<string> | null; path: string; pendingKey: string | null; index: number } | undefined,
): string {
  if (!parent) return '';
  const step = parent.keys ? (parent.pendingKey ?? '') : String(parent.index);
  return parent.path ? `${parent.path}.${step}` : step;
}

/** Index of the quote that ends the string starting at `from`, skipping escaped quotes; -1 if none. */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at >= 0) {
    let backslashes = 0;
    for (let i = at - 1; i >= from && text.charCodeAt(i) === 92; i--) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

function unescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
