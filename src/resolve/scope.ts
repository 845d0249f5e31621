import type { EsNode, FunctionNode } from '../extract/ast.js';

export type BindingKind = 'const' | 'let' | 'var' | 'param' | 'import' | 'function' | 'class' | 'enum' | 'catch';

/** Where an imported binding comes from: `imported` is an export name, 'default', or '*' for a namespace. */
export interface ImportOrigin {
  source: string;
  imported: string;
}

export interface Binding {
  name: string;
  kind: BindingKind;
  scope: Scope;
  id: EsNode;
  /** The initializer of a declarator, when the binding is the whole target. */
  init?: EsNode;
  /** `const { a: { b } } = init` gives init and the key path ['a', 'b']; array positions are numbers. */
  destructured?: { init: EsNode; path: (string | number)[] };
  /** Function, class or enum declaration. */
  declaration?: EsNode;
  import?: ImportOrigin;
  param?: { fn: FunctionNode; index: number; path: (string | number)[]; rest: boolean };
  /** Right-hand sides of plain `=` assignments after the declaration. */
  assignments: EsNode[];
  /** Written in a way whose value cannot be known (`+=`, `++`, destructuring assignment, for-of target). */
  writtenUnknown: boolean;
}

export class Scope {
  readonly bindings = new Map<string, Binding>();

  constructor(
    readonly node: EsNode,
    readonly parent: Scope | undefined,
    readonly isFunctionScope: boolean,
  ) {}

  lookup(name: string): Binding | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const binding = scope.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  get functionScope(): Scope {
    let scope: Scope = this;
    while (!scope.isFunctionScope && scope.parent) scope = scope.parent;
    return scope;
  }
}
