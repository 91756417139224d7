// Text built as plain strings (the claims' answers, chart descriptions) with every acronym of a mission
// the missions view can show turned into a MissionLink, so an acronym anywhere opens its mission.
import { Fragment } from 'react';
import { MissionLink } from './MissionLink.tsx';

/** A piece of text, or a mission acronym found in it. */
export type MissionTextPart = string | { acronym: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text cut around every whole-word, case-exact occurrence of one of `acronyms` ("UNMIS" is not
 * found inside "UNMISS"; the longest acronym wins where two could match).
 */
export function splitMissionAcronyms(text: string, acronyms: readonly string[]): MissionTextPart[] {
  const wanted = [...new Set(acronyms.filter((a) => a !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [text];
  const pattern = new RegExp(`(?<![A-Za-z0-9])(${wanted.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`, 'g');
  const parts: MissionTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    parts.push({ acronym: match[0] });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Text with every acronym of `missions` as a MissionLink (the full name as its tooltip). */
export function MissionLinkedText({
  text,
  missions,
}: {
  text: string;
  missions: readonly { acronym: string; name?: string }[];
}) {
  const names = new Map(missions.map((m) => [m.acronym, m.name]));
  return (
    <>
      {splitMissionAcronyms(
        text,
        missions.map((m) => m.acronym),
      ).map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <MissionLink key={i} acronym={part.acronym} name={names.get(part.acronym)} />
        ),
      )}
    </>
  );
}
