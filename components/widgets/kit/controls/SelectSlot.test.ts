import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Select } from './Select.tsx';

const options = [
  { value: 'sgd', label: 'SGD with momentum' },
  { value: 'adam', label: 'Adam' },
  { value: 'lion', label: 'Lion (sign of the update)' },
] as const;

const serverHtml = (props: Partial<Parameters<typeof Select>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(Select<string>, {
      name: 'optimizer',
      label: 'Optimizer',
      value: 'adam',
      options,
      onChange: () => {},
      ...props,
    }),
  );

describe('Select in the server HTML', () => {
  it('is an <output> showing the chosen option, labelled, with no <select> (that costs the page a layout)', () => {
    const html = serverHtml();
    expect(html).not.toMatch(/<select/);
    const output = html.match(/<output id="([^"]+)" class="wk-select-standin">([^<]*)<\/output>/);
    expect(output?.[2]).toBe('Adam');
    expect(html).toContain(`<label for="${output?.[1]}" class="wk-label">`);
  });

  it('sizes its slot by every option, in attributes and not in the text (search, narration, print)', () => {
    const html = serverHtml();
    for (const o of options) expect(html).toContain(`data-label="${o.label}"`);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toBe('OptimizerAdam');
  });

  it('shows a disabled select dimmed, as the select will be', () => {
    expect(serverHtml({ disabled: true })).toMatch(/<output[^>]*data-disabled="true"/);
    expect(serverHtml()).not.toMatch(/data-disabled/);
  });
});
