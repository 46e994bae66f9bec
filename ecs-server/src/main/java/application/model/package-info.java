/** Values the use cases and ports exchange: stored keys, storages, upload attempts, relations, invitations. */
package application.model;
