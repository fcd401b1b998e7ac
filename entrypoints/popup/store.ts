import { create } from 'zustand';
import type { OrderFilter } from '../../lib/db/queries';

type Screen = { kind: 'list' } | { kind: 'order'; orderId: string };

interface PopupState {
  screen: Screen;
  filter: OrderFilter;
  /** The AliExpress tab the popup was opened on (the toolbar click grants activeTab for it). */
  sourceTabId?: number;
  openOrder: (orderId: string) => void;
  showList: () => void;
  setFilter: (filter: OrderFilter) => void;
  setSourceTab: (tabId: number) => void;
}

/** Where the popup is (list or one order) and the list's filters; lost when the popup closes, by design. */
export const usePopupStore = create<PopupState>((set) => ({
  screen: { kind: 'list' },
  filter: {},
  openOrder: (orderId) => set({ screen: { kind: 'order', orderId } }),
  showList: () => set({ screen: { kind: 'list' } }),
  setFilter: (filter) => set({ filter }),
  setSourceTab: (sourceTabId) => set({ sourceTabId }),
}));
