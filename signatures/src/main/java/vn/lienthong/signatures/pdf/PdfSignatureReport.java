package vn.lienthong.signatures.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What one signature of a PDF says and whether it holds, for a person who must know who signed, when, and that not a
 * byte of what they signed changed.
 *
 * @param position         1 for the first signature in the file, in the order of the signature dictionaries
 * @param fieldName        the signature field's name, or null
 * @param subFilter        e.g. {@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached}
 * @param signerName       the signer certificate's common name (a person's or an organisation's), or null
 * @param signerSubject    the signer certificate's subject DN, or null when none was reached
 * @param signerIssuer     the issuer DN of that certificate, or null
 * @param signerSerial     its serial number in hex, or null
 * @param claimedSigningTime the signing-time the signer wrote (CMS attribute, else the dictionary's /M); a claim
 * @param timestampTime    the time of an RFC 3161 time-stamp on the signature, when one is present and verifies
 * @param timestampAuthority subject DN of that time-stamp's authority, or null
 * @param judgedAt         the instant certificate validity and revocation were judged at
 * @param coverage         whether the signed revision is the whole file or an earlier revision of it
 * @param signedBytes      bytes of the file the signature's ByteRange ends at
 * @param valid            every check passed
 * @param reason           "signature valid", or which check failed, e.g. "message digest mismatch: …"
 * @param warnings         what did not invalidate it, e.g. revocation unreachable (soft-fail), TSA not trusted
 */
public record PdfSignatureReport(int position, String fieldName, String subFilter, String signerName,
        String signerSubject, String signerIssuer, String signerSerial, Instant claimedSigningTime,
        Instant timestampTime, String timestampAuthority, Instant judgedAt, Coverage coverage, long signedBytes,
        boolean valid, String reason, List<String> warnings) {

    /** How much of the file a signature covers. */
    public enum Coverage {
        /** The ByteRange reaches the end of the file: nothing was added after this signature. */
        WHOLE_DOCUMENT,
        /** The ByteRange ends before the end of the file: later revisions were appended after this signature. */
        EARLIER_REVISION,
        /** The ByteRange could not be read or is malformed. */
        UNKNOWN
    }

    public PdfSignatureReport {
        warnings = List.copyOf(warnings);
    }
}
