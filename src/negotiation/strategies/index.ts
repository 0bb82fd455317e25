/** Negotiating strategies, one module each (description + citation), and the agent-spec registry. */
export {
  STRATEGIES,
  createNegotiator,
  parseAgentList,
  parseAgentSpec,
  splitTopLevel,
  strategyById,
  type AgentSpec,
} from './registry.ts';
export type { ParamSpec, Params, Strategy } from './strategy.ts';
export { TimeDependentAgent, boulware, conceder, linear, timeDependent } from './time-dependent.ts';
export { HardlinerAgent, hardliner } from './hardliner.ts';
export { RandomAgent, random } from './random.ts';
export { NaiveTitForTatAgent, naiveTft } from './naive-tft.ts';
export { NiceTitForTatAgent, niceTft } from './nice-tft.ts';
export { HardHeadedAgent, hardheaded } from './hardheaded.ts';
export { FullInformationLinearAgent } from './full-information.ts';
