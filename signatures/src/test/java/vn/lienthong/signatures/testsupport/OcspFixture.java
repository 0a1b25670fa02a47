package vn.lienthong.signatures.testsupport;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import vn.lienthong.signatures.DocumentSigner;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.OcspRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationMode;

/** A PKI whose certificates point at a loopback OCSP responder, and a verifier that asks it (OCSP only). */
public final class OcspFixture implements AutoCloseable {

    public static final String PATH = "/ocsp";

    private final LoopbackServer server = new LoopbackServer();
    private final TestPki pki;
    private final TestOcspResponder responder;
    private final SignatureVerifier verifier = new SignatureVerifier(new OcspRevocationChecker(
            HttpClient.newHttpClient(), Duration.ofSeconds(5), Duration.ofHours(1), Clock.systemUTC()));

    public OcspFixture(String name) {
        pki = TestPki.create(name, null, server.url(PATH));
        responder = new TestOcspResponder(pki.root(), pki.intermediate());
        server.serve(PATH, "application/ocsp-response", responder);
    }

    public TestPki pki() {
        return pki;
    }

    public TestOcspResponder responder() {
        return responder;
    }

    public SignatureVerifier verifier() {
        return verifier;
    }

    /** A signing leaf whose AIA names this responder. */
    public TestPki.Issued leaf(String commonName) {
        return pki.leaf(commonName).ocspUrl(server.url(PATH)).issue();
    }

    /** The sample package signed by {@code leaf}. */
    public byte[] signedBy(TestPki.Issued leaf) {
        return new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());
    }

    /** Trusting this PKI's root with revocation in {@code mode}. */
    public VerificationPolicy policy(RevocationMode mode) {
        return Policies.trustingRootOf(pki).withRevocationMode(mode);
    }

    /** The responder's URL, as named in the certificates. */
    public String url() {
        return server.url(PATH);
    }

    /** Requests the responder has received. */
    public int requests() {
        return server.hits(PATH);
    }

    @Override
    public void close() {
        server.close();
    }
}
