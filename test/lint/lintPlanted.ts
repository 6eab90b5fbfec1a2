// Lints code planted at paths in the repository (never written to disk) with its eslint.config.mjs,
// through lintText.mjs in a child process: what every lint test of this folder checks against.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface Planted {
  /** Where the code would live, from the repository's root: the config's rules go by path. */
  readonly file: string;
  readonly code: string;
}

export interface LintMessage {
  /** null: not a rule's message but a parse error. */
  readonly ruleId: string | null;
  readonly message: string;
}

/** Each planted file's messages, in order. */
export function lintPlanted(plants: readonly Planted[]): LintMessage[][] {
  const input = JSON.stringify(plants.map((p) => ({ filePath: path.join(ROOT, p.file), code: p.code })));
  const out = execFileSync(process.execPath, [path.join(__dirname, 'lintText.mjs')], { cwd: ROOT, input, encoding: 'utf8' });
  return JSON.parse(out) as LintMessage[][];
}

/** A planted file and whether the rule under test must flag it. */
export interface RulePlant extends Planted {
  readonly name: string;
  readonly fires: boolean;
}

/**
 * One test per plant for one rule: `ofRule` picks that rule's messages from a file's, `flagged`
 * checks them for a plant that must fire; a plant that must not gets none. No plant may fail to
 * parse, or every file would "fail".
 */
export function describeRule(title: string, plants: readonly RulePlant[], ofRule: (m: LintMessage) => boolean, flagged: (messages: LintMessage[]) => void): void {
  describe(title, () => {
    let results: LintMessage[][];

    beforeAll(() => {
      results = lintPlanted(plants);
    });

    it.each(plants.map((p, i) => [p.name, i] as const))('%s', (_name, i) => {
      const fired = results[i]!.filter(ofRule);
      if (plants[i]!.fires) flagged(fired);
      else expect(fired).toEqual([]);
      expect(results[i]!.filter((m) => m.ruleId === null)).toEqual([]);
    });
  });
}
