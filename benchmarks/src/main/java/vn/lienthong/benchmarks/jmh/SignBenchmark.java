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
import vn.lienthong.signatures.DocumentSigner;

/** Santuario signing of a whole package with the department's RSA-2048 key, by the JDK's provider or the native one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignBenchmark {

    /** {@code jdk}: SunRsaSign; {@code native}: Amazon Corretto Crypto Provider. */
    @Param({"jdk", "native"})
    public String provider;

    @Param({"3300", "1048576"})
    public int attachmentBytes;

    private byte[] unsigned;
    private DocumentSigner signer;

    @Setup
    public void prepare() {
        SampleKeys.provider(provider);
        unsigned = new PackageFactory(attachmentBytes).numbered(1);
        signer = SampleKeys.departmentSigner();
    }

    @Benchmark
    public byte[] sign() {
        return signer.sign(unsigned);
    }
}
