package vn.lienthong.benchmarks.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.lienthong.signatures.DocumentSigner;
import vn.lienthong.signatures.NativeCrypto;
import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.SigningKeys;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.RevocationMode;

/** The committed test PKI's department key and trust anchors, found from the repository root or a module. */
final class SampleKeys {

    private static final Path CERTS = Files.isDirectory(Path.of("certs-sample")) ? Path.of("certs-sample")
            : Path.of("..", "certs-sample");

    private SampleKeys() {
    }

    /** Installs or removes the native provider first, so the signer and verifier built next use the one asked for. */
    static NativeCrypto.Choice provider(String name) {
        NativeCrypto.Choice choice = NativeCrypto.install("native".equals(name));
        if ("native".equals(name) && !choice.nativeInstalled()) {
            throw new IllegalStateException("the native provider was asked for but " + choice.detail());
        }
        return choice;
    }

    /** The Sở GD&ĐT Hà Tĩnh signer the gateway uses in the benchmark, RSA-2048 with the intermediate in KeyInfo. */
    static DocumentSigner departmentSigner() {
        return new DocumentSigner(SigningKeys.load("000.00.13.H53", CERTS.resolve("orgs/so-gddt-ha-tinh.p12"),
                "changeit".toCharArray(), null), true);
    }

    /** Trusts the sample root; revocation off, so a verification measures XML-DSig and the path, not a network. */
    static VerificationPolicy trustingSampleRoot() {
        List<java.security.cert.X509Certificate> anchors = PemCertificates.read(
                List.of(CERTS.resolve("ca/root-ca.pem")));
        return VerificationPolicy.trusting(anchors).withRevocationMode(RevocationMode.OFF);
    }
}
