import { staticKeyName, unwrapExpression, type CallNode, type EsNode, type ObjectNode } from './ast.js';
import type { CalleeRules, CalleeSpec } from './callees.js';
import { calleePath, matchCallee, type CalleeMatch } from './match-callee.js';
import type { Environment, Evaluator, Value } from '../resolve/evaluate.js';
import type { ModuleContext } from '../resolve/module.js';
import type { Scope } from '../resolve/scope.js';

export interface NameAndProperties {
  nameNode: EsNode;
  propertiesNode?: EsNode;
  objectForm: boolean;
  /** The key that holds the name when the name argument turns out to be an object (`track(payload)`). */
  eventKey: string;
}

function findKey(object: ObjectNode, key: string): EsNode | undefined {
  for (const property of object.properties) {
    if (property.type === 'Property' && staticKeyName(property.key as EsNode, property.computed as boolean) === key) return property.value as EsNode;
  }
  return undefined;
}

/**
 * Which argument names the event and which holds its properties; undefined when the call is
 * statically not an event (`player.track(2)`, no argument, an object without the name key).
 */
export function locateArguments(call: CallNode, spec: Pick<CalleeSpec, 'event' | 'properties' | 'eventKey' | 'propertiesKey'>): NameAndProperties | 'spread' | undefined {
  const eventIndex = spec.event ?? 0;
  const eventKey = spec.eventKey ?? 'event';
  const argument = call.arguments[eventIndex];
  if (!argument) return undefined;
  if (argument.type === 'SpreadElement') return 'spread';
  const expression = unwrapExpression(argument);
  const propertiesArgument = call.arguments[spec.properties ?? eventIndex + 1];
  if (expression.type === 'ObjectExpression') {
    const object = expression as ObjectNode;
    const nameNode = findKey(object, eventKey);
    if (nameNode) {
      const propertiesNode = findKey(object, spec.propertiesKey ?? 'properties');
      return propertiesNode ? { nameNode, propertiesNode, objectForm: true, eventKey } : { nameNode, objectForm: true, eventKey };
    }
    return object.properties.some((property) => property.type === 'SpreadElement') ? 'spread' : undefined;
  }
  if (expression.type === 'Literal' && typeof expression.value !== 'string') return undefined;
  if (expression.type === 'ArrayExpression' || expression.type === 'ArrowFunctionExpression' || expression.type === 'FunctionExpression') return undefined;
  return propertiesArgument && propertiesArgument.type !== 'SpreadElement'
    ? { nameNode: argument, propertiesNode: propertiesArgument, objectForm: false, eventKey }
    : { nameNode: argument, objectForm: false, eventKey };
}

/** The name a call sends: its name argument, or the name key of the object or event instance it passes. */
export function evaluateName(evaluator: Evaluator, located: NameAndProperties, module: ModuleContext, scope: Scope, env?: Environment): Value {
  const value = evaluator.evaluate(located.nameNode, module, scope, env);
  return value.kind === 'object' || value.kind === 'instance' ? evaluator.memberOf(value, located.eventKey) : value;
}

/**
 * Whether a call is a track call, and which arguments give its name and properties: the one answer
 * the extractor and the wrapper resolver (for the call inside a wrapper) share.
 */
export function locateTrackCall(call: CallNode, scope: Scope, rules: CalleeRules): { match: CalleeMatch; located: NameAndProperties | 'spread' } | undefined {
  const path = calleePath(call.callee);
  const match = path ? matchCallee(path, scope, rules) : undefined;
  const located = match ? locateArguments(call, match.spec) : undefined;
  return match && located ? { match, located } : undefined;
}
