// ask-resources.json: the ASK CLI v2 project file `ask deploy` reads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'ask-resources.json'), 'utf8')) as {
  askcliResourcesVersion: string;
  profiles: Record<string, {
    skillId?: string;
    skillMetadata: { src: string };
    code: Record<string, { src: string }>;
    skillInfrastructure: { type: string; userConfig: Record<string, unknown> };
  }>;
};
const profile = config.profiles['default'];

describe('ask-resources.json', () => {
  test('is an ASK CLI v2 resources file with a default profile and no deploy state committed', () => {
    expect(config.askcliResourcesVersion).toBe('2020-03-31');
    expect(Object.keys(config.profiles)).toEqual(['default']);
    // The skill id, hashes and stack id live in .ask/ask-states.json (git-ignored), per developer.
    expect(profile?.skillId).toBeUndefined();
    expect(JSON.stringify(config)).not.toMatch(/lastDeployHash|deployState|amzn1\.ask\.skill/);
  });

  test('deploys the skill package from ./skill-package', () => {
    expect(profile?.skillMetadata.src).toBe('./skill-package');
    expect(fs.existsSync(path.join(ROOT, 'skill-package/skill.json'))).toBe(true);
  });

  test('code src exists in a fresh clone: the CLI stats it before running hooks/build.sh', () => {
    expect(Object.keys(profile?.code ?? {})).toEqual(['default']);
    const src = profile?.code['default']?.src ?? '';
    const absolute = path.join(ROOT, src);
    expect(fs.statSync(absolute).isDirectory()).toBe(true);
    // Not ignored by git (dist/ is): `git check-ignore` exits 1 when the path is not ignored.
    expect(() => execFileSync('git', ['check-ignore', '-q', src], { cwd: ROOT })).toThrow();
  });

  test('uses the cfn-deployer on nodejs22.x with index.handler, the stack template, us-east-1, endpoints for requests and events', () => {
    expect(profile?.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    const userConfig = profile?.skillInfrastructure.userConfig ?? {};
    expect(userConfig).toEqual({
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      templatePath: './infrastructure/cfn-deployer/skill-stack.yaml',
      awsRegion: 'us-east-1',
      // The CLI writes the Lambda ARN into both endpoints, so the SkillDisabled event reaches it too.
      targetEndpoint: ['custom', 'events'],
    });
    expect(fs.existsSync(path.join(ROOT, String(userConfig['templatePath'])))).toBe(true);
  });

  test('hooks/build.sh exists and is executable (the CLI runs it directly, not through bash)', () => {
    const hook = path.join(ROOT, 'hooks/build.sh');
    expect(fs.statSync(hook).mode & 0o111).not.toBe(0);
    const gitMode = execFileSync('git', ['ls-files', '-s', 'hooks/build.sh'], { cwd: ROOT, encoding: 'utf8' });
    if (gitMode !== '') expect(gitMode.startsWith('100755')).toBe(true);
  });
});
