package adapters.in.cli;

/**
 * The values of a new HTTP ECS entry from options, completed interactively on a terminal (create-http-ecs and
 * init): name, URL ({@code host[:port][/base]}), API key (never echoed) and development mode.
 */
record HttpEcsValues(String name, String url, String apiKey, boolean devMode) {

    /** The options' values, asking for the missing ones on a terminal; a usage error names the missing option otherwise. */
    static HttpEcsValues complete(BaseCommand c, String name, String url, String apiKey, boolean devMode,
                                  String nameOption, String urlOption, String keyOption) {
        String key = Secrets.resolve(c, apiKey, keyOption, "API key");
        boolean asked = false;
        if (name == null || url == null || key == null) {
            if (!BaseCommand.interactive()) {
                String missing = name == null ? nameOption + " <ECS_NAME>" : url == null ? urlOption + " <URL>" : keyOption + " <API_KEY>";
                throw c.missing("missing HTTP ECS value: pass " + missing);
            }
            c.out().println("HTTP ECS: the OmegaSafe API of your server (host[:port][/base], always HTTPS) and an API key "
                    + "created for this device.");
            c.out().flush();
            if (name == null) name = Prompts.required("HTTP ECS name: ");
            if (url == null) url = Prompts.required("HTTP ECS URL (host[:port][/base]): ");
            if (key == null) key = Prompts.secret("API key: ");
            asked = true;
        }
        if (asked && !devMode) devMode = Prompts.confirm("Development mode (skip certificate verification, for a test server only)?", false);
        return new HttpEcsValues(name, url, key, devMode);
    }

    @Override
    public String toString() {
        return "HttpEcsValues[name=" + name + ", url=" + url + ", apiKey=***, devMode=" + devMode + "]";
    }
}
