package org.sira.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("asvs-11.3.2")
@Tag("asvs-11.3.3")
@Tag("asvs-11.4.2")
class SealedStreamTest {

    private static final char[] PASSPHRASE = "une phrase de passe de sauvegarde".toCharArray();

    private static byte[] sealed(byte[] plain) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (OutputStream out = SealedStream.sealing(file, PASSPHRASE)) {
            // In uneven pieces, as a zip writes them.
            for (int at = 0; at < plain.length; at += 70_001) {
                out.write(plain, at, Math.min(70_001, plain.length - at));
            }
        }
        return file.toByteArray();
    }

    private static byte[] opened(byte[] file, char[] passphrase) throws IOException {
        try (InputStream in = SealedStream.opening(new ByteArrayInputStream(file), passphrase)) {
            return in.readAllBytes();
        }
    }

    private static byte[] plain(int length) {
        byte[] plain = new byte[length];
        new Random(20261206).nextBytes(plain);
        return plain;
    }

    @Test
    void opensWhatItSealedOverSeveralSegmentsAndOnTheirExactBoundary() throws Exception {
        for (int length : new int[] {0, 5, SealedStream.SEGMENT, 2 * SealedStream.SEGMENT + 12_345}) {
            byte[] plain = plain(length);
            byte[] file = sealed(plain);
            assertThat(opened(file, PASSPHRASE)).as("%d bytes", length).isEqualTo(plain);
            assertThat(file.length).isLessThan(SealedStream.HEADER_BYTES + length + 16 * (length / SealedStream.SEGMENT + 2));
        }
    }

    @Test
    void sealsTheSameBytesDifferentlyEachTimeAndShowsNothingOfThem() throws Exception {
        byte[] plain = "Traoré Awa, née à Kayes".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] first = sealed(plain);
        byte[] second = sealed(plain);
        assertThat(Arrays.copyOfRange(first, SealedStream.HEADER_BYTES, first.length))
                .isNotEqualTo(Arrays.copyOfRange(second, SealedStream.HEADER_BYTES, second.length));
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Awa").doesNotContain("Kayes");
    }

    @Test
    void aWrongPassphraseIsToldAsSuch() throws Exception {
        byte[] file = sealed(plain(1000));
        assertThatThrownBy(() -> opened(file, "une autre phrase de passe".toCharArray()))
                .isInstanceOfSatisfying(SealedStream.Refused.class, e -> assertThat(e.reason()).isEqualTo(SealedStream.Refused.Reason.WRONG_PASSPHRASE));
    }

    @Test
    void aChangedByteAnywhereAfterTheHeaderIsNoticed() throws Exception {
        byte[] file = sealed(plain(2 * SealedStream.SEGMENT + 10));
        for (int at : new int[] {SealedStream.HEADER_BYTES, SealedStream.HEADER_BYTES + SealedStream.SEGMENT + 40, file.length - 1}) {
            byte[] changed = file.clone();
            changed[at] ^= 1;
            assertThatThrownBy(() -> opened(changed, PASSPHRASE)).as("byte %d", at)
                    .isInstanceOfSatisfying(SealedStream.Refused.class, e -> assertThat(e.reason()).isEqualTo(SealedStream.Refused.Reason.ALTERED));
        }
        byte[] header = file.clone();
        header[SealedStream.MAGIC.length + 20] ^= 1; // in the salt
        assertThatThrownBy(() -> opened(header, PASSPHRASE)).isInstanceOf(SealedStream.Refused.class);
    }

    @Test
    void aFileCutAfterAWholeSegmentOrWithASegmentDroppedIsNoticed() throws Exception {
        int sealedSegment = SealedStream.SEGMENT + 16;
        byte[] file = sealed(plain(3 * SealedStream.SEGMENT));
        byte[] cut = Arrays.copyOf(file, SealedStream.HEADER_BYTES + sealedSegment);
        assertThatThrownBy(() -> opened(cut, PASSPHRASE)).isInstanceOfSatisfying(SealedStream.Refused.class,
                e -> assertThat(e.reason()).isEqualTo(SealedStream.Refused.Reason.ALTERED));
        byte[] dropped = new byte[file.length - sealedSegment];
        System.arraycopy(file, 0, dropped, 0, SealedStream.HEADER_BYTES + sealedSegment);
        System.arraycopy(file, SealedStream.HEADER_BYTES + 2 * sealedSegment, dropped, SealedStream.HEADER_BYTES + sealedSegment,
                file.length - SealedStream.HEADER_BYTES - 2 * sealedSegment);
        assertThatThrownBy(() -> opened(dropped, PASSPHRASE)).isInstanceOf(SealedStream.Refused.class);
    }

    @Test
    void aFileThatIsNoBackupIsToldAsSuch() {
        assertThatThrownBy(() -> opened("PK\u0003\u0004 a zip, not a backup of Sira at all, not at all, no".repeat(3).getBytes(), PASSPHRASE))
                .isInstanceOfSatisfying(SealedStream.Refused.class, e -> assertThat(e.reason()).isEqualTo(SealedStream.Refused.Reason.NOT_A_BACKUP));
    }
}
