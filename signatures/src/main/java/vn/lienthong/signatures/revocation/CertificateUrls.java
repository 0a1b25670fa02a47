package vn.lienthong.signatures.revocation;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** The HTTP URLs a certificate names for its revocation status: CRL distribution points and AIA OCSP responders. */
final class CertificateUrls {

    private CertificateUrls() {
    }

    /** HTTP(S) URLs of the certificate's CRL distribution points (LDAP and others are skipped). */
    static List<URI> crlDistributionPoints(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return urls;
        }
        for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    addHttp(urls, general);
                }
            }
        }
        return urls;
    }

    /** HTTP(S) URLs of the OCSP responders in the certificate's Authority Information Access. */
    static List<URI> ocspResponders(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.authorityInfoAccess.getId());
        if (value == null) {
            return urls;
        }
        for (AccessDescription access : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
            if (AccessDescription.id_ad_ocsp.equals(access.getAccessMethod())) {
                addHttp(urls, access.getAccessLocation());
            }
        }
        return urls;
    }

    private static void addHttp(List<URI> urls, GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return;
        }
        try {
            URI uri = URI.create(name.getName().toString());
            if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                urls.add(uri);
            }
        } catch (IllegalArgumentException e) {
            // A malformed URL in one distribution point must not hide the others; it simply is not used.
        }
    }

    private static ASN1Primitive extension(X509Certificate certificate, String oid) {
        byte[] wrapped = certificate.getExtensionValue(oid);
        if (wrapped == null) {
            return null;
        }
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(wrapped).getOctets());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
