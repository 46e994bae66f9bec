/** The use cases ({@code in}) and what they need from the world ({@code out}). */
package application.port;
