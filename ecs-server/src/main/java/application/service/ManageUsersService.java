package application.service;

import application.failure.NotFound;
import application.model.User;
import application.port.in.ManageUsers;
import application.port.out.ApiKeyDirectory;
import application.port.out.Entropy;
import application.port.out.UserDirectory;
import java.util.Objects;
import java.util.UUID;

/** Users and their API keys, for the operator's commands. */
public final class ManageUsersService implements ManageUsers {
    private final UserDirectory users;
    private final ApiKeyDirectory apiKeys;
    private final Entropy entropy;

    /** Wires the ports. */
    public ManageUsersService(UserDirectory users, ApiKeyDirectory apiKeys, Entropy entropy) {
        this.users = Objects.requireNonNull(users, "users");
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
        this.entropy = Objects.requireNonNull(entropy, "entropy");
    }

    @Override
    public NewApiKey createUser(String email) {
        String address = Checks.email(email, "email");
        User user = new User(entropy.uuid(), address);
        if (!users.add(user)) throw new UserExists(address);
        return newKey(user);
    }

    @Override
    public NewApiKey createApiKey(String email) {
        String address = Checks.email(email, "email");
        User user = users.byEmail(address).orElseThrow(() -> new NotFound("no user has e-mail " + address
                + "; create it with create-user"));
        return newKey(user);
    }

    @Override
    public void revokeApiKey(UUID apiKeyUuid) {
        if (!apiKeys.revoke(apiKeyUuid)) throw new NotFound("no active API key " + apiKeyUuid);
    }

    private NewApiKey newKey(User user) {
        String token = Tokens.format(entropy.bytes(Tokens.TOKEN_BYTES));
        UUID keyUuid = entropy.uuid();
        apiKeys.add(keyUuid, user.userUuid(), Tokens.sha256(token));
        return new NewApiKey(user.userUuid(), user.email(), keyUuid, token);
    }
}
