/** Mechanisms: alternating offers (bilateral and stacked multilateral) and the mediated single negotiating text. */
export { runAlternatingOffers, checkOffer, type OfferProtocolOptions } from './alternating.ts';
export { runMediated, type MediatedOptions } from './mediated.ts';
export { Clock } from './clock.ts';
