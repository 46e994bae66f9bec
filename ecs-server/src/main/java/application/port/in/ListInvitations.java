package application.port.in;

import application.Caller;
import application.model.Invitation;
import java.util.List;

/** Pending invitations addressed to the caller's e-mail. */
public interface ListInvitations {
    /** Oldest first. */
    List<Invitation> list(Caller caller);
}
