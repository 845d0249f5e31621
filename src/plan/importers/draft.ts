import type { SourceLocation } from '../../report/types.js';
import type { DocumentPath, LocatedDocument } from '../../util/located-document.js';
import { record, type EventDocument, type PlanDocument } from '../document.js';

function keyOf(path: DocumentPath): string {
  return path.map(String).join('\u0000');
}

/**
 * A native plan being built from another format. Every path of the plan can be marked with the
 * place in the source it came from, so that findings and errors point into the source file.
 */
export class PlanDraft {
  readonly value: PlanDocument = { version: 1, events: record() };
  private readonly spots = new Map<string, SourceLocation>();

  constructor(readonly file: string) {}

  hasEvent(name: string): boolean {
    return Object.hasOwn(this.value.events, name);
  }

  addEvent(name: string, event: EventDocument, at: SourceLocation): void {
    this.value.events[name] = event;
    this.mark(['events', name], at);
  }

  mark(path: DocumentPath, at: SourceLocation): void {
    this.spots.set(keyOf(path), at);
  }

  /** The nearest marked place at or above a path of the plan. */
  locate(path: DocumentPath): SourceLocation {
    for (let length = path.length; length >= 0; length--) {
      const spot = this.spots.get(keyOf(path.slice(0, length)));
      if (spot) return spot;
    }
    return { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  toDocument(): LocatedDocument {
    return { file: this.file, value: this.value, locate: (path) => this.locate(path) };
  }
}
