import { problemRecord, variantKey, variantRecord } from '../../src/lib/progress/progressOps.ts';
import { getProgressStore } from '../../src/lib/progress/progressStore.ts';
import { currentPlayerMode } from '../../src/lib/problems/playerMode.ts';
import { controlLabel } from './controlLabel.ts';
import { HEIGHT_MESSAGE, PING_MESSAGE, PROBLEM_MESSAGE, readEmbedParams } from './embedParams.ts';

/**
 * The embed page's behaviour, loaded once per embed page: hides the controls named in `hide=`,
 * tells the parent frame the content height, and for problems posts `{ type, id, solved,
 * attempts, withSolution }` when a problem's record changes. Never throws in a hostile frame: every call that
 * a sandbox may forbid is guarded.
 */
const params = readEmbedParams(location.search);
const hidden = new Set(params.hide);
const root = document.querySelector<HTMLElement>('[data-embed-root]');

function post(message: Record<string, unknown>) {
  if (window.parent === window) return;
  try {
    window.parent.postMessage(message, '*');
  } catch {
    /* a parent that forbids messages */
  }
}

/**
 * Hides the chosen controls. Each widget control carries the stable name its widget declares
 * (`name` on the kit's controls → `data-control-name`); its label is copied beside it for the
 * builder's list. A control without a name cannot be hidden (the embeds test requires names).
 */
function applyHide() {
  document.querySelectorAll<HTMLElement>('.wk-frame .wk-control[data-control-name]').forEach((c) => {
    if (!c.dataset.controlLabel) c.dataset.controlLabel = controlLabel(c);
    const hide = hidden.has(c.dataset.controlName ?? '');
    if (c.hidden !== hide) c.hidden = hide;
  });
  document.querySelectorAll<HTMLElement>('.wk-frame .wk-description').forEach((d) => {
    const hide = hidden.has('description');
    if (d.hidden !== hide) d.hidden = hide;
  });
}

// A frame sandboxed without allow-forms blocks every form submission (and logs an error) before
// a submit event fires, so the problems' Check would do nothing. Their forms never submit
// anywhere (the player handles the submit event), so a click on a submit button is turned into
// that event directly. Enter in a field clicks the default button, so it is covered too.
document.addEventListener(
  'click',
  (e) => {
    const button =
      e.target instanceof Element ? e.target.closest('button[type="submit"], button:not([type])') : null;
    const form = button instanceof HTMLButtonElement ? button.form : null;
    if (!form || !root?.contains(form) || form.hasAttribute('action')) return;
    e.preventDefault();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  },
  true,
);

// Without the clipboard-write permission (most frames), calling the Clipboard API logs a
// permissions-policy error before it rejects. Reject quietly instead: "Copy link" then shows the
// link in a text field, as it does whenever copying is refused.
type Policy = { allowsFeature?: (feature: string) => boolean };
const policy =
  (document as unknown as { permissionsPolicy?: Policy; featurePolicy?: Policy }).permissionsPolicy ??
  (document as unknown as { featurePolicy?: Policy }).featurePolicy;
try {
  if (navigator.clipboard && policy?.allowsFeature && !policy.allowsFeature('clipboard-write')) {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () =>
        Promise.reject(new DOMException('Copying is not allowed in this frame.', 'NotAllowedError')),
    });
  }
} catch {
  /* leave the API as it is */
}

let lastHeight = 0;
function postHeight(height: number, force = false) {
  const h = Math.ceil(height);
  if (!force && h === lastHeight) return;
  lastHeight = h;
  post({ type: HEIGHT_MESSAGE, height: h });
}
function sendHeight(force = false) {
  if (root) postHeight(root.getBoundingClientRect().height, force);
}

// The height comes from a ResizeObserver, whose entries carry the size the frame's own layout
// produced: reading it from the element after every DOM change (as a MutationObserver would)
// forces a layout of the page inside a script every frame a widget trains, 10–15 ms at 4× CPU
// on the playground embed.
const hasResizeObserver = 'ResizeObserver' in window;
let queued = 0;
const later = () => {
  if (queued) return;
  queued = requestAnimationFrame(() => {
    queued = 0;
    applyHide();
    if (!hasResizeObserver) sendHeight();
  });
};

applyHide();
if (root) {
  // New controls (an island hydrating, a problem revealed) are hidden as they appear.
  new MutationObserver(later).observe(root, { childList: true, subtree: true });
  if (hasResizeObserver)
    new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const height = entry?.borderBoxSize?.[0]?.blockSize;
      if (height === undefined) sendHeight();
      else postHeight(height);
    }).observe(root, { box: 'border-box' });
}
addEventListener('load', () => sendHeight(true));
addEventListener('message', (e) => {
  if (e.source === window.parent && e.data && typeof e.data === 'object' && e.data.type === PING_MESSAGE)
    sendHeight(true);
});
sendHeight(true);

// Problems: one event per change of (solved, attempts) of the variant shown.
const ids = [...document.querySelectorAll<HTMLElement>('[data-embed-problem]')]
  .map((el) => el.dataset.embedProblem ?? '')
  .filter(Boolean);
if (ids.length > 0) {
  const { fixedSeed } = currentPlayerMode();
  const store = getProgressStore();
  const sent = new Map<string, string>();
  const report = () => {
    const p = store.get();
    for (const id of ids) {
      const rec = variantRecord(p, id, variantKey(problemRecord(p, id).current, fixedSeed));
      const withSolution = rec.solved && rec.solvedWithSolution === true;
      const sig = `${rec.solved}/${rec.attempts}/${withSolution}`;
      if (!sent.has(id)) {
        sent.set(id, sig);
        continue;
      } // the state on arrival is not an event
      if (sent.get(id) === sig) continue;
      sent.set(id, sig);
      post({ type: PROBLEM_MESSAGE, id, solved: rec.solved, attempts: rec.attempts, withSolution });
    }
  };
  report();
  store.subscribe(report);
}
