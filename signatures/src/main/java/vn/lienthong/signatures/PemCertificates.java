package vn.lienthong.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads X.509 certificates from PEM (or DER) files, e.g. the {@code lienthong.trust.anchors} list. */
public final class PemCertificates {

    private PemCertificates() {
    }

    /** Every certificate in every file, in order; the exception names the file that cannot be read. */
    public static List<X509Certificate> read(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            int before = certificates.size();
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    certificates.add((X509Certificate) certificate);
                }
            } catch (IOException | CertificateException e) {
                throw new IllegalArgumentException("certificate file " + file + " cannot be read: " + e.getMessage(),
                        e);
            }
            if (certificates.size() == before) {
                throw new IllegalArgumentException("certificate file " + file + " holds no certificate");
            }
        }
        return certificates;
    }
}
