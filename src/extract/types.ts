import type { Resolution, Span, Via } from '../report/types.js';

/** A UTF-16 offset range in a file's text: [start, end). */
export interface OffsetRange {
  start: number;
  end: number;
}

export type ValueType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'unknown';

export type LiteralValue = string | number | boolean | null;

export interface SentValue<P = Span> {
  type: ValueType;
  /** Every value the expression can have, when all are literals. */
  literals?: LiteralValue[];
  properties?: SentProperties<P>;
  items?: SentValue<P>[];
}

export interface SentProperty<P = Span> {
  key: string;
  keyPosition: P;
  valuePosition: P;
  value: SentValue<P>;
}

export interface SentProperties<P = Span> {
  entries: SentProperty<P>[];
  /** A spread or a non-literal part: keys present are checked, none is reported missing. */
  open: boolean;
  position: P;
}

export type NameResolution =
  | { kind: 'static'; names: string[]; resolution: Exclude<Resolution, 'dynamic'> }
  | { kind: 'dynamic'; reason: string; pattern?: string };

/**
 * One call that sends (or forwards) an event. P is the position type: offsets while extracting,
 * 1-based line/column spans once located in a file.
 */
export interface CallSite<P = Span> {
  file: string;
  /** The expression that gives the name. */
  position: P;
  callee: string;
  via: Via;
  name: NameResolution;
  /** Keys and values sent; absent when the properties are not known at all. */
  properties?: SentProperties<P>;
  /** Where the properties argument stands, even when its keys are unknown. */
  propertiesPosition?: P;
  /** The callee is known to be analytics (an SDK, a preset, a configured callee, a wrapper, a receiver named like one). */
  analytics: boolean;
  recovered?: true;
  /**
   * Set when the name comes from a parameter of the enclosing function (`file#offset` of it): the
   * call is a forward if that function turns out to be a wrapper with a caller anywhere.
   */
  forwardOf?: string;
}

export type ExtractedCall = CallSite<OffsetRange>;
