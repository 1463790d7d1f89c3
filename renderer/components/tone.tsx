import type { Tone } from '../../src/catalogue/life-events.ts';

export const TONE_LABEL: Record<Tone, string> = {
  celebration: 'Celebration',
  neutral: 'Neutral',
  sensitive: 'Sensitive',
  grief: 'Grief',
};

/** What each tone means for the next conversation. */
export const TONE_MEANING: Record<Tone, string> = {
  celebration: 'good news to ask about',
  neutral: 'worth asking about',
  sensitive: 'handle with care',
  grief: 'be mindful; do not ask casually',
};

export function ToneBadge({ tone }: { tone: Tone }) {
  return <span className={`badge tone tone-${tone}`}>{TONE_LABEL[tone]}</span>;
}
