package vn.lienthong.signatures.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import vn.lienthong.signatures.PemCertificates;

/**
 * Writes the committed signed-PDF fixtures of {@code certs-sample/pdf/}, one file per case, from the keys of the test
 * PKI; run by {@code certs-sample/rebuild.sh} with the test classpath: {@code PdfFixtures <certs-sample>}.
 */
public final class PdfFixtures {

    /** The director of the department, who signs the document itself with a personal certificate. */
    public static final String DIRECTOR = "Lê Thị Thu Hà";

    private PdfFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path pki = Path.of(args.length == 0 ? "certs-sample" : args[0]);
        Path out = Files.createDirectories(pki.resolve("pdf"));
        PdfSigner.Key director = key(pki, "persons/giam-doc-so-gddt", "ca/intermediate-ca", "ca/root-ca");
        PdfSigner.Key organisation = key(pki, "orgs/so-gddt-ha-tinh", "ca/intermediate-ca", "ca/root-ca");
        PdfSigner.Key tsa = key(pki, "tsa/tsa", "ca/intermediate-ca", "ca/root-ca");
        PdfSigner.Key expired = key(pki, "bad/expired", "ca/intermediate-ca", "ca/root-ca");
        PdfSigner.Key untrusted = key(pki, "bad/wrong-issuer", "bad/rogue-ca");
        PdfSigner.Signing byDirector = PdfSigner.Signing.by(DIRECTOR, "Ký ban hành quyết định");

        byte[] unsigned = PdfDocuments.decision();
        byte[] signedByDirector = PdfSigner.sign(unsigned, director, byDirector);
        byte[] valid = PdfSigner.sign(signedByDirector, organisation, PdfSigner.Signing
                .by("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", "Văn thư đóng dấu").timestampedBy(tsa));
        write(out, "unsigned.pdf", unsigned);
        write(out, "signed-valid.pdf", valid);
        write(out, "signed-tampered.pdf", tampered(valid));
        write(out, "signed-untrusted-ca.pdf", PdfSigner.sign(unsigned, untrusted, byDirector));
        write(out, "signed-expired.pdf", PdfSigner.sign(unsigned, expired, byDirector));
        write(out, "signed-then-updated.pdf", PdfDocuments.updatedAfterSigning(signedByDirector));
    }

    /** {@code pdf} with the document number on its page changed from 123 to 128: one byte, same length. */
    public static byte[] tampered(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(PdfDocuments.NUMBER_ON_PAGE);
        if (at < 0) {
            throw new IllegalArgumentException("the document number is not in the PDF");
        }
        byte[] changed = pdf.clone();
        changed[at + "(So: 12".length()] = '8';
        return changed;
    }

    /** The key {@code stem}.key.pem with its certificate {@code stem}.pem and the chain after it. */
    public static PdfSigner.Key key(Path pki, String stem, String... chain) throws IOException {
        List<Path> files = new ArrayList<>(List.of(pki.resolve(stem + ".pem")));
        for (String ca : chain) {
            files.add(pki.resolve(ca + ".pem"));
        }
        List<X509Certificate> certificates = PemCertificates.read(files);
        try (Reader reader = Files.newBufferedReader(pki.resolve(stem + ".key.pem"));
             PEMParser pem = new PEMParser(reader)) {
            PrivateKey key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) pem.readObject());
            return new PdfSigner.Key(key, certificates);
        }
    }

    private static void write(Path directory, String name, byte[] pdf) throws IOException {
        Files.write(directory.resolve(name), pdf);
        System.out.println("  pdf/" + name + " (" + pdf.length + " bytes)");
    }
}
