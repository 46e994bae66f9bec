package application.port.in;

import java.util.List;

/** Lists locally actionable keys (those with a local Alpha) with capacity and ECS status. */
public interface ListKeysUseCase {

    List<KeySummary> list();
}
