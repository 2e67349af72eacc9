import { collectUnits, type NarrationUnit } from './narrationUnits.ts';

const RATES = [0.75, 1, 1.25, 1.5, 2];
const storeKey = (lesson: string) => `descent:narration:${lesson}`;
const recall = (lesson: string): number => {
  try {
    return Math.max(0, Number(localStorage.getItem(storeKey(lesson)) ?? 0) || 0);
  } catch {
    return 0;
  }
};
const remember = (lesson: string, k: number) => {
  try {
    localStorage.setItem(storeKey(lesson), String(k));
  } catch {
    /* storage may throw */
  }
};

/**
 * Reads the lesson aloud with the browser's speech synthesis, paragraph by paragraph: highlights
 * the paragraph being read, shows "Paragraph k of N", jumps to any paragraph that is clicked,
 * pauses, resumes, changes speed, and remembers where the reader stopped. The reader may scroll
 * freely: the page follows the narration only while the reader has not scrolled away, and never
 * under reduced motion.
 */
export async function startNarration(bar: HTMLElement, root: HTMLElement, lesson: string): Promise<void> {
  const status = bar.querySelector<HTMLElement>('[data-narration-status]')!;
  const start = bar.querySelector<HTMLButtonElement>('[data-narration-start]');
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
    status.textContent = 'This browser cannot read aloud (it has no speech synthesis).';
    return;
  }
  const units: NarrationUnit[] = collectUnits(root);
  if (units.length === 0) {
    status.textContent = 'There is nothing to read on this page.';
    return;
  }
  // The controls appear only once a voice exists: without one, Listen stays, with one line
  // saying how to get a voice (pressing Listen again checks again).
  status.textContent = 'Looking for a voice…';
  if (!(await voiceReady(synth))) {
    status.textContent = NO_VOICE;
    return;
  }
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let index = Math.min(recall(lesson), units.length - 1);
  let rate = 1;
  let playing = false;
  let lastUserScroll = 0;
  let programmaticScroll = false;
  addEventListener(
    'scroll',
    () => {
      if (!programmaticScroll) lastUserScroll = Date.now();
    },
    { passive: true },
  );

  const controls = document.createElement('div');
  controls.className = 'narration-controls';
  controls.innerHTML = `
    <button type="button" data-act="toggle">Pause</button>
    <button type="button" data-act="prev" aria-label="Previous paragraph">◀</button>
    <button type="button" data-act="next" aria-label="Next paragraph">▶</button>
    <button type="button" data-act="stop">Stop</button>
    <label>Speed <select data-act="rate">${RATES.map((r) => `<option value="${r}"${r === 1 ? ' selected' : ''}>${r}×</option>`).join('')}</select></label>`;
  start?.replaceWith(controls);
  const toggle = controls.querySelector<HTMLButtonElement>('[data-act="toggle"]')!;
  root.classList.add('narration-on');
  /** The voice went away mid-reading: back to the Listen button and the line about voices. */
  const giveUp = (message: string) => {
    playing = false;
    synth.cancel();
    units.forEach((u) => u.el.classList.remove('narrating'));
    root.classList.remove('narration-on');
    if (start) controls.replaceWith(start);
    status.textContent = message;
  };

  const mark = () => {
    units.forEach((u, k) => u.el.classList.toggle('narrating', k === index && playing));
    status.textContent = `Paragraph ${index + 1} of ${units.length}`;
    toggle.textContent = playing ? 'Pause' : 'Resume';
  };
  const follow = () => {
    if (reduceMotion || Date.now() - lastUserScroll < 5000) return;
    const r = units[index].el.getBoundingClientRect();
    if (r.top >= 80 && r.bottom <= innerHeight - 40) return;
    programmaticScroll = true;
    units[index].el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => {
      programmaticScroll = false;
    }, 800);
  };
  const speak = () => {
    synth.cancel();
    const u = new SpeechSynthesisUtterance(units[index].text);
    u.rate = rate;
    u.lang = document.documentElement.lang || 'en';
    u.onend = () => {
      if (!playing || u !== current) return;
      if (index + 1 >= units.length) {
        playing = false;
        remember(lesson, 0);
        mark();
        status.textContent = 'Finished. Press Resume to start again.';
        index = 0;
        return;
      }
      index++;
      remember(lesson, index);
      mark();
      follow();
      speak();
    };
    u.onerror = (e) => {
      if (e.error === 'interrupted' || e.error === 'canceled') return;
      if (e.error === 'synthesis-unavailable' || e.error === 'voice-unavailable') return giveUp(NO_VOICE);
      playing = false;
      mark();
      status.textContent = 'Reading stopped: the browser could not speak this paragraph.';
    };
    current = u;
    synth.speak(u);
  };
  let current: SpeechSynthesisUtterance | null = null;
  const go = (k: number) => {
    index = Math.max(0, Math.min(units.length - 1, k));
    remember(lesson, index);
    playing = true;
    mark();
    follow();
    speak();
  };

  controls.addEventListener('click', (e) => {
    const act = (e.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (act === 'toggle') {
      if (playing) {
        playing = false;
        synth.cancel();
        mark();
      } else go(index);
    } else if (act === 'prev') go(index - 1);
    else if (act === 'next') go(index + 1);
    else if (act === 'stop') {
      playing = false;
      synth.cancel();
      mark();
      status.textContent = `Stopped at paragraph ${index + 1} of ${units.length}; Resume continues from there.`;
    }
  });
  controls.querySelector('select')!.addEventListener('change', (e) => {
    rate = Number((e.target as HTMLSelectElement).value) || 1;
    if (playing) speak();
  });
  // Click (or Enter on) any paragraph while narration is on to continue from there.
  root.addEventListener('click', (e) => {
    if (
      (e.target as HTMLElement).closest(
        'a, button, input, select, textarea, summary, .wk-frame, section.problem',
      )
    )
      return;
    const k = units.findIndex((u) => u.el.contains(e.target as Node));
    if (k >= 0) go(k);
  });

  go(index);
}

/** What to do without a voice, in one line. */
export const NO_VOICE =
  'No voice for reading aloud is installed. Add one in your system’s speech settings (Windows: Time & language › Speech; macOS: Accessibility › Spoken Content; Linux: speech-dispatcher with espeak-ng), then press Listen again.';

/**
 * Whether the browser has a voice: at once, or when it announces its voices (Chrome loads them
 * asynchronously), else false after 1.5 s.
 */
function voiceReady(synth: SpeechSynthesis): Promise<boolean> {
  if (synth.getVoices().length > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(synth.getVoices().length > 0), 1500);
    synth.addEventListener?.('voiceschanged', () => {
      if (synth.getVoices().length > 0) {
        clearTimeout(timer);
        resolve(true);
      }
    });
  });
}
