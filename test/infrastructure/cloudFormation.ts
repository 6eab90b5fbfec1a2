// Reads a CloudFormation YAML template into plain JSON form: short-form tags (!Ref, !GetAtt, !Sub
// ...) become their long form ({ Ref }, { 'Fn::GetAtt': [...] }, ...), as CloudFormation sees them.
import fs from 'node:fs';
import { parse, type Tags } from 'yaml';

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or'];

function longName(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

const cloudFormationTags: Tags = [...FUNCTIONS, 'Ref', 'Condition'].flatMap((name) => [
  {
    tag: `!${name}`,
    resolve: (value: string) => ({ [longName(name)]: name === 'GetAtt' ? splitGetAtt(value) : value }),
  },
  {
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (node: { toJSON(): unknown }) => ({ [longName(name)]: node.toJSON() }),
  },
  {
    tag: `!${name}`,
    collection: 'map' as const,
    resolve: (node: { toJSON(): unknown }) => ({ [longName(name)]: node.toJSON() }),
  },
]);

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Resource {
  readonly Type: string;
  readonly Properties?: Record<string, Json>;
  readonly DependsOn?: string | string[];
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Condition?: string;
}

export interface Template {
  readonly AWSTemplateFormatVersion?: string;
  readonly Description?: string;
  readonly Parameters?: Record<string, { Type: string; AllowedValues?: Json[]; AllowedPattern?: string; Default?: Json }>;
  readonly Conditions?: Record<string, Json>;
  readonly Resources: Record<string, Resource>;
  readonly Outputs?: Record<string, { Value: Json; Description?: string; Export?: Json }>;
}

export function readTemplate(file: string): Template {
  return parse(fs.readFileSync(file, 'utf8'), { customTags: cloudFormationTags }) as Template;
}

export interface Reference {
  readonly kind: 'Ref' | 'GetAtt' | 'Sub';
  readonly target: string;
  readonly attribute?: string;
  readonly at: string;
}

/** Every Ref, GetAtt and ${...} in a Sub string below `node`. */
export function references(node: Json | undefined, at = '$'): Reference[] {
  if (node === null || node === undefined || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item, i) => references(item, `${at}[${i}]`));
  const found: Reference[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Ref' && typeof value === 'string') found.push({ kind: 'Ref', target: value, at });
    if (key === 'Fn::GetAtt' && Array.isArray(value) && typeof value[0] === 'string') {
      found.push({ kind: 'GetAtt', target: value[0], attribute: typeof value[1] === 'string' ? value[1] : undefined, at });
    }
    if (key === 'Fn::Sub') {
      const [text, variables] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
      const local = variables !== null && typeof variables === 'object' && !Array.isArray(variables) ? Object.keys(variables) : [];
      if (typeof text === 'string') {
        for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const [target = '', attribute] = (match[1] ?? '').split('.');
          if (!local.includes(target)) found.push({ kind: 'Sub', target, attribute, at });
        }
      }
      found.push(...references(variables as Json, `${at}.Fn::Sub`));
      continue;
    }
    found.push(...references(value, `${at}.${key}`));
  }
  return found;
}

export const PSEUDO_PARAMETERS = ['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix'];
