package vn.lienthong.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.lienthong.benchmarks.PackageFactory;
import vn.lienthong.signatures.SignatureReport;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.RevocationStatus;

/** Verifying a signed package: digest, RSA signature value and certificate path, revocation left out. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifyBenchmark {

    @Param({"jdk", "native"})
    public String provider;

    @Param({"3300", "1048576"})
    public int attachmentBytes;

    private byte[] signed;
    private SignatureVerifier verifier;
    private VerificationPolicy policy;

    @Setup
    public void prepare() {
        SampleKeys.provider(provider);
        signed = SampleKeys.departmentSigner().sign(new PackageFactory(attachmentBytes).numbered(1));
        verifier = new SignatureVerifier((certificate, issuer, at) -> RevocationStatus.good("benchmark"));
        policy = SampleKeys.trustingSampleRoot();
        SignatureReport report = verifier.verify(signed, policy);
        if (report.outcome() != SignatureReport.Outcome.VALID) {
            throw new IllegalStateException("the benchmark's package does not verify: " + report.reason());
        }
    }

    @Benchmark
    public SignatureReport verify() {
        return verifier.verify(signed, policy);
    }
}
