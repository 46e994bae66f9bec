/**
 * The HTTP ECS: the OmegaSafe API ({@code docs/http-ecs.openapi.yaml}) behind the ECS ports. {@link adapters.out.ecs.http.EcsApi}
 * mirrors the document (one method per operation, paths and JSON bodies only) over {@link adapters.out.ecs.http.ApiTransport}
 * (the JDK's {@code java.net.http} client and Jackson: URL, API key, timeouts, dev-mode TLS),
 * {@link adapters.out.ecs.http.EcsApiFailures} is the one table from statuses, problem codes and transport errors to the
 * ports' exceptions, {@link adapters.out.ecs.http.HttpEcs} plays the key, claim, Delta and storage roles by calling the API,
 * {@link adapters.out.ecs.http.DeltaTransfer} moves encrypted Delta payloads through presigned URLs, and
 * {@link adapters.out.ecs.http.HttpClients} builds one client per ECS entry, only when an HTTP ECS is used: a command that
 * uses none loads none of it and starts no thread for it. Nothing of HTTP leaves this package; the API key is sent in the
 * Authorization header only.
 */
package adapters.out.ecs.http;
