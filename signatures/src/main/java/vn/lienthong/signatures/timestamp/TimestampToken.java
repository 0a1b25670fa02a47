package vn.lienthong.signatures.timestamp;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An RFC 3161 time-stamp token as returned by the TSA: its DER encoding (the evidence to store) and what it says.
 *
 * @param encoded    the DER-encoded TimeStampToken (a CMS SignedData)
 * @param genTime    when the TSA says it saw the digest
 * @param serial     the TSA's serial number of this token
 * @param tsaSubject subject DN of the TSA certificate that signed it
 */
public record TimestampToken(byte[] encoded, Instant genTime, BigInteger serial, String tsaSubject) {

    public TimestampToken {
        encoded = encoded.clone();
        Objects.requireNonNull(genTime, "genTime");
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object other) {
        // Arrays compare by identity in a record's generated equals; a token is equal to another with the same bytes.
        return other instanceof TimestampToken token && Arrays.equals(encoded, token.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "TimestampToken[genTime=" + genTime + ", serial=" + serial + ", tsa=" + tsaSubject + "]";
    }
}
