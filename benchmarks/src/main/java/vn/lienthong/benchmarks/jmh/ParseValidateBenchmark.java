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
import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.schemas.model.ParsedPackage;

/** Intake's hardened parse, XSD and business rules on a package of scenario (a) and of scenario (b). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseValidateBenchmark {

    /** Attachment size in bytes: 3 300 gives the ~10 KB package of (a), 1 048 576 the package of (b). */
    @Param({"3300", "1048576"})
    public int attachmentBytes;

    private byte[] packageBytes;
    private EdxmlValidator validator;

    @Setup
    public void prepare() {
        packageBytes = new PackageFactory(attachmentBytes).numbered(1);
        validator = new EdxmlValidator(java.time.Clock.systemUTC());
    }

    @Benchmark
    public ParsedPackage parseAndValidate() {
        return validator.validate(packageBytes);
    }
}
