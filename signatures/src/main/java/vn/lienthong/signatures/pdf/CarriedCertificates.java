package vn.lienthong.signatures.pdf;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.util.Store;

/** The certificates a CMS carries with it: candidates for path building, never trusted by themselves. */
final class CarriedCertificates {

    private CarriedCertificates() {
    }

    static List<X509Certificate> of(Store<X509CertificateHolder> store) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        Collection<X509CertificateHolder> all = store.getMatches(null);
        for (X509CertificateHolder holder : all) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                // An unreadable extra certificate can only make a path harder to build, never easier.
            }
        }
        return certificates;
    }
}
