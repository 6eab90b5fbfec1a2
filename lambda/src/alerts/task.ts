// The custom task a rest timer launches (skill-package/tasks/ContinueWorkout.1.json). Alexa names a
// skill's task <skillId>.<TaskName>, so the full name is built from the request's skill id.
import type { RequestEnvelope } from 'ask-sdk-model';
import { readNextSet, type NextSet } from '../workout/nextSet';

export const CONTINUE_WORKOUT_TASK = { name: 'ContinueWorkout', version: '1' } as const;

export function taskName(skillId: string): string {
  return `${skillId}.${CONTINUE_WORKOUT_TASK.name}`;
}

/** The next set a LaunchRequest's task carries, when the task is this skill's ContinueWorkout. */
export function continueWorkoutTask(envelope: RequestEnvelope): NextSet | undefined {
  const request = envelope.request;
  if (request.type !== 'LaunchRequest' || !request.task) return undefined;
  const skillId = envelope.context?.System?.application?.applicationId;
  if (!skillId || request.task.name !== taskName(skillId) || request.task.version !== CONTINUE_WORKOUT_TASK.version) return undefined;
  return readNextSet(request.task.input);
}
