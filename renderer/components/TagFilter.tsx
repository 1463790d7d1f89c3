import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { Tag } from '../../src/contract/schemas/tags.ts';
import { useChannel } from '../api/hooks.ts';

/** The tag a list is filtered by, kept in the address (`?tag=3`) so a link from the tags screen opens the list filtered. */
export function useTagFilter(): [number | undefined, (id: number | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('tag'));
  const tagId = Number.isInteger(raw) && raw > 0 ? raw : undefined;
  const setTag = (id: number | undefined) =>
    setParams(
      (p) => {
        if (id === undefined) p.delete('tag');
        else p.set('tag', String(id));
        return p;
      },
      { replace: true },
    );
  return [tagId, setTag];
}

/** "Tag: [any] [on retainer (12)] …": shown only when there are tags. */
export function TagFilter({ tagId, onChange, count }: { tagId: number | undefined; onChange(id: number | undefined): void; count: (tag: Tag) => number }) {
  const id = useId();
  const tags = useChannel('tags:list', {});
  if (!tags.data || tags.data.length === 0) return null;
  return (
    <div className="field tag-filter">
      <label htmlFor={id}>Tag</label>
      <select id={id} value={tagId ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">Any tag or none</option>
        {tags.data.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} ({count(t)})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The name of the tag a list is filtered by, for its empty state. */
export function useTagName(tagId: number | undefined): string | undefined {
  const tags = useChannel('tags:list', {}, { enabled: tagId !== undefined });
  return tags.data?.find((t) => t.id === tagId)?.name;
}
