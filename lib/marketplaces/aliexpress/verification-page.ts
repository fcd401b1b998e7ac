/**
 * AliExpress's anti-robot checks, shown instead of (or over) a buyer page when it suspects automated
 * traffic: Alibaba's slider ("nocaptcha": `#nocaptcha`, `.nc_wrapper`, `#nc_1_wrapper`) and the
 * "baxia" dialog whose puzzle loads in an iframe from a `_____tmd_____/punish` URL. The buyer must
 * solve it; until then the page shows no orders, and saying "layout not recognised" would mislead.
 */
const VERIFICATION_SELECTORS = [
  '#nocaptcha',
  '.nc_wrapper',
  '[id^="nc_"][id$="_wrapper"]',
  '#baxia-dialog-content',
  '.baxia-dialog',
  'iframe[src*="_____tmd_____"]',
  'iframe[src*="/punish"]',
].join(',');

export function showsVerification(document: Document): boolean {
  return document.querySelector(VERIFICATION_SELECTORS) !== null;
}

export const VERIFICATION_MESSAGE =
  'AliExpress is asking the buyer to prove they are not a robot (a slider or puzzle); no orders are shown until it is solved.';
