/**
 * One service per use case of {@code application.port.in}: each holds the flow of one API operation and
 * delegates every step to the domain, the authorisation rule or a port. Plain classes: the adapters' wiring
 * constructs them.
 */
package application.service;
