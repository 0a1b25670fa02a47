package vn.lienthong.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loads an organisation's signing key from a PKCS#12 file, refusing keys that could not produce a valid signature. */
public final class SigningKeys {

    private SigningKeys() {
    }

    /**
     * The key entry {@code alias} (or the first key entry when {@code alias} is null or blank) of the PKCS#12 file.
     *
     * @throws SigningException naming the file when it cannot be read, holds no such key, or the certificate is
     *                          expired, not yet valid or lacks a signing key usage
     */
    public static SigningKey load(String agency, Path keystore, char[] password, String alias) {
        return load(agency, keystore, password, alias, Instant.now());
    }

    /** As {@link #load(String, Path, char[], String)}, judging the certificate's validity at {@code now}. */
    public static SigningKey load(String agency, Path keystore, char[] password, String alias, Instant now) {
        KeyStore store = open(keystore, password);
        try {
            String entry = chooseAlias(store, alias, keystore);
            Key key = store.getKey(entry, password);
            if (!(key instanceof PrivateKey)) {
                throw refusal(keystore, "entry '" + entry + "' holds no private key");
            }
            List<X509Certificate> chain = chainOf(store.getCertificateChain(entry));
            if (chain.isEmpty()) {
                throw refusal(keystore, "entry '" + entry + "' has no X.509 certificate chain");
            }
            checkUsable(chain.get(0), keystore, now);
            return new SigningKey(agency, (PrivateKey) key, chain);
        } catch (GeneralSecurityException e) {
            throw new SigningException("keystore " + keystore + ": cannot read the key: " + e.getMessage(), e);
        }
    }

    private static KeyStore open(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("keystore " + keystore
                    + ": cannot open it as PKCS#12 (missing file or wrong password?): " + e.getMessage(), e);
        }
    }

    private static String chooseAlias(KeyStore store, String alias, Path keystore) throws GeneralSecurityException {
        List<String> keyAliases = new ArrayList<>();
        for (String candidate : Collections.list(store.aliases())) {
            if (store.isKeyEntry(candidate)) {
                keyAliases.add(candidate);
            }
        }
        if (alias == null || alias.isBlank()) {
            if (keyAliases.isEmpty()) {
                throw refusal(keystore, "no private key entry");
            }
            // PKCS#12 files keep their entries in file order; the first key entry is the organisation's key.
            return keyAliases.get(0);
        }
        if (!keyAliases.contains(alias)) {
            throw refusal(keystore, "no key entry with alias '" + alias + "' (key entries: " + keyAliases + ")");
        }
        return alias;
    }

    private static List<X509Certificate> chainOf(Certificate[] certificates) {
        List<X509Certificate> chain = new ArrayList<>();
        if (certificates != null) {
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate) {
                    chain.add((X509Certificate) certificate);
                }
            }
        }
        return chain;
    }

    private static void checkUsable(X509Certificate certificate, Path keystore, Instant now) {
        String subject = certificate.getSubjectX500Principal().getName();
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw refusal(keystore, "certificate " + subject + " expired on " + certificate.getNotAfter().toInstant());
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw refusal(keystore, "certificate " + subject + " is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
        if (!KeyUsages.allowsSigning(certificate)) {
            throw refusal(keystore, "certificate " + subject + ": " + KeyUsages.LACKS_SIGNING);
        }
    }

    private static SigningException refusal(Path keystore, String why) {
        return new SigningException("keystore " + keystore + ": " + why);
    }
}
