/**
 * What a condition refers to: question ids, option values, named conditions. For the cross-reference checks of
 * the content (rules-schema.ts) and for reading the questions a named definition is about (orientation.ts).
 * Apart from conditions.ts so that the first screen's code does not carry it.
 */
import type { Condition } from './conditions.ts';

/** Every question id and option value a condition refers to, for cross-reference checks. */
export function references(condition: Condition): { question: string; values: readonly string[] }[] {
  if ('all' in condition) return condition.all.flatMap(references);
  if ('any' in condition) return condition.any.flatMap(references);
  if ('not' in condition) return references(condition.not);
  if ('ref' in condition) return [];
  return [{ question: condition.q, values: 'is' in condition ? [condition.is] : 'in' in condition ? condition.in : condition.only }];
}

/** Names of the definitions a condition uses directly. */
export function refsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(refsOf);
  if ('any' in condition) return condition.any.flatMap(refsOf);
  if ('not' in condition) return refsOf(condition.not);
  return 'ref' in condition ? [condition.ref] : [];
}
