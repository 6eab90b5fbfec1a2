// AlexaSkillEvent.SkillDisabled through the exported handler and a real dynalite table: the
// account's log and the logs of the persons seen under it are deleted, nobody else's, and a
// second delivery of the same event changes nothing.
import type { RequestEnvelope } from 'ask-sdk-model';
import { LOCALES } from '../../lambda/src/i18n';
import { Conversation, SKILL_ID } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

const raw = () => skill.table!.raw;

async function logOneSet(options: { userId: string; personId?: string; locale?: string }): Promise<void> {
  const talk = new Conversation(skill.invoke, options);
  await talk.launch();
  await talk.intent('LogSetIntent', { reps: 10 });
  await talk.intent('AMAZON.NoIntent');
  await talk.intent('SetTargetIntent', { reps: 12 });
  await talk.intent('AMAZON.StopIntent');
}

function skillDisabled(userId: string, requestId: string): RequestEnvelope {
  const application = { applicationId: SKILL_ID };
  return {
    version: '1.0',
    context: { System: { application, user: { userId }, device: { deviceId: 'amzn1.ask.device.garage', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: {
      type: 'AlexaSkillEvent.SkillDisabled',
      requestId,
      timestamp: '2026-12-01T18:00:00Z',
      eventCreationTime: '2026-12-01T18:00:00Z',
      eventPublishingTime: '2026-12-01T18:00:00Z',
    },
  } as RequestEnvelope;
}

// The event carries no locale: the logs it deletes were made in each of them.
describe.each(Object.keys(LOCALES))('SkillDisabled, the logs made in %s', (locale) => {
  test('deletes the account and the persons noted under it, and nothing of anyone else', async () => {
    const account = `amzn1.ask.account.leaving-${locale}`;
    const other = `amzn1.ask.account.staying-${locale}`;
    const [ana, ben, cy] = ['ana', 'ben', 'cy'].map((name) => `amzn1.ask.person.${name}-${locale}`) as [string, string, string];
    await logOneSet({ locale, userId: account });
    await logOneSet({ locale, userId: account, personId: ana });
    await logOneSet({ locale, userId: account, personId: ben });
    await logOneSet({ locale, userId: other });
    await logOneSet({ locale, userId: other, personId: cy });
    const partitions = [account, ana, ben, `ACCOUNT#${account}`];
    const kept = [other, cy, `ACCOUNT#${other}`];
    for (const pk of [...partitions, ...kept]) expect({ pk, items: (await raw().keys(pk)).length > 0 }).toEqual({ pk, items: true });
    const before = Object.fromEntries(await Promise.all(kept.map(async (pk) => [pk, await raw().keys(pk)] as const)));

    const response = await skill.invoke(skillDisabled(account, `amzn1.echo-api.request.disable-1-${locale}`));
    expect(response.response.outputSpeech).toBeUndefined();
    for (const pk of partitions) expect({ pk, keys: await raw().keys(pk) }).toEqual({ pk, keys: [] });
    for (const pk of kept) expect({ pk, keys: await raw().keys(pk) }).toEqual({ pk, keys: before[pk] });

    // Delivered again (or for an account the skill never saw): nothing changes, nothing fails.
    await skill.invoke(skillDisabled(account, `amzn1.echo-api.request.disable-2-${locale}`));
    await skill.invoke(skillDisabled(`amzn1.ask.account.never-seen-${locale}`, `amzn1.echo-api.request.disable-3-${locale}`));
    for (const pk of partitions) expect(await raw().keys(pk)).toEqual([]);
    for (const pk of kept) expect(await raw().keys(pk)).toEqual(before[pk]);
  });

  test('a runner who comes back after disabling starts afresh', async () => {
    const account = `amzn1.ask.account.returning-${locale}`;
    await logOneSet({ locale, userId: account });
    await skill.invoke(skillDisabled(account, `amzn1.echo-api.request.disable-4-${locale}`));
    const talk = new Conversation(skill.invoke, { locale, userId: account });
    await talk.launch();
    expect(await skill.table!.store.history(account)).toEqual([]);
    expect((talk.sessionState.settings as { targetReps: number }).targetReps).toBe(10);
  });
});
