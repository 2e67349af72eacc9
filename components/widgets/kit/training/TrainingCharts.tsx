import './training.css';
import { memo, useMemo } from 'react';
import type { TrainPoint } from '@descent/optim';
import { CurveChart, type CurveSeries } from '../CurveChart.tsx';
import { formatNumber } from '../formatNumber.ts';
import { seriesStyle } from '../palette.ts';
import { ExploreRuns } from '../RunExplorer/ExploreRuns.tsx';
import { fromCurveSeries } from '../RunExplorer/fromCurveSeries.ts';
import { lastPoint, type RunHistory } from './sessionReducer.ts';
import { loss, pct } from './metricFormat.ts';
import type { TrainingTask } from './describeTraining.ts';

/** A, B, C, … for configuration i. */
export const configLetter = (i: number) => String.fromCharCode(65 + i);

export interface TrainingChartsProps {
  runs: readonly RunHistory[];
  /** The outcome in words, appended to the charts' text alternatives. */
  summary: string;
  /** What the loss is (axis title), e.g. "logistic loss". */
  lossLabel: string;
  /** 'regression': the loss chart alone (a regression has no accuracy). Default 'classification'. */
  task?: TrainingTask;
  /** Colour and dash of configuration i, default seriesStyle (a widget whose plots use the first
   *  series colours for something else passes its own). */
  styleOf?: (i: number) => { color: string };
  /** The x axis's range before any point is recorded (e.g. 0 … T, the planned updates). */
  xDomain?: readonly [number, number];
  /** Whether the runs have finished: then "Explore the loss curves" (and the accuracy's) opens
   *  the recorded curves in the kit's RunExplorer, loaded on demand. Omit for no explorer. */
  finished?: boolean;
}

/** Training (solid) and test (dashed) loss and accuracy of every configuration against updates. */
export const TrainingCharts = memo(function TrainingCharts({
  runs,
  summary,
  lossLabel,
  task = 'classification',
  styleOf = seriesStyle,
  xDomain,
  finished,
}: TrainingChartsProps) {
  const { loss, acc } = useMemo(
    () => ({
      loss: runs.flatMap((r, i) =>
        trainTest(
          r,
          i,
          styleOf(i).color,
          (p) => p.trainLoss,
          (p) => p.testLoss,
        ),
      ),
      acc: runs.flatMap((r, i) =>
        trainTest(
          r,
          i,
          styleOf(i).color,
          (p) => p.trainAccuracy,
          (p) => p.testAccuracy,
        ),
      ),
    }),
    [runs, styleOf],
  );
  const explorable = finished !== undefined;
  const explore = useMemo(
    () => (explorable ? { loss: fromCurveSeries(loss), acc: fromCurveSeries(acc) } : null),
    [explorable, loss, acc],
  );
  return (
    <>
      <div className="wk-training-charts">
        <CurveChart
          series={loss}
          label={`Training (solid) and test (dashed) loss against updates, log scale. ${summary}`}
          xLabel="update t"
          yLabel={lossLabel}
          logY
          height={240}
          xDomain={xDomain}
          table={false}
        />
        {task === 'classification' && (
          <CurveChart
            series={acc}
            label={`Training (solid) and test (dashed) accuracy against updates. ${summary}`}
            xLabel="update t"
            yLabel="accuracy"
            height={240}
            yDomain={[0, 1]}
            xDomain={xDomain}
            table={false}
          />
        )}
      </div>
      {explore && (
        <div className="wk-training-explore">
          <ExploreRuns
            ready={finished === true}
            runs={explore.loss}
            xLabel="update t"
            yLabel={lossLabel}
            title="Explore the loss curves"
            label="Explore the loss curves"
          />
          {task === 'classification' && (
            <ExploreRuns
              ready={finished === true}
              runs={explore.acc}
              xLabel="update t"
              yLabel="accuracy"
              logY={false}
              title="Explore the accuracy curves"
              label="Explore the accuracy curves"
            />
          )}
        </div>
      )}
    </>
  );
});
type Metric = (p: TrainPoint) => number;

/** A run's training curve (solid, with the divergence note) and test curve (dashed), in its colour. */
function trainTest(r: RunHistory, i: number, color: string, train: Metric, test: Metric): CurveSeries[] {
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
  task = 'classification',
}: {
  runs: readonly RunHistory[];
  /** The region's name: give each board on a page its own (axe: landmark-unique). */
  label?: string;
  /** 'regression': no accuracy columns. */
  task?: TrainingTask;
}) {
  const acc = task === 'classification';
  const cols = acc ? 6 : 4;
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
            {acc && <th scope="col">train acc.</th>}
            {acc && <th scope="col">test acc.</th>}
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
                  <td colSpan={cols}>diverged at step {r.divergedAt}</td>
                ) : last ? (
                  <>
                    <td data-label="step">{last.step}</td>
                    <td data-label="η now">{formatNumber(last.lr, 3)}</td>
                    {/* the captions' and the summary's rounding, so the two never disagree */}
                    <td data-label="train loss">{loss(last.trainLoss)}</td>
                    <td data-label="test loss">{loss(last.testLoss)}</td>
                    {acc && <td data-label="train acc.">{pct(last.trainAccuracy)}</td>}
                    {acc && <td data-label="test acc.">{pct(last.testAccuracy)}</td>}
                  </>
                ) : (
                  // The same cells as a running row: a restart (every setting a reader changes)
                  // then rewrites text instead of rebuilding the table's cells, a relayout of the
                  // whole board that took 35–60 ms at 4× CPU in the playground, and the table
                  // keeps its height when the run begins.
                  <>
                    <td data-label="step">not started</td>
                    <td data-label="η now">–</td>
                    <td data-label="train loss">–</td>
                    <td data-label="test loss">–</td>
                    {acc && <td data-label="train acc.">–</td>}
                    {acc && <td data-label="test acc.">–</td>}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
