package archfixture.adapters.out;

/** Fixture: an outbound adapter that uses an inbound one (breaks outboundNeverUsesInbound). */
public class Gateway {
    archfixture.adapters.in.rest.Resource resource;
}
