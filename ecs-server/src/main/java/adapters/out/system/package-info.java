/** The process's clock, CSPRNG and in-memory set of changed keys. */
package adapters.out.system;
