// @descent/optim — re-exports only. See README.md for the table of exports and formulas.
export type { Vec, Transform, Sink, Schedule, LearningRate, StateOf } from './types.ts';

// Gradient transformations
export { applyUpdates } from './transforms/applyUpdates.ts';
export { stepInPlace } from './transforms/stepInPlace.ts';
export { chain, type ChainState } from './transforms/chain.ts';
export { namedChain, type NamedChainState } from './transforms/namedChain.ts';
export { scaleByAdam, type ScaleByAdamOptions, type ScaleByAdamState } from './transforms/scaleByAdam.ts';
export { scaleByRms, type ScaleByRmsOptions, type ScaleByRmsState } from './transforms/scaleByRms.ts';
export { scaleByRss, type ScaleByRssOptions, type ScaleByRssState } from './transforms/scaleByRss.ts';
export { trace, type TraceOptions, type TraceState } from './transforms/trace.ts';
export { addDecayedWeights, type AddDecayedWeightsOptions } from './transforms/addDecayedWeights.ts';
export {
  addScheduledDecayedWeights,
  type AddScheduledDecayedWeightsState,
} from './transforms/addScheduledDecayedWeights.ts';
export { scaleByLearningRate, type ScaleByLearningRateState } from './transforms/scaleByLearningRate.ts';
export {
  clipByGlobalNorm,
  type ClipByGlobalNormOptions,
  type ClipByGlobalNormState,
} from './transforms/clipByGlobalNorm.ts';
export { scale } from './transforms/scale.ts';
export { clipByValue, type ClipByValueOptions } from './transforms/clipByValue.ts';
export { projectOntoBox, type ProjectOntoBoxOptions } from './transforms/projectOntoBox.ts';
export {
  scaleByAdadelta,
  type ScaleByAdadeltaOptions,
  type ScaleByAdadeltaState,
} from './transforms/scaleByAdadelta.ts';
export { toSchedule } from './transforms/toSchedule.ts';
export { lookahead, type LookaheadOptions, type LookaheadState } from './transforms/lookahead.ts';
export { scaleBySchedule, type ScaleByScheduleState } from './transforms/scaleBySchedule.ts';

// Named optimizers
export { sgd, type SgdOptions, type SgdState } from './optimizers/sgd.ts';
export { heavyBall, type HeavyBallOptions, type HeavyBallState } from './optimizers/heavyBall.ts';
export { adagrad, type AdagradOptions, type AdagradState } from './optimizers/adagrad.ts';
export { rmsprop, type RmspropOptions, type RmspropState } from './optimizers/rmsprop.ts';
export { adam, type AdamOptions, type AdamState } from './optimizers/adam.ts';
export { adamw, type AdamwState } from './optimizers/adamw.ts';
export { adamwPaper, type AdamwPaperOptions, type AdamwPaperState } from './optimizers/adamwPaper.ts';
export { sgdw, type SgdwOptions, type SgdwState } from './optimizers/sgdw.ts';
export { adadelta, type AdadeltaOptions, type AdadeltaState } from './optimizers/adadelta.ts';

// Schedules
export { constantLR, type ConstantLROptions } from './schedules/constantLR.ts';
export { stepLR, type StepLROptions } from './schedules/stepLR.ts';
export { multiStepLR, type MultiStepLROptions } from './schedules/multiStepLR.ts';
export { exponentialLR, type ExponentialLROptions } from './schedules/exponentialLR.ts';
export { inverseTimeLR, type InverseTimeLROptions } from './schedules/inverseTimeLR.ts';
export { linearLR, type LinearLROptions } from './schedules/linearLR.ts';
export { cosineAnnealingLR, type CosineAnnealingLROptions } from './schedules/cosineAnnealingLR.ts';
export { cosineWarmRestarts, type CosineWarmRestartsOptions } from './schedules/cosineWarmRestarts.ts';
export { oneCycleLR, type OneCycleLROptions } from './schedules/oneCycleLR.ts';
export { warmupCosine, type WarmupCosineOptions } from './schedules/warmupCosine.ts';
export { sequentialLR, type SequentialLROptions } from './schedules/sequentialLR.ts';
export { polynomialLR, type PolynomialLROptions } from './schedules/polynomialLR.ts';
export { cyclicLR, type CyclicLROptions } from './schedules/cyclicLR.ts';
export {
  reduceLROnPlateau,
  type ReduceLROnPlateau,
  type ReduceLROnPlateauOptions,
  type ReduceLROnPlateauState,
} from './schedules/reduceLROnPlateau.ts';

// Objectives
export type { Objective, TestFunction2D } from './objectives/types.ts';
export { quadratic, type Quadratic, type QuadraticOptions } from './objectives/quadratic.ts';
export {
  illConditionedQuadratic,
  type IllConditionedQuadraticOptions,
} from './objectives/illConditionedQuadratic.ts';
export { rosenbrock } from './objectives/rosenbrock.ts';
export { beale } from './objectives/beale.ts';
export { himmelblau } from './objectives/himmelblau.ts';
export { saddle } from './objectives/saddle.ts';
export { minimize, type MinimizeOptions, type MinimizeResult } from './objectives/minimize.ts';

// Finite sums and variance reduction
export type { FiniteSum, FiniteSumMethod, MethodState, StepInfo, StepOptions } from './finiteSum/types.ts';
export { logisticRegression, type LogisticRegressionOptions } from './finiteSum/logisticRegression.ts';
export { leastSquares, type LeastSquaresOptions } from './finiteSum/leastSquares.ts';
export { sgdSampler, type SgdSamplerOptions } from './finiteSum/sgdSampler.ts';
export { scheduledSgd, type ScheduledSgdOptions, type ScheduledSgdState } from './finiteSum/scheduledSgd.ts';
export { svrg, type SvrgOptions, type SvrgState } from './finiteSum/svrg.ts';
export { saga, type SagaOptions, type SagaState } from './finiteSum/saga.ts';
export { estimatorVariance } from './finiteSum/estimatorVariance.ts';
export {
  runFiniteSum,
  type RunFiniteSumOptions,
  type RunFiniteSumResult,
  type FiniteSumHistoryPoint,
} from './finiteSum/runFiniteSum.ts';
export { referenceOptimum, type ReferenceOptimum } from './finiteSum/referenceOptimum.ts';
export {
  makeClassification,
  type MakeClassificationOptions,
  type ClassificationData,
} from './finiteSum/makeClassification.ts';
export {
  makeRegression,
  type MakeRegressionOptions,
  type RegressionData,
} from './finiteSum/makeRegression.ts';

// Online convex optimization (Reddi et al.'s counterexample)
export { reddiOnline, type ReddiOnlineOptions, type OnlineLinearProblem } from './online/reddiOnline.ts';
export { runOnline, type RunOnlineOptions, type RunOnlineResult } from './online/runOnline.ts';

// Randomness
export { rng, type Rng } from './rng.ts';

// Analysis helpers (numbers quoted in lessons and problems)
export { biasCorrection, stepsUntilBiasCorrectionBelow } from './analysis/biasCorrection.ts';
export { adamStepBound } from './analysis/adamStepBound.ts';
export { adaptiveStepSizes, type AdaptiveStepSizesOptions } from './analysis/adaptiveStepSizes.ts';
export {
  effectiveStepSize,
  gdOptimal,
  heavyBallOptimal,
  heavyBallSpectralRadius,
  heavyBallRate,
} from './analysis/momentum.ts';
export {
  linearScalingRule,
  sagaMemoryFloats,
  svrgPassesPerSnapshot,
  sgdNoiseFloor,
} from './analysis/scaling.ts';
export { sampleIndices, miniBatchGradient } from './finiteSum/miniBatchGradient.ts';
export { gradientNoise, miniBatchVariance, type GradientNoise } from './finiteSum/gradientNoise.ts';
export { sgdNoiseScale, matchedBatchSize } from './analysis/noiseScale.ts';

// Small networks (the capstone's playground)
export {
  mlp,
  type Mlp,
  type MlpOptions,
  type Activation,
  type MlpLoss,
  type InitScheme,
  type MlpKernel,
  type LayerParameters,
} from './networks/mlp.ts';
export { KERNEL_MAX_PARAMS } from './networks/mlpKernel.ts';
export { confusionMatrix } from './networks/confusionMatrix.ts';
export { misclassified } from './networks/misclassified.ts';
export {
  featureMap,
  INPUT_FEATURES,
  type FeatureMap,
  type FeatureMapOptions,
  type InputFeature,
} from './networks/featureMap.ts';
export {
  regression2d,
  planeLabel,
  gaussLabel,
  REGRESSION2D_KINDS,
  type Regression2dKind,
  type Regression2dOptions,
} from './networks/regression2d.ts';
export {
  dataset2d,
  splitDataset,
  DATASET2D_KINDS,
  type Dataset,
  type Dataset2dKind,
  type Dataset2dOptions,
} from './networks/dataset2d.ts';
export { deadUnits } from './networks/deadUnits.ts';
export { weightPenalty, type WeightBlock } from './networks/weightPenalty.ts';
export {
  mlpTrainer,
  trainMlp,
  type MlpTrainer,
  type TrainMlpOptions,
  type TrainMlpResult,
  type TrainPoint,
} from './networks/trainMlp.ts';
export {
  l2EquivalentDecay,
  adamL2EffectiveDecay,
  cumulativeDecay,
  type DecayConvention,
} from './analysis/weightDecay.ts';

// Momentum on a quadratic: per-eigen-component dynamics (lesson 3)
export {
  characteristicPolynomial,
  checkedCharacteristicPolynomial,
  MOMENTUM_METHODS,
  type MomentumMethod,
  type CharacteristicPolynomial,
} from './momentum/characteristicPolynomial.ts';
export { spectralRadius, worstRate, rootRadius } from './momentum/spectralRadius.ts';
export { stableStepTimesCurvature, maxStableLr } from './momentum/stabilityLimit.ts';
export { dampingRegime, type DampingRegime, type DampingInfo } from './momentum/dampingRegime.ts';
export { optimalParameters, nesterovStandard, type TunedMethod } from './momentum/optimalParameters.ts';
export { stepsToAccuracy } from './momentum/stepsToAccuracy.ts';
export { momentumNoiseFloor } from './momentum/momentumNoiseFloor.ts';
export { bufferConventionGap, type BufferConventionGap } from './momentum/bufferConventionGap.ts';
export { eigenComponents } from './momentum/eigenComponents.ts';
export { componentTrajectory } from './momentum/componentTrajectory.ts';
export { empiricalRate } from './momentum/empiricalRate.ts';
export { sutskeverNesterov, type SutskeverNesterovRun } from './momentum/sutskeverNesterov.ts';

// Beyond AdamW (issue 29): parameter shapes, matrix optimizers, Schedule-Free, WSD, memory
export {
  paramLayout,
  layoutSize,
  blockSize,
  isMatrix,
  checkLayout,
  type ParamBlock,
  type ParamLayout,
  type BlockSpec,
} from './matrices/paramLayout.ts';
export { mlpParamLayout } from './matrices/mlpParamLayout.ts';
export {
  newtonSchulz,
  NEWTON_SCHULZ_COEFFICIENTS,
  type NewtonSchulzOptions,
} from './matrices/newtonSchulz.ts';
export { newtonSchulzPolynomial } from './matrices/newtonSchulzPolynomial.ts';
export { svd, singularValues, type Svd } from './matrices/svd.ts';
export { scaleByLion, type ScaleByLionOptions, type ScaleByLionState } from './transforms/scaleByLion.ts';
export {
  scaleByFactoredRms,
  type ScaleByFactoredRmsOptions,
  type ScaleByFactoredRmsState,
  type FactoredBlockState,
} from './transforms/scaleByFactoredRms.ts';
export { clipByBlockRms, type ClipByBlockRmsOptions } from './transforms/clipByBlockRms.ts';
export {
  scaleByRelativeStep,
  relativeStepSize,
  type RelativeStepOptions,
  type ScaleByRelativeStepState,
} from './transforms/scaleByRelativeStep.ts';
export {
  addRelativeDecayedWeights,
  type AddRelativeDecayedWeightsOptions,
} from './transforms/addRelativeDecayedWeights.ts';
export { ema, type EmaState } from './transforms/ema.ts';
export {
  scaleByTrustRatio,
  type ScaleByTrustRatioOptions,
  type ScaleByTrustRatioState,
} from './transforms/scaleByTrustRatio.ts';
export { scaleByLars, type ScaleByLarsOptions, type ScaleByLarsState } from './transforms/scaleByLars.ts';
export { muonMomentum, type MuonMomentumOptions, type MuonMomentumState } from './transforms/muonMomentum.ts';
export {
  orthogonalize,
  muonShapeScale,
  type OrthogonalizeOptions,
  type MuonShapeScale,
} from './transforms/orthogonalize.ts';
export {
  partition,
  type PartitionOptions,
  type PartitionPart,
  type PartitionState,
} from './transforms/partition.ts';
export {
  scaleByShampoo,
  symmetricMatrixPower,
  type ScaleByShampooOptions,
  type ScaleByShampooState,
  type ShampooBlockState,
} from './transforms/scaleByShampoo.ts';
export {
  scaleBySoap,
  type ScaleBySoapOptions,
  type ScaleBySoapState,
  type SoapBlockState,
} from './transforms/scaleBySoap.ts';
export { decayUpdatedWeights, type DecayUpdatedWeightsOptions } from './transforms/decayUpdatedWeights.ts';
export {
  scaleByDebiasedRms,
  type ScaleByDebiasedRmsOptions,
  type ScaleByDebiasedRmsState,
} from './transforms/scaleByDebiasedRms.ts';
export {
  scheduleFree,
  scheduleFreeEvalPoint,
  type ScheduleFreeOptions,
  type ScheduleFreeState,
} from './transforms/scheduleFree.ts';
export { lion, type LionOptions, type LionState } from './optimizers/lion.ts';
export { adafactor, type AdafactorOptions, type AdafactorState } from './optimizers/adafactor.ts';
export { lamb, type LambOptions, type LambState } from './optimizers/lamb.ts';
export { lars, type LarsOptions, type LarsState } from './optimizers/lars.ts';
export { muon, type MuonOptions, type MuonState } from './optimizers/muon.ts';
export { muonWithAdamw, type MuonWithAdamwOptions } from './optimizers/muonWithAdamw.ts';
export { shampoo, type ShampooOptions, type ShampooState } from './optimizers/shampoo.ts';
export { soap, type SoapOptions, type SoapState } from './optimizers/soap.ts';
export {
  scheduleFreeSgd,
  scheduleFreeWarmup,
  type ScheduleFreeSgdOptions,
  type ScheduleFreeSgdState,
} from './optimizers/scheduleFreeSgd.ts';
export {
  scheduleFreeAdamw,
  type ScheduleFreeAdamwOptions,
  type ScheduleFreeAdamwState,
} from './optimizers/scheduleFreeAdamw.ts';
export {
  wsd,
  wsdBoundaries,
  wsdStopAt,
  wsdDecayFactor,
  WSD_DECAY_SHAPES,
  type WsdOptions,
  type WsdBoundaries,
  type WsdDecayShape,
} from './schedules/wsd.ts';
export {
  stateFloats,
  optimizerMemory,
  type OptimizerMemory,
  type BlockMemory,
} from './analysis/optimizerMemory.ts';
export {
  memoryTable,
  MEMORY_OPTIMIZERS,
  type MemoryEntry,
  type MemoryTableRow,
} from './analysis/memoryTable.ts';
export {
  blockStateFloats,
  memoryByFormula,
  type MemoryBlock,
  type MemoryOptimizerName,
  type FormulaMemoryRow,
} from './analysis/memoryFormula.ts';
export {
  associativeMemory,
  type AssociativeMemory,
  type AssociativeMemoryOptions,
} from './objectives/associativeMemory.ts';

// The limits of descent and a whole spectrum (lesson 3)
export {
  pathGraphQuadratic,
  type PathGraphQuadratic,
  type PathGraphQuadraticOptions,
} from './objectives/pathGraphQuadratic.ts';
export { firstOrderLowerBound, type FirstOrderLowerBound } from './momentum/firstOrderLowerBound.ts';
export {
  polynomialRegression,
  type PolynomialRegression,
  type PolynomialRegressionOptions,
} from './objectives/polynomialRegression.ts';
