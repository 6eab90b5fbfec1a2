// The coach's own words (hold bars, asides, the welcome) exist for every locale the skill has a
// model for, and are the language's own words, not English left in place.
import fs from 'node:fs';
import path from 'node:path';
import { LABELS, labelsFor, type CoachLabels } from '../../scripts/coach/labels';

const root = path.resolve(__dirname, '../..');
const MODEL_LOCALES = fs
  .readdirSync(path.join(root, 'skill-package/interactionModels/custom'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

/** Every label rendered with the same sample figures, so languages can be compared. */
function rendered(labels: CoachLabels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels) as [string, unknown][]) {
    out[key] = typeof value === 'string' ? value : (value as (...args: unknown[]) => string)(3, '12 s', '4:00');
  }
  return out;
}

const ENGLISH = rendered(LABELS.en!);
// The same in every language: seconds are "s" everywhere, and "2 s" has no decimal to localize.
const SAME_EVERYWHERE = new Set(['seconds']);

describe.each(MODEL_LOCALES)('coach labels for %s', (locale) => {
  const labels = labelsFor(locale);

  it('has a table of its own language, with every label', () => {
    expect(LABELS[locale.split('-')[0]!]).toBe(labels);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(LABELS.en!).sort());
    for (const text of Object.values(rendered(labels))) expect(text.trim()).not.toBe('');
  });

  const translated = locale.startsWith('en') ? it.skip : it;
  translated('says every label in its own words, with its own decimal mark', () => {
    const own = rendered(labels);
    const english = Object.keys(own).filter((key) => !SAME_EVERYWHERE.has(key) && own[key] === ENGLISH[key]);
    expect(english).toEqual([]);
    expect(labels.seconds(1.5)).toBe('1,5 s');
    expect(labels.hold(1, '4 s')).not.toBe(labels.hold(2, '4 s').replace('2', '1'));
  });
});
