package vn.lienthong.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;

/** One shared reader gives every thread the same answer as a lone caller would get. */
class ConcurrentReadTest {

    private static final List<String> FIXTURES = List.of(
            "valid-new-document.xml", "valid-header-reordered.xml", "valid-status-03.xml",
            "invalid-malformed.xml", "invalid-doctype.xml", "invalid-wrong-namespace.xml",
            "invalid-unknown-element.xml");

    private static final int ROUNDS = 12;

    @Test
    void parallelReadsAgreeWithSequentialOnes() throws Exception {
        List<String> expected = new ArrayList<>();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String fixture : FIXTURES) {
                expected.add(summary(fixture));
                tasks.add(() -> summary(fixture));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<String> actual = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                actual.add(result.get());
            }
            assertThat(actual).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(String fixture) {
        try {
            ParsedPackage pkg = Fixtures.READER.read(Fixtures.bytes(fixture));
            return pkg.kind() + "|" + pkg.documentId() + "|" + pkg.recipientIds() + "|" + pkg.subject()
                    + "|" + pkg.attachmentContentIds();
        } catch (PackageRejectedException e) {
            return e.getMessage();
        }
    }
}
