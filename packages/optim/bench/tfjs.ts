// Loads TensorFlow.js (core + the CPU and wasm backends, devDependencies of this benchmark only)
// for the digits comparison. tfjs-core's Node bundle registers no gradients (the `@tensorflow/tfjs`
// umbrella package does that); its own register_all_gradients module is ESM with extensionless
// relative imports, which Node resolves only with the '.js' this hook adds. The gradients land in
// tfjs's global registry, which the CommonJS core and backends share.
import { registerHooks } from 'node:module';
import type * as TF from '@tensorflow/tfjs-core';

export type Tf = typeof TF;

let hooked = false;

export async function loadTfjs(): Promise<{ tf: Tf; backends: string[]; notes: string[]; wasmThreads: number | null }> {
  if (!hooked) {
    registerHooks({
      resolve(specifier, context, next) {
        try {
          return next(specifier, context);
        } catch (e) {
          if (/^\.\.?\//.test(specifier) && !/\.[cm]?js$/.test(specifier)) return next(`${specifier}.js`, context);
          throw e;
        }
      },
    });
    hooked = true;
  }
  const tf = (await import('@tensorflow/tfjs-core')) as Tf;
  await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  const backends: string[] = [];
  const notes: string[] = [];
  let wasmThreads: number | null = null;
  // tfjs prints a hint to install tfjs-node when it sees Node; the comparison is with the browser backends
  const warn = console.warn;
  const log = console.log;
  console.warn = () => {};
  console.log = () => {};
  try {
    try {
      await import('@tensorflow/tfjs-backend-cpu');
      if (await tf.setBackend('cpu')) {
        backends.push('cpu');
        tf.dispose(tf.scalar(0)); // the first tensor on the CPU backend prints the tfjs-node hint
      }
    } catch (e) {
      notes.push(`cpu backend unavailable: ${(e as Error).message}`);
    }
    try {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      if (await tf.setBackend('wasm')) {
        backends.push('wasm');
        wasmThreads = wasm.getThreadsCount();
      }
      else notes.push('wasm backend did not initialise');
    } catch (e) {
      notes.push(`wasm backend unavailable: ${(e as Error).message}`);
    }
  } finally {
    console.warn = warn;
    console.log = log;
  }
  return { tf, backends, notes, wasmThreads };
}
