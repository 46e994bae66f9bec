package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import application.port.in.ConfirmUpload;
import application.port.in.DeltaView;
import application.port.in.RequestDownloadUrl;
import application.port.in.RequestUploadUrl;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /v1/deltas}: upload URL, confirm, download URL; counts uploads and downloads. */
@Path("/v1/deltas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeltasResource {
    private final RequestCaller caller;
    private final RequestUploadUrl uploadUrl;
    private final ConfirmUpload confirmUpload;
    private final RequestDownloadUrl downloadUrl;
    private final MeterRegistry meters;

    /** Wires the use cases and the metrics. */
    public DeltasResource(RequestCaller caller, RequestUploadUrl uploadUrl, ConfirmUpload confirmUpload,
                          RequestDownloadUrl downloadUrl, MeterRegistry meters) {
        this.caller = caller;
        this.uploadUrl = uploadUrl;
        this.confirmUpload = confirmUpload;
        this.downloadUrl = downloadUrl;
        this.meters = meters;
    }

    /** A presigned PUT for a new Delta. */
    @POST
    @Path("/upload_url")
    public Response uploadUrl(Bodies.UploadUrlRequest body) {
        Params.body(body);
        RequestUploadUrl.Result r = uploadUrl.request(caller.get(), new RequestUploadUrl.Command(body.keyUuid(), body.deltaUuid(),
                body.seqNumber(), body.size(), body.contentMd5()));
        meters.counter("ecs.uploads", "stage", "url").increment();
        return Response.status(201).entity(new Bodies.UploadUrl(r.attemptUuid(), r.put().method(), r.put().url().toString(),
                r.put().headers(), r.size(), r.contentMd5(), r.put().expiresAt().toString())).build();
    }

    /** Registers the Delta after its PUT: 201, or 200 when it was registered already. */
    @POST
    @Path("/confirm_upload")
    public Response confirm(Bodies.ConfirmUploadRequest body) {
        if (Params.body(body).uploadAttemptUuid() == null) {
            throw application.failure.InvalidRequest.of("upload_attempt_uuid", "is required");
        }
        ConfirmUpload.Result r = confirmUpload.confirm(caller.get(), body.uploadAttemptUuid());
        if (r.created()) meters.counter("ecs.uploads", "stage", "confirmed").increment();
        return Response.status(r.created() ? 201 : 200).entity(json(r.delta())).build();
    }

    /** A presigned GET of a Delta. */
    @POST
    @Path("/download_url")
    public Bodies.DownloadUrl downloadUrl(Bodies.DownloadUrlRequest body) {
        Params.body(body);
        application.failure.InvalidRequest missing = body.keyUuid() == null ? application.failure.InvalidRequest.of("key_uuid", "is required")
                : body.deltaUuid() == null ? application.failure.InvalidRequest.of("delta_uuid", "is required") : null;
        if (missing != null) throw missing;
        RequestDownloadUrl.Result r = downloadUrl.request(caller.get(), body.keyUuid(), body.deltaUuid());
        meters.counter("ecs.downloads").increment();
        return new Bodies.DownloadUrl(r.get().url().toString(), r.get().method(), r.size(), r.contentMd5(), r.get().expiresAt().toString());
    }

    static Bodies.Delta json(DeltaView d) {
        return new Bodies.Delta(d.seq(), d.deltaUuid(), d.start(), d.end(), d.latestClaimed(), d.size(), d.contentMd5());
    }
}
