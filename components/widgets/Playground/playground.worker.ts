import { exposeTraining } from '../kit/training/trainingHost.ts';
import { boardPainter } from './boardPainter.ts';
import { createEngine } from './engine.ts';
import { buildDataset, type PlaygroundConfig } from './model.ts';

// The boards are painted here, on canvases the page hands over (boardPainter.ts).
const boards = boardPainter();
exposeTraining((config: PlaygroundConfig) => {
  const engine = createEngine(config);
  boards.setData(buildDataset(config), config.problem);
  return engine;
}, boards);
