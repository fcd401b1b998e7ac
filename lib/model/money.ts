import * as z from 'zod/mini';
import { lazy } from '../lazy';

/** Larger than any order or refund a buyer could have: a bigger number is not an amount a page stated. */
export const MAX_AMOUNT = 1_000_000_000;

/** An amount in a currency, as the page states it. `amount` is decimal (12.34), rounded to the currency's minor unit. */
export const moneySchema = lazy(() =>
  z.object({
    amount: z.number().check(z.nonnegative(), z.lte(MAX_AMOUNT)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'ISO 4217 code')),
  }),
);
export type Money = z.infer<ReturnType<typeof moneySchema>>;
