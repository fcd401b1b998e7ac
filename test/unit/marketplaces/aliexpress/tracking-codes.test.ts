import { describe, expect, it } from 'vitest';
import { actionCodeOf, stageFromCode } from '../../../../lib/marketplaces/aliexpress/tracking-codes';

describe('stageFromCode: tracking codes by meaning', () => {
  it.each([
    // As a delivered package's real events name them, oldest first.
    ['AE_ORDER_PLACED', 'ordered'],
    ['AE_ORDER_PAID', 'ordered'],
    ['AE_PICK_UP_SUCCESS', 'handed-to-carrier'],
    ['AE_GOT', 'handed-to-carrier'],
    ['AE_GOT_SUCCESS', 'handed-to-carrier'],
    ['AE_SC_INBOUND_SUCCESS', 'in-transit'],
    ['AE_LH_HO_IN_SUCCESS', 'in-transit'],
    ['AE_CC_EX_START', 'customs'],
    ['AE_CC_EX_SUCCESS_SUCCESS', 'customs'],
    ['AE_LH_DEPART', 'in-transit'],
    ['AE_LH_ARRIVE_SUCCESS', 'arrived-destination'],
    ['AE_CC_IM_START', 'customs'],
    ['AE_CC_HO_OUT_SUCCESS', 'arrived-destination'],
    ['AE_GTMS_ACCEPT', 'arrived-destination'],
    ['AE_GTMS_SC_ARRIVE', 'in-transit'],
    ['AE_GTMS_DO_ARRIVE', 'in-transit'],
    ['AE_GTMS_DELIVERING', 'out-for-delivery'],
    ['AE_GTMS_DO_DEPART', 'out-for-delivery'],
    ['AE_GTMS_SIGNED', 'delivered'],
    ['GTMS_WAIT_SELF_PICK', 'pickup-ready'],
    ['AE_GTMS_DEL_FAILURE', 'exception'],
    ['AE_RT_WH_INBOUND', 'returning'],
  ])('%s → %s', (code, stage) => {
    expect(stageFromCode(code)).toBe(stage);
  });

  it('reads "delivery information updated" as a plain update, though its code contains ORDER', () => {
    expect(stageFromCode('AE_GTMS_ORDER_INFO_UPDATE')).toBe('unknown');
  });

  it.each(['AE_SOMETHING_NEW', 'AE_ORDER_SOMETHING', 'AE_LH_SIGNAL', 'AE_CUSTOMS_NEWS', ''])(
    'does not guess a stage from part of an unknown code: %s',
    (code) => {
      expect(stageFromCode(code)).toBeUndefined();
    },
  );

  it('strips the AE_ prefix and every _SUCCESS suffix', () => {
    expect(actionCodeOf(' ae_cc_ex_success_success ')).toBe('CC_EX');
  });
});
