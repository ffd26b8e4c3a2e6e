package com.hirefit.candidate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where personal data (names, emails, resumes, resume links, self-identification: the tables {@link #TABLES}) is kept, and how its erasure reaches
 * the disk. Both stores keep a deleted row's bytes: PostgreSQL in its page until vacuum, H2 in old chunks of its
 * copy-on-write file until they happen to be overwritten, and neither overwrites in place through SQL. So:
 * <ul>
 *   <li>on an H2 file database, personal data lives in a small database of its own next to the main one
 *       ({@code hirefit-personal.mv.db} beside {@code hirefit.mv.db}); an erasure closes it and rewrites it whole with
 *       only the live rows (MVStoreTool's copy, uncompressed), then it reopens on the next use. Reads and writes wait
 *       while that runs (a few hundred milliseconds for tens of thousands of people). Compacting the main file on a
 *       live database cannot be made complete: chunk padding and pages pinned by open transactions keep old bytes;
 *   <li>on PostgreSQL, the tables stay in the main database and an erasure runs {@code VACUUM FULL} on them, which
 *       writes each table to a new file without the deleted rows, then {@code CHECKPOINT} when the role may
 *       ({@code pg_checkpoint});</li>
 *   <li>on any other database (an H2 in memory or server), the rows are deleted and nothing more is done.</li>
 * </ul>
 * The H2 trace files are switched off, so database errors never copy values into a file erasure cannot reach.
 */
@Component
public class PersonalData implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

    /** The tables that hold personal data (a person before the resume that refers to it). */
    static final List<String> TABLES = List.of("person", "person_resume", "application_resume", "self_identification");

    private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:(file:)?(?!mem:|tcp:|ssl:|zip:)([^;]+)(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern H2_SETTING = Pattern.compile(";(TRACE_LEVEL_FILE|DB_CLOSE_DELAY)=[^;]*", Pattern.CASE_INSENSITIVE);

    private enum Kind { OWN_H2_FILE, POSTGRESQL, PLAIN }

    private final Kind kind;
    private final JdbcClient db;
    private final HikariDataSource own;
    private final Path file;
    private final Path pending;
    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile boolean checkpointAllowed = true;

    /** The personal data of the service's database ({@code spring.datasource.*}). */
    @Autowired
    PersonalData(JdbcClient mainDb, DataSourceProperties dataSource) {
        this(mainDb, dataSource.getUrl() == null ? "" : dataSource.getUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    PersonalData(JdbcClient mainDb, String url, String user, String password) {
        String lower = url.toLowerCase(Locale.ROOT);
        var h2File = H2_FILE.matcher(url);
        if (lower.startsWith("jdbc:h2:")) {
            mainDb.sql("SET TRACE_LEVEL_FILE 0").update();
        }
        if (h2File.matches()) {
            kind = Kind.OWN_H2_FILE;
            String path = h2File.group(2) + "-personal";
            String onDisk = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
            file = Path.of(onDisk + ".mv.db");
            pending = Path.of(onDisk + ".mv.db.erasure-pending");
            if (Files.exists(pending)) {
                rewrite(); // an erasure was cut short (the service was killed): finish it before anything reads the file
            }
            own = pool(h2File.group(1) == null ? "jdbc:h2:" + path : "jdbc:h2:file:" + path,
                    H2_SETTING.matcher(h2File.group(3)).replaceAll("") + ";TRACE_LEVEL_FILE=0;DB_CLOSE_DELAY=-1", user, password);
            Flyway.configure().dataSource(own).load().migrate();
            db = JdbcClient.create(own);
            moveFrom(mainDb);
        } else {
            kind = lower.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.PLAIN;
            file = null;
            pending = null;
            own = null;
            db = mainDb;
        }
    }

    private static HikariDataSource pool(String url, String settings, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("personal-data");
        config.setJdbcUrl(url + settings);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        // no connection is opened in the background: none may reopen the file while an erasure rewrites it
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    /** Personal data a previous version kept in the main H2 file moves here (it stays in that file's old chunks). */
    private void moveFrom(JdbcClient mainDb) {
        for (String table : TABLES) {
            List<java.util.Map<String, Object>> rows = mainDb.sql("SELECT * FROM " + table).query().listOfRows();
            for (var row : rows) {
                String columns = String.join(", ", row.keySet());
                db.sql("INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(row.size() - 1) + "?)")
                        .params(List.copyOf(row.values())).update();
            }
            if (!rows.isEmpty()) {
                mainDb.sql("DELETE FROM " + table).update();
                LOG.warn("moved {} {} row(s) from the main H2 file to the personal data file; compact the main file"
                        + " offline (SHUTDOWN COMPACT) to drop their old copies", rows.size(), table);
            }
        }
    }

    /** Runs reads and writes of personal data; they wait while an erasure rewrites the store. */
    <T> T use(Function<JdbcClient, T> work) {
        lock.readLock().lock();
        try {
            return work.apply(db);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Deletes with {@code delete}, then, when it deleted anything, makes the store's files free of the deleted rows.
     * Returns what {@code delete} returned.
     */
    int erase(ToIntFunction<JdbcClient> delete) {
        lock.writeLock().lock();
        try {
            if (kind == Kind.OWN_H2_FILE) {
                // marked first: if the service dies before the rewrite is done, the next start finishes it
                Files.writeString(pending, "an erasure is rewriting " + file.getFileName() + "\n");
            }
            int erased = delete.applyAsInt(db);
            if (kind == Kind.OWN_H2_FILE && erased > 0) {
                closeOwn();
                rewrite();
            } else if (kind == Kind.OWN_H2_FILE) {
                Files.deleteIfExists(pending);
            } else if (kind == Kind.POSTGRESQL && erased > 0) {
                vacuum();
            }
            return erased;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Closes the personal H2 database; every pooled connection to it is dropped, the next use opens it again. */
    private void closeOwn() {
        db.sql("SHUTDOWN").update();
        own.getHikariPoolMXBean().softEvictConnections();
    }

    /**
     * The closed H2 file rewritten with its live rows only, then the mark of a pending erasure removed. The copy is not
     * compressed, so that a search of the file for a name means something.
     */
    private void rewrite() {
        if (Files.exists(file)) {
            MVStoreTool.compact(file.toString(), false);
        }
        try {
            Files.deleteIfExists(pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void vacuum() {
        for (String table : TABLES) {
            db.sql("VACUUM FULL " + table).update();
        }
        if (checkpointAllowed) {
            try {
                db.sql("CHECKPOINT").update();
            } catch (org.springframework.dao.DataAccessException notAllowed) {
                checkpointAllowed = false;
                LOG.warn("erasure: CHECKPOINT is not allowed for this role (grant it pg_checkpoint); the rewritten tables"
                        + " reach the disk at the server's next checkpoint");
            }
        }
    }

    @Override
    public void destroy() {
        if (own != null) {
            lock.writeLock().lock();
            try {
                closeOwn();
                own.close();
            } finally {
                lock.writeLock().unlock();
            }
        }
    }
}
