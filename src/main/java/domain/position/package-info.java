/** Global-position arithmetic: ranges and the odometer that turns a position into map indices. */
package domain.position;
