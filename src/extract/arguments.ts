import { staticKeyName, unwrapExpression, type CallNode, type EsNode, type ObjectNode } from './ast.js';
import type { CalleeSpec } from './callees.js';

export interface NameAndProperties {
  nameNode: EsNode;
  propertiesNode?: EsNode;
  objectForm: boolean;
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
  const argument = call.arguments[eventIndex];
  if (!argument) return undefined;
  if (argument.type === 'SpreadElement') return 'spread';
  const expression = unwrapExpression(argument);
  const propertiesArgument = call.arguments[spec.properties ?? eventIndex + 1];
  if (expression.type === 'ObjectExpression') {
    const object = expression as ObjectNode;
    const nameNode = findKey(object, spec.eventKey ?? 'event');
    if (nameNode) {
      const propertiesNode = findKey(object, spec.propertiesKey ?? 'properties');
      return propertiesNode ? { nameNode, propertiesNode, objectForm: true } : { nameNode, objectForm: true };
    }
    return object.properties.some((property) => property.type === 'SpreadElement') ? 'spread' : undefined;
  }
  if (expression.type === 'Literal' && typeof expression.value !== 'string') return undefined;
  if (expression.type === 'ArrayExpression' || expression.type === 'ArrowFunctionExpression' || expression.type === 'FunctionExpression') return undefined;
  return propertiesArgument && propertiesArgument.type !== 'SpreadElement' ? { nameNode: argument, propertiesNode: propertiesArgument, objectForm: false } : { nameNode: argument, objectForm: false };
}

