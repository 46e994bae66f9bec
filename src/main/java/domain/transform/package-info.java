/** The per-byte OmegaSafe transform and its inverse, over byte arrays at given global positions. */
package domain.transform;
