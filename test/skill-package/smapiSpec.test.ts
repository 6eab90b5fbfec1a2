// The spec validator must catch what it claims to catch, or a green manifest test means nothing.
import { SpecValidator, formatIssues } from './smapiSpec';

const validator = new SpecValidator();
const strict = { rejectUnknownProperties: true };

function manifestIssues(manifest: Record<string, unknown>): string {
  return formatIssues(validator.validate('v1.skill.Manifest.SkillManifestEnvelope', { manifest }, strict));
}

const minimal = {
  manifestVersion: '1.0',
  publishingInformation: { locales: { 'en-US': { name: 'Runner Deadlift Coach' } } },
  apis: { custom: {} },
};

describe('SpecValidator', () => {
  test('accepts a minimal manifest', () => {
    expect(manifestIssues(minimal)).toBe('');
  });

  test('rejects a value outside an enum', () => {
    expect(manifestIssues({ ...minimal, manifestVersion: '2.0' })).toMatch(/manifestVersion: "2.0" is not one of "1.0"/);
  });

  test('rejects a missing required property inside a map of locales', () => {
    expect(manifestIssues({ ...minimal, publishingInformation: { locales: { 'en-US': { summary: 'x' } } } })).toMatch(
      /locales\.en-US\.name: is required/,
    );
  });

  test('rejects wrong types, too long strings and too many items', () => {
    const issues = manifestIssues({
      ...minimal,
      publishingInformation: {
        isAvailableWorldwide: 'yes',
        locales: { 'en-US': { name: 'Coach', summary: 'x'.repeat(161), examplePhrases: ['a', 'b', 'c', 'd', 'e'] } },
      },
    });
    expect(issues).toMatch(/isAvailableWorldwide: expected a boolean/);
    expect(issues).toMatch(/summary: longer than 160/);
    expect(issues).toMatch(/examplePhrases: more than 4 items/);
  });

  test('rejects a property the spec does not declare (a typo)', () => {
    expect(
      manifestIssues({ ...minimal, publishingInformation: { locales: { 'en-US': { name: 'Coach', examplePhrase: ['x'] } } } }),
    ).toMatch(/en-US\.examplePhrase: is not a property the spec declares/);
  });

  test('rejects an unknown permission and an endpoint that is not an ARN or https', () => {
    const issues = manifestIssues({
      ...minimal,
      permissions: [{ name: 'alexa::person_id:write' }],
      apis: { custom: { endpoint: { uri: 'lambda-function' } } },
    });
    expect(issues).toMatch(/permissions\[0\]\.name: "alexa::person_id:write" is not one of/);
    expect(issues).toMatch(/endpoint\.uri: does not match/);
  });

  test('follows discriminators: an unknown interface type is an error, a known one is checked as its subtype', () => {
    expect(manifestIssues({ ...minimal, apis: { custom: { interfaces: [{ type: 'HOLOGRAM' }] } } })).toMatch(
      /interfaces\[0\]\.type: unknown v1\.skill\.Manifest\.Interface type "HOLOGRAM"/,
    );
    expect(manifestIssues({ ...minimal, apis: { custom: { interfaces: [{ type: 'AUDIO_PLAYER' }] } } })).toBe('');
  });

  test('follows allOf in the interaction model: slot validations keep their own required fields', () => {
    const model = {
      interactionModel: {
        languageModel: { invocationName: 'runner deadlift', intents: [{ name: 'AMAZON.HelpIntent' }] },
        dialog: {
          intents: [
            {
              name: 'LogSetIntent',
              slots: [{ name: 'reps', type: 'AMAZON.NUMBER', prompts: {}, validations: [{ type: 'isInSet', prompt: 'Slot.Validation.1' }] }],
            },
          ],
        },
      },
    };
    expect(formatIssues(validator.validate('v1.skill.interactionModel.InteractionModelData', model, strict))).toMatch(
      /validations\[0\]\.values: is required/,
    );
  });
});
