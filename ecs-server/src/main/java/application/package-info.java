/**
 * The server's use cases and the ports they need: one interface per use case in {@code port.in}, one
 * service per use case in {@code service}, ports named by role in {@code port.out}, the authorisation rule
 * in {@code access} and the failures a use case reports in {@code failure}.
 *
 * <p>Owns: the flow of each API operation and the rule of who may do what. Imports {@code java.*},
 * {@code domain.*} and {@code application.*} only: no framework, no HTTP, SQL or S3 type.
 */
package application;
