// URL state for widgets: a pure codec (no React, no DOM) tested on its own; the React hook in
// components/widgets/kit/useUrlState.ts is a thin layer over it.
export {
  widgetCodec,
  type WidgetCodec,
  type WidgetCodecOptions,
  type WidgetStateSchema,
  type UrlNotice,
} from './widgetCodec.ts';
export { slots, withSlot, type SlotSchema } from './slots.ts';
export { describeField, type FieldInfo, type ScalarInfo, type SlotsInfo } from './describeField.ts';
export { parseField, formatField, type FieldValue, type ParsedField } from './parseField.ts';
