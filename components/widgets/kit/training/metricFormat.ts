// How a training widget prints its metrics, in one place, so the boards' captions, the summary
// and the metrics table round alike.

/** An accuracy: "89%". */
export const pct = (x: number) => `${Math.round(100 * x)}%`;

/** A loss: three decimals, or "3.1e-3" below 0.01. */
export const loss = (x: number) => (x >= 0.01 ? x.toFixed(3) : x.toExponential(1));
