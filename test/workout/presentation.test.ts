import type { Act } from '../../lambda/src/workout/acts';
import { present } from '../../lambda/src/workout/presentation';

const ask: Act = { type: 'ask', question: 'start' };

describe('present', () => {
  it('says the preface, what was decided, then the warnings, and closes with the one question', () => {
    const out = present({ preface: [{ type: 'stateReset' }], decided: [{ type: 'goodbye' }, ask], warnings: [{ type: 'saveFailed' }] });
    expect(out.said.map((act) => act.type)).toEqual(['stateReset', 'goodbye', 'saveFailed']);
    expect(out.close).toEqual({ kind: 'ask', question: 'start' });
  });

  it('closes with the end of the session when the core ends it', () => {
    expect(present({ preface: [], decided: [{ type: 'goodbye' }, { type: 'end' }], warnings: [] }).close).toEqual({ kind: 'end' });
  });

  it('says nothing, not even the preface, when the core decided nothing', () => {
    expect(present({ preface: [{ type: 'logUnavailable' }], decided: [], warnings: [{ type: 'saveFailed' }] })).toEqual({ said: [], close: { kind: 'silent' } });
  });

  it('says a preface warning once when the core says it too', () => {
    const out = present({ preface: [{ type: 'logUnavailable' }], decided: [{ type: 'logUnavailable' }, ask], warnings: [] });
    expect(out.said).toEqual([{ type: 'logUnavailable' }]);
  });

  it.each<[string, readonly Act[], readonly Act[]]>([
    ['two questions', [ask, { type: 'ask', question: 'another' }], []],
    ['a question that is not last', [ask, { type: 'goodbye' }], []],
    ['neither a question nor the end', [{ type: 'goodbye' }], []],
    ['a question and the end', [ask, { type: 'end' }], []],
    ['a question among the warnings', [ask], [{ type: 'ask', question: 'another' }]],
  ])('refuses a turn with %s', (_name, decided, warnings) => {
    expect(() => present({ preface: [], decided, warnings })).toThrow(/exactly one question/);
  });
});
