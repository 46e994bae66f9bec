package adapters.out.store;

import adapters.out.fs.SecureContainer;

import application.port.out.LocalContainers;
import application.port.out.Settings;
import java.util.Map;

/** Creates the three local containers of a config root, empty, under the configuration password. */
public final class LocalContainerSet implements LocalContainers {

    @Override
    public void createEmpty(Settings settings, String password) {
        for (var path : new java.nio.file.Path[] {settings.keysContainer(), settings.cacheContainer(), settings.ecsContainer()}) {
            new SecureContainer(path, () -> password).create(Map.of());
        }
    }
}
