package vn.lienthong.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.read.EdxmlReader;

/** Loads the one-file-per-case packages under {@code src/test/resources/packages} and fixes "today". */
public final class Fixtures {

    /** 2026-11-21 10:00 in Hanoi: the day after the sample letter was promulgated. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    /** One reader for the whole test run, as in production: building the JAXB context and schema is the slow part. */
    public static final EdxmlReader READER = new EdxmlReader();

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        return resource("/packages/" + name);
    }

    /** A fixture read into a fresh model, which a test may change without affecting any other test. */
    public static ParsedPackage parsed(String name) {
        return READER.read(bytes(name));
    }

    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
