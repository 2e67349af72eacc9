import { exposeTraining } from '../kit/training/trainingHost.ts';
import { createEngine } from './engine.ts';

exposeTraining(createEngine);
