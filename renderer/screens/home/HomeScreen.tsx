import { CalendarPlus } from 'lucide-react';
import { Link } from 'react-router';
import type { Dashboard } from '../../../src/briefing/dashboard.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { CatchUp } from './CatchUp.tsx';
import { DatedList } from './DatedList.tsx';
import { useDayLabels } from './day-label.ts';
import { NextVisit } from './NextVisit.tsx';
import { VisitList } from './VisitList.tsx';
import '../../styles/briefing.css';

/** Home: the next visit first, then the week, then what is due and the dates to remember. */
export function HomeScreen() {
  const { settings } = useSettings();
  const dashboard = useChannel('dashboard:get', { timeZone: settings.timeZone, locale: settings.locale });
  const days = useDayLabels();
  return (
    <section className="screen home">
      <div className="home-header">
        <div>
          <PageHeading title="Home">Home</PageHeading>
          {dashboard.data && <p className="subtitle">{days.long(dashboard.data.today)}</p>}
        </div>
        <Link className="button" to={paths.planVisit()}>
          <CalendarPlus aria-hidden size={16} /> Plan a visit
        </Link>
      </div>
      {dashboard.data && <CatchUp items={dashboard.data.catchUp} total={dashboard.data.totals.catchUp} timeZone={settings.timeZone} today={dashboard.data.today} />}
      <NextVisit timeZone={settings.timeZone} />
      {dashboard.isPending ? <p role="status">Loading…</p> : dashboard.isError ? <ErrorMessage error={dashboard.error} /> : <Week dashboard={dashboard.data} timeZone={settings.timeZone} locale={settings.locale} />}
    </section>
  );
}

function Week({ dashboard, timeZone, locale }: { dashboard: Dashboard; timeZone: string; locale: string }) {
  const { today, totals } = dashboard;
  return (
    <div className="home-columns">
      <div className="column">
        <Section title="Today">
          <VisitList visits={dashboard.visitsToday} total={totals.visitsToday} list="visitsToday" timeZone={timeZone} locale={locale} label="Visits today" empty="No visits today." />
        </Section>
        <Section title="This week">
          <VisitList visits={dashboard.visitsThisWeek} total={totals.visitsThisWeek} list="visitsThisWeek" timeZone={timeZone} locale={locale} label="Visits this week" empty="Nothing else planned in the next six days." withDay />
        </Section>
        <Section
          title="Follow-ups due"
          actions={
            <Link to={paths.followUps()} className="button quiet">
              All follow-ups
            </Link>
          }
        >
          <DatedList items={dashboard.followUps} total={totals.followUps} list="followUps" timeZone={timeZone} label="Follow-ups due" empty="Nothing due and nothing overdue." today={today} />
        </Section>
      </div>
      <div className="column">
        <Section title="Birthdays and anniversaries">
          <DatedList items={dashboard.dates} total={totals.dates} list="dates" timeZone={timeZone} label="Birthdays and anniversaries" empty="None in the next two weeks." today={today} />
        </Section>
        <Section title="Be mindful" className="mindful">
          <DatedList items={dashboard.mindful} total={totals.mindful} list="mindful" timeZone={timeZone} label="Sad anniversaries coming up" empty="No sad anniversaries in the next two weeks." today={today} />
        </Section>
        <Section title="Not seen for a while">
          <DatedList items={dashboard.pastRhythm} total={totals.pastRhythm} list="pastRhythm" timeZone={timeZone} label="Clients past their usual rhythm" empty="Every client with a usual rhythm has been seen in time." today={today} />
        </Section>
        {totals.renewals > 0 && (
          <Section title="Renewals">
            <DatedList items={dashboard.renewals} total={totals.renewals} list="renewals" timeZone={timeZone} label="Renewals coming up" empty="No renewals coming up." today={today} />
          </Section>
        )}
      </div>
    </div>
  );
}
