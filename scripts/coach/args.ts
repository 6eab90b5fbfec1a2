// The command line, parsed. Pure: a bad flag is a CoachError (exit 2) with the fix in it.
import { CoachError } from './errors';

export interface Options {
  readonly locale: string;
  /** How many times faster than real time waits run: 1 = real time, --fast = FAST_DEFAULT. */
  readonly speed: number;
  readonly speak: boolean;
  /** How long the device listens after the speech and after the reprompt (docs/design.md: about 8 s). */
  readonly waitMs: number;
  readonly script?: string;
  readonly dataDir?: string;
  readonly store: boolean;
  readonly userId: string;
  readonly personId?: string;
  readonly verbose: boolean;
  /** Play an Echo Show: the skill sends its APL document, and the device plays its command sequence. */
  readonly screen: boolean;
  readonly help: boolean;
}

export const FAST_DEFAULT = 40;
export const LISTEN_MS = 8000;

export const USAGE = `Usage: npm start -- [flags]

  --locale LOCALE   interaction model and language to use (default en-US)
  --fast[=FACTOR]   run waits FACTOR times faster (default ${FAST_DEFAULT}); timestamps still move by the full time
  --speak           also speak aloud with espeak-ng (Linux) or say (macOS) when one is installed
  --wait SECONDS    how long Alexa listens after speaking and after the reprompt (default ${LISTEN_MS / 1000})
  --script FILE     play utterances from FILE (- or a piped stdin: read them from stdin)
  --data DIR        folder of the local store (default .data/dynalite)
  --no-store        no local store: the skill runs with its own default
  --user ID         Alexa user id to send (default a fixed local one, so the log persists)
  --person ID       recognized speaker id to send (several runners on one device)
  --verbose         show the intent and slots each line resolved to
  --screen          be an Echo Show: run the skill's APL command sequence and draw its screen
  --help            this text

Script files: one utterance per line, # comments, @wait SECONDS (silence after Alexa finishes),
@at SECONDS (said that long after Alexa starts speaking: a barge-in if she is still talking).`;

const DEFAULT_USER = 'amzn1.ask.account.LOCAL-COACH-RUNNER';

function positive(flag: string, value: string | undefined, allowZero: boolean): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    throw new CoachError(`${flag} needs a ${allowZero ? 'number of seconds' : 'positive number'}, got ${value === undefined ? 'nothing' : `"${value}"`}`, 2);
  }
  return n;
}

export function parseArgs(argv: readonly string[]): Options {
  let locale = 'en-US';
  let speed = 1;
  let speak = false;
  let waitMs = LISTEN_MS;
  let script: string | undefined;
  let dataDir: string | undefined;
  let store = true;
  let userId = DEFAULT_USER;
  let personId: string | undefined;
  let verbose = false;
  let screen = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new CoachError(`${flag} needs a value (see --help)`, 2);
      return v;
    };
    switch (flag) {
      case '--locale': locale = value(); break;
      case '--fast': speed = inline === undefined ? FAST_DEFAULT : positive('--fast', inline, false); break;
      case '--speak': speak = true; break;
      case '--wait': waitMs = Math.round(positive('--wait', value(), false) * 1000); break;
      case '--script': script = value(); break;
      case '--data': dataDir = value(); break;
      case '--no-store': store = false; break;
      case '--user': userId = value(); break;
      case '--person': personId = value(); break;
      case '--verbose': case '-v': verbose = true; break;
      case '--screen': screen = true; break;
      case '--help': case '-h': help = true; break;
      default:
        throw new CoachError(`unknown flag "${arg}" (see npm start -- --help)`, 2);
    }
  }
  return {
    locale, speed, speak, waitMs, store, userId, verbose, screen, help,
    ...(script !== undefined ? { script } : {}),
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...(personId !== undefined ? { personId } : {}),
  };
}
