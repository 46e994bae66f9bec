package adapters.in.cli;

import application.port.in.EcsStorageUseCases.CreateStorage;
import application.port.in.EcsStorageUseCases.DeleteStorage;
import application.port.in.EcsStorageUseCases.EditStorage;
import application.port.in.EcsStorageUseCases.ListStorages;
import application.port.in.EcsStorageUseCases.ViewStorage;
import application.port.out.Credentials;
import application.port.out.Storage;
import application.port.out.StorageEdit;
import application.port.out.StorageSpec;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The Bring-Your-Own-Storage commands of an HTTP ECS. */
final class EcsStorageCommands {
    private EcsStorageCommands() { }

    /** Least-privilege guidance printed when storage values are asked for interactively (reference). */
    static void guidance(BaseCommand c, String provider) {
        if ("r2".equals(provider)) {
            c.out().println("R2: give the token bucket LIST plus object GET and PUT on the bucket or prefix; object DELETE is optional.");
        } else {
            c.out().println("S3: allow s3:ListBucket on the bucket plus s3:GetObject and s3:PutObject on the target prefix; "
                    + "s3:DeleteObject is optional.");
        }
        c.out().println("Signed Delta uploads cannot overwrite an object; enable bucket versioning where available as extra protection.");
        c.out().flush();
    }

    static void printChange(BaseCommand c, CreateStorage.Result r) {
        c.out().println(Printable.escape(r.message() == null ? "Storage saved." : r.message()));
        for (String w : r.warnings()) c.out().println("Warning: " + Printable.escape(w));
        c.out().println("  Storage UUID: " + r.storage().storageUuid());
        c.out().println("  Storage name: " + Printable.escape(r.storage().name()));
    }

    /** {@code omegasafe list-ecs-storages}. */
    @Command(name = "list-ecs-storages", mixinStandardHelpOptions = true, description = "List storage backends available on an ECS.")
    public static class ListCommand extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "ECS UUID to inspect.")
        UUID ecsUuid;

        @Option(names = {"-j", "--json"}, description = "Emit structured JSON payload.")
        boolean json;

        @Override
        protected int execute() {
            ListStorages.Result r = workspace().listEcsStorages().list(ecsUuid);
            if (json) {
                ObjectNode root = StorageJson.root(r.ecs());
                ArrayNode list = root.putArray("storages");
                r.storages().forEach(s -> list.add(StorageJson.listItem(s)));
                root.put("note", r.note());
                out().println(Json.write(root));
                return 0;
            }
            out().println("ECS '" + Printable.escape(r.ecs().name()) + "' (" + r.ecs().ecsUuid() + ", " + r.ecs().type() + ")");
            for (Storage s : r.storages()) {
                out().println("  " + s.storageUuid() + "  " + Printable.escape(s.name()) + "  [" + Printable.escape(s.storageBadge()) + "]");
            }
            if (r.note() != null) out().println(r.note());
            return 0;
        }
    }

    /** {@code omegasafe view-ecs-storage}. */
    @Command(name = "view-ecs-storage", mixinStandardHelpOptions = true,
            description = "Show more detailed information for one storage backend on an HTTP ECS.")
    public static class ViewCommand extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "ECS UUID.")
        UUID ecsUuid;

        @Option(names = {"-s", "--storage-uuid"}, paramLabel = "<STORAGE_UUID>", required = true, description = "Storage UUID.")
        UUID storageUuid;

        @Option(names = {"-j", "--json"}, description = "Emit structured JSON payload.")
        boolean json;

        @Override
        protected int execute() {
            ViewStorage.Result r = workspace().viewEcsStorage().view(ecsUuid, storageUuid);
            if (json) {
                ObjectNode root = StorageJson.root(r.ecs());
                root.set("storage", StorageJson.detail(r.storage()));
                out().println(Json.write(root));
                return 0;
            }
            Storage s = r.storage();
            out().println("Storage " + s.storageUuid() + " on ECS '" + Printable.escape(r.ecs().name()) + "' (" + r.ecs().ecsUuid() + ")");
            out().println("  Name:          " + Printable.escape(s.name()));
            out().println("  Type:          " + Printable.escape(s.storageTypeName()) + (s.internal() ? " (internal)" : ""));
            out().println("  Provider:      " + dash(s.provider()));
            out().println("  Bucket:        " + dash(s.bucketName()));
            out().println("  Region:        " + dash(s.region()));
            out().println("  Endpoint URL:  " + dash(s.endpointUrl()));
            out().println("  Remote path:   " + dash(s.remotePath()));
            return 0;
        }
    }

    static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : Printable.escape(s);
    }

    /** Options shared by create and edit. */
    static class Values {
        @Option(names = {"-n", "--storage-name"}, paramLabel = "<STORAGE_NAME>", description = "Storage display name.")
        String name;

        @Option(names = {"-p", "--provider"}, paramLabel = "<PROVIDER>", description = "Provider (s3 or r2).")
        String provider;

        @Option(names = {"-b", "--bucket-name"}, paramLabel = "<BUCKET_NAME>", description = "Bucket name.")
        String bucket;

        @Option(names = {"-r", "--region"}, paramLabel = "<REGION>", description = "Bucket region (auto for R2).")
        String region;

        @Option(names = {"-u", "--endpoint-url"}, paramLabel = "<ENDPOINT_URL>", description = "Endpoint URL (required for R2).")
        String endpoint;

        @Option(names = {"-m", "--remote-path"}, paramLabel = "<REMOTE_PATH>", description = "Optional remote path prefix.")
        String remotePath;

        @Option(names = {"-a", "--access-key-id"}, paramLabel = "<ACCESS_KEY_ID>", description = "Access key ID.")
        String accessKeyId;

        @Option(names = {"-k", "--secret-access-key"}, paramLabel = "<SECRET_ACCESS_KEY>",
                description = "Secret access key ('-' reads it from standard input).")
        String secret;
    }

    /** {@code omegasafe create-ecs-storage}. */
    @Command(name = "create-ecs-storage", mixinStandardHelpOptions = true,
            description = "Create a storage backend configuration (BYOS) on an HTTP ECS. Skip optional arguments for interactive setup.")
    public static class CreateCommand extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "Target ECS UUID.")
        UUID ecsUuid;

        @picocli.CommandLine.Mixin
        Values v;

        @Override
        protected int execute() {
            var ws = workspace();
            String secret = Secrets.resolve(this, v.secret, "--secret-access-key", "Secret access key");
            if (v.name == null || v.provider == null || v.bucket == null || v.region == null || v.accessKeyId == null || secret == null) {
                if (!interactive()) {
                    String missing = v.name == null ? "--storage-name" : v.provider == null ? "--provider" : v.bucket == null ? "--bucket-name"
                            : v.region == null ? "--region" : v.accessKeyId == null ? "--access-key-id" : "--secret-access-key";
                    throw missing("missing storage value: pass " + missing);
                }
                if (v.name == null) v.name = Prompts.required("Storage name: ");
                if (v.provider == null) v.provider = Prompts.line("Provider (s3 or r2): ", "r2");
                guidance(this, v.provider);
                if (v.bucket == null) v.bucket = Prompts.required("Bucket name: ");
                if (v.region == null) v.region = "r2".equals(v.provider) ? "auto" : Prompts.required("Region (for example eu-central-1): ");
                if (v.endpoint == null && "r2".equals(v.provider)) v.endpoint = Prompts.required("Endpoint URL: ");
                if (v.remotePath == null) v.remotePath = Prompts.line("Remote path prefix (empty for none): ");
                if (v.accessKeyId == null) v.accessKeyId = Prompts.required("Access key ID: ");
                if (secret == null) secret = Prompts.secret("Secret access key: ");
            }
            StorageSpec spec = new StorageSpec(v.name, v.provider, v.bucket, v.region, v.endpoint,
                    v.remotePath == null || v.remotePath.isEmpty() ? null : v.remotePath, new Credentials(v.accessKeyId, secret));
            printChange(this, ws.createEcsStorage().create(new CreateStorage.Request(ecsUuid, spec)));
            return 0;
        }
    }

    /** {@code omegasafe edit-ecs-storage}. */
    @Command(name = "edit-ecs-storage", mixinStandardHelpOptions = true,
            description = "Edit an existing storage backend configuration (BYOS) on an HTTP ECS. Skip optional arguments for interactive setup.")
    public static class EditCommand extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "Target ECS UUID.")
        UUID ecsUuid;

        @Option(names = {"-s", "--storage-uuid"}, paramLabel = "<STORAGE_UUID>", required = true, description = "Storage UUID to edit.")
        UUID storageUuid;

        @picocli.CommandLine.Mixin
        Values v;

        @ArgGroup(exclusive = true)
        CredentialChoice credentials;

        static class CredentialChoice {
            @Option(names = {"-x", "--keep-credentials"}, description = "Keep existing credentials without prompt.")
            boolean keep;

            @Option(names = {"-y", "--update-credentials"}, description = "Force credential update prompt path.")
            boolean update;
        }

        @Override
        protected int execute() {
            EditStorage use = workspace().editEcsStorage();
            String secret = Secrets.resolve(this, v.secret, "--secret-access-key", "Secret access key");
            if ((v.accessKeyId == null) != (secret == null)) {
                throw missing("--access-key-id and --secret-access-key go together: give both or neither");
            }
            if (credentials != null && credentials.keep && v.accessKeyId != null) {
                throw missing("--keep-credentials excludes --access-key-id and --secret-access-key");
            }
            boolean anyValue = v.name != null || v.provider != null || v.bucket != null || v.region != null || v.endpoint != null
                    || v.remotePath != null || v.accessKeyId != null;
            if (interactive() && (!anyValue || (credentials != null && credentials.update))) {
                Storage s = use.current(ecsUuid, storageUuid).storage();
                if (!anyValue) {
                    v.name = Prompts.line("Storage name: ", s.name());
                    v.provider = Prompts.line("Provider (s3 or r2): ", s.provider());
                    v.bucket = Prompts.line("Bucket name: ", s.bucketName());
                    v.region = Prompts.line("Region: ", s.region());
                    v.endpoint = "r2".equals(v.provider) ? Prompts.line("Endpoint URL: ", s.endpointUrl()) : "";
                    v.remotePath = Prompts.line("Remote path prefix: ", s.remotePath() == null ? "" : s.remotePath());
                }
                boolean askCredentials = credentials != null ? credentials.update
                        : v.accessKeyId == null && Prompts.confirm("Update the credentials?", v.provider != null && !v.provider.equals(s.provider()));
                if (askCredentials && v.accessKeyId == null) {
                    guidance(this, v.provider);
                    v.accessKeyId = Prompts.required("Access key ID: ");
                    secret = Prompts.secret("Secret access key: ");
                }
            } else if (credentials != null && credentials.update && v.accessKeyId == null) {
                throw missing("--update-credentials needs --access-key-id and --secret-access-key without a terminal");
            }
            StorageEdit edit = new StorageEdit(Optional.ofNullable(v.name), Optional.ofNullable(v.provider), Optional.ofNullable(v.bucket),
                    Optional.ofNullable(v.region), Optional.ofNullable(v.endpoint), Optional.ofNullable(v.remotePath),
                    v.accessKeyId == null ? Optional.empty() : Optional.of(new Credentials(v.accessKeyId, secret)));
            printChange(this, use.edit(new EditStorage.Request(ecsUuid, storageUuid, edit)));
            return 0;
        }
    }

    /** {@code omegasafe delete-ecs-storage}. */
    @Command(name = "delete-ecs-storage", mixinStandardHelpOptions = true,
            description = "Delete a storage backend configuration (BYOS) from an HTTP ECS.")
    public static class DeleteCommand extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "Target ECS UUID.")
        UUID ecsUuid;

        @Option(names = {"-s", "--storage-uuid"}, paramLabel = "<STORAGE_UUID>", required = true, description = "Storage UUID to delete.")
        UUID storageUuid;

        @Option(names = {"-f", "--force"}, description = "Skip confirmation prompt.")
        boolean force;

        @Override
        protected int execute() {
            DeleteStorage use = workspace().deleteEcsStorage();
            if (!force) {
                if (!interactive()) throw missing("delete-ecs-storage needs confirmation: pass --force");
                if (!confirm("Delete storage " + storageUuid + " from ECS " + ecsUuid + "?", false)) {
                    out().println("Deletion aborted.");
                    return 1;
                }
            }
            DeleteStorage.Result r = use.delete(ecsUuid, storageUuid);
            out().println(Printable.escape(r.message() == null ? "Storage " + storageUuid + " deleted." : r.message()));
            return 0;
        }
    }
}
