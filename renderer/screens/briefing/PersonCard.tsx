import { Link } from 'react-router';
import type { CircleMember, PersonBriefing } from '../../../src/briefing/briefing.ts';
import { paths } from '../../app/paths.ts';
import { RELATION_LABEL, ROLE_LABEL } from '../../components/labels.ts';
import { BriefingSection, type Ticking } from './BriefingSection.tsx';

const STATUS_LABEL: Record<CircleMember['status'], string | null> = { current: null, former: 'former', died: 'died' };

/** One person you will see: what could hurt first, then what to ask, small talk, how to explain. */
export function PersonCard({ person, ticking }: { person: PersonBriefing; ticking: Ticking }) {
  const headingId = `person-${person.personId}`;
  const said = person.sections.some((s) => s.items.length > 0);
  return (
    <article className="card brief-person" aria-labelledby={headingId}>
      <header className="brief-person-header">
        <h3 id={headingId}>
          <Link to={paths.person(person.personId)}>{person.name}</Link>
        </h3>
        <p className="muted">
          {person.role && `${ROLE_LABEL[person.role]} · `}
          {person.listedBecause}
          {' · '}
          {/* Named "Their story", described by the card's heading (whose story), so links to the person stay theirs alone. */}
          <Link to={paths.personStory(person.personId)} aria-describedby={headingId}>
            Their story
          </Link>
        </p>
      </header>
      {said ? (
        person.sections.map((section) => <BriefingSection key={section.key} section={section} owner={person.name} ticking={ticking} level={4} />)
      ) : (
        <p className="brief-empty muted">Nothing to keep in mind for {person.name}.</p>
      )}
      {person.circle.length > 0 && <Circle person={person} />}
    </article>
  );
}

/** The people in their life as they stand now: a separated partner is "former", never current. */
function Circle({ person }: { person: PersonBriefing }) {
  const label = `${person.name}'s circle`;
  return (
    <div className="brief-section brief-circle">
      <h4 className="brief-section-title">Their circle</h4>
      <ul className="circle-list" aria-label={label}>
        {person.circle.map((member) => {
          const status = STATUS_LABEL[member.status];
          return (
            <li key={`${member.personId}:${member.relation}`} className={`circle-member circle-${member.status}`}>
              <Link to={paths.person(member.personId)}>{member.name}</Link>{' '}
              <span className="muted">
                {RELATION_LABEL[member.relation].toLowerCase()}
                {status && `, ${status}`}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
