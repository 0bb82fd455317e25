export { MAX_COMPARISON_AGENTS } from './job-schemas.ts';
export { MAX_COMPARISON_SESSIONS } from './routes/negotiation.ts';
