/**
 * The inbound adapter: Picocli commands (parse, build the request, call the use case, print), prompts,
 * JSON output and the one error handler. Must not import outbound adapters.
 */
package adapters.in.cli;
