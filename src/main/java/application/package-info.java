/**
 * Use cases ({@code port.in}), the outbound ports they need ({@code port.out}) and the services that
 * implement the use cases ({@code service}).
 *
 * <p>Owns: the flows (resolve key, claim, transform, write). Depends on {@code domain} and
 * {@code java.*} only: no Quarkus, Jakarta, Picocli, Jackson or any adapter type.
 */
package application;
