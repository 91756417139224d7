/**
 * Makes server-rendered chart markup stable for golden files: numbers rounded to one decimal, React's
 * generated ids renamed in order of appearance, one element per line for readable diffs.
 */
export function normaliseSvg(markup: string): string {
  // React's useId tokens (`_R_1_`, `«r1»`, `:r1:`) appear inside longer ids like `_R_1_-title`.
  const tokens = new Map<string, string>();
  let out = markup.replace(/_[Rr]_[0-9a-zA-Z]+_|«[^»]+»|:r[0-9a-z]+:/g, (token) => {
    let replacement = tokens.get(token);
    if (replacement === undefined) {
      replacement = `id${tokens.size + 1}`;
      tokens.set(token, replacement);
    }
    return replacement;
  });
  out = out.replace(/-?\d+\.\d+/g, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
  return `${out.replace(/></g, '>\n<')}\n`;
}

/** Just the <svg> element of a composed chart (dropping its HTML wrapper), so the golden file opens as an image. */
export function extractSvg(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  return start >= 0 && end > start ? markup.slice(start, end + '</svg>'.length) : markup;
}
