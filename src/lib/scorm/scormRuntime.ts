import { ATTEMPT_EVENT, isAttemptDetail } from './attemptEvent.ts';
import { findScormApi } from './findScormApi.ts';
import { LMS_GLOBAL, type LmsBridge } from './lmsBridge.ts';
import { openLmsSession, type LmsSession } from './lmsSession.ts';
import { CONFIG_GLOBAL, readPackageConfig, type PackageConfig } from './packageConfig.ts';

/**
 * The runtime of a SCORM 1.2 package (bundled into the package's scorm.js by
 * scripts/build-scorm.ts, loaded in <head> after config.js and before the page's modules). It
 * finds the LMS, starts the session, reads the saved record and hands the page a bridge (the
 * progress store then lives in the LMS record, never in localStorage), records each attempt, and
 * ends the session when the page goes away. Without an LMS the page stays a practice page.
 */
function noteText(config: PackageConfig | undefined, session: LmsSession | undefined): string {
  if (!config) return 'This package is damaged (its settings are missing), so nothing is recorded.';
  if (!session) return 'No learning platform found: this is a practice page, and nothing is recorded.';
  if (session.mode.review)
    return 'Review: your learning platform opened this activity for review, so nothing you do here changes your record.';
  const n = config.problems.length;
  const text = config.graded
    ? `Graded: your learning platform records your score, the share of these ${n} problems you solve without opening their worked solution, and where you stopped. ` +
      (config.seed === undefined
        ? 'Opened a solution? Solve a new variant of that problem to earn its point.'
        : 'Everyone gets the same numbers here, so a problem whose solution you open earns no point.')
    : `Practice: your learning platform records which of these ${n} problems you solve, with or without the worked solution, and where you stopped.`;
  return session.notice ? `${text} ${session.notice}` : text;
}

function start() {
  const config = readPackageConfig((window as unknown as Record<string, unknown>)[CONFIG_GLOBAL]);
  let session: LmsSession | undefined;
  const api = config ? findScormApi(window) : undefined;
  let initialized = false;
  try {
    initialized = api !== undefined && String(api.LMSInitialize('')) === 'true';
  } catch {
    initialized = false;
  }
  if (api && config && initialized) {
    const s = openLmsSession({ api, config });
    session = s;
    const bridge: LmsBridge = { storage: s.storage, mode: s.mode, notice: s.notice };
    (window as unknown as Record<string, unknown>)[LMS_GLOBAL] = bridge;
    window.addEventListener(ATTEMPT_EVENT, (e) => {
      const d = (e as CustomEvent).detail;
      if (isAttemptDetail(d)) s.attempt(d);
    });
    window.addEventListener('pagehide', () => s.finish());
    window.addEventListener('beforeunload', () => s.finish());
  }
  const note = () => {
    const root = document.querySelector('[data-embed-root]');
    if (!root) return;
    const p = document.createElement('p');
    p.className = 'scorm-note';
    p.setAttribute('role', 'note');
    p.dataset.scorm = !session ? 'none' : session.mode.review ? 'review' : 'lms';
    if (config) p.dataset.mode = config.graded ? 'graded' : 'practice';
    p.textContent = noteText(config, session);
    root.insertBefore(p, root.firstChild);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', note);
  else note();
}

start();
