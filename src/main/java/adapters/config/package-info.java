/**
 * The wiring: CDI beans that build the application services with the adapters that serve their ports,
 * for the config root a command names. The only package that knows both inbound and outbound adapters.
 */
package adapters.config;
