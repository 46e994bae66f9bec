/**
 * Wiring: the configuration ({@code ecs.*}, SmallRye Config: properties or environment variables) and the
 * CDI producers that construct every adapter and service. The only place that knows which adapter serves
 * which port.
 */
package adapters.config;
