package io.vgpubench.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SSH host key fingerprint in OpenSSH's form, {@code SHA256:<base64 without padding>}, with the key
 * type when it is known (cloud-init prints it in parentheses, e.g. {@code (ED25519)}).
 */
public record Fingerprint(String value, String keyType) {
    private static final Pattern IN_TEXT =
            Pattern.compile("SHA256:([A-Za-z0-9+/]{43})=?(?:[^\\n(]*\\((ED25519|ECDSA|RSA|DSA|ED448)\\))?");

    /** The fingerprint of a public key blob as sent by the server. */
    public static Fingerprint of(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return new Fingerprint("SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest),
                    keyTypeOf(keyBlob));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every SHA256 fingerprint in the given strings: bare ({@code SHA256:...}) or whole cloud-init lines
     * ({@code 256 SHA256:... root@host (ED25519)}). Anything else (MD5 forms) is ignored.
     */
    public static List<Fingerprint> parseAll(List<String> texts) {
        List<Fingerprint> found = new ArrayList<>();
        for (String text : texts) {
            Matcher m = IN_TEXT.matcher(text);
            while (m.find()) {
                String type = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
                found.add(new Fingerprint("SHA256:" + m.group(1), type));
            }
        }
        return List.copyOf(found);
    }

    /** Whether both name the same key (the type, where only one side knows it, does not count). */
    public boolean sameKeyAs(Fingerprint other) {
        return value.equals(other.value);
    }

    @Override
    public String toString() {
        return keyType == null ? value : value + " (" + keyType.toUpperCase(Locale.ROOT) + ")";
    }

    /** The family of a key blob's algorithm name: rsa, ecdsa, ed25519, ... */
    private static String keyTypeOf(byte[] blob) {
        if (blob.length < 4) {
            return null;
        }
        int len = ((blob[0] & 0xff) << 24) | ((blob[1] & 0xff) << 16) | ((blob[2] & 0xff) << 8) | (blob[3] & 0xff);
        if (len <= 0 || len > blob.length - 4) {
            return null;
        }
        String algorithm = new String(blob, 4, len, java.nio.charset.StandardCharsets.US_ASCII);
        if (algorithm.startsWith("ecdsa")) {
            return "ecdsa";
        }
        return algorithm.startsWith("ssh-") ? algorithm.substring(4) : algorithm;
    }
}
