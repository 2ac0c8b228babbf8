// French number formats on folded text: 30 %, -30%, –15 %, 1 500 €, 1.500,00 €, €399, 4,9/5.

/** A number as French writes it: 30, 4,9, 1 500, 1.500,00 (folded text: every space is ' '). */
export const NUMBER = String.raw`\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

/** A percentage, with its optional minus sign: "-30 %", "30%", "30 pour cent". */
export const PERCENT = new RegExp(String.raw`(?<![\p{L}\p{N}])(-\s?)?(?:${NUMBER})\s?(?:%|pour\s?cent(?![\p{L}]))`, 'gu');

/** A price: "35 €", "1 500 euros", "€399", "49 EUR". */
export const PRICE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${NUMBER})\s?(?:€|euros?(?![\p{L}])|eur(?![\p{L}]))|€\s?(?:${NUMBER}))`,
  'gu',
);

/** Parses a French number ("1 500", "4,9", "1.500,00") to a float. */
export function parseFrenchNumber(s: string): number {
  const t = s.replace(/\s/gu, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(t)) return Number(t.replace(/\./gu, '').replace(',', '.'));
  return Number(t.replace(',', '.'));
}
