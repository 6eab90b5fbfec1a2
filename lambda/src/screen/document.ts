// The one APL document the skill sends, as data. It is the same for every turn and locale: every
// word it shows comes from the datasource (`d`, built by screen.ts from the locale files), so it
// can stay compact. Sizes are in vh/vw so one layout reads from across a garage on every Echo Show
// (5, 8, 10, 15, 21) and the round Echo Spot, where the padding grows to clear the corners.
// Views: `set` (the rep, phase, hold countdown, weight, progress), `rest` (countdown), `status`
// (launch and between sets), `history` (bars of recent sessions), `help` (things to say).

/** APL version the document is written against (2023.3: Echo Show devices since 2023). */
export const APL_VERSION = '2023.3';

const WHITE = '#FFFFFF';
const ACCENT = '#FFC940';
const SOFT = '#B8C4CC';
const GREEN = '#2ECC71';

const text = (value: string, fontSize: string, extra: Record<string, unknown> = {}) => ({ type: 'Text', style: 't', text: value, fontSize, ...extra });

const view = (items: readonly unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'Container',
  width: '100%',
  height: '100%',
  alignItems: 'center',
  justifyContent: 'center',
  items,
  ...extra,
});

/** Touching a button does what saying its word does: the skill gets the same event as the intent. */
const button = (label: string, say: string) => ({
  type: 'TouchWrapper',
  onPress: [{ type: 'SendEvent', arguments: ['say', say] }],
  item: {
    type: 'Frame',
    borderColor: SOFT,
    borderWidth: 2,
    borderRadius: 12,
    paddingLeft: '3vw',
    paddingRight: '3vw',
    item: text(label, '6vh', { width: 'auto' }),
  },
});

/**
 * The views and the commands, built on first use: most cold starts (a launch on a device without
 * a screen) never send a document, so they never build it (1.4 M instructions less per cold start
 * on Node 22, 1.5 M on Node 20, --random-seed=2; README, "Module load and the first request").
 */
function buildScreens() {
  const SET_VIEW = view(
    [
      text('${phase}', '9vh', { color: ACCENT }),
      text('${rep}', '24vh', { fontWeight: 'bold' }),
      text('${left}', '9vh', { color: GREEN }),
      text('${d.weight}', '6vh', { color: SOFT }),
      {
        type: 'Frame',
        width: '70vw',
        height: '2vh',
        backgroundColor: '#333333',
        item: { type: 'Frame', width: '${done}%', height: '100%', backgroundColor: GREEN },
      },
      // What SpeakItem reads: one invisible component per spoken chunk, its speech from ssmlToSpeech.
      {
        type: 'Container',
        direction: 'row',
        height: 1,
        data: '${d.c}',
        item: { type: 'Text', id: 'c${index}', speech: '${data.s}', text: '', width: 1, height: 1, opacity: 0 },
      },
      { type: 'Container', direction: 'row', paddingTop: '3vh', items: [button('${d.pause}', 'pause'), { type: 'Frame', width: '4vw' }, button('${d.next}', 'next')] },
    ],
    {
      id: 'set',
      bind: [
        { name: 'rep', value: '${d.rep}' },
        { name: 'phase', value: '${d.phase}' },
        { name: 'left', value: '' },
        { name: 'done', value: '${d.done}' },
      ],
    },
  );

  const REST_VIEW = view(
    // elapsedTime (ms since the document was shown) re-evaluates as it grows: a countdown without commands.
    [
      text('${d.head}', '9vh', { color: ACCENT }),
      text('${Math.max(0, d.left - Math.floor(elapsedTime / 1000))}', '30vh', { fontWeight: 'bold' }),
      text('${d.sub}', '6vh', { color: SOFT }),
    ],
  );

  const STATUS_VIEW = view([
    text('${d.head}', '7vh', { color: ACCENT }),
    text('${d.line}', '10vh', { fontWeight: 'bold' }),
    text('${d.sub}', '6vh', { color: SOFT, paddingTop: '3vh' }),
  ]);

  /** Bars of recent sessions: height from the reps, the weight under each bar. */
  const HISTORY_VIEW = view([
    text('${d.head}', '7vh', { color: ACCENT }),
    {
      type: 'Container',
      direction: 'row',
      alignItems: 'end',
      height: '55vh',
      data: '${d.bars}',
      item: {
        type: 'Container',
        alignItems: 'center',
        justifyContent: 'end',
        width: '10vw',
        height: '100%',
        items: [
          text('${data.r}', '5vh'),
          { type: 'Frame', width: '6vw', height: '${data.h}%', backgroundColor: GREEN },
          text('${data.w}', '4vh', { color: SOFT }),
        ],
      },
    },
    text('${d.sub}', '6vh', { color: SOFT }),
  ]);

  const HELP_VIEW = view([
    text('${d.head}', '7vh', { color: ACCENT }),
    { type: 'Container', data: '${d.lines}', item: text('${data}', '6vh', { paddingTop: '1vh' }) },
  ]);

  /** User-defined commands keep a block's sequence short: one small object per step. */
  const COMMANDS = {
    // A rep starts: its number and the progress bar.
    R: {
      parameters: ['n', 'p'],
      commands: [
        { type: 'SetValue', componentId: 'set', property: 'rep', value: '${n}' },
        { type: 'SetValue', componentId: 'set', property: 'done', value: '${p}' },
      ],
    },
    // A phase that speaks: its name, then its words (the screen stays on while they play).
    P: {
      parameters: ['t', 'k'],
      commands: [
        { type: 'SetValue', componentId: 'set', property: 'phase', value: '${t}' },
        { type: 'SetValue', componentId: 'set', property: 'left', value: '' },
        { type: 'SpeakItem', componentId: '${k}', screenLock: true },
      ],
    },
    // One breath of a spoken hold: what is left, then the breath's silence and its mark.
    B: {
      parameters: ['t', 'b', 'k'],
      commands: [
        { type: 'SetValue', componentId: 'set', property: 'phase', value: '${t}' },
        { type: 'SetValue', componentId: 'set', property: 'left', value: '${b}' },
        { type: 'SpeakItem', componentId: '${k}', screenLock: true },
      ],
    },
    // One breath of the hold: what is left, then the breath's silence.
    H: {
      parameters: ['t', 'b', 'ms'],
      commands: [
        { type: 'SetValue', componentId: 'set', property: 'phase', value: '${t}' },
        { type: 'SetValue', componentId: 'set', property: 'left', value: '${b}' },
        { type: 'Idle', delay: '${ms}', screenLock: true },
      ],
    },
  };

  const VIEWS = { set: SET_VIEW, rest: REST_VIEW, status: STATUS_VIEW, history: HISTORY_VIEW, help: HELP_VIEW } as const;
  return { VIEWS, COMMANDS };
}

let screens: ReturnType<typeof buildScreens> | undefined;
const built = () => (screens ??= buildScreens());

/** Every view of the document, by name. */
export function views(): ReturnType<typeof buildScreens>['VIEWS'] {
  return built().VIEWS;
}
export type View = keyof ReturnType<typeof views>;

/** Only the view shown travels, and the commands only with the views that run them: every byte is the runner's wait. */
export function documentFor(shown: View) {
  return {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  styles: { t: { values: [{ color: WHITE, textAlign: 'center' }] } },
  ...(shown === 'set' && { commands: built().COMMANDS }),
  mainTemplate: {
    parameters: ['payload'],
    item: {
      type: 'Frame',
      width: '100vw',
      height: '100vh',
      backgroundColor: '#000000',
      bind: [{ name: 'd', value: '${payload.s.properties}' }],
      item: {
        type: 'Container',
        width: '100%',
        height: '100%',
        bind: [{ name: 'r', value: "${viewport.shape == 'round'}" }],
        paddingLeft: "${r ? '12vw' : '4vw'}",
        paddingRight: "${r ? '12vw' : '4vw'}",
        paddingTop: "${r ? '10vh' : '3vh'}",
        paddingBottom: "${r ? '10vh' : '3vh'}",
        item: views()[shown],
      },
    },
  },
  };
}
