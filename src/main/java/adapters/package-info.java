/**
 * Everything that touches the world: Picocli commands ({@code in.cli}), containers, filesystem,
 * ECS backends and keyrings ({@code out.*}), and the CDI wiring ({@code config}) that decides which
 * adapter serves which port.
 *
 * <p>Inbound adapters never depend on outbound adapters; only {@code config} knows both.
 */
package adapters;
