import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { embedUrl, type BuilderItem } from './builderUrl.ts';
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from './embedHeight.ts';
import type { EmbedTheme } from './embedParams.ts';
import { HEIGHT_MESSAGE } from './embedParams.ts';
import { ScormDownload } from './ScormDownload.tsx';
import { snippetHtml } from './snippet.ts';
import { useNearViewport } from './useNearViewport.ts';
import { controlLabel } from './controlLabel.ts';
import './builder.css';

interface Control {
  name: string;
  label: string;
}

// The page's link is read once, after hydration: nothing to subscribe to.
const noSubscription = () => () => {};

/** Reads `?widget=<id>`, `?problem=<id>` or `?problems=<lesson>` (links from widget frames and the gallery). */
function initialItem(items: BuilderItem[]): BuilderItem {
  try {
    const q = new URLSearchParams(window.location.search);
    return items.find((i) => q.get(i.kind) === i.id) ?? items[0];
  } catch {
    return items[0];
  }
}

/**
 * The embed builder: choose a widget or problem set, set it up in the live embed, tick controls to
 * hide, pick theme and size, see the preview as the host will, and copy the snippet.
 */
export default function Builder({ items }: { items: BuilderItem[] }) {
  const ids = useId();
  const [state, setState] = useState('');
  const [controls, setControls] = useState<Control[]>([]);
  const [hide, setHide] = useState<string[]>([]);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [seed, setSeed] = useState('');
  // What the page's link asks for (read after hydration; the server renders the first item).
  const linked = useSyncExternalStore(
    noSubscription,
    () => initialItem(items),
    () => items[0],
  );
  const [picked, setItem] = useState<BuilderItem | null>(null);
  const item = picked ?? linked;
  const [graded, setGraded] = useState(false);
  const [heightSet, setHeight] = useState<number | null>(null);
  const height = heightSet ?? item.height;
  const [heightEdited, setHeightEdited] = useState(false);
  const [maxWidth, setMaxWidth] = useState(0);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'manual'>('idle');
  const setup = useRef<HTMLIFrameElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const snippetRef = useRef<HTMLElement>(null);
  // The live frames load when the reader comes near them, or starts using the form for the setup.
  const setupBox = useRef<HTMLDivElement>(null);
  const previewBox = useRef<HTMLDivElement>(null);
  const [setupNear, bringSetupNear] = useNearViewport(setupBox);
  const [previewNear] = useNearViewport(previewBox);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );

  // Reads the live setup frame (same origin): its URL state and its controls' names.
  useEffect(() => {
    const t = setInterval(() => {
      try {
        const doc = setup.current?.contentDocument;
        const win = setup.current?.contentWindow;
        if (!doc || !win) return;
        const search = win.location.search;
        setState((s) => (s === search ? s : search));
        const found = [...doc.querySelectorAll<HTMLElement>('[data-control-name]')].map((el) => ({
          name: el.dataset.controlName ?? '',
          label: controlLabel(el),
        }));
        if (doc.querySelector('.wk-description'))
          found.push({ name: 'description', label: 'The description under the title' });
        setControls((c) => (JSON.stringify(c) === JSON.stringify(found) ? c : found));
      } catch {
        /* not loaded yet */
      }
    }, 500);
    return () => clearInterval(t);
  }, []);

  // The preview reports its content height; the snippet starts at that height unless edited.
  useEffect(() => {
    const on = (e: MessageEvent) => {
      if (
        e.origin !== window.location.origin ||
        e.data?.type !== HEIGHT_MESSAGE ||
        !Number.isFinite(e.data.height)
      )
        return;
      const h = Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.ceil(e.data.height)));
      // The setup frame grows with its content (the builder page does not load embed.js).
      if (e.source === setup.current?.contentWindow && setup.current) setup.current.style.height = `${h}px`;
      if (e.source === preview.current?.contentWindow && !heightEdited) setHeight(h);
    };
    addEventListener('message', on);
    return () => removeEventListener('message', on);
  }, [heightEdited]);

  const seedNumber = /^\d{1,9}$/.test(seed) ? Number(seed) : undefined;
  const src = origin
    ? embedUrl(origin, item, {
        state: item.kind === 'widget' ? state : '',
        hide,
        theme,
        seed: seedNumber,
        graded,
      })
    : '';
  const setupSrc = origin ? embedUrl(origin, item, { state: '', hide: [], theme: 'auto' }) : '';
  const snippet = src
    ? snippetHtml({ src, title: `${item.title} (Descent)`, height, maxWidth, script: `${origin}/embed.js` })
    : '';
  // The preview follows the snippet after the setup settles (no reload on every slider step).
  const [previewSrc, setPreviewSrc] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setPreviewSrc(src), 600);
    return () => clearTimeout(t);
  }, [src]);

  // Everything that belongs to one item starts afresh with the next: its setup, hidden controls,
  // seed, graded mode and height (theme and width are the host page's, so they stay).
  const choose = (key: string) => {
    const next = items.find((i) => `${i.kind}:${i.id}` === key);
    if (!next) return;
    setItem(next);
    setHide([]);
    setControls([]);
    setState('');
    setSeed('');
    setGraded(false);
    setHeightEdited(false);
    setHeight(next.height);
    setCopied('idle');
  };
  const groups = useMemo(() => [...new Set(items.map((i) => i.lessonTitle))], [items]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('manual');
      const sel = window.getSelection();
      if (sel && snippetRef.current) {
        const r = document.createRange();
        r.selectNodeContents(snippetRef.current);
        sel.removeAllRanges();
        sel.addRange(r);
      }
    }
  }

  return (
    <div className="builder">
      <div className="builder-form" onFocus={bringSetupNear} onPointerDown={bringSetupNear}>
        <label className="builder-field" htmlFor={`${ids}-what`}>
          <span>What to embed</span>
          <select
            id={`${ids}-what`}
            value={`${item.kind}:${item.id}`}
            onChange={(e) => choose(e.currentTarget.value)}
          >
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {items
                  .filter((i) => i.lessonTitle === g)
                  .map((i) => (
                    <option key={`${i.kind}:${i.id}`} value={`${i.kind}:${i.id}`}>
                      {i.kind === 'widget'
                        ? i.title
                        : i.kind === 'problems'
                          ? `Problem set: ${i.title}`
                          : `Problem: ${i.title}`}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>

        <fieldset className="builder-field">
          <legend>Theme</legend>
          {(['auto', 'light', 'dark'] as const).map((t) => (
            <label key={t} className="builder-inline">
              <input
                type="radio"
                name={`${ids}-theme`}
                value={t}
                checked={theme === t}
                onChange={() => setTheme(t)}
              />{' '}
              {t === 'auto' ? 'Follow the reader’s system' : t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>

        {item.kind === 'widget' ? (
          <fieldset className="builder-field builder-controls">
            <legend>Controls to hide</legend>
            {controls.length === 0 && (
              <p className="builder-hint">The widget’s controls appear here once it has loaded below.</p>
            )}
            {controls.map((c) => (
              <label key={c.name} className="builder-check">
                <input
                  type="checkbox"
                  checked={hide.includes(c.name)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setHide((h) => (on ? [...h, c.name] : h.filter((x) => x !== c.name)));
                  }}
                />{' '}
                {c.label || c.name} <code>{c.name}</code>
              </label>
            ))}
          </fieldset>
        ) : (
          <fieldset className="builder-field">
            <legend>Problems</legend>
            <label className="builder-check">
              <input
                type="checkbox"
                checked={graded}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setGraded(on);
                  if (!heightEdited) setHeight(on ? (item.gradedHeight ?? item.height) : item.height);
                }}
              />{' '}
              Graded mode (<code>graded=1</code>)
            </label>
            <p className="builder-hint">
              The worked solution opens only when asked for, after a warning, and a problem solved with it
              open is reported as such.
            </p>
            <label className="builder-seed" htmlFor={`${ids}-seed`}>
              <span>
                Fixed seed (optional: every student then sees the same numbers, and “New variant” is hidden)
              </span>
              <input
                id={`${ids}-seed`}
                inputMode="numeric"
                value={seed}
                onChange={(e) => setSeed(e.currentTarget.value.replace(/\D/g, '').slice(0, 9))}
              />
            </label>
          </fieldset>
        )}

        <div className="builder-row">
          <label className="builder-field" htmlFor={`${ids}-h`}>
            <span>Starting height (px; the host script then fits the content)</span>
            <input
              id={`${ids}-h`}
              type="number"
              min={MIN_EMBED_HEIGHT}
              max={MAX_EMBED_HEIGHT}
              step={10}
              value={height}
              onChange={(e) => {
                const v = Number(e.currentTarget.value);
                if (Number.isFinite(v)) {
                  setHeight(Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, v)));
                  setHeightEdited(true);
                }
              }}
            />
          </label>
          <label className="builder-field" htmlFor={`${ids}-w`}>
            <span>Width</span>
            <select
              id={`${ids}-w`}
              value={maxWidth}
              onChange={(e) => setMaxWidth(Number(e.currentTarget.value))}
            >
              <option value={0}>Full width of the column</option>
              <option value={640}>At most 640 px</option>
              <option value={800}>At most 800 px</option>
              <option value={960}>At most 960 px</option>
            </select>
          </label>
        </div>
      </div>

      {item.kind === 'widget' && (
        <section className="builder-step" aria-labelledby={`${ids}-setup`}>
          <h3 id={`${ids}-setup`}>1. Set it up</h3>
          <p className="builder-hint">Move the widget’s controls here; the snippet keeps this setup.</p>
          {/* The frame's box is there from the first render (the page's origin is known only after
              hydration): nothing below it moves when the frame appears. */}
          <div ref={setupBox}>
            {setupSrc && setupNear ? (
              <iframe
                ref={setup}
                key={setupSrc}
                className="builder-frame"
                src={setupSrc}
                title={`Set up: ${item.title}`}
                style={{ height: `${item.height}px` }}
              />
            ) : (
              <div className="builder-frame builder-frame-waiting" style={{ height: `${item.height}px` }}>
                <p className="builder-hint">The live widget loads here when you come to it.</p>
              </div>
            )}
          </div>
        </section>
      )}

      <section className="builder-step" aria-labelledby={`${ids}-preview`}>
        <h3 id={`${ids}-preview`}>
          {item.kind === 'widget'
            ? '2. Preview, as your page will show it'
            : 'Preview, as your page will show it'}
        </h3>
        <div className="builder-preview" ref={previewBox}>
          {previewSrc && previewNear ? (
            <iframe
              ref={preview}
              key={previewSrc}
              src={previewSrc}
              title={`Preview: ${item.title}`}
              style={{
                width: '100%',
                maxWidth: maxWidth > 0 ? `${maxWidth}px` : undefined,
                height: `${height}px`,
                border: 0,
              }}
              data-descent-embed
            />
          ) : (
            <div style={{ height: `${height}px` }} />
          )}
        </div>
      </section>

      <section className="builder-step" aria-labelledby={`${ids}-snippet`}>
        <h3 id={`${ids}-snippet`}>{item.kind === 'widget' ? '3. Copy the snippet' : 'Copy the snippet'}</h3>
        <p className="builder-hint">
          Paste it into your page’s HTML. The script line is optional: without it the frame keeps the height
          above.
        </p>
        <pre className="builder-snippet" tabIndex={0} role="region" aria-label="Embed snippet">
          <code ref={snippetRef} data-embed-snippet>
            {snippet}
          </code>
        </pre>
        <button type="button" className="wk-button" onClick={copy}>
          Copy snippet
        </button>
        <span className="builder-copied" aria-live="polite">
          {copied === 'copied'
            ? ' Copied.'
            : copied === 'manual'
              ? ' Copying is not allowed here: the snippet is selected, press Ctrl+C (⌘C).'
              : ''}
        </span>
      </section>

      {item.kind === 'problems' && (
        <ScormDownload key={item.id} lesson={item.id} title={item.title} seed={seedNumber} />
      )}
    </div>
  );
}
