import type { ClientBriefing, ClientSectionKey, PersonBriefing, PersonSectionKey } from './briefing.ts';
import { PARTNER_LABELS } from './circle.ts';
import type { RuleContext } from './context.ts';
import { relationsOf } from './context.ts';
import { highlightRank, section } from './items.ts';
import type { AboutRef, Item, Section } from './items.ts';
import { callName } from './names.ts';
import { listNames, plainWordingFor, titleTag, withoutDoubledWords, withoutLeadingName } from './plain-wording.ts';
import type { Id, LifeEvent, Person } from './snapshot.ts';
import { matterTest } from './event-relevance.ts';

/**
 * One fact, said once per briefing. The rules speak to each person you will see, so a loss
 * shared by a couple comes out once for each of them, and again through each one's partner.
 * Here every item is keyed by the facts it tells (an event, or a death), items that share a
 * fact become one item naming everyone it touches, and it is told where it was told first.
 * Then the wording is made plain, and two items that would still read the same carry their titles.
 */

/** Kinds whose items tell one fact from the life-event record (or a death). */
const FACT_KINDS: ReadonlySet<Item['kind']> = new Set(['recent-death', 'death-anniversary', 'grief', 'sensitive-event', 'celebration', 'news', 'trip', 'former-partner']);
const LOSS_KINDS: ReadonlySet<Item['kind']> = new Set(['recent-death', 'death-anniversary', 'grief']);

interface Placed {
  readonly item: Item;
  /** Index into the briefing's people, or -1 for the client. */
  readonly owner: number;
  readonly section: string;
  /** Reading order in the briefing: who comes first tells the merged item. */
  readonly order: number;
  /** The person the item speaks to (null for the client's own items). */
  readonly asker: Person | null;
}

/** Union-find over indices: which of n things belong together. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  return { find, join: (a: number, b: number) => void (parent[find(a)] = find(b)) };
}

/**
 * The same happening recorded twice is one fact: same type, the same people, a couple or the same client, and
 * the same day or the same title ("Patricia: lost the baby" and "Malcolm: lost the baby" on
 * one day; "Brenda having a hard time" entered twice).
 */
function canonicalEvents(events: readonly LifeEvent[], ctx: RuleContext): Map<Id, Id> {
  const sets = unionFind(events.length);
  const buckets = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const key of [`${e.typeKey}|day:${e.date}`, `${e.typeKey}|title:${e.title.trim().toLowerCase()}`]) {
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [i]);
      else list.push(i);
    }
  });
  // Each person's current partners, worked out once: a bucket can hold many events.
  const partners = new Map<Id, readonly Id[]>();
  const partnersOf = (id: Id): readonly Id[] => {
    let ids = partners.get(id);
    if (ids === undefined) {
      ids = relationsOf(ctx, id)
        .filter((r) => r.status === 'current' && PARTNER_LABELS.has(r.label))
        .map((r) => r.other.id);
      partners.set(id, ids);
    }
    return ids;
  };
  const together = (a: LifeEvent, b: LifeEvent): boolean =>
    (a.clientId !== null && a.clientId === b.clientId) ||
    a.personIds.some((id) => b.personIds.includes(id)) ||
    a.personIds.some((id) => partnersOf(id).some((other) => b.personIds.includes(other)));
  for (const list of buckets.values()) {
    for (let n = 1; n < list.length; n++) {
      const i = list[n]!;
      for (let m = 0; m < n; m++) {
        const j = list[m]!;
        if (sets.find(i) !== sets.find(j) && together(events[j]!, events[i]!)) sets.join(i, j);
      }
    }
  }
  return new Map(events.map((e, i) => [e.id, events[sets.find(i)]!.id]));
}

function factKeys(p: Placed, canonical: ReadonlyMap<Id, Id>, ctx: RuleContext): string[] {
  if (!FACT_KINDS.has(p.item.kind)) return [];
  const keys: string[] = [];
  for (const a of p.item.about) {
    if (a.type === 'event') keys.push(`event:${canonical.get(a.id) ?? a.id}`);
    if (a.type === 'person' && LOSS_KINDS.has(p.item.kind) && ctx.people.get(a.id)?.diedOn != null) keys.push(`died:${a.id}`);
    if (a.type === 'relationship' && p.item.kind === 'former-partner') keys.push(`relationship:${a.id}`);
  }
  return keys;
}

/** Groups of items that share any fact. */
function groupsOf(placed: readonly Placed[], canonical: ReadonlyMap<Id, Id>, ctx: RuleContext): Placed[][] {
  const sets = unionFind(placed.length);
  const firstWithKey = new Map<string, number>();
  placed.forEach((p, i) => {
    for (const key of factKeys(p, canonical, ctx)) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, i);
      else sets.join(i, seen);
    }
  });
  const groups = new Map<number, Placed[]>();
  placed.forEach((p, i) => {
    const root = sets.find(i);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [p]);
    else list.push(p);
  });
  return [...groups.values()];
}

/** Most hurtful first, then the rule's own priority (news about the person told beats news through a relative), then reading order. */
const mostUrgent = (a: Placed, b: Placed): number =>
  (highlightRank(a.item.kind) ?? 9) - (highlightRank(b.item.kind) ?? 9) || b.item.priority - a.item.priority || a.order - b.order;

function uniqueRefs(refs: readonly AboutRef[]): AboutRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.type}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Losses a couple shares even when recorded for one of them. */
const COUPLE_LOSSES: ReadonlySet<string> = new Set(['pregnancy-loss', 'pet-death']);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Who a loss belongs to: the living people the event is about, attendees first, and for a
 * loss a couple shares, a partner of theirs it is told to ("Pat and Malcolm lost the baby"). A friend or parent told
 * through them is not named as the one who lost it.
 */
function bereaved(event: LifeEvent, group: readonly Placed[], ctx: RuleContext): Person[] {
  const coupleLoss = COUPLE_LOSSES.has(event.typeKey);
  const about = event.personIds.map((id) => ctx.people.get(id)).filter((p): p is Person => p !== undefined && p.diedOn === null);
  const ids = new Set(about.map((p) => p.id));
  const partnerOfOne = (asker: Person) => relationsOf(ctx, asker.id).some((r) => r.status === 'current' && PARTNER_LABELS.has(r.label) && ids.has(r.other.id));
  const askers = group.map((p) => p.asker).filter((a): a is Person => a !== null && (ids.has(a.id) || (coupleLoss && partnerOfOne(a))));
  return [...new Map([...askers, ...about].map((p) => [p.id, p])).values()];
}

/** "(Sue's spouse)" phrases, each said once: "Tom (Sue's spouse, Anna's parent) died on 3 Nov." */
function withAllRelations(text: string, group: readonly Placed[]): string {
  const phrases = [...new Set(group.flatMap((p) => [...p.item.text.matchAll(/\(([^()]*['’]s [a-z]+)\)/gu)].map((m) => m[1]!)))];
  return phrases.length <= 1 ? text : text.replace(/\(([^()]*['’]s [a-z]+)\)/u, `(${phrases.join(', ')})`);
}

/** The one who died that a loss item tells of, or null for a loss known only as an event. */
function deceasedOf(p: Placed, ctx: RuleContext): Person | null {
  if (p.item.kind !== 'recent-death' && p.item.kind !== 'death-anniversary') return null;
  for (const a of p.item.about) {
    const person = a.type === 'person' && a.id !== p.asker?.id ? ctx.people.get(a.id) : undefined;
    if (person !== undefined && person.diedOn !== null) return person;
  }
  return null;
}

/**
 * Deaths told together: one death told to several people says each relation once; two people
 * lost in one event (one record about both) are one item naming both: "Chris (Siobhán's partner)
 * and Pat (Siobhán's grandparent) died on 26 Oct. Don't ask after Chris and Pat; …".
 */
function deathsTogether(lead: Placed, group: readonly Placed[], ctx: RuleContext): string {
  const byDead = new Map<Id, Placed[]>();
  for (const p of [...group].sort(mostUrgent)) {
    const dead = deceasedOf(p, ctx);
    if (dead !== null) byDead.set(dead.id, [...(byDead.get(dead.id) ?? []), p]);
  }
  if (byDead.size <= 1) return withAllRelations(lead.item.text, group);
  const firsts = [...byDead.values()].map((told, i) => {
    const text = withAllRelations(told[0]!.item.text, told);
    const first = text.slice(0, Math.max(0, text.search(/[.!?](\s|$)/u)));
    return i === 0 ? first : first.replace(/^The /u, 'the ');
  });
  const names = [...byDead.keys()].map((id) => callName(ctx.people.get(id)!));
  const advice = rest(lead.item.text).replace(new RegExp(`(?<=after )${escape(names[0]!)}(?![\\p{L}])`, 'u'), listNames(names));
  return `${togetherSentence(firsts)}.${advice}`;
}

/** "Chris (…) died on 26 Oct" and "Pat (…) died on 26 Oct" say their shared words once. */
function togetherSentence(firsts: readonly string[]): string {
  const died = / died (?:on|in) .+$/u.exec(firsts[0]!)?.[0];
  if (died !== undefined && firsts.every((f) => f.endsWith(died))) return `${listNames(firsts.map((f) => f.slice(0, -died.length)))}${died}`;
  const anniversaries = firsts.map((f) => /^[Tt]he (?<nth>(?:\S+ )?)anniversary of (?<whose>.+) (?<verb>is|was) (?<when>.+)$/u.exec(f)?.groups);
  const [a] = anniversaries;
  if (a !== undefined && anniversaries.every((x) => x !== undefined && x['nth'] === a['nth'] && x['verb'] === a['verb'] && x['when'] === a['when'])) {
    return `The ${a['nth']}anniversaries of ${listNames(anniversaries.map((x) => x!['whose']!))} ${a['verb'] === 'is' ? 'are' : 'were'} ${a['when']}`;
  }
  return listNames(firsts);
}

/** The sentences after the first: the advice the rule gave ("Don't bring it up; …"). */
const rest = (text: string): string => {
  const at = text.search(/[.!?]\s/u);
  return at < 0 ? '' : text.slice(at + 1);
};

function mergedText(lead: Placed, group: readonly Placed[], ctx: RuleContext, events: ReadonlyMap<Id, LifeEvent>): string {
  const { item } = lead;
  const askers = [...new Map(group.filter((p) => p.asker !== null).map((p) => [p.asker!.id, p.asker!])).values()];
  const event = item.about.filter((a) => a.type === 'event').map((a) => events.get(a.id)).find((e) => e !== undefined);
  switch (item.kind) {
    case 'grief': {
      if (event === undefined) return item.text;
      if (event.typeKey === 'pet-death') return `Don't ask ${listNames(askers.map(callName))} about the pet: ${event.title}.${rest(item.text)}`;
      const touched = bereaved(event, group, ctx);
      if (touched.length === 0) return item.text;
      const names = listNames(touched.map(callName));
      const title = withoutLeadingName(event.title, touched);
      const said = title === event.title ? `${names} ${touched.length > 1 ? 'are' : 'is'} grieving: ${title}` : `${names} ${title}`;
      return `${said.replace(/[.!]$/u, '')}.${rest(item.text)}`;
    }
    case 'recent-death':
    case 'death-anniversary':
      return deathsTogether(lead, group, ctx);
    case 'sensitive-event':
    case 'celebration':
    case 'news':
    case 'trip': {
      // News is about the people it names: "Ask Sue and Tom about the trip" only when it is both of theirs.
      const subjects = event === undefined ? [] : askers.filter((a) => event.personIds.includes(a.id));
      if (lead.asker === null || subjects.length < 2 || !subjects.some((a) => a.id === lead.asker!.id)) return item.text;
      const others = subjects.filter((a) => a.id !== lead.asker!.id);
      return item.text.replace(new RegExp(`^Ask ${escape(callName(lead.asker))}(?![\\p{L}])`, 'u'), `Ask ${listNames([lead.asker, ...others].map(callName))}`);
    }
    default:
      return item.text;
  }
}

function merge(group: readonly Placed[], ctx: RuleContext, events: ReadonlyMap<Id, LifeEvent>): Placed {
  const lead = [...group].sort(mostUrgent)[0]!;
  if (group.length === 1) return lead;
  const item: Item = {
    ...lead.item,
    text: mergedText(lead, group, ctx, events),
    about: uniqueRefs(group.flatMap((p) => p.item.about)),
    priority: Math.max(...group.map((p) => p.item.priority)),
  };
  // Told once, in the card of the telling that matters most: Tom's operation in Tom's card, not again in Sue's.
  return { ...lead, item };
}

/**
 * Two items that would read the same carry their titles; if still alike (the same news typed for
 * two people who are not a couple), whom each is about; then their reasons. Items nothing tells
 * apart keep their plain words.
 */
function distinguish(items: Placed[], events: ReadonlyMap<Id, LifeEvent>, ctx: RuleContext): Placed[] {
  const eventOf = (p: Placed) => p.item.about.filter((a) => a.type === 'event').map((a) => events.get(a.id)).find((e) => e !== undefined);
  const peopleOf = (event: LifeEvent) => event.personIds.map((id) => ctx.people.get(id)).filter((x): x is Person => x !== undefined);
  /** The tag in brackets after the item's first sentence: its title, and with `who`, whom it is about. */
  const tagged = (p: Placed, who: boolean): Placed => {
    const event = eventOf(p);
    if (event === undefined) return p;
    const people = peopleOf(event);
    const said = (words: string) => new RegExp(`(?<![\\p{L}])${escape(words)}(?![\\p{L}])`, 'iu').test(p.item.text);
    // Its title, unless the item already quotes it.
    const title = titleTag(event.title, p.asker === null ? people : [p.asker, ...people]);
    // Whom it is about, but for those the item already names.
    const about = (people.length > 0 ? people : p.asker === null ? [] : [p.asker]).filter((person) => !said(callName(person)) && !said(person.givenName)).map(callName);
    const tag = [said(title) ? '' : title, who ? listNames(about) : ''].filter((part) => part !== '').join(', ');
    if (tag === '') return p;
    const at = p.item.text.search(/[.!?](\s|$)/u);
    // A title is told as plainly as the item around it: "good news news" is said once.
    const plainTag = withoutDoubledWords(tag);
    const text = at < 0 ? `${p.item.text} (${plainTag})` : `${p.item.text.slice(0, at)} (${plainTag})${p.item.text.slice(at)}`;
    return { ...p, item: { ...p.item, text } };
  };
  const withReason = (p: Placed): Placed => ({ ...p, item: { ...p.item, text: `${p.item.text.replace(/\.$/u, '')} (${withoutDoubledWords(p.item.reason)}).` } });
  const levels: ((p: Placed) => Placed)[] = [(p) => p, (p) => tagged(p, false), (p) => tagged(p, true), (p) => withReason(tagged(p, true))];
  // Each item goes up a level while another reads the same, never down.
  const level = items.map(() => 0);
  let out = items;
  for (let step = 1; step < levels.length; step++) {
    const count = new Map<string, number>();
    for (const p of out) count.set(p.item.text, (count.get(p.item.text) ?? 0) + 1);
    out.forEach((p, i) => {
      if ((count.get(p.item.text) ?? 0) > 1) level[i] = step;
    });
    out = items.map((p, i) => levels[level[i]!]!(p));
  }
  // Still alike at the last level: nothing tells them apart, so they go back to their plain words
  // (to be told once, by tellAlikeOnce).
  const count = new Map<string, number>();
  for (const p of out) count.set(p.item.text, (count.get(p.item.text) ?? 0) + 1);
  return out.map((p, i) => ((count.get(p.item.text) ?? 0) > 1 ? items[i]! : p));
}

/**
 * News that still reads word for word alike after `distinguish` (the same title typed for a
 * parent and for their child, on one day) tells the reader nothing twice: it is one item, about
 * everything both were about, told where it came first.
 */
function tellAlikeOnce(items: readonly Placed[]): Placed[] {
  const first = new Map<string, number>();
  const out: Placed[] = [];
  for (const p of items) {
    const at = FACT_KINDS.has(p.item.kind) ? first.get(p.item.text) : undefined;
    if (at === undefined) {
      if (FACT_KINDS.has(p.item.kind)) first.set(p.item.text, out.length);
      out.push(p);
      continue;
    }
    const kept = out[at]!;
    out[at] = { ...kept, item: { ...kept.item, about: uniqueRefs([...kept.item.about, ...p.item.about]), priority: Math.max(kept.item.priority, p.item.priority) } };
  }
  return out;
}

export interface ToldOnce {
  readonly people: PersonBriefing[];
  readonly client: ClientBriefing;
}

/** The people's and the client's sections with every fact told once, in plain words. */
export function sayEachFactOnce(people: readonly PersonBriefing[], client: ClientBriefing, ctx: RuleContext, lifeEvents: readonly LifeEvent[], limit: number): ToldOnce {
  const events = new Map(lifeEvents.map((e) => [e.id, e]));
  // An event that can no longer matter on the day never joins two that do into one fact.
  const canonical = canonicalEvents(
    lifeEvents.filter(matterTest(ctx.day)),
    ctx,
  );
  const placed: Placed[] = [];
  const owners = [...people.map((p, i) => ({ owner: i, sections: p.sections as readonly Section[], asker: ctx.people.get(p.personId) ?? null })), { owner: -1, sections: client.sections as readonly Section[], asker: null }];
  for (const { owner, sections, asker } of owners) {
    for (const s of sections) for (const item of [...s.items, ...s.more]) placed.push({ item, owner, section: s.key, order: placed.length, asker });
  }
  const plain = plainWordingFor([...ctx.people.values()]);
  const merged = groupsOf(placed, canonical, ctx)
    .map((g) => merge(g, ctx, events))
    .map((p) => ({ ...p, item: { ...p.item, text: plain(p.item.text) } }));
  const told = tellAlikeOnce(distinguish(merged, events, ctx));

  const bySection = new Map<string, Item[]>();
  for (const p of told) {
    const key = `${p.owner}|${p.section}`;
    const list = bySection.get(key);
    if (list === undefined) bySection.set(key, [p.item]);
    else list.push(p.item);
  }
  const itemsOf = (owner: number, key: string) => bySection.get(`${owner}|${key}`) ?? [];
  return {
    people: people.map((p, i) => ({ ...p, sections: p.sections.map((s) => section<PersonSectionKey>(s.key, itemsOf(i, s.key), limit)) })),
    client: { ...client, sections: client.sections.map((s) => section<ClientSectionKey>(s.key, itemsOf(-1, s.key), limit)) },
  };
}
