package vn.lienthong.signatures;

import java.io.IOException;
import java.io.InputStream;

/** Where a package's bytes can be read from, from the first byte, as often as needed (a file, an array). */
@FunctionalInterface
public interface PackageSource {

    InputStream open() throws IOException;
}
