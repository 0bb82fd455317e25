/** Opponent models: what a negotiator can learn about the others from their bids alone. */
export { FrequencyModel, sumTables, LEARNING_COEF, VALUE_ADDITION } from './frequency.ts';
