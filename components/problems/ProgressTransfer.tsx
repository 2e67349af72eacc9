import { useId, useState } from 'react';
import { exportProgress, importProgress } from '../../src/lib/progress/transferProgress.ts';
import { useProgress } from './useProgress.ts';

/** Download progress as JSON, or load it from a file exported earlier (validated first). */
export function ProgressTransfer() {
  const { progress, store } = useProgress();
  const [message, setMessage] = useState('');
  const fileId = useId();
  const download = () => {
    if (!progress) return;
    const blob = new Blob([exportProgress(progress)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'descent-progress.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage('Progress exported as descent-progress.json.');
  };
  const upload = async (file: File | undefined) => {
    if (!file || !progress || !store) return;
    const r = importProgress(await file.text(), progress);
    if (!r.ok) return setMessage(r.message);
    store.replace(r.progress);
    const n = Object.keys(r.progress.problems).length;
    setMessage(`Imported progress for ${n} problem${n === 1 ? '' : 's'}.${r.notice ? ` ${r.notice}` : ''}`);
  };
  return (
    <div className="progress-transfer">
      <button type="button" onClick={download} disabled={!progress}>
        Export progress (JSON)
      </button>
      <label htmlFor={fileId} className="file-label">
        Import progress from a file
      </label>
      <input
        id={fileId}
        type="file"
        accept="application/json,.json"
        disabled={!progress}
        onChange={(e) => {
          void upload(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <p role="status" className="transfer-status">
        {message}
      </p>
    </div>
  );
}
