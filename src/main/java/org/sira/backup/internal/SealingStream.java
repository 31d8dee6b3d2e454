package org.sira.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** The writing half of {@link SealedStream}: buffers a segment, seals it with AES-GCM under its own nonce, writes it; the last one is marked so a cut file is detected. */
final class SealingStream extends OutputStream {
    private final OutputStream out;
    private final SecretKeySpec key;
    private final byte[] prefix;
    private final byte[] aad;
    private final byte[] buffer;
    private int filled;
    private int counter;
    private boolean closed;

    SealingStream(OutputStream out, SecretKeySpec key, byte[] prefix, byte[] aad, int segment) {
        this.out = out;
        this.key = key;
        this.prefix = prefix;
        this.aad = aad;
        this.buffer = new byte[segment];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == buffer.length) {
                seal(false);
            }
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            seal(true);
            out.close();
        }
    }

    private void seal(boolean last) throws IOException {
        if (counter == Integer.MAX_VALUE) {
            throw new IOException("a backup of more than 2 PiB");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, SealedStream.nonce(prefix, counter++, last));
            cipher.updateAAD(aad);
            out.write(cipher.doFinal(buffer, 0, filled));
            filled = 0;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is part of every Java runtime", e);
        }
    }
}
