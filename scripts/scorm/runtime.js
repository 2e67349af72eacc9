/* Descent SCORM 1.2 runtime: finds the LMS's API the standard way (window.parent chain, then
 * opener), resumes from cmi.suspend_data, and on every change of the progress reports score
 * (solved/total x 100), lesson status and suspend data, then commits. Without an LMS the page
 * is a practice page and says that nothing is recorded. No dependencies. */
(function () {
  var me = document.currentScript;
  var ids = [];
  try {
    ids = JSON.parse(me.getAttribute('data-problems')) || [];
  } catch (e) {
    ids = [];
  }
  function find(w) {
    for (var n = 0; w && n < 12; n++) {
      try {
        if (w.API) return w.API;
      } catch (e) {
        return null;
      }
      if (!w.parent || w.parent === w) break;
      w = w.parent;
    }
    return null;
  }
  var api = null;
  try {
    api = find(window) || (window.opener ? find(window.opener) : null);
  } catch (e) {
    api = null;
  }
  var started = false;
  if (api) {
    try {
      started = String(api.LMSInitialize('')) === 'true';
    } catch (e) {
      started = false;
    }
    if (!started) api = null;
  }
  if (api) {
    var saved = '';
    try {
      saved = String(api.LMSGetValue('cmi.suspend_data') || '');
    } catch (e) {
      // An LMS that throws on a read has nothing to restore: start from local progress.
    }
    if (saved) {
      try {
        localStorage.setItem('descent:progress', saved);
      } catch (e) {
        // Storage refused (sandboxed frame, private mode): the player keeps progress in memory.
      }
    }
    try {
      if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
        api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    } catch (e) {
      // A status the LMS will not take is its loss, not the student's: the lesson still runs.
    }
  }
  function solvedIn(p, id) {
    var rec = p && p.problems && p.problems[id];
    if (!rec || !rec.variants) return false;
    for (var k in rec.variants) if (rec.variants[k] && rec.variants[k].solved) return true;
    return false;
  }
  /** SCORM 1.2 keeps at most 4096 characters: this lesson's problems only, typed inputs dropped if needed. */
  function compact(p) {
    var out = { version: p.version, browserId: p.browserId, problems: {} };
    for (var i = 0; i < ids.length; i++)
      if (p.problems && p.problems[ids[i]]) out.problems[ids[i]] = p.problems[ids[i]];
    var s = JSON.stringify(out);
    if (s.length <= 4096) return s;
    for (var id in out.problems)
      for (var k in out.problems[id].variants) {
        var v = out.problems[id].variants[k];
        v.lastInput = '';
        delete v.solvedInput;
      }
    s = JSON.stringify(out);
    return s.length <= 4096 ? s : '';
  }
  var last = '';
  window.addEventListener('descent:progress', function (e) {
    if (!api) return;
    var p;
    try {
      p = JSON.parse(e.detail);
    } catch (err) {
      return;
    }
    var solved = 0;
    for (var i = 0; i < ids.length; i++) if (solvedIn(p, ids[i])) solved++;
    var score = ids.length ? Math.round((solved / ids.length) * 100) : 0;
    var data = compact(p);
    var sig = score + '|' + data;
    if (sig === last) return;
    last = sig;
    try {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(score));
      api.LMSSetValue(
        'cmi.core.lesson_status',
        solved === ids.length && ids.length > 0 ? 'passed' : 'incomplete',
      );
      if (data) api.LMSSetValue('cmi.suspend_data', data);
      api.LMSCommit('');
    } catch (err) {
      // The next change or finish() tries again; the student's work is also in local storage.
    }
  });
  var finished = false;
  function finish() {
    if (!api || finished) return;
    finished = true;
    try {
      api.LMSSetValue('cmi.core.exit', 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    } catch (e) {
      // The page is going away: nothing left to report an error to.
    }
  }
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  function note() {
    var root = document.querySelector('[data-embed-root]');
    if (!root) return;
    var p = document.createElement('p');
    p.className = 'scorm-note';
    p.setAttribute('role', 'note');
    p.setAttribute('data-scorm', api ? 'lms' : 'none');
    p.textContent = api
      ? 'Your learning platform records your score and progress here.'
      : 'No learning platform found: this is a practice page, and nothing is recorded.';
    root.insertBefore(p, root.firstChild);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', note);
  else note();
})();
