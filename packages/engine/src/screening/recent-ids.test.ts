import { describe, expect, it } from 'vitest';
import { RecentIds } from './recent-ids.js';

describe('RecentIds', () => {
  it('remembers exactly the last `size` ids, through many evictions', () => {
    const size = 1000;
    const r = new RecentIds(size);
    for (let i = 0; i < 50_000; i++) {
      expect(r.checkAndAdd(`ev-${i}`)).toBe(false);
      if (i % 97 === 0) {
        // Inside the window: a repeat; just outside: forgotten (and re-added).
        expect(r.checkAndAdd(`ev-${i}`)).toBe(true);
        if (i >= size) expect(r.checkAndAdd(`ev-${i - size - 5}`)).toBe(false);
      }
    }
  });

  it('tells apart ids that differ in one character or only in length', () => {
    const r = new RecentIds(10);
    expect(r.checkAndAdd('a')).toBe(false);
    expect(r.checkAndAdd('b')).toBe(false);
    expect(r.checkAndAdd('aa')).toBe(false);
    expect(r.checkAndAdd('')).toBe(false);
    expect(r.checkAndAdd('a')).toBe(true);
    expect(r.checkAndAdd('')).toBe(true);
  });
});
