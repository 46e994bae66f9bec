/**
 * Who may do what with a key: {@link application.access.KeyRole} (Owner, Maintainer),
 * {@link application.access.KeyPermission} and the rule {@link application.access.KeyAccess} every
 * key use case applies before anything else. Storages are checked by owner in their use cases.
 */
package application.access;
