// A small validator for the Swagger 2.0 definitions that ship in ask-smapi-model/spec.json: the
// same schemas SMAPI documents for the skill manifest and the interaction model. It covers the
// keywords those schemas use (see `SUPPORTED_KEYWORDS`) and fails loudly on any other, so a new
// spec version cannot silently weaken the checks.
import fs from 'node:fs';
import path from 'node:path';

export interface Schema {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: Schema | boolean;
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly allOf?: readonly Schema[];
  readonly discriminator?: string;
  readonly 'x-discriminator-value'?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly format?: string;
}

export interface Issue {
  readonly path: string;
  readonly message: string;
}

export interface ValidateOptions {
  /**
   * Treat properties a schema does not declare as errors. The spec never says
   * `additionalProperties: false`, but SMAPI rejects unknown manifest fields, and a typo
   * ("examplePhrase") would otherwise pass unnoticed.
   */
  readonly rejectUnknownProperties: boolean;
}

const SUPPORTED_KEYWORDS = new Set([
  '$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'allOf',
  'discriminator', 'x-discriminator-value', 'x-isDiscriminator', 'x-isEnum', 'x-baseType',
  'x-concreteType', 'x-inheritsFrom', 'x-jsonSchema-additionalProperties', 'description',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minimum',
  'maximum', 'pattern', 'format', 'default', 'example',
]);

interface Spec {
  readonly swagger: string;
  readonly definitions: Readonly<Record<string, Schema>>;
}

export function loadSpec(): Spec {
  const file = path.join(path.dirname(require.resolve('ask-smapi-model/package.json')), 'spec.json');
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isRecord(parsed) || parsed['swagger'] !== '2.0' || !isRecord(parsed['definitions'])) {
    throw new Error(`${file} is not the Swagger 2.0 document this validator was written for`);
  }
  return parsed as unknown as Spec;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SpecValidator {
  private readonly subtypes = new Map<string, Map<string, string>>();

  constructor(private readonly spec: Spec = loadSpec()) {
    // Index discriminated subtypes: a definition whose allOf names the base and carries the value.
    for (const [name, schema] of Object.entries(spec.definitions)) {
      const value = schema['x-discriminator-value'];
      if (value === undefined) continue;
      for (const part of schema.allOf ?? []) {
        if (part.$ref === undefined) continue;
        const base = refName(part.$ref);
        const byValue = this.subtypes.get(base) ?? new Map<string, string>();
        byValue.set(value, name);
        this.subtypes.set(base, byValue);
      }
    }
  }

  definition(name: string): Schema {
    const schema = this.spec.definitions[name];
    if (schema === undefined) throw new Error(`spec.json has no definition ${name}`);
    return schema;
  }

  validate(definitionName: string, value: unknown, options: ValidateOptions): Issue[] {
    const issues: Issue[] = [];
    this.check({ $ref: `#/definitions/${definitionName}` }, value, '$', options, issues);
    return issues;
  }

  private check(schema: Schema, value: unknown, at: string, options: ValidateOptions, issues: Issue[]): void {
    for (const keyword of Object.keys(schema)) {
      if (!SUPPORTED_KEYWORDS.has(keyword)) throw new Error(`unsupported schema keyword ${keyword} at ${at}`);
    }
    if (schema.$ref !== undefined) {
      const name = refName(schema.$ref);
      this.checkNamed(name, value, at, options, issues);
      return;
    }
    this.checkInline(schema, value, at, options, issues, new Set());
  }

  /** A named definition: follows the discriminator to the concrete subtype when there is one. */
  private checkNamed(name: string, value: unknown, at: string, options: ValidateOptions, issues: Issue[]): void {
    const schema = this.definition(name);
    if (schema.discriminator !== undefined && isRecord(value)) {
      const tag = value[schema.discriminator];
      const concrete = typeof tag === 'string' ? this.subtypes.get(name)?.get(tag) : undefined;
      if (concrete !== undefined) {
        this.checkInline(this.definition(concrete), value, at, options, issues, new Set());
        return;
      }
      const known = [...(this.subtypes.get(name)?.keys() ?? [])];
      if (known.length > 0) {
        issues.push({ path: `${at}.${schema.discriminator}`, message: `unknown ${name} ${schema.discriminator} ${JSON.stringify(tag)}; known: ${known.join(', ')}` });
        return;
      }
    }
    this.checkInline(schema, value, at, options, issues, new Set());
  }

  private checkInline(
    schema: Schema,
    value: unknown,
    at: string,
    options: ValidateOptions,
    issues: Issue[],
    // Properties declared by allOf siblings, so the unknown-property check sees the whole type.
    inherited: Set<string>,
  ): void {
    if (schema.$ref !== undefined) {
      this.check(schema, value, at, options, issues);
      return;
    }
    if (schema.allOf !== undefined) {
      const declared = new Set([...inherited, ...this.declaredProperties(schema)]);
      for (const part of schema.allOf) {
        const resolved = part.$ref !== undefined ? this.definition(refName(part.$ref)) : part;
        this.checkInline(resolved, value, at, options, issues, declared);
      }
      return;
    }
    if (schema.enum !== undefined && !schema.enum.includes(value)) {
      issues.push({ path: at, message: `${JSON.stringify(value)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` });
      return;
    }
    const type = schema.type ?? (schema.properties !== undefined ? 'object' : undefined);
    switch (type) {
      case undefined:
        return;
      case 'string':
        if (typeof value !== 'string') {
          issues.push({ path: at, message: `expected a string, got ${describe(value)}` });
          return;
        }
        if (schema.minLength !== undefined && [...value].length < schema.minLength) issues.push({ path: at, message: `shorter than ${schema.minLength}` });
        if (schema.maxLength !== undefined && [...value].length > schema.maxLength) issues.push({ path: at, message: `longer than ${schema.maxLength} (${[...value].length})` });
        if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) issues.push({ path: at, message: `does not match ${schema.pattern}` });
        return;
      case 'boolean':
        if (typeof value !== 'boolean') issues.push({ path: at, message: `expected a boolean, got ${describe(value)}` });
        return;
      case 'integer':
      case 'number':
        if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) {
          issues.push({ path: at, message: `expected ${type === 'integer' ? 'an integer' : 'a number'}, got ${describe(value)}` });
          return;
        }
        if (schema.minimum !== undefined && value < schema.minimum) issues.push({ path: at, message: `below ${schema.minimum}` });
        if (schema.maximum !== undefined && value > schema.maximum) issues.push({ path: at, message: `above ${schema.maximum}` });
        return;
      case 'array':
        if (!Array.isArray(value)) {
          issues.push({ path: at, message: `expected an array, got ${describe(value)}` });
          return;
        }
        if (schema.minItems !== undefined && value.length < schema.minItems) issues.push({ path: at, message: `fewer than ${schema.minItems} items` });
        if (schema.maxItems !== undefined && value.length > schema.maxItems) issues.push({ path: at, message: `more than ${schema.maxItems} items (${value.length})` });
        if (schema.items !== undefined) {
          const items = schema.items;
          value.forEach((item, i) => this.check(items, item, `${at}[${i}]`, options, issues));
        }
        return;
      case 'object': {
        if (!isRecord(value)) {
          issues.push({ path: at, message: `expected an object, got ${describe(value)}` });
          return;
        }
        const keys = Object.keys(value);
        if (schema.minProperties !== undefined && keys.length < schema.minProperties) issues.push({ path: at, message: `fewer than ${schema.minProperties} properties` });
        if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) issues.push({ path: at, message: `more than ${schema.maxProperties} properties` });
        for (const name of schema.required ?? []) {
          if (!(name in value)) issues.push({ path: `${at}.${name}`, message: 'is required' });
        }
        const properties = schema.properties ?? {};
        for (const key of keys) {
          const child = value[key];
          const property = properties[key];
          if (property !== undefined) {
            this.check(property, child, `${at}.${key}`, options, issues);
          } else if (isRecord(schema.additionalProperties)) {
            this.check(schema.additionalProperties, child, `${at}.${key}`, options, issues);
          } else if (schema.additionalProperties === false) {
            issues.push({ path: `${at}.${key}`, message: 'is not allowed here' });
          } else if (options.rejectUnknownProperties && schema.additionalProperties !== true && !inherited.has(key)) {
            const known = [...new Set([...Object.keys(properties), ...inherited])];
            issues.push({ path: `${at}.${key}`, message: `is not a property the spec declares here (known: ${known.join(', ') || 'none'})` });
          }
        }
        return;
      }
    }
  }

  private declaredProperties(schema: Schema): string[] {
    if (schema.$ref !== undefined) return this.declaredProperties(this.definition(refName(schema.$ref)));
    return [
      ...Object.keys(schema.properties ?? {}),
      ...(schema.allOf ?? []).flatMap((part) => this.declaredProperties(part)),
    ];
  }
}

function refName(ref: string): string {
  const prefix = '#/definitions/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}
