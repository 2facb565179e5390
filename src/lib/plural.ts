/** Counted nouns in English by the Unicode plural rules (Intl.PluralRules), not by `n === 1 ?` by hand. Pure TS. */

/** The words for each plural category; English uses `one` and `other` (0 takes `other`: "0 checks"). */
export type PluralForms = { readonly one: string; readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;

const rules = new Intl.PluralRules('en');

/** The form that agrees with `count`, without the number: `pluralForm(1, { one: 'was', other: 'were' })` is "was". */
export const pluralForm = (count: number, forms: PluralForms): string => forms[rules.select(count)] ?? forms.other;

/** The count and the form that agrees with it: `plural(2, { one: 'check', other: 'checks' })` is "2 checks". */
export const plural = (count: number, forms: PluralForms): string => `${count} ${pluralForm(count, forms)}`;
