/** The platform CSPRNG behind the {@code Entropy} port. Must not import inbound adapters. */
package adapters.out.random;
