package vn.lienthong.gateway.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.signature.OutboundSigner;
import vn.lienthong.gateway.signature.SignatureOutcome;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/**
 * Refuses at intake a package the gateway would have to sign but cannot: the signature is inserted into the bytes as
 * UTF-8 text, so a UTF-16 package from an agency the gateway signs for is a client fault known before anything is
 * stored, not a failure to discover later at the process stage.
 */
@Component
public class SigningPreconditions {

    /** The rule id quoted back to the partner in problem+json, a SOAP fault or the folder's error file. */
    public static final String RULE = "encoding-utf8-for-signing";
    static final String ELEMENT = "(XML declaration)/encoding";

    private static final Pattern DECLARED = Pattern.compile("^\\uFEFF?<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    /** Enough bytes for a UTF-16 XML declaration; the encoding is read from its first four bytes. */
    private static final int HEAD_BYTES = 512;

    private final OutboundSigner signer;

    public SigningPreconditions(OutboundSigner signer) {
        this.signer = signer;
    }

    /** Throws a refusal naming the declaration, the rule and the encoding when the gateway would sign a non-UTF-8 package. */
    public void check(PackageContent content, boolean carriesSignatureElement, String senderAgency,
                      SignatureOutcome incoming) {
        if (!signer.signsFor(senderAgency, carriesSignatureElement, incoming)) {
            return;
        }
        String encoding = nonUtf8Encoding(head(content));
        if (encoding != null) {
            throw new PackageRejectedException(new Violation(ELEMENT, RULE + ": the gateway signs packages of "
                    + senderAgency + " and inserts its signature as UTF-8; send the package in UTF-8", encoding));
        }
    }

    /** The encoding of a package written in UTF-16 (the only other one the reader accepts), or null for UTF-8. */
    static String nonUtf8Encoding(byte[] head) {
        if (head.length < 2) {
            return null;
        }
        int b0 = head[0] & 0xff;
        int b1 = head[1] & 0xff;
        boolean bigEndian = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0x00 && b1 == 0x3C);
        boolean littleEndian = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0x3C && b1 == 0x00);
        if (!bigEndian && !littleEndian) {
            return null;
        }
        String text = new String(head, 0, head.length & ~1,
                bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        Matcher declared = DECLARED.matcher(text);
        return declared.find() ? declared.group(1) : "UTF-16";
    }

    private static byte[] head(PackageContent content) {
        try (InputStream in = content.open()) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package's declaration", e);
        }
    }
}
