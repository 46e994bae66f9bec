/**
 * Inbound ports: one interface per use case with its request record (validating itself in the
 * compact constructor) and its result record. Imports only {@code java.*} and {@code domain.*}.
 */
package application.port.in;
