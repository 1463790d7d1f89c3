import { CalendarPlus } from 'lucide-react';
import { Link, useNavigate } from 'react-router';
import type { Briefing } from '../../../src/briefing/briefing.ts';
import { describeDay } from '../../../src/dates/phrases.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { HighlightList } from '../briefing/HighlightList.tsx';
import { useOpenKey } from './useOpenKey.ts';

/** The next planned visit and what to read first; one click or "b" opens its briefing. */
export function NextVisit({ timeZone }: { timeZone: string }) {
  const { locale } = useSettings().settings;
  const next = useChannel('briefing:next', { timeZone, locale });
  const navigate = useNavigate();
  const briefing = next.data?.briefing ?? null;
  useOpenKey(briefing ? () => void navigate(paths.briefing(briefing.visitId)) : null);

  return (
    <Section title="Next visit" className="next-visit">
      {next.isPending ? (
        <p role="status">Loading…</p>
      ) : next.isError ? (
        <ErrorMessage error={next.error} />
      ) : briefing ? (
        <NextBriefing briefing={briefing} />
      ) : (
        <>
          <p className="muted">No visit planned. When you plan one, its briefing appears here.</p>
          <Link className="button primary" to={paths.planVisit()}>
            <CalendarPlus aria-hidden size={16} /> Plan a visit
          </Link>
        </>
      )}
    </Section>
  );
}

function NextBriefing({ briefing }: { briefing: Briefing }) {
  const format = useFormat();
  const visit = useChannel('visits:get', { id: briefing.visitId });
  const relative = describeDay(briefing.day, format.reader(briefing.today));
  const day = relative.startsWith('on ') ? format.date(briefing.day) : `${relative.replace(/^./, (c) => c.toUpperCase())}, ${format.date(briefing.day)}`;
  const people = briefing.people.map((p) => p.name);

  return (
    <>
      <p className="next-visit-title">{briefing.client.name}</p>
      <p className="subtitle brief-visit">
        <span>
          {day} at {format.time(briefing.startsAt)}
        </span>
        {visit.data?.purpose && <span>{visit.data.purpose}</span>}
      </p>
      <p className="visit-people">{people.length > 0 ? `Who you’ll see: ${people.join(', ')}` : 'Nobody listed for this visit yet.'}</p>
      {briefing.highlights.length > 0 ? (
        <HighlightList items={briefing.highlights} label="Read this first" brief />
      ) : (
        <p className="muted">Nothing sensitive and nothing open for this visit.</p>
      )}
      <p className="button-row">
        <Link className="button primary" to={paths.briefing(briefing.visitId)} aria-keyshortcuts="b">
          Open the briefing
        </Link>
        <span className="key-hint" aria-hidden>
          or press <kbd>B</kbd>
        </span>
      </p>
    </>
  );
}
