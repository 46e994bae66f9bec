/**
 * One service per use case, each holding a flow and delegating every step to the domain or a port.
 * Subpackages group services by concern: {@code file} (encrypt/decrypt), {@code key}, {@code ecs},
 * {@code init}, {@code claim} (the position sources the cache logic lives in).
 */
package application.service;
