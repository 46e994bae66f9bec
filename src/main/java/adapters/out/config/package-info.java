/**
 * {@code config.ini}, the environment overrides and the configuration password sources. Must not
 * import inbound adapters.
 */
package adapters.out.config;
