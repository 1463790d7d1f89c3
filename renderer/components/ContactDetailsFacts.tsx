import type { ContactDetail, ContactDetails } from '../../src/contract/schemas/contact-details.ts';
import { Fact } from './Fact.tsx';

/** tel: keeps only the digits and a leading +, as phones dial them. */
const telHref = (value: string) => `tel:${value.trim().startsWith('+') ? '+' : ''}${value.replace(/[^0-9]/g, '')}`;

function DetailList({ details, href }: { details: readonly ContactDetail[]; href(value: string): string }) {
  return (
    <ul className="detail-list">
      {details.map((d) => (
        <li key={d.id}>
          <a href={href(d.value)}>{d.value}</a>
          {d.label && <span className="detail-kind">{d.label}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Every phone number and e-mail address, each a link that rings or writes, with its label. */
export function ContactDetailsFacts({ details }: { details: ContactDetails | undefined }) {
  if (!details) return null;
  return (
    <>
      <Fact label={details.phones.length > 1 ? 'Phones' : 'Phone'}>{details.phones.length > 0 && <DetailList details={details.phones} href={telHref} />}</Fact>
      <Fact label={details.emails.length > 1 ? 'E-mail addresses' : 'E-mail'}>{details.emails.length > 0 && <DetailList details={details.emails} href={(v) => `mailto:${v.trim()}`} />}</Fact>
    </>
  );
}
