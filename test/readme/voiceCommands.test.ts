// The README's table of voice commands stays true: every phrase it quotes is understood, as the
// intent its row names, by the en-US interaction model (through the local coach's matcher, which
// reads the model's own samples, slots and synonyms).
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../../scripts/coach/matcher';
import { loadInteractionModel } from '../../scripts/coach/model';

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const matcher = createMatcher(loadInteractionModel(root, 'en-US'), 'en-US');
const modelIntents = new Set(loadInteractionModel(root, 'en-US').interactionModel.languageModel.intents.map((i) => i.name));

/** Rows of the voice command table: the quoted phrases and the intents named in the last cell. */
const rows = readme
  .slice(readme.indexOf('## Voice commands'), readme.indexOf('## How a set works'))
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| to …') && !line.startsWith('| ---'))
  .map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    const phrases = [...(cells[2] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    const intents = [...(cells[3] ?? '').matchAll(/`([A-Za-z.]+)`/g)].map((m) => m[1]!);
    return { phrases, intents };
  });

test('the table lists every intent of the model', () => {
  expect(new Set(rows.flatMap((row) => row.intents))).toEqual(new Set([...modelIntents].filter((i) => i !== 'AMAZON.FallbackIntent')));
});

test.each(rows.flatMap((row) => row.phrases.map((phrase) => [phrase, row.intents] as const)))('"%s" is understood as its row says', (phrase, intents) => {
  expect(intents).toContain(matcher.match(phrase).intent);
});
