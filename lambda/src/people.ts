// Who owns what a session holds when several people share one device (issue 11 item 6). The person
// is resolved per request, but a set belongs to the person who started it (or logged it), and a
// question that confirms something of theirs ("was it clean?", "delete the last set?", "delete my
// history?") belongs to the person who asked it: another voice answering is asked again.
// Kept in the session attributes beside the workout's state, persons by index so an id (up to a
// few hundred characters) is carried once. Pure: no Alexa or AWS imports.
import type { Effect } from './workout/effects';
import type { WorkoutEvent } from './workout/events';
import type { LoggedSet } from './workout/model';
import type { Question, WorkoutState } from './workout/state';

export interface People {
  readonly ids: readonly string[];
  /** The person who asked the owned question in state.question. */
  readonly askedBy?: number;
  /** The person who started the running or paused set (keyed by its start time). */
  readonly active?: { readonly startedAt: number; readonly by: number };
  /** Owners of the unsaved sets and of the session's last set, by set id. */
  readonly sets?: Readonly<Record<string, number>>;
  /** Owners of the ledger's pending writes, by position. */
  readonly pending?: readonly number[];
}

export const NO_PEOPLE: People = { ids: [] };

/** Questions whose yes or no changes someone's log. */
const OWNED: readonly Question[] = ['wasClean', 'deleteLast', 'deleteHistory'];
const MAX_PEOPLE = 8;

const isIndex = (value: unknown, ids: readonly string[]): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < ids.length;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whatever the session carries, read leniently: an unsound part is dropped (the turn's person then owns it). */
export function readPeople(raw: unknown): People {
  if (!isRecord(raw)) return NO_PEOPLE;
  const ids =
    Array.isArray(raw.ids) && raw.ids.length <= MAX_PEOPLE && raw.ids.every((id) => typeof id === 'string' && id.length > 0) ? (raw.ids as string[]) : [];
  if (ids.length === 0) return NO_PEOPLE;
  const active = isRecord(raw.active) && typeof raw.active.startedAt === 'number' && isIndex(raw.active.by, ids) ? { startedAt: raw.active.startedAt, by: raw.active.by } : undefined;
  const sets = isRecord(raw.sets) ? Object.fromEntries(Object.entries(raw.sets).filter((entry): entry is [string, number] => isIndex(entry[1], ids))) : undefined;
  const pending = Array.isArray(raw.pending) && raw.pending.every((i) => isIndex(i, ids)) ? (raw.pending as number[]) : undefined;
  return {
    ids,
    ...(isIndex(raw.askedBy, ids) && { askedBy: raw.askedBy }),
    ...(active && { active }),
    ...(sets && { sets }),
    ...(pending && { pending }),
  };
}

const who = (people: People, index: number | undefined, fallback: string) => (index === undefined ? fallback : (people.ids[index] ?? fallback));

/** The owner of a set the session holds. */
export function ownerOf(people: People, setId: string, person: string): string {
  return who(people, people.sets?.[setId], person);
}

/** The session's last set when it is this person's: "change that" or "delete the last set" means their own. */
export function ownLastSet(people: People, state: WorkoutState, person: string): LoggedSet | undefined {
  return state.lastSet && ownerOf(people, state.lastSet.id, person) === person ? state.lastSet : undefined;
}

/** The state the core decides from: another person's last set is not this person's "last set". */
export function stateFor(people: People, state: WorkoutState, event: WorkoutEvent, person: string): WorkoutState {
  if (event.type !== 'changeLast' && event.type !== 'deleteLast') return state;
  if (!state.lastSet || ownLastSet(people, state, person)) return state;
  const { lastSet: _theirs, ...rest } = state;
  return rest;
}

/** A yes or no to someone else's question is not an answer: the question is asked again. */
export function eventFor(people: People, state: WorkoutState, event: WorkoutEvent, person: string): WorkoutEvent {
  if (event.type !== 'yes' && event.type !== 'no') return event;
  if (!state.question || !OWNED.includes(state.question) || people.askedBy === undefined) return event;
  return who(people, people.askedBy, person) === person ? event : { type: 'notYourQuestion' };
}

const activeStart = (state: WorkoutState) => (state.stage.name === 'running' || state.stage.name === 'paused' ? state.stage.set.startedAt : undefined);

/** The owner of every write a turn makes. */
export interface Owners {
  /** Owner of a set, by id: its starter or logger, else this turn's person. */
  set(id: string): string;
  /** Owner of a pending write from an earlier turn, by position. */
  pending(index: number): string;
  /** Owner of a write this turn produced. */
  effect(effect: Effect): string;
}

/**
 * Who owns what this turn: `before` is the state the turn started from, `after` the core's result.
 * A guided set logged this turn is its starter's; a voice-logged one is the speaker's.
 */
export function ownersFor(people: People, before: WorkoutState, after: WorkoutState, effects: readonly Effect[], person: string): Owners {
  const sets: Record<string, string> = {};
  for (const [id, index] of Object.entries(people.sets ?? {})) sets[id] = who(people, index, person);
  const finishedStart = after.stage.name === 'finished' ? after.stage.set.startedAt : undefined;
  const startedBy =
    people.active && (people.active.startedAt === activeStart(before) || people.active.startedAt === finishedStart) ? who(people, people.active.by, person) : person;
  for (const effect of effects) {
    if (effect.type === 'logSet' && sets[effect.set.id] === undefined) sets[effect.set.id] = effect.set.source === 'guided' ? startedBy : person;
  }
  const setOwner = (id: string) => sets[id] ?? person;
  return {
    set: setOwner,
    pending: (index) => who(people, people.pending?.[index], person),
    effect: (effect) => {
      switch (effect.type) {
        case 'logSet':
        case 'updateSet':
        case 'deleteSet':
          return setOwner(effect.set.id);
        case 'savePausedSet':
        case 'clearPausedSet':
          return startedBy;
        default:
          return person;
      }
    },
  };
}

export interface TurnPeople {
  readonly before: WorkoutState;
  readonly after: WorkoutState;
  readonly event: WorkoutEvent;
  readonly person: string;
}

/** What the session keeps for the next turn: only what someone owns. */
export function nextPeople(people: People, owners: Owners, turn: TurnPeople, kept: { readonly outbox: readonly LoggedSet[]; readonly pendingOwners: readonly string[] }): People {
  const ids: string[] = [];
  const index = (id: string) => {
    const at = ids.indexOf(id);
    if (at >= 0) return at;
    ids.push(id);
    return ids.length - 1;
  };
  const { before, after, event, person } = turn;
  const start = activeStart(after);
  const active =
    start === undefined ? undefined : { startedAt: start, by: index(people.active?.startedAt === start ? who(people, people.active.by, person) : person) };
  const question = after.question;
  let askedBy: number | undefined;
  if (question && OWNED.includes(question)) {
    // "Was it clean?" is the set owner's; a delete question is whoever asked for the delete, until
    // it is answered (a help or a repeat in between changes nothing).
    const previous = people.askedBy === undefined || before.question !== question ? undefined : who(people, people.askedBy, person);
    const asker = question === 'wasClean' && after.lastSet ? owners.set(after.lastSet.id) : event.type === question ? person : (previous ?? person);
    askedBy = index(asker);
  }
  const ownedIds = new Set([...kept.outbox.map((set) => set.id), ...(after.lastSet ? [after.lastSet.id] : [])]);
  const sets = Object.fromEntries([...ownedIds].map((id) => [id, index(owners.set(id))]));
  const pending = kept.pendingOwners.map(index);
  if (ids.length === 0) return NO_PEOPLE;
  return {
    ids,
    ...(askedBy !== undefined && { askedBy }),
    ...(active && { active }),
    ...(Object.keys(sets).length > 0 && { sets }),
    ...(pending.length > 0 && { pending }),
  };
}
