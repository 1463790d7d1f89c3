import type { Store } from '../../db/connection.ts';
import type { createDispatcher } from '../../db/handlers/index.ts';
import { measure, print } from './harness.ts';

/**
 * Search as you type, by class of query, on the `large` sample. Each class reports its own p95
 * (the target is 10 ms for every class). The sample has no Chinese or Japanese names, so the
 * working copy gets some first: a consultant with Chinese and Japanese clients' families.
 */
const CLASSES = {
  words: ['lily', 'printer', 'backup', 'hip', 'zoe', 'smith', 'router', 'wedding', 'allotment', 'bramble'],
  'two-letter prefixes': ['li', 'pr', 'ba', 'sm', 'ro', 'we', 'al', 'br', 'jo', 'ma', 'ch', 'st', 're', 'co', 'th'],
  'Chinese and Japanese (one character and more)': ['李', '李明', '王', '明', '田中', '中', '太郎', '佐藤', '芳', '花子'],
  'other scripts and accents': ['Müller', 'Zoë', 'Ólafur', 'Ньютон', 'محمد', 'José'],
  'phone numbers as they come in': ['+44 7700 900123', '07700 900456', '7700900789', '01632 960001', '+44 1632 960042', '07700 9', '(07700) 900-321'],
  'notes and follow-ups': ['red notebook', 'hearing', 'scams', 'anxious', 'nightly backup', 'video calls', 'warranty', 'card machine', 'rota app', 'second screen'],
} as const;

const FAMILY = ['李', '王', '张', '刘', '陈', '田中', '佐藤', '鈴木', '高橋', '渡辺'];
const GIVEN = ['明', '伟', '芳', '娜', '秀英', '太郎', '花子', '翔太', '美咲', '健'];

/** People with Chinese and Japanese names, added through the app's own channel. */
function addPeopleWithoutSpaces(call: ReturnType<typeof createDispatcher>, store: Store, count: number): void {
  store.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const r = call('people:create', { givenName: GIVEN[i % GIVEN.length]!, familyName: FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!, notes: i % 3 === 0 ? '家里的打印机坏了' : undefined });
      if (!r.ok) throw new Error(r.error.message);
    }
  })();
}

export function benchSearch(store: Store, call: ReturnType<typeof createDispatcher>): void {
  addPeopleWithoutSpaces(call, store, 2_000);
  print({ name: 'search: added 2,000 people with Chinese and Japanese names to the working copy' });
  for (const [kind, words] of Object.entries(CLASSES)) {
    measure(`search p95: ${kind}`, (i) => {
      const r = call('search:query', { q: words[i % words.length]!, limit: 20 });
      if (!r.ok) throw new Error(r.error.message);
    });
  }
}
