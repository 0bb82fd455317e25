/** The explorer's outcome cloud and party pairs: shared with the scenario memo (src/report). */
export { outcomeCloud, partyPairs, type Cloud } from '../../../src/report/index.ts';
