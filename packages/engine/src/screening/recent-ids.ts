/**
 * The last `size` event ids, for idempotence: older ids fall out, so memory stays bounded.
 *
 * Ids are kept as 63-bit fingerprints (two independent 32-bit string hashes) in an
 * open-addressing table with linear probing, not as strings in a Set: nothing from the parsed
 * event is retained (the old-generation churn of keeping 200,000 id strings alive showed up as
 * garbage-collection time), and there is no per-event allocation. A ring of fingerprints decides
 * which id to forget; deletion shifts the probe chain back, so no tombstones pile up. Two
 * different ids collide with probability about size / 2^63 per event (2·10⁻¹⁴ at 200,000), i.e.
 * never in practice.
 */
export class RecentIds {
  private readonly mask: number;
  /** Fingerprint halves, interleaved [hi, lo] per slot (one cache line per probe); hi === 0
   * marks an empty slot (hi always has its low bit set). */
  private readonly t: Int32Array;
  private readonly ringHi: Int32Array;
  private readonly ringLo: Int32Array;
  private pos = 0;
  private count = 0;

  constructor(private readonly size: number) {
    const cap = Math.max(1, Math.floor(size));
    let slots = 4;
    while (slots < cap * 2) slots *= 2;
    this.mask = slots - 1;
    this.t = new Int32Array(slots * 2);
    this.ringHi = new Int32Array(cap);
    this.ringLo = new Int32Array(cap);
  }

  /** True if the id was already seen in the window; records it otherwise. */
  checkAndAdd(id: string): boolean {
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x9747b28c | 0;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 ^= h1 >>> 16;
    h1 = Math.imul(h1, 0x85ebca6b);
    h1 ^= h1 >>> 13;
    h1 |= 1;
    h2 = Math.imul(h2 ^ id.length, 0xc2b2ae35);
    h2 ^= h2 >>> 16;
    const { t, mask } = this;
    let s = (h2 ^ (h1 >>> 7)) & mask;
    while (t[2 * s] !== 0) {
      if (t[2 * s] === h1 && t[2 * s + 1] === h2) return true;
      s = (s + 1) & mask;
    }
    const cap = this.ringHi.length;
    if (this.count === cap) this.remove(this.ringHi[this.pos] ?? 0, this.ringLo[this.pos] ?? 0);
    else this.count++;
    // The slot found above may have moved if the removal shifted this chain: probe again.
    s = (h2 ^ (h1 >>> 7)) & mask;
    while (t[2 * s] !== 0) s = (s + 1) & mask;
    t[2 * s] = h1;
    t[2 * s + 1] = h2;
    this.ringHi[this.pos] = h1;
    this.ringLo[this.pos] = h2;
    this.pos = this.pos + 1 === cap ? 0 : this.pos + 1;
    return false;
  }

  private home(h1: number, h2: number): number {
    return (h2 ^ (h1 >>> 7)) & this.mask;
  }

  private remove(h1: number, h2: number): void {
    const { t, mask } = this;
    let s = this.home(h1, h2);
    while (t[2 * s] !== 0 && !(t[2 * s] === h1 && t[2 * s + 1] === h2)) s = (s + 1) & mask;
    if (t[2 * s] === 0) return;
    // Backward-shift deletion (Knuth 6.4, algorithm R).
    let gap = s;
    let j = s;
    for (;;) {
      j = (j + 1) & mask;
      const hj = t[2 * j] ?? 0;
      if (hj === 0) break;
      const lj = t[2 * j + 1] ?? 0;
      const k = this.home(hj, lj);
      const between = gap <= j ? gap < k && k <= j : gap < k || k <= j;
      if (between) continue;
      t[2 * gap] = hj;
      t[2 * gap + 1] = lj;
      gap = j;
    }
    t[2 * gap] = 0;
    t[2 * gap + 1] = 0;
  }
}
