package adapters.out.ecs;

import static org.junit.jupiter.api.Assertions.assertThrows;

import adapters.out.ecs.sfc.SfcEcs;
import adapters.out.fs.SecureContainer;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ECS contract against the SFC ECS adapter, plus its failure classification. */
class SfcEcsContractTest extends ClaimRegistryContract {

    @Override
    @SuppressWarnings("unchecked")
    protected SfcEcs backend() {
        SecureContainer c = new SecureContainer(tmp.resolve("ecs-" + UUID.randomUUID() + ".sfc"), () -> "ecs-password");
        SfcEcs.initialise(c);
        return new SfcEcs(c);
    }

    @Test
    void aMissingFileIsUnavailableAndAWrongPasswordIsNot() throws Exception {
        Path file = tmp.resolve("gone.sfc");
        SfcEcs missing = new SfcEcs(new SecureContainer(file, () -> "pw"));
        assertThrows(EcsUnavailableException.class, () -> missing.latestClaimed(UUID.randomUUID(), 0));
        SfcEcs.initialise(new SecureContainer(file, () -> "pw"));
        SfcEcs wrong = new SfcEcs(new SecureContainer(file, () -> "other"));
        EcsException e = assertThrows(EcsException.class, () -> wrong.claim(UUID.randomUUID(), 0, 1));
        if (e instanceof EcsUnavailableException) throw new AssertionError("a wrong password must not allow the OFFLINE fallback");
        Files.writeString(file, "garbage");
        assertThrows(EcsException.class, () -> SfcEcs.initialise(new SecureContainer(file, () -> "pw")));
    }
}
