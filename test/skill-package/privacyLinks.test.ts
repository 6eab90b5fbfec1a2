// scripts/privacyLinks.cjs: the deployment's privacy and terms links go into the manifest per
// locale, from deploy.config.json or the environment; nothing is written without them, and what
// is written still validates against the SMAPI manifest schema.
import path from 'node:path';
import { SpecValidator, formatIssues } from './smapiSpec';
import { SKILL_PACKAGE, readJson } from './skillPackage';

const { applyPrivacyLinks } = require('../../scripts/privacyLinks.cjs') as {
  applyPrivacyLinks: (envelope: unknown, config?: unknown, env?: Record<string, string>) => { envelope: { manifest: Record<string, unknown> }; changed: boolean; missing: string[] };
};

const envelope = readJson(path.join(SKILL_PACKAGE, 'skill.json')) as { manifest: { publishingInformation: { locales: Record<string, unknown> }; events?: Record<string, unknown>; apis: { custom: Record<string, unknown> } } };
const locales = Object.keys(envelope.manifest.publishingInformation.locales);
type Links = Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
const linksOf = (result: { envelope: { manifest: Record<string, unknown> } }): Links | undefined =>
  (result.envelope.manifest['privacyAndCompliance'] as { locales?: Links }).locales;

describe('privacy links from the deployment', () => {
  test('without a config or environment nothing changes, and every locale is reported missing', () => {
    const result = applyPrivacyLinks(envelope, {}, {});
    expect(result.changed).toBe(false);
    expect(result.envelope).toEqual(envelope);
    expect(result.missing.sort()).toEqual([...locales].sort());
  });

  test('a per-locale config wins over its default; every published locale gets links', () => {
    const result = applyPrivacyLinks(envelope, {
      privacyPolicyUrl: { default: 'https://coach.example.org/privacy', 'de-DE': 'https://coach.example.org/de/datenschutz' },
      termsOfUseUrl: 'https://coach.example.org/terms',
    });
    const links = linksOf(result)!;
    expect(Object.keys(links).sort()).toEqual([...locales].sort());
    expect(links['de-DE']).toEqual({ privacyPolicyUrl: 'https://coach.example.org/de/datenschutz', termsOfUseUrl: 'https://coach.example.org/terms' });
    expect(links['en-US']).toEqual({ privacyPolicyUrl: 'https://coach.example.org/privacy', termsOfUseUrl: 'https://coach.example.org/terms' });
    expect(result.missing).toEqual([]);
  });

  test('the environment works alone (PRIVACY_POLICY_URL, TERMS_OF_USE_URL)', () => {
    const result = applyPrivacyLinks(envelope, {}, { PRIVACY_POLICY_URL: 'https://runner.example.net/p', TERMS_OF_USE_URL: 'https://runner.example.net/t' });
    expect(linksOf(result)?.['fr-FR']).toEqual({ privacyPolicyUrl: 'https://runner.example.net/p', termsOfUseUrl: 'https://runner.example.net/t' });
  });

  test.each(['http://coach.example.org/privacy', 'https://localhost/privacy', 'privacy.html', 'https://coach.example.org/a b'])('refuses %s', (url) => {
    expect(() => applyPrivacyLinks(envelope, { privacyPolicyUrl: url })).toThrow(/privacyPolicyUrl for/);
  });

  test('the manifest with links (and the endpoints ask deploy writes) is valid against the SMAPI schema', () => {
    const { envelope: linked } = applyPrivacyLinks(envelope, { privacyPolicyUrl: 'https://coach.example.org/privacy', termsOfUseUrl: 'https://coach.example.org/terms' });
    const manifest = linked.manifest as typeof envelope.manifest;
    const arn = { uri: 'arn:aws:lambda:us-east-1:123456789012:function:runner-deadlift' };
    manifest.apis.custom['endpoint'] = arn;
    if (manifest.events) manifest.events['endpoint'] = arn;
    const issues = new SpecValidator().validate('v1.skill.Manifest.SkillManifestEnvelope', linked, { rejectUnknownProperties: true });
    expect(formatIssues(issues)).toBe('');
  });
});
