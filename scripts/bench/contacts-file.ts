/**
 * A made-up address book as a vCard file: `n` contacts, deterministic. Most work at one of a few
 * hundred organisations (so the import adds clients and roles), about a third have a birthday,
 * every tenth a spouse on the card who is also in the file (a relationship).
 */
const GIVEN = ['Sue', 'Tom', 'Priya', 'Arjun', 'Zoe', 'Lily', 'Mark', 'Ann', 'Olu', 'Chen', 'Maria', 'Jack', 'Ruth', 'Sam', 'Eve', 'Ian'];
const FAMILY = ['Baker', 'Raman', 'Smith', 'Jones', 'Okafor', 'Wang', 'Garcia', 'Kowalski', 'Evans', 'Patel', 'Murphy', 'Novak', 'Berg'];

export function contactsVCard(n: number): string {
  const cards: string[] = [];
  for (let i = 0; i < n; i++) {
    const given = `${GIVEN[i % GIVEN.length]}${i}`;
    const family = FAMILY[(i * 7) % FAMILY.length]!;
    const lines = ['BEGIN:VCARD', 'VERSION:3.0', `UID:bench-${i}`, `FN:${given} ${family}`, `N:${family};${given};;;`];
    lines.push(`TEL;TYPE=cell:+44 7700 ${String(100000 + i).slice(-6)}`, `EMAIL:${given.toLowerCase()}.${family.toLowerCase()}@example.com`);
    if (i % 4 !== 3) lines.push(`ORG:${FAMILY[i % FAMILY.length]} & Co ${i % 300}`, 'TITLE:Office manager');
    if (i % 3 === 0) lines.push(`BDAY:${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    if (i % 10 === 1) lines.push(`X-ABRELATEDNAMES;TYPE=spouse:${GIVEN[(i - 1) % GIVEN.length]}${i - 1} ${FAMILY[((i - 1) * 7) % FAMILY.length]}`);
    if (i % 5 === 0) lines.push('NOTE:Prefers a call before visits.');
    lines.push('END:VCARD');
    cards.push(lines.join('\r\n'));
  }
  return `${cards.join('\r\n')}\r\n`;
}
