// The training loop around an Engine: play / pause / step messages in, frames out, about 30
// frames a second while playing. The same code runs in the Worker and, without Worker
// support, on the main thread.
import { createEngine, type Engine, type Frame } from './engine.ts';
import type { PlaygroundConfig } from './model.ts';

export type ToHost =
  | { type: 'config'; gen: number; config: PlaygroundConfig; play: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; updates: number };

export type FromHost =
  | { type: 'frame'; gen: number; frame: Frame; playing: boolean }
  | { type: 'error'; gen: number; message: string };

/** Frames per second while playing, and the run's length in frames (T / TICKS_PER_RUN updates each). */
export const TICK_MS = 33;
export const TICKS_PER_RUN = 300;

export function host(post: (m: FromHost) => void, listen: (handler: (m: ToHost) => void) => void): void {
  let engine: Engine | null = null;
  let gen = 0;
  let playing = false;
  let perTick = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = (frame: Frame) => post({ type: 'frame', gen, frame, playing });
  const fail = (e: unknown) => {
    playing = false;
    post({ type: 'error', gen, message: e instanceof Error ? e.message : String(e) });
  };
  const tick = () => {
    timer = undefined;
    if (!playing || !engine) return;
    const t0 = Date.now();
    try {
      const frame = engine.advance(perTick);
      if (frame.done) playing = false;
      send(frame);
    } catch (e) {
      fail(e);
      return;
    }
    if (playing) timer = setTimeout(tick, Math.max(0, TICK_MS - (Date.now() - t0)));
  };
  const schedule = () => {
    if (timer === undefined && playing) timer = setTimeout(tick, 0);
  };

  listen((m) => {
    if (m.type === 'config') {
      gen = m.gen;
      clearTimeout(timer);
      timer = undefined;
      try {
        engine = createEngine(m.config);
        perTick = Math.max(1, Math.ceil(m.config.steps / TICKS_PER_RUN));
        playing = m.play;
        send(engine.advance(0));
        schedule();
      } catch (e) {
        engine = null;
        fail(e);
      }
    } else if (m.type === 'play') {
      if (engine && !engine.done) {
        playing = true;
        schedule();
      }
    } else if (m.type === 'pause') {
      playing = false;
      clearTimeout(timer);
      timer = undefined;
      if (engine) send(engine.advance(0));
    } else if (m.type === 'step') {
      if (!engine) return;
      playing = false;
      clearTimeout(timer);
      timer = undefined;
      try {
        send(engine.advance(m.updates));
      } catch (e) {
        fail(e);
      }
    }
  });
}
