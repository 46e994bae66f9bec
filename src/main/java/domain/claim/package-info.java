/**
 * The local claim cache model: claims reserved from the ECS per key iteration, tagged PERFORMANCE or
 * OFFLINE, with the "last used" pointer and the key-level high-water safety floor.
 */
package domain.claim;
