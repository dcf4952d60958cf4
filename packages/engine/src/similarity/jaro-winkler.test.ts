import fc from 'fast-check';
import jw from 'jaro-winkler';
import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler.js';

describe('jaroWinkler', () => {
  it('matches textbook values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
  });

  it('agrees with the jaro-winkler npm package', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        if (a.length === 0 || b.length === 0) return;
        expect(jaroWinkler(a, b)).toBeCloseTo(jw(a, b), 9);
      }),
      { numRuns: 2000 },
    );
  });
});
