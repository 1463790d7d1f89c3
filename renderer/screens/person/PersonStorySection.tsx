import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { STORY_KINDS, type StoryEntry, type StoryKind } from '../../../src/contract/schemas/timeline.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';

const ALL = 'all';
const KIND_LABEL: Record<StoryKind, string> = {
  visit: 'Visits',
  contact: 'Calls and messages',
  event: 'Life events',
  said: 'What they said',
  followUp: 'Follow-ups',
  incident: 'Incidents',
};
const PAGE = 30;

/** Where an entry of the story leads. */
function linkOf(entry: StoryEntry): string | null {
  if (entry.kind === 'visit') return paths.visitLog(entry.id);
  if (entry.kind === 'event' || entry.kind === 'said') return paths.event(entry.id);
  return entry.clientId === null ? null : paths.client(entry.clientId);
}

/**
 * Everything that happened with this person, newest first: visits they attended, calls and
 * messages, life events and what they said when asked, follow-ups and incidents naming them.
 */
export function PersonStorySection({ personId, name }: { personId: number; name: string }) {
  const format = useFormat();
  const [kind, setKind] = useState<StoryKind | typeof ALL>(ALL);
  const [limit, setLimit] = useState(PAGE);
  const story = useChannel('people:story', { id: personId, limit: limit + 1, ...(kind === ALL ? {} : { kinds: [kind] }) });
  const entries = (story.data ?? []).slice(0, limit);
  // Opened from a briefing's "Their story": bring the story into view.
  const [search] = useSearchParams();
  const anchor = useRef<HTMLDivElement>(null);
  const asked = search.has('story');
  useEffect(() => {
    if (asked && story.isSuccess) anchor.current?.scrollIntoView({ block: 'start' });
  }, [asked, story.isSuccess]);
  const when = (e: StoryEntry) => (e.precision === 'instant' ? format.instant(e.at) : format.precise({ date: e.at, precision: e.precision }));

  return (
    <Section title="Their story">
      <div ref={anchor} />
      <SelectField<StoryKind | typeof ALL>
        label="Show"
        value={kind}
        onChange={(k) => {
          setKind(k);
          setLimit(PAGE);
        }}
        choices={[{ id: ALL, label: 'Everything' }, ...STORY_KINDS.map((k) => ({ id: k, label: KIND_LABEL[k] }))]}
        className="short"
      />
      <ErrorMessage error={story.error} />
      {story.isSuccess && entries.length === 0 && <p className="muted">{kind === ALL ? `Nothing yet: visits, calls and news about ${name} will show here.` : `No ${KIND_LABEL[kind].toLowerCase()} yet.`}</p>}
      {entries.length > 0 && (
        <ol className="timeline" aria-label={`${name}'s story`}>
          {entries.map((e) => {
            const to = linkOf(e);
            return (
              <li key={`${e.kind}:${e.id}:${e.at}`} className="timeline-item">
                <p className="timeline-when">{when(e)}</p>
                <div className="timeline-body">
                  <p className="item-title">
                    {to === null ? e.title : <Link to={to}>{e.title}</Link>}
                    {e.clientName && e.kind !== 'visit' && <span className="muted"> · {e.clientName}</span>}
                  </p>
                  {e.detail && <p className="item-text clamp">{e.kind === 'said' ? `“${e.detail}”` : e.detail}</p>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {(story.data?.length ?? 0) > limit && (
        <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
          Show {PAGE} more
        </button>
      )}
    </Section>
  );
}
