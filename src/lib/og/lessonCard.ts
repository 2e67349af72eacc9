import { adam, illConditionedQuadratic, minimize, sgd } from '@descent/optim';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into lines of at most `width` characters, at spaces, keeping at most `max` lines. */
export function wrapLines(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] = `${lines[max - 1].replace(/\s+\S*$/, '')} …`;
  }
  return lines;
}

/**
 * The small plot on every card: log₁₀ of f − f* on the course's ravine (κ = 10) for plain SGD
 * (full gradients), momentum and Adam, computed by @descent/optim when the site is built.
 */
export function cardCurves(steps = 60): { label: string; values: number[] }[] {
  const f = illConditionedQuadratic({ mu: 1, L: 10, angle: 0.4 });
  const x0 = new Float64Array([-3, 2]);
  const run = (label: string, t: Parameters<typeof minimize>[1]) => ({
    label,
    values: minimize(f, t, { x0, steps }).losses.map((l) => Math.log10(Math.max(l, 1e-16))),
  });
  return [
    run('GD', sgd({ lr: 0.1 })),
    run('momentum', sgd({ lr: 0.1, momentum: 0.5 })),
    run('Adam', adam({ lr: 0.05 })),
  ];
}

/** The 1200×630 Open Graph card of a lesson as SVG: title, summary, lesson number and the plot. */
export function lessonCardSvg({
  title,
  summary,
  position,
}: {
  title: string;
  summary: string;
  position: number;
}): string {
  const curves = cardCurves();
  const all = curves.flatMap((c) => c.values);
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  const [px, py, pw, ph] = [760, 300, 380, 240];
  const colours = ['#2354c7', '#c2410c', '#047857'];
  const paths = curves
    .map((c, i) => {
      const d = c.values
        .map(
          (v, t) =>
            `${t ? 'L' : 'M'}${(px + (t / (c.values.length - 1)) * pw).toFixed(1)} ${(py + ((hi - v) / (hi - lo)) * ph).toFixed(1)}`,
        )
        .join(' ');
      return `<path d="${d}" fill="none" stroke="${colours[i]}" stroke-width="5" stroke-linejoin="round"/>`;
    })
    .join('');
  const legendX = [0, 90, 270];
  const legend = curves
    .map(
      (c, i) =>
        `<text x="${px + legendX[i]}" y="${py + ph + 50}" font-size="26" fill="${colours[i]}">${escapeXml(c.label)}</text>`,
    )
    .join('');
  const titleLines = wrapLines(title, 19, 3)
    .map(
      (l, i) =>
        `<text x="70" y="${210 + i * 72}" font-size="60" font-weight="700" fill="#1d1f24">${escapeXml(l)}</text>`,
    )
    .join('');
  const top = 210 + wrapLines(title, 19, 3).length * 72 + 20;
  const summaryLines = wrapLines(summary, 36, 4)
    .map((l, i) => `<text x="70" y="${top + i * 44}" font-size="30" fill="#4a4f59">${escapeXml(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
<rect width="1200" height="630" fill="#fcfbf8"/>
<rect x="0" y="0" width="1200" height="14" fill="#2354c7"/>
<text x="70" y="110" font-size="34" font-weight="700" fill="#2354c7">Descent · Lesson ${position}</text>
${titleLines}${summaryLines}
<rect x="${px - 20}" y="${py - 30}" width="${pw + 40}" height="${ph + 100}" rx="18" fill="#ffffff" stroke="#dedad0" stroke-width="2"/>
${paths}${legend}
<text x="${px}" y="${py - 44}" font-size="24" fill="#4a4f59">log f − f* on a ravine, κ = 10</text>
</svg>`;
}
