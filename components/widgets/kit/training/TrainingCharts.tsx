import './training.css';
import { memo, useMemo } from 'react';
import type { TrainPoint } from '@descent/optim';
import { CurveChart, type CurveSeries } from '../CurveChart.tsx';
import { formatNumber } from '../formatNumber.ts';
import { seriesStyle } from '../palette.ts';
import { lastPoint, type RunHistory } from './sessionReducer.ts';
import { loss, pct } from './metricFormat.ts';

/** A, B, C, … for configuration i. */
export const configLetter = (i: number) => String.fromCharCode(65 + i);

export interface TrainingChartsProps {
  runs: readonly RunHistory[];
  /** The outcome in words, appended to the charts' text alternatives. */
  summary: string;
  /** What the loss is (axis title), e.g. "logistic loss". */
  lossLabel: string;
}

/** Training (solid) and test (dashed) loss and accuracy of every configuration against updates. */
export const TrainingCharts = memo(function TrainingCharts({
  runs,
  summary,
  lossLabel,
}: TrainingChartsProps) {
  const { loss, acc } = useMemo(
    () => ({
      loss: runs.flatMap((r, i) =>
        trainTest(
          r,
          i,
          (p) => p.trainLoss,
          (p) => p.testLoss,
        ),
      ),
      acc: runs.flatMap((r, i) =>
        trainTest(
          r,
          i,
          (p) => p.trainAccuracy,
          (p) => p.testAccuracy,
        ),
      ),
    }),
    [runs],
  );
  return (
    <div className="wk-training-charts">
      <CurveChart
        series={loss}
        label={`Training (solid) and test (dashed) loss against updates, log scale. ${summary}`}
        xLabel="update t"
        yLabel={lossLabel}
        logY
        height={240}
        table={false}
      />
      <CurveChart
        series={acc}
        label={`Training (solid) and test (dashed) accuracy against updates. ${summary}`}
        xLabel="update t"
        yLabel="accuracy"
        height={240}
        yDomain={[0, 1]}
        table={false}
      />
    </div>
  );
});
type Metric = (p: TrainPoint) => number;

/** A run's training curve (solid, with the divergence note) and test curve (dashed), in its colour. */
function trainTest(r: RunHistory, i: number, train: Metric, test: Metric): CurveSeries[] {
  const { color } = seriesStyle(i);
  const note = r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : undefined;
  const points = (y: Metric) => r.history.map((p) => ({ x: p.step, y: y(p) }));
  return [
    { id: `tr${i}`, label: `${configLetter(i)} train`, color, points: points(train), note },
    { id: `te${i}`, label: `${configLetter(i)} test`, color, dash: '6 3', points: points(test) },
  ];
}

/** The charts' data in text: the latest recorded metrics of every configuration. */
export const MetricsTable = memo(function MetricsTable({
  runs,
  label = 'Latest metrics per configuration',
}: {
  runs: readonly RunHistory[];
  /** The region's name: give each board on a page its own (axe: landmark-unique). */
  label?: string;
}) {
  return (
    // A box that may scroll sideways takes focus so keyboard users can scroll it (axe:
    // scrollable-region-focusable).
    <div className="wk-table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="wk-table wk-metrics wk-stack">
        <caption>Latest recorded metrics per configuration (the charts' data in text)</caption>
        <thead>
          <tr>
            <th scope="col">configuration</th>
            <th scope="col">step</th>
            <th scope="col">η now</th>
            <th scope="col">train loss</th>
            <th scope="col">test loss</th>
            <th scope="col">train acc.</th>
            <th scope="col">test acc.</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r, i) => {
            const last = lastPoint(r);
            return (
              <tr key={i}>
                <th scope="row">
                  {configLetter(i)}: {r.label}
                </th>
                {r.divergedAt !== null ? (
                  <td colSpan={6}>diverged at step {r.divergedAt}</td>
                ) : last ? (
                  <>
                    <td data-label="step">{last.step}</td>
                    <td data-label="η now">{formatNumber(last.lr, 3)}</td>
                    {/* the captions' and the summary's rounding, so the two never disagree */}
                    <td data-label="train loss">{loss(last.trainLoss)}</td>
                    <td data-label="test loss">{loss(last.testLoss)}</td>
                    <td data-label="train acc.">{pct(last.trainAccuracy)}</td>
                    <td data-label="test acc.">{pct(last.testAccuracy)}</td>
                  </>
                ) : (
                  <td colSpan={6}>not started</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
