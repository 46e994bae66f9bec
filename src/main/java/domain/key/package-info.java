/**
 * Keys: sizes and presets, shapes and capacities, byte replacement map chains, key iterations (Alpha
 * seq 0, Deltas seq &gt; 0) and their binary form. Pure: randomness comes in as a {@link domain.key.RandomSource}.
 */
package domain.key;
