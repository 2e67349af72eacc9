import { useId, useState } from 'react';

interface Props {
  lesson: string;
  title: string;
  /** The builder's fixed seed, if set: the package then gives everyone that variant. */
  seed?: number;
}

/**
 * The lesson's SCORM 1.2 package, as built (graded, each student's own variants) or as a copy
 * made here with other settings: practice mode and/or the builder's fixed seed. The copy is made
 * in the browser (repackage.ts, loaded on use): the built zip with a new config.js and manifest.
 */
export function ScormDownload({ lesson, title, seed }: Props) {
  const id = useId();
  const [graded, setGraded] = useState(true);
  const [status, setStatus] = useState('');
  const href = `${import.meta.env.BASE_URL}instructors/scorm/${lesson}.zip`;
  const name = `${lesson}${graded ? '' : '-practice'}${seed === undefined ? '' : `-seed-${seed}`}.zip`;
  const asBuilt = graded && seed === undefined;
  const print = (kind: 'key' | 'worksheet') =>
    `${import.meta.env.BASE_URL}instructors/print/?lesson=${lesson}&seeds=${seed}&kind=${kind}`;

  async function download() {
    setStatus('Preparing the package…');
    try {
      const [{ repackage }, res] = await Promise.all([
        import('../../src/lib/scorm/repackage.ts'),
        fetch(href),
      ]);
      if (!res.ok) throw new Error(`the package could not be fetched (HTTP ${res.status})`);
      const bytes = repackage(new Uint8Array(await res.arrayBuffer()), { graded, seed });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setStatus(`Saved as ${name}.`);
    } catch (e) {
      setStatus(`Could not make the package: ${e instanceof Error ? e.message : String(e)}.`);
    }
  }

  return (
    <section className="builder-step builder-scorm" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Or as an activity in your LMS (SCORM 1.2)</h3>
      <p className="builder-hint">
        “{title}” as one gradable activity for Moodle, Canvas, Blackboard or any SCORM 1.2 LMS: it records the
        score, each attempt and where the student stopped (see “What an LMS records” below).
      </p>
      <fieldset className="builder-field">
        <legend>Mode</legend>
        <label className="builder-inline">
          <input type="radio" name={`${id}-mode`} checked={graded} onChange={() => setGraded(true)} /> Graded
          (the default): a problem solved with its worked solution open earns no point
        </label>
        <label className="builder-inline">
          <input type="radio" name={`${id}-mode`} checked={!graded} onChange={() => setGraded(false)} />{' '}
          Practice: every solve counts
        </label>
      </fieldset>
      <p className="builder-hint">
        Variants:{' '}
        {seed === undefined
          ? 'each student’s own numbers, from their LMS identity (set a fixed seed above to give everyone the same).'
          : `seed ${seed} for everyone, and “New variant” hidden.`}
      </p>
      {asBuilt ? (
        <a className="wk-button" href={href} download>
          Download {name}
        </a>
      ) : (
        <button type="button" className="wk-button" onClick={download}>
          Download {name}
        </button>
      )}
      <span className="builder-copied" role="status">
        {status}
      </span>
      {seed !== undefined && (
        <p className="builder-hint">
          For seed {seed}: <a href={print('key')}>printable answer key</a> ·{' '}
          <a href={print('worksheet')}>printable worksheet</a>
        </p>
      )}
    </section>
  );
}
