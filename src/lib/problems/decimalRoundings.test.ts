import { expect, it } from 'vitest';
import { decimalRoundings } from './decimalRoundings.ts';
it("rounds a key's shortest decimal as text, both ways on a tie", () => {
  expect(decimalRoundings(1.5 - 3e-4 - 4.5e-5, { kind: 'sigFigs', digits: 6 })).toEqual([
    '1.49965',
    '1.49966',
  ]);
  expect(decimalRoundings(0.125, { kind: 'decimals', places: 2, atol: 0.005 })).toEqual(['0.12', '0.13']);
  expect(decimalRoundings(-0.2498975, { kind: 'sigFigs', digits: 6 })).toEqual(['-0.249897', '-0.249898']);
  expect(decimalRoundings(1234.5, { kind: 'sigFigs', digits: 3 })).toEqual(['1230']);
  expect(decimalRoundings(0.00123456, { kind: 'sigFigs', digits: 3 })).toEqual(['0.00123']);
  expect(decimalRoundings(9.995, { kind: 'sigFigs', digits: 3 })).toEqual(['9.99', '10.00']);
  expect(decimalRoundings(2.5, { kind: 'decimals', places: 0, atol: 0.5 })).toEqual(['2', '3']);
});
