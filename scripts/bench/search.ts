import type { createDispatcher } from '../../db/handlers/index.ts';
import { measure } from './harness.ts';

/** Search as you type, by class of query: whole words, two-letter prefixes, names in other scripts. */
const CLASSES = {
  words: ['lily', 'printer', 'backup', 'hip', 'zoe', 'smith', 'router', 'wedding', 'allotment', 'bramble'],
  'two-letter prefixes': ['li', 'pr', 'ba', 'sm', 'ro', 'we', 'al', 'br', 'jo', 'ma'],
  'non-Latin': ['李', '李明', '田中', 'Müller', 'Zoë', 'Ólafur', 'Ньютон', 'محمد'],
} as const;

export function benchSearch(call: ReturnType<typeof createDispatcher>): void {
  for (const [kind, words] of Object.entries(CLASSES)) {
    measure(`search p95: ${kind}`, (i) => {
      const r = call('search:query', { q: words[i % words.length]!, limit: 20 });
      if (!r.ok) throw new Error(r.error.message);
    });
  }
}
