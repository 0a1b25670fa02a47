package vn.lienthong.gateway.platformapi;

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

import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHashFile;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;
import vn.lienthong.gateway.store.SpoolProperties;

/** The package in a sendEdoc body, small (in memory) or large (spooled), with or without the SDK's CRLF. */
class SendEdocBodyTest {

    private static final byte[] PACKAGE = ("<edXML>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học "
            + "2026–2027</edXML>").getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    @Test
    void theSdksTrailingCrlfIsCutFromASmallBody() throws IOException {
        SendEdocBody bodies = bodies(1024 * 1024);

        try (PackageContent body = spool(withCrlf(PACKAGE));
             PackageContent pkg = bodies.packageIn(body, VdxpHashFile.of(PACKAGE))) {
            assertThat(pkg.bytes()).isEqualTo(PACKAGE);
        }
    }

    @Test
    void aLargeBodyIsCheckedAsAStreamAndCopiedOnceWithoutTheCrlf() throws IOException {
        SendEdocBody bodies = bodies(16);

        try (PackageContent body = spool(withCrlf(PACKAGE));
             PackageContent pkg = bodies.packageIn(body, VdxpHashFile.of(PACKAGE))) {
            assertThat(body.inMemory()).isFalse();
            assertThat(pkg.inMemory()).isFalse();
            assertThat(pkg.bytes()).isEqualTo(PACKAGE);
        }
    }

    @Test
    void aBodyThatIsThePackageItselfIsTakenAsItIs() throws IOException {
        SendEdocBody bodies = bodies(16);

        try (PackageContent body = spool(PACKAGE)) {
            assertThat(bodies.packageIn(body, VdxpHashFile.of(PACKAGE))).isSameAs(body);
        }
    }

    @Test
    void aHashFileOfOtherBytesIsRefusedAndLeavesNoSpoolFile() throws IOException {
        SendEdocBody bodies = bodies(16);
        String other = VdxpHashFile.of("gói khác".getBytes(StandardCharsets.UTF_8));

        try (PackageContent body = spool(withCrlf(PACKAGE))) {
            assertThatThrownBy(() -> bodies.packageIn(body, other)).isInstanceOfSatisfying(VdxpRefusal.class, r -> {
                assertThat(r.code()).isEqualTo(VdxpErrorCode.INVALID_HASH_FILE);
                assertThat(r.getMessage()).startsWith("XroadVnpt-hash-file: sha256-of-the-body").contains(other);
            });
        }
        try (Stream<Path> left = Files.list(dataDir.resolve("spool"))) {
            assertThat(left).isEmpty();
        }
    }

    private PackageSpool spool;

    /** Bodies above {@code inMemoryLimit} bytes go to a spool file. */
    private SendEdocBody bodies(int inMemoryLimit) {
        spool = new PackageSpool(new LienthongProperties(dataDir, null, null, null), new SpoolProperties(
                DataSize.ofBytes(inMemoryLimit), DataSize.ofMegabytes(16), DataSize.ofMegabytes(128)));
        return new SendEdocBody(spool);
    }

    private PackageContent spool(byte[] body) throws IOException {
        return spool.spool(new ByteArrayInputStream(body), 1024 * 1024);
    }

    private static byte[] withCrlf(byte[] pkg) {
        byte[] body = new byte[pkg.length + 2];
        System.arraycopy(pkg, 0, body, 0, pkg.length);
        body[pkg.length] = '\r';
        body[pkg.length + 1] = '\n';
        return body;
    }
}
