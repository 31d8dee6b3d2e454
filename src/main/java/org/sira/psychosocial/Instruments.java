package org.sira.psychosocial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening questionnaires in force: every {@code psychosocial/instruments/*.json} of the
 * class path, read and checked once at start (a wrong file stops Sira rather than mis-scoring).
 */
@Component
public class Instruments {

    static final String LOCATION = "classpath*:psychosocial/instruments/*.json";

    private final Map<String, Instrument> byCode;

    Instruments(JsonMapper json) {
        this.byCode = read(json);
    }

    /** The questionnaires of the class path, for tests and tools that run without Spring. */
    public static Instruments fromClassPath() {
        return new Instruments(JsonMapper.builder().build());
    }

    public List<Instrument> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    private static Map<String, Instrument> read(JsonMapper json) {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Instrument instrument = json.readValue(in, Instrument.class);
                    instrument.check();
                    if (instruments.put(instrument.code(), instrument) != null) {
                        throw new IllegalStateException("two instrument files have the code " + instrument.code());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the screening instruments " + LOCATION, e);
        }
        return instruments;
    }
}
