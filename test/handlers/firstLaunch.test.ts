// The health and safety line is said once, at a runner's first launch, in every locale.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

describe.each(Object.keys(LOCALES))('first launch in %s', (locale) => {
  const t = translator(locale);

  test('says the safety line after the first welcome, and not when the runner comes back', async () => {
    const userId = `amzn1.ask.account.first-${locale}`;
    const first = new Conversation(skill.invoke, { locale, userId });
    await first.launch();
    expect(first.said.startsWith(`${t('welcome.first')} ${t('welcome.safety')}`)).toBe(true);
    await first.intent('LogSetIntent', { reps: 10 });
    await first.intent('AMAZON.NoIntent');
    await first.intent('AMAZON.StopIntent');
    const again = new Conversation(skill.invoke, { locale, userId });
    await again.launch();
    expect(again.said.startsWith(t('welcome.back'))).toBe(true);
    expect(again.said).not.toContain(t('welcome.safety'));
  });
});
