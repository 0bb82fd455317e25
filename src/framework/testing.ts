export { errorOf, rejectionOf } from './testing/errors.ts';
export { syntheticFramework } from './testing/synthetic.ts';
export { tinyFramework } from './testing/fixtures.ts';
