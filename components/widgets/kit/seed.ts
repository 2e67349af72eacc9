import { z } from 'zod';

/** Seeds are whole numbers 0 … 999 999: short in a link, and plenty of distinct streams. */
export const SEED_MAX = 999_999;

/** seedField(defaultSeed) → the state field of a widget's seed (one schema for every widget). */
export const seedField = (defaultSeed = 1) => z.number().int().min(0).max(SEED_MAX).default(defaultSeed);

/**
 * nextSeed(seed) → the seed "New seed" moves to: an affine step modulo 10⁶. 7919 is prime to 10⁶,
 * so no two seeds move to the same one, and 7918·x ≡ −104 729 has no solution (odd against even),
 * so a press always changes the seed. The sequence is the same for every reader, and the link
 * reproduces what they see.
 */
export const nextSeed = (seed: number) => (seed * 7919 + 104_729) % (SEED_MAX + 1);
