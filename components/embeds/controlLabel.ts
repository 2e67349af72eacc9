/**
 * controlLabel(control) → the visible label of a widget control (`.wk-control[data-control-name]`):
 * a slider's or select's label, or a group's legend, trimmed to 80 characters ('' if it has none).
 * The embed page copies it beside the control (embedClient.ts) and the builder lists it next to the
 * control's name; both read it here, so the builder's list shows the label from the first time it
 * sees the control instead of the bare name, which the label then replaced (a layout shift).
 */
export function controlLabel(control: Element): string {
  const own = control instanceof HTMLElement ? control.dataset.controlLabel : undefined;
  if (own) return own;
  const label =
    (
      control.querySelector('.wk-label > span') ??
      control.querySelector('label') ??
      control.querySelector('legend')
    )?.textContent ?? '';
  return label.trim().slice(0, 80);
}
