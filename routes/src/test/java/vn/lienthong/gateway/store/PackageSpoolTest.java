package vn.lienthong.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.lienthong.gateway.config.LienthongProperties;

class PackageSpoolTest {

    private static final byte[] LETTER = "<edXML>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh</edXML>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    private PackageSpool spoolWithMemoryLimit(int bytes) {
        return new PackageSpool(new LienthongProperties(dataDir, null, null, null),
                new SpoolProperties(DataSize.ofBytes(bytes), DataSize.ofMegabytes(16), DataSize.ofMegabytes(128)));
    }

    @Test
    void aSmallPackageStaysInMemoryWithItsDigest() throws IOException {
        PackageContent content = spoolWithMemoryLimit(1024).spool(new ByteArrayInputStream(LETTER), 10_000);

        assertThat(content.inMemory()).isTrue();
        assertThat(content.bytes()).isEqualTo(LETTER);
        assertThat(content.sha256()).isEqualTo(PackageDigest.sha256Hex(LETTER));
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void aLargerPackageGoesToASpoolFileByteExactWhichClosingDeletes() throws IOException {
        PackageContent content = spoolWithMemoryLimit(16).spool(new ByteArrayInputStream(LETTER), 10_000);

        assertThat(content.inMemory()).isFalse();
        assertThat(content.size()).isEqualTo(LETTER.length);
        assertThat(content.bytes()).isEqualTo(LETTER);
        assertThat(content.sha256()).isEqualTo(PackageDigest.sha256Hex(LETTER));
        assertThat(spoolFiles()).hasSize(1);

        content.close();

        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void aStreamPastTheLimitIsRefusedAndLeavesNoFile() {
        PackageSpool spool = spoolWithMemoryLimit(16);

        assertThatThrownBy(() -> spool.spool(new ByteArrayInputStream(LETTER), LETTER.length - 1))
                .isInstanceOf(PackageSpool.TooLargeException.class);
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void aStreamExactlyAtTheLimitIsAccepted() throws IOException {
        try (PackageContent content = spoolWithMemoryLimit(16).spool(new ByteArrayInputStream(LETTER), LETTER.length)) {
            assertThat(content.size()).isEqualTo(LETTER.length);
        }
    }

    @Test
    void filesLeftByAKilledProcessAreRemovedAtStartUp() throws IOException {
        PackageContent interrupted = spoolWithMemoryLimit(16).spool(new ByteArrayInputStream(LETTER), 10_000);
        assertThat(spoolFiles()).hasSize(1);

        spoolWithMemoryLimit(16);

        assertThat(spoolFiles()).isEmpty();
        assertThat(interrupted.inMemory()).isFalse();
    }

    private java.util.List<Path> spoolFiles() {
        Path spool = dataDir.resolve("spool");
        if (!Files.isDirectory(spool)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
