import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { defaultUnit, supportedLocale, translator } from '../i18n';
import { readPeople } from '../people';
import { setTurn, type Services, type Turn } from '../turn';
import { datingTime, personOf, requestTime } from './request';
import { isStoreError, turnDeadline, type TrainingStore } from '../store';
import type { Act } from '../workout/acts';
import type { LaunchInfo } from '../workout/events';
import type { Settings } from '../workout/model';
import { restore } from '../workout/snapshot';
import { readPausedSet } from '../workout/pausedSet';
import type { Ledger } from '../workout/ledger';
import { beginSession, type WorkoutState } from '../workout/state';

/**
 * Newest sets read at launch: "last time", the next-weight suggestion, and the weeks of sessions
 * the greeting counts (the store's most; a streak longer than these reach is counted as far as they go).
 */
const RECENT_SETS = 100;

interface Loaded {
  readonly info: LaunchInfo;
  readonly settings?: Settings;
  readonly unreachable: boolean;
  readonly purgeOwed?: boolean;
  /** The stored settings are not the ones in use (unreachable, or written by a newer build): keep them. */
  readonly keepStored: boolean;
  /** The runner's "delete my history" mark: nothing this session logs may be dated at or before it. */
  readonly clearedAt?: string;
}

/** The one store read a session makes: profile, paused set and recent sets together. */
async function loadLaunch(store: TrainingStore | undefined, person: string): Promise<Loaded> {
  // Without a store every session starts from nothing, so every runner is met as a new one.
  if (!store) return { info: { firstTime: true }, unreachable: false, keepStored: false };
  try {
    const data = await store.loadLaunch(person, RECENT_SETS);
    const savedSet = readPausedSet(data.pausedSet);
    const settings = data.profile?.settings;
    const lastSet = data.recentSets[0];
    return {
      info: {
        firstTime: !data.profile && !data.newerProfile && data.recentSets.length === 0 && !savedSet,
        ...(savedSet && { savedSet }),
        ...(lastSet && { lastSet }),
        ...(data.recentSets.length > 0 && { recentSets: data.recentSets }),
      },
      ...(settings && { settings }),
      unreachable: false,
      ...(data.purgeOwed && { purgeOwed: true }),
      keepStored: data.newerProfile === true,
      ...(data.clearedAt !== undefined && { clearedAt: data.clearedAt }),
    };
  } catch (error) {
    if (!isStoreError(error)) throw error;
    return { info: { firstTime: false }, unreachable: true, keepStored: true };
  }
}

/**
 * A recognized speaker is noted under their account once per session, so disabling the skill can
 * find their log. A store that fails here costs nothing now: the next session notes it again.
 */
async function notePerson(store: TrainingStore | undefined, userId: string | undefined, person: string): Promise<void> {
  if (!store || !userId || person === userId) return;
  try {
    await store.rememberPerson(userId, person);
  } catch (error) {
    if (!isStoreError(error)) throw error;
  }
}

/**
 * The load phase: the runner's locale, who they are, when this happened, and the state the
 * session carries, validated. A new session also reads the log once.
 */
export function loadTurn(services: Services): RequestInterceptor {
  return {
    async process(input: HandlerInput): Promise<void> {
      // Read once, here at the edge of the turn; the core only ever gets values.
      const arrived = (services.clock ?? Date.now)();
      const deadline = turnDeadline(input.context, services.clock);
      const bound: Services = { ...services, ...(services.store && { store: services.store.within(deadline) }) };
      const envelope = input.requestEnvelope;
      const locale = supportedLocale(envelope.request.locale);
      const person = personOf(envelope);
      const isNew = envelope.session?.new ?? true;
      // A skill event has no session, and ask-sdk refuses to read the attributes of none.
      const restored = restore(envelope.session ? input.attributesManager.getSessionAttributes().state : undefined, defaultUnit(locale));
      const preface: Act[] = !restored.ok && restored.reason !== 'missing' && !isNew ? [{ type: 'stateReset' }] : [];
      let state: WorkoutState = restored.state;
      let ledger: Ledger = restored.ledger;
      let launch: LaunchInfo | undefined;
      // Beside the workout's state: the store's own chore, carried until a turn finishes it.
      let purgeOwed = !isNew && input.attributesManager.getSessionAttributes().purgeOwed === true;
      let notBefore: number | undefined;
      // Skill events (AlexaSkillEvent.*) are not sessions: nothing to load for them.
      if (isNew && envelope.request.type !== 'SessionEndedRequest' && !envelope.request.type.startsWith('AlexaSkillEvent.')) {
        const [loaded] = await Promise.all([loadLaunch(bound.store, person), notePerson(bound.store, envelope.context?.System?.user?.userId, person)]);
        launch = loaded.info;
        purgeOwed = loaded.purgeOwed === true;
        if (loaded.clearedAt !== undefined) notBefore = Date.parse(loaded.clearedAt) + 1;
        if (loaded.unreachable) preface.push({ type: 'logUnavailable' });
        if (loaded.keepStored) ledger = { ...ledger, logUnread: true };
        state = beginSession(state, { ...loaded.info, ...(loaded.settings && { settings: loaded.settings }) });
      }
      const now = requestTime(envelope, restored.ledger.clock, arrived);
      const turn: Turn = {
        speaker: { locale, t: translator(locale) },
        person,
        now,
        datedAt: datingTime(now, restored.ledger.clock, notBefore),
        requestId: envelope.request.requestId,
        state,
        ledger,
        preface,
        ...(launch && { launch }),
        ...(purgeOwed && { purgeOwed }),
        people: readPeople(envelope.session ? input.attributesManager.getSessionAttributes().people : undefined),
        services: bound,
      };
      setTurn(input, turn);
    },
  };
}
