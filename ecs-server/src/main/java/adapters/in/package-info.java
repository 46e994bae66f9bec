/** Inbound adapters: the HTTP API ({@code rest}), the operator's commands ({@code admin}) and lifecycle triggers ({@code lifecycle}). */
package adapters.in;
