import * as z from 'zod/mini';

/** An amount in a currency, as the page states it. `amount` is decimal (12.34), rounded to the currency's minor unit. */
export const moneySchema = z.object({
  amount: z.number().check(z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'ISO 4217 code')),
});
export type Money = z.infer<typeof moneySchema>;
