/** ECS entries of a config root: create (SFC or HTTP) and list. */
package application.service.ecs;
