package adapters.in.rest;

import application.Caller;
import application.failure.Unauthenticated;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link BearerAuthentication}. */
@RequestScoped
public class RequestCaller {
    private Caller caller;

    void set(Caller caller) { this.caller = caller; }

    /** The authenticated caller. @throws Unauthenticated when the request was not authenticated */
    public Caller get() {
        if (caller == null) throw new Unauthenticated("an API key is required: send Authorization: Bearer <api key>");
        return caller;
    }
}
