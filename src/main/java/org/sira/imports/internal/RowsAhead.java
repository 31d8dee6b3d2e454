package org.sira.imports.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.sira.tabular.TabularRow;

/**
 * Reads and checks the rows of a file on a thread of its own, a few hundred rows ahead of the
 * caller, who writes them to the database meanwhile: on two cores an import then pays for the
 * database alone, not for the database plus the parsing of dates, names and countries.
 * The reading thread sees the caller's user and language ({@link CallerContext}). Close it to stop the reading early.
 */
public final class RowsAhead<T> implements Iterator<RowsAhead.Checked<T>>, AutoCloseable {

    /** A row as read, and what the reader (a {@link RowReader}) made of it: an accepted or a refused row. */
    public record Checked<T>(TabularRow row, T read) {
    }

    private static final int CHUNK = 500;
    private final List<Checked<T>> endMark = List.of();

    private final BlockingQueue<List<Checked<T>>> chunks = new ArrayBlockingQueue<>(8);
    private final Thread reading;
    private volatile RuntimeException failure;
    private Iterator<Checked<T>> current = List.<Checked<T>>of().iterator();
    private boolean ended;

    public RowsAhead(Iterator<TabularRow> rows, Function<TabularRow, T> reader) {
        this.reading = new Thread(CallerContext.carrying(() -> readAll(rows, reader)), "sira-import-reader");
        reading.setDaemon(true);
        reading.start();
    }

    private void readAll(Iterator<TabularRow> rows, Function<TabularRow, T> reader) {
        try {
            List<Checked<T>> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                TabularRow row = rows.next();
                chunk.add(new Checked<>(row, reader.apply(row)));
                if (chunk.size() == CHUNK) {
                    chunks.put(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            chunks.put(chunk);
        } catch (RuntimeException | Error e) {
            failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (InterruptedException stopped) {
            // Closed by the caller, who reads no further.
            return;
        }
        try {
            // Waits for room like every chunk: an end mark dropped from a full queue would leave the caller waiting forever.
            chunks.put(endMark);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            List<Checked<T>> chunk;
            try {
                chunk = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading an import", e);
            }
            if (chunk == endMark) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
            }
            current = chunk.iterator();
        }
        return current.hasNext();
    }

    @Override
    public Checked<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Chunks read and not yet taken (for tests of a full queue). */
    int chunksWaiting() {
        return chunks.size();
    }

    /** The state of the reading thread (for tests of a full queue). */
    Thread.State readerState() {
        return reading.getState();
    }

    /** Stops the reading thread and waits for it, so that the file can be closed safely. */
    @Override
    public void close() {
        reading.interrupt();
        try {
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
