/**
 * What studying somewhere costs, worked out in one place for every screen and the matcher. Pure:
 * no grammY, no I/O.
 */
export {
  type CostGap,
  type CostModel,
  type CostOptions,
  costModel,
  type KztFigure,
  LIVING_MONTHS_PER_YEAR,
  type LivingFigure,
  type RequiredFundsFigure,
  type TuitionFigure,
} from "./cost-model.js";
export {
  across,
  atLeast,
  meaningOf,
  type Span,
  type SpanMeaning,
  scale,
  spanOf,
  sum,
} from "./span.js";
