import type { TrackingStage } from '../../model/order';

/**
 * Tracking event codes of `mtop.ae.ld.querydetail` (`trackingPrimaryCode`, else `trackingSecondCode`) by
 * meaning. They are Cainiao's action codes with an `AE_` prefix and `_SUCCESS` suffixes
 * (`AE_CC_EX_SUCCESS_SUCCESS` is `CC_EX`). Only codes seen in real responses or documented by readers of
 * them are here (docs/READING.md names the sources); any other code is a plain update (`unknown`), never a
 * stage guessed from a part of its name. `AE_GTMS_ORDER_INFO_UPDATE` ("Your delivery information has been
 * updated") is such an update although it contains "ORDER".
 */
const STAGE_BY_CODE = new Map<string, TrackingStage>();

function codes(stage: TrackingStage, list: readonly string[]) {
  for (const code of list) STAGE_BY_CODE.set(code, stage);
}

codes('ordered', ['ORDER_PLACED', 'ORDER_PAID', 'CONSIGN', 'OM_CONSIGN', 'GWMS_ACCEPT', 'GWMS_PICK', 'GWMS_PACKAGE']);
codes('handed-to-carrier', [
  'ORDER_SHIPPED',
  'GWMS_OUTBOUND',
  'GWMS_HANDOVER',
  'PICK_UP',
  'PU_PICKUP',
  'PU_SIGN_IN',
  'CW_INBOUND',
  'CW_SIGN_IN',
  'GOT',
]);
codes('in-transit', [
  'CW_OUTBOUND',
  'SC_INBOUND',
  'SC_OUTBOUND',
  'SC_HO_OUT',
  'SC_SIGN_IN',
  'LH_HO_IN',
  'LH_HO_AIRLINE',
  'LH_DEPART',
  'LH_HO_OUT',
  'LH_OTHER',
  'TD_TRANS_ARRIVE',
  'TD_TRANS_DEPART',
  'TD_TRANS_ARRIVE_DCP',
  'CC_TRANS_START',
  'CC_TRANS',
  'COMMON_INTRANSIT',
  'COMMON_DEPART',
  'DEPARTURE',
  'ARRIVAL',
  'GTMS_SC_ARRIVE',
  'GTMS_SC_DEPART',
  'GTMS_STATION_IN',
  'GTMS_STATION_OUT',
  'GTMS_RELABEL',
  'GTMS_DO_ARRIVE',
]);
codes('customs', [
  'CC_EX_START',
  'CC_EX',
  'CC_IM_START',
  'CC_IM_PROCESS',
  'CC_IM',
  'CC_HO_IN',
  'CUS_DECLARE',
  'CUS',
  'CIQ',
  'CUS_TAX',
]);
// Import customs done and handed over, or taken over by the destination country's carrier.
codes('arrived-destination', ['LH_ARRIVE', 'CC_HO_OUT', 'GTMS_ACCEPT', 'LAST_MILE_HO']);
codes('out-for-delivery', ['GTMS_DELIVERING', 'GTMS_RE_DELIVERING', 'GTMS_DO_DEPART', 'SENT_SCAN']);
// "Signed at the station" may mean waiting there for the buyer: not a delivery to the buyer.
codes('pickup-ready', [
  'GTMS_WAIT_SELF_PICK',
  'GSTA_INBOUND',
  'GSTAHUB_INBOUND',
  'GSTA_INFORM_BUYER',
  'GTMS_STA_SIGNED',
]);
codes('delivered', [
  'GTMS_SIGNED',
  'SIGNED',
  'SIGN',
  'GSTA_SIGN',
  'GSTA_BUYER_SIGN',
  'STA_SIGN',
  'COMMON_SIGNED',
  'POSTMAN_POST',
]);
codes('exception', [
  'GTMS_DEL_FAILURE',
  'GTMS_SIGN_FAILURE',
  'GTMS_STA_SIGN_FAILURE',
  'GTMS_FAILURE',
  'GWMS_EXCEPTION',
  'GWMS_REJECT',
  'GWMS_CANCEL',
  'CC_EX_FAILURE',
  'CC_IM_FAILURE',
  'FAILED',
  'REJECT',
  'LH_POST_COLLECTION',
]);
codes('returning', ['RT_INBOUND', 'RT_OUTBOUND', 'RT_HO_OUT', 'RT_TMS_ACCEPT', 'RT_DESTROY', 'RETURNED']);
// Updates that change nothing about where the parcel is: the delivery data, an address change.
codes('unknown', [
  'GTMS_ORDER_INFO_UPDATE',
  'LAST_MILE_ASN_NOTIFY',
  'GTMS_ASN',
  'GTMS_STA_WAIT_CUST_CHANGE_ADDRESS',
  'GTMS_STA_CUST_TO_DOOR',
  'GTMS_STA_CHANGE',
  'GTMS_STA_CN_TO_DOOR',
  'GTMS_STA_CN_CHANGE',
  'GTMS_STA_CNCP_TO_DOOR',
  'GTMS_STA_CNCP_CHANGE',
]);

/** The code without its `AE_` prefix and `_SUCCESS` suffixes: Cainiao's action code. */
export function actionCodeOf(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/^AE_/, '')
    .replace(/(?:_SUCCESS)+$/, '');
}

/**
 * The stage a tracking code names, or undefined for a code we do not know. Cainiao documents two
 * families by their form: `RT_…` (the parcel goes back to the sender) and `…_FAILURE` (an exception).
 */
export function stageFromCode(code: string): TrackingStage | undefined {
  const action = actionCodeOf(code);
  const known = STAGE_BY_CODE.get(action);
  if (known) return known;
  if (/^RT_/.test(action)) return 'returning';
  if (/_FAIL(?:URE)?$/.test(action)) return 'exception';
  return undefined;
}
