/** The value rules of {@code config.ini}, its environment overrides and set-config (reference: sections 4–6). */
package domain.config;
