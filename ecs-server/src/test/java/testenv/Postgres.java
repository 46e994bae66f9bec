package testenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL (Debian's 15) on a private directory and a free loopback port: initdb + pg_ctl, run as
 * the postgres account when the caller is root. Trust authentication on 127.0.0.1 only; fsync off.
 */
public final class Postgres {
    /** Debian's PostgreSQL 15 binaries. */
    public static final Path BIN = Path.of(System.getProperty("omegasafe.test.pg-bin", "/usr/lib/postgresql/15/bin"));
    private final Path dir;
    private final int port;

    private Postgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts a new cluster. */
    public static Postgres start() {
        try {
            Path dir = Files.createTempDirectory("ecs-test-pg");
            if (Processes.isRoot()) Processes.run(null, "chown", "-R", "postgres:postgres", dir.toString());
            int port = Processes.freePort();
            Path log = dir.resolve("setup.log");
            if (Processes.isRoot()) Processes.run(null, "runuser", "-u", "postgres", "--", "touch", log.toString());
            Processes.run(null, Processes.asPostgres(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                    "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            Postgres pg = new Postgres(dir, port);
            pg.pgCtlStart();
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server of this cluster again (after {@link #stopServer}). */
    public void pgCtlStart() {
        Processes.run(null, Processes.asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "-l", dir.resolve("pg.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"));
        Processes.awaitPort(port, Duration.ofSeconds(30));
    }

    /** Stops the server, fast (the cluster stays). */
    public void stopServer() {
        Processes.run(null, Processes.asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "-m", "fast", "-w", "stop"));
    }

    /** Stops the server and deletes the cluster. */
    public void destroy() {
        try {
            Processes.run(null, Processes.asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            // already stopped
        }
        Processes.run(null, "rm", "-rf", dir.toString());
    }

    /** The port. */
    public int port() { return port; }

    /** The JDBC URL of a database. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a database (dropping one of that name). */
    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a PostgreSQL client program (pg_dump, pg_restore, psql) against this server as the postgres user. */
    public String client(String program, String... args) {
        String[] cmd = new String[args.length + 5];
        cmd[0] = BIN.resolve(program).toString();
        cmd[1] = "-h";
        cmd[2] = "127.0.0.1";
        cmd[3] = "-p";
        cmd[4] = String.valueOf(port);
        System.arraycopy(args, 0, cmd, 5, args.length);
        String[] withUser = new String[cmd.length + 2];
        System.arraycopy(cmd, 0, withUser, 0, cmd.length);
        withUser[cmd.length] = "-U";
        withUser[cmd.length + 1] = "postgres";
        return Processes.run(null, withUser);
    }
}
