/**
 * The operator's commands ({@code bin/ecs-server create-user | create-api-key | revoke-api-key | fence}) and
 * the process entry point that chooses between them and serving. Secrets go to stdout once, on the last line.
 */
package adapters.in.admin;
