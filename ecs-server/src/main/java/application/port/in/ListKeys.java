package application.port.in;

import application.Caller;
import java.util.List;

/** The keys the caller has a relation to. */
public interface ListKeys {
    /** Ordered by name, then UUID. */
    List<KeyView> list(Caller caller);
}
