package org.sira.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The encryption of a backup file: AES-256-GCM under a key derived from a passphrase with
 * Argon2id, in segments of 1 MiB so that a database of any size is sealed and opened as a stream.
 * Each segment is authenticated with its number and whether it is the last one (the STREAM
 * construction), so a segment changed, dropped, reordered or cut off at the end is noticed. The
 * header (salt, Argon2 parameters, nonce prefix) is bound to every segment, and carries a check
 * value derived with the key, so a wrong passphrase is told apart from an altered file.
 *
 * <pre>
 * "SIRABAK1" | version 1 | memory KiB, iterations, parallelism (int) | salt 16 | nonce prefix 7
 *           | segment size (int) | passphrase check 32 || segments: AES-GCM(segment) with its 16-byte tag
 * </pre>
 */
public final class SealedStream {

    static final byte[] MAGIC = "SIRABAK1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_BYTES = MAGIC.length + 1 + 12 + 16 + 7 + 4 + 32;
    private static final int VERSION = 1;
    private static final int TAG_BYTES = 16;
    static final int SEGMENT = 1 << 20;
    // Argon2id as OWASP's cheat sheet allows (m = 64 MiB, t = 3, p = 1): about half a second here.
    private static final int MEMORY_KIB = 64 * 1024;
    private static final int ITERATIONS = 3;
    private static final int PARALLELISM = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a backup file does not open: told apart so that the refusal says what to do. */
    public static final class Refused extends IOException {
        public enum Reason { NOT_A_BACKUP, WRONG_PASSPHRASE, ALTERED }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private SealedStream() {
    }

    public static OutputStream sealing(OutputStream out, char[] passphrase) throws IOException {
        byte[] salt = random(16);
        byte[] noncePrefix = random(7);
        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(headerBytes);
        header.write(MAGIC);
        header.writeByte(VERSION);
        header.writeInt(MEMORY_KIB);
        header.writeInt(ITERATIONS);
        header.writeInt(PARALLELISM);
        header.write(salt);
        header.write(noncePrefix);
        header.writeInt(SEGMENT);
        byte[] derived = derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        header.write(derived, 32, 32);
        byte[] aad = headerBytes.toByteArray();
        out.write(aad);
        return new SealingStream(out, new SecretKeySpec(derived, 0, 32, "AES"), noncePrefix, aad, SEGMENT);
    }

    public static InputStream opening(InputStream in, char[] passphrase) throws IOException {
        return new Opener(passphrase).open(in);
    }

    /**
     * Opens backup files under one passphrase, deriving the key once per header: a restore
     * reads its file twice (checked whole first, then restored) and pays Argon2 once.
     */
    public static final class Opener {
        private final char[] passphrase;
        private byte[] derivedFor;
        private byte[] derived;

        public Opener(char[] passphrase) {
            this.passphrase = passphrase.clone();
        }

        public InputStream open(InputStream in) throws IOException {
            return opening(in, this);
        }
    }

    private static InputStream opening(InputStream in, Opener opener) throws IOException {
        byte[] aad = new byte[HEADER_BYTES];
        DataInputStream header = new DataInputStream(in);
        try {
            header.readFully(aad);
        } catch (EOFException tooShort) {
            throw new Refused(Refused.Reason.NOT_A_BACKUP, "not a Sira backup file (too short)");
        }
        ByteBuffer fields = ByteBuffer.wrap(aad);
        byte[] magic = new byte[MAGIC.length];
        fields.get(magic);
        if (!Arrays.equals(magic, MAGIC) || fields.get() != VERSION) {
            throw new Refused(Refused.Reason.NOT_A_BACKUP, "not a Sira backup file, or one of a newer version");
        }
        int memory = fields.getInt();
        int iterations = fields.getInt();
        int parallelism = fields.getInt();
        byte[] salt = new byte[16];
        fields.get(salt);
        byte[] noncePrefix = new byte[7];
        fields.get(noncePrefix);
        int segment = fields.getInt();
        byte[] check = new byte[32];
        fields.get(check);
        // A forged header must not make Sira spend gigabytes or hours before saying no.
        if (memory < 8 || memory > 1024 * 1024 || iterations < 1 || iterations > 20 || parallelism < 1 || parallelism > 16
                || segment < 1024 || segment > 16 * SEGMENT) {
            throw new Refused(Refused.Reason.ALTERED, "the backup's header was altered");
        }
        byte[] parameters = Arrays.copyOfRange(aad, MAGIC.length, HEADER_BYTES - 32 - 4 - 7);
        if (opener.derived == null || !Arrays.equals(opener.derivedFor, parameters)) {
            opener.derived = derive(opener.passphrase, salt, memory, iterations, parallelism);
            opener.derivedFor = parameters;
        }
        byte[] derived = opener.derived;
        if (!MessageDigest.isEqual(check, Arrays.copyOfRange(derived, 32, 64))) {
            throw new Refused(Refused.Reason.WRONG_PASSPHRASE, "wrong backup passphrase (or a header altered)");
        }
        return new Opening(in, new SecretKeySpec(derived, 0, 32, "AES"), noncePrefix, aad, segment);
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int memory, int iterations, int parallelism) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism).build());
        byte[] derived = new byte[64];
        argon2.generateBytes(passphrase, derived);
        return derived;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static GCMParameterSpec nonce(byte[] prefix, int counter, boolean last) {
        byte[] nonce = new byte[12];
        System.arraycopy(prefix, 0, nonce, 0, 7);
        ByteBuffer.wrap(nonce, 7, 4).putInt(counter);
        nonce[11] = (byte) (last ? 1 : 0);
        return new GCMParameterSpec(TAG_BYTES * 8, nonce);
    }

    private static final class Opening extends InputStream {
        private final InputStream in;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] aad;
        private final byte[] sealed;
        private byte[] plain = new byte[0];
        private int position;
        private int counter;
        private boolean lastSeen;
        private int pending = -1;

        Opening(InputStream in, SecretKeySpec key, byte[] prefix, byte[] aad, int segment) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
            this.aad = aad;
            this.sealed = new byte[segment + TAG_BYTES];
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (lastSeen) {
                    return -1;
                }
                next();
            }
            int given = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, given);
            position += given;
            return given;
        }

        private void next() throws IOException {
            int length = 0;
            if (pending >= 0) {
                sealed[length++] = (byte) pending;
                pending = -1;
            }
            length += in.readNBytes(sealed, length, sealed.length - length);
            boolean last = length < sealed.length || (pending = in.read()) == -1;
            if (length < TAG_BYTES) {
                throw new Refused(Refused.Reason.ALTERED, "the backup is cut short or altered");
            }
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, nonce(prefix, counter++, last));
                cipher.updateAAD(aad);
                plain = cipher.doFinal(sealed, 0, length);
                position = 0;
                lastSeen = last;
            } catch (AEADBadTagException e) {
                throw new Refused(Refused.Reason.ALTERED, "the backup was altered or cut short (segment " + (counter - 1) + ")");
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM is part of every Java runtime", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
