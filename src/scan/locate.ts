import type { CallSite, ExtractedCall, OffsetRange, SentProperties, SentValue } from '../extract/types.js';
import type { Span } from '../report/types.js';
import type { LineIndex } from './lines.js';

function span(lines: LineIndex, range: OffsetRange): Span {
  return lines.span(range.start, range.end);
}

function locateValue(value: SentValue<OffsetRange>, lines: LineIndex): SentValue {
  const located: SentValue = { type: value.type };
  if (value.literals) located.literals = value.literals;
  if (value.properties) located.properties = locateProperties(value.properties, lines);
  if (value.items) located.items = value.items.map((item) => locateValue(item, lines));
  return located;
}

function locateProperties(properties: SentProperties<OffsetRange>, lines: LineIndex): SentProperties {
  return {
    entries: properties.entries.map((entry) => ({
      key: entry.key,
      keyPosition: span(lines, entry.keyPosition),
      valuePosition: span(lines, entry.valuePosition),
      value: locateValue(entry.value, lines),
    })),
    open: properties.open,
    position: span(lines, properties.position),
  };
}

/** Offsets to 1-based lines and UTF-16 columns, as editors and ESLint count them. */
export function locateCall(call: ExtractedCall, lines: LineIndex): CallSite {
  const { position, properties, propertiesPosition, ...rest } = call;
  const located: CallSite = { ...rest, position: span(lines, position) };
  if (propertiesPosition) located.propertiesPosition = span(lines, propertiesPosition);
  if (properties) located.properties = locateProperties(properties, lines);
  return located;
}
