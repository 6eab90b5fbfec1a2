// The coach fills AMAZON.TIME the way Alexa resolves it: "HH:MM" in 24 hours, minutes kept.
import { keyOf, wordsOf } from '../../scripts/coach/normalize';
import { readTime } from '../../scripts/coach/matching/time';
import { numbersFor } from '../../scripts/coach/numbers';

function timeOf(text: string, locale: string): string | undefined {
  const language = locale.slice(0, 2);
  const words = wordsOf(text, language);
  return readTime(words, words.map((word) => keyOf(word, language)), numbersFor(locale).read);
}

describe.each([
  ['en-US', [['seven', '07:00'], ['seven thirty', '07:30'], ['six forty five', '06:45'], ['6:45', '06:45'], ['18:30', '18:30'], ['seven oclock', '07:00'], ['twenty one fifteen', '21:15'], ['seven oh five', '07:05'], ['6:05', '06:05']]],
  ['de-DE', [['sieben', '07:00'], ['sieben uhr', '07:00'], ['sieben uhr dreißig', '07:30'], ['halb acht', '07:30'], ['achtzehn uhr fünfundvierzig', '18:45']]],
  ['es-ES', [['siete', '07:00'], ['siete y media', '07:30'], ['seis y cuarto', '06:15'], ['seis cuarenta y cinco', '06:45']]],
  ['fr-FR', [['sept heures', '07:00'], ['sept heures trente', '07:30'], ['sept heures et demie', '07:30'], ['six heures et quart', '06:15'], ['dix-huit heures', '18:00']]],
] as const)('AMAZON.TIME in %s', (locale, cases) => {
  it.each(cases)('"%s" is %s', (text, time) => {
    expect(timeOf(text, locale)).toBe(time);
  });
});

it.each(['seven pounds', 'twenty five', 'y media', 'sept heures et', 'halb', 'thirty seventy', 'seven five'])('"%s" is not a time of day', (text) => {
  expect(timeOf(text, text === 'y media' ? 'es-ES' : text.startsWith('sept') ? 'fr-FR' : text === 'halb' ? 'de-DE' : 'en-US')).toBeUndefined();
});
