import type { MarketplaceAdapter } from '../types';
import { findOrderElements } from './find-order-elements';
import { watchedApiOf } from './mtop-apis';
import { type ObservedApiResponse, parseObservedResponse } from './observed-response';
import { readAliExpressPage } from './read-page';
import { detectAliExpressPage } from './urls';

export const aliexpressAdapter: MarketplaceAdapter<ObservedApiResponse> = {
  marketplace: 'aliexpress',
  pageKindOf(url) {
    const kind = detectAliExpressPage(url).kind;
    return kind === 'unknown' ? undefined : kind;
  },
  readPage: readAliExpressPage,
  findOrderElements,
  isWatchedResponseUrl: (url) => watchedApiOf(url) !== undefined,
  parseObservedResponse,
};
