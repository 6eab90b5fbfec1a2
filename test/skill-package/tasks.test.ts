// skill-package/tasks/: custom task definitions as "Implement Custom Tasks in Your Skill" describes
// them (OpenAPI 3, file {TaskName}.{TaskVersion}.json, one path /{TaskName} with POST only,
// application/json bodies, inline references). The timer's LAUNCH_TASK names <skillId>.<TaskName>
// and the version, so the skill's constants must match a file here.
import fs from 'node:fs';
import path from 'node:path';
import { CONTINUE_WORKOUT_TASK } from '../../lambda/src/alerts/task';
import { SKILL_PACKAGE, readJson } from './skillPackage';

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  $ref?: string;
}

const TASKS = path.join(SKILL_PACKAGE, 'tasks');
const files = fs.existsSync(TASKS) ? fs.readdirSync(TASKS) : [];

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

/** Enough of JSON Schema for a task's input: object, required, types, enum, bounds. */
function problems(schema: Schema, value: unknown, at = '$'): string[] {
  const out: string[] = [];
  if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at} is not an object`];
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) out.push(`${at}.${key} is required`);
    for (const key of Object.keys(record)) {
      const property = schema.properties?.[key];
      if (!property) out.push(`${at}.${key} is not declared`);
      else out.push(...problems(property, record[key], `${at}.${key}`));
    }
    return out;
  }
  if (schema.type === 'integer' && !Number.isInteger(value)) out.push(`${at} is not an integer`);
  if (schema.type === 'number' && typeof value !== 'number') out.push(`${at} is not a number`);
  if (schema.type === 'string' && typeof value !== 'string') out.push(`${at} is not a string`);
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) out.push(`${at} is below ${schema.minimum}`);
  if (typeof value === 'number' && schema.maximum !== undefined && value > schema.maximum) out.push(`${at} is above ${schema.maximum}`);
  return out;
}

describe('skill-package/tasks', () => {
  test('holds the task the rest timer launches, under the name and version the skill uses', () => {
    expect(files).toContain(`${CONTINUE_WORKOUT_TASK.name}.${CONTINUE_WORKOUT_TASK.version}.json`);
  });

  describe.each(files)('%s', (file) => {
    const match = /^([A-Za-z][A-Za-z0-9]*)\.([1-9]\d*)\.json$/.exec(file);
    const definition = readJson(path.join(TASKS, file)) as {
      openapi: string;
      info: { title?: string; version: string; 'x-amzn-alexa-access-scope'?: string };
      paths: Record<string, Record<string, unknown>>;
      components?: { schemas?: Record<string, Schema> };
    };
    const name = match?.[1] ?? '';
    const operation = definition.paths[`/${name}`] as {
      post?: { requestBody?: { content?: Record<string, { schema?: Schema; examples?: Record<string, { value: unknown }> }> }; responses?: Record<string, { content?: Record<string, unknown> }> };
    };

    test('is named {TaskName}.{TaskVersion}.json with a positive integer version, repeated in info.version', () => {
      expect(match).not.toBeNull();
      expect(definition.info.version).toBe(match?.[2]);
      expect(definition.openapi).toMatch(/^3\.0\.\d+$/);
      expect(definition.info.title?.length ?? 0).toBeGreaterThan(5);
      expect(['public', 'vendor-private', undefined]).toContain(definition.info['x-amzn-alexa-access-scope']);
    });

    test('has exactly one path, /{TaskName}, and POST is its only method', () => {
      expect(Object.keys(definition.paths)).toEqual([`/${name}`]);
      const methods = Object.keys(operation).filter((key) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(key));
      expect(methods).toEqual(['post']);
    });

    test('the request body and every response are application/json only', () => {
      expect(Object.keys(operation.post?.requestBody?.content ?? {})).toEqual(['application/json']);
      const responses = Object.values(operation.post?.responses ?? {});
      expect(responses.length).toBeGreaterThan(0);
      for (const response of responses) expect(Object.keys(response.content ?? {})).toEqual(['application/json']);
    });

    test('every $ref is inline (#/components/...) and resolves', () => {
      const found = refs(definition);
      expect(found.length).toBeGreaterThan(0);
      for (const ref of found) {
        expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/);
        expect(definition.components?.schemas?.[ref.split('/').at(-1)!]).toBeDefined();
      }
    });

    test('its examples are valid inputs, and what the skill sends as task input is too', () => {
      const body = operation.post?.requestBody?.content?.['application/json'];
      const input = definition.components?.schemas?.[(body?.schema?.$ref ?? '').split('/').at(-1)!] as Schema;
      const examples = Object.values(body?.examples ?? {});
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) expect(problems(input, example.value)).toEqual([]);
      expect(problems(input, { setNumber: 3, reps: 10, weightAmount: 65, weightUnit: 'lb' })).toEqual([]);
      expect(problems(input, { setNumber: 0, reps: 10 })).toEqual(['$.setNumber is below 1']);
      expect(problems(input, { reps: 10, weightUnit: 'stone' })).toEqual(['$.setNumber is required', '$.weightUnit is not one of lb, kg']);
    });
  });
});
