package vn.lienthong.signatures.pdf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** What the check of one PDF signature has learnt so far, so that a rejection still reports whom it reached. */
final class SignatureFindings {

    final int position;
    final List<String> warnings = new ArrayList<>();
    String fieldName;
    String subFilter;
    X509Certificate signer;
    Instant claimedSigningTime;
    SignatureTimestamp.Proof timestamp;
    Instant judgedAt;
    PdfSignatureReport.Coverage coverage = PdfSignatureReport.Coverage.UNKNOWN;
    long signedBytes;

    SignatureFindings(int position) {
        this.position = position;
    }

    PdfSignatureReport report(boolean valid, String reason) {
        return new PdfSignatureReport(position, fieldName, subFilter, signer == null ? null : commonName(signer),
                signer == null ? null : Subjects.readable(signer.getSubjectX500Principal()),
                signer == null ? null : Subjects.readable(signer.getIssuerX500Principal()),
                signer == null ? null : signer.getSerialNumber().toString(16),
                claimedSigningTime, timestamp == null ? null : timestamp.time(),
                timestamp == null ? null : timestamp.authority(), judgedAt, coverage, signedBytes, valid, reason,
                warnings);
    }

    /** The CN of the certificate's subject: the person's name on a personal certificate. */
    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
