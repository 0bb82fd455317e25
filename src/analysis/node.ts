/** Node adapters of the analysis engine: none of its own (parallel runs are task kinds of src/jobs). */
export * from './index.ts';
