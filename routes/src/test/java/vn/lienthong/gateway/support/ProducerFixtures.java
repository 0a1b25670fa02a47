package vn.lienthong.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The producer-shape fixtures of the schemas module and their verdicts ({@code verdicts.csv}), read where they live
 * so that the gateway's intake is held to the very table the reader's unit test uses (Failsafe runs in
 * {@code routes/}).
 */
public final class ProducerFixtures {

    public static final Path DIR = Path.of("..", "schemas", "src", "test", "resources", "packages", "producers");

    /** One row of {@code verdicts.csv}: a fixture, its kind (DOCUMENT or STATUS) and what must become of it. */
    public record Verdict(String fixture, String kind, boolean accepted, String element, String rule, String sender) {

        public boolean isStatus() {
            return "STATUS".equals(kind);
        }

        @Override
        public String toString() {
            return fixture + (accepted ? " accepted" : " refused at " + element + " (" + rule + ")");
        }
    }

    private ProducerFixtures() {
    }

    /** Every row, in the file's order: documents come before the statuses that answer them. */
    public static List<Verdict> verdicts() {
        return lines(DIR.resolve("verdicts.csv")).stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split("\\|", -1))
                .map(f -> new Verdict(f[0], f[1], "accepted".equals(f[2]), f[3], f[4], f[5]))
                .toList();
    }

    public static byte[] bytes(String fixture) {
        try {
            return Files.readAllBytes(DIR.resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with every occurrence of {@code from} replaced: another sender, another number. */
    public static byte[] variant(String fixture, String... replacements) {
        String text = new String(bytes(fixture), StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            if (!text.contains(replacements[i])) {
                throw new IllegalArgumentException(fixture + " has no " + replacements[i]);
            }
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
