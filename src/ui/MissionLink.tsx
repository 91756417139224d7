// A mission's acronym, linking to its own view (#/missions?mission=<ACRONYM>): one component wherever
// the app names a mission, so every acronym leads to the mission seen from inside. Text built as plain
// strings (the claims' answers, chart descriptions) goes through MissionLinkedText, which links every
// acronym of a mission the missions view can show.

/** The address of a mission's view. */
export function missionHref(acronym: string): string {
  return `#/missions?mission=${encodeURIComponent(acronym)}`;
}

export function MissionLink({
  acronym,
  name,
}: {
  acronym: string;
  /** The full name, as a tooltip. */ name?: string | undefined;
}) {
  return (
    <a
      className="bh-mission-link"
      href={missionHref(acronym)}
      {...(name ? { title: `${name}: open its mission view` } : {})}
    >
      {acronym}
    </a>
  );
}
