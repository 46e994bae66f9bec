package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import application.failure.EcsFailure;
import application.failure.InvalidRequest;
import application.port.in.ClaimPositions;
import application.port.in.IterationView;
import application.port.in.ViewIteration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code /v1/keys/{key_uuid}/iterations/{seq}} and its claims; counts and times claims by outcome. */
@Path("/v1/keys/{key_uuid}/iterations/{seq}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {
    private final RequestCaller caller;
    private final ClaimPositions claimPositions;
    private final ViewIteration viewIteration;
    private final MeterRegistry meters;

    /** Wires the use cases and the metrics. */
    public ClaimsResource(RequestCaller caller, ClaimPositions claimPositions, ViewIteration viewIteration, MeterRegistry meters) {
        this.caller = caller;
        this.claimPositions = claimPositions;
        this.viewIteration = viewIteration;
        this.meters = meters;
    }

    /** The iteration. */
    @GET
    public Bodies.Iteration view(@PathParam("key_uuid") String keyUuid, @PathParam("seq") String seq) {
        IterationView v = viewIteration.view(caller.get(), Params.uuid(keyUuid, "key_uuid"), Params.seq(seq));
        return new Bodies.Iteration(v.seq(), v.iterationUuid(), v.start(), v.end(), v.latestClaimed());
    }

    /** Claims positions: 201, or 200 for a retry with the same Idempotency-Key. */
    @POST
    @Path("/claims")
    public Response claim(@PathParam("key_uuid") String keyUuid, @PathParam("seq") String seq,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, Bodies.ClaimRequest body) {
        UUID key = Params.uuid(keyUuid, "key_uuid");
        int s = Params.seq(seq);
        var idem = Params.optionalUuid(idempotencyKey, "Idempotency-Key");
        if (Params.body(body).size() == null) throw InvalidRequest.of("size", "is required");
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            ClaimPositions.Result r = claimPositions.claim(caller.get(), key, s, body.size(), idem);
            outcome = r.replayed() ? "replayed" : "claimed";
            if (!r.replayed()) meters.counter("ecs.claimed.positions").increment(r.range().size());
            Bodies.Claim claim = new Bodies.Claim(r.seq(), r.range().start(), r.range().end(), r.range().end());
            return Response.status(r.replayed() ? 200 : 201).entity(claim).build();
        } catch (EcsFailure f) {
            outcome = Problems.codeOf(f);
            throw f;
        } finally {
            sample.stop(meters.timer("ecs.claims", "outcome", outcome));
        }
    }
}
