package vn.lienthong.signatures.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Signs PDFs the way e-office signing tools do, for tests and the committed fixtures: an incremental revision with a
 * signature dictionary and a detached CMS (signing-time attribute, the signer's chain), optionally time-stamped.
 */
public final class PdfSigner {

    private static final ASN1ObjectIdentifier TSA_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    /** A key with its certificate chain (signer first). */
    public record Key(PrivateKey privateKey, List<X509Certificate> chain) {

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /**
     * What to write in the signature dictionary and the CMS.
     *
     * @param subFilter {@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached}
     * @param timestampAuthority a TSA key that time-stamps the signature value, or null
     */
    public record Signing(String name, String reason, Instant signingTime, String subFilter, Key timestampAuthority) {

        public static Signing by(String name, String reason) {
            return new Signing(name, reason, Instant.now(), PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName(),
                    null);
        }

        public Signing timestampedBy(Key tsa) {
            return new Signing(name, reason, signingTime, PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), tsa);
        }

        public Signing at(Instant instant) {
            return new Signing(name, reason, instant, subFilter, timestampAuthority);
        }
    }

    private PdfSigner() {
    }

    /** {@code pdf} with one more signature, by {@code key}, appended as an incremental revision. */
    public static byte[] sign(byte[] pdf, Key key, Signing signing) {
        return sign(pdf, key, signing, 16 * 1024);
    }

    /** The same, reserving {@code contentsBytes} for the CMS in /Contents (a hostile signer reserves megabytes). */
    public static byte[] sign(byte[] pdf, Key key, Signing signing, int contentsBytes) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(org.apache.pdfbox.cos.COSName.getPDFName(signing.subFilter()));
            signature.setName(signing.name());
            signature.setReason(signing.reason());
            signature.setLocation("Hà Tĩnh");
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            when.setTime(Date.from(signing.signingTime()));
            signature.setSignDate(when);
            options.setPreferredSignatureSize(contentsBytes);
            document.addSignature(signature, content -> cms(content.readAllBytes(), key, signing), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS over {@code content}: what a signing tool puts in /Contents. */
    public static byte[] cms(byte[] content, Key key, Signing signing) throws IOException {
        try {
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            AttributeTable signingTime = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signing.signingTime())))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return (signing.timestampAuthority() == null ? signed : timestamped(signed, signing)).getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot sign the PDF in a test", e);
        }
    }

    /** The signer's value time-stamped by {@code signing}'s TSA, as id-aa-signatureTimeStampToken. */
    private static CMSSignedData timestamped(CMSSignedData signed, Signing signing) throws Exception {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        Key tsa = signing.timestampAuthority();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", tsa.privateKey(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(
                        NISTObjectIdentifiers.id_sha256)), TSA_POLICY);
        tokens.addCertificates(new JcaCertStore(tsa.chain()));
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        // Without certReq the authority leaves its certificate out, and the token cannot be checked on its own.
        request.setCertReq(true);
        TimeStampToken token = tokens.generate(request.generate(TSPAlgorithms.SHA256, imprint), BigInteger.valueOf(signing.signingTime().toEpochMilli()), Date.from(signing.signingTime()));
        AttributeTable unsigned = new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }
}
